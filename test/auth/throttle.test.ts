/** Sign-in throttling per username and per address, with exact Retry-After, reset and persistence. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLoginThrottle, type LoginThrottle } from '../../src/auth/throttle.js';
import { fakeClock, type FakeClock } from '../../src/runtime/clock.js';
import { openDatabase } from '../../src/storage/database.js';

const MINUTE = 60_000;
let clock: FakeClock;
let throttle: LoginThrottle;

beforeEach(() => {
  clock = fakeClock();
  throttle = createLoginThrottle(openDatabase(':memory:'), clock);
});

const fail = (times: number, username: string, ip?: string, every = 0) => {
  for (let i = 0; i < times; i++) {
    throttle.recordFailure(username, ip);
    clock.advance(every);
  }
};

describe('per username', () => {
  it('locks a username for 15 minutes after 5 failures, with the exact retry-after', () => {
    fail(4, 'anna', '10.0.0.1', MINUTE);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
    throttle.recordFailure('anna', '10.0.0.1');
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, scope: 'user', retryAfterSeconds: 900 });
    clock.advance(10 * MINUTE + 1500);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: false, scope: 'user', retryAfterSeconds: 299 });
    // From any address, and however the name is typed.
    expect(throttle.check(' ANNA ', '192.0.2.7')).toMatchObject({ allowed: false, scope: 'user' });
    expect(throttle.check('ville', '10.0.0.1')).toEqual({ allowed: true });
    clock.advance(5 * MINUTE - 1500);
    expect(throttle.check('anna', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('counts only failures within 15 minutes', () => {
    fail(4, 'anna', undefined, 5 * MINUTE); // at 0, 5, 10, 15 min; now 20 min
    throttle.recordFailure('anna');
    // The failure at 0 and 5 are out of the window: 3 count.
    expect(throttle.check('anna')).toEqual({ allowed: true });
    fail(1, 'anna');
    expect(throttle.check('anna')).toEqual({ allowed: true });
    fail(1, 'anna');
    expect(throttle.check('anna').allowed).toBe(false);
  });

  it('a success clears the username counter', () => {
    fail(4, 'anna');
    throttle.recordSuccess('Anna');
    fail(4, 'anna');
    expect(throttle.check('anna')).toEqual({ allowed: true });
    fail(1, 'anna');
    expect(throttle.check('anna').allowed).toBe(false);
  });

  it('starts counting afresh after a lock has passed', () => {
    fail(5, 'anna');
    clock.advance(15 * MINUTE);
    expect(throttle.check('anna')).toEqual({ allowed: true });
    fail(1, 'anna');
    expect(throttle.check('anna')).toEqual({ allowed: true });
  });

  it('counts unknown usernames like real ones and ignores strings that cannot be usernames', () => {
    fail(5, 'no-such-user');
    expect(throttle.check('no-such-user').allowed).toBe(false);
    fail(10, 'not a username');
    expect(throttle.check('not a username')).toEqual({ allowed: true });
  });
});

describe('per address', () => {
  it('locks an address after 20 failures in 15 minutes, whatever the usernames', () => {
    for (let i = 0; i < 19; i++) throttle.recordFailure(`user${i}`, '198.51.100.9');
    expect(throttle.check('someone', '198.51.100.9')).toEqual({ allowed: true });
    clock.advance(30_000);
    throttle.recordFailure('user19', '198.51.100.9');
    expect(throttle.check('someone', '198.51.100.9')).toEqual({ allowed: false, scope: 'ip', retryAfterSeconds: 900 });
    expect(throttle.check('someone', '198.51.100.10')).toEqual({ allowed: true });
    clock.advance(15 * MINUTE - 1);
    expect(throttle.check('someone', '198.51.100.9')).toEqual({ allowed: false, scope: 'ip', retryAfterSeconds: 1 });
    clock.advance(1);
    expect(throttle.check('someone', '198.51.100.9')).toEqual({ allowed: true });
  });

  it('a success does not clear the address counter', () => {
    for (let i = 0; i < 19; i++) throttle.recordFailure(`user${i}`, '198.51.100.9');
    throttle.recordSuccess('mallory');
    throttle.recordFailure('user19', '198.51.100.9');
    expect(throttle.check('mallory', '198.51.100.9')).toMatchObject({ allowed: false, scope: 'ip' });
  });

  it('answers with the longer of two locks', () => {
    fail(5, 'anna', '203.0.113.5');
    clock.advance(5 * MINUTE);
    for (let i = 0; i < 20; i++) throttle.recordFailure(`u${i}`, '203.0.113.5');
    expect(throttle.check('anna', '203.0.113.5')).toEqual({ allowed: false, scope: 'ip', retryAfterSeconds: 900 });
  });
});

describe('persistence', () => {
  it('survives a restart: the lock is in the database', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'seloste-throttle-')), 'seloste.db');
    const first = openDatabase(file);
    const before = createLoginThrottle(first, clock);
    for (let i = 0; i < 5; i++) before.recordFailure('anna', '10.0.0.1');
    first.close();
    clock.advance(MINUTE);
    const second = openDatabase(file);
    expect(createLoginThrottle(second, clock).check('anna')).toEqual({ allowed: false, scope: 'user', retryAfterSeconds: 840 });
    second.close();
  });

  it('keeps no old failures around', () => {
    const db = openDatabase(':memory:');
    const local = createLoginThrottle(db, clock);
    for (let i = 0; i < 3; i++) local.recordFailure(`u${i}`, '10.0.0.1');
    clock.advance(16 * MINUTE);
    local.recordFailure('other', '10.0.0.2');
    expect(db.prepare('SELECT count(*) FROM login_failures').pluck().get()).toBe(2);
  });
});
