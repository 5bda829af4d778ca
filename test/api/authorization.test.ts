/**
 * Who may do what: every route × anonymous, a role in another registry, the case worker, the
 * main user and a disabled user's token, with the expected status — and no field leaking that a
 * role may not read (categories outside its grant, an address under protection) from any
 * output: a record, a list, a search, a lookup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { json, testEngine, type TestEngine } from '../helpers/engine.js';
import { registryFrom } from '../helpers/registry-text.js';
import { seedRegistries } from '../helpers/engine.js';

const RAISIO = '/api/registries/raisio-tyollisyyspalvelut';
const PERSON = { henkilotunnus: '131052-308T', nimi: 'Maija Meikäläinen', turvakielto: true, osoite: { street: 'Salakuja 7', postal_code: '21200', post_office: 'Raisio' } };

type Who = 'anonymous' | 'other' | 'tyontekija' | 'paakayttaja' | 'disabled';
const WHO: Who[] = ['anonymous', 'other', 'tyontekija', 'paakayttaja', 'disabled'];

let t: TestEngine;
const tokens = new Map<Who, string | undefined>();
let recordId: string;

beforeAll(async () => {
  t = await testEngine();
  tokens.set('anonymous', undefined);
  tokens.set('other', await t.userWithToken('walmu', ['walmu-asiakashallinta:paakayttaja']));
  tokens.set('tyontekija', await t.userWithToken('tyontekija', ['raisio-tyollisyyspalvelut:tyontekija']));
  tokens.set('paakayttaja', await t.userWithToken('paakayttaja', ['raisio-tyollisyyspalvelut:paakayttaja']));
  tokens.set('disabled', await t.userWithToken('lahtenyt', ['raisio-tyollisyyspalvelut:paakayttaja']));
  t.engine.users.disable('lahtenyt');
  const created = await t.call(tokens.get('paakayttaja'), 'POST', `${RAISIO}/records`, PERSON);
  recordId = (await json(created)).id;
});

/** Expected status per caller, in the order of WHO. */
type Row = [method: string, path: () => string, body: (() => unknown) | undefined, expected: [number, number, number, number, number]];

const ROUTES: Row[] = [
  ['GET', () => '/api/registries', undefined, [401, 200, 200, 200, 401]],
  ['GET', () => RAISIO, undefined, [401, 403, 200, 200, 401]],
  ['GET', () => `${RAISIO}/schema.json`, undefined, [401, 403, 200, 200, 401]],
  ['GET', () => `${RAISIO}/records`, undefined, [401, 403, 200, 200, 401]],
  ['GET', () => `${RAISIO}/records?q=meik`, undefined, [401, 403, 200, 200, 401]],
  ['POST', () => `${RAISIO}/records`, () => ({ henkilotunnus: '010190-9012', nimi: 'Testi Henkilö' }), [401, 403, 422, 422, 401]],
  ['POST', () => `${RAISIO}/records`, () => ({ henkilotunnus: '131052-308T', nimi: 'Testi Henkilö' }), [401, 403, 201, 201, 401]],
  ['GET', () => `${RAISIO}/records/${recordId}`, undefined, [401, 403, 200, 200, 401]],
  ['PATCH', () => `${RAISIO}/records/${recordId}`, () => ({ ammatti: 'Kokki' }), [401, 403, 200, 200, 401]],
  ['GET', () => `${RAISIO}/records/${recordId}/audit`, undefined, [401, 403, 403, 200, 401]],
  ['GET', () => '/api/audit?registry=raisio-tyollisyyspalvelut', undefined, [401, 403, 403, 200, 401]],
  // `other` is Walmu's main user: the lookup searches Walmu only, and finds nothing there.
  ['POST', () => '/api/persons/lookup', () => ({ personal_identity_code: '131052-308T' }), [401, 200, 403, 200, 401]],
  ['POST', () => '/api/persons/audit', () => ({ personal_identity_code: '131052-308T' }), [401, 200, 403, 200, 401]],
  ['GET', () => '/api/me', undefined, [401, 200, 200, 200, 401]],
  ['DELETE', () => `${RAISIO}/records/00000000-0000-4000-8000-000000009999`, undefined, [401, 403, 403, 404, 401]],
];

describe('authorization matrix', () => {
  it.each(ROUTES.flatMap(([method, path, body, expected]) => WHO.map((who, i) => [`${method} ${path.toString().slice(6, 60)}`, who, method, path, body, expected[i]!] as const)))(
    '%s as %s',
    async (_name, who, method, path, body, status) => {
      const response = await t.call(tokens.get(who), method, path(), body?.());
      expect(response.status).toBe(status);
      if (status >= 400) expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(t.errors).toEqual([]);
    },
  );

  it('the lookup of another registry\'s main user shows nothing of Raisio', async () => {
    const body = await json(await t.call(tokens.get('other'), 'POST', '/api/persons/lookup', { personal_identity_code: '131052-308T' }));
    expect(body.items).toEqual([]);
    const admin = await json(await t.call(tokens.get('paakayttaja'), 'POST', '/api/persons/lookup', { personal_identity_code: '131052-308t ' }));
    expect(admin.items.map((item: { registry: string }) => item.registry)).toContain('raisio-tyollisyyspalvelut');
  });

  it('a case worker may not delete; the main user may', async () => {
    const created = await json(await t.call(tokens.get('paakayttaja'), 'POST', `${RAISIO}/records`, { henkilotunnus: '131052-308T', nimi: 'Poistettava' }));
    expect((await t.call(tokens.get('tyontekija'), 'DELETE', `${RAISIO}/records/${created.id}`)).status).toBe(403);
    expect((await t.call(tokens.get('paakayttaja'), 'DELETE', `${RAISIO}/records/${created.id}`)).status).toBe(204);
  });

  it('audits refused attempts with who, what and why', async () => {
    await t.call(tokens.get('tyontekija'), 'GET', `${RAISIO}/records/${recordId}/audit`);
    const last = t.engine.audit.list({ registry: 'raisio-tyollisyyspalvelut', actor: 'token:test@tyontekija', limit: 1000 }).entries.at(-1)!;
    expect(last).toMatchObject({ actor: 'token:test@tyontekija', action: 'audit-read', outcome: 'denied', records: [recordId], reason: 'role-may-not' });
  });
});

describe('address protection (turvakielto)', () => {
  const worker = () => tokens.get('tyontekija');
  const admin = () => tokens.get('paakayttaja');

  it('hides the protected address from a role without the permission, and says it is hidden', async () => {
    const body = await json(await t.call(worker(), 'GET', `${RAISIO}/records/${recordId}`));
    expect(body.data.osoite).toBeUndefined();
    expect(body.hidden).toEqual(['osoite']);
    expect(JSON.stringify(body)).not.toContain('Salakuja');
    const shown = await json(await t.call(admin(), 'GET', `${RAISIO}/records/${recordId}`));
    expect(shown.data.osoite).toEqual(PERSON.osoite);
    expect(shown.hidden).toEqual([]);
  });

  it('hides it in lists, and a search on the address does not find the record', async () => {
    const list = await (await t.call(worker(), 'GET', `${RAISIO}/records`)).text();
    expect(list).not.toContain('Salakuja');
    const search = await json(await t.call(worker(), 'GET', `${RAISIO}/records?q=salakuja`));
    expect(search.total).toBe(0);
    const adminSearch = await json(await t.call(admin(), 'GET', `${RAISIO}/records?q=salakuja`));
    expect(adminSearch.items.map((item: { id: string }) => item.id)).toEqual([recordId]);
  });

  it('does not let a role that cannot see the address lift its protection (it may set it)', async () => {
    for (const value of [false, null]) {
      const response = await t.call(worker(), 'PATCH', `${RAISIO}/records/${recordId}`, { turvakielto: value });
      expect(response.status).toBe(403);
    }
    expect((await t.call(worker(), 'PATCH', `${RAISIO}/records/${recordId}`, { turvakielto: true })).status).toBe(200);
    const body = await json(await t.call(worker(), 'GET', `${RAISIO}/records/${recordId}`));
    expect(body.data.turvakielto).toBe(true);
    expect(body.hidden).toEqual(['osoite']);
  });

  it('refuses a write of the protected address by a role that cannot see it', async () => {
    const response = await t.call(worker(), 'PATCH', `${RAISIO}/records/${recordId}`, { osoite: { street: 'Uusi 1', postal_code: '21200', post_office: 'Raisio' } });
    expect(response.status).toBe(403);
    const shown = await json(await t.call(admin(), 'GET', `${RAISIO}/records/${recordId}`));
    expect(shown.data.osoite).toEqual(PERSON.osoite);
  });
});

describe('category permissions', () => {
  const registry = registryFrom(`id: rajattu
languages: [fi]
name: Rajattu rekisteri
categories:
  - id: perustiedot
    name: Perustiedot
    fields:
      - { id: nimi, label: Nimi, type: text, required: true }
  - id: terveys
    name: Terveystiedot
    special_category: true
    fields:
      - { id: tyokyky, label: Työkyky, type: long-text }
roles:
  - { id: neuvoja, name: Neuvoja, read: [perustiedot] }
  - { id: kirjaaja, name: Kirjaaja, write: [perustiedot], read: [terveys] }
  - { id: hoitaja, name: Hoitaja, write: ['*'] }
`);

  it('shows, searches, filters and writes only the categories a role is granted', async () => {
    const r = await testEngine({ registries: [...seedRegistries(), registry] });
    const nurse = await r.userWithToken('hoitaja', ['rajattu:hoitaja']);
    const adviser = await r.userWithToken('neuvoja', ['rajattu:neuvoja']);
    const clerk = await r.userWithToken('kirjaaja', ['rajattu:kirjaaja']);
    const created = await json(await r.call(nurse, 'POST', '/api/registries/rajattu/records', { nimi: 'Olli Oksanen', tyokyky: 'Alentunut selkävaivan vuoksi' }));

    const seen = await json(await r.call(adviser, 'GET', `/api/registries/rajattu/records/${created.id}`));
    expect(seen.data).toEqual({ nimi: 'Olli Oksanen' });
    expect(await (await r.call(adviser, 'GET', '/api/registries/rajattu/records')).text()).not.toContain('selkävaiva');
    expect((await json(await r.call(adviser, 'GET', '/api/registries/rajattu/records?q=selk'))).total).toBe(0);
    expect((await json(await r.call(nurse, 'GET', '/api/registries/rajattu/records?q=selk'))).total).toBe(1);
    expect((await r.call(adviser, 'GET', '/api/registries/rajattu/records?sort=tyokyky')).status).toBe(400);
    expect((await r.call(adviser, 'GET', '/api/registries/rajattu/records?filter[tyokyky]=x')).status).toBe(400);
    // Read-only roles may not write at all; a writer may not write outside its categories.
    expect((await r.call(adviser, 'PATCH', `/api/registries/rajattu/records/${created.id}`, { nimi: 'X' })).status).toBe(403);
    const refused = await r.call(clerk, 'PATCH', `/api/registries/rajattu/records/${created.id}`, { tyokyky: 'Hyvä' });
    expect(refused.status).toBe(403);
    expect((await json(refused)).detail).toBe('Roolisi ei salli näiden tietojen muuttamista: tyokyky.');
    // A partial update by a role that cannot see every field keeps what it cannot see.
    expect((await r.call(clerk, 'PATCH', `/api/registries/rajattu/records/${created.id}`, { nimi: 'Olli Oksala' })).status).toBe(200);
    const after = await json(await r.call(nurse, 'GET', `/api/registries/rajattu/records/${created.id}`));
    expect(after.data).toEqual({ nimi: 'Olli Oksala', tyokyky: 'Alentunut selkävaivan vuoksi' });
    // The registry description says what each role may do.
    const description = await json(await r.call(adviser, 'GET', '/api/registries/rajattu'));
    expect(description.categories.map((c: { id: string; readable: boolean; writable: boolean }) => [c.id, c.readable, c.writable])).toEqual([
      ['perustiedot', true, false],
      ['terveys', false, false],
    ]);
    r.engine.close();
  });
});
