/**
 * The narrow interface between the engine and wherever records are kept. Operations, the API,
 * the forms and the workflows use only this; `sqlite-record-store.ts` implements it on the
 * embedded database, and a PostgreSQL adapter implements the same methods. Methods are
 * asynchronous for that reason, and each is one unit of work: a write and its audit entry are
 * committed together or not at all.
 */
import type { AuditDraft } from '../audit/audit-log.js';
import type { StateEntry } from '../workflows/workflow-stores.js';

/** A record's values keyed by field id; a repeating group is an array of entries. */
export type RecordData = Record<string, unknown>;

export interface StoredRecord {
  id: string;
  registry: string;
  /** The definition version (model digest) the record was last written under. */
  registryVersion: string;
  state: string | null;
  /** Increases by one on every update: optimistic concurrency (`If-Match`). */
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  data: RecordData;
}

export type FilterValue = string | number | boolean;

export interface RecordQuery {
  limit: number;
  offset: number;
  /** A top-level scalar field id, or `created_at` / `updated_at`. */
  sort?: { by: string; descending: boolean };
  /** Exact matches on top-level fields (a multi-choice field matches when it holds the value). */
  filters: Array<{ field: string; value: FilterValue }>;
  state?: string;
  /** Full-text search over the given fields only (the ones the caller may read). */
  search?: { text: string; fields: string[]; includeProtected: boolean };
}

export interface RecordPage {
  items: StoredRecord[];
  total: number;
}

/** A POST answered before under the same idempotency key. */
export interface IdempotentResult {
  requestHash: string;
  recordId: string;
}

export interface RecordStore {
  get(registry: string, id: string): Promise<StoredRecord | undefined>;
  list(registry: string, query: RecordQuery): Promise<RecordPage>;
  /** Records whose identity-code fields hold `code`. */
  findByIdentityCode(registry: string, code: string): Promise<StoredRecord[]>;
  /**
   * Inserts the record and appends `audit` (completed with the new id) in one transaction; a
   * record in a lifecycle state (`state` not null) also gets its first state-history entry there
   * (entered at `createdAt` by `createdBy`, no transition). With `idempotency`, the key is stored
   * with the record; an existing key returns its result instead and inserts nothing.
   */
  insert(
    record: StoredRecord,
    audit: AuditDraft,
    idempotency?: { actor: string; key: string; requestHash: string },
  ): Promise<{ record: StoredRecord; replayOf?: IdempotentResult }>;
  /**
   * Replaces the record's values when its version is still `expectedVersion`; `conflict` otherwise.
   * With `state` (a lifecycle transition), that entry is appended to the record's state history
   * in the same transaction as the record and `audit`.
   */
  update(record: StoredRecord, expectedVersion: number, audit: AuditDraft, state?: StateEntry): Promise<StoredRecord | 'conflict' | 'not-found'>;
  /** Deletes the record, its group entries and its search rows; appends `audit` in the same transaction. */
  delete(registry: string, id: string, audit: AuditDraft): Promise<boolean>;
  /** An idempotency key used before by `actor` on `registry`. */
  idempotent(actor: string, registry: string, key: string): Promise<IdempotentResult | undefined>;
}
