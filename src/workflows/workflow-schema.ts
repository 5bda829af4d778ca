/**
 * Engine tables of the workflows. Records say what a person's data is; these say what happens to
 * it over time and what was promised about it:
 * - `record_states`: every lifecycle state a record entered, when, by which transition and actor
 *   (the retention clock of a rule `from: {state}` starts at the latest entry of that state);
 * - `jobs`: durable timers, one per record and rule (`timer:<id>` or `retention:<id>`), with
 *   their due time, status, attempts and last error; claimed atomically so two schedulers never
 *   run the same job;
 * - `consent_events`: consents given and withdrawn, per record and declared consent, with when,
 *   how and who recorded it; the latest event is the current status, earlier ones the history;
 * - `disclosure_log`: every disclosure of a record's data to a declared recipient;
 * - `legal_holds`: holds that block deletion of a record, with the reason; released, not removed;
 * - `restrictions`: restriction of processing (GDPR Art 18) on a record, usually from a request;
 * - `subject_requests` + `request_events`: data-subject requests with deadline and history.
 * None of these rows holds a record's field values: ids, codes, times and staff-written reasons.
 */
import type { Migration } from '../storage/database.js';

export const WORKFLOW_MIGRATIONS: readonly Migration[] = [
  {
    id: 'workflows-1-tables',
    sql: `
      CREATE TABLE record_states (
        id INTEGER PRIMARY KEY,
        registry TEXT NOT NULL,
        record_id TEXT NOT NULL,
        state TEXT NOT NULL,
        -- NULL: the record was created in this state.
        transition TEXT,
        entered_at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;
      CREATE INDEX record_states_record ON record_states (registry, record_id, id);

      CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        registry TEXT NOT NULL,
        record_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        due_at TEXT NOT NULL,
        -- When the record entered the rule's state for this cycle of the job (NULL: not state-bound).
        since TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed', 'blocked', 'review', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        claimed_by TEXT,
        claimed_until TEXT,
        outcome TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT,
        UNIQUE (registry, record_id, rule)
      ) STRICT;
      CREATE INDEX jobs_due ON jobs (status, due_at);

      CREATE TABLE consent_events (
        id INTEGER PRIMARY KEY,
        registry TEXT NOT NULL,
        record_id TEXT NOT NULL,
        consent TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('given', 'withdrawn')),
        -- When the person gave or withdrew it (may be before it was recorded).
        at TEXT NOT NULL,
        method TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consent_events_record ON consent_events (registry, record_id, consent, id);

      CREATE TABLE disclosure_log (
        id TEXT PRIMARY KEY,
        registry TEXT NOT NULL,
        record_id TEXT NOT NULL,
        disclosure TEXT NOT NULL,
        categories TEXT NOT NULL CHECK (json_valid(categories)),
        basis TEXT NOT NULL CHECK (basis IN ('consent', 'law')),
        -- The consent event that allowed it, for a disclosure on consent.
        consent_event INTEGER REFERENCES consent_events (id),
        method TEXT,
        disclosed_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX disclosure_log_record ON disclosure_log (registry, record_id, disclosed_at);

      CREATE TABLE legal_holds (
        id INTEGER PRIMARY KEY,
        registry TEXT NOT NULL,
        record_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        placed_by TEXT NOT NULL,
        placed_at TEXT NOT NULL,
        released_by TEXT,
        released_at TEXT
      ) STRICT;
      CREATE INDEX legal_holds_record ON legal_holds (registry, record_id);

      CREATE TABLE restrictions (
        id INTEGER PRIMARY KEY,
        registry TEXT NOT NULL,
        record_id TEXT NOT NULL,
        request_id TEXT,
        reason TEXT NOT NULL,
        placed_by TEXT NOT NULL,
        placed_at TEXT NOT NULL,
        lifted_by TEXT,
        lifted_at TEXT
      ) STRICT;
      CREATE INDEX restrictions_record ON restrictions (registry, record_id);

      CREATE TABLE subject_requests (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent')),
        -- Who the request is about; needed to find their records in every registry.
        identity_code TEXT NOT NULL,
        -- JSON array of registry ids the request concerns.
        registries TEXT NOT NULL CHECK (json_valid(registries)),
        received_at TEXT NOT NULL,
        identity_verified INTEGER NOT NULL CHECK (identity_verified IN (0, 1)),
        lang TEXT NOT NULL CHECK (lang IN ('fi', 'sv', 'en')),
        deadline TEXT NOT NULL,
        extended_to TEXT,
        extension_reason TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'completed', 'refused', 'withdrawn')),
        resolution TEXT,
        version INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX subject_requests_open ON subject_requests (status, deadline);
      CREATE INDEX subject_requests_person ON subject_requests (identity_code);

      CREATE TABLE request_events (
        id INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES subject_requests (id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL,
        detail TEXT NOT NULL CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX request_events_request ON request_events (request_id, id);
    `,
  },
];
