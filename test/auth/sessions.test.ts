/** Sessions: hashed tokens, a new id at every sign-in, the inactivity and absolute timeouts, logout, purging. */
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSessionStore, csrfTokenMatches, type SessionStore } from '../../src/auth/sessions.js';
import { createUserStore } from '../../src/auth/users.js';
import { fakeClock, type FakeClock } from '../../src/runtime/clock.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

const MINUTE = 60_000;
let db: Db;
let clock: FakeClock;
let sessions: SessionStore;

beforeEach(async () => {
  db = openDatabase(':memory:');
  clock = fakeClock();
  sessions = createSessionStore(db, clock);
  const users = createUserStore(db, clock, { cost: 2 ** 10 });
  await users.add({ username: 'anna', displayName: 'Anna', password: 'kahvia ja pullaa 42' });
  await users.add({ username: 'ville', displayName: 'Ville', password: 'kahvia ja pullaa 42' });
});

describe('createSessionStore', () => {
  it('gives a random 32-byte base64url token and stores only its SHA-256', () => {
    const { token, session } = sessions.create('anna');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const row = db.prepare('SELECT * FROM sessions').get() as Record<string, string>;
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row['token_hash']).toBe(createHash('sha256').update(token).digest('hex'));
    expect(session.id).not.toBe(token);
    expect(sessions.find(token)).toEqual(session);
  });

  it('makes a new session, token, id and CSRF token at every sign-in', () => {
    const a = sessions.create('anna');
    const b = sessions.create('anna');
    expect(b.token).not.toBe(a.token);
    expect(b.session.id).not.toBe(a.session.id);
    expect(b.session.csrfToken).not.toBe(a.session.csrfToken);
    expect(sessions.find(a.token)?.id).toBe(a.session.id);
  });

  it('does not find unknown, malformed or empty tokens', () => {
    sessions.create('anna');
    expect(sessions.find('')).toBeUndefined();
    expect(sessions.find('x'.repeat(43))).toBeUndefined();
    expect(sessions.find("' OR 1=1 --")).toBeUndefined();
  });

  it('ends a session after 30 minutes without use; use restarts the timeout', () => {
    const { token, session } = sessions.create('anna');
    clock.advance(29 * MINUTE);
    expect(sessions.find(token)).toBeDefined();
    sessions.touch(session.id);
    clock.advance(29 * MINUTE);
    expect(sessions.find(token)?.lastSeenAt).toEqual(new Date(clock().getTime() - 29 * MINUTE));
    clock.advance(MINUTE);
    expect(sessions.find(token)).toBeUndefined();
    // The expired row is gone, not merely refused.
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('takes another inactivity timeout when configured', () => {
    const short = createSessionStore(db, clock, { idleTimeoutMs: 5 * MINUTE });
    const { token } = short.create('anna');
    clock.advance(5 * MINUTE - 1);
    expect(short.find(token)).toBeDefined();
    clock.advance(1);
    expect(short.find(token)).toBeUndefined();
  });

  it('ends a session 12 hours after sign-in however busy', () => {
    const { token, session } = sessions.create('anna');
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      clock.advance(20 * MINUTE);
      expect(sessions.find(token)).toBeDefined();
      sessions.touch(session.id);
    }
    clock.advance(20 * MINUTE);
    expect(sessions.find(token)).toBeUndefined();
  });

  it('ends one session at logout, leaving the others', () => {
    const a = sessions.create('anna');
    const b = sessions.create('anna');
    sessions.end(a.session.id);
    expect(sessions.find(a.token)).toBeUndefined();
    expect(sessions.find(b.token)).toBeDefined();
    sessions.endByToken(b.token);
    expect(sessions.find(b.token)).toBeUndefined();
  });

  it("ends all of a user's sessions", () => {
    sessions.create('anna');
    sessions.create('anna');
    const ville = sessions.create('ville');
    expect(sessions.endAll('anna')).toBe(2);
    expect(sessions.find(ville.token)).toBeDefined();
  });

  it('purges expired rows, also at the next sign-in', () => {
    sessions.create('anna');
    sessions.create('ville');
    clock.advance(31 * MINUTE);
    sessions.create('anna');
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1);
    clock.advance(31 * MINUTE);
    expect(sessions.purgeExpired()).toBe(1);
  });

  it('compares CSRF tokens in constant time and exactly', () => {
    const { session } = sessions.create('anna');
    expect(csrfTokenMatches(session, session.csrfToken)).toBe(true);
    expect(csrfTokenMatches(session, undefined)).toBe(false);
    expect(csrfTokenMatches(session, '')).toBe(false);
    expect(csrfTokenMatches(session, `${session.csrfToken}x`)).toBe(false);
  });
});
