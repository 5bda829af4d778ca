/**
 * The audit log's tables (Tiedonhallintalaki 906/2019 § 17). The log is append-only in the
 * database itself, not only by convention of the code: triggers refuse every UPDATE and DELETE,
 * and refuse an INSERT that does not continue the chain from `audit_head`. The one-row
 * `audit_head` moves forward one entry at a time, in the same transaction as the entry, so a cut
 * tail shows too. Triggers stop mistakes and other code, not someone with the file: what they do
 * to it, `verify` detects from the hash chain.
 */
import type { Migration } from '../storage/database.js';
import { GENESIS_HASH } from './chain.js';

export const AUDIT_MIGRATIONS: readonly Migration[] = [
  {
    id: 'audit-1-log',
    sql: `
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        outcome TEXT NOT NULL,
        registry TEXT,
        -- JSON arrays of ids (never values); audit_records indexes the record ids.
        records TEXT NOT NULL CHECK (json_valid(records)),
        fields TEXT NOT NULL CHECK (json_valid(fields)),
        reason TEXT,
        ip TEXT,
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;
      CREATE INDEX audit_log_registry ON audit_log (registry, seq);
      CREATE INDEX audit_log_actor ON audit_log (actor, seq);
      CREATE INDEX audit_log_at ON audit_log (at);

      -- Which entries name a record: "who has seen this person's data" without scanning the log.
      CREATE TABLE audit_records (
        seq INTEGER NOT NULL,
        record_id TEXT NOT NULL,
        PRIMARY KEY (seq, record_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX audit_records_record ON audit_records (record_id, seq);

      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;
      INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}');

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be deleted'); END;
      CREATE TRIGGER audit_log_follows_head BEFORE INSERT ON audit_log
      WHEN NEW.seq IS NOT (SELECT seq + 1 FROM audit_head WHERE id = 1)
        OR NEW.prev_hash IS NOT (SELECT hash FROM audit_head WHERE id = 1)
      BEGIN SELECT RAISE(ABORT, 'audit_log: a new entry must continue the chain from audit_head'); END;

      CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
      BEGIN SELECT RAISE(ABORT, 'audit_records is append-only: rows cannot be changed'); END;
      CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
      BEGIN SELECT RAISE(ABORT, 'audit_records is append-only: rows cannot be deleted'); END;
      CREATE TRIGGER audit_records_only_new_entry BEFORE INSERT ON audit_records
      WHEN NEW.seq IS NOT (SELECT seq + 1 FROM audit_head WHERE id = 1)
        OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'audit_records: rows may only be added for the entry being appended'); END;

      CREATE TRIGGER audit_head_no_insert BEFORE INSERT ON audit_head
      BEGIN SELECT RAISE(ABORT, 'audit_head has exactly one row'); END;
      CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
      BEGIN SELECT RAISE(ABORT, 'audit_head has exactly one row'); END;
      CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
      WHEN NEW.id IS NOT OLD.id
        OR NEW.seq IS NOT OLD.seq + 1
        OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'audit_head only moves forward to the entry just appended'); END;
    `,
  },
];
