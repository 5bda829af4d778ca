/**
 * Data-subject requests. Handlers parse, call an operation and shape the response. The person's
 * identity code travels only in bodies, never in a URL (it would end up in logs). Every step is a
 * POST on the request with `If-Match` (the request's version, as its `ETag` gave it) so two
 * handlers cannot overwrite each other's work unknowingly.
 */
import { Hono, type Context } from 'hono';
import type { OperationContext } from '../operations/context.js';
import { carryOutRequest, liftRestriction, type RegistryOutcome } from '../operations/request-actions.js';
import { requestPackage } from '../operations/request-package.js';
import { closeRequest, createRequest, extendRequest, listRequests, readRequest, verifyIdentity, type RequestView } from '../operations/requests.js';
import { TEMPLATES_DIR } from '../notices/renderer.js';
import { packageJson } from '../requests/package-json.js';
import { createPackageRenderer } from '../requests/package-page.js';
import type { RequestEvent } from '../workflows/request-store.js';
import { RequestError } from './problem.js';
import { caller, ifMatch, integerParam, jsonBody, jsonBodyLimit, type ApiEnv } from './request.js';

const LIST_PARAMS = new Set(['status', 'overdue', 'limit', 'offset', 'lang']);
/** A request's body is a few short fields and texts. */
const BODY_LIMIT = 64 * 1024;

export function requestsApi(context: OperationContext, options: { templatesDir?: string } = {}): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const renderer = createPackageRenderer(options.templatesDir ?? TEMPLATES_DIR);
  app.use('/api/requests', noStore);
  app.use('/api/requests/*', noStore);

  app.post('/api/requests', jsonBodyLimit(BODY_LIMIT), async (c) => {
    const who = caller(c);
    const request = await createRequest(context, who, await jsonBody(c));
    c.header('Location', `/api/requests/${request.id}`);
    c.header('ETag', `"${request.version}"`);
    return c.json(requestJson(request), 201);
  });

  app.get('/api/requests', (c) => {
    const who = caller(c);
    for (const name of Object.keys(c.req.queries())) {
      if (!LIST_PARAMS.has(name)) throw new RequestError('bad-request', 'api.request-bad-query', { name: name.slice(0, 100) });
    }
    const page = listRequests(context, who, {
      ...(c.req.query('status') !== undefined ? { status: c.req.query('status')! } : {}),
      ...(c.req.query('overdue') !== undefined ? { overdue: c.req.query('overdue')! } : {}),
      ...optional('limit', integerParam(c.req.query('limit'), 'limit')),
      ...optional('offset', integerParam(c.req.query('offset'), 'offset')),
    });
    return c.json({ items: page.items.map(requestJson), total: page.total, limit: page.limit, offset: page.offset });
  });

  app.get('/api/requests/:requestId', async (c) => {
    const detail = await readRequest(context, caller(c), c.req.param('requestId'));
    c.header('ETag', `"${detail.request.version}"`);
    return c.json({
      ...requestJson(detail.request),
      records: detail.records.map((record) => ({ ...record, links: { record: `/api/registries/${record.registry}/records/${record.id}` } })),
      history: detail.events.map(eventJson),
    });
  });

  const step = (path: string, run: (c: Context<ApiEnv>, body: unknown, version: number | undefined) => Promise<RequestView | { request: RequestView; outcomes: RegistryOutcome[] }>) =>
    app.post(`/api/requests/:requestId/${path}`, jsonBodyLimit(BODY_LIMIT), async (c) => {
      caller(c);
      const version = ifMatch(c);
      const body = await optionalJsonBody(c);
      const result = await run(c, body, version);
      const request = 'outcomes' in result ? result.request : result;
      c.header('ETag', `"${request.version}"`);
      return c.json('outcomes' in result ? { ...requestJson(request), outcomes: result.outcomes.map(outcomeJson) } : requestJson(request));
    });
  step('verify-identity', (c, body, version) => verifyIdentity(context, caller(c), c.req.param('requestId')!, body, version));
  step('extend', (c, body, version) => extendRequest(context, caller(c), c.req.param('requestId')!, body, version));
  step('complete', (c, body, version) => closeRequest(context, caller(c), c.req.param('requestId')!, 'completed', body, version));
  step('refuse', (c, body, version) => closeRequest(context, caller(c), c.req.param('requestId')!, 'refused', body, version));
  step('withdraw', (c, body, version) => closeRequest(context, caller(c), c.req.param('requestId')!, 'withdrawn', body, version));
  step('carry-out', (c, body, version) => carryOutRequest(context, caller(c), c.req.param('requestId')!, body, version));
  step('lift-restriction', (c, body, version) => liftRestriction(context, caller(c), c.req.param('requestId')!, body, version));

  app.get('/api/requests/:requestId/package', async (c) => {
    const pkg = await requestPackage(context, caller(c), c.req.param('requestId'), 'json');
    return c.body(JSON.stringify(packageJson(pkg), null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName(pkg.request.id, pkg.producedAt)}.json"`,
    });
  });

  app.get('/api/requests/:requestId/package.html', async (c) => {
    const pkg = await requestPackage(context, caller(c), c.req.param('requestId'), 'html');
    // A document of its own (inline style, no scripts): its own policy, not the site's.
    c.header('Content-Security-Policy', renderer.csp);
    c.header('Content-Language', pkg.request.lang);
    return c.body(renderer.render(pkg), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `inline; filename="${fileName(pkg.request.id, pkg.producedAt)}.html"`,
    });
  });

  return app;
}

/** A request as the API shows it. */
export function requestJson(request: RequestView): Record<string, unknown> {
  return {
    id: request.id,
    kind: request.kind,
    personal_identity_code: request.identityCode,
    registries: request.registries,
    received: request.receivedAt,
    identity_verified: request.identityVerified,
    lang: request.lang,
    deadline: request.deadline,
    ...(request.extendedTo ? { extended_to: request.extendedTo, extension_reason: request.extensionReason } : {}),
    due: request.due,
    overdue: request.overdue,
    due_soon: request.dueSoon,
    status: request.status,
    ...(request.resolution ? { resolution: request.resolution } : {}),
    version: request.version,
    created_by: request.createdBy,
    created_at: request.createdAt,
    updated_at: request.updatedAt,
    links: {
      self: `/api/requests/${request.id}`,
      ...(request.kind === 'access' || request.kind === 'portability'
        ? { package: `/api/requests/${request.id}/package`, package_html: `/api/requests/${request.id}/package.html` }
        : {}),
    },
  };
}

function eventJson(event: RequestEvent): Record<string, unknown> {
  return { at: event.at, actor: event.actor, event: event.event, detail: event.detail };
}

function outcomeJson(outcome: RegistryOutcome): Record<string, unknown> {
  return { registry: outcome.registry, outcome: outcome.outcome, records: outcome.records, ...(outcome.text ? { text: outcome.text } : {}) };
}

/** A step's body: JSON when there is one, nothing otherwise (`verify-identity` needs none). */
async function optionalJsonBody(c: Context<ApiEnv>): Promise<unknown> {
  const type = c.req.header('Content-Type');
  if (type === undefined && (c.req.header('Content-Length') ?? '0') === '0') return undefined;
  return jsonBody(c);
}

function fileName(id: string, at: string): string {
  return `tiedot-${at.slice(0, 10)}-${id.slice(0, 8)}`;
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: number });
}

async function noStore(c: Context<ApiEnv>, next: () => Promise<void>): Promise<void> {
  await next();
  c.header('Cache-Control', 'no-store');
}
