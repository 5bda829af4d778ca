/** A signed-in staff browser without a browser: cookies kept, forms posted as a browser would. */
import type { TestEngine } from './engine.js';

export interface UiSession {
  get(path: string): Promise<{ status: number; html: string; location: string | null }>;
  post(path: string, fields: Array<[string, string]>): Promise<{ status: number; html: string; location: string | null }>;
  /** The hidden inputs of the last page's form, by name. */
  hidden(html: string, name: string): string;
  cookies: Map<string, string>;
}

export async function signedIn(t: TestEngine, username: string, grants: string[], password = 'correct horse battery staple'): Promise<UiSession> {
  await t.engine.users.add({
    username,
    displayName: `Testi ${username}`,
    password,
    roles: grants.map((grant) => {
      const [registry, role] = grant.split(':') as [string, string];
      return { registry, role };
    }),
  });
  const session = uiSession(t);
  const login = await session.get('/login');
  const csrf = session.hidden(login.html, 'csrf');
  const result = await session.post('/login', [
    ['csrf', csrf],
    ['next', '/app'],
    ['username', username],
    ['password', password],
  ]);
  if (result.status !== 303) throw new Error(`sign-in failed: ${result.status}`);
  return session;
}

export function uiSession(t: TestEngine): UiSession {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (value === '' || /Max-Age=0/i.test(header)) cookies.delete(name!.trim());
      else cookies.set(name!.trim(), value);
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const answer = async (response: Response) => {
    remember(response);
    return { status: response.status, html: await response.text(), location: response.headers.get('Location') };
  };
  return {
    cookies,
    async get(path) {
      return answer(await t.app.request(path, { headers: { Cookie: cookieHeader() } }));
    },
    async post(path, fields) {
      const body = new URLSearchParams(fields).toString();
      return answer(await t.app.request(path, { method: 'POST', body, headers: { Cookie: cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded' } }));
    },
    hidden(html, name) {
      const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
      if (!match) throw new Error(`no hidden input ${name}`);
      return match[1]!.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=').replace(/&quot;/g, '"');
    },
  };
}
