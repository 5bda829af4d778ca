/**
 * Staff users and the roles they hold per registry. A username is the person's stable, lowercase
 * handle (`^[a-z0-9._-]{2,64}$`); input is trimmed and lowercased so `Anna.Virtanen` and
 * `anna.virtanen` are one user. Users are disabled, never deleted: the audit log keeps pointing at
 * them. Disabling also ends every session and revokes every API token at once, in one transaction,
 * so a person who leaves loses access on the spot and not at the next timeout.
 */
import type { Clock } from '../runtime/clock.js';
import type { MessageParams } from '../i18n/catalogue.js';
import type { Db } from '../storage/database.js';
import {
  checkPasswordPolicy,
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
  type PasswordOptions,
} from './password.js';

export const USERNAME_PATTERN = /^[a-z0-9._-]{2,64}$/;
/** Registry and role ids as the registry language allows them (ASCII, they become URL parts). */
export const ROLE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const DISPLAY_NAME_MAX = 200;

/** A coded problem with input; the message is rendered from `AUTH_MESSAGES` in the reader's language. */
export interface AuthProblem {
  code: string;
  params: MessageParams;
}

/** Bad input to an auth store (unknown user, duplicate, weak password…): data, not a crash. */
export class AuthInputError extends Error {
  constructor(readonly problems: AuthProblem[]) {
    super(problems.map((problem) => problem.code).join(', '));
    this.name = 'AuthInputError';
  }

  static of(code: string, params: MessageParams = {}): AuthInputError {
    return new AuthInputError([{ code, params }]);
  }
}

export interface RoleGrant {
  registry: string;
  role: string;
}

export interface User {
  username: string;
  displayName: string;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Registry id → role ids, both sorted. */
  roles: Map<string, string[]>;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles?: readonly RoleGrant[];
}

/** The outcome of a sign-in check; the reason is for the audit log only, never for the client. */
export type CredentialCheck = { ok: true; user: User } | { ok: false; reason: 'unknown-user' | 'disabled' | 'wrong-password' };

export interface UserStore {
  /** Adds a user; throws `AuthInputError` for a bad or taken username, a bad name or a weak password. */
  add(user: NewUser): Promise<User>;
  get(username: string): User | undefined;
  /** Every user, by username. */
  list(): User[];
  /** Replaces the user's roles. */
  setRoles(username: string, roles: readonly RoleGrant[]): void;
  /** Disables the user, ends all their sessions and revokes all their API tokens; says how many. */
  disable(username: string): { sessionsEnded: number; tokensRevoked: number };
  /** Enables the user again; revoked tokens stay revoked. */
  enable(username: string): void;
  /** Sets a new password (policy checked) and ends all the user's sessions. */
  resetPassword(username: string, password: string): Promise<void>;
  /**
   * Checks a username and password. Always spends one scrypt — against a dummy hash for an
   * unknown user — and checks the password of a disabled user too, so neither the answer time
   * nor anything else tells the three failures apart. Upgrades an old-parameter hash on success.
   */
  verifyCredentials(username: string, password: string): Promise<CredentialCheck>;
}

export interface UserStoreOptions {
  /** scrypt cost of new hashes (tests pass 2^10); default 2^15. */
  cost?: number;
}

/** Trims, NFKC-normalizes and lowercases a username as typed. */
export function normalizeUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

interface UserRow {
  username: string;
  display_name: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export function createUserStore(db: Db, clock: Clock, options: UserStoreOptions = {}): UserStore {
  const hashing: PasswordOptions = options.cost === undefined ? {} : { cost: options.cost };
  const selectUser = db.prepare('SELECT * FROM users WHERE username = ?');
  const selectRoles = db.prepare('SELECT registry, role FROM user_roles WHERE username = ? ORDER BY registry, role');
  const selectAllRoles = db.prepare('SELECT username, registry, role FROM user_roles ORDER BY username, registry, role');
  const insertRole = db.prepare('INSERT OR IGNORE INTO user_roles (username, registry, role) VALUES (?, ?, ?)');
  const deleteRoles = db.prepare('DELETE FROM user_roles WHERE username = ?');
  const touchUser = db.prepare('UPDATE users SET updated_at = ? WHERE username = ?');
  const setDisabled = db.prepare('UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?');
  const setHash = db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?');
  // Sessions and tokens live in this part's own tables (auth-schema.ts); ending them here keeps
  // "disable" one transaction without the stores depending on each other.
  const endSessions = db.prepare('DELETE FROM sessions WHERE username = ?');
  const revokeTokens = db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL');

  const row = (username: string): UserRow | undefined => selectUser.get(username) as UserRow | undefined;
  const existing = (raw: string): UserRow => {
    const found = row(normalizeUsername(raw));
    if (!found) throw AuthInputError.of('user.unknown', { username: normalizeUsername(raw) });
    return found;
  };
  const toUser = (found: UserRow, grants: readonly RoleGrant[]): User => ({
    username: found.username,
    displayName: found.display_name,
    disabled: found.disabled === 1,
    createdAt: new Date(found.created_at),
    updatedAt: new Date(found.updated_at),
    roles: roleMap(grants),
  });
  const load = (found: UserRow): User => toUser(found, selectRoles.all(found.username) as RoleGrant[]);
  const replaceRoles = (username: string, roles: readonly RoleGrant[]) => {
    deleteRoles.run(username);
    for (const grant of roles) insertRole.run(username, grant.registry, grant.role);
  };

  return {
    async add(user) {
      const username = normalizeUsername(user.username);
      const displayName = user.displayName.trim();
      const problems: AuthProblem[] = [
        ...usernameProblems(username),
        ...displayNameProblems(displayName),
        ...checkPasswordPolicy(user.password, username),
        ...(user.roles ?? []).flatMap(roleProblems),
      ];
      if (problems.length > 0) throw new AuthInputError(problems);
      if (row(username)) throw AuthInputError.of('user.exists', { username });
      const hash = await hashPassword(user.password, hashing);
      const now = clock().toISOString();
      db.transaction(() => {
        // Checked again inside the transaction: another process may have added it during the hash.
        if (row(username)) throw AuthInputError.of('user.exists', { username });
        db.prepare(
          'INSERT INTO users (username, display_name, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)',
        ).run(username, displayName, hash, now, now);
        replaceRoles(username, user.roles ?? []);
      })();
      return load(row(username)!);
    },

    get(raw) {
      const found = row(normalizeUsername(raw));
      return found ? load(found) : undefined;
    },

    list() {
      const grants = new Map<string, RoleGrant[]>();
      for (const grant of selectAllRoles.all() as Array<RoleGrant & { username: string }>) {
        const list = grants.get(grant.username) ?? [];
        list.push({ registry: grant.registry, role: grant.role });
        grants.set(grant.username, list);
      }
      const rows = db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[];
      return rows.map((found) => toUser(found, grants.get(found.username) ?? []));
    },

    setRoles(raw, roles) {
      const problems = roles.flatMap(roleProblems);
      if (problems.length > 0) throw new AuthInputError(problems);
      const { username } = existing(raw);
      db.transaction(() => {
        replaceRoles(username, roles);
        touchUser.run(clock().toISOString(), username);
      })();
    },

    disable(raw) {
      const { username } = existing(raw);
      const now = clock().toISOString();
      return db.transaction(() => {
        setDisabled.run(1, now, username);
        return { sessionsEnded: endSessions.run(username).changes, tokensRevoked: revokeTokens.run(now, username).changes };
      })();
    },

    enable(raw) {
      const { username } = existing(raw);
      setDisabled.run(0, clock().toISOString(), username);
    },

    async resetPassword(raw, password) {
      const { username } = existing(raw);
      const problems = checkPasswordPolicy(password, username);
      if (problems.length > 0) throw new AuthInputError(problems);
      const hash = await hashPassword(password, hashing);
      db.transaction(() => {
        setHash.run(hash, clock().toISOString(), username);
        endSessions.run(username);
      })();
    },

    async verifyCredentials(raw, password) {
      const username = normalizeUsername(raw);
      const found = USERNAME_PATTERN.test(username) ? row(username) : undefined;
      if (!found) {
        await verifyAgainstDummy(password, hashing);
        return { ok: false, reason: 'unknown-user' };
      }
      const matches = await verifyPassword(password, found.password_hash);
      if (!matches) return { ok: false, reason: 'wrong-password' };
      if (found.disabled === 1) return { ok: false, reason: 'disabled' };
      if (needsRehash(found.password_hash, hashing)) {
        // The password is at hand only now: raise an old hash to the current parameters.
        setHash.run(await hashPassword(password, hashing), clock().toISOString(), username);
      }
      return { ok: true, user: load(found) };
    },
  };
}

/** Parses `registry:role` as written on the command line; undefined when it is not of that form. */
export function parseRoleGrant(text: string): RoleGrant | undefined {
  const match = /^([^:\s]+):([^:\s]+)$/.exec(text.trim());
  if (!match) return undefined;
  const grant = { registry: match[1]!, role: match[2]! };
  return roleProblems(grant).length === 0 ? grant : undefined;
}

function roleMap(grants: readonly RoleGrant[]): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const { registry, role } of [...grants].sort((a, b) => a.registry.localeCompare(b.registry) || a.role.localeCompare(b.role))) {
    const list = roles.get(registry) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(registry, list);
  }
  return roles;
}

function usernameProblems(username: string): AuthProblem[] {
  return USERNAME_PATTERN.test(username) ? [] : [{ code: 'user.bad-username', params: { username } }];
}

function displayNameProblems(name: string): AuthProblem[] {
  // Control characters would reach terminals and audit exports; an empty name helps no one.
  if (name.length === 0 || name.length > DISPLAY_NAME_MAX || /[\u0000-\u001f\u007f-\u009f]/.test(name)) {
    return [{ code: 'user.bad-name', params: { max: DISPLAY_NAME_MAX } }];
  }
  return [];
}

function roleProblems(grant: RoleGrant): AuthProblem[] {
  return ROLE_ID_PATTERN.test(grant.registry) && ROLE_ID_PATTERN.test(grant.role)
    ? []
    : [{ code: 'user.bad-role', params: { role: `${grant.registry}:${grant.role}` } }];
}
