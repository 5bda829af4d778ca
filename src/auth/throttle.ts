/**
 * Sign-in throttling against password guessing, kept in the database so a restart does not reset
 * it. Two counters: per username (5 failures within 15 minutes lock that username for 15 minutes,
 * even against the right password) and per client address (20 failures within 15 minutes lock the
 * address, against one machine trying many usernames). Unknown usernames are counted like real
 * ones, so a lockout reveals nothing. A success clears the username's counter only: clearing the
 * address's too would let an attacker with one account of their own reset it at will.
 */
import type { Clock } from '../runtime/clock.js';
import type { Db } from '../storage/database.js';
import { normalizeUsername, USERNAME_PATTERN } from './users.js';

export interface ThrottleOptions {
  /** Failures per username within the window that lock it; default 5. */
  userLimit?: number;
  /** Failures per client address within the window that lock it; default 20. */
  ipLimit?: number;
  /** Default 15 minutes. */
  windowMs?: number;
  /** How long a lock lasts; default 15 minutes. */
  lockoutMs?: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; scope: Scope; retryAfterSeconds: number };

export interface LoginThrottle {
  /** Whether an attempt for this username from this address may be checked at all. */
  check(username: string, ip?: string): ThrottleDecision;
  /** Counts a failed attempt; locks the username or the address when it reaches its limit. */
  recordFailure(username: string, ip?: string): void;
  /** Clears the username's failures after a successful sign-in. */
  recordSuccess(username: string): void;
}

type Scope = 'user' | 'ip';

const MINUTES_15 = 15 * 60 * 1000;
const IP_MAX_LENGTH = 64;

export function createLoginThrottle(db: Db, clock: Clock, options: ThrottleOptions = {}): LoginThrottle {
  const limits: Record<Scope, number> = { user: options.userLimit ?? 5, ip: options.ipLimit ?? 20 };
  const windowMs = options.windowMs ?? MINUTES_15;
  const lockoutMs = options.lockoutMs ?? MINUTES_15;
  const selectLock = db.prepare('SELECT locked_until FROM login_lockouts WHERE scope = ? AND key = ?');
  const insertFailure = db.prepare('INSERT INTO login_failures (scope, key, failed_at) VALUES (?, ?, ?)');
  const countFailures = db.prepare('SELECT count(*) FROM login_failures WHERE scope = ? AND key = ? AND failed_at > ?').pluck();
  const clearFailures = db.prepare('DELETE FROM login_failures WHERE scope = ? AND key = ?');
  const purgeFailures = db.prepare('DELETE FROM login_failures WHERE failed_at <= ?');
  const purgeLocks = db.prepare('DELETE FROM login_lockouts WHERE locked_until <= ?');
  const lock = db.prepare(
    'INSERT INTO login_lockouts (scope, key, locked_until) VALUES (?, ?, ?) ON CONFLICT (scope, key) DO UPDATE SET locked_until = excluded.locked_until',
  );

  const keys = (username: string, ip: string | undefined): Array<[Scope, string]> => {
    const keyed: Array<[Scope, string]> = [];
    const user = normalizeUsername(username);
    // A string that cannot be a username can never succeed; only the address counter applies.
    if (USERNAME_PATTERN.test(user)) keyed.push(['user', user]);
    if (ip !== undefined && ip.trim() !== '') keyed.push(['ip', ip.trim().slice(0, IP_MAX_LENGTH)]);
    return keyed;
  };

  return {
    check(username, ip) {
      const now = clock().getTime();
      let decision: ThrottleDecision = { allowed: true };
      for (const [scope, key] of keys(username, ip)) {
        const until = selectLock.pluck().get(scope, key) as string | undefined;
        if (until === undefined) continue;
        const retryAfterSeconds = Math.ceil((Date.parse(until) - now) / 1000);
        if (retryAfterSeconds <= 0) continue;
        if (decision.allowed || retryAfterSeconds > decision.retryAfterSeconds) decision = { allowed: false, scope, retryAfterSeconds };
      }
      return decision;
    },

    recordFailure(username, ip) {
      const now = clock();
      const windowStart = new Date(now.getTime() - windowMs).toISOString();
      db.transaction(() => {
        purgeFailures.run(windowStart);
        purgeLocks.run(now.toISOString());
        for (const [scope, key] of keys(username, ip)) {
          insertFailure.run(scope, key, now.toISOString());
          if ((countFailures.get(scope, key, windowStart) as number) >= limits[scope]) {
            lock.run(scope, key, new Date(now.getTime() + lockoutMs).toISOString());
            // The lock now stands for these failures; after it the count starts from zero.
            clearFailures.run(scope, key);
          }
        }
      })();
    },

    recordSuccess(username) {
      for (const [scope, key] of keys(username, undefined)) clearFailures.run(scope, key);
    },
  };
}
