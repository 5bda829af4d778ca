/**
 * Consents and disclosures of records. Handlers parse, call an operation and shape the response;
 * access, checks and auditing happen in `operations/consents.ts` and `operations/disclosures.ts`.
 * - `GET  …/records/:recordId/consents`: every consent the registry declares, with its status
 *   and history;
 * - `POST …/records/:recordId/consents`: `{consent, action: 'give' | 'withdraw', method, at?}`,
 *   one body for both, so withdrawing is exactly as easy as giving; 201 with the consent's new status;
 * - `GET  …/records/:recordId/disclosures`: the record's disclosure history and the recipients
 *   the registry declares;
 * - `POST …/records/:recordId/disclosures`: `{disclosure, categories?, method?, disclosed_at?}`;
 *   201 with the log entry.
 * Every response may hold personal data: `Cache-Control: no-store`.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import type { Registry, Text } from '../model/types.js';
import { consentStatus, recordConsentEvent, type ConsentStatus } from '../operations/consents.js';
import type { OperationContext } from '../operations/context.js';
import { declaredCategories, disclosureHistory, recordDisclosure, type DisclosureInput } from '../operations/disclosures.js';
import type { DisclosureEntry } from '../workflows/disclosure-store.js';
import type { ConsentEvent } from '../workflows/workflow-stores.js';
import { RequestError } from './problem.js';
import { caller, jsonBody, jsonBodyLimit, type ApiEnv } from './request.js';

/** A consent event or a disclosure is a few short values. */
const BODY_LIMIT = 16 * 1024;
const DISCLOSURE_KEYS = new Set(['disclosure', 'categories', 'method', 'disclosed_at']);

export function consentsApi(context: OperationContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const base = '/api/registries/:id/records/:recordId';
  app.use(`${base}/consents`, noStore);
  app.use(`${base}/disclosures`, noStore);

  app.get(`${base}/consents`, async (c) => {
    const items = await consentStatus(context, caller(c), c.req.param('id'), c.req.param('recordId'));
    return c.json({ items: items.map(consentJson) });
  });

  app.post(`${base}/consents`, jsonBodyLimit(BODY_LIMIT), async (c) => {
    const who = caller(c);
    const body = await jsonBody(c);
    const status = await recordConsentEvent(context, who, c.req.param('id'), c.req.param('recordId'), body);
    return c.json(consentJson(status), 201);
  });

  app.get(`${base}/disclosures`, async (c) => {
    const registryId = c.req.param('id');
    const items = await disclosureHistory(context, caller(c), registryId, c.req.param('recordId'));
    const registry = context.registries.get(registryId)!;
    return c.json({ items: items.map((entry) => disclosureJson(registry, entry)), declared: declaredJson(registry) });
  });

  app.post(`${base}/disclosures`, jsonBodyLimit(BODY_LIMIT), async (c) => {
    const who = caller(c);
    const body = await jsonBody(c);
    const entry = await recordDisclosure(context, who, c.req.param('id'), c.req.param('recordId'), disclosureInput(body));
    return c.json(disclosureJson(context.registries.get(entry.registry)!, entry), 201);
  });

  return app;
}

const noStore: MiddlewareHandler<ApiEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

/** The API's snake_case body as the operation's input; anything but an object goes on as it is, for the operation to refuse. */
function disclosureInput(body: unknown): DisclosureInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body as DisclosureInput;
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !DISCLOSURE_KEYS.has(key));
  if (unknown !== undefined) throw new RequestError('bad-request', 'api.disclosure.unknown-property', { name: unknown.slice(0, 100) });
  const { disclosed_at: disclosedAt, ...rest } = fields;
  return { ...rest, ...(disclosedAt === undefined ? {} : { disclosedAt }) } as DisclosureInput;
}

export function consentJson(status: ConsentStatus): Record<string, unknown> {
  const { consent } = status;
  return {
    consent: consent.id,
    name: text(consent.name),
    ...(consent.description ? { description: text(consent.description) } : {}),
    methods: consent.methods,
    purposes: consent.purposes,
    ...(consent.withdrawal ? { withdrawal: text(consent.withdrawal) } : {}),
    state: status.state,
    valid: status.valid !== undefined,
    ...(status.valid ? { current: eventJson(status.valid) } : {}),
    history: status.history.map(eventJson),
  };
}

function eventJson(event: ConsentEvent): Record<string, unknown> {
  return { id: event.id, event: event.event, at: event.at, method: event.method, recorded_by: event.recordedBy, recorded_at: event.recordedAt };
}

export function disclosureJson(registry: Registry, entry: DisclosureEntry): Record<string, unknown> {
  const declared = registry.disclosures?.items.find((item) => item.id === entry.disclosure);
  return {
    id: entry.id,
    disclosure: entry.disclosure,
    // A disclosure since removed from the definition keeps its id only.
    ...(declared ? { recipient: text(declared.recipient) } : {}),
    categories: entry.categories,
    basis: entry.basis,
    ...(entry.consentEvent !== undefined ? { consent_event: entry.consentEvent } : {}),
    ...(entry.method !== undefined ? { method: entry.method } : {}),
    disclosed_at: entry.disclosedAt,
    recorded_by: entry.recordedBy,
    recorded_at: entry.recordedAt,
  };
}

function declaredJson(registry: Registry): Array<Record<string, unknown>> {
  return (registry.disclosures?.items ?? []).map((item) => ({
    disclosure: item.id,
    recipient: text(item.recipient),
    ...(item.basis ? { basis: item.basis } : {}),
    ...(item.consent ? { consent: item.consent } : {}),
    categories: declaredCategories(registry, item),
  }));
}

/** A text without its missing languages. */
function text(value: Text): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => typeof entry === 'string')) as Record<string, string>;
}
