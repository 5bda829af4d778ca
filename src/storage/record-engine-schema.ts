/**
 * Engine tables of records. Record tables themselves are derived from each registry by the
 * schema sync; these hold what the engine needs around them:
 * - `registry_schemas`: the layout each registry's tables were last synced to (the "stored
 *   definition" the next sync compares against) and its version;
 * - `registry_versions`: every definition version records were written under, with its layout;
 * - `record_search`: the full-text index (FTS5) of searchable fields, one row per value, so a
 *   search can be limited to the fields a role may read;
 * - `idempotency_keys`: POSTs already answered, so a retried request never creates a second record;
 * - `engine_settings`: facts about the database itself, such as being a demo database.
 */
import type { Migration } from './database.js';

export const RECORD_ENGINE_MIGRATIONS: readonly Migration[] = [
  {
    id: 'records-1-engine',
    sql: `
      CREATE TABLE registry_schemas (
        registry TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        layout TEXT NOT NULL,
        synced_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE registry_versions (
        registry TEXT NOT NULL,
        version TEXT NOT NULL,
        layout TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (registry, version)
      ) STRICT;
      CREATE VIRTUAL TABLE record_search USING fts5(
        registry UNINDEXED, record_id UNINDEXED, field UNINDEXED, protected UNINDEXED, content,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TABLE idempotency_keys (
        actor TEXT NOT NULL,
        registry TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        record_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (actor, registry, key)
      ) STRICT;
      CREATE TABLE engine_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
];
