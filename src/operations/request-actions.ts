/**
 * What a request does to the person's records, carried out by a handler, registry by registry,
 * each registry's outcome kept in the request's history:
 * - erasure (Art 17): refused with the legal reason where the registry's bases exclude it
 *   (17(3)(b), see `erasure-grounds.ts`); erased through `eraseRecord` where they allow it, or
 *   where staff have assessed an undetermined registry and confirm it; a legal hold or a
 *   restriction blocks a record and is reported;
 * - restriction (Art 18): a restriction of processing on each record, lifted later as a step of
 *   the same request (the person is to be told before it is lifted, 18(3));
 * - withdraw-consent (Art 7(3)): every consent in force withdrawn, with the method the person used.
 * Erasure and restriction need the person's identity verified first; withdrawing consent must be
 * as easy as giving it, so it does not.
 */
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import { erasureGrounds, erasureRefusal } from '../requests/erasure-grounds.js';
import { eraseRecord } from '../workflows/erasure.js';
import type { SubjectRequest } from '../workflows/request-store.js';
import type { ConsentMethod } from '../workflows/workflow-stores.js';
import { CONSENT_METHODS, withdrawConsent } from './consents.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit } from './records.js';
import {
  auditRequest,
  bodyObject,
  fieldError,
  MAX_REASON_LENGTH,
  openRequestFor,
  optionalText,
  personRecords,
  refuseInvalid,
  requestFor,
  requireVerified,
  save,
  type RequestView,
} from './requests.js';
import type { Registry } from '../model/types.js';
import type { FieldError } from '../schema/record-validator.js';

/** What happened to one record. */
export interface RecordOutcome {
  id: string;
  outcome: 'erased' | 'blocked' | 'gone' | 'restricted' | 'already-restricted' | 'lifted' | 'consents-withdrawn' | 'no-consents';
  /** For `blocked`: a legal hold or a restriction. */
  by?: 'legal-hold' | 'restriction';
  /** Consents withdrawn. */
  consents?: string[];
  /** Restriction id placed or lifted. */
  restriction?: number;
}

/** What happened in one registry. */
export interface RegistryOutcome {
  registry: string;
  outcome: 'erased' | 'partly-erased' | 'refused' | 'needs-decision' | 'restricted' | 'lifted' | 'consents-withdrawn' | 'no-consents' | 'no-records';
  records: RecordOutcome[];
  /** The legal reason of a refusal, or what the registry says about limits of erasure, in the person's language. */
  text?: string;
}

/** What a step that acts on the person's records gives back: the saved request and what happened, registry by registry. */
export interface RequestActionResult {
  request: RequestView;
  outcomes: RegistryOutcome[];
}

const KINDS_CARRIED_OUT = ['erasure', 'restriction', 'withdraw-consent'];

/**
 * Carries out an erasure, restriction or consent-withdrawal request on the person's records.
 * Body: erasure `{confirm?: [registry ids]}` (registries whose undetermined grounds staff have
 * assessed), restriction `{reason?}`, withdraw-consent `{method}`.
 */
export async function carryOutRequest(context: OperationContext, caller: Caller, id: string, body: unknown, expectedVersion?: number): Promise<RequestActionResult> {
  const request = openRequestFor(context, caller, id, 'carry-out', expectedVersion);
  if (!KINDS_CARRIED_OUT.includes(request.kind)) {
    await auditRequest(context, caller, request, 'conflict', 'carry-out:not-applicable');
    throw new OperationError('conflict', 'api.request-nothing-to-carry-out', { kind: translate(API_MESSAGES, `api.request-kind.${request.kind}`, caller.lang) });
  }
  const allowed = request.kind === 'erasure' ? ['confirm'] : request.kind === 'restriction' ? ['reason'] : ['method'];
  const fields = bodyObject(context, caller, request, 'carry-out', body, allowed);
  if (request.kind !== 'withdraw-consent') await requireVerified(context, caller, request, 'carry-out');
  const errors: FieldError[] = [];
  let outcomes: RegistryOutcome[];
  let restrictionReason: string | undefined;
  if (request.kind === 'erasure') {
    const confirm = fields['confirm'];
    if (confirm !== undefined && confirm !== null && (!Array.isArray(confirm) || confirm.some((registry) => typeof registry !== 'string' || !request.registries.includes(registry)))) {
      errors.push(fieldError('confirm', 'api.request-confirm-registries', caller.lang, { registries: request.registries.join(', ') }));
    }
    refuseInvalid(context, caller, request, 'carry-out', errors);
    outcomes = await erase(context, caller, request, new Set(Array.isArray(confirm) ? (confirm as string[]) : []));
  } else if (request.kind === 'restriction') {
    const reason = optionalText(fields, 'reason', MAX_REASON_LENGTH, caller.lang, errors);
    refuseInvalid(context, caller, request, 'carry-out', errors);
    restrictionReason = reason ?? translate(API_MESSAGES, 'api.request-restriction-reason', caller.lang);
    outcomes = await restrict(context, caller, request, restrictionReason);
  } else {
    const method = fields['method'];
    if (typeof method !== 'string' || !(CONSENT_METHODS as readonly string[]).includes(method)) {
      errors.push(fieldError('method', 'api.request-bad-method', caller.lang, { allowed: CONSENT_METHODS.join(', ') }));
    }
    refuseInvalid(context, caller, request, 'carry-out', errors);
    outcomes = await withdrawConsents(context, caller, request, method as ConsentMethod);
  }
  const event = request.kind === 'erasure' ? 'erasure' : request.kind === 'restriction' ? 'restriction-placed' : 'consents-withdrawn';
  const detail = (outcome: RegistryOutcome) => ({ ...outcomeDetail(outcome), ...(restrictionReason ? { reason: restrictionReason } : {}) });
  const saved = await save(context, caller, request, {}, 'carry-out', ...outcomes.map((outcome) => ({ event, detail: detail(outcome) })));
  return { request: saved, outcomes };
}

/** Lifts the restrictions this request placed that are still in force (also after it was completed). */
export async function liftRestriction(context: OperationContext, caller: Caller, id: string, body: unknown, expectedVersion?: number): Promise<RequestActionResult> {
  const request = openRequestFor(context, caller, id, 'lift-restriction', expectedVersion, true);
  const fields = bodyObject(context, caller, request, 'lift-restriction', body, ['reason']);
  const errors: FieldError[] = [];
  const reason = optionalText(fields, 'reason', MAX_REASON_LENGTH, caller.lang, errors);
  refuseInvalid(context, caller, request, 'lift-restriction', errors);
  const placed = placedRestrictions(context, request);
  const now = context.clock().toISOString();
  const outcomes: RegistryOutcome[] = [];
  for (const [registry, blocks] of placed) {
    const records: RecordOutcome[] = [];
    for (const block of blocks) {
      if (!context.workflows.restrictions.end(block.id, caller.actor, now)) continue;
      audit(context, caller, { action: 'restriction', outcome: 'ok', registry, records: [block.recordId], reason: `request-lift:${request.id}` });
      context.recordChanged(registry, block.recordId);
      records.push({ id: block.recordId, outcome: 'lifted', restriction: block.id });
    }
    if (records.length > 0) outcomes.push({ registry, outcome: 'lifted', records });
  }
  if (outcomes.length === 0) {
    await auditRequest(context, caller, request, 'conflict', 'lift-restriction:none-in-force');
    throw new OperationError('conflict', 'api.request-no-restriction');
  }
  const saved = await save(context, caller, request, {}, 'lift-restriction', ...outcomes.map((outcome) => ({ event: 'restriction-lifted', detail: { ...outcomeDetail(outcome), ...(reason ? { reason } : {}) } })));
  return { request: saved, outcomes };
}

/** The restrictions of this request still in force, by registry. */
export function activeRestrictions(context: OperationContext, caller: Caller, id: string): Map<string, Array<{ id: number; recordId: string }>> {
  return placedRestrictions(context, requestFor(context, caller, id, 'read'));
}

function placedRestrictions(context: OperationContext, request: SubjectRequest): Map<string, Array<{ id: number; recordId: string }>> {
  const placed = new Map<string, Array<{ id: number; recordId: string }>>();
  for (const event of context.workflows.requests.events(request.id)) {
    if (event.event !== 'restriction-placed') continue;
    const registry = String(event.detail['registry']);
    for (const record of (event.detail['records'] as RecordOutcome[] | undefined) ?? []) {
      if (record.restriction === undefined) continue;
      const active = context.workflows.restrictions.active(registry, record.id).some((block) => block.id === record.restriction && block.requestId === request.id);
      if (active) placed.set(registry, [...(placed.get(registry) ?? []), { id: record.restriction, recordId: record.id }]);
    }
  }
  return placed;
}

/**
 * The registries of the request that are still configured, in the request's order, each with the
 * person's record ids in it (none: empty).
 */
async function configuredRegistries(context: OperationContext, request: SubjectRequest): Promise<Array<{ registryId: string; registry: Registry; ids: string[] }>> {
  const records = await personRecords(context, request);
  const found: Array<{ registryId: string; registry: Registry; ids: string[] }> = [];
  for (const registryId of request.registries) {
    const registry = context.registries.get(registryId);
    if (registry) found.push({ registryId, registry, ids: records.get(registryId) ?? [] });
  }
  return found;
}

async function erase(context: OperationContext, caller: Caller, request: SubjectRequest, confirmed: ReadonlySet<string>): Promise<RegistryOutcome[]> {
  const outcomes: RegistryOutcome[] = [];
  for (const { registryId, registry, ids } of await configuredRegistries(context, request)) {
    const grounds = erasureGrounds(registry);
    let outcome: RegistryOutcome;
    if (grounds.kind === 'excluded') {
      outcome = { registry: registryId, outcome: 'refused', records: [], text: erasureRefusal(registry, grounds.bases, request.lang) };
    } else if (ids.length === 0) {
      outcome = { registry: registryId, outcome: 'no-records', records: [] };
    } else if (grounds.kind === 'undetermined' && !confirmed.has(registryId)) {
      const stated = grounds.stated ? (grounds.stated[request.lang] ?? grounds.stated.fi) : undefined;
      outcome = { registry: registryId, outcome: 'needs-decision', records: [], ...(stated ? { text: stated } : {}) };
    } else {
      const done: RecordOutcome[] = [];
      for (const recordId of ids) {
        const result = await eraseRecord(context, { registry: registryId, recordId, actor: caller.actor, reason: `request:${request.id}`, then: 'delete', ...(caller.ip ? { ip: caller.ip } : {}) });
        if (result.outcome === 'blocked') done.push({ id: recordId, outcome: 'blocked', by: result.by });
        else done.push({ id: recordId, outcome: result.outcome === 'not-found' ? 'gone' : 'erased' });
      }
      outcome = { registry: registryId, outcome: done.some((record) => record.outcome === 'blocked') ? 'partly-erased' : 'erased', records: done };
    }
    audit(context, caller, { action: 'request', outcome: 'ok', registry: registryId, records: ids, reason: `erasure:${outcome.outcome}` });
    outcomes.push(outcome);
  }
  return outcomes;
}

async function restrict(context: OperationContext, caller: Caller, request: SubjectRequest, reason: string): Promise<RegistryOutcome[]> {
  const records = await personRecords(context, request);
  const now = context.clock().toISOString();
  const outcomes: RegistryOutcome[] = [];
  for (const registryId of request.registries) {
    const ids = records.get(registryId) ?? [];
    const done: RecordOutcome[] = [];
    for (const recordId of ids) {
      const existing = context.workflows.restrictions.active(registryId, recordId).find((block) => block.requestId === request.id);
      if (existing) {
        done.push({ id: recordId, outcome: 'already-restricted', restriction: existing.id });
        continue;
      }
      const block = context.workflows.restrictions.place({ registry: registryId, recordId, reason, requestId: request.id, placedBy: caller.actor, placedAt: now });
      audit(context, caller, { action: 'restriction', outcome: 'ok', registry: registryId, records: [recordId], reason: `request:${request.id}` });
      context.recordChanged(registryId, recordId);
      done.push({ id: recordId, outcome: 'restricted', restriction: block.id });
    }
    audit(context, caller, { action: 'request', outcome: 'ok', registry: registryId, records: ids, reason: `restriction:${ids.length > 0 ? 'restricted' : 'no-records'}` });
    outcomes.push({ registry: registryId, outcome: ids.length > 0 ? 'restricted' : 'no-records', records: done });
  }
  return outcomes;
}

async function withdrawConsents(context: OperationContext, caller: Caller, request: SubjectRequest, method: ConsentMethod): Promise<RegistryOutcome[]> {
  const outcomes: RegistryOutcome[] = [];
  for (const { registryId, registry, ids } of await configuredRegistries(context, request)) {
    const done: RecordOutcome[] = [];
    for (const recordId of ids) {
      const inForce = registry.consents.filter((consent) => context.workflows.consents.valid(registryId, recordId, consent.id) !== undefined);
      // Through the consents operation: the same checks, history and audit as a withdrawal on the record page.
      for (const consent of inForce) await withdrawConsent(context, caller, registryId, recordId, { consent: consent.id, method });
      done.push({ id: recordId, outcome: inForce.length > 0 ? 'consents-withdrawn' : 'no-consents', consents: inForce.map((consent) => consent.id) });
    }
    const any = done.some((record) => record.outcome === 'consents-withdrawn');
    const outcome: RegistryOutcome['outcome'] = ids.length === 0 ? 'no-records' : any ? 'consents-withdrawn' : 'no-consents';
    audit(context, caller, { action: 'request', outcome: 'ok', registry: registryId, records: ids, reason: `withdraw-consent:${outcome}` });
    outcomes.push({ registry: registryId, outcome, records: done });
  }
  return outcomes;
}

function outcomeDetail(outcome: RegistryOutcome): Record<string, unknown> {
  return { registry: outcome.registry, outcome: outcome.outcome, records: outcome.records, ...(outcome.text ? { text: outcome.text } : {}) };
}
