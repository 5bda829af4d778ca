/**
 * The consents and disclosures API: the shapes of status, history and log entries, problem+json
 * for every refusal in the caller's language, no caching, and hostile input answered, never
 * crashed on. The contract test holds the same routes to the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { CONSENT_TEST_REGISTRY, JOENSUU, RAISIO, TESTI, addRecord } from '../helpers/consent-fixtures.js';

let t: TestEngine;
let worker: string;
let reader: string;
let joensuuId: string;
let raisioId: string;

const records = (registry: string, id: string) => `/api/registries/${registry}/records/${id}`;

beforeAll(async () => {
  t = await testEngine({ registries: [...seedRegistries(), CONSENT_TEST_REGISTRY], demo: true });
  worker = await t.userWithToken('tyontekija', [`${JOENSUU}:tyontekija`, `${RAISIO}:tyontekija`, `${TESTI}:kirjaaja`]);
  reader = await t.userWithToken('lukija', [`${TESTI}:lukija`]);
  joensuuId = await addRecord(t, t.engine.registries.find((registry) => registry.id === JOENSUU)!);
  raisioId = await addRecord(t, t.engine.registries.find((registry) => registry.id === RAISIO)!);
});
afterAll(() => t?.engine.close());

async function problemOf(response: Response, status: number): Promise<{ type: string; title: string; status: number; detail: string; instance: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  const body = await json(response);
  expect(body.status).toBe(status);
  return body;
}

describe('consents', () => {
  it('gives, refuses, withdraws and lists with the full history', async () => {
    const path = `${records(JOENSUU, joensuuId)}/consents`;
    const empty = await t.call(worker, 'GET', path);
    expect(empty.status).toBe(200);
    expect(empty.headers.get('Cache-Control')).toBe('no-store');
    expect((await json(empty)).items).toEqual([
      expect.objectContaining({ consent: 'tietojenvaihto', name: { fi: 'Asiakkaan suostumus tietojenvaihtoon' }, methods: ['signed-form'], purposes: ['palveluiden_jarjestaminen'], state: 'none', valid: false, history: [] }),
    ]);

    const oral = await problemOf(await t.call(worker, 'POST', path, { consent: 'tietojenvaihto', action: 'give', method: 'oral' }), 422);
    expect(oral.type).toBe('urn:seloste:problem:invalid');
    expect(oral.detail).toBe('Suostumus "Asiakkaan suostumus tietojenvaihtoon" annetaan vain näin: allekirjoitettu lomake (signed-form). Tapa "oral" ei käy.');
    expect(oral.instance).toBe(path);
    const swedish = await problemOf(await t.call(worker, 'POST', `${path}?lang=sv`, { consent: 'tietojenvaihto', action: 'give', method: 'oral' }), 422);
    expect(swedish.detail).toBe('Samtycket "Asiakkaan suostumus tietojenvaihtoon" ges endast så här: undertecknad blankett (signed-form). Sättet "oral" duger inte.');

    const given = await t.call(worker, 'POST', path, { consent: 'tietojenvaihto', action: 'give', method: 'signed-form', at: '2026-02-27' });
    expect(given.status).toBe(201);
    expect(given.headers.get('Cache-Control')).toBe('no-store');
    const status = await json(given);
    expect(status).toMatchObject({ consent: 'tietojenvaihto', state: 'given', valid: true });
    expect(status.current).toEqual({ id: expect.any(Number), event: 'given', at: '2026-02-27T12:00:00.000Z', method: 'signed-form', recorded_by: 'token:test@tyontekija', recorded_at: '2026-03-02T08:00:00.000Z' });
    expect(status.history).toEqual([status.current]);

    const again = await problemOf(await t.call(worker, 'POST', path, { consent: 'tietojenvaihto', action: 'give', method: 'signed-form' }), 409);
    expect(again.detail).toBe('Suostumus "Asiakkaan suostumus tietojenvaihtoon" on jo voimassa: se annettiin 27.2.2026 (allekirjoitettu lomake). Samaa suostumusta ei kirjata kahdesti.');

    const withdrawn = await t.call(worker, 'POST', path, { consent: 'tietojenvaihto', action: 'withdraw', method: 'electronic', at: '2026-03-01T18:30:00+02:00' });
    expect(withdrawn.status).toBe(201);
    const after = await json(withdrawn);
    expect(after).toMatchObject({ state: 'withdrawn', valid: false, history: [{ event: 'given' }, { event: 'withdrawn', at: '2026-03-01T16:30:00.000Z', method: 'electronic' }] });
    expect(after.current).toBeUndefined();

    const listed = await json(await t.call(worker, 'GET', path));
    expect(listed.items[0].history.map((event: { event: string }) => event.event)).toEqual(['given', 'withdrawn']);
  });

  it.each([
    ['no body', undefined, 415, 'unsupported-media-type'],
    ['malformed JSON', '{"consent":', 400, 'bad-request'],
    ['an array', '[]', 400, 'bad-request'],
    ['an unknown property', { consent: 'tietojenvaihto', action: 'give', method: 'signed-form', recorded_by: 'joku muu' }, 400, 'bad-request'],
    ['an unknown action', { consent: 'tietojenvaihto', action: 'renew', method: 'signed-form' }, 400, 'bad-request'],
    ['an undeclared consent', { consent: 'markkinointi', action: 'give', method: 'signed-form' }, 422, 'invalid'],
    ['a date in the future', { consent: 'tietojenvaihto', action: 'give', method: 'signed-form', at: '2026-12-24' }, 422, 'invalid'],
    ['a date-time without an offset', { consent: 'tietojenvaihto', action: 'give', method: 'signed-form', at: '2026-03-01T10:00' }, 422, 'invalid'],
    ['withdrawing a consent never given', { consent: 'tietojenvaihto', action: 'withdraw', method: 'oral' }, 409, 'conflict'],
    ['markup everywhere', { consent: '<img src=x onerror=alert(1)>', action: 'give', method: '"; DROP TABLE consent_events; --' }, 422, 'invalid'],
    ['control characters', { consent: 'tieto\u0000jen\u202evaihto', action: 'give', method: 'signed-form' }, 422, 'invalid'],
  ])('answers %s with problem+json', async (_name, body, status, kind) => {
    const id = await addRecord(t, t.engine.registries.find((registry) => registry.id === JOENSUU)!, 7);
    const headers: Record<string, string> = body === undefined ? { 'Content-Type': 'text/plain' } : {};
    const problem = await problemOf(await t.call(worker, 'POST', `${records(JOENSUU, id)}/consents`, body, headers), status);
    expect(problem.type).toBe(`urn:seloste:problem:${kind}`);
    expect(problem.detail).toMatch(/\S/);
    expect(problem.detail).not.toMatch(/^api\./);
    expect(t.engine.operations.workflows.consents.history(JOENSUU, id)).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('answers 401, 403 and 404 as problems, and a body too large with 413', async () => {
    const path = `${records(TESTI, '00000000-0000-4000-8000-000000000001')}/consents`;
    await problemOf(await t.call(undefined, 'GET', path), 401);
    const id = await addRecord(t, CONSENT_TEST_REGISTRY);
    await problemOf(await t.call(reader, 'POST', `${records(TESTI, id)}/consents`, { consent: 'vaihto', action: 'give', method: 'electronic' }), 403);
    expect((await t.call(reader, 'GET', `${records(TESTI, id)}/consents`)).status).toBe(200);
    await problemOf(await t.call(worker, 'GET', `${records(TESTI, '00000000-0000-4000-8000-0000000fffff')}/consents`), 404);
    await problemOf(await t.call(worker, 'GET', `/api/registries/no-such-registry/records/${id}/consents`), 404);
    await problemOf(await t.call(worker, 'GET', `${records(TESTI, '..%2F..%2Fetc')}/consents`), 404);
    await problemOf(await t.call(worker, 'POST', `${records(TESTI, id)}/consents`, JSON.stringify({ consent: 'vaihto', action: 'give', method: 'x'.repeat(20_000) })), 413);
  });
});

describe('disclosures', () => {
  it('refuses the disclosure on consent without it, records it with it, and lists the history and the declared recipients', async () => {
    const path = `${records(RAISIO, raisioId)}/disclosures`;
    const refused = await problemOf(await t.call(worker, 'POST', path, { disclosure: 'yhteistyotahot' }), 409);
    expect(refused.type).toBe('urn:seloste:problem:conflict');
    expect(refused.detail).toContain('"Suostumus tietojen vaihtoon ja käyttöön" (tietojenvaihto)');
    const english = await problemOf(await t.call(worker, 'POST', path, { disclosure: 'yhteistyotahot' }, { 'Accept-Language': 'en-GB' }), 409);
    expect(english.detail).toMatch(/^The disclosure to ".*" is based on consent, and no consent was in force when the data was disclosed: "Suostumus tietojen vaihtoon ja käyttöön" \(tietojenvaihto\)\./);

    expect((await t.call(worker, 'POST', `${records(RAISIO, raisioId)}/consents`, { consent: 'tietojenvaihto', action: 'give', method: 'signed-form', at: '2026-02-01' })).status).toBe(201);
    const created = await t.call(worker, 'POST', path, { disclosure: 'yhteistyotahot', categories: ['tyokyky', 'palvelutarve'], method: 'Turvaposti', disclosed_at: '2026-02-15' });
    expect(created.status).toBe(201);
    const entry = await json(created);
    expect(entry).toEqual({
      id: expect.any(String),
      disclosure: 'yhteistyotahot',
      recipient: { fi: expect.stringContaining('Vain asiakkaan luvalla') },
      categories: ['tyokyky', 'palvelutarve'],
      basis: 'consent',
      consent_event: expect.any(Number),
      method: 'Turvaposti',
      disclosed_at: '2026-02-15T12:00:00.000Z',
      recorded_by: 'token:test@tyontekija',
      recorded_at: '2026-03-02T08:00:00.000Z',
    });
    const byLaw = await json(await t.call(worker, 'POST', path, { disclosure: 'henkilomatrikkelit' }));
    expect(byLaw).toMatchObject({ basis: 'law', categories: ['henkilotiedot'] });
    expect(byLaw.consent_event).toBeUndefined();

    const listed = await t.call(worker, 'GET', path);
    expect(listed.headers.get('Cache-Control')).toBe('no-store');
    const body = await json(listed);
    expect(body.items.map((item: { disclosure: string }) => item.disclosure)).toEqual(['yhteistyotahot', 'henkilomatrikkelit']);
    expect(body.declared).toEqual([
      { disclosure: 'yhteistyotahot', recipient: { fi: expect.any(String) }, basis: 'consent', consent: 'tietojenvaihto', categories: ['palvelutarve', 'tyollisyyspalvelut', 'tyokyky'] },
      { disclosure: 'henkilomatrikkelit', recipient: { fi: 'Ulkopuoliset henkilömatrikkelia ja sukututkimusten tekoa varten' }, basis: 'law', categories: ['henkilotiedot'] },
    ]);
  });

  it.each([
    ['an undeclared recipient', { disclosure: 'naapurit' }, 422, /Ilmoitetut vastaanottajat: yhteistyotahot \(Vain asiakkaan luvalla;.*\); henkilomatrikkelit \(Ulkopuoliset henkilömatrikkelia ja sukututkimusten tekoa varten\)\./],
    ['a category not declared for it', { disclosure: 'henkilomatrikkelit', categories: ['tyokyky'] }, 422, /näitä tietoryhmiä: tyokyky \(Työ- ja toimintakyky\)\. Sille voi luovuttaa: henkilotiedot \(Asiakkaan henkilötiedot\)\./],
    ['the camelCase date', { disclosure: 'henkilomatrikkelit', disclosedAt: '2026-03-01' }, 400, /kenttää "disclosedAt"/],
    ['a date as a number', { disclosure: 'henkilomatrikkelit', disclosed_at: 1 }, 400, /"disclosed_at"/],
    ['a method with a line break', { disclosure: 'henkilomatrikkelit', method: 'a\nb' }, 400, /yksirivinen/],
    ['a null body', 'null', 400, /JSON-oliona/],
    ['markup as the recipient', { disclosure: '<script>alert(1)</script>' }, 422, /vastaanottajaa "<script>alert\(1\)<\/script>"/],
  ])('answers %s with problem+json', async (_name, body, status, detail) => {
    const id = await addRecord(t, t.engine.registries.find((registry) => registry.id === RAISIO)!, 9);
    const problem = await problemOf(await t.call(worker, 'POST', `${records(RAISIO, id)}/disclosures`, body), status);
    expect(problem.detail).toMatch(detail);
    expect(t.engine.operations.workflows.disclosures.history(RAISIO, id)).toEqual([]);
  });

  it('leaves audit entries with ids and codes only, readable in the record\'s trail', async () => {
    const admin = await t.userWithToken('paakayttaja', [`${RAISIO}:paakayttaja`]);
    const id = await addRecord(t, t.engine.registries.find((registry) => registry.id === RAISIO)!, 11);
    await t.call(admin, 'POST', `${records(RAISIO, id)}/disclosures`, { disclosure: 'henkilomatrikkelit', method: 'Kirjeellä Maija Meikäläiselle' });
    await t.call(admin, 'POST', `${records(RAISIO, id)}/disclosures`, { disclosure: 'vakuutusyhtio' });
    const trail = await json(await t.call(admin, 'GET', `${records(RAISIO, id)}/audit`));
    const disclose = trail.items.filter((entry: { action: string }) => entry.action === 'disclose');
    expect(disclose.map((entry: { outcome: string; reason: string; fields: string[] }) => [entry.outcome, entry.reason, entry.fields])).toEqual([
      ['ok', 'disclosure:henkilomatrikkelit', ['nimi', 'osoite']],
      ['invalid', 'unknown-recipient', []],
    ]);
    expect(JSON.stringify(trail)).not.toContain('Meikäläise');
  });
});
