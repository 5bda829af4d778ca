/**
 * The records API: registries, their record schemas, records (list with paging, sorting,
 * filtering and search; create with `Idempotency-Key`; read with `ETag`; update with `If-Match`;
 * delete), the audit of a record, one person across registries, and aggregate reports. Handlers only parse the
 * request, call an operation and shape the response; access, validation and auditing happen in
 * the operations. Every response here may hold personal data: `Cache-Control: no-store`.
 */
import { Hono, type Context } from 'hono';
import { accessFor } from '../access/access.js';
import type { Field, Registry } from '../model/types.js';
import type { OperationContext } from '../operations/context.js';
import { OperationError } from '../operations/errors.js';
import { lookupPerson, personAudit, recordAudit, registryAudit } from '../operations/persons.js';
import { createRecord, deleteRecord, listRecords, readRecord, updateRecord, type RecordView } from '../operations/records.js';
import { listRegistryReports, runRegistryReport } from '../operations/reports.js';
import { reportCsv } from '../reports/aggregate.js';
import { transitionJson } from './lifecycle-json.js';
import { RequestError } from './problem.js';
import { caller, idempotencyKey, ifMatch, integerParam, jsonBody, jsonBodyLimit, type ApiEnv } from './request.js';

const LIST_PARAMS = new Set(['limit', 'offset', 'sort', 'q', 'state', 'lang']);
const REPORT_PARAMS = new Set(['from', 'to', 'format', 'lang']);

export function recordsApi(context: OperationContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/api/registries', (c) => {
    const who = caller(c);
    const items = [...context.registries.values()]
      .filter((registry) => (who.roles.get(registry.id) ?? []).length > 0)
      .map((registry) => ({
        id: registry.id,
        name: registry.name,
        version: registry.origin.digest,
        roles: accessFor(registry, who.roles.get(registry.id) ?? []).roles,
        links: links(registry.id),
      }));
    return c.json({ items });
  });

  app.get('/api/registries/:id', (c) => {
    const { registry, roles } = registryFor(context, c);
    const access = accessFor(registry, roles);
    const describe = (field: Field): Record<string, unknown> => ({
      id: field.id,
      label: field.label,
      type: field.type,
      required: field.required,
      protected: field.protectedBy !== undefined,
      readable: access.read.has(field.id),
      writable: access.write.has(field.id),
      ...(field.fields.length > 0 ? { fields: field.fields.map(describe) } : {}),
    });
    return c.json({
      id: registry.id,
      name: registry.name,
      version: registry.origin.digest,
      roles: access.roles,
      abilities: [...access.can],
      categories: registry.categories.map((category) => ({
        id: category.id,
        name: category.name,
        readable: category.fields.some((field) => access.read.has(field.id)),
        writable: category.fields.some((field) => access.write.has(field.id)),
        fields: category.fields.map(describe),
      })),
      ...(registry.lifecycle
        ? {
            lifecycle: {
              initial: registry.lifecycle.initial,
              states: registry.lifecycle.states.map((state) => ({ id: state.id, name: state.name })),
              transitions: registry.lifecycle.transitions.map(transitionJson),
            },
          }
        : {}),
      links: links(registry.id),
    });
  });

  app.get('/api/registries/:id/schema.json', (c) => {
    const { registry } = registryFor(context, c);
    return c.body(JSON.stringify(context.validators.get(registry.id)!.schema, null, 2), 200, { 'Content-Type': 'application/schema+json; charset=utf-8' });
  });

  app.get('/api/registries/:id/records', async (c) => {
    const filters: Record<string, string> = {};
    for (const [name, values] of Object.entries(c.req.queries())) {
      const filter = /^filter\[([a-z][a-z0-9_]{0,62})\]$/.exec(name);
      if (filter) filters[filter[1]!] = values[0] ?? '';
      else if (!LIST_PARAMS.has(name)) throw new RequestError('bad-request', 'api.bad-query', { name: name.slice(0, 100) });
    }
    const page = await listRecords(context, caller(c), c.req.param('id'), {
      limit: integerParam(c.req.query('limit'), 'limit'),
      offset: integerParam(c.req.query('offset'), 'offset'),
      sort: c.req.query('sort'),
      q: c.req.query('q'),
      state: c.req.query('state'),
      filters,
    });
    return c.json({ items: page.items.map(envelope), total: page.total, limit: page.limit, offset: page.offset });
  });

  app.post('/api/registries/:id/records', jsonBodyLimit(), async (c) => {
    const who = caller(c);
    const key = idempotencyKey(c);
    const body = await jsonBody(c);
    const { record, replayed } = await createRecord(context, who, c.req.param('id'), body, key);
    c.header('Location', `/api/registries/${record.registry}/records/${record.id}`);
    c.header('ETag', `"${record.version}"`);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(envelope(record), replayed ? 200 : 201);
  });

  app.get('/api/registries/:id/records/:record', async (c) => {
    const record = await readRecord(context, caller(c), c.req.param('id'), c.req.param('record'));
    c.header('ETag', `"${record.version}"`);
    return c.json(envelope(record));
  });

  app.patch('/api/registries/:id/records/:record', jsonBodyLimit(), async (c) => {
    const who = caller(c);
    const expected = ifMatch(c);
    const body = await jsonBody(c);
    const record = await updateRecord(context, who, c.req.param('id'), c.req.param('record'), body, expected);
    c.header('ETag', `"${record.version}"`);
    return c.json(envelope(record));
  });

  app.delete('/api/registries/:id/records/:record', async (c) => {
    await deleteRecord(context, caller(c), c.req.param('id'), c.req.param('record'));
    return c.body(null, 204);
  });

  app.get('/api/registries/:id/records/:record/audit', async (c) => {
    const page = await recordAudit(context, caller(c), c.req.param('id'), c.req.param('record'), pageOf(c));
    return c.json({ items: page.entries, total: page.total });
  });

  app.get('/api/audit', async (c) => {
    const page = await registryAudit(context, caller(c), {
      registry: c.req.query('registry'),
      record: c.req.query('record'),
      actor: c.req.query('actor'),
      ...pageOf(c),
    });
    return c.json({ items: page.entries, total: page.total });
  });

  app.get('/api/registries/:id/reports', (c) => {
    const id = c.req.param('id');
    const reports = listRegistryReports(context, caller(c), id);
    return c.json({
      items: reports.map((report) => ({
        id: report.id,
        name: report.name,
        ...(report.description ? { description: report.description } : {}),
        counts: report.counts ?? 'records',
        dimensions: report.dimensions,
        ...(report.period ? { period: report.period } : {}),
        min_count: report.minCount,
        links: { self: `/api/registries/${id}/reports/${report.id}`, csv: `/api/registries/${id}/reports/${report.id}?format=csv` },
      })),
    });
  });

  app.get('/api/registries/:id/reports/:report', async (c) => {
    for (const name of Object.keys(c.req.queries())) {
      if (!REPORT_PARAMS.has(name)) throw new RequestError('bad-request', 'api.bad-report-query', { name: name.slice(0, 100) });
    }
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new RequestError('bad-request', 'api.bad-report-format', { format: format.slice(0, 20) });
    const who = caller(c);
    const from = c.req.query('from');
    const to = c.req.query('to');
    const result = await runRegistryReport(context, who, c.req.param('id'), c.req.param('report'), {
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
    if (format === 'json') return c.json(result);
    const filename = `${result.report}-${result.from ?? 'start'}-${result.to ?? 'end'}.csv`;
    return c.body(reportCsv(result, who.lang), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    });
  });

  app.post('/api/persons/lookup', jsonBodyLimit(16 * 1024), async (c) => {
    const who = caller(c);
    const body = await jsonBody(c);
    const found = await lookupPerson(context, who, identityCodeOf(body));
    return c.json({ items: found.map(({ registry, record }) => ({ registry, record: envelope(record) })) });
  });

  app.post('/api/persons/audit', jsonBodyLimit(16 * 1024), async (c) => {
    const who = caller(c);
    const body = await jsonBody(c);
    const entries = await personAudit(context, who, identityCodeOf(body));
    return c.json({ items: entries });
  });

  return app;
}

/** A record as the API shows it. */
export function envelope(record: RecordView): Record<string, unknown> {
  return {
    id: record.id,
    registry: record.registry,
    registry_version: record.registryVersion,
    state: record.state,
    version: record.version,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    created_by: record.createdBy,
    updated_by: record.updatedBy,
    data: record.data,
    hidden: record.hidden,
  };
}


function links(id: string): Record<string, string> {
  return {
    self: `/api/registries/${id}`,
    records: `/api/registries/${id}/records`,
    schema: `/api/registries/${id}/schema.json`,
    notice: `/notices/${id}`,
  };
}

/** The registry of the path, for a caller holding a role in it (404 / 401 / 403 otherwise). */
function registryFor(context: OperationContext, c: Context<ApiEnv>): { registry: Registry; roles: readonly string[] } {
  const who = caller(c);
  const registry = context.registries.get(c.req.param('id') ?? '');
  if (!registry) throw new OperationError('not-found', 'api.registry-not-found', { id: (c.req.param('id') ?? '').slice(0, 100) });
  const roles = who.roles.get(registry.id) ?? [];
  if (accessFor(registry, roles).roles.length === 0) throw new OperationError('forbidden', 'api.forbidden-registry', { registry: registry.id });
  return { registry, roles };
}

function pageOf(c: Context<ApiEnv>): { limit: number; offset: number } {
  const limit = integerParam(c.req.query('limit'), 'limit') ?? 100;
  if (limit < 1 || limit > 1000) throw new RequestError('bad-request', 'api.bad-limit', { max: 1000 });
  return { limit, offset: integerParam(c.req.query('offset'), 'offset') ?? 0 };
}

function identityCodeOf(body: unknown): unknown {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)['personal_identity_code'] : undefined;
}
