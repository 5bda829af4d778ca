/**
 * The contract test: the real app, driven through every route it serves, holds to the OpenAPI
 * document it serves itself (`/api/openapi.json`). For each of the five registries, as the main
 * user and as the case worker, every answer — success or refusal — must be an operation of the
 * document with a documented status, media type, headers and body schema, and each request the
 * app accepted must be one the document allows. Afterwards every operation of the document must
 * have been exercised and every route of the app must be in the document, so neither can drift
 * from the other. A generated document that merely validates says nothing about the app; this does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import type { Registry } from '../../src/model/types.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { OpenApiContract, operationKey } from '../helpers/openapi-check.js';

type Json = Record<string, unknown>;

const TODAY = new Date('2026-03-02T08:00:00Z');
const PASSWORD = 'correct horse battery staple';
const UNKNOWN_RECORD = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
const ROLES = ['paakayttaja', 'tyontekija'] as const;
type Role = (typeof ROLES)[number];

const registries = seedRegistries();
let t: TestEngine;
let contract: OpenApiContract;
const tokens = new Map<string, string>();

function tokenOf(registryId: string, role: Role): string {
  return tokens.get(`${registryId}:${role}`)!;
}

interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** Calls the app and holds each exchange to the document; `problems` collects every departure. */
function exchanges(): { problems: string[]; call(token: string | undefined, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer> } {
  const problems: string[] = [];
  return {
    problems,
    async call(token, method, path, body, headers) {
      const response = await t.call(token, method, path, body, headers);
      const text = await response.text();
      problems.push(
        ...contract.check({ method, url: path, status: response.status, headers: response.headers, text, ...(body === undefined || typeof body === 'string' ? {} : { requestBody: body }) }),
      );
      let parsed: unknown = text;
      if (/json/.test(response.headers.get('Content-Type') ?? '')) parsed = JSON.parse(text);
      return { status: response.status, headers: response.headers, body: parsed };
    },
  };
}

function topFields(registry: Registry) {
  return registry.categories.flatMap((category) => category.fields);
}

/** The first word (3+ letters) of the first text value of a record: something `q` finds. */
function searchableWord(registry: Registry, data: Json): string | undefined {
  for (const field of topFields(registry)) {
    const value = data[field.id];
    if (field.type === 'text' && typeof value === 'string' && /\p{L}{3}/u.test(value)) return value.split(/\s+/).find((word) => /\p{L}{3}/u.test(word))!;
  }
  return undefined;
}

/** A generated record with an identity code and a word to search for. */
function findableRecord(registry: Registry, generated: Json[]): Json {
  const record = generated.find((data) => typeof data['henkilotunnus'] === 'string' && searchableWord(registry, data) !== undefined);
  if (!record) throw new Error(`no findable record generated for ${registry.id}`);
  return record;
}

function textField(registry: Registry): string {
  return topFields(registry).find((field) => field.type === 'long-text' || field.type === 'text')!.id;
}

/** The documented list parameters of a registry's record list. */
function listParameter(registryId: string, name: string): Json | undefined {
  const op = contract.find('get', `/api/registries/${registryId}/records`)!;
  return op.parameters.find((parameter) => parameter['name'] === name && parameter['in'] === 'query');
}

/** A documented filter the record has a plain value for (a choice or a yes/no first), as `[field, value]`. */
function filterFor(registryId: string, data: Json): [string, string] | undefined {
  const properties = ((listParameter(registryId, 'filter')?.['schema'] as Json | undefined)?.['properties'] ?? {}) as Record<string, Json>;
  const candidates = Object.entries(properties).flatMap(([field, schema]): Array<[string, string, number]> => {
    const value = data[field];
    if (Array.isArray(value) && typeof value[0] === 'string') return [[field, value[0], 1]];
    if (typeof value === 'boolean' || typeof value === 'number') return [[field, String(value), 1]];
    if (typeof value === 'string') return [[field, value, schema['enum'] ? 0 : 2]];
    return [];
  });
  const best = candidates.sort((a, b) => a[2] - b[2])[0];
  return best ? [best[0], best[1]] : undefined;
}

beforeAll(async () => {
  t = await testEngine({ demo: true });
  for (const registry of registries) {
    for (const role of ROLES) tokens.set(`${registry.id}:${role}`, await t.userWithToken(`${role}.${registry.id}`, [`${registry.id}:${role}`]));
  }
  const response = await t.call(undefined, 'GET', '/api/openapi.json');
  expect(response.status).toBe(200);
  const text = await response.text();
  contract = new OpenApiContract(JSON.parse(text) as Json);
  // The document describes itself too.
  expect(contract.check({ method: 'GET', url: '/api/openapi.json', status: response.status, headers: response.headers, text })).toEqual([]);
});

afterAll(() => t?.engine.close());

describe.each(registries.flatMap((registry) => ROLES.map((role) => [registry.id, role, registry] as const)))('contract: %s as %s', (id, role, registry) => {
  const main = role === 'paakayttaja';
  const base = `/api/registries/${id}/records`;

  it('answers the record operations as documented', async () => {
    const { call, problems } = exchanges();
    const token = tokenOf(id, role);
    const generated = generateRecords(registry, { count: 6, seed: main ? 11 : 12, today: TODAY });
    const record = findableRecord(registry, generated);
    const others = generated.filter((data) => data !== record);
    const key = `contract-${id}-${role}`;

    const created = await call(token, 'POST', base, record, { 'Idempotency-Key': key });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rid = created.body.id as string;
    expect(created.headers.get('Location')).toBe(`${base}/${rid}`);
    expect(created.headers.get('ETag')).toBe('"1"');

    const replayed = await call(token, 'POST', base, record, { 'Idempotency-Key': key });
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('Idempotent-Replayed')).toBe('true');
    expect(replayed.body.id).toBe(rid);

    const read = await call(token, 'GET', `${base}/${rid}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('ETag')).toBe('"1"');

    // Paging and sorting by a documented sort key.
    const sortKeys = ((listParameter(id, 'sort')!['schema'] as Json)['enum'] as string[]).filter((sortKey) => !/created_at|updated_at/.test(sortKey));
    const page = await call(token, 'GET', `${base}?limit=1&offset=0&sort=${encodeURIComponent(sortKeys[0]!)}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body.items).toHaveLength(1);
    // Search, a filter and (where there is a lifecycle) a state, all at once: the record is found.
    const filter = filterFor(id, record);
    const query = new URLSearchParams({ limit: '10', sort: '-created_at', q: searchableWord(registry, record)! });
    if (filter) query.set(`filter[${filter[0]}]`, filter[1]);
    if (registry.lifecycle) query.set('state', registry.lifecycle.initial);
    const found = await call(token, 'GET', `${base}?${query}`);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(rid);
    expect((await call(token, 'GET', `${base}?limit=0`)).status).toBe(400);
    expect((await call(token, 'GET', `${base}?sort=no_such_field`)).status).toBe(400);

    const field = textField(registry);
    const patched = await call(token, 'PATCH', `${base}/${rid}`, { [field]: 'Muutettu tieto' }, { 'If-Match': '"1"' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.version).toBe(2);
    expect(patched.headers.get('ETag')).toBe('"2"');
    expect((await call(token, 'PATCH', `${base}/${rid}`, { [field]: 'Vanha' }, { 'If-Match': '"1"' })).status).toBe(412);
    const badPatch = await call(token, 'PATCH', `${base}/${rid}`, { [field]: 12345 });
    expect(badPatch.status).toBe(422);

    // An invalid record: the app refuses it, and so does the document's request schema.
    const invalid = { ...others[0], [field]: 12345 };
    const refused = await call(token, 'POST', base, invalid);
    expect(refused.status).toBe(422);
    expect(refused.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors.length).toBeGreaterThan(0);
    const requestSchema = (((contract.find('post', base)!.operation['requestBody'] as Json)['content'] as Json)['application/json'] as Json)['schema'] as Json;
    expect(contract.validate(requestSchema, invalid)).not.toEqual([]);
    // The same key with another body.
    expect((await call(token, 'POST', base, others[1], { 'Idempotency-Key': key })).status).toBe(422);

    expect((await call(token, 'GET', `${base}/${UNKNOWN_RECORD}`)).status).toBe(404);

    const trail = await call(token, 'GET', `/api/registries/${id}/records/${rid}/audit?limit=50&offset=0`);
    expect(trail.status).toBe(main ? 200 : 403);
    if (main) expect(trail.body.items.length).toBeGreaterThan(0);

    const deleted = await call(token, 'DELETE', `${base}/${rid}`);
    expect(deleted.status).toBe(main ? 204 : 403);
    if (main) {
      expect((await call(token, 'GET', `${base}/${rid}`)).status).toBe(404);
      expect((await call(token, 'PATCH', `${base}/${rid}`, { [field]: 'x' })).status).toBe(404);
      expect((await call(token, 'DELETE', `${base}/${rid}`)).status).toBe(404);
      // Replaying a create whose record is gone.
      expect((await call(token, 'POST', base, record, { 'Idempotency-Key': key })).status).toBe(409);
    }

    expect(problems).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('answers the registry, session, audit and person operations as documented', async () => {
    const { call, problems } = exchanges();
    const token = tokenOf(id, role);
    const generated = generateRecords(registry, { count: 6, seed: main ? 21 : 22, today: TODAY });
    const record = findableRecord(registry, generated);
    const created = await call(token, 'POST', `/api/registries/${id}/records`, record);
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const list = await call(token, 'GET', '/api/registries');
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    const detail = await call(token, 'GET', `/api/registries/${id}`);
    expect(detail.status).toBe(200);
    const abilities = new Set(detail.body.abilities as string[]);
    const schema = await call(token, 'GET', `/api/registries/${id}/schema.json`);
    expect(schema.status).toBe(200);
    expect(schema.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const elsewhere = registries.find((other) => other.id !== id)!.id;
    expect((await call(token, 'GET', `/api/registries/${elsewhere}`)).status).toBe(403);
    expect((await call(token, 'GET', '/api/registries/no-such-registry')).status).toBe(404);

    const me = await call(token, 'GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual({ [id]: [role] });

    const audit = await call(token, 'GET', `/api/audit?registry=${id}&record=${created.body.id as string}&actor=${encodeURIComponent(`token:test@${me.body.username as string}`)}&limit=20&offset=0`);
    expect(audit.status).toBe(abilities.has('view-audit') ? 200 : 403);
    if (audit.status === 200) expect(audit.body.total).toBeGreaterThan(0);
    expect((await call(token, 'GET', `/api/audit?registry=${id}`)).status).toBe(abilities.has('view-audit') ? 200 : 403);
    expect((await call(token, 'GET', '/api/audit')).status).toBe(400);

    const person = { personal_identity_code: record['henkilotunnus'] as string };
    const lookup = await call(token, 'POST', '/api/persons/lookup', person);
    expect(lookup.status).toBe(abilities.has('lookup-person') ? 200 : 403);
    if (lookup.status === 200) expect(lookup.body.items).toContainEqual(expect.objectContaining({ registry: id, record: expect.objectContaining({ id: created.body.id }) }));
    const personAudit = await call(token, 'POST', '/api/persons/audit', person);
    expect(personAudit.status).toBe(abilities.has('view-audit') ? 200 : 403);
    if (abilities.has('lookup-person')) expect((await call(token, 'POST', '/api/persons/lookup', { personal_identity_code: '010190-1234' })).status).toBe(400);

    const reports = await call(token, 'GET', `/api/registries/${id}/reports`);
    expect(reports.status).toBe(200);
    expect(reports.body.items.length > 0).toBe(abilities.has('run-reports') && registry.reports.length > 0);
    const report = registry.reports[0];
    if (report) {
      const run = await call(token, 'GET', `/api/registries/${id}/reports/${report.id}?from=2020-01-01&to=2026-12-31`);
      expect(run.status).toBe(abilities.has('run-reports') ? 200 : 403);
      if (run.status === 200) {
        expect((await call(token, 'GET', `/api/registries/${id}/reports/${report.id}?format=csv`)).status).toBe(200);
        expect((await call(token, 'GET', `/api/registries/${id}/reports/${report.id}?from=2020-13-01`)).status).toBe(400);
        expect((await call(token, 'GET', `/api/registries/${id}/reports/no_such_report`)).status).toBe(404);
      }
    }

    expect(problems).toEqual([]);
    expect(t.errors).toEqual([]);
  });
});

describe('contract: refusals of the request itself', () => {
  it.each(registries.map((registry) => registry.id))('%s: 401 anonymous, 415, 400 and 413 as documented', async (id) => {
    const { call, problems } = exchanges();
    const token = tokenOf(id, 'paakayttaja');
    const base = `/api/registries/${id}/records`;
    const record = generateRecords(seedRegistries().find((registry) => registry.id === id)!, { count: 1, seed: 31, today: TODAY })[0]!;
    const created = await call(token, 'POST', base, record);
    const rid = created.body.id as string;

    for (const [method, path] of [
      ['GET', base],
      ['POST', base],
      ['GET', `${base}/${rid}`],
      ['PATCH', `${base}/${rid}`],
      ['DELETE', `${base}/${rid}`],
      ['GET', `/api/registries/${id}`],
      ['GET', `/api/registries/${id}/schema.json`],
      ['GET', `/api/registries/${id}/records/${rid}/audit`],
    ] as const) {
      const anonymous = await call(undefined, method, path, method === 'POST' || method === 'PATCH' ? record : undefined);
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      expect(anonymous.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    }
    const text = { 'Content-Type': 'text/plain' };
    expect((await call(token, 'POST', base, JSON.stringify(record), text)).status).toBe(415);
    expect((await call(token, 'PATCH', `${base}/${rid}`, '{}', text)).status).toBe(415);
    expect((await call(token, 'POST', base, '{"nimi": ')).status).toBe(400);
    expect((await call(token, 'PATCH', `${base}/${rid}`, '{"nimi": ')).status).toBe(400);
    expect((await call(token, 'POST', base, '[1, 2]')).status).toBe(400);
    expect((await call(token, 'POST', base, record, { 'Idempotency-Key': 'not valid' })).status).toBe(400);
    expect((await call(token, 'PATCH', `${base}/${rid}`, {}, { 'If-Match': 'version 1' })).status).toBe(400);
    const oversize = JSON.stringify({ ...record, x: 'x'.repeat(1024 * 1024) });
    expect((await call(token, 'POST', base, oversize)).status).toBe(413);
    expect((await call(token, 'PATCH', `${base}/${rid}`, oversize)).status).toBe(413);

    expect(problems).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('refuses bodies of the person and sign-in operations as documented', async () => {
    const { call, problems } = exchanges();
    const token = tokenOf(registries[0]!.id, 'paakayttaja');
    const big = JSON.stringify({ personal_identity_code: 'x'.repeat(64 * 1024) });
    for (const path of ['/api/persons/lookup', '/api/persons/audit']) {
      expect((await call(undefined, 'POST', path, { personal_identity_code: '010190-9012' })).status, path).toBe(401);
      expect((await call(token, 'POST', path, 'personal_identity_code=010190-9012', { 'Content-Type': 'application/x-www-form-urlencoded' })).status, path).toBe(415);
      expect((await call(token, 'POST', path, '{')).status, path).toBe(400);
      expect((await call(token, 'POST', path, big)).status, path).toBe(413);
    }
    expect((await call(undefined, 'POST', '/api/login', 'username=a&password=b', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await call(undefined, 'POST', '/api/login', '{')).status).toBe(400);
    expect((await call(undefined, 'POST', '/api/login', JSON.stringify({ username: 'a', password: 'x'.repeat(16 * 1024) }))).status).toBe(413);
    for (const path of ['/api/me', '/api/registries', `/api/audit?registry=${registries[0]!.id}`]) expect((await call(undefined, 'GET', path)).status, path).toBe(401);
    expect(problems).toEqual([]);
  });
});

describe('contract: sign-in, system and the API docs page', () => {
  it('signs in and out with a session cookie as documented', async () => {
    const { call, problems } = exchanges();
    const username = `paakayttaja.${registries[0]!.id}`;
    expect((await call(undefined, 'POST', '/api/login', { username, password: 'wrong password' })).status).toBe(401);
    const login = await call(undefined, 'POST', '/api/login', { username, password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = /seloste_session=[^;]+/.exec(login.headers.get('Set-Cookie') ?? '')![0];
    const me = await call(undefined, 'GET', '/api/me', undefined, { Cookie: cookie });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(username);
    const logout = await call(undefined, 'POST', '/api/logout', undefined, { Cookie: cookie });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('Set-Cookie')).toMatch(/seloste_session=;/);
    expect((await call(undefined, 'GET', '/api/me', undefined, { Cookie: cookie })).status).toBe(401);
    expect(problems).toEqual([]);
  });

  it('answers the health check as documented', async () => {
    const { call, problems } = exchanges();
    expect((await call(undefined, 'GET', '/health')).status).toBe(200);
    expect(problems).toEqual([]);
  });

  it.each([
    ['fi', '/api/docs', {}],
    ['sv', '/api/docs?lang=sv', {}],
    ['en', '/api/docs', { 'Accept-Language': 'en-GB,en;q=0.9' }],
  ] as const)('serves the API docs page in %s listing every path', async (lang, path, headers) => {
    const { call, problems } = exchanges();
    const page = await call(undefined, 'GET', path, undefined, headers);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.headers.get('Content-Language')).toBe(lang);
    expect(page.body).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    for (const { method, path: template } of contract.operations()) expect(page.body as string, `${method} ${template}`).toContain(template);
    expect(problems).toEqual([]);
  });
});

describe('contract: the checker itself', () => {
  // A checker of its own, so that these made-up exchanges count for no operation's coverage.
  const exchange = (method: string, url: string, status: number, headers: Record<string, string>, body: unknown, requestBody?: unknown) => ({
    method,
    url,
    status,
    headers: new Headers(headers),
    text: typeof body === 'string' ? body : JSON.stringify(body),
    ...(requestBody === undefined ? {} : { requestBody }),
  });
  const problemJson = { 'Content-Type': 'application/problem+json' };
  const problemBody = { type: 'urn:seloste:problem:not-found', title: 'x', status: 404, detail: 'x' };

  it('prefers the registry\'s own path to the generic one, and knows no other', () => {
    const checker = new OpenApiContract(contract.doc);
    const id = registries[0]!.id;
    expect(checker.find('get', `/api/registries/${id}/records/${UNKNOWN_RECORD}`)?.path).toBe(`/api/registries/${id}/records/{recordId}`);
    expect(checker.find('get', `/api/registries/${id}/records/${UNKNOWN_RECORD}/audit`)?.path).toBe('/api/registries/{registryId}/records/{recordId}/audit');
    expect(checker.find('get', `/api/registries/${id}`)?.path).toBe('/api/registries/{registryId}');
    expect(checker.find('get', '/api/registries/no-such-registry/records')).toBeUndefined();
    expect(checker.find('put', `/api/registries/${id}/records/${UNKNOWN_RECORD}`)).toBeUndefined();
  });

  it('flags an undocumented status, media type, header, body, query parameter and request body', () => {
    const checker = new OpenApiContract(contract.doc);
    const id = registries[0]!.id;
    const record = `/api/registries/${id}/records/${UNKNOWN_RECORD}`;
    expect(checker.check(exchange('GET', record, 404, problemJson, problemBody))).toEqual([]);
    expect(checker.check(exchange('GET', record, 418, problemJson, problemBody))[0]).toMatch(/status 418 is not documented/);
    expect(checker.check(exchange('GET', record, 404, { 'Content-Type': 'text/plain' }, 'x'))[0]).toMatch(/Content-Type text\/plain is not documented/);
    expect(checker.check(exchange('GET', record, 404, problemJson, { ...problemBody, status: 'x' }))[0]).toMatch(/body \/status must be integer/);
    expect(checker.check(exchange('DELETE', record, 204, { 'Content-Type': 'application/json' }, { deleted: true }))[0]).toMatch(/a body is sent/);
    const replay = { 'Content-Type': 'application/problem+json', 'Idempotent-Replayed': 'yes' };
    expect(checker.check(exchange('POST', `/api/registries/${id}/records`, 200, replay, problemBody)).join('\n')).toMatch(/header Idempotent-Replayed: \/ must be equal to constant/);
    const list = { items: [], total: 0, limit: 1, offset: 0 };
    const listJson = { 'Content-Type': 'application/json' };
    expect(checker.check(exchange('GET', `/api/registries/${id}/records?limit=1`, 200, listJson, list))).toEqual([]);
    expect(checker.check(exchange('GET', `/api/registries/${id}/records?limit=1000`, 200, listJson, list))[0]).toMatch(/query parameter limit: \/ must be <= 200/);
    expect(checker.check(exchange('GET', `/api/registries/${id}/records?colour=red`, 200, listJson, list))[0]).toMatch(/query parameter colour is not documented/);
    expect(checker.check(exchange('GET', `/api/registries/${id}/records?filter[no_such_field]=1`, 200, listJson, list))[0]).toMatch(/query parameter filter: \/ must NOT have additional properties/);
    expect(checker.check(exchange('PATCH', record, 200, listJson, {}, { no_such_field: 1 })).join('\n')).toMatch(/request body \/ must NOT have additional properties/);
    expect(checker.check(exchange('GET', '/api/nowhere', 404, problemJson, problemBody))[0]).toMatch(/no operation in the document/);
  });
});

describe('contract: the document and the app describe the same API', () => {
  it('has every route the app answers under /api in the document', () => {
    const routes = t.app.routes.filter((route) => route.method !== 'ALL' && (route.path === '/health' || route.path.startsWith('/api/')));
    expect(routes.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const route of routes) {
      // Each registry id for `:id` (the document has concrete record paths per registry), a uuid for other variables.
      const concrete = route.path.includes(':id') ? registries.map((registry) => route.path.replace(':id', registry.id)) : [route.path];
      for (const path of concrete) {
        const filled = path.replace(/:[A-Za-z]+/g, UNKNOWN_RECORD);
        if (!contract.find(route.method, filled)) missing.push(`${route.method} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('compiled every schema with its formats known', () => {
    expect(contract.compileWarnings()).toEqual([]);
  });

  // Runs last: the tests above exercise the operations.
  it('had every operation of the document exercised', () => {
    const operations = contract.operations().map(({ method, path }) => operationKey(method, path));
    expect(operations.length).toBe(15 + 5 * registries.length);
    expect(contract.unexercised()).toEqual([]);
  });
});
