/**
 * Signing in and out of the staff pages: one message for every failed sign-in (the typed username
 * kept, never the password), an error summary for empty fields, the sign-in form's own token,
 * throttling, where `next` may lead, the session cookie, sign-out with the session's token, and
 * that every page under /app needs a browser session.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/auth/middleware.js';
import { testEngine, type TestEngine } from '../helpers/engine.js';
import { addUser, PASSWORD, signedIn, signIn, uiSession, type UiSession } from '../helpers/ui-session.js';

const RAISIO = 'raisio-tyollisyyspalvelut';
const FAILED = 'Käyttäjätunnus tai salasana on väärin.';

let t: TestEngine;
let recordId: string;

beforeAll(async () => {
  t = await testEngine();
  await addUser(t, 'anna', [`${RAISIO}:paakayttaja`]);
  const token = await t.userWithToken('kone', [`${RAISIO}:paakayttaja`]);
  const created = await t.call(token, 'POST', `/api/registries/${RAISIO}/records`, { henkilotunnus: '131052-308T', nimi: 'Maija Meikäläinen' });
  recordId = ((await created.json()) as { id: string }).id;
});

const sessionCount = (): number => (t.engine.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;

/** Posts the sign-in form of a fresh page with these fields (the page's token unless overridden). */
async function postLogin(session: UiSession, fields: Record<string, string>, options: { token?: string | null; page?: string } = {}) {
  const page = await session.get(options.page ?? '/login');
  const token = options.token === undefined ? session.hidden(page.html, 'csrf') : options.token;
  return session.post('/login', [...(token === null ? [] : [['csrf', token] as [string, string]]), ...Object.entries(fields)]);
}

describe('sign-in', () => {
  it.each([
    ['a wrong password', 'anna', 'väärä salasana'],
    ['an unknown user', 'tuntematon', 'väärä salasana'],
    ['an unknown user with the right password of another', 'tuntematon', PASSWORD],
  ])('%s: the same message, 401, the username kept and never the password', async (_name, username, password) => {
    const before = sessionCount();
    const answer = await postLogin(uiSession(t), { username, password, next: '/app' });
    expect(answer.status).toBe(401);
    expect(answer.html).toContain(FAILED);
    expect(answer.html).toContain(`value="${username}"`);
    expect(answer.html).not.toContain(password);
    expect(answer.html).toMatch(/<input id="password" name="password" type="password"(?![^>]*value=)[^>]*>/);
    expect(sessionCount()).toBe(before);
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
  });

  it('empty fields give an error summary linking to each field, with the errors at the fields', async () => {
    const answer = await postLogin(uiSession(t), { username: '  ', password: '', next: '/app' });
    expect(answer.status).toBe(400);
    const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(answer.html)![0];
    expect(summary).toContain('<a href="#username">Kirjoita käyttäjätunnus.</a>');
    expect(summary).toContain('<a href="#password">Kirjoita salasana.</a>');
    expect(answer.html).toContain('aria-describedby="username-error"');
    expect(answer.html).toContain('aria-describedby="password-error"');
  });

  it('an empty password keeps the username and where the user was going', async () => {
    const answer = await postLogin(uiSession(t), { username: 'anna', password: '', next: `/app/${RAISIO}` }, { page: `/login?next=${encodeURIComponent(`/app/${RAISIO}`)}` });
    expect(answer.status).toBe(400);
    expect(answer.html).toContain('value="anna"');
    expect(answer.html).toContain(`<input type="hidden" name="next" value="/app/${RAISIO}">`);
  });

  it.each([
    ['without the sign-in token', null],
    ['with a wrong sign-in token', 'x'.repeat(43)],
    ['with an empty sign-in token', ''],
  ])('a post %s is refused and creates no session', async (_name, token) => {
    const session = uiSession(t);
    const before = sessionCount();
    const answer = await postLogin(session, { username: 'anna', password: PASSWORD, next: '/app' }, { token });
    expect(answer.status).toBe(400);
    expect(answer.html).toContain('Lomake vanheni. Kirjaudu uudelleen.');
    expect(answer.html).not.toContain(PASSWORD);
    expect(session.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(sessionCount()).toBe(before);
  });

  it('a post without the sign-in cookie (another site\'s form) is refused', async () => {
    const page = await uiSession(t).get('/login');
    const token = /name="csrf" value="([^"]+)"/.exec(page.html)![1]!;
    const answer = await uiSession(t).post('/login', [['csrf', token], ['username', 'anna'], ['password', PASSWORD]]);
    expect(answer.status).toBe(400);
    expect(answer.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
  });

  it('after 5 failures the 6th attempt says to wait (429), even with the right password', async () => {
    await addUser(t, 'lukittu', [`${RAISIO}:tyontekija`]);
    for (let i = 0; i < 5; i++) expect((await postLogin(uiSession(t), { username: 'lukittu', password: `arvaus ${i}` })).status).toBe(401);
    const session = uiSession(t);
    const answer = await postLogin(session, { username: 'lukittu', password: PASSWORD });
    expect(answer.status).toBe(429);
    expect(answer.html).toContain('Liian monta epäonnistunutta yritystä. Yritä uudelleen 15 minuutin kuluttua.');
    expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(session.cookies.has(SESSION_COOKIE)).toBe(false);
    t.clock.advance(16 * 60 * 1000);
    expect((await postLogin(uiSession(t), { username: 'lukittu', password: PASSWORD })).status).toBe(303);
  });

  it.each([
    ['/app', '/app'],
    [`/app/${RAISIO}?q=maija`, `/app/${RAISIO}?q=maija`],
    ['//evil.example', '/app'],
    ['https://evil.example', '/app'],
    ['https://evil.example/app', '/app'],
    ['/app/../login', '/app'],
    ['/app/%2e%2e/login', '/app'],
    ['/app/.%2E/.%2e/notices', '/app'],
    ['/app/..\\login', '/app'],
    ['/\\evil', '/app'],
    ['/app\\evil.example', '/app'],
    ['/app@evil.example', '/app'],
    ['/app/\t/../../login', '/app'],
    ['/notices', '/app'],
    ['javascript:alert(1)', '/app'],
    ['', '/app'],
  ])('next %j leads to %s', async (next, expected) => {
    const answer = await postLogin(uiSession(t), { username: 'anna', password: PASSWORD, next });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(expected);
    const resolved = new URL(answer.location!, 'https://seloste.example');
    expect(resolved.origin).toBe('https://seloste.example');
    expect(resolved.pathname === '/app' || resolved.pathname.startsWith('/app/')).toBe(true);
  });

  it('the sign-in page carries only a safe next', async () => {
    const page = await uiSession(t).get(`/login?next=${encodeURIComponent('/app/../login')}`);
    expect(page.html).toContain('<input type="hidden" name="next" value="/app">');
  });

  it('the session cookie is HttpOnly and SameSite=Strict, and every sign-in gets a new session', async () => {
    const session = uiSession(t);
    const first = await signIn(session, 'anna', PASSWORD);
    const cookie = first.headers.getSetCookie().find((header) => header.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//i);
    const firstToken = session.cookies.get(SESSION_COOKIE)!;
    // Signing in again from the same browser, its session cookie sent along: a new token, the old one ended.
    const fresh = uiSession(t);
    const page = await fresh.get('/login');
    session.cookies.set('seloste_login', fresh.cookies.get('seloste_login')!);
    const second = await session.post('/login', [['csrf', fresh.hidden(page.html, 'csrf')], ['username', 'anna'], ['password', PASSWORD]]);
    expect(second.status).toBe(303);
    const secondToken = session.cookies.get(SESSION_COOKIE)!;
    expect(secondToken).not.toBe(firstToken);
    const old = await t.app.request('/app', { headers: { Cookie: `${SESSION_COOKIE}=${firstToken}` } });
    expect(old.status).toBe(303);
    expect((await session.get('/app')).status).toBe(200);
  });

  it('a planted session cookie is not carried over a sign-in', async () => {
    const attacker = await signedIn(t, 'hyokkaaja', [`${RAISIO}:tyontekija`]);
    const planted = attacker.cookies.get(SESSION_COOKIE)!;
    const victim = uiSession(t);
    const page = await victim.get('/login');
    victim.cookies.set(SESSION_COOKIE, planted);
    const answer = await victim.post('/login', [['csrf', victim.hidden(page.html, 'csrf')], ['username', 'anna'], ['password', PASSWORD]]);
    expect(answer.status).toBe(303);
    expect(victim.cookies.get(SESSION_COOKIE)).not.toBe(planted);
    expect((await attacker.get('/app')).status).toBe(303);
  });

  it('a signed-in user opening the sign-in page goes to /app; a bearer token does not loop', async () => {
    const session = await signedIn(t, 'kirjautunut', [`${RAISIO}:tyontekija`]);
    const page = await session.get('/login');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/app');
    const token = await t.userWithToken('koneellinen', [`${RAISIO}:tyontekija`]);
    const withToken = await t.app.request('/login', { headers: { Authorization: `Bearer ${token}` } });
    expect(withToken.status).toBe(200);
  });
});

describe('sign-out', () => {
  it('needs the session\'s token: a post without it does not sign out', async () => {
    const session = await signedIn(t, 'ulos1', [`${RAISIO}:tyontekija`]);
    for (const fields of [[], [['csrf', 'wrong']]] as Array<Array<[string, string]>>) {
      const answer = await session.post('/logout', fields);
      expect(answer.status).toBe(303);
      expect((await session.get('/app')).status).toBe(200);
    }
  });

  it('with the token ends the session for good', async () => {
    const session = await signedIn(t, 'ulos2', [`${RAISIO}:tyontekija`]);
    const home = await session.get('/app');
    const token = session.cookies.get(SESSION_COOKIE)!;
    const answer = await session.post('/logout', [['csrf', session.hidden(home.html, 'csrf')]]);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/login?out=1');
    expect(session.cookies.has(SESSION_COOKIE)).toBe(false);
    const page = await session.get(answer.location!);
    expect(page.html).toContain('Olet kirjautunut ulos.');
    // The old cookie, replayed, opens nothing.
    const replayed = await t.app.request('/app', { headers: { Cookie: `${SESSION_COOKIE}=${token}` } });
    expect(replayed.status).toBe(303);
    expect(t.engine.audit.list({ actor: 'ulos2', limit: 10 }).entries.map((entry) => entry.action)).toEqual(['login', 'logout']);
  });
});

describe('every page under /app needs a browser session', () => {
  const pages = (): Array<[string, string]> => [
    ['GET', '/app'],
    ['GET', `/app/${RAISIO}`],
    ['GET', `/app/${RAISIO}?q=maija&sort=nimi`],
    ['GET', `/app/${RAISIO}/new`],
    ['GET', `/app/${RAISIO}/new?form=default`],
    ['POST', `/app/${RAISIO}/new`],
    ['GET', `/app/${RAISIO}/${recordId}`],
    ['GET', `/app/${RAISIO}/${recordId}/edit`],
    ['POST', `/app/${RAISIO}/${recordId}/edit`],
    ['GET', `/app/${RAISIO}/${recordId}/delete`],
    ['POST', `/app/${RAISIO}/${recordId}/delete`],
    ['GET', `/app/${RAISIO}/${recordId}/audit`],
    ['GET', '/app/tuntematon/olematon'],
  ];

  it('an anonymous visitor is sent (303) to the sign-in page with where they were going', async () => {
    for (const [method, path] of pages()) {
      const response = await t.app.request(path, { method, ...(method === 'POST' ? { body: 'csrf=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } } : {}) });
      expect(response.status, `${method} ${path}`).toBe(303);
      expect(response.headers.get('Location'), path).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
    const [, path] = pages()[2]!;
    const page = await uiSession(t).get(`/login?next=${encodeURIComponent(path)}`);
    expect(page.html).toContain(`<input type="hidden" name="next" value="${path.replace(/&/g, '&amp;').replace(/=/g, '&#x3D;')}">`);
    const after = await postLogin(uiSession(t), { username: 'anna', password: PASSWORD, next: path });
    expect(after.location).toBe(path);
  });

  it('an API token (Authorization: Bearer) opens no staff page, even with a session cookie', async () => {
    const token = await t.userWithToken('integraatio', [`${RAISIO}:paakayttaja`]);
    const session = await signedIn(t, 'selain', [`${RAISIO}:paakayttaja`]);
    for (const [method, path] of pages()) {
      const response = await t.app.request(path, { method, headers: { Authorization: `Bearer ${token}` } });
      expect(response.status, `${method} ${path}`).toBe(303);
      expect(response.headers.get('Location')).toMatch(/^\/login\?next=/);
      const both = await t.app.request(path, { method, headers: { Authorization: `Bearer ${token}`, Cookie: `${SESSION_COOKIE}=${session.cookies.get(SESSION_COOKIE)}` } });
      expect(both.status, `${method} ${path} with both`).toBe(303);
    }
  });

  it('no request made the app log an error', () => {
    expect(t.errors).toEqual([]);
  });
});
