/**
 * Lifecycle transitions of records: which ones a caller may take now, taking one, and the state
 * history. A transition is offered to a person only when it leaves the record's current state and
 * one of their roles is among the transition's roles (a transition without roles is taken only by
 * a timer). Its guards — fields with a value, dates after today, a consent on file — and a
 * restriction of processing (GDPR Art 18) decide whether it can be taken now; an offered
 * transition that cannot be taken says why. Taking one writes the new state, the version, the
 * state-history entry and the audit entry in one transaction; every refusal is audited too.
 */
import type { AuditDraft } from '../audit/audit-log.js';
import { accessFor, hasAnyRole, topFields, type Access } from '../access/access.js';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import type { Lifecycle, Registry, Text, Timer, Transition } from '../model/types.js';
import type { FieldError } from '../schema/record-validator.js';
import type { RecordData, StoredRecord } from '../storage/record-store.js';
import { currentState, stateHistoryOf, stateOf } from '../workflows/lifecycle-state.js';
import type { StateEntry } from '../workflows/workflow-stores.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit, authorize, draft, view, type RecordView } from './records.js';

export { stateEnteredAt } from '../workflows/lifecycle-state.js';

/** Why a transition cannot be taken now, most fundamental first. */
export type BlockCode = 'restricted' | 'missing-fields' | 'date-not-future' | 'no-consent';

export interface TransitionBlock {
  code: BlockCode;
  /** A short message (`api.transition-blocked.*`) and its parameters, worded in the caller's language. */
  key: string;
  params: MessageParams;
  /** The fields a field guard found wanting. */
  fields?: string[];
  /** The consent not on file. */
  consent?: string;
}

export interface OfferedTransition {
  transition: Transition;
  /** Set when a guard is not met: the transition is shown, but taking it is refused. */
  blockedBy?: TransitionBlock;
}

export interface TransitionOptions {
  /** The version the caller saw (`If-Match`); a different current version is refused (412). */
  expectedVersion?: number;
  /**
   * Taken by a timer: the actor is `system`; instead of the caller's roles, the timer must declare
   * this transition and the record must still be in the timer's state. The state is entered at
   * `at`, the timer's due time (so chained timers catch up correctly after downtime).
   */
  byTimer?: { timer: string; at: string };
}

/** Audit reason codes of refusals (`reason` of the `transition` entries). */
const REASON: Record<BlockCode, string> = {
  restricted: 'restricted',
  'missing-fields': 'missing-fields',
  'date-not-future': 'date-not-future',
  'no-consent': 'no-consent',
};

/** Longest piece of a request (an id from a URL) repeated in a message. */
const MAX_ECHO = 100;

/**
 * The transitions from the record's current state that the caller's roles may take, in the
 * order the registry declares them, each with what blocks it now (if anything). Pass the stored
 * record: from a `RecordView`, fields withheld from the caller count as present (taking the
 * transition checks the stored record). Reads no more than it is given; not audited.
 */
export function availableTransitions(context: OperationContext, caller: Caller, registryId: string, record: StoredRecord | RecordView): OfferedTransition[] {
  const registry = context.registries.get(registryId);
  if (!registry) throw new OperationError('not-found', 'api.registry-not-found', { id: registryId.slice(0, MAX_ECHO) });
  const lifecycle = registry.lifecycle;
  const state = currentState(lifecycle, record);
  if (!lifecycle || state === undefined) return [];
  const roles = accessFor(registry, caller.roles.get(registry.id) ?? []).roles;
  return lifecycle.transitions
    .filter((transition) => transition.from.includes(state) && transition.roles.some((role) => roles.includes(role)))
    .map((transition) => {
      const blockedBy = unmetGuard(context, registry, transition, record, caller.lang);
      return blockedBy ? { transition, blockedBy } : { transition };
    });
}

/**
 * Takes a transition: checks (in this order) the registry and the caller's role in it, that the
 * transition exists, the record, who may take it (roles, or the timer), the version, the current
 * state, a restriction and the guards; then writes the new state with version + 1, the
 * state-history entry and the audit entry (`transition`, reason: the transition id) in one
 * transaction, and tells the context the record changed. Every refusal is audited and thrown as
 * an `OperationError` whose message names what is wrong (and what would be right).
 */
export async function transitionRecord(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  recordId: string,
  transitionId: string,
  options: TransitionOptions = {},
): Promise<RecordView> {
  const timer = options.byTimer;
  const actor: Caller = timer ? { ...caller, actor: 'system', roles: new Map() } : caller;
  const { registry, access } = timer ? timerAccess(context, registryId) : authorize(context, actor, registryId, 'transition', hasAnyRole, recordId);
  const refuse = (outcome: AuditDraft['outcome'], reason: string | undefined, error: OperationError, fields?: string[]): never => {
    audit(context, actor, { action: 'transition', outcome, registry: registry.id, records: [recordId], ...(fields ? { fields } : {}), ...(reason ? { reason } : {}) });
    throw error;
  };
  const lifecycle = registry.lifecycle;
  if (!lifecycle) return refuse('invalid', 'no-lifecycle', new OperationError('not-found', 'api.no-lifecycle', { registry: registry.id }));
  const transition = lifecycle.transitions.find((candidate) => candidate.id === transitionId);
  if (!transition) {
    return refuse(
      'invalid',
      'unknown-transition',
      new OperationError('not-found', 'api.unknown-transition', {
        transition: transitionId.slice(0, MAX_ECHO),
        registry: registry.id,
        known: lifecycle.transitions.map((known) => known.id).join(', '),
      }),
    );
  }
  const lang = caller.lang;
  const name = textIn(transition.name, lang);
  const current = await context.store.get(registry.id, recordId);
  if (!current) return refuse('not-found', undefined, new OperationError('not-found', 'api.record-not-found', { id: recordId.slice(0, MAX_ECHO) }));
  const state = currentState(lifecycle, current)!;

  if (timer) {
    const declared = lifecycle.timers.find((candidate) => candidate.id === timer.timer);
    if (!declared || declared.transition !== transition.id) {
      return refuse('denied', 'timer-may-not', new OperationError('forbidden', 'api.transition-timer-mismatch', { timer: timer.timer.slice(0, MAX_ECHO), transition: transition.id }));
    }
    if (declared.state !== state) return refuse('conflict', 'timer-state-left', staleTimer(lifecycle, declared, state, lang));
  } else if (!transition.roles.some((role) => access.roles.includes(role))) {
    if (transition.roles.length === 0) return refuse('denied', 'timer-only', new OperationError('forbidden', 'api.transition-timer-only', { transition: name }));
    const roles = transition.roles.map((id) => textIn(registry.roles.find((role) => role.id === id)?.name ?? { fi: id }, lang)).join(', ');
    return refuse('denied', 'role-may-not', new OperationError('forbidden', 'api.transition-role-may-not', { transition: name, roles }));
  }

  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    return refuse('conflict', 'version-mismatch', new OperationError('precondition-failed', 'api.version-mismatch', { expected: options.expectedVersion, current: current.version }));
  }
  if (!transition.from.includes(state)) {
    return refuse(
      'conflict',
      'wrong-state',
      new OperationError('conflict', 'api.transition-wrong-state', {
        transition: name,
        state: stateName(lifecycle, state, lang),
        from: transition.from.map((id) => `"${stateName(lifecycle, id, lang)}"`).join(', '),
      }),
    );
  }
  const blocked = unmetGuard(context, registry, transition, current, lang);
  if (blocked) {
    const reason = translate(API_MESSAGES, blocked.key, lang, blocked.params);
    const kind = blocked.code === 'restricted' ? 'conflict' : 'invalid';
    return refuse(
      blocked.code === 'restricted' ? 'denied' : 'invalid',
      REASON[blocked.code],
      new OperationError(kind, 'api.transition-refused', { transition: name, reason }, fieldErrors(registry, blocked, lang)),
      blocked.fields,
    );
  }

  const now = context.clock().toISOString();
  const entry: StateEntry = { state: transition.to, transition: transition.id, enteredAt: timer ? timer.at : now, actor: actor.actor };
  // The values are not touched (nor validated again): the record stays under the definition version it was written under.
  const updated: StoredRecord = { ...current, state: transition.to, version: current.version + 1, updatedAt: now, updatedBy: actor.actor };
  const outcome = await context.store.update(
    updated,
    current.version,
    draft(actor, { action: 'transition', outcome: 'ok', registry: registry.id, records: [recordId], reason: transition.id }),
    entry,
  );
  if (outcome === 'not-found') return refuse('not-found', undefined, new OperationError('not-found', 'api.record-not-found', { id: recordId.slice(0, MAX_ECHO) }));
  if (outcome === 'conflict') return refuse('conflict', 'concurrent-update', new OperationError('conflict', 'api.concurrent-update', { id: recordId }));
  context.recordChanged(registry.id, recordId);
  return view(access, outcome);
}

/**
 * The record's state history, oldest first, its creation first (for a record from before the
 * history: made up from the record, see `lifecycle-state.ts`). Needs read access; audited as a
 * read of the record without fields, reason `state-history`.
 */
export async function stateHistory(context: OperationContext, caller: Caller, registryId: string, recordId: string): Promise<StateEntry[]> {
  const { registry } = authorize(context, caller, registryId, 'read', (access) => access.read.size > 0, recordId);
  const record = await context.store.get(registry.id, recordId);
  if (!record) {
    audit(context, caller, { action: 'read', outcome: 'not-found', registry: registry.id, records: [recordId], reason: 'state-history' });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId.slice(0, MAX_ECHO) });
  }
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'state-history' });
  return stateHistoryOf(context, record);
}

/**
 * Where a record stands: its state, version, the transitions offered to the caller and the state
 * history, in one read (for the API). Needs read access; audited as a read without fields, reason
 * `transitions`.
 */
export async function recordLifecycle(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  recordId: string,
): Promise<{ registry: Registry; record: StoredRecord; state: string | undefined; offered: OfferedTransition[]; history: StateEntry[] }> {
  const { registry } = authorize(context, caller, registryId, 'read', (access) => access.read.size > 0, recordId);
  const record = await context.store.get(registry.id, recordId);
  if (!record) {
    audit(context, caller, { action: 'read', outcome: 'not-found', registry: registry.id, records: [recordId], reason: 'transitions' });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId.slice(0, MAX_ECHO) });
  }
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'transitions' });
  return {
    registry,
    record,
    state: currentState(registry.lifecycle, record),
    offered: availableTransitions(context, caller, registry.id, record),
    history: stateHistoryOf(context, record),
  };
}

/** The first unmet guard of the transition for this record, or undefined when it can be taken. */
function unmetGuard(context: OperationContext, registry: Registry, transition: Transition, record: StoredRecord | RecordView, lang: Lang): TransitionBlock | undefined {
  if (context.workflows.restrictions.active(registry.id, record.id).length > 0) return { code: 'restricted', key: 'api.transition-blocked.restricted', params: {} };
  const hidden = 'hidden' in record ? record.hidden : [];
  const missing = transition.requires.fields.filter((field) => !hasValue(record.data[field]) && !hidden.includes(field));
  if (missing.length > 0) return { code: 'missing-fields', key: 'api.transition-blocked.fields', params: { fields: labels(registry, missing, lang) }, fields: missing };
  const now = context.clock();
  const past = (transition.requires.futureDates ?? []).filter((field) => !hidden.includes(field) && !isAfterToday(record.data, field, now));
  if (past.length > 0) return { code: 'date-not-future', key: 'api.transition-blocked.dates', params: { fields: labels(registry, past, lang) }, fields: past };
  const consent = transition.requires.consent;
  if (consent !== undefined && context.workflows.consents.valid(registry.id, record.id, consent) === undefined) {
    const declared = registry.consents.find((candidate) => candidate.id === consent);
    return { code: 'no-consent', key: 'api.transition-blocked.consent', params: { consent: declared ? textIn(declared.name, lang) : consent }, consent };
  }
  return undefined;
}

/** One field error per field a guard found wanting, so an API client can point at them. */
function fieldErrors(registry: Registry, blocked: TransitionBlock, lang: Lang): FieldError[] {
  const key = blocked.code === 'missing-fields' ? 'api.transition-field-missing' : blocked.code === 'date-not-future' ? 'api.transition-date-not-future' : undefined;
  if (!key) return [];
  return (blocked.fields ?? []).map((field) => ({
    pointer: `/${field}`,
    field,
    message: translate(API_MESSAGES, key, lang, { label: labels(registry, [field], lang) }),
    keyword: blocked.code === 'missing-fields' ? 'required' : 'formatMinimum',
  }));
}

function staleTimer(lifecycle: Lifecycle, timer: Timer, state: string, lang: Lang): OperationError {
  return new OperationError('conflict', 'api.transition-timer-stale', { timer: timer.id, timerState: stateName(lifecycle, timer.state, lang), state: stateName(lifecycle, state, lang) });
}

/** Timers act in any registry: no role, and they see no values. */
function timerAccess(context: OperationContext, registryId: string): { registry: Registry; access: Access } {
  const registry = context.registries.get(registryId);
  if (!registry) throw new OperationError('not-found', 'api.registry-not-found', { id: registryId.slice(0, MAX_ECHO) });
  return { registry, access: accessFor(registry, []) };
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Today in Finland, as `YYYY-MM-DD`: the municipalities' day, whatever the server's zone. */
function finnishDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A date later than today in Finland, or a date-time later than now. */
function isAfterToday(data: RecordData, field: string, now: Date): boolean {
  const value = data[field];
  if (typeof value !== 'string') return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value > finnishDate(now);
  const time = Date.parse(value);
  return Number.isFinite(time) && time > now.getTime();
}

function labels(registry: Registry, fields: readonly string[], lang: Lang): string {
  const byId = new Map(topFields(registry).map((field) => [field.id, field]));
  return fields.map((id) => (byId.has(id) ? textIn(byId.get(id)!.label, lang) : id)).join(', ');
}

function stateName(lifecycle: Lifecycle, id: string, lang: Lang): string {
  const state = stateOf(lifecycle, id);
  return state ? textIn(state.name, lang) : id;
}

function textIn(text: Text, lang: Lang): string {
  return text[lang] ?? text.fi;
}
