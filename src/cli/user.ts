/**
 * `seloste user …`: staff accounts from the command line, for the administrator setting up or
 * maintaining an installation (there is no sign-up). Every bad input — unknown or duplicate user,
 * weak password, malformed or unknown role, missing argument — ends as a plain message and exit
 * code 2; a database that cannot be opened as exit 1. Secrets (a generated password, an API token)
 * are printed once on standard output and never stored in readable form.
 */
import { createApiTokenStore } from '../auth/api-tokens.js';
import { generatePassword, type PasswordOptions } from '../auth/password.js';
import { AuthInputError, createUserStore, normalizeUsername, parseRoleGrant, type RoleGrant, type User } from '../auth/users.js';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { AUTH_MESSAGES } from '../i18n/auth-messages.js';
import { systemClock } from '../runtime/clock.js';
import { DatabaseOpenError, openDatabase, type Db } from '../storage/database.js';
import type { CliIo } from './io.js';

export interface UserOptions {
  /** add | disable | enable | reset | roles | list | token | revoke-token | help */
  sub: string | undefined;
  /** Positional arguments after the subcommand. */
  args: string[];
  /** The database file. */
  db: string;
  lang: Lang;
  /** `registry:role`, as many as given with `--role`. */
  role: string[];
  /** The person's name (`add`) or the token's label (`token`). */
  name?: string;
  password?: string;
}

/** Positional arguments of each subcommand. */
const POSITIONALS: Record<string, readonly string[]> = {
  add: ['username'],
  disable: ['username'],
  enable: ['username'],
  reset: ['username'],
  roles: ['username'],
  list: [],
  token: ['username'],
  'revoke-token': ['username', 'label'],
};

/**
 * Runs `seloste user <sub>`; returns the exit code (0 done, 1 database unusable, 2 bad input).
 * `knownRoles` (registry id → role ids, from the loaded registries) makes `--role` refuse roles
 * that no registry declares; `hashing` lets tests lower the scrypt cost.
 */
export async function runUser(
  options: UserOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv,
  knownRoles?: Map<string, Set<string>>,
  hashing: PasswordOptions = {},
): Promise<number> {
  const t = (key: string, params: MessageParams = {}): string => translate(AUTH_MESSAGES, key, options.lang, params);
  const fail = (...lines: string[]): number => {
    for (const line of lines) io.err(line);
    return 2;
  };

  const sub = options.sub;
  if (sub === 'help' || sub === '--help') {
    io.out(t('user.cli.usage'));
    return 0;
  }
  if (sub === undefined || sub === '') return fail(t('user.cli.missing-sub'), t('user.cli.usage'));
  const positionals = POSITIONALS[sub];
  if (!positionals) return fail(t('user.cli.unknown-sub', { sub }), t('user.cli.usage'));
  if (options.args.length < positionals.length) {
    return fail(positionals.includes('label') && options.args.length === 1 ? t('user.cli.missing-label') : t('user.cli.missing-username', { sub }));
  }
  const extra = options.args[positionals.length];
  if (extra !== undefined) return fail(t('user.cli.extra-argument', { arg: extra, sub }));
  const [username = '', label = ''] = options.args;
  const who = normalizeUsername(username);

  // Roles are checked before anything touches the database.
  let roles: RoleGrant[] = [];
  if (sub === 'add' || sub === 'roles') {
    if (sub === 'roles' && options.role.length === 0) return fail(t('user.cli.missing-roles'));
    const parsed = parseRoles(options.role, knownRoles, t);
    if ('errors' in parsed) return fail(...parsed.errors);
    roles = parsed.roles;
  }

  let db: Db;
  try {
    db = openDatabase(options.db);
  } catch (cause) {
    // DatabaseOpenError, or the folder of the file could not be made (ENOTDIR, EACCES…).
    const reason = cause instanceof DatabaseOpenError ? cause.reason : cause instanceof Error ? cause.message : String(cause);
    io.err(t('user.cli.db-failed', { path: options.db, reason }));
    return 1;
  }
  const users = createUserStore(db, systemClock, hashing);
  const tokens = createApiTokenStore(db, systemClock);
  const rolesText = (grants: Map<string, string[]>): string =>
    [...grants].flatMap(([registry, ids]) => ids.map((id) => `${registry}:${id}`)).join(', ') || t('user.cli.no-roles');
  const password = (): { value: string; generated: boolean } => {
    if (options.password !== undefined) {
      io.err(t('user.cli.password-argument'));
      return { value: options.password, generated: false };
    }
    const fromEnv = env['SELOSTE_PASSWORD'];
    if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, generated: false };
    return { value: generatePassword(), generated: true };
  };
  const showGenerated = (secret: { value: string; generated: boolean }, who: string) => {
    if (!secret.generated) return;
    io.out(t('user.cli.generated-password', { username: who }));
    io.out(secret.value);
  };

  try {
    switch (sub) {
      case 'add': {
        const secret = password();
        const user = await users.add({ username, displayName: options.name ?? '', password: secret.value, roles });
        io.out(t('user.cli.added', { username: user.username, name: user.displayName, roles: rolesText(user.roles) }));
        showGenerated(secret, user.username);
        return 0;
      }
      case 'disable': {
        const ended = users.disable(username);
        io.out(t('user.cli.disabled', { username: who, sessions: ended.sessionsEnded, tokens: ended.tokensRevoked }));
        return 0;
      }
      case 'enable':
        users.enable(username);
        io.out(t('user.cli.enabled', { username: who }));
        return 0;
      case 'reset': {
        if (!users.get(username)) throw AuthInputError.of('user.unknown', { username: who });
        const secret = password();
        await users.resetPassword(username, secret.value);
        io.out(t('user.cli.reset', { username: who }));
        showGenerated(secret, who);
        return 0;
      }
      case 'roles': {
        users.setRoles(username, roles);
        io.out(t('user.cli.roles-set', { username: who, roles: rolesText(users.get(username)!.roles) }));
        return 0;
      }
      case 'list':
        listUsers(users.list(), tokens.list(), io, t, rolesText);
        return 0;
      case 'token': {
        const issued = tokens.issue(username, options.name ?? '');
        io.out(t('user.cli.token-issued', { username: issued.info.username, name: issued.info.name }));
        io.out(issued.token);
        return 0;
      }
      default: {
        // revoke-token
        tokens.revoke(username, label);
        io.out(t('user.cli.token-revoked', { username: who, name: label.trim() }));
        return 0;
      }
    }
  } catch (cause) {
    if (!(cause instanceof AuthInputError)) throw cause;
    return fail(...cause.problems.map((problem) => t(problem.code, problem.params)));
  } finally {
    db.close();
  }
}

/** Parses `--role registry:role` values and checks them against the known registries and roles. */
function parseRoles(
  texts: readonly string[],
  knownRoles: Map<string, Set<string>> | undefined,
  t: (key: string, params?: MessageParams) => string,
): { roles: RoleGrant[] } | { errors: string[] } {
  const roles: RoleGrant[] = [];
  const errors: string[] = [];
  for (const text of texts) {
    const grant = parseRoleGrant(text);
    if (!grant) {
      errors.push(t('user.bad-role', { role: text }));
      continue;
    }
    const known = knownRoles?.get(grant.registry);
    if (knownRoles && !known) {
      errors.push(t('user.cli.unknown-registry', { registry: grant.registry, grant: text, known: [...knownRoles.keys()].sort().join(', ') }));
    } else if (known && !known.has(grant.role)) {
      errors.push(t('user.cli.unknown-role', { registry: grant.registry, role: grant.role, known: [...known].sort().join(', ') }));
    } else {
      roles.push(grant);
    }
  }
  return errors.length > 0 ? { errors } : { roles };
}

/** The users as aligned columns: username, name, status, roles, live API token names. */
function listUsers(
  users: readonly User[],
  tokens: ReadonlyArray<{ username: string; name: string }>,
  io: CliIo,
  t: (key: string, params?: MessageParams) => string,
  rolesText: (roles: Map<string, string[]>) => string,
): void {
  if (users.length === 0) {
    io.out(t('user.cli.no-users'));
    return;
  }
  const rows = [
    t('user.cli.list-header').split('\t'),
    ...users.map((user) => [
      user.username,
      user.displayName,
      t(user.disabled ? 'user.cli.inactive' : 'user.cli.active'),
      rolesText(user.roles),
      tokens
        .filter((token) => token.username === user.username)
        .map((token) => token.name)
        .join(', ') || '–',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  for (const row of rows) {
    io.out(row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length))).join('  '));
  }
}
