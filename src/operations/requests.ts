/**
 * Data-subject requests (GDPR Art 12–22): recording one, listing and reading them, and the staff
 * steps that every kind shares — verifying the person's identity, extending the deadline once
 * with a reason (Art 12(3)), and closing it as completed, refused or withdrawn with a resolution.
 * What a request does to records (erasure, restriction, consent withdrawal) is in
 * `request-actions.ts`, the access package in `request-package.ts`.
 *
 * Needs the `handle-requests` ability in every registry a request concerns. Every step and every
 * refusal is audited as `request` with a reason `<kind>:<step>`, one entry per registry; the
 * identity code never goes into the audit log (entries name the person's records instead).
 */
import { accessFor } from '../access/access.js';
import type { AuditOutcome } from '../audit/audit-log.js';
import { checkPersonalIdentityCode } from '../formats/personal-identity-code.js';
import { translate, type Lang } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import type { Registry } from '../model/types.js';
import { formatDate } from '../notices/formatting.js';
import { finnishDate, isCalendarDate, latestExtension, requestDeadline } from '../requests/deadline.js';
import type { FieldError } from '../schema/record-validator.js';
import {
  REQUEST_KINDS,
  REQUEST_STATUSES,
  type NewEvent,
  type RequestEvent,
  type RequestKind,
  type RequestStatus,
  type SubjectRequest,
} from '../workflows/request-store.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit } from './records.js';

/** Open requests due within this many days are "due soon". */
export const DUE_SOON_DAYS = 7;
export const MAX_RESOLUTION_LENGTH = 10_000;
export const MAX_REASON_LENGTH = 2_000;
const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const CREATE_KEYS = new Set(['kind', 'personal_identity_code', 'registries', 'received', 'identity_verified', 'lang']);

/** A request as staff see it: the stored request and where it stands today. */
export interface RequestView extends SubjectRequest {
  /** The deadline in force (the extended one, if extended). */
  due: string;
  /** Open and past its deadline. */
  overdue: boolean;
  /** Open and due within `DUE_SOON_DAYS` days. */
  dueSoon: boolean;
}

/** A request with its history and the person's records in the registries it concerns. */
export interface RequestDetail {
  request: RequestView;
  events: RequestEvent[];
  records: Array<{ registry: string; id: string }>;
}

/** Records a new request. `body` as the API or the form received it. */
export async function createRequest(context: OperationContext, caller: Caller, body: unknown): Promise<RequestView> {
  const handled = handledRegistries(context, caller);
  if (handled.length === 0) {
    audit(context, caller, { action: 'request', outcome: 'denied', reason: 'create:role-may-not' });
    throw new OperationError('forbidden', 'api.request-forbidden');
  }
  const input = checkCreate(context, caller, body);
  let registries: Registry[];
  if (input.registries) {
    const refused = input.registries.filter((registry) => !handled.includes(registry));
    if (refused.length > 0) {
      for (const registry of refused) audit(context, caller, { action: 'request', outcome: 'denied', registry: registry.id, reason: `${input.kind}:create:role-may-not` });
      throw new OperationError('forbidden', 'api.request-forbidden-registries', { registries: refused.map((registry) => registry.id).join(', ') });
    }
    registries = input.registries;
  } else {
    // By default the registries where the person has records; with none, every registry the
    // caller handles, so that the answer ("we hold no data about you") covers them all.
    const withRecords: Registry[] = [];
    for (const registry of handled) if ((await context.store.findByIdentityCode(registry.id, input.code)).length > 0) withRecords.push(registry);
    registries = withRecords.length > 0 ? withRecords : handled;
  }
  const due = requestDeadline(registries, input.kind, input.received);
  const now = context.clock().toISOString();
  const request: SubjectRequest = {
    id: context.newId(),
    kind: input.kind,
    identityCode: input.code,
    registries: registries.map((registry) => registry.id),
    receivedAt: input.received,
    identityVerified: input.verified,
    lang: input.lang,
    deadline: due.deadline,
    status: 'open',
    version: 1,
    createdBy: caller.actor,
    createdAt: now,
    updatedAt: now,
  };
  context.workflows.requests.create(request, {
    at: now,
    actor: caller.actor,
    event: 'created',
    detail: {
      registries: request.registries,
      received: request.receivedAt,
      deadline: request.deadline,
      period: due.period,
      ...(due.registry ? { deadline_from: due.registry } : {}),
      identity_verified: request.identityVerified,
      lang: request.lang,
    },
  });
  await auditRequest(context, caller, request, 'ok', 'create');
  return viewOf(context, request);
}

/** List parameters as the API or a page received them (strings), checked here. */
export interface RequestListParams {
  status?: string;
  overdue?: string;
  limit?: number;
  offset?: number;
}

/** The requests the caller handles: those concerning only registries where they have `handle-requests`. */
export function listRequests(
  context: OperationContext,
  caller: Caller,
  params: RequestListParams,
): { items: RequestView[]; total: number; limit: number; offset: number } {
  const handled = handledRegistries(context, caller);
  if (handled.length === 0) {
    audit(context, caller, { action: 'request', outcome: 'denied', reason: 'list:role-may-not' });
    throw new OperationError('forbidden', 'api.request-forbidden');
  }
  const limit = params.limit ?? 50;
  const offset = params.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new OperationError('bad-request', 'api.bad-limit', { max: 200 });
  if (!Number.isInteger(offset) || offset < 0) throw new OperationError('bad-request', 'api.bad-offset');
  if (params.status !== undefined && params.status !== '' && !(REQUEST_STATUSES as readonly string[]).includes(params.status)) {
    throw new OperationError('bad-request', 'api.request-bad-status', { status: params.status.slice(0, 40), allowed: REQUEST_STATUSES.join(', ') });
  }
  if (params.overdue !== undefined && params.overdue !== 'true' && params.overdue !== 'false') {
    throw new OperationError('bad-request', 'api.request-bad-overdue');
  }
  const page = context.workflows.requests.list({
    ...(params.status ? { status: params.status as RequestStatus } : {}),
    ...(params.overdue === 'true' ? { overdueOn: today(context) } : {}),
    excluded: [...context.registries.keys()].filter((id) => !handled.some((registry) => registry.id === id)),
    limit,
    offset,
  });
  // The list holds identity codes: reading it is a use of personal data.
  audit(context, caller, { action: 'request', outcome: 'ok', reason: 'list' });
  return { items: page.items.map((request) => viewOf(context, request)), total: page.total, limit, offset };
}

/** One request, its history and the person's records (ids) in its registries. */
export async function readRequest(context: OperationContext, caller: Caller, id: string): Promise<RequestDetail> {
  const request = requestFor(context, caller, id, 'read');
  const records = await personRecords(context, request);
  await auditRequest(context, caller, request, 'ok', 'read', records);
  return {
    request: viewOf(context, request),
    events: context.workflows.requests.events(request.id),
    records: [...records].flatMap(([registry, ids]) => ids.map((recordId) => ({ registry, id: recordId }))),
  };
}

/** Marks the person's identity verified (idempotent); `note` says how, e.g. "passport shown". */
export async function verifyIdentity(context: OperationContext, caller: Caller, id: string, body: unknown, expectedVersion?: number): Promise<RequestView> {
  const request = openRequestFor(context, caller, id, 'verify-identity', expectedVersion);
  const fields = bodyObject(context, caller, request, 'verify-identity', body, ['note']);
  const errors: FieldError[] = [];
  const note = optionalText(fields, 'note', MAX_REASON_LENGTH, caller.lang, errors);
  refuseInvalid(context, caller, request, 'verify-identity', errors);
  if (request.identityVerified) return viewOf(context, request);
  return save(context, caller, request, { identityVerified: true }, 'verify-identity', { event: 'identity-verified', detail: note ? { note } : {} });
}

/**
 * Extends the deadline once (Art 12(3)): by at most two further months, with a reason, before the
 * deadline has passed. `until` defaults to the latest date allowed.
 */
export async function extendRequest(context: OperationContext, caller: Caller, id: string, body: unknown, expectedVersion?: number): Promise<RequestView> {
  const request = openRequestFor(context, caller, id, 'extend', expectedVersion);
  const fields = bodyObject(context, caller, request, 'extend', body, ['reason', 'until']);
  if (request.extendedTo !== undefined) {
    await auditRequest(context, caller, request, 'conflict', 'extend:already-extended');
    throw new OperationError('conflict', 'api.request-already-extended', { until: formatDate(request.extendedTo, caller.lang) });
  }
  if (today(context) > request.deadline) {
    await auditRequest(context, caller, request, 'conflict', 'extend:too-late');
    throw new OperationError('conflict', 'api.request-extension-late', { deadline: formatDate(request.deadline, caller.lang) });
  }
  const errors: FieldError[] = [];
  const reason = requiredText(fields, 'reason', MAX_REASON_LENGTH, caller.lang, errors);
  const latest = latestExtension(request.deadline);
  let until = latest;
  const asked = fields['until'];
  if (asked !== undefined && asked !== null && asked !== '') {
    if (typeof asked !== 'string' || !isCalendarDate(asked)) errors.push(fieldError('until', 'api.request-field-date', caller.lang));
    else if (asked <= request.deadline || asked > latest) errors.push(fieldError('until', 'api.request-until-range', caller.lang, { deadline: formatDate(request.deadline, caller.lang), latest: formatDate(latest, caller.lang) }));
    else until = asked;
  }
  refuseInvalid(context, caller, request, 'extend', errors);
  return save(context, caller, request, { extendedTo: until, extensionReason: reason! }, 'extend', { event: 'extended', detail: { until, reason: reason! } });
}

/** Closes an open request: completed or refused with a resolution, or withdrawn by the person. */
export async function closeRequest(
  context: OperationContext,
  caller: Caller,
  id: string,
  status: Exclude<RequestStatus, 'open'>,
  body: unknown,
  expectedVersion?: number,
): Promise<RequestView> {
  const step = status === 'completed' ? 'complete' : status === 'refused' ? 'refuse' : 'withdraw';
  const request = openRequestFor(context, caller, id, step, expectedVersion);
  const fields = bodyObject(context, caller, request, step, body, ['resolution']);
  const errors: FieldError[] = [];
  // A withdrawn request needs no answer; a completed or refused one is answered with the resolution.
  const resolution =
    status === 'withdrawn' ? optionalText(fields, 'resolution', MAX_RESOLUTION_LENGTH, caller.lang, errors) : requiredText(fields, 'resolution', MAX_RESOLUTION_LENGTH, caller.lang, errors);
  refuseInvalid(context, caller, request, step, errors);
  return save(context, caller, request, { status, ...(resolution ? { resolution } : {}) }, step, { event: status, detail: resolution ? { resolution } : {} });
}

// ---------------------------------------------------------------------------------------------
// Shared by the request operations (`request-actions.ts`, `request-package.ts`)

/** Registries where the caller has `handle-requests`. */
export function handledRegistries(context: OperationContext, caller: Caller): Registry[] {
  return [...context.registries.values()].filter((registry) => accessFor(registry, caller.roles.get(registry.id) ?? []).can.has('handle-requests'));
}

/** The request, if the caller handles every registry it concerns; refusals audited. */
export function requestFor(context: OperationContext, caller: Caller, id: string, step: string): SubjectRequest {
  const request = context.workflows.requests.get(id);
  const handled = new Set(handledRegistries(context, caller).map((registry) => registry.id));
  if (!request) {
    audit(context, caller, { action: 'request', outcome: handled.size === 0 ? 'denied' : 'not-found', reason: `${step}:${handled.size === 0 ? 'role-may-not' : 'not-found'}` });
    if (handled.size === 0) throw new OperationError('forbidden', 'api.request-forbidden');
    throw new OperationError('not-found', 'api.request-not-found', { id: id.slice(0, 100) });
  }
  // A registry no longer loaded holds no records to act on: it does not block the request.
  const refused = request.registries.filter((registry) => context.registries.has(registry) && !handled.has(registry));
  if (refused.length > 0) {
    for (const registry of refused) audit(context, caller, { action: 'request', outcome: 'denied', registry, reason: `${request.kind}:${step}:role-may-not` });
    throw new OperationError('forbidden', 'api.request-forbidden-registries', { registries: refused.join(', ') });
  }
  return request;
}

/** The request for a step that needs it open and (with `If-Match`) at the version the caller read. */
export function openRequestFor(context: OperationContext, caller: Caller, id: string, step: string, expectedVersion?: number, allowClosed = false): SubjectRequest {
  const request = requestFor(context, caller, id, step);
  if (expectedVersion !== undefined && expectedVersion !== request.version) {
    audit(context, caller, { action: 'request', outcome: 'conflict', reason: `${request.kind}:${step}:version-mismatch` });
    throw new OperationError('precondition-failed', 'api.request-version-mismatch', { expected: expectedVersion, current: request.version });
  }
  if (!allowClosed && request.status !== 'open') {
    audit(context, caller, { action: 'request', outcome: 'conflict', reason: `${request.kind}:${step}:closed` });
    throw new OperationError('conflict', 'api.request-closed', { status: translate(API_MESSAGES, `api.request-status.${request.status}`, caller.lang) });
  }
  return request;
}

/** Refuses a step that needs the person's identity verified first. */
export async function requireVerified(context: OperationContext, caller: Caller, request: SubjectRequest, step: string): Promise<void> {
  if (request.identityVerified) return;
  await auditRequest(context, caller, request, 'conflict', `${step}:identity-not-verified`);
  throw new OperationError('conflict', 'api.request-identity-not-verified');
}

/** The person's records in each registry the request concerns (ids only). */
export async function personRecords(context: OperationContext, request: SubjectRequest): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const registry of request.registries) {
    if (!context.registries.has(registry)) continue;
    found.set(registry, (await context.store.findByIdentityCode(registry, request.identityCode)).map((record) => record.id));
  }
  return found;
}

/** One `request` audit entry per registry the request concerns, naming the person's records there. */
export async function auditRequest(
  context: OperationContext,
  caller: Caller,
  request: SubjectRequest,
  outcome: AuditOutcome,
  step: string,
  records?: Map<string, string[]>,
): Promise<void> {
  const found = records ?? (await personRecords(context, request));
  for (const registry of request.registries) {
    audit(context, caller, { action: 'request', outcome, registry, records: found.get(registry) ?? [], reason: `${request.kind}:${step}`.slice(0, 64) });
  }
}

/**
 * Writes a changed request with its history events. A step that acted on records (`force`) must
 * not lose its history to a concurrent change of the request: it re-reads and writes again.
 */
export async function save(
  context: OperationContext,
  caller: Caller,
  request: SubjectRequest,
  changes: Partial<Pick<SubjectRequest, 'identityVerified' | 'extendedTo' | 'extensionReason' | 'status' | 'resolution'>>,
  step: string,
  ...events: Array<Omit<NewEvent, 'at' | 'actor'>>
): Promise<RequestView> {
  const now = context.clock().toISOString();
  const stamped = events.map((event) => ({ ...event, at: now, actor: caller.actor }));
  let current = request;
  for (let attempt = 0; attempt < 3; attempt++) {
    const updated: SubjectRequest = { ...current, ...changes, version: current.version + 1, updatedAt: now };
    const result = context.workflows.requests.update(updated, current.version, stamped);
    if (result !== 'conflict' && result !== 'not-found') {
      await auditRequest(context, caller, updated, 'ok', step);
      return viewOf(context, updated);
    }
    const latest = context.workflows.requests.get(request.id);
    if (result === 'not-found' || !latest || Object.keys(changes).length > 0) break;
    current = latest;
  }
  await auditRequest(context, caller, request, 'conflict', `${step}:concurrent-update`);
  throw new OperationError('conflict', 'api.request-concurrent-update');
}

/** Where a request stands today. */
export function viewOf(context: OperationContext, request: SubjectRequest): RequestView {
  const due = request.extendedTo ?? request.deadline;
  const now = today(context);
  const open = request.status === 'open';
  const soon = new Date(`${now}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + DUE_SOON_DAYS);
  return { ...request, due, overdue: open && due < now, dueSoon: open && due >= now && due <= soon.toISOString().slice(0, 10) };
}

/** Today in Finland. */
export function today(context: OperationContext): string {
  return finnishDate(context.clock());
}

/** The body as an object with only `allowed` keys; a refusal (audited) otherwise. An absent body is empty. */
export function bodyObject(context: OperationContext, caller: Caller, request: SubjectRequest, step: string, body: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    audit(context, caller, { action: 'request', outcome: 'invalid', reason: `${request.kind}:${step}:not-an-object` });
    throw new OperationError('bad-request', 'api.request-body-not-object');
  }
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    audit(context, caller, { action: 'request', outcome: 'invalid', reason: `${request.kind}:${step}:unknown-field` });
    throw new OperationError('invalid', 'api.request-invalid', { count: unknown.length }, unknown.map((key) => fieldError(key, 'api.request-field-unknown', caller.lang, { field: key.slice(0, 60) })));
  }
  return body as Record<string, unknown>;
}

export function fieldError(field: string, key: string, lang: Lang, params: Record<string, string | number> = {}): FieldError {
  return { pointer: `/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`, field, message: translate(API_MESSAGES, key, lang, params), keyword: key.replace(/^api\.request-/, '') };
}

/** Refuses a step whose body has errors (422, each error located). */
export function refuseInvalid(context: OperationContext, caller: Caller, request: SubjectRequest | undefined, step: string, errors: FieldError[]): void {
  if (errors.length === 0) return;
  audit(context, caller, { action: 'request', outcome: 'invalid', reason: `${request ? `${request.kind}:` : ''}${step}:invalid` });
  throw new OperationError('invalid', 'api.request-invalid', { count: errors.length }, errors);
}

export function optionalText(fields: Record<string, unknown>, name: string, max: number, lang: Lang, errors: FieldError[]): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    errors.push(fieldError(name, 'api.request-field-text', lang));
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) {
    errors.push(fieldError(name, 'api.request-field-too-long', lang, { max }));
    return undefined;
  }
  return trimmed === '' ? undefined : trimmed;
}

export function requiredText(fields: Record<string, unknown>, name: string, max: number, lang: Lang, errors: FieldError[]): string | undefined {
  const before = errors.length;
  const value = optionalText(fields, name, max, lang, errors);
  if (value === undefined && errors.length === before) errors.push(fieldError(name, `api.request-${name}-required`, lang));
  return value;
}

interface CreateInput {
  kind: RequestKind;
  code: string;
  registries?: Registry[];
  received: string;
  verified: boolean;
  lang: Lang;
}

function checkCreate(context: OperationContext, caller: Caller, body: unknown): CreateInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    audit(context, caller, { action: 'request', outcome: 'invalid', reason: 'create:not-an-object' });
    throw new OperationError('bad-request', 'api.request-body-not-object');
  }
  const fields = body as Record<string, unknown>;
  const lang = caller.lang;
  const errors: FieldError[] = Object.keys(fields)
    .filter((key) => !CREATE_KEYS.has(key))
    .map((key) => fieldError(key, 'api.request-field-unknown', lang, { field: key.slice(0, 60) }));
  const kind = fields['kind'];
  if (typeof kind !== 'string' || !(REQUEST_KINDS as readonly string[]).includes(kind)) errors.push(fieldError('kind', 'api.request-bad-kind', lang, { allowed: REQUEST_KINDS.join(', ') }));
  const rawCode = fields['personal_identity_code'];
  const code = typeof rawCode === 'string' ? rawCode.trim().toUpperCase() : '';
  if (code === '') errors.push(fieldError('personal_identity_code', 'api.request-code-required', lang));
  // Temporary codes (900–999) are real codes for people without a permanent one.
  else if (!checkPersonalIdentityCode(code, { allowTemporary: true }).ok) errors.push(fieldError('personal_identity_code', 'api.request-bad-code', lang));
  let registries: Registry[] | undefined;
  const asked = fields['registries'];
  if (asked !== undefined && asked !== null) {
    if (!Array.isArray(asked) || asked.some((id) => typeof id !== 'string')) errors.push(fieldError('registries', 'api.request-registries-list', lang));
    else if (asked.length === 0) errors.push(fieldError('registries', 'api.request-registries-empty', lang));
    else {
      const unknown = (asked as string[]).filter((id) => !context.registries.has(id));
      if (unknown.length > 0) errors.push(fieldError('registries', 'api.request-registries-unknown', lang, { registries: unknown.map((id) => id.slice(0, 60)).join(', ') }));
      else registries = [...new Set(asked as string[])].map((id) => context.registries.get(id)!);
    }
  }
  const now = today(context);
  let received = now;
  const rawReceived = fields['received'];
  if (rawReceived !== undefined && rawReceived !== null && rawReceived !== '') {
    if (typeof rawReceived !== 'string' || !isCalendarDate(rawReceived)) errors.push(fieldError('received', 'api.request-field-date', lang));
    else if (rawReceived > now) errors.push(fieldError('received', 'api.request-received-future', lang));
    else received = rawReceived;
  }
  const verified = fields['identity_verified'];
  if (verified !== undefined && typeof verified !== 'boolean') errors.push(fieldError('identity_verified', 'api.request-field-boolean', lang));
  const personLang = fields['lang'];
  if (personLang !== undefined && (typeof personLang !== 'string' || !(LANGS as readonly string[]).includes(personLang))) errors.push(fieldError('lang', 'api.request-bad-lang', lang));
  refuseInvalid(context, caller, undefined, 'create', errors);
  return {
    kind: kind as RequestKind,
    code,
    ...(registries ? { registries } : {}),
    received,
    verified: verified === true,
    lang: (personLang as Lang | undefined) ?? 'fi',
  };
}
