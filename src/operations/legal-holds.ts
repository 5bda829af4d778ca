/**
 * Legal holds (oikeudellinen pito): a hold on a record blocks its deletion — by a retention rule
 * or by staff — until it is released, for example while a court case or a complaint about the
 * person's matter is pending. Placing and releasing need the role ability `legal-hold` and a
 * reason in plain words; both are audited (`legal-hold`, reason `placed` / `released`), as is
 * every refused attempt. A hold is released, never removed: its history stays with the record.
 * Anyone who may read the record sees its holds (staff must know why it is kept).
 */
import type { Block } from '../workflows/workflow-stores.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit, authorize } from './records.js';

/** Longest hold reason: a sentence or two, not a case file. */
export const MAX_HOLD_REASON = 500;

/** A hold as staff see it. */
export type LegalHold = Block;

/** Places a hold on a record; `reason` is required plain text (one line, at most 500 characters). */
export async function placeHold(context: OperationContext, caller: Caller, registryId: string, recordId: string, input: { reason?: unknown }): Promise<LegalHold> {
  const { registry } = authorize(context, caller, registryId, 'legal-hold', (access) => access.can.has('legal-hold'), recordId);
  const reason = holdReason(input.reason);
  if (reason === undefined) {
    audit(context, caller, { action: 'legal-hold', outcome: 'invalid', registry: registry.id, records: [recordId], reason: 'bad-reason' });
    throw new OperationError('invalid', 'api.hold-reason-invalid', { max: MAX_HOLD_REASON });
  }
  if (!(await context.store.get(registry.id, recordId))) {
    audit(context, caller, { action: 'legal-hold', outcome: 'not-found', registry: registry.id, records: [recordId] });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId.slice(0, 100) });
  }
  const hold = context.workflows.holds.place({ registry: registry.id, recordId, reason, placedBy: caller.actor, placedAt: context.clock().toISOString() });
  audit(context, caller, { action: 'legal-hold', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'placed' });
  return hold;
}

/**
 * Releases a hold in force on the record. Jobs it blocked are due again at once: the next run of
 * the scheduler carries them out (unless another hold or a restriction still blocks them).
 */
export async function releaseHold(context: OperationContext, caller: Caller, registryId: string, recordId: string, holdId: number): Promise<LegalHold> {
  const { registry } = authorize(context, caller, registryId, 'legal-hold', (access) => access.can.has('legal-hold'), recordId);
  const hold = Number.isSafeInteger(holdId) ? context.workflows.holds.active(registry.id, recordId).find((candidate) => candidate.id === holdId) : undefined;
  const now = context.clock().toISOString();
  if (!hold || !context.workflows.holds.end(hold.id, caller.actor, now)) {
    audit(context, caller, { action: 'legal-hold', outcome: 'not-found', registry: registry.id, records: [recordId], reason: 'release' });
    throw new OperationError('not-found', 'api.hold-not-found', { id: String(holdId).slice(0, 40) });
  }
  context.workflows.jobs.wake(registry.id, recordId, now);
  audit(context, caller, { action: 'legal-hold', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'released' });
  return { ...hold, endedBy: caller.actor, endedAt: now };
}

/** The record's holds, in force and released, oldest first; needs read access (audited as a read). */
export async function listHolds(context: OperationContext, caller: Caller, registryId: string, recordId: string): Promise<LegalHold[]> {
  const { registry } = authorize(context, caller, registryId, 'read', (access) => access.read.size > 0, recordId);
  if (!(await context.store.get(registry.id, recordId))) {
    audit(context, caller, { action: 'read', outcome: 'not-found', registry: registry.id, records: [recordId], reason: 'legal-holds' });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId.slice(0, 100) });
  }
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'legal-holds' });
  return context.workflows.holds.history(registry.id, recordId);
}

/**
 * A hold reason as given, trimmed; undefined when it is not usable: not text, empty, longer than
 * 500 characters, or holding control characters or line breaks (it is shown in one line).
 */
export function holdReason(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const reason = value.normalize('NFC').trim();
  if (reason === '' || [...reason].length > MAX_HOLD_REASON) return undefined;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(reason)) return undefined;
  // Lone surrogates would be changed by storage.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(reason)) return undefined;
  return reason;
}
