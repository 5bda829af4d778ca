/**
 * Consents of the person of a record: giving, withdrawing, the status of each consent the
 * registry declares and the history of events (never overwritten: each event is appended, the
 * latest one decides). Shared by the API, the staff pages and data-subject requests.
 *
 * - Who: giving needs the role ability `manage-consents`; withdrawing `manage-consents` or
 *   `handle-requests` (a handler of a consent-withdrawal request carries it out) — withdrawing is
 *   never harder than giving (GDPR 7(3)). Reading needs a role that may read the record.
 * - How: giving with one of the methods the registry declares for that consent (Joensuu's
 *   `tietojenvaihto`: a signed form only); withdrawing with any method — the person may withdraw
 *   however they like.
 * - When: the moment the person gave or withdrew it (`event-time.ts`), not in the future, not
 *   before the previous event of that consent.
 * - Giving a consent in force, or withdrawing one not in force, is refused (409) and names the
 *   event in force: a second identical event would only blur the history, and a double
 *   submission is better told than silently absorbed.
 * - A restriction of processing (GDPR 18) blocks neither: a withdrawal must always be possible,
 *   and 18(2) lets restricted data be processed with the person's consent, so recording that
 *   they gave it is allowed; what the consent would allow (a disclosure) is refused while the
 *   restriction is in force.
 * Every attempt leaves an audit entry (action `consent`, reason `give:<consent>` /
 * `withdraw:<consent>`, refusals `<verb>:<consent>:<code>`), ids and codes only.
 */
import type { AuditOutcome } from '../audit/audit-log.js';
import { translate, type Lang } from '../i18n/catalogue.js';
import { CONSENT_API_MESSAGES } from '../i18n/consent-messages.js';
import type { Consent, Registry, Text } from '../model/types.js';
import { formatDate } from '../notices/formatting.js';
import type { ConsentEvent, ConsentMethod } from '../workflows/workflow-stores.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError, type ErrorKind } from './errors.js';
import { eventTime, helsinkiDate } from './event-time.js';
import { audit, authorize } from './records.js';

export const CONSENT_METHODS: readonly ConsentMethod[] = ['signed-form', 'written', 'oral', 'electronic'];

/** What is recorded: which declared consent, how and when (default now). */
export interface ConsentInput {
  consent: string;
  method: string;
  /** ISO date or date-time with offset; undefined: now. */
  at?: string;
}

/** One declared consent of a record: where it stands and how it got there. */
export interface ConsentStatus {
  /** The consent as the registry declares it. */
  consent: Consent;
  /** `none`: never given. */
  state: 'given' | 'withdrawn' | 'none';
  /** The `given` event in force, if any. */
  valid?: ConsentEvent;
  /** Every event of this consent, oldest first. */
  history: ConsentEvent[];
}

/** The status of every consent the registry declares for the record (audited as a read). */
export async function consentStatus(context: OperationContext, caller: Caller, registryId: string, recordId: string): Promise<ConsentStatus[]> {
  const registry = await readable(context, caller, registryId, recordId);
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'consents' });
  return registry.consents.map((consent) => statusOf(context, registry.id, recordId, consent));
}

/**
 * Every consent event of the record (of one consent with `consentId`), oldest first, events of
 * consents no longer declared included (audited as a read). For the access package of a request.
 */
export async function consentHistory(context: OperationContext, caller: Caller, registryId: string, recordId: string, consentId?: string): Promise<ConsentEvent[]> {
  const registry = await readable(context, caller, registryId, recordId);
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'consents' });
  return context.workflows.consents.history(registry.id, recordId, consentId);
}

/** Records that the person gave a consent; returns its new status. */
export async function giveConsent(context: OperationContext, caller: Caller, registryId: string, recordId: string, input: ConsentInput): Promise<ConsentStatus> {
  return recordEvent(context, caller, registryId, recordId, 'give', input);
}

/** Records that the person withdrew a consent; returns its new status. Never blocked by a restriction. */
export async function withdrawConsent(context: OperationContext, caller: Caller, registryId: string, recordId: string, input: ConsentInput): Promise<ConsentStatus> {
  return recordEvent(context, caller, registryId, recordId, 'withdraw', input);
}

/**
 * A consent event as the API and the staff pages receive it: `{consent, action: 'give' |
 * 'withdraw', method, at?}`, checked here (400 for a malformed body, audited).
 */
export async function recordConsentEvent(context: OperationContext, caller: Caller, registryId: string, recordId: string, body: unknown): Promise<ConsentStatus> {
  const action = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)['action'] : undefined;
  const verb = action === 'give' || action === 'withdraw' ? action : undefined;
  const { registry } = authorize(context, caller, registryId, 'consent', (a) => a.can.has('manage-consents') || (verb === 'withdraw' && a.can.has('handle-requests')), recordId);
  const refuse = (key: string, params: Record<string, string> = {}): never => {
    audit(context, caller, { action: 'consent', outcome: 'invalid', registry: registry.id, records: [recordId], reason: 'bad-body' });
    throw new OperationError('bad-request', key, params);
  };
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return refuse('api.consent.body');
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !['consent', 'action', 'method', 'at'].includes(key));
  if (unknown !== undefined) return refuse('api.consent.unknown-property', { name: unknown.slice(0, 100) });
  for (const name of ['consent', 'action', 'method']) if (typeof fields[name] !== 'string' || fields[name] === '') return refuse('api.consent.missing', { name });
  if (fields['at'] !== undefined && typeof fields['at'] !== 'string') return refuse('api.consent.missing', { name: 'at' });
  if (!verb) return refuse('api.consent.bad-action', { action: String(fields['action']).slice(0, 100) });
  const input: ConsentInput = { consent: fields['consent'] as string, method: fields['method'] as string, ...(fields['at'] === undefined ? {} : { at: fields['at'] as string }) };
  return recordEvent(context, caller, registryId, recordId, verb, input);
}

async function recordEvent(context: OperationContext, caller: Caller, registryId: string, recordId: string, verb: 'give' | 'withdraw', input: ConsentInput): Promise<ConsentStatus> {
  const { registry } = authorize(context, caller, registryId, 'consent', (a) => a.can.has('manage-consents') || (verb === 'withdraw' && a.can.has('handle-requests')), recordId);
  const lang = caller.lang;
  const refuse = (kind: ErrorKind, outcome: AuditOutcome, code: string, key: string, params: Record<string, string> = {}): never => {
    audit(context, caller, { action: 'consent', outcome, registry: registry.id, records: [recordId], reason: reasonCode(verb, input.consent, code) });
    throw new OperationError(kind, key, params);
  };
  if (typeof input?.consent !== 'string' || typeof input.method !== 'string' || (input.at !== undefined && typeof input.at !== 'string')) {
    return refuse('bad-request', 'invalid', 'bad-body', 'api.consent.body');
  }
  if (!(await context.store.get(registry.id, recordId))) {
    audit(context, caller, { action: 'consent', outcome: 'not-found', registry: registry.id, records: [recordId] });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId });
  }
  const consent = registry.consents.find((candidate) => candidate.id === input.consent);
  if (!consent) {
    if (registry.consents.length === 0) return refuse('invalid', 'invalid', 'unknown-consent', 'api.consent.none-declared', { registry: registry.id });
    return refuse('invalid', 'invalid', 'unknown-consent', 'api.consent.unknown', { consent: input.consent.slice(0, 100), declared: declaredConsents(registry, lang) });
  }
  const name = textIn(consent.name, lang);
  const allowed: readonly ConsentMethod[] = verb === 'give' ? consent.methods : CONSENT_METHODS;
  if (!(allowed as readonly string[]).includes(input.method)) {
    const params = { consent: name, method: input.method.slice(0, 100), allowed: allowed.map((method) => `${methodName(method, lang)} (${method})`).join(', ') };
    return refuse('invalid', 'invalid', 'method-not-allowed', verb === 'give' ? 'api.consent.method-not-allowed' : 'api.consent.unknown-method', params);
  }
  const store = context.workflows.consents;
  const history = store.history(registry.id, recordId, consent.id);
  const latest = latestOf(history);
  const inForce = store.valid(registry.id, recordId, consent.id);
  if (verb === 'give' && inForce) {
    return refuse('conflict', 'conflict', 'already-given', 'api.consent.already-given', { consent: name, at: dateIn(inForce.at, lang), method: methodName(inForce.method, lang) });
  }
  if (verb === 'withdraw' && !inForce) {
    return latest
      ? refuse('conflict', 'conflict', 'not-in-force', 'api.consent.already-withdrawn', { consent: name, at: dateIn(latest.at, lang) })
      : refuse('conflict', 'conflict', 'not-in-force', 'api.consent.never-given', { consent: name });
  }
  const time = eventTime(input.at, context.clock(), latest?.at);
  if (!time.ok) {
    const params = { name: 'at', value: (input.at ?? '').slice(0, 100), previous: latest ? dateIn(latest.at, lang) : '' };
    return refuse('invalid', 'invalid', time.reason, `api.event-time.${time.reason}`, params);
  }
  store.record(
    {
      registry: registry.id,
      recordId,
      consent: consent.id,
      event: verb === 'give' ? 'given' : 'withdrawn',
      at: time.at,
      method: input.method as ConsentMethod,
      recordedBy: caller.actor,
      recordedAt: context.clock().toISOString(),
    },
    () => audit(context, caller, { action: 'consent', outcome: 'ok', registry: registry.id, records: [recordId], reason: reasonCode(verb, consent.id) }),
  );
  return statusOf(context, registry.id, recordId, consent);
}

/** A consent's status from the store, without auditing (the caller has). */
export function statusOf(context: OperationContext, registryId: string, recordId: string, consent: Consent): ConsentStatus {
  const history = context.workflows.consents.history(registryId, recordId, consent.id);
  const valid = context.workflows.consents.valid(registryId, recordId, consent.id);
  const latest = latestOf(history);
  return { consent, state: valid ? 'given' : latest ? 'withdrawn' : 'none', ...(valid ? { valid } : {}), history };
}

/** The registry, after checking the caller may read the record and that it exists (audited refusals). */
async function readable(context: OperationContext, caller: Caller, registryId: string, recordId: string): Promise<Registry> {
  const { registry } = authorize(context, caller, registryId, 'read', (a) => a.read.size > 0, recordId);
  if (!(await context.store.get(registry.id, recordId))) {
    audit(context, caller, { action: 'read', outcome: 'not-found', registry: registry.id, records: [recordId] });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId });
  }
  return registry;
}

/** The event that decides, as the store orders them: the latest `at`, ties to the later-recorded. */
function latestOf(history: readonly ConsentEvent[]): ConsentEvent | undefined {
  return [...history].sort((a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1)).at(-1);
}

/**
 * An audit reason: `give:<consent>`, `withdraw:<consent>:<code>`; a consent id too long for the
 * 64 characters of a reason (ids are up to 63) is left out rather than cut.
 */
export function reasonCode(verb: string, consent: unknown, code?: string): string {
  const id = typeof consent === 'string' && /^[a-z][a-z0-9_]{0,62}$/.test(consent) ? consent : undefined;
  const full = [verb, id, code].filter((part) => part !== undefined).join(':');
  return full.length <= 64 ? full : [verb, code].filter((part) => part !== undefined).join(':');
}

/** A consent method as people read it. */
export function methodName(method: string, lang: Lang): string {
  return translate(CONSENT_API_MESSAGES, `api.consent.method.${method}`, lang);
}

function declaredConsents(registry: Registry, lang: Lang): string {
  return registry.consents.map((consent) => `${textIn(consent.name, lang)} (${consent.id})`).join(', ');
}

function dateIn(iso: string, lang: Lang): string {
  return formatDate(helsinkiDate(iso), lang);
}

/** A definition's text in `lang`, Finnish where it has no translation (for messages). */
export function textIn(text: Text, lang: Lang): string {
  return text[lang] ?? text.fi;
}
