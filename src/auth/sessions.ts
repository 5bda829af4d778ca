/**
 * Browser sessions of staff. The cookie carries a random 32-byte token; the database keeps only its
 * SHA-256, so reading the database does not let anyone take a session over. Each session has a
 * public id (for logs and for ending it) and its own CSRF token for forms. A session ends after
 * 30 minutes without use (configurable) and in any case 12 hours after sign-in; a sign-in always
 * makes a new session, so a token planted before sign-in (session fixation) is worth nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../runtime/clock.js';
import type { Db } from '../storage/database.js';

export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const DEFAULT_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface SessionOptions {
  /** Inactivity after which a session ends; default 30 minutes. */
  idleTimeoutMs?: number;
  /** Time after sign-in after which a session ends however active; default 12 hours. */
  absoluteLifetimeMs?: number;
}

export interface Session {
  /** Public id of the session (not the secret): safe for logs. */
  id: string;
  username: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionStore {
  readonly idleTimeoutMs: number;
  readonly absoluteLifetimeMs: number;
  /** Starts a new session (and purges expired ones); the token goes into the cookie and nowhere else. */
  create(username: string): { token: string; session: Session };
  /** The live session of a cookie token; undefined for an unknown, malformed or expired one. */
  find(token: string): Session | undefined;
  /** Marks the session as used now, restarting the inactivity timeout. */
  touch(sessionId: string): void;
  /** Ends one session (logout). */
  end(sessionId: string): void;
  /** Ends the session of a token, if there is one. */
  endByToken(token: string): void;
  /** Ends every session of a user; returns how many. */
  endAll(username: string): number;
  /** Deletes expired sessions; returns how many. */
  purgeExpired(): number;
}

interface SessionRow {
  id: string;
  username: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createSessionStore(db: Db, clock: Clock, options: SessionOptions = {}): SessionStore {
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const absoluteLifetimeMs = options.absoluteLifetimeMs ?? DEFAULT_ABSOLUTE_LIFETIME_MS;
  const insert = db.prepare(
    'INSERT INTO sessions (id, token_hash, username, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectByHash = db.prepare('SELECT id, username, csrf_token, created_at, last_seen_at FROM sessions WHERE token_hash = ?');
  const updateSeen = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const deleteById = db.prepare('DELETE FROM sessions WHERE id = ?');
  const deleteByHash = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const deleteByUser = db.prepare('DELETE FROM sessions WHERE username = ?');
  const deleteExpired = db.prepare('DELETE FROM sessions WHERE last_seen_at <= ? OR created_at <= ?');

  const expired = (found: SessionRow, now: number): boolean =>
    now - Date.parse(found.last_seen_at) >= idleTimeoutMs || now - Date.parse(found.created_at) >= absoluteLifetimeMs;
  const purgeExpired = (): number => {
    const now = clock().getTime();
    return deleteExpired.run(new Date(now - idleTimeoutMs).toISOString(), new Date(now - absoluteLifetimeMs).toISOString()).changes;
  };

  return {
    idleTimeoutMs,
    absoluteLifetimeMs,

    create(username) {
      purgeExpired();
      const token = randomToken();
      const now = clock();
      const session: Session = { id: randomBytes(16).toString('hex'), username, csrfToken: randomToken(), createdAt: now, lastSeenAt: now };
      insert.run(session.id, hashToken(token), username, session.csrfToken, now.toISOString(), now.toISOString());
      return { token, session };
    },

    find(token) {
      if (!TOKEN_PATTERN.test(token)) return undefined;
      const found = selectByHash.get(hashToken(token)) as SessionRow | undefined;
      if (!found) return undefined;
      if (expired(found, clock().getTime())) {
        deleteById.run(found.id);
        return undefined;
      }
      return {
        id: found.id,
        username: found.username,
        csrfToken: found.csrf_token,
        createdAt: new Date(found.created_at),
        lastSeenAt: new Date(found.last_seen_at),
      };
    },

    touch(sessionId) {
      updateSeen.run(clock().toISOString(), sessionId);
    },

    end(sessionId) {
      deleteById.run(sessionId);
    },

    endByToken(token) {
      if (TOKEN_PATTERN.test(token)) deleteByHash.run(hashToken(token));
    },

    endAll(username) {
      return deleteByUser.run(username).changes;
    },

    purgeExpired,
  };
}

/** Whether a CSRF token sent with a form or header is the session's own (constant-time). */
export function csrfTokenMatches(session: Pick<Session, 'csrfToken'>, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(presented);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** SHA-256 of a bearer secret, as stored. A plain hash suffices: the secrets are 256 random bits. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 32 random bytes, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}
