/**
 * The lifecycle through the API, as each seed describes it: Työrasti's user account valid for a
 * fixed period (expired only by its timer, renewed with a new end date, removed with a reason),
 * Joensuu's multi-agency service that starts only with the signed consent on file, Raisio's
 * customer relationship ended and restarted. Refusals are problem+json in the caller's language,
 * and the audit trail of the record shows every transition and refusal.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import { transitionRecord } from '../../src/operations/transitions.js';
import { json, seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { callerOf } from '../helpers/lifecycle.js';

const TYORASTI = 'helsinki-tyorasti';
const JOENSUU = 'joensuu-tyollisyyspalvelut';
const RAISIO = 'raisio-tyollisyyspalvelut';
const TODAY = new Date('2026-03-02T08:00:00Z');

let t: TestEngine;
let worker: string;
let admin: string;

async function setup(registry: string): Promise<void> {
  t = await testEngine({ demo: true });
  worker = await t.userWithToken('tyontekija', [`${registry}:tyontekija`]);
  admin = await t.userWithToken('paakayttaja', [`${registry}:paakayttaja`]);
}

async function create(registry: string, changes: Record<string, unknown> = {}): Promise<string> {
  const data: Record<string, unknown> = { ...generateRecords(seedRegistries().find((r) => r.id === registry)!, { count: 1, seed: 9, today: TODAY })[0]! };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  const response = await t.call(worker, 'POST', `/api/registries/${registry}/records`, data);
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
  return (await json(response)).id;
}

const base = (registry: string, id: string) => `/api/registries/${registry}/records/${id}`;

async function take(token: string, registry: string, id: string, transition: string, headers: Record<string, string> = {}) {
  const response = await t.call(token, 'POST', `${base(registry, id)}/transitions/${encodeURIComponent(transition)}`, undefined, headers);
  return { status: response.status, headers: response.headers, body: await json(response) };
}

async function offered(registry: string, id: string, token = worker) {
  const response = await t.call(token, 'GET', `${base(registry, id)}/transitions`);
  expect(response.status).toBe(200);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  return json(response);
}

function summary(body: { transitions: Array<{ id: string; allowed: boolean; blocked_by?: { message: string } }> }): string[] {
  return body.transitions.map((transition) => (transition.allowed ? transition.id : `${transition.id}: ${transition.blocked_by!.message}`));
}

function expectProblem(answer: { status: number; headers: Headers; body: Record<string, unknown> }, status: number, kind: string, detail: string | RegExp): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(answer.headers.get('Cache-Control')).toBe('no-store');
  expect(answer.body).toMatchObject({ type: `urn:seloste:problem:${kind}`, status });
  if (typeof detail === 'string') expect(answer.body['detail']).toBe(detail);
  else expect(answer.body['detail']).toMatch(detail);
}

describe('Työrasti: a user account valid for a fixed period', () => {
  beforeEach(() => setup(TYORASTI));

  it('expires only by its timer, is renewed with a new end date, and is removed with a reason', async () => {
    const id = await create(TYORASTI, { poiston_syy: undefined, tunnus_voimassa_asti: '2026-06-30' });
    let lifecycle = await offered(TYORASTI, id);
    expect(lifecycle.state).toMatchObject({ id: 'voimassa', name: { fi: 'Tunnus voimassa' }, final: false });
    // Expiry is the timer's: not offered, and refused by hand.
    expect(summary(lifecycle)).toEqual(['poista: Puuttuu: Tunnuksen poiston syy.']);
    expectProblem(await take(worker, TYORASTI, id, 'vanhene'), 403, 'forbidden', 'Tilasiirron "Tunnus vanhenee" tekee vain ajastin, kun määräaika täyttyy; sitä ei voi tehdä käsin.');

    // The period ends: the timer takes `vanhene` at the due time.
    t.clock.set('2026-07-01T06:00:00Z');
    await transitionRecord(t.engine.operations, callerOf(TYORASTI, []), TYORASTI, id, 'vanhene', { byTimer: { timer: 'maaraaika_paattyy', at: '2026-06-30T21:00:00.000Z' } });
    lifecycle = await offered(TYORASTI, id);
    expect(lifecycle.state.id).toBe('vanhentunut');
    expect(summary(lifecycle)).toEqual(['uusi: Päivämäärän pitää olla tämän päivän jälkeen: Tunnus voimassa asti.', 'poista: Puuttuu: Tunnuksen poiston syy.']);
    const refused = await take(worker, TYORASTI, id, 'uusi');
    expectProblem(refused, 422, 'invalid', 'Tilasiirtoa "Uusi tunnus" ei voi tehdä. Päivämäärän pitää olla tämän päivän jälkeen: Tunnus voimassa asti.');
    expect(refused.body['errors']).toEqual([expect.objectContaining({ pointer: '/tunnus_voimassa_asti', field: 'tunnus_voimassa_asti' })]);

    // The customer asks for renewal and still belongs to the target group: a new end date, then `uusi`.
    const patched = await t.call(worker, 'PATCH', base(TYORASTI, id), { tunnus_voimassa_asti: '2026-12-31' }, { 'If-Match': '"2"' });
    expect(patched.status).toBe(200);
    const renewed = await take(worker, TYORASTI, id, 'uusi', { 'If-Match': '"3"' });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ state: 'voimassa', version: 4, updated_by: 'token:test@tyontekija' });
    expect(renewed.headers.get('ETag')).toBe('"4"');

    // They find work: removed, with the reason recorded first.
    expectProblem(await take(worker, TYORASTI, id, 'poista'), 422, 'invalid', /Puuttuu: Tunnuksen poiston syy\./);
    expect((await t.call(worker, 'PATCH', base(TYORASTI, id), { poiston_syy: 'tyollistyy' })).status).toBe(200);
    expect((await take(worker, TYORASTI, id, 'poista')).body.state).toBe('poistettu');
    lifecycle = await offered(TYORASTI, id);
    expect(lifecycle.state).toMatchObject({ id: 'poistettu', final: true });
    expect(lifecycle.transitions).toEqual([]);
    expect(lifecycle.history).toEqual([
      { state: 'voimassa', name: { fi: 'Tunnus voimassa' }, transition: null, entered_at: '2026-03-02T08:00:00.000Z', actor: 'token:test@tyontekija' },
      { state: 'vanhentunut', name: { fi: 'Tunnus vanhentunut' }, transition: 'vanhene', entered_at: '2026-06-30T21:00:00.000Z', actor: 'system' },
      { state: 'voimassa', name: { fi: 'Tunnus voimassa' }, transition: 'uusi', entered_at: '2026-07-01T06:00:00.000Z', actor: 'token:test@tyontekija' },
      { state: 'poistettu', name: { fi: 'Tunnus poistettu' }, transition: 'poista', entered_at: '2026-07-01T06:00:00.000Z', actor: 'token:test@tyontekija' },
    ]);
    expectProblem(await take(worker, TYORASTI, id, 'uusi'), 409, 'conflict', 'Tilasiirtoa "Uusi tunnus" ei voi tehdä, kun tila on "Tunnus poistettu". Sen voi tehdä vain tilasta: "Tunnus vanhentunut".');

    // The audit trail: each transition and each refusal, with reason codes only.
    const trail = await json(await t.call(admin, 'GET', `${base(TYORASTI, id)}/audit?limit=200`));
    const transitions = (trail.items as Array<{ action: string; outcome: string; reason: string; actor: string; fields: string[] }>).filter((entry) => entry.action === 'transition');
    expect(transitions.map((entry) => [entry.actor, entry.outcome, entry.reason, entry.fields])).toEqual([
      ['token:test@tyontekija', 'denied', 'timer-only', []],
      ['system', 'ok', 'vanhene', []],
      ['token:test@tyontekija', 'invalid', 'date-not-future', ['tunnus_voimassa_asti']],
      ['token:test@tyontekija', 'ok', 'uusi', []],
      ['token:test@tyontekija', 'invalid', 'missing-fields', ['poiston_syy']],
      ['token:test@tyontekija', 'ok', 'poista', []],
      ['token:test@tyontekija', 'conflict', 'wrong-state', []],
    ]);
  });
});

describe('Joensuu: a multi-agency service starts only with the signed consent on file', () => {
  beforeEach(() => setup(JOENSUU));

  it('refuses without the consent, allows with it, and refuses again after it is withdrawn', async () => {
    const id = await create(JOENSUU);
    const consents = t.engine.operations.workflows.consents;
    const record = (event: 'given' | 'withdrawn') => {
      const now = t.clock().toISOString();
      consents.record({ registry: JOENSUU, recordId: id, consent: 'tietojenvaihto', event, at: now, method: 'signed-form', recordedBy: 'tyontekija', recordedAt: now });
    };
    expect(summary(await offered(JOENSUU, id))).toEqual(['aloita_monialainen_palvelu: Suostumusta ei ole kirjattu: Asiakkaan suostumus tietojenvaihtoon.', 'paata_asiakkuus']);
    const refused = await take(worker, JOENSUU, id, 'aloita_monialainen_palvelu');
    expectProblem(refused, 422, 'invalid', 'Tilasiirtoa "Aloita monialainen palvelu" ei voi tehdä. Suostumusta ei ole kirjattu: Asiakkaan suostumus tietojenvaihtoon.');
    expect(refused.body['errors']).toBeUndefined();

    record('given');
    expect(summary(await offered(JOENSUU, id))).toEqual(['aloita_monialainen_palvelu', 'paata_asiakkuus']);
    expect((await take(worker, JOENSUU, id, 'aloita_monialainen_palvelu')).body.state).toBe('monialainen_palvelu');
    expect((await take(worker, JOENSUU, id, 'paata_monialainen_palvelu')).body.state).toBe('asiakkuus');

    t.clock.advance(60_000);
    record('withdrawn');
    expectProblem(await take(worker, JOENSUU, id, 'aloita_monialainen_palvelu'), 422, 'invalid', /Suostumusta ei ole kirjattu/);
    // In Swedish and English as well.
    const sv = await t.call(worker, 'POST', `${base(JOENSUU, id)}/transitions/aloita_monialainen_palvelu`, undefined, { 'Accept-Language': 'sv' });
    expect((await json(sv)).detail).toBe('Övergången "Aloita monialainen palvelu" kan inte göras. Samtycket har inte registrerats: Asiakkaan suostumus tietojenvaihtoon.');
    const en = await t.call(worker, 'GET', `${base(JOENSUU, id)}/transitions?lang=en`, undefined, { 'Accept-Language': 'en' });
    expect((await json(en)).transitions[0].blocked_by).toEqual({ code: 'no-consent', message: 'Consent not on file: Asiakkaan suostumus tietojenvaihtoon.', consent: 'tietojenvaihto' });
  });
});

describe('Raisio: the customer relationship ends and restarts', () => {
  beforeEach(() => setup(RAISIO));

  it('ends with `paata` and restarts with `aktivoi`, each once', async () => {
    const id = await create(RAISIO);
    expect(summary(await offered(RAISIO, id))).toEqual(['paata']);
    const ended = await take(worker, RAISIO, id, 'paata', { 'If-Match': '"1"' });
    expect(ended.body).toMatchObject({ state: 'paattynyt', version: 2 });
    expectProblem(await take(worker, RAISIO, id, 'paata'), 409, 'conflict', 'Tilasiirtoa "Päätä asiakkuus" ei voi tehdä, kun tila on "Asiakkuus päättynyt". Sen voi tehdä vain tilasta: "Asiakkuus voimassa".');
    expectProblem(await take(worker, RAISIO, id, 'aktivoi', { 'If-Match': '"1"' }), 412, 'precondition-failed', 'Tietue on muuttunut: pyysit versiota 1, nykyinen on 2. Hae tietue uudelleen.');
    expect(summary(await offered(RAISIO, id))).toEqual(['aktivoi']);
    expect((await take(admin, RAISIO, id, 'aktivoi', { 'If-Match': 'W/"2"' })).body).toMatchObject({ state: 'aktiivinen', version: 3, updated_by: 'token:test@paakayttaja' });
    const read = await t.call(worker, 'GET', base(RAISIO, id));
    expect(read.headers.get('ETag')).toBe('"3"');
    expect((await offered(RAISIO, id)).history.map((entry: { state: string }) => entry.state)).toEqual(['aktiivinen', 'paattynyt', 'aktiivinen']);
  });

  it('refuses bad input with problem+json and a clear message', async () => {
    const id = await create(RAISIO);
    expectProblem(await take(worker, RAISIO, id, 'lopeta'), 404, 'not-found', 'Tilasiirtoa "lopeta" ei ole. Rekisterin "raisio-tyollisyyspalvelut" tilasiirrot: paata, aktivoi.');
    const hostile = await take(worker, RAISIO, id, '<img src=x onerror=alert(1)>');
    expectProblem(hostile, 404, 'not-found', /^Tilasiirtoa "<img src=x onerror=alert\(1\)>" ei ole\./);
    expectProblem(await take(worker, RAISIO, id, 'x'.repeat(5000)), 404, 'not-found', /^Tilasiirtoa "x{100}" ei ole\./);
    expectProblem(await take(worker, RAISIO, id, 'paata', { 'If-Match': 'version 1' }), 400, 'bad-request', /If-Match/);
    expectProblem(await take(worker, RAISIO, 'ffffffff-ffff-4fff-8fff-ffffffffffff', 'paata'), 404, 'not-found', /ei ole tässä rekisterissä/);
    const other = await t.userWithToken('walmu', ['walmu-asiakashallinta:tyontekija']);
    expectProblem(await take(other, RAISIO, id, 'paata'), 403, 'forbidden', 'Sinulla ei ole roolia rekisterissä "raisio-tyollisyyspalvelut".');
    expect((await t.call(other, 'GET', `${base(RAISIO, id)}/transitions`)).status).toBe(403);
    expect((await t.call(undefined, 'POST', `${base(RAISIO, id)}/transitions/paata`)).status).toBe(401);
    expectProblem(await take(worker, 'iisalmi-hakosalo', id, 'paata'), 403, 'forbidden', /roolia/);
    // A body is not needed and not read.
    const withBody = await t.call(worker, 'POST', `${base(RAISIO, id)}/transitions/paata`, '{"state": "aktiivinen"');
    expect(withBody.status).toBe(200);
    expect((await json(withBody)).state).toBe('paattynyt');
    expect(t.errors).toEqual([]);
  });

  it('describes the lifecycle with its transitions in the registry', async () => {
    const detail = await json(await t.call(worker, 'GET', `/api/registries/${RAISIO}`));
    expect(detail.lifecycle.transitions).toEqual([
      { id: 'paata', name: { fi: 'Päätä asiakkuus' }, from: ['aktiivinen'], to: 'paattynyt', roles: ['tyontekija', 'paakayttaja'], requires: { fields: [] } },
      { id: 'aktivoi', name: { fi: 'Aloita asiakkuus uudelleen' }, from: ['paattynyt'], to: 'aktiivinen', roles: ['tyontekija', 'paakayttaja'], requires: { fields: [] } },
    ]);
  });

  it('audits the read of the transitions without fields', async () => {
    const id = await create(RAISIO);
    await offered(RAISIO, id);
    const trail = await json(await t.call(admin, 'GET', `${base(RAISIO, id)}/audit?limit=200`));
    expect(trail.items.at(-2)).toMatchObject({ action: 'read', outcome: 'ok', fields: [], reason: 'transitions', records: [id] });
  });
});
