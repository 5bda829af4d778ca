/**
 * The embedded database: one SQLite file through better-sqlite3, opened with WAL (readers never
 * wait for the writer), foreign keys on and a busy timeout (a second process such as
 * `seloste tick` waits instead of failing). Engine tables come from versioned migrations that each
 * part of the engine declares next to its code; record tables are derived from the registries by
 * the schema sync (`record-tables.ts`).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AUDIT_MIGRATIONS } from '../audit/audit-schema.js';
import { AUTH_MIGRATIONS } from '../auth/auth-schema.js';
import { WORKFLOW_MIGRATIONS } from '../workflows/workflow-schema.js';
import { RECORD_ENGINE_MIGRATIONS } from './record-engine-schema.js';

export type Db = Database.Database;

/** One step of the engine schema; applied once, in order, recorded in `schema_migrations`. */
export interface Migration {
  /** Unique and stable forever: `<part>-<n>-<what>`, e.g. `audit-1-log`. */
  id: string;
  sql: string;
}

/** The default database file, relative to the working directory. */
export const DEFAULT_DB_PATH = './data/seloste.db';

/** Every engine migration, in the order they are applied. Add new ones at the end of a part's list. */
export const ENGINE_MIGRATIONS: readonly Migration[] = [
  ...RECORD_ENGINE_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  ...AUTH_MIGRATIONS,
  ...WORKFLOW_MIGRATIONS,
];

/**
 * Opens (creating if needed) the database at `path` (`:memory:` for tests) and brings the engine
 * tables up to date. Throws `DatabaseOpenError` with a plain reason when the file cannot be used.
 */
export function openDatabase(path: string, migrations: readonly Migration[] = ENGINE_MIGRATIONS): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // NORMAL is durable in WAL mode except for the very last transactions on power loss.
    db.pragma('synchronous = NORMAL');
    applyMigrations(db, migrations);
  } catch (cause) {
    throw new DatabaseOpenError(path, cause instanceof Error ? cause.message : String(cause));
  }
  return db;
}

/** The database file could not be opened or is not a seloste database. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

function applyMigrations(db: Db, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
  const applied = new Set(db.prepare('SELECT id FROM schema_migrations').pluck().all() as string[]);
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  const apply = db.transaction((migration: Migration) => {
    db.exec(migration.sql);
    record.run(migration.id, new Date().toISOString());
  });
  for (const migration of migrations) if (!applied.has(migration.id)) apply(migration);
}
