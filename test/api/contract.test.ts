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
import { runDueJobs } from '../../src/workflows/scheduler.js';

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

  it('answers the lifecycle operations as documented', async () => {
    const { call, problems } = exchanges();
    const token = tokenOf(id, role);
    const record = generateRecords(registry, { count: 1, seed: main ? 41 : 42, today: TODAY })[0]!;
    const created = await call(token, 'POST', base, record);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rid = created.body.id as string;
    const transitions = `${base}/${rid}/transitions`;

    const read = await call(token, 'GET', transitions);
    expect(read.status).toBe(200);
    expect(read.headers.get('ETag')).toBe('"1"');
    expect((await call(token, 'GET', `${base}/${UNKNOWN_RECORD}/transitions`)).status).toBe(404);
    const elsewhere = registries.find((other) => other.id !== id)!.id;
    expect((await call(token, 'GET', `/api/registries/${elsewhere}/records/${rid}/transitions`)).status).toBe(403);
    expect((await call(token, 'POST', `${transitions}/no_such_transition`)).status).toBe(404);
    const lifecycle = registry.lifecycle;
    if (!lifecycle) {
      expect(read.body.state).toBeNull();
      expect(read.body.transitions).toEqual([]);
      expect(problems).toEqual([]);
      return;
    }
    expect(read.body.history).toEqual([expect.objectContaining({ state: lifecycle.initial, transition: null })]);
    const offered = read.body.transitions as Array<{ id: string; to: string; from: string[]; allowed: boolean }>;
    const timerOnly = lifecycle.transitions.find((transition) => transition.roles.length === 0 && transition.from.includes(lifecycle.initial));
    if (timerOnly) expect((await call(token, 'POST', `${transitions}/${timerOnly.id}`)).status).toBe(403);
    const blocked = offered.find((transition) => !transition.allowed);
    if (blocked) expect((await call(token, 'POST', `${transitions}/${blocked.id}`)).status).toBe(422);
    const allowed = offered.find((transition) => transition.allowed)!;
    expect((await call(token, 'POST', `${transitions}/${allowed.id}`, undefined, { 'If-Match': 'version 1' })).status).toBe(400);
    const taken = await call(token, 'POST', `${transitions}/${allowed.id}`, undefined, { 'If-Match': '"1"' });
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body.state).toBe(allowed.to);
    expect(taken.headers.get('ETag')).toBe('"2"');
    expect((await call(token, 'POST', `${transitions}/${allowed.id}`, undefined, { 'If-Match': '"1"' })).status).toBe(412);
    if (!allowed.from.includes(allowed.to)) expect((await call(token, 'POST', `${transitions}/${allowed.id}`)).status).toBe(409);
    const after = await call(token, 'GET', transitions);
    expect(after.body.history.map((entry: { transition: string | null }) => entry.transition)).toEqual([null, allowed.id]);

    expect(problems).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('answers the consent and disclosure operations as documented', async () => {
    const { call, problems } = exchanges();
    const token = tokenOf(id, role);
    const record = generateRecords(registry, { count: 1, seed: main ? 51 : 52, today: TODAY })[0]!;
    const created = await call(token, 'POST', base, record);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const consents = `${base}/${created.body.id as string}/consents`;
    const disclosures = `${base}/${created.body.id as string}/disclosures`;
    const abilities = new Set((await call(token, 'GET', `/api/registries/${id}`)).body.abilities as string[]);
    const elsewhere = registries.find((other) => other.id !== id)!.id;

    const status = await call(token, 'GET', consents);
    expect(status.status).toBe(200);
    expect(status.body.items.map((item: { consent: string }) => item.consent)).toEqual(registry.consents.map((consent) => consent.id));
    expect((await call(token, 'GET', `${base}/${UNKNOWN_RECORD}/consents`)).status).toBe(404);
    expect((await call(token, 'GET', `/api/registries/${elsewhere}/records/${created.body.id as string}/consents`)).status).toBe(403);
    expect((await call(undefined, 'GET', consents)).status).toBe(401);
    const consent = registry.consents[0];
    if (consent && abilities.has('manage-consents')) {
      const give = { consent: consent.id, action: 'give', method: consent.methods[0]!, at: '2026-02-01' };
      const given = await call(token, 'POST', consents, give);
      expect(given.status, JSON.stringify(given.body)).toBe(201);
      expect(given.body.state).toBe('given');
      expect((await call(token, 'POST', consents, give)).status).toBe(409);
      expect((await call(token, 'POST', consents, { ...give, consent: 'no_such_consent' })).status).toBe(422);
      expect((await call(token, 'POST', consents, { ...give, action: 'withdraw', at: '2099-01-01' })).status).toBe(422);
      expect((await call(token, 'POST', consents, { ...give, colour: 'red' })).status).toBe(400);
      expect((await call(token, 'POST', consents, JSON.stringify(give), { 'Content-Type': 'text/plain' })).status).toBe(415);
      expect((await call(token, 'POST', consents, JSON.stringify({ ...give, method: 'x'.repeat(20_000) }))).status).toBe(413);
      expect((await call(token, 'POST', `${base}/${UNKNOWN_RECORD}/consents`, give)).status).toBe(404);
    } else {
      expect((await call(token, 'POST', consents, { consent: 'x', action: 'give', method: 'written' })).status).toBe(403);
    }
    expect((await call(undefined, 'POST', consents, { consent: 'x', action: 'give', method: 'written' })).status).toBe(401);

    const history = await call(token, 'GET', disclosures);
    expect(history.status).toBe(200);
    expect(history.body.declared.map((item: { disclosure: string }) => item.disclosure)).toEqual((registry.disclosures?.items ?? []).map((item) => item.id));
    expect((await call(token, 'GET', `${base}/${UNKNOWN_RECORD}/disclosures`)).status).toBe(404);
    expect((await call(undefined, 'GET', disclosures)).status).toBe(401);
    const items = registry.disclosures?.items ?? [];
    if (items.length > 0 && abilities.has('record-disclosures')) {
      const onConsent = items.find((item) => item.basis === 'consent' && item.consent === consent?.id);
      if (onConsent) {
        const disclosed = await call(token, 'POST', disclosures, { disclosure: onConsent.id, method: 'Turvaposti', disclosed_at: '2026-02-02T10:00:00+02:00' });
        expect(disclosed.status, JSON.stringify(disclosed.body)).toBe(201);
        expect(disclosed.body.basis).toBe('consent');
        const withdrawn = await call(token, 'POST', consents, { consent: consent!.id, action: 'withdraw', method: 'oral' });
        expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(201);
        expect((await call(token, 'POST', disclosures, { disclosure: onConsent.id })).status).toBe(409);
      }
      const byLaw = items.find((item) => item.basis === 'law');
      if (byLaw) expect((await call(token, 'POST', disclosures, { disclosure: byLaw.id })).status).toBe(201);
      expect((await call(token, 'POST', disclosures, { disclosure: 'no_such_recipient' })).status).toBe(422);
      expect((await call(token, 'POST', disclosures, { disclosure: items[0]!.id, recipient: 'x' })).status).toBe(400);
      expect((await call(token, 'POST', disclosures, '[1]')).status).toBe(400);
      expect((await call(token, 'POST', disclosures, 'disclosure=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
      expect((await call(token, 'POST', disclosures, JSON.stringify({ disclosure: 'x'.repeat(20_000) }))).status).toBe(413);
      expect((await call(token, 'GET', disclosures)).body.items.length).toBeGreaterThan(0);
    } else {
      expect((await call(token, 'POST', disclosures, { disclosure: items[0]?.id ?? 'x' })).status).toBe(403);
    }
    expect((await call(undefined, 'POST', disclosures, { disclosure: 'x' })).status).toBe(401);

    expect(problems).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('answers the legal-hold and job operations as documented', async () => {
    const { call, problems } = exchanges();
    const token = tokenOf(id, role);
    const record = generateRecords(registry, { count: 1, seed: main ? 61 : 62, today: TODAY })[0]!;
    const created = await call(token, 'POST', base, record);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rid = created.body.id as string;
    const abilities = new Set((await call(token, 'GET', `/api/registries/${id}`)).body.abilities as string[]);
    const holds = `${base}/${rid}/legal-holds`;

    expect((await call(token, 'GET', holds)).body).toEqual({ items: [] });
    expect((await call(token, 'GET', `${base}/${UNKNOWN_RECORD}/legal-holds`)).status).toBe(404);
    expect((await call(undefined, 'GET', holds)).status).toBe(401);
    if (abilities.has('legal-hold')) {
      const placed = await call(token, 'POST', holds, { reason: 'Vahingonkorvausasia vireillä käräjäoikeudessa' });
      expect(placed.status, JSON.stringify(placed.body)).toBe(201);
      expect(placed.body).toMatchObject({ record: rid, active: true });
      for (const reason of ['', '  ', 'rivi\ntoinen', 'x'.repeat(501), 42]) expect((await call(token, 'POST', holds, { reason })).status).toBe(422);
      expect((await call(token, 'POST', holds, '{')).status).toBe(400);
      expect((await call(token, 'POST', holds, JSON.stringify({ reason: 'x' }), { 'Content-Type': 'text/plain' })).status).toBe(415);
      expect((await call(token, 'POST', holds, JSON.stringify({ reason: 'x'.repeat(20_000) }))).status).toBe(413);
      expect((await call(token, 'POST', `${base}/${UNKNOWN_RECORD}/legal-holds`, { reason: 'x' })).status).toBe(404);
      if (abilities.has('delete-records')) {
        const refused = await call(token, 'DELETE', `${base}/${rid}`);
        expect(refused.status).toBe(409);
        expect(refused.body.detail).toContain('Vahingonkorvausasia');
      }
      const release = `${holds}/${placed.body.id as number}/release`;
      const released = await call(token, 'POST', release);
      expect(released.status).toBe(200);
      expect(released.body).toMatchObject({ active: false, released_by: expect.any(String) });
      expect((await call(token, 'POST', release)).status).toBe(404);
      expect((await call(token, 'POST', `${holds}/abc/release`)).status).toBe(400);
      expect((await call(token, 'GET', holds)).body.items).toHaveLength(1);
    } else {
      expect((await call(token, 'POST', holds, { reason: 'x' })).status).toBe(403);
      expect((await call(token, 'POST', `${holds}/1/release`)).status).toBe(403);
    }

    const jobs = await call(token, 'GET', `${base}/${rid}/jobs`);
    expect(jobs.status).toBe(200);
    expect(jobs.body.items.length > 0).toBe((registry.lifecycle?.timers ?? []).some((timer) => timer.state === registry.lifecycle!.initial));
    expect((await call(token, 'GET', `${base}/${UNKNOWN_RECORD}/jobs`)).status).toBe(404);
    const list = `/api/registries/${id}/jobs`;
    if (abilities.has('view-audit')) {
      const due = await call(token, 'GET', list);
      expect(due.status).toBe(200);
      expect(due.body.view).toBe('due');
      expect((await call(token, 'GET', `${list}?view=upcoming&limit=5`)).status).toBe(200);
      expect((await call(token, 'GET', `${list}?view=everything`)).status).toBe(400);
      expect((await call(token, 'GET', `${list}?limit=0`)).status).toBe(400);
    } else {
      expect((await call(token, 'GET', list)).status).toBe(403);
    }
    expect((await call(undefined, 'GET', list)).status).toBe(401);

    // A review: a timer without a transition, in a state a person's transition leads to.
    const lifecycle = registry.lifecycle;
    const review = lifecycle?.timers.find((timer) => timer.transition === undefined && lifecycle.transitions.some((tr) => tr.to === timer.state && tr.from.includes(lifecycle.initial) && tr.roles.includes(role)));
    if (review) {
      const into = lifecycle!.transitions.find((tr) => tr.to === review.state && tr.from.includes(lifecycle!.initial))!;
      expect((await call(token, 'POST', `${base}/${rid}/transitions/${into.id}`)).status).toBe(200);
      await runDueJobs(t.engine.operations);
      const waiting = (await call(token, 'GET', `${base}/${rid}/jobs`)).body.items.find((job: { status: string }) => job.status === 'review');
      expect(waiting).toMatchObject({ rule: `timer:${review.id}`, action: 'review' });
      const reviewed = await call(token, 'POST', `/api/registries/${id}/jobs/${waiting.id as number}/reviewed`);
      expect(reviewed.status).toBe(200);
      expect(reviewed.body).toMatchObject({ status: 'done', outcome: 'reviewed' });
      expect((await call(token, 'POST', `/api/registries/${id}/jobs/${waiting.id as number}/reviewed`)).status).toBe(409);
    }
    expect((await call(token, 'POST', `/api/registries/${id}/jobs/999999/reviewed`)).status).toBe(404);
    expect((await call(token, 'POST', `/api/registries/${id}/jobs/0/reviewed`)).status).toBe(400);
    expect((await call(undefined, 'POST', `/api/registries/${id}/jobs/1/reviewed`)).status).toBe(401);

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
      ['GET', `${base}/${rid}/transitions`],
      ['POST', `${base}/${rid}/transitions/paata`],
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

describe('contract: data-subject requests', () => {
  it('answers every request operation as documented', async () => {
    const { call, problems } = exchanges();
    const id = 'iisalmi-hakosalo';
    const main = tokenOf(id, 'paakayttaja');
    const worker = tokenOf(id, 'tyontekija');
    const registry = registries.find((candidate) => candidate.id === id)!;
    const data = generateRecords(registry, { count: 1, seed: 71, today: TODAY })[0]!;
    const code = '250675-940M';
    const created = await call(main, 'POST', `/api/registries/${id}/records`, { ...data, henkilotunnus: code });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rid = created.body.id as string;
    const body = { kind: 'access', personal_identity_code: code, lang: 'sv' };

    expect((await call(undefined, 'POST', '/api/requests', body)).status).toBe(401);
    expect((await call(worker, 'POST', '/api/requests', body)).status).toBe(403);
    expect((await call(main, 'POST', '/api/requests', '{')).status).toBe(400);
    expect((await call(main, 'POST', '/api/requests', JSON.stringify(body), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await call(main, 'POST', '/api/requests', JSON.stringify({ ...body, note: 'x'.repeat(70_000) }))).status).toBe(413);
    const invalid = await call(main, 'POST', '/api/requests', { kind: 'complaint', personal_identity_code: '250675-940X', received: '2099-01-01' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((error: { field: string }) => error.field)).toEqual(['kind', 'personal_identity_code', 'received']);
    const access = await call(main, 'POST', '/api/requests', body);
    expect(access.status, JSON.stringify(access.body)).toBe(201);
    expect(access.headers.get('Location')).toBe(`/api/requests/${access.body.id as string}`);
    expect(access.body.registries).toEqual([id]);
    const path = `/api/requests/${access.body.id as string}`;

    expect((await call(main, 'GET', '/api/requests?status=open&overdue=false&limit=10&offset=0')).body.total).toBeGreaterThan(0);
    expect((await call(main, 'GET', '/api/requests?overdue=true')).status).toBe(200);
    expect((await call(main, 'GET', '/api/requests?status=lost')).status).toBe(400);
    expect((await call(worker, 'GET', '/api/requests')).status).toBe(403);
    expect((await call(undefined, 'GET', '/api/requests')).status).toBe(401);
    const read = await call(main, 'GET', path);
    expect(read.status).toBe(200);
    expect(read.headers.get('ETag')).toBe('"1"');
    expect(read.body.records).toEqual([{ registry: id, id: rid, links: { record: `/api/registries/${id}/records/${rid}` } }]);
    expect((await call(main, 'GET', '/api/requests/no-such-request')).status).toBe(404);
    expect((await call(worker, 'GET', path)).status).toBe(403);

    expect((await call(main, 'GET', `${path}/package`)).status).toBe(409);
    expect((await call(main, 'GET', `${path}/package.html`)).status).toBe(409);
    expect((await call(main, 'POST', `${path}/verify-identity`, { note: 5 })).status).toBe(422);
    expect((await call(main, 'POST', `${path}/verify-identity`, {}, { 'If-Match': 'one' })).status).toBe(400);
    expect((await call(main, 'POST', `${path}/verify-identity`, {}, { 'If-Match': '"7"' })).status).toBe(412);
    expect((await call(main, 'POST', `${path}/verify-identity`, '{"note":', {})).status).toBe(400);
    expect((await call(main, 'POST', `${path}/verify-identity`, JSON.stringify({}), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await call(main, 'POST', `${path}/verify-identity`, JSON.stringify({ note: 'x'.repeat(70_000) }))).status).toBe(413);
    const verified = await call(main, 'POST', `${path}/verify-identity`, { note: 'Passi' }, { 'If-Match': '"1"' });
    expect(verified.status).toBe(200);
    expect(verified.headers.get('ETag')).toBe('"2"');
    const pkg = await call(main, 'GET', `${path}/package`);
    expect(pkg.status).toBe(200);
    expect(pkg.headers.get('Content-Disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    expect(pkg.body.registries[0].records[0].id).toBe(rid);
    const page = await call(main, 'GET', `${path}/package.html`);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<html lang="sv">/);
    expect(page.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(page.headers.get('Cache-Control')).toBe('no-store');

    expect((await call(main, 'POST', `${path}/extend`, {})).status).toBe(422);
    expect((await call(main, 'POST', `${path}/extend`, { reason: 'Laaja', until: '2026-04-02' })).status).toBe(422);
    expect((await call(main, 'POST', `${path}/extend`, { reason: 'Laaja aineisto' })).status).toBe(200);
    expect((await call(main, 'POST', `${path}/extend`, { reason: 'Uudelleen' })).status).toBe(409);
    expect((await call(main, 'POST', `${path}/carry-out`, {})).status).toBe(409);
    expect((await call(main, 'POST', `${path}/lift-restriction`, {})).status).toBe(409);
    expect((await call(main, 'POST', `${path}/complete`, { resolution: '' })).status).toBe(422);
    expect((await call(main, 'POST', `${path}/complete`, { resolution: 'Tiedot lähetetty postitse.' })).status).toBe(200);
    expect((await call(main, 'POST', `${path}/refuse`, { resolution: 'x' })).status).toBe(409);
    for (const step of ['verify-identity', 'extend', 'complete', 'refuse', 'withdraw', 'carry-out', 'lift-restriction']) {
      expect((await call(main, 'POST', `/api/requests/no-such-request/${step}`, {})).status, step).toBe(404);
      expect((await call(worker, 'POST', `${path}/${step}`, {})).status, step).toBe(403);
      expect((await call(undefined, 'POST', `${path}/${step}`, {})).status, step).toBe(401);
    }
    for (const suffix of ['', '/package', '/package.html']) {
      expect((await call(undefined, 'GET', `${path}${suffix}`)).status).toBe(401);
      expect((await call(main, 'GET', `/api/requests/no-such-request${suffix}`)).status).toBe(404);
    }
    expect((await call(worker, 'GET', `${path}/package`)).status).toBe(403);
    expect((await call(worker, 'GET', `${path}/package.html`)).status).toBe(403);

    const restriction = await call(main, 'POST', '/api/requests', { kind: 'restriction', personal_identity_code: code, identity_verified: true });
    const restricted = await call(main, 'POST', `/api/requests/${restriction.body.id as string}/carry-out`, { reason: 'Tietojen oikeellisuus kiistetty' });
    expect(restricted.status, JSON.stringify(restricted.body)).toBe(200);
    expect(restricted.body.outcomes).toEqual([{ registry: id, outcome: 'restricted', records: [{ id: rid, outcome: 'restricted', restriction: expect.any(Number) }] }]);
    expect((await call(main, 'PATCH', `/api/registries/${id}/records/${rid}`, { nimi: 'Muutettu' })).status).toBe(409);
    expect((await call(main, 'DELETE', `/api/registries/${id}/records/${rid}`)).status).toBe(409);
    expect((await call(main, 'POST', `/api/requests/${restriction.body.id as string}/lift-restriction`, { reason: 'Tarkistettu' })).status).toBe(200);

    const consent = await call(main, 'POST', '/api/requests', { kind: 'withdraw-consent', personal_identity_code: code });
    expect((await call(main, 'POST', `/api/requests/${consent.body.id as string}/carry-out`, { method: 'telepathy' })).status).toBe(422);
    expect((await call(main, 'POST', `/api/requests/${consent.body.id as string}/carry-out`, { method: 'written' })).status).toBe(200);
    expect((await call(main, 'POST', `/api/requests/${consent.body.id as string}/withdraw`)).status).toBe(200);

    const erasure = await call(main, 'POST', '/api/requests', { kind: 'erasure', personal_identity_code: code });
    const erasePath = `/api/requests/${erasure.body.id as string}`;
    expect((await call(main, 'POST', `${erasePath}/carry-out`, { confirm: [id] })).status).toBe(409);
    expect((await call(main, 'POST', `${erasePath}/verify-identity`)).status).toBe(200);
    expect((await call(main, 'POST', `${erasePath}/carry-out`, { confirm: ['walmu-asiakashallinta'] })).status).toBe(422);
    const erased = await call(main, 'POST', `${erasePath}/carry-out`, { confirm: [id] });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body.outcomes[0]).toMatchObject({ registry: id, outcome: 'erased' });
    expect((await call(main, 'GET', `/api/registries/${id}/records/${rid}`)).status).toBe(404);
    expect((await call(main, 'POST', `${erasePath}/refuse`, { resolution: 'Osittain: ei muita tietoja' })).status).toBe(200);

    expect(problems).toEqual([]);
    expect(t.errors).toEqual([]);
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
    // 21 + 6 of retention and timers + 12 of data-subject requests.
    expect(operations.length).toBe(39 + 5 * registries.length);
    expect(contract.unexercised()).toEqual([]);
  });
});
