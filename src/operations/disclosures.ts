/**
 * Disclosures of a record's data: recording one (to a recipient the registry declares) and the
 * record's disclosure history. Shared by the API, the staff pages and data-subject requests.
 *
 * Recording needs the role ability `record-disclosures` and is refused — with a message saying
 * what would make it right, and an audit entry (action `disclose`) — when:
 * - the registry does not declare that disclosure (the message lists the declared recipients);
 * - the definition does not state its basis (the notice is incomplete: the lint says so too);
 * - a category is not among those declared for it;
 * - the record is under a restriction of processing (GDPR 18: nothing but storage);
 * - its basis is consent and no consent covering it was in force when the data was disclosed.
 * Which consent covers a disclosure: the one it names (`consent`); else those named by a legal
 * basis whose purposes include all of the disclosure's purposes; else any declared consent whose
 * purposes include them. Any one of them in force is enough; the message names them all.
 *
 * Categories: those the disclosure declares; else the categories of the fields it declares; else
 * (the notice does not narrow it) every category of the registry. Without `categories` in the
 * input, all of them are logged as disclosed: the log may overstate, never understate, what a
 * recipient got. The audit entry names the field ids of the disclosed categories (only the
 * declared fields where the disclosure lists fields) and the reason `disclosure:<id>`.
 */
import type { AuditOutcome } from '../audit/audit-log.js';
import { categoryFields } from '../model/fields.js';
import type { Disclosure, Registry } from '../model/types.js';
import type { DisclosureEntry } from '../workflows/disclosure-store.js';
import type { ConsentEvent } from '../workflows/workflow-stores.js';
import { textIn } from './consents.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError, type ErrorKind } from './errors.js';
import { eventTime } from './event-time.js';
import { audit, authorize } from './records.js';

/** Longest method text kept: a phrase such as "Turvapostilla", not a letter. */
export const MAX_METHOD_LENGTH = 200;

export interface DisclosureInput {
  /** The declared disclosure's id. */
  disclosure: string;
  /** Category ids; default: every category declared for the disclosure. */
  categories?: string[];
  /** How the data went, in the staff member's words. */
  method?: string;
  /** When it was disclosed: ISO date or date-time with offset; default now. */
  disclosedAt?: string;
}

/** Records a disclosure of the record's data (see the module comment); returns the log entry. */
export async function recordDisclosure(context: OperationContext, caller: Caller, registryId: string, recordId: string, input: DisclosureInput): Promise<DisclosureEntry> {
  const { registry } = authorize(context, caller, registryId, 'disclose', (a) => a.can.has('record-disclosures'), recordId);
  const lang = caller.lang;
  const refuse = (kind: ErrorKind, outcome: AuditOutcome, code: string, key: string, params: Record<string, string> = {}, disclosure?: string): never => {
    audit(context, caller, { action: 'disclose', outcome, registry: registry.id, records: [recordId], reason: disclosure ? reasonOf(disclosure, code) : code });
    throw new OperationError(kind, key, params);
  };
  const parsed = parse(input);
  if (!parsed.ok) return refuse('bad-request', 'invalid', 'bad-body', parsed.key, parsed.params);
  const body = parsed.input;
  if (!(await context.store.get(registry.id, recordId))) return refuse('not-found', 'not-found', 'record-not-found', 'api.record-not-found', { id: recordId });

  const declared = registry.disclosures?.items ?? [];
  const disclosure = declared.find((candidate) => candidate.id === body.disclosure);
  if (!disclosure) {
    if (declared.length === 0) return refuse('invalid', 'invalid', 'unknown-recipient', 'api.disclosure.none-declared', { registry: registry.id });
    const recipients = declared.map((item) => `${item.id} (${textIn(item.recipient, lang)})`).join('; ');
    return refuse('invalid', 'invalid', 'unknown-recipient', 'api.disclosure.unknown-recipient', { disclosure: body.disclosure.slice(0, 100), recipients });
  }
  const id = disclosure.id;
  const recipient = textIn(disclosure.recipient, lang);
  if (disclosure.basis === undefined) return refuse('invalid', 'invalid', 'no-basis', 'api.disclosure.no-basis', { disclosure: id, recipient }, id);

  const allowed = declaredCategories(registry, disclosure);
  const categories = body.categories ?? allowed;
  const outside = categories.filter((category) => !allowed.includes(category));
  if (outside.length > 0 || categories.length === 0) {
    const names = (ids: readonly string[]) => ids.map((category) => `${category.slice(0, 100)}${nameOfCategory(registry, category, lang)}`).join(', ');
    return refuse('invalid', 'invalid', 'bad-categories', categories.length === 0 ? 'api.disclosure.no-categories' : 'api.disclosure.undeclared-categories', { categories: names(outside), allowed: names(allowed), recipient }, id);
  }
  const time = eventTime(body.disclosedAt, context.clock());
  if (!time.ok) return refuse('invalid', 'invalid', time.reason, `api.event-time.${time.reason}`, { name: 'disclosedAt', value: (body.disclosedAt ?? '').slice(0, 100), previous: '' }, id);

  if (context.workflows.restrictions.active(registry.id, recordId).length > 0) {
    return refuse('conflict', 'denied', 'restricted', 'api.disclosure.restricted', { recipient }, id);
  }
  let consentEvent: ConsentEvent | undefined;
  if (disclosure.basis === 'consent') {
    const candidates = coveringConsents(registry, disclosure);
    if (candidates.length === 0) return refuse('invalid', 'invalid', 'no-consent-declared', 'api.disclosure.no-consent-declared', { recipient }, id);
    consentEvent = candidates.map((consent) => inForceAt(context.workflows.consents.history(registry.id, recordId, consent), time.at)).find((event) => event !== undefined);
    if (!consentEvent) {
      const names = candidates.map((consent) => {
        const declaredConsent = registry.consents.find((candidate) => candidate.id === consent);
        return `"${declaredConsent ? textIn(declaredConsent.name, lang) : consent}" (${consent})`;
      });
      return refuse('conflict', 'denied', 'no-consent', 'api.disclosure.no-consent', { recipient, consents: names.join(' / ') }, id);
    }
  }

  const entry: DisclosureEntry = {
    id: context.newId(),
    registry: registry.id,
    recordId,
    disclosure: id,
    categories: [...new Set(categories)],
    basis: disclosure.basis,
    ...(consentEvent ? { consentEvent: consentEvent.id } : {}),
    ...(body.method ? { method: body.method } : {}),
    disclosedAt: time.at,
    recordedBy: caller.actor,
    recordedAt: context.clock().toISOString(),
  };
  return context.workflows.disclosures.record(entry, () =>
    audit(context, caller, { action: 'disclose', outcome: 'ok', registry: registry.id, records: [recordId], fields: disclosedFields(registry, disclosure, entry.categories), reason: reasonOf(id) }),
  );
}

/** The record's disclosures, in the order they were made (audited as a read). */
export async function disclosureHistory(context: OperationContext, caller: Caller, registryId: string, recordId: string): Promise<DisclosureEntry[]> {
  const { registry } = authorize(context, caller, registryId, 'read', (a) => a.read.size > 0, recordId);
  if (!(await context.store.get(registry.id, recordId))) {
    audit(context, caller, { action: 'read', outcome: 'not-found', registry: registry.id, records: [recordId] });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId });
  }
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'disclosures' });
  return context.workflows.disclosures.history(registry.id, recordId);
}

/** The categories a disclosure may carry (see the module comment), in definition order. */
export function declaredCategories(registry: Registry, disclosure: Disclosure): string[] {
  if (disclosure.categories.length > 0) return registry.categories.map((category) => category.id).filter((category) => disclosure.categories.includes(category));
  if (disclosure.fields.length > 0) {
    return registry.categories.filter((category) => categoryFields(category).some((field) => disclosure.fields.includes(field.id))).map((category) => category.id);
  }
  return registry.categories.map((category) => category.id);
}

/** The consents that may allow a disclosure on consent, by id (see the module comment). */
export function coveringConsents(registry: Registry, disclosure: Disclosure): string[] {
  if (disclosure.consent !== undefined) return [disclosure.consent];
  const covers = (purposes: readonly string[]) => disclosure.purposes.every((purpose) => purposes.includes(purpose));
  const byBasis = registry.legalBases.flatMap((basis) => (basis.consent !== undefined && covers(basis.purposes) ? [basis.consent] : []));
  if (byBasis.length > 0) return [...new Set(byBasis)];
  return registry.consents.filter((consent) => covers(consent.purposes)).map((consent) => consent.id);
}

/** The `given` event in force at `at`: the latest event at or before it, if it is a giving. */
function inForceAt(history: readonly ConsentEvent[], at: string): ConsentEvent | undefined {
  const before = history.filter((event) => event.at <= at).sort((a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1));
  const latest = before.at(-1);
  return latest?.event === 'given' ? latest : undefined;
}

function disclosedFields(registry: Registry, disclosure: Disclosure, categories: readonly string[]): string[] {
  const fields = registry.categories.filter((category) => categories.includes(category.id)).flatMap((category) => categoryFields(category).map((field) => field.id));
  return disclosure.fields.length > 0 ? fields.filter((field) => disclosure.fields.includes(field)) : fields;
}

function nameOfCategory(registry: Registry, id: string, lang: Caller['lang']): string {
  const category = registry.categories.find((candidate) => candidate.id === id);
  return category ? ` (${textIn(category.name, lang)})` : '';
}

/** `disclosure:<id>` or `disclosure:<id>:<code>`; an id that would not fit is left out. */
function reasonOf(disclosure: string, code?: string): string {
  const full = ['disclosure', disclosure, code].filter((part) => part !== undefined).join(':');
  return full.length <= 64 && /^[a-z][a-z0-9_]*$/.test(disclosure) ? full : ['disclosure', code].filter((part) => part !== undefined).join(':');
}

type Parsed = { ok: true; input: DisclosureInput } | { ok: false; key: string; params: Record<string, string> };

/** The input checked as it came (a JSON body, a form), or the message that refuses it. */
function parse(input: unknown): Parsed {
  const bad = (name: string): Parsed => ({ ok: false, key: `api.disclosure.shape.${name}`, params: { max: String(MAX_METHOD_LENGTH) } });
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, key: 'api.disclosure.body', params: {} };
  const fields = input as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !['disclosure', 'categories', 'method', 'disclosedAt'].includes(key));
  if (unknown !== undefined) return { ok: false, key: 'api.disclosure.unknown-property', params: { name: unknown.slice(0, 100) } };
  const { disclosure, categories, method, disclosedAt } = fields;
  if (typeof disclosure !== 'string' || disclosure === '') return bad('disclosure');
  if (categories !== undefined && (!Array.isArray(categories) || categories.length > 100 || !categories.every((category) => typeof category === 'string'))) return bad('categories');
  if (method !== undefined && (typeof method !== 'string' || method.length > MAX_METHOD_LENGTH || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(method))) return bad('method');
  if (disclosedAt !== undefined && typeof disclosedAt !== 'string') return bad('disclosed-at');
  return {
    ok: true,
    input: {
      disclosure,
      ...(categories === undefined ? {} : { categories: categories as string[] }),
      ...(typeof method === 'string' && method.trim() !== '' ? { method: method.trim() } : {}),
      ...(disclosedAt === undefined ? {} : { disclosedAt: disclosedAt as string }),
    },
  };
}
