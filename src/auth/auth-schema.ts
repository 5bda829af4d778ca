/**
 * The tables of staff authentication. Secrets never reach the database in a usable form: passwords
 * are scrypt hashes, session and API tokens are stored as their SHA-256 only, so a copy of the file
 * (a backup, a support dump) lets no one sign in. Times are ISO 8601 UTC strings from the clock
 * (`toISOString()`, fixed width), so they compare correctly as text.
 */
import type { Migration } from '../storage/database.js';

export const AUTH_MIGRATIONS: readonly Migration[] = [
  {
    id: 'auth-1-users',
    sql: `
      CREATE TABLE users (
        username TEXT PRIMARY KEY CHECK (length(username) BETWEEN 2 AND 64),
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE user_roles (
        username TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
        registry TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (username, registry, role)
      ) STRICT;
    `,
  },
  {
    id: 'auth-2-sessions',
    sql: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_username ON sessions (username);
      CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
      CREATE INDEX sessions_created ON sessions (created_at);
    `,
  },
  {
    id: 'auth-3-api-tokens',
    sql: `
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      ) STRICT;
      -- One live token per user and label; revoked ones stay as history.
      CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (username, name) WHERE revoked_at IS NULL;
    `,
  },
  {
    id: 'auth-4-login-throttle',
    sql: `
      CREATE TABLE login_failures (
        scope TEXT NOT NULL CHECK (scope IN ('user', 'ip')),
        key TEXT NOT NULL,
        failed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX login_failures_key ON login_failures (scope, key, failed_at);
      CREATE INDEX login_failures_time ON login_failures (failed_at);
      CREATE TABLE login_lockouts (
        scope TEXT NOT NULL CHECK (scope IN ('user', 'ip')),
        key TEXT NOT NULL,
        locked_until TEXT NOT NULL,
        PRIMARY KEY (scope, key)
      ) STRICT;
    `,
  },
];
