/**
 * Record operations: list, read, create, update, delete. Each checks the caller's access in the
 * registry (default deny), validates with the registry's compiled validator, writes through the
 * record store and leaves an audit entry — also for every refused attempt. Callers get back only
 * what their roles may read.
 */
import { createHash } from 'node:crypto';
import type { AuditAction, AuditDraft, AuditOutcome } from '../audit/audit-log.js';
import { accessFor, hasAnyRole, protectedFields, topFields, visibleData, type Access } from '../access/access.js';
import type { Registry } from '../model/types.js';
import type { FilterValue, RecordData, RecordQuery, StoredRecord } from '../storage/record-store.js';
import { storageOf } from '../storage/record-tables.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';

/** What a caller sees of a record: only what their roles may read. */
export interface RecordView extends StoredRecord {
  /** Fields withheld from this caller because of address protection. */
  hidden: string[];
}

/** List parameters as the API or a form received them (strings), checked here. */
export interface ListParams {
  limit?: number;
  offset?: number;
  /** A field id or `created_at` / `updated_at`; `-` in front for descending. */
  sort?: string;
  filters?: Record<string, string>;
  q?: string;
  state?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export async function listRecords(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  params: ListParams,
): Promise<{ items: RecordView[]; total: number; limit: number; offset: number }> {
  const search = params.q !== undefined && params.q.trim() !== '';
  const action: AuditAction = search ? 'search' : 'list';
  const { registry, access } = authorize(context, caller, registryId, action, (a) => a.read.size > 0);
  const query = buildQuery(registry, access, params);
  const page = await context.store.list(registry.id, query);
  const items = page.items.map((record) => view(access, record));
  audit(context, caller, { action, outcome: 'ok', registry: registry.id, records: items.map((item) => item.id), fields: fieldsOf(items.map((item) => item.data)) });
  return { items, total: page.total, limit: query.limit, offset: query.offset };
}

export async function readRecord(context: OperationContext, caller: Caller, registryId: string, id: string): Promise<RecordView> {
  const { registry, access } = authorize(context, caller, registryId, 'read', (a) => a.read.size > 0, id);
  const record = await found(context, caller, registry, id, 'read');
  const result = view(access, record);
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [id], fields: Object.keys(result.data) });
  return result;
}

export async function createRecord(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  body: unknown,
  idempotencyKey?: string,
): Promise<{ record: RecordView; replayed: boolean }> {
  const { registry, access } = authorize(context, caller, registryId, 'create', (a) => a.write.size > 0);
  const data = asObject(context, caller, registry, 'create', body);
  const requestHash = createHash('sha256').update(canonicalJson(data)).digest('hex');
  if (idempotencyKey !== undefined) {
    const earlier = await context.store.idempotent(caller.actor, registry.id, idempotencyKey);
    if (earlier) return replay(context, caller, registry, access, earlier, requestHash);
  }
  refuseUnwritable(context, caller, registry, access, 'create', data, undefined);
  validate(context, caller, registry, 'create', data);
  const record = newRecord(context, registry, data, caller.actor);
  const result = await context.store.insert(
    record,
    draft(caller, { action: 'create', outcome: 'ok', registry: registry.id, fields: Object.keys(data) }),
    idempotencyKey === undefined ? undefined : { actor: caller.actor, key: idempotencyKey, requestHash },
  );
  // Two identical requests raced: the other one inserted first; answer as its replay.
  if (result.replayOf) return replay(context, caller, registry, access, result.replayOf, requestHash);
  context.recordChanged(registry.id, result.record.id);
  return { record: view(access, result.record), replayed: false };
}

/**
 * Applies a JSON merge patch at the top level: a key replaces the field's value (a repeating
 * group as a whole), `null` clears it. Fields the caller may not read are kept as they are.
 */
export async function updateRecord(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  id: string,
  body: unknown,
  expectedVersion?: number,
): Promise<RecordView> {
  const { registry, access } = authorize(context, caller, registryId, 'update', (a) => a.write.size > 0, id);
  const patch = asObject(context, caller, registry, 'update', body, id);
  const current = await found(context, caller, registry, id, 'update');
  refuseRestricted(context, caller, registry.id, id, 'update');
  refuseUnwritable(context, caller, registry, access, 'update', patch, current, id);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    audit(context, caller, { action: 'update', outcome: 'conflict', registry: registry.id, records: [id], reason: 'version-mismatch' });
    throw new OperationError('precondition-failed', 'api.version-mismatch', { expected: expectedVersion, current: current.version });
  }
  // Own data properties only: a `__proto__` key in the body stays a (refused) field name.
  const data: RecordData = Object.fromEntries([
    ...Object.entries(current.data).filter(([key]) => !Object.hasOwn(patch, key)),
    ...Object.entries(patch).filter(([, value]) => value !== null),
  ]);
  validate(context, caller, registry, 'update', data, id);
  const updated = revised(context, registry, current, caller.actor, data);
  const outcome = await context.store.update(
    updated,
    current.version,
    draft(caller, { action: 'update', outcome: 'ok', registry: registry.id, records: [id], fields: Object.keys(patch) }),
  );
  if (outcome === 'not-found') {
    audit(context, caller, { action: 'update', outcome: 'not-found', registry: registry.id, records: [id] });
    throw new OperationError('not-found', 'api.record-not-found', { id });
  }
  if (outcome === 'conflict') {
    audit(context, caller, { action: 'update', outcome: 'conflict', registry: registry.id, records: [id], reason: 'concurrent-update' });
    throw new OperationError('conflict', 'api.concurrent-update', { id });
  }
  context.recordChanged(registry.id, id);
  return view(access, outcome);
}

export async function deleteRecord(context: OperationContext, caller: Caller, registryId: string, id: string): Promise<void> {
  const { registry } = authorize(context, caller, registryId, 'delete', (a) => a.can.has('delete-records'), id);
  refuseRestricted(context, caller, registry.id, id, 'delete');
  refuseHeld(context, caller, registry.id, id);
  const removed = await context.store.delete(registry.id, id, draft(caller, { action: 'delete', outcome: 'ok', registry: registry.id, records: [id] }));
  if (!removed) {
    audit(context, caller, { action: 'delete', outcome: 'not-found', registry: registry.id, records: [id] });
    throw new OperationError('not-found', 'api.record-not-found', { id });
  }
  // Deleting is erasing: the state history and ended holds go with the record (see record-traces.ts).
  context.workflows.traces.forgetRecord(registry.id, id, { keepIdempotencyKeys: true });
  context.recordChanged(registry.id, id);
}

/** The record's next version with new values, written by `actor` under the current definition. */
export function revised(context: OperationContext, registry: Registry, record: StoredRecord, actor: string, data: RecordData): StoredRecord {
  return { ...record, registryVersion: registry.origin.digest, version: record.version + 1, updatedAt: context.clock().toISOString(), updatedBy: actor, data };
}

/** A new record of `registry` in its initial lifecycle state, written under the current definition. */
export function newRecord(context: OperationContext, registry: Registry, data: RecordData, actor: string): StoredRecord {
  const now = context.clock().toISOString();
  return {
    id: context.newId(),
    registry: registry.id,
    registryVersion: registry.origin.digest,
    state: registry.lifecycle?.initial ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    createdBy: actor,
    updatedBy: actor,
    data,
  };
}

/**
 * A restriction of processing (GDPR Art 18, from a data-subject request) allows nothing but
 * storage: changing or deleting the record is refused until it is lifted (409, audited). Reading
 * stays allowed — staff must still find the record, answer the person's own requests and see
 * that it is restricted — and so do the person's consent withdrawals and the request's own steps.
 */
function refuseRestricted(context: OperationContext, caller: Caller, registryId: string, id: string, action: 'update' | 'delete'): void {
  if (context.workflows.restrictions.active(registryId, id).length === 0) return;
  audit(context, caller, { action, outcome: 'denied', registry: registryId, records: [id], reason: 'restricted' });
  throw new OperationError('conflict', 'api.record-restricted', { id });
}

/** A legal hold in force blocks deletion (`src/operations/legal-holds.ts`); the message names its reason. */
function refuseHeld(context: OperationContext, caller: Caller, registryId: string, id: string): void {
  const hold = context.workflows.holds.active(registryId, id)[0];
  if (!hold) return;
  audit(context, caller, { action: 'delete', outcome: 'denied', registry: registryId, records: [id], reason: 'legal-hold' });
  throw new OperationError('conflict', 'api.record-on-legal-hold', { id, reason: hold.reason });
}

/** The registry and the caller's access in it, or a refusal (audited). */
export function authorize(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  action: AuditAction,
  allowed: (access: Access) => boolean,
  recordId?: string,
): { registry: Registry; access: Access } {
  const registry = context.registries.get(registryId);
  if (!registry) throw new OperationError('not-found', 'api.registry-not-found', { id: registryId });
  const access = accessFor(registry, caller.roles.get(registry.id) ?? []);
  if (!hasAnyRole(access) || !allowed(access)) {
    audit(context, caller, { action, outcome: 'denied', registry: registry.id, ...(recordId ? { records: [recordId] } : {}), reason: hasAnyRole(access) ? 'role-may-not' : 'no-role' });
    throw new OperationError('forbidden', hasAnyRole(access) ? 'api.forbidden-action' : 'api.forbidden-registry', { registry: registry.id });
  }
  return { registry, access };
}

export function view(access: Access, record: StoredRecord): RecordView {
  return { ...record, ...visibleData(access, record.data) };
}

/** Appends an audit entry outside a write transaction (reads and refusals). */
export function audit(context: OperationContext, caller: Caller, entry: Omit<AuditDraft, 'actor' | 'ip'>): void {
  context.audit.append(draft(caller, entry));
}

/** The caller's audit entry: who, from where, and what happened. */
export function draft(caller: Pick<Caller, 'actor' | 'ip'>, entry: Omit<AuditDraft, 'actor' | 'ip'>): AuditDraft {
  return { actor: caller.actor, ...(caller.ip ? { ip: caller.ip } : {}), ...entry };
}

async function found(context: OperationContext, caller: Caller, registry: Registry, id: string, action: AuditAction): Promise<StoredRecord> {
  const record = await context.store.get(registry.id, id);
  if (!record) {
    audit(context, caller, { action, outcome: 'not-found', registry: registry.id, records: [id] });
    throw new OperationError('not-found', 'api.record-not-found', { id });
  }
  return record;
}

function asObject(context: OperationContext, caller: Caller, registry: Registry, action: AuditAction, body: unknown, id?: string): RecordData {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    audit(context, caller, { action, outcome: 'invalid', registry: registry.id, ...(id ? { records: [id] } : {}), reason: 'not-an-object' });
    throw new OperationError('bad-request', 'api.body-not-object');
  }
  return body as RecordData;
}

/**
 * Refuses writing fields outside the caller's write permission, an address they may not see, or
 * the flag that protects such an address (they may set it, not lift it).
 */
function refuseUnwritable(
  context: OperationContext,
  caller: Caller,
  registry: Registry,
  access: Access,
  action: AuditAction,
  patch: RecordData,
  current: StoredRecord | undefined,
  id?: string,
): void {
  const known = new Set(topFields(registry).map((field) => field.id));
  const hidden = current ? protectedFields(access, current.data) : [];
  // Lifting address protection would show the address: only a role that may see it may lift it.
  const guards = new Set(current && !access.protectedAddresses ? topFields(registry).flatMap((field) => (field.protectedBy && current.data[field.protectedBy] === true ? [field.protectedBy] : [])) : []);
  const refused = Object.keys(patch).filter(
    (key) => known.has(key) && (!access.write.has(key) || hidden.includes(key) || (guards.has(key) && patch[key] !== true)),
  );
  if (refused.length === 0) return;
  audit(context, caller, { action, outcome: 'denied', registry: registry.id, ...(id ? { records: [id] } : {}), fields: refused, reason: 'role-may-not-write' });
  throw new OperationError('forbidden', 'api.forbidden-fields', { fields: refused.join(', ') });
}

function validate(context: OperationContext, caller: Caller, registry: Registry, action: AuditAction, data: RecordData, id?: string): void {
  const result = context.validators.get(registry.id)!.validate(data, caller.lang);
  if (result.ok) return;
  const fields = [...new Set(result.errors.flatMap((error) => (error.field ? [error.field] : [])))];
  audit(context, caller, { action, outcome: 'invalid', registry: registry.id, ...(id ? { records: [id] } : {}), fields, reason: 'validation' });
  throw new OperationError('invalid', 'api.invalid-record', { count: result.errors.length }, result.errors);
}

async function replay(
  context: OperationContext,
  caller: Caller,
  registry: Registry,
  access: Access,
  earlier: { requestHash: string; recordId: string },
  requestHash: string,
): Promise<{ record: RecordView; replayed: boolean }> {
  if (earlier.requestHash !== requestHash) {
    audit(context, caller, { action: 'create', outcome: 'invalid', registry: registry.id, records: [earlier.recordId], reason: 'idempotency-key-reused' });
    throw new OperationError('invalid', 'api.idempotency-key-reused');
  }
  const record = await context.store.get(registry.id, earlier.recordId);
  if (!record) {
    audit(context, caller, { action: 'create', outcome: 'not-found', registry: registry.id, records: [earlier.recordId], reason: 'replayed-record-deleted' });
    throw new OperationError('conflict', 'api.idempotent-record-gone', { id: earlier.recordId });
  }
  const result = view(access, record);
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [record.id], fields: Object.keys(result.data), reason: 'idempotent-replay' });
  return { record: result, replayed: true };
}

function buildQuery(registry: Registry, access: Access, params: ListParams): RecordQuery {
  const limit = params.limit ?? DEFAULT_PAGE_SIZE;
  const offset = params.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new OperationError('bad-request', 'api.bad-limit', { max: MAX_PAGE_SIZE });
  if (!Number.isInteger(offset) || offset < 0) throw new OperationError('bad-request', 'api.bad-offset');
  const fields = new Map(topFields(registry).map((field) => [field.id, field]));
  const query: RecordQuery = { limit, offset, filters: [] };
  if (params.sort !== undefined && params.sort !== '') {
    const descending = params.sort.startsWith('-');
    const by = descending ? params.sort.slice(1) : params.sort;
    const field = fields.get(by);
    const sortable = by === 'created_at' || by === 'updated_at' || (field !== undefined && access.read.has(by) && ['text', 'real', 'boolean'].includes(storageOf(field)));
    if (!sortable) throw new OperationError('bad-request', 'api.bad-sort', { field: by });
    query.sort = { by, descending };
  }
  for (const [name, raw] of Object.entries(params.filters ?? {})) {
    const field = fields.get(name);
    const storage = field ? storageOf(field) : undefined;
    const filterable = field !== undefined && access.read.has(name) && (storage === 'text' || storage === 'real' || storage === 'boolean' || field.type === 'multi-choice');
    if (!filterable) throw new OperationError('bad-request', 'api.bad-filter', { field: name });
    query.filters.push({ field: name, value: filterValue(name, storage!, raw) });
  }
  if (params.state !== undefined && params.state !== '') {
    if (!registry.lifecycle?.states.some((state) => state.id === params.state)) throw new OperationError('bad-request', 'api.bad-state', { state: params.state });
    query.state = params.state;
  }
  if (params.q !== undefined && params.q.trim() !== '') {
    if (params.q.length > 200) throw new OperationError('bad-request', 'api.bad-search');
    query.search = { text: params.q, fields: [...access.read], includeProtected: access.protectedAddresses };
  }
  return query;
}

function filterValue(field: string, storage: string, raw: string): FilterValue {
  if (storage === 'boolean') {
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw new OperationError('bad-request', 'api.bad-filter-value', { field, value: raw });
  }
  if (storage === 'real') {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new OperationError('bad-request', 'api.bad-filter-value', { field, value: raw });
    return value;
  }
  return raw;
}

function fieldsOf(items: RecordData[]): string[] {
  return [...new Set(items.flatMap((data) => Object.keys(data)))];
}

/** JSON with keys sorted: the same body hashes the same whatever its key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
