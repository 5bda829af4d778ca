/**
 * Engine tables of records. Record tables themselves are derived from each registry by the
 * schema sync; these hold what the engine needs around them:
 * - `registry_schemas`: the layout each registry's tables were last synced to (the "stored
 *   definition" the next sync compares against) and its version;
 * - `registry_versions`: every definition version records were written under, with its layout;
 * - `search_entries` + `record_search`: the full-text index (FTS5, external content) of
 *   searchable fields, one entry per value with its registry, record, field and address
 *   protection, so a search can be limited to what a role may read, and a record's entries are
 *   found through an ordinary index when it changes or is erased;
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
      CREATE TABLE search_entries (
        id INTEGER PRIMARY KEY,
        registry TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        protected INTEGER NOT NULL,
        content TEXT NOT NULL
      ) STRICT;
      CREATE INDEX search_entries_record ON search_entries (registry, record_id);
      CREATE VIRTUAL TABLE record_search USING fts5(
        content, content = 'search_entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER search_entries_insert AFTER INSERT ON search_entries BEGIN
        INSERT INTO record_search (rowid, content) VALUES (new.id, new.content);
      END;
      CREATE TRIGGER search_entries_delete AFTER DELETE ON search_entries BEGIN
        INSERT INTO record_search (record_search, rowid, content) VALUES ('delete', old.id, old.content);
      END;
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
