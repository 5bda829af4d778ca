/**
 * API tokens for machine clients (integrations, scheduled exports). A token acts as its user, with
 * the user's roles, and is named so the person knows which client holds it. It is shown once when
 * issued: the database keeps its SHA-256 only. The `slt_` prefix lets secret scanners and people
 * recognise a leaked token. A revoked token, or the token of a disabled user, stops working at once.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../runtime/clock.js';
import type { Db } from '../storage/database.js';
import { hashToken, randomToken } from './sessions.js';
import { AuthInputError, normalizeUsername } from './users.js';

export const API_TOKEN_PREFIX = 'slt_';
const TOKEN_PATTERN = /^slt_[A-Za-z0-9_-]{43}$/;
const NAME_MAX = 64;

export interface ApiToken {
  id: string;
  username: string;
  name: string;
  createdAt: Date;
  lastUsedAt?: Date;
}

export interface ApiTokenStore {
  /** Issues a token; the returned `token` is the only copy. Throws `AuthInputError` for an unknown or disabled user, a bad or taken name. */
  issue(username: string, name: string): { token: string; info: ApiToken };
  /** The live (unrevoked) tokens, of one user or of all, by user and name. */
  list(username?: string): ApiToken[];
  /** Revokes the user's live token of that name; throws `AuthInputError` when there is none. */
  revoke(username: string, name: string): void;
  /** Who a presented token acts for; undefined if unknown, malformed, revoked or its user is disabled. Records the use. */
  verify(token: string): { username: string; name: string; id: string } | undefined;
}

interface TokenRow {
  id: string;
  username: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export function createApiTokenStore(db: Db, clock: Clock): ApiTokenStore {
  const selectUser = db.prepare('SELECT disabled FROM users WHERE username = ?');
  const selectLive = db.prepare('SELECT id FROM api_tokens WHERE username = ? AND name = ? AND revoked_at IS NULL');
  const insert = db.prepare('INSERT INTO api_tokens (id, token_hash, username, name, created_at) VALUES (?, ?, ?, ?, ?)');
  const revoke = db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ?');
  const selectByHash = db.prepare(
    `SELECT t.id, t.username, t.name FROM api_tokens t JOIN users u ON u.username = t.username
     WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled = 0`,
  );
  const markUsed = db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?');

  const liveUser = (raw: string): string => {
    const username = normalizeUsername(raw);
    const user = selectUser.get(username) as { disabled: number } | undefined;
    if (!user) throw AuthInputError.of('user.unknown', { username });
    if (user.disabled === 1) throw AuthInputError.of('user.disabled', { username });
    return username;
  };

  return {
    issue(rawUser, rawName) {
      const username = liveUser(rawUser);
      const name = rawName.trim();
      if (!validName(name)) throw AuthInputError.of('token.bad-name', { max: NAME_MAX });
      const token = `${API_TOKEN_PREFIX}${randomToken()}`;
      const info: ApiToken = { id: randomBytes(16).toString('hex'), username, name, createdAt: clock() };
      db.transaction(() => {
        if (selectLive.get(username, name)) throw AuthInputError.of('token.exists', { username, name });
        insert.run(info.id, hashToken(token), username, name, info.createdAt.toISOString());
      })();
      return { token, info };
    },

    list(rawUser) {
      const rows = (
        rawUser === undefined
          ? db.prepare('SELECT * FROM api_tokens WHERE revoked_at IS NULL ORDER BY username, name').all()
          : db.prepare('SELECT * FROM api_tokens WHERE username = ? AND revoked_at IS NULL ORDER BY name').all(normalizeUsername(rawUser))
      ) as TokenRow[];
      return rows.map((row) => ({
        id: row.id,
        username: row.username,
        name: row.name,
        createdAt: new Date(row.created_at),
        ...(row.last_used_at === null ? {} : { lastUsedAt: new Date(row.last_used_at) }),
      }));
    },

    revoke(rawUser, rawName) {
      const username = normalizeUsername(rawUser);
      if (!selectUser.get(username)) throw AuthInputError.of('user.unknown', { username });
      const name = rawName.trim();
      const live = selectLive.get(username, name) as { id: string } | undefined;
      if (!live) throw AuthInputError.of('token.unknown', { username, name });
      revoke.run(clock().toISOString(), live.id);
    },

    verify(token) {
      if (!TOKEN_PATTERN.test(token)) return undefined;
      const found = selectByHash.get(hashToken(token)) as { id: string; username: string; name: string } | undefined;
      if (!found) return undefined;
      markUsed.run(clock().toISOString(), found.id);
      return found;
    },
  };
}

function validName(name: string): boolean {
  return name.length > 0 && name.length <= NAME_MAX && !/[\u0000-\u001f\u007f-\u009f]/.test(name);
}
