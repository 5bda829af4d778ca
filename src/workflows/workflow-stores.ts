/**
 * Stores of the workflow tables shared by several workflows (see `workflow-schema.ts`): the state
 * history of records (lifecycle and retention), consents (transition guards, disclosures,
 * requests) and what blocks processing (legal holds and restrictions: retention, erasure,
 * transitions, disclosures). Synchronous like the audit log, so an operation can write one of
 * these and its audit entry in one transaction. Rows hold ids, codes, times and staff-written
 * reasons, never field values.
 */
import type { Clock } from '../runtime/clock.js';
import type { Db } from '../storage/database.js';
import { createDisclosureStore, type DisclosureStore } from './disclosure-store.js';
import { createJobStore, type JobStore } from './job-store.js';
import { createRecordFacts, type RecordFactsReader } from './record-facts.js';
import { createRecordTraces, type RecordTraces } from './record-traces.js';
import { createRequestStore, type RequestStore } from './request-store.js';

export interface StateEntry {
  state: string;
  /** Undefined: the record was created in this state. */
  transition?: string;
  enteredAt: string;
  actor: string;
}

export interface StateHistory {
  /** Appends an entry; call it in the transaction that writes the record's new state. */
  enter(registry: string, recordId: string, entry: StateEntry): void;
  /** Every state the record entered, oldest first. */
  history(registry: string, recordId: string): StateEntry[];
  /**
   * When the record last entered `state`; undefined if the history does not say. Records written
   * before the history existed have no entries: use `stateEnteredAt` (`lifecycle-state.ts`), which
   * counts them as having entered their initial state when they were created.
   */
  enteredAt(registry: string, recordId: string, state: string): string | undefined;
  /** Forgets a record's history (the record was erased). */
  forget(registry: string, recordId: string): void;
}

export type ConsentMethod = 'signed-form' | 'written' | 'oral' | 'electronic';

export interface ConsentEvent {
  id: number;
  registry: string;
  recordId: string;
  consent: string;
  event: 'given' | 'withdrawn';
  /** When the person gave or withdrew it. */
  at: string;
  method: ConsentMethod;
  recordedBy: string;
  recordedAt: string;
}

export interface ConsentStore {
  /** Appends an event; `within` (its audit entry) runs in the same transaction. */
  record(event: Omit<ConsentEvent, 'id'>, within?: () => void): ConsentEvent;
  /** Every event of the record (of one consent, if given), oldest first. */
  history(registry: string, recordId: string, consent?: string): ConsentEvent[];
  /** The `given` event in force for this consent, or undefined (never given, or withdrawn since). */
  valid(registry: string, recordId: string, consent: string): ConsentEvent | undefined;
  forget(registry: string, recordId: string): void;
}

export interface Block {
  id: number;
  registry: string;
  recordId: string;
  reason: string;
  /** For a restriction: the data-subject request it came from. */
  requestId?: string;
  placedBy: string;
  placedAt: string;
  endedBy?: string;
  endedAt?: string;
}

/** Legal holds (block deletion) or restrictions (block processing other than storage, and deletion). */
export interface BlockStore {
  place(block: Omit<Block, 'id' | 'endedBy' | 'endedAt'>): Block;
  /** Ends a block in force; false when it is unknown or already ended. */
  end(id: number, by: string, at: string): boolean;
  /** Blocks in force on the record. */
  active(registry: string, recordId: string): Block[];
  /** Every block of the record, ended ones included, oldest first. */
  history(registry: string, recordId: string): Block[];
}

export interface WorkflowStores {
  states: StateHistory;
  consents: ConsentStore;
  holds: BlockStore;
  restrictions: BlockStore;
  /** The disclosure log (`disclosure-store.ts`). */
  disclosures: DisclosureStore;
  /** Durable timers (`job-store.ts`). */
  jobs: JobStore;
  /** What an erased record leaves outside its tables (`record-traces.ts`). */
  traces: RecordTraces;
  /** What a record's timers count from, read from its row (`record-facts.ts`). */
  facts: RecordFactsReader;
  /** Data-subject requests and their history (`request-store.ts`). */
  requests: RequestStore;
}

export function createWorkflowStores(db: Db): WorkflowStores {
  return {
    states: createStateHistory(db),
    consents: createConsentStore(db),
    holds: createBlockStore(db, 'legal_holds', 'released'),
    restrictions: createBlockStore(db, 'restrictions', 'lifted'),
    disclosures: createDisclosureStore(db),
    jobs: createJobStore(db),
    traces: createRecordTraces(db),
    facts: createRecordFacts(db),
    requests: createRequestStore(db),
  };
}

/** Times as the stores keep them: ISO 8601 in UTC, so text order is time order. */
export function isoNow(clock: Clock): string {
  return clock().toISOString();
}

/**
 * The state history on its own: the record store writes a record's state entries in the same
 * transaction as the record (`RecordStore.insert` / `update`). Records written before the history
 * existed have no entries: see `stateEnteredAt` in `lifecycle-state.ts` for what they count as.
 */
export function createStateHistory(db: Db): StateHistory {
  const insert = db.prepare('INSERT INTO record_states (registry, record_id, state, transition, entered_at, actor) VALUES (?, ?, ?, ?, ?, ?)');
  const select = db.prepare('SELECT state, transition, entered_at AS enteredAt, actor FROM record_states WHERE registry = ? AND record_id = ? ORDER BY id');
  const latest = db.prepare('SELECT entered_at FROM record_states WHERE registry = ? AND record_id = ? AND state = ? ORDER BY id DESC LIMIT 1').pluck();
  const remove = db.prepare('DELETE FROM record_states WHERE registry = ? AND record_id = ?');
  return {
    enter(registry, recordId, entry) {
      insert.run(registry, recordId, entry.state, entry.transition ?? null, entry.enteredAt, entry.actor);
    },
    history(registry, recordId) {
      return (select.all(registry, recordId) as Array<StateEntry & { transition: string | null }>).map(({ transition, ...rest }) => ({
        ...rest,
        ...(transition === null ? {} : { transition }),
      }));
    },
    enteredAt: (registry, recordId, state) => latest.get(registry, recordId, state) as string | undefined,
    forget(registry, recordId) {
      remove.run(registry, recordId);
    },
  };
}

function createConsentStore(db: Db): ConsentStore {
  const columns = 'id, registry, record_id AS recordId, consent, event, at, method, recorded_by AS recordedBy, recorded_at AS recordedAt';
  const insert = db.prepare(
    'INSERT INTO consent_events (registry, record_id, consent, event, at, method, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const all = db.prepare(`SELECT ${columns} FROM consent_events WHERE registry = ? AND record_id = ? ORDER BY id`);
  const ofConsent = db.prepare(`SELECT ${columns} FROM consent_events WHERE registry = ? AND record_id = ? AND consent = ? ORDER BY id`);
  // The latest event decides; ties in `at` go to the later-recorded event.
  const latest = db.prepare(`SELECT ${columns} FROM consent_events WHERE registry = ? AND record_id = ? AND consent = ? ORDER BY at DESC, id DESC LIMIT 1`);
  const remove = db.prepare('DELETE FROM consent_events WHERE registry = ? AND record_id = ?');
  const write = db.transaction((event: Omit<ConsentEvent, 'id'>, within?: () => void): ConsentEvent => {
    const result = insert.run(event.registry, event.recordId, event.consent, event.event, event.at, event.method, event.recordedBy, event.recordedAt);
    within?.();
    return { id: Number(result.lastInsertRowid), ...event };
  });
  return {
    record: (event, within) => write.immediate(event, within),
    history: (registry, recordId, consent) =>
      (consent === undefined ? all.all(registry, recordId) : ofConsent.all(registry, recordId, consent)) as ConsentEvent[],
    valid(registry, recordId, consent) {
      const event = latest.get(registry, recordId, consent) as ConsentEvent | undefined;
      return event?.event === 'given' ? event : undefined;
    },
    forget(registry, recordId) {
      remove.run(registry, recordId);
    },
  };
}

function createBlockStore(db: Db, table: 'legal_holds' | 'restrictions', ended: 'released' | 'lifted'): BlockStore {
  const requestColumn = table === 'restrictions' ? ', request_id AS requestId' : '';
  const columns = `id, registry, record_id AS recordId, reason${requestColumn}, placed_by AS placedBy, placed_at AS placedAt, ${ended}_by AS endedBy, ${ended}_at AS endedAt`;
  const insert =
    table === 'restrictions'
      ? db.prepare('INSERT INTO restrictions (registry, record_id, reason, request_id, placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?)')
      : db.prepare('INSERT INTO legal_holds (registry, record_id, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?)');
  const finish = db.prepare(`UPDATE ${table} SET ${ended}_by = ?, ${ended}_at = ? WHERE id = ? AND ${ended}_at IS NULL`);
  const active = db.prepare(`SELECT ${columns} FROM ${table} WHERE registry = ? AND record_id = ? AND ${ended}_at IS NULL ORDER BY id`);
  const all = db.prepare(`SELECT ${columns} FROM ${table} WHERE registry = ? AND record_id = ? ORDER BY id`);
  const clean = (row: Record<string, unknown>): Block =>
    Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as unknown as Block;
  return {
    place(block) {
      const result =
        table === 'restrictions'
          ? insert.run(block.registry, block.recordId, block.reason, block.requestId ?? null, block.placedBy, block.placedAt)
          : insert.run(block.registry, block.recordId, block.reason, block.placedBy, block.placedAt);
      return { id: Number(result.lastInsertRowid), ...block };
    },
    end: (id, by, at) => finish.run(by, at, id).changes === 1,
    active: (registry, recordId) => (active.all(registry, recordId) as Array<Record<string, unknown>>).map(clean),
    history: (registry, recordId) => (all.all(registry, recordId) as Array<Record<string, unknown>>).map(clean),
  };
}
