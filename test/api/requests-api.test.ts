/**
 * The requests API's answers to bad input: problem+json with located errors in the caller's
 * language, hostile values kept as data (never markup, never a crash), no personal data in
 * URLs or caches, and concurrent staff steps kept apart by `If-Match`.
 */
import { describe, expect, it } from 'vitest';
import { json } from '../helpers/engine.js';
import { PERSON, SEEDS, requestTest } from '../helpers/subject-requests.js';

describe('requests API: bad input', () => {
  it.each([
    ['no kind, a bad code, an unknown registry, a date in the future, a strange language', { personal_identity_code: '250675-940X', registries: ['no-such'], received: '2026-03-03', lang: 'de' }, ['kind', 'personal_identity_code', 'registries', 'received', 'lang']],
    ['types all wrong', { kind: ['access'], personal_identity_code: 250675, registries: SEEDS.walmu, received: 20260302, identity_verified: 'yes' }, ['kind', 'personal_identity_code', 'registries', 'received', 'identity_verified']],
    ['an empty registry list and an impossible date', { kind: 'access', personal_identity_code: PERSON, registries: [], received: '2026-02-30' }, ['registries', 'received']],
    ['unknown properties, a prototype key among them', JSON.parse(`{"kind":"access","personal_identity_code":"${PERSON}","__proto__":{"x":1},"colour":"red"}`), ['__proto__', 'colour']],
    ['no code at all', { kind: 'erasure', personal_identity_code: '   ' }, ['personal_identity_code']],
  ])('%s: 422 with each error located', async (_name, body, fields) => {
    const r = await requestTest();
    const response = await r.t.call(r.token, 'POST', '/api/requests', body);
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const problem = await json(response);
    expect(problem).toMatchObject({ type: 'urn:seloste:problem:invalid', status: 422, title: 'Tiedoissa on virheitä', instance: '/api/requests' });
    expect(problem.errors.map((error: { field: string }) => error.field)).toEqual(fields);
    for (const error of problem.errors) expect(error).toEqual({ pointer: `/${error.field}`, field: error.field, message: expect.any(String), keyword: expect.any(String) });
    expect(r.t.errors).toEqual([]);
    r.t.engine.close();
  });

  it('words problems in the caller\'s language', async () => {
    const r = await requestTest();
    const response = await r.t.call(r.token, 'POST', '/api/requests', { kind: 'access' }, { 'Accept-Language': 'sv' });
    const problem = await json(response);
    expect(problem.title).toBe('Uppgifterna innehåller fel');
    expect(problem.errors[0].message).toBe('Ange den registrerades personbeteckning.');
    const unknown = await json(await r.t.call(r.token, 'GET', '/api/requests/nope', undefined, { 'Accept-Language': 'en' }));
    expect(unknown).toMatchObject({ status: 404, detail: 'There is no request "nope".' });
    r.t.engine.close();
  });

  it.each([
    ['/api/requests?status=<script>', 'Tuntematon tila "<script>"'],
    ['/api/requests?overdue=maybe', 'overdue on true tai false.'],
    ['/api/requests?personal_identity_code=250675-940M', 'Tuntematon kyselyparametri "personal_identity_code"'],
    ['/api/requests?limit=0', 'limit on kokonaisluku 1–200.'],
    ['/api/requests?limit=x', 'limit pitää olla kokonaisluku.'],
  ])('%s: 400, said plainly', async (path, detail) => {
    const r = await requestTest();
    const response = await r.t.call(r.token, 'GET', path);
    expect(response.status).toBe(400);
    expect((await json(response)).detail).toContain(detail);
    r.t.engine.close();
  });

  it('keeps hostile text as data: stored, returned as JSON, never markup', async () => {
    const r = await requestTest();
    const hostile = '</textarea><script>alert(1)</script>\u0000\u202e' + 'ä'.repeat(100);
    const created = await r.createRequest({ kind: 'objection', personal_identity_code: PERSON, registries: [SEEDS.joensuu] });
    const response = await r.t.call(r.token, 'POST', `/api/requests/${created.id}/complete`, { resolution: hostile });
    expect(response.status).toBe(200);
    expect((await json(response)).resolution).toBe(hostile.trim());
    const read = await json(await r.t.call(r.token, 'GET', `/api/requests/${created.id}`));
    expect(read.history.at(-1)).toMatchObject({ event: 'completed', detail: { resolution: hostile.trim() } });
    const long = await r.t.call(r.token, 'POST', `/api/requests/${(await r.createRequest({ kind: 'objection', personal_identity_code: PERSON, registries: [SEEDS.joensuu] })).id}/complete`, { resolution: 'x'.repeat(10_001) });
    expect(long.status).toBe(422);
    expect(r.t.errors).toEqual([]);
    r.t.engine.close();
  });

  it('keeps two handlers\' steps apart with If-Match, and names the versions', async () => {
    const r = await requestTest();
    const created = await r.createRequest({ kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.walmu] });
    const path = `/api/requests/${created.id}`;
    const first = await r.t.call(r.token, 'POST', `${path}/extend`, { reason: 'Paljon pyyntöjä' }, { 'If-Match': '"1"' });
    expect(first.status).toBe(200);
    expect(first.headers.get('ETag')).toBe('"2"');
    const second = await r.t.call(r.token, 'POST', `${path}/complete`, { resolution: 'Valmis' }, { 'If-Match': '"1"' });
    expect(second.status).toBe(412);
    expect((await json(second)).detail).toBe('Pyyntö on muuttunut: pyysit versiota 1, nykyinen on 2. Hae pyyntö uudelleen.');
    expect((await r.t.call(r.token, 'POST', `${path}/complete`, { resolution: 'Valmis' }, { 'If-Match': '"2"' })).status).toBe(200);
    r.t.engine.close();
  });

  it('answers every request route with no-store, refusals included', async () => {
    const r = await requestTest();
    const created = await r.createRequest({ kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.walmu] });
    for (const [method, path] of [
      ['GET', '/api/requests'],
      ['GET', `/api/requests/${created.id}`],
      ['GET', `/api/requests/${created.id}/package`],
      ['POST', `/api/requests/${created.id}/verify-identity`],
      ['GET', `/api/requests/${created.id}/package.html`],
    ] as const) {
      const response = await r.t.call(r.token, method, path);
      expect(response.headers.get('Cache-Control'), `${method} ${path}`).toBe('no-store');
    }
    r.t.engine.close();
  });
});
