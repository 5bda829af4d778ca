/**
 * The sign-in API through Hono in process: status codes, cookie attributes, identical answers for
 * every kind of wrong credentials, throttling, malformed requests, logout, /api/me, the audit trail.
 */
import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import { authRoutes, type AuthAuditEntry, type AuthRoutesContext } from '../../src/api/auth-routes.js';
import { createApiTokenStore } from '../../src/auth/api-tokens.js';
import { SESSION_COOKIE } from '../../src/auth/middleware.js';
import { createSessionStore } from '../../src/auth/sessions.js';
import { createLoginThrottle } from '../../src/auth/throttle.js';
import { createUserStore } from '../../src/auth/users.js';
import { fakeClock, type FakeClock } from '../../src/runtime/clock.js';
import { detectLanguage } from '../../src/server/detect-language.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

const PASSWORD = 'kahvia ja pullaa 42';
const MINUTE = 60_000;

let db: Db;
let clock: FakeClock;
let ctx: AuthRoutesContext;
let audit: AuthAuditEntry[];

function makeApp(secureCookies = false, appender?: (entry: AuthAuditEntry) => void): Hono {
  const app = new Hono<{ Variables: { language: string } }>();
  app.use('*', detectLanguage());
  app.route('/', authRoutes({ ...ctx, secureCookies }, appender ?? ((entry) => audit.push(entry))));
  app.get('/other', (c) => c.text('other'));
  // As the real app does: the error is the operator's, the client gets a bare 500.
  app.onError((_cause, c) => c.text('Internal error', 500));
  return app as unknown as Hono;
}

beforeEach(async () => {
  db = openDatabase(':memory:');
  clock = fakeClock();
  audit = [];
  ctx = {
    users: createUserStore(db, clock, { cost: 2 ** 10 }),
    sessions: createSessionStore(db, clock),
    tokens: createApiTokenStore(db, clock),
    throttle: createLoginThrottle(db, clock),
    secureCookies: false,
    clientIp: (c) => c.req.header('X-Test-Peer'),
  };
  await ctx.users.add({
    username: 'anna.virtanen',
    displayName: 'Anna Virtanen',
    password: PASSWORD,
    roles: [
      { registry: 'raisio-tyollisyyspalvelut', role: 'tyontekija' },
      { registry: 'raisio-tyollisyyspalvelut', role: 'paakayttaja' },
    ],
  });
  await ctx.users.add({ username: 'ville', displayName: 'Ville', password: PASSWORD });
});

function login(app: Hono, body: unknown, headers: Record<string, string> = {}) {
  return app.request('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Test-Peer': '10.0.0.1', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The session token of a response's Set-Cookie. */
function sessionToken(response: Response): string {
  const match = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(response.headers.get('Set-Cookie') ?? '');
  if (!match) throw new Error('no session cookie');
  return match[1]!;
}

describe('POST /api/login', () => {
  it('signs in: who, roles and a CSRF token; an HttpOnly, SameSite=Strict session cookie; nothing cached', async () => {
    const app = makeApp();
    const response = await login(app, { username: 'Anna.Virtanen', password: PASSWORD });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      username: 'anna.virtanen',
      displayName: 'Anna Virtanen',
      roles: { 'raisio-tyollisyyspalvelut': ['paakayttaja', 'tyontekija'] },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const cookie = response.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; `));
    expect(cookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(ctx.sessions.find(sessionToken(response))?.csrfToken).toBe(body['csrfToken']);
    expect(audit).toEqual([{ actor: 'anna.virtanen', action: 'login', outcome: 'ok', ip: '10.0.0.1' }]);
  });

  it('marks the cookie Secure only when configured', async () => {
    const secure = await login(makeApp(true), { username: 'anna.virtanen', password: PASSWORD });
    expect(secure.headers.get('Set-Cookie')!.split('; ')).toContain('Secure');
    const plain = await login(makeApp(false), { username: 'anna.virtanen', password: PASSWORD });
    expect(plain.headers.get('Set-Cookie')!).not.toMatch(/secure/i);
  });

  it('makes a new session at every sign-in and ends the one presented before it', async () => {
    const app = makeApp();
    const first = sessionToken(await login(app, { username: 'anna.virtanen', password: PASSWORD }));
    const second = await login(app, { username: 'anna.virtanen', password: PASSWORD }, { Cookie: `${SESSION_COOKIE}=${first}` });
    expect(second.status).toBe(200);
    expect(sessionToken(second)).not.toBe(first);
    expect(ctx.sessions.find(first)).toBeUndefined();
    expect(ctx.sessions.find(sessionToken(second))).toBeDefined();
  });

  it('gives the very same 401 for an unknown user, a wrong password and a disabled user', async () => {
    const app = makeApp();
    ctx.users.disable('ville');
    const answers = [];
    for (const body of [
      { username: 'nobody', password: PASSWORD },
      { username: 'anna.virtanen', password: 'wrong password 1' },
      { username: 'ville', password: PASSWORD },
    ]) {
      const response = await login(app, body);
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
      expect(response.headers.get('Set-Cookie')).toBeNull();
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      answers.push(await response.text());
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!)).toEqual({
      type: 'urn:seloste:problem:invalid-credentials',
      title: 'Kirjautuminen epäonnistui',
      status: 401,
      detail: 'Käyttäjätunnus tai salasana on väärin, tai tunnus ei ole käytössä.',
    });
    // The reasons are told apart in the audit log only.
    expect(audit.map((entry) => [entry.actor, entry.action, entry.outcome, entry.reason])).toEqual([
      ['nobody', 'login-failed', 'denied', 'unknown-user'],
      ['anna.virtanen', 'login-failed', 'denied', 'wrong-password'],
      ['ville', 'login-failed', 'denied', 'disabled'],
    ]);
  });

  it("answers in the caller's language", async () => {
    const app = makeApp();
    const en = await login(app, { username: 'nobody', password: 'x' }, { 'Accept-Language': 'en-GB' });
    expect(en.headers.get('Content-Language')).toBe('en');
    expect(((await en.json()) as { title: string }).title).toBe('Sign-in failed');
    const sv = await app.request('/api/me?lang=sv');
    expect(((await sv.json()) as { title: string }).title).toBe('Du är inte inloggad');
  });

  it('refuses with 429 and Retry-After after 5 failures, even the right password, until the lock passes', async () => {
    const app = makeApp();
    for (let i = 0; i < 5; i++) expect((await login(app, { username: 'anna.virtanen', password: `wrong ${i}` })).status).toBe(401);
    clock.advance(MINUTE);
    const refused = await login(app, { username: 'anna.virtanen', password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('840');
    expect(refused.headers.get('Set-Cookie')).toBeNull();
    expect(await refused.json()).toEqual({
      type: 'urn:seloste:problem:throttled',
      title: 'Liian monta epäonnistunutta kirjautumista',
      status: 429,
      detail: 'Kirjautuminen on hetken estetty. Yritä uudelleen 14 min kuluttua.',
    });
    expect(audit.at(-1)).toEqual({ actor: 'anna.virtanen', action: 'login-failed', outcome: 'denied', reason: 'throttled-user', ip: '10.0.0.1' });
    // Another user from the same address is not affected.
    expect((await login(app, { username: 'ville', password: PASSWORD })).status).toBe(200);
    clock.advance(14 * MINUTE);
    expect((await login(app, { username: 'anna.virtanen', password: PASSWORD })).status).toBe(200);
  });

  it('throttles an address that tries many usernames', async () => {
    const app = makeApp();
    for (let i = 0; i < 20; i++) await login(app, { username: `guess${i}`, password: 'nope' }, { 'X-Test-Peer': '198.51.100.7' });
    const refused = await login(app, { username: 'anna.virtanen', password: PASSWORD }, { 'X-Test-Peer': '198.51.100.7' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('900');
    expect((await login(app, { username: 'anna.virtanen', password: PASSWORD }, { 'X-Test-Peer': '10.0.0.2' })).status).toBe(200);
  });

  it('answers 400 for malformed JSON or a body without string credentials', async () => {
    const app = makeApp();
    for (const body of ['{"username": "anna', '', 'null', '[]', '"text"', { username: 'anna' }, { username: 'anna', password: 42 }, { username: '', password: 'x' }]) {
      const response = await login(app, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { type: string }).type).toBe('urn:seloste:problem:malformed');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
    }
    expect(audit).toEqual([]);
  });

  it('answers 415 for anything but application/json', async () => {
    const app = makeApp();
    const form = await app.request('/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `username=anna.virtanen&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(form.status).toBe(415);
    expect(form.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(form.headers.get('Set-Cookie')).toBeNull();
    const none = await app.request('/api/login', { method: 'POST', body: JSON.stringify({ username: 'anna.virtanen', password: PASSWORD }) });
    expect(none.status).toBe(415);
    const text = await app.request('/api/login', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const charset = await login(app, { username: 'anna.virtanen', password: PASSWORD }, { 'Content-Type': 'application/json; charset=UTF-8' });
    expect(charset.status).toBe(200);
  });

  it('answers 413 for an oversized body without reading it into scrypt', async () => {
    const response = await login(makeApp(), { username: 'anna.virtanen', password: 'x'.repeat(100_000) });
    expect(response.status).toBe(413);
    expect(audit).toEqual([]);
  });

  it('does not let a failing audit log leave a session behind', async () => {
    const app = makeApp(false, (entry) => {
      if (entry.action === 'login') throw new Error('audit log unavailable');
    });
    const response = await login(app, { username: 'anna.virtanen', password: PASSWORD });
    expect(response.status).toBe(500);
    expect(response.headers.get('Set-Cookie')).toBeNull();
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });
});

describe('POST /api/logout', () => {
  it('ends the session, clears the cookie and answers 204', async () => {
    const app = makeApp();
    const token = sessionToken(await login(app, { username: 'anna.virtanen', password: PASSWORD }));
    const response = await app.request('/api/logout', { method: 'POST', headers: { Cookie: `${SESSION_COOKIE}=${token}`, 'X-Test-Peer': '10.0.0.1' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const cleared = response.headers.get('Set-Cookie')!;
    expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(cleared).toContain('Max-Age=0');
    expect(ctx.sessions.find(token)).toBeUndefined();
    expect(audit.at(-1)).toEqual({ actor: 'anna.virtanen', action: 'logout', outcome: 'ok', ip: '10.0.0.1' });
    const me = await app.request('/api/me', { headers: { Cookie: `${SESSION_COOKIE}=${token}` } });
    expect(me.status).toBe(401);
  });

  it('answers 204 to an anonymous caller too, without an audit entry', async () => {
    const app = makeApp();
    const response = await app.request('/api/logout', { method: 'POST', headers: { Cookie: `${SESSION_COOKIE}=bogus` } });
    expect(response.status).toBe(204);
    expect(response.headers.get('Set-Cookie')).toContain('Max-Age=0');
    expect(audit).toEqual([]);
  });
});

describe('GET /api/me', () => {
  it('answers 401 problem details to an anonymous caller', async () => {
    const response = await makeApp().request('/api/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="seloste"');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({
      type: 'urn:seloste:problem:unauthenticated',
      title: 'Et ole kirjautunut',
      status: 401,
      detail: 'Kirjaudu ensin sisään tai lähetä voimassa oleva API-avain.',
    });
  });

  it('tells a signed-in user who they are, with the CSRF token for forms', async () => {
    const app = makeApp();
    const signedIn = await login(app, { username: 'anna.virtanen', password: PASSWORD });
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const response = await app.request('/api/me', { headers: { Cookie: `${SESSION_COOKIE}=${sessionToken(signedIn)}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({
      username: 'anna.virtanen',
      displayName: 'Anna Virtanen',
      roles: { 'raisio-tyollisyyspalvelut': ['paakayttaja', 'tyontekija'] },
      via: 'session',
      csrfToken,
    });
  });

  it('knows an API token', async () => {
    const { token } = ctx.tokens.issue('ville', 'sync');
    const response = await makeApp().request('/api/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(await response.json()).toEqual({ username: 'ville', displayName: 'Ville', roles: {}, via: 'token', tokenName: 'sync' });
  });

  it('forgets a session after 30 idle minutes', async () => {
    const app = makeApp();
    const token = sessionToken(await login(app, { username: 'anna.virtanen', password: PASSWORD }));
    clock.advance(30 * MINUTE);
    expect((await app.request('/api/me', { headers: { Cookie: `${SESSION_COOKIE}=${token}` } })).status).toBe(401);
  });
});

describe('mounting', () => {
  it("leaves the host app's other routes alone", async () => {
    const response = await makeApp().request('/other');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBeNull();
  });
});
