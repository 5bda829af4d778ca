/**
 * Erasure of a record's personal data, shared by retention rules (the scheduler) and erasure
 * requests (data-subject requests). Callers authorize; this checks what blocks erasure, removes
 * the data and writes one audit entry holding ids and codes only.
 *
 * - `delete` removes the record with its repeating-group entries, files (stored in the record),
 *   search entries, state history, idempotency keys (they hold a hash of the data), and ended
 *   legal holds and restrictions (their staff-written reasons may name the person). Consent
 *   events and the disclosure log are kept, keyed by the now-dangling record id: they hold no
 *   field values, and they are the controller's proof that consent was given (GDPR 7(1)) and the
 *   list of recipients to tell about the erasure (GDPR 19).
 * - `anonymize` keeps only what the registry's reports count: the report dimensions (a date or
 *   date-time reduced to the first day of its month) and, of a counted repeating group, its
 *   entries with only their dimension fields. Everything else — other fields, groups, files,
 *   search entries — is cleared; the record keeps its id and lifecycle state.
 * - With `category`, only that category's fields are erased (`delete`) or anonymized; the record
 *   and its other categories stay.
 * A legal hold or a restriction in force blocks erasure: nothing is changed and the caller gets
 * the reason (the scheduler keeps the job blocked, a request handler refuses).
 */
import type { AuditDraft } from '../audit/audit-log.js';
import type { Field, Registry } from '../model/types.js';
import type { OperationContext } from '../operations/context.js';
import { canonicalJson, draft as auditDraft, revised } from '../operations/records.js';
import type { RecordData } from '../storage/record-store.js';

export type EraseResult =
  | { outcome: 'erased' | 'anonymized' }
  | { outcome: 'blocked'; by: 'legal-hold' | 'restriction'; detail: string }
  | { outcome: 'not-found' };

export interface EraseInput {
  registry: string;
  recordId: string;
  /** `system` for retention, the staff user for a request. */
  actor: string;
  /** Audit reason code: `retention:<rule>` or `request:<id>`. */
  reason: string;
  ip?: string;
  then: 'delete' | 'anonymize';
  /** Erase only this category's fields. */
  category?: string;
}

/** Erases or anonymizes a record (see the module comment); throws only on a storage failure. */
export async function eraseRecord(context: OperationContext, input: EraseInput): Promise<EraseResult> {
  const registry = context.registries.get(input.registry);
  if (!registry) return { outcome: 'not-found' };
  if (input.category !== undefined && !registry.categories.some((category) => category.id === input.category)) return { outcome: 'not-found' };
  const record = await context.store.get(registry.id, input.recordId);
  if (!record) return { outcome: 'not-found' };
  const blocked = erasureBlock(context, registry.id, record.id);
  if (blocked) return blocked;

  const draft = (action: 'erase' | 'anonymize', fields?: string[]): AuditDraft =>
    auditDraft(
      { actor: input.actor, ...(input.ip ? { ip: input.ip } : {}) },
      { action, outcome: 'ok', registry: registry.id, records: [record.id], ...(fields && fields.length > 0 ? { fields } : {}), reason: input.reason },
    );

  if (input.then === 'delete' && input.category === undefined) {
    // The record, its groups and search rows go with its audit entry in one transaction; the
    // traces after it (a crash in between leaves only rows keyed by a missing id, which the next
    // reconciliation sweeps).
    const removed = await context.store.delete(registry.id, record.id, draft('erase'));
    if (!removed) return { outcome: 'not-found' };
    context.workflows.traces.forgetRecord(registry.id, record.id);
    context.recordChanged(registry.id, record.id);
    return { outcome: 'erased' };
  }

  const { data, cleared } = input.then === 'anonymize' ? anonymizedData(registry, record.data, input.category) : withoutCategory(registry, record.data, input.category!);
  if (cleared.length === 0 && canonicalJson(data) === canonicalJson(record.data)) {
    // Already as the rule wants it (anonymized before): no write, so the record's `updated` time —
    // which a rule may count from — does not move and the rule does not come round again.
    context.audit.append(draft(input.then === 'anonymize' ? 'anonymize' : 'erase'));
    return { outcome: input.then === 'anonymize' ? 'anonymized' : 'erased' };
  }
  const updated = await context.store.update(
    revised(context, registry, record, input.actor, data),
    record.version,
    draft(input.then === 'anonymize' ? 'anonymize' : 'erase', cleared),
  );
  if (updated === 'not-found') return { outcome: 'not-found' };
  // Someone saved the record meanwhile: the caller retries (the scheduler with backoff).
  if (updated === 'conflict') throw new Error('the record changed while it was being erased; try again');
  context.recordChanged(registry.id, record.id);
  return { outcome: input.then === 'anonymize' ? 'anonymized' : 'erased' };
}

/** What blocks erasing the record now: a legal hold first, then a restriction; undefined when nothing. */
export function erasureBlock(
  context: OperationContext,
  registryId: string,
  recordId: string,
): { outcome: 'blocked'; by: 'legal-hold' | 'restriction'; detail: string } | undefined {
  const hold = context.workflows.holds.active(registryId, recordId)[0];
  if (hold) return { outcome: 'blocked', by: 'legal-hold', detail: hold.reason };
  const restriction = context.workflows.restrictions.active(registryId, recordId)[0];
  if (restriction) return { outcome: 'blocked', by: 'restriction', detail: restriction.reason };
  return undefined;
}

/**
 * The fields an anonymized record keeps: the dimensions of the registry's reports, and the
 * repeating groups the reports count (with only their dimension fields).
 */
export function countedFields(registry: Registry): { top: Set<string>; groups: Map<string, Set<string>> } {
  const top = new Set<string>();
  const groups = new Map<string, Set<string>>();
  const topIds = new Set(registry.categories.flatMap((category) => category.fields.map((field) => field.id)));
  for (const report of registry.reports) {
    if (report.counts !== undefined) {
      const group = registry.categories.flatMap((category) => category.fields).find((field) => field.id === report.counts);
      const members = new Set(group?.fields.map((field) => field.id) ?? []);
      const kept = groups.get(report.counts) ?? new Set<string>();
      for (const dimension of report.dimensions) {
        if (members.has(dimension)) kept.add(dimension);
        else if (topIds.has(dimension)) top.add(dimension);
      }
      groups.set(report.counts, kept);
    } else {
      for (const dimension of report.dimensions) if (topIds.has(dimension)) top.add(dimension);
    }
  }
  return { top, groups };
}

/** The record's data anonymized (see the module comment), and the ids of the fields cleared or coarsened. */
export function anonymizedData(registry: Registry, data: RecordData, category?: string): { data: RecordData; cleared: string[] } {
  const { top, groups } = countedFields(registry);
  const result: RecordData = {};
  const cleared: string[] = [];
  for (const field of registry.categories.flatMap((c) => c.fields)) {
    const value = data[field.id];
    if (value === undefined) continue;
    if (category !== undefined && field.category !== category) {
      result[field.id] = value;
      continue;
    }
    const members = groups.get(field.id);
    if (members && Array.isArray(value)) {
      const kept = (value as RecordData[]).map((entry) => keepOnly(field.fields, entry, members));
      result[field.id] = kept;
      if (canonicalJson(kept) !== canonicalJson(value)) cleared.push(field.id);
    } else if (top.has(field.id)) {
      const coarse = monthOf(field, value);
      result[field.id] = coarse;
      if (coarse !== value) cleared.push(field.id);
    } else {
      cleared.push(field.id);
    }
  }
  return { data: result, cleared };
}

function withoutCategory(registry: Registry, data: RecordData, category: string): { data: RecordData; cleared: string[] } {
  const inCategory = new Set(registry.categories.find((c) => c.id === category)?.fields.map((field) => field.id) ?? []);
  const result: RecordData = {};
  const cleared: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (inCategory.has(key)) cleared.push(key);
    else result[key] = value;
  }
  return { data: result, cleared };
}

function keepOnly(fields: Field[], entry: RecordData, keep: Set<string>): RecordData {
  const result: RecordData = {};
  for (const field of fields) {
    if (keep.has(field.id) && entry[field.id] !== undefined) result[field.id] = monthOf(field, entry[field.id]);
  }
  return result;
}

/** A date or date-time value reduced to the first day of its month; other values as they are. */
export function monthOf(field: Field, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value.slice(0, 7)}-01`;
  if (field.type === 'datetime') {
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) return value;
    return `${at.toISOString().slice(0, 7)}-01T00:00:00.000Z`;
  }
  return value;
}
