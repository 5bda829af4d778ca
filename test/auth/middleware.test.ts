/** The authenticate middleware: cookie, bearer token, bogus and expired credentials, disabled users. */
import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiTokenStore } from '../../src/auth/api-tokens.js';
import { authenticate, SESSION_COOKIE, type AuthContext, type AuthVariables } from '../../src/auth/middleware.js';
import { createSessionStore } from '../../src/auth/sessions.js';
import { createUserStore } from '../../src/auth/users.js';
import { fakeClock, type FakeClock } from '../../src/runtime/clock.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

let db: Db;
let clock: FakeClock;
let ctx: AuthContext;
let app: Hono<{ Variables: AuthVariables }>;

beforeEach(async () => {
  db = openDatabase(':memory:');
  clock = fakeClock();
  ctx = { users: createUserStore(db, clock, { cost: 2 ** 10 }), sessions: createSessionStore(db, clock), tokens: createApiTokenStore(db, clock), secureCookies: false };
  await ctx.users.add({
    username: 'anna',
    displayName: 'Anna Virtanen',
    password: 'kahvia ja pullaa 42',
    roles: [{ registry: 'raisio-tyollisyyspalvelut', role: 'tyontekija' }],
  });
  app = new Hono<{ Variables: AuthVariables }>();
  app.use('*', authenticate(ctx));
  app.get('/who', (c) => {
    const principal = c.get('principal');
    return c.json(principal ? { ...principal, roles: Object.fromEntries(principal.roles) } : null);
  });
});

const who = async (headers: Record<string, string> = {}) => (await app.request('/who', { headers })).json() as Promise<Record<string, unknown> | null>;
const cookie = (token: string) => ({ Cookie: `${SESSION_COOKIE}=${token}` });

describe('authenticate', () => {
  it('leaves an anonymous caller anonymous and lets the route answer', async () => {
    const response = await app.request('/who');
    expect(response.status).toBe(200);
    expect(await response.json()).toBeNull();
  });

  it('knows a session cookie and touches the session', async () => {
    const { token, session } = ctx.sessions.create('anna');
    clock.advance(20 * 60_000);
    expect(await who(cookie(token))).toEqual({
      username: 'anna',
      displayName: 'Anna Virtanen',
      via: 'session',
      roles: { 'raisio-tyollisyyspalvelut': ['tyontekija'] },
      sessionId: session.id,
      csrfToken: session.csrfToken,
    });
    // Touched at 20 min: still alive at 45 min, 25 min after the last use.
    clock.advance(25 * 60_000);
    expect((await who(cookie(token)))?.['username']).toBe('anna');
  });

  it('knows a bearer token', async () => {
    const { token } = ctx.tokens.issue('anna', 'nightly-export');
    expect(await who({ Authorization: `Bearer ${token}` })).toEqual({
      username: 'anna',
      displayName: 'Anna Virtanen',
      via: 'token',
      tokenName: 'nightly-export',
      roles: { 'raisio-tyollisyyspalvelut': ['tyontekija'] },
    });
    expect((await who({ Authorization: `bearer   ${token} ` }))?.['via']).toBe('token');
  });

  it('treats bogus credentials as anonymous, never as an error', async () => {
    for (const headers of [
      cookie('bogus'),
      cookie(''),
      cookie('A'.repeat(43)),
      { Authorization: 'Bearer slt_nonsense' },
      { Authorization: 'Bearer ' },
      { Authorization: `Bearer slt_${'A'.repeat(43)}` },
      { Authorization: 'Basic YW5uYTpwYXNz' },
    ]) {
      const response = await app.request('/who', { headers });
      expect(response.status).toBe(200);
      expect(await response.json()).toBeNull();
    }
  });

  it('judges a request with a bearer token by the token alone', async () => {
    const { token } = ctx.sessions.create('anna');
    expect(await who({ ...cookie(token), Authorization: 'Bearer slt_wrong' })).toBeNull();
  });

  it('does not accept an expired session', async () => {
    const { token } = ctx.sessions.create('anna');
    clock.advance(30 * 60_000);
    expect(await who(cookie(token))).toBeNull();
  });

  it('does not accept the session or token of a disabled user', async () => {
    const { token: session } = ctx.sessions.create('anna');
    const { token } = ctx.tokens.issue('anna', 'export');
    ctx.users.disable('anna');
    expect(await who(cookie(session))).toBeNull();
    expect(await who({ Authorization: `Bearer ${token}` })).toBeNull();
  });

  it('ends a session whose user was disabled behind its back', async () => {
    const { token } = ctx.sessions.create('anna');
    // Disabled directly in the database (another process, an old version): the stores did not end anything.
    db.prepare("UPDATE users SET disabled = 1 WHERE username = 'anna'").run();
    expect(await who(cookie(token))).toBeNull();
    db.prepare("UPDATE users SET disabled = 0 WHERE username = 'anna'").run();
    expect(ctx.sessions.find(token)).toBeUndefined();
  });
});
