/**
 * What each role sees and may do on the staff pages: only the registries where it holds a role;
 * no delete button or audit link for the case worker (and 403 from those addresses); a protected
 * address (turvakielto) nowhere in any page of the case worker while the main user sees it; a
 * field the role may not write shown read-only, and a forged post of it changing nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../src/forms/form-loader.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { registryFrom } from '../helpers/registry-text.js';
import { signedIn, submitForm, textOf, type UiAnswer, type UiSession } from '../helpers/ui-session.js';

const RAISIO = 'raisio-tyollisyyspalvelut';
const WALMU = 'walmu-asiakashallinta';

const LIMITED = registryFrom(
  `id: rajattu
languages: [fi]
name: Rajattu rekisteri
categories:
  - id: perustiedot
    name: Perustiedot
    fields:
      - { id: nimi, label: Nimi, type: text, required: true }
      - { id: puhelin, label: Puhelin, type: phone }
  - id: terveys
    name: Terveystiedot
    special_category: true
    fields:
      - { id: tyokyky, label: Työkyky, type: long-text }
      - { id: arvio, label: Arvio, type: choice, options: [{ id: hyva, label: Hyvä }, { id: heikko, label: Heikko }] }
roles:
  - { id: neuvoja, name: Neuvoja, read: [perustiedot] }
  - { id: kirjaaja, name: Kirjaaja, write: [perustiedot], read: [terveys] }
  - { id: hoitaja, name: Hoitaja, write: ['*'], can: [delete-records, view-audit] }
`,
  'registries/rajattu.yaml',
);

let t: TestEngine;
let worker: UiSession;
let admin: UiSession;
let walmu: UiSession;
let protectedId: string;
let limitedId: string;

beforeAll(async () => {
  const registries = [...seedRegistries(), LIMITED];
  t = await testEngine({ registries, forms: loadForms(['forms'], registries).forms });
  worker = await signedIn(t, 'tyontekija', [`${RAISIO}:tyontekija`]);
  admin = await signedIn(t, 'paakayttaja', [`${RAISIO}:paakayttaja`]);
  walmu = await signedIn(t, 'walmu', [`${WALMU}:paakayttaja`]);
  const token = await t.userWithToken('kone', [`${RAISIO}:paakayttaja`, 'rajattu:hoitaja']);
  const created = await t.call(token, 'POST', `/api/registries/${RAISIO}/records`, {
    henkilotunnus: '131052-308T',
    nimi: 'Maija Meikäläinen',
    turvakielto: true,
    osoite: { street: 'Salakuja 7', postal_code: '21200', post_office: 'Raisio' },
  });
  protectedId = ((await created.json()) as { id: string }).id;
  const limited = await t.call(token, 'POST', '/api/registries/rajattu/records', { nimi: 'Olli Oksanen', tyokyky: 'Alentunut selkävaivan vuoksi', arvio: 'heikko' });
  limitedId = ((await limited.json()) as { id: string }).id;
});

describe('registries', () => {
  it('a role sees only the registries where it holds a role', async () => {
    const home = await worker.get('/app');
    expect(home.status).toBe(200);
    expect(home.html).toContain(`href="/app/${RAISIO}"`);
    expect((home.html.match(/<li class="card">/g) ?? []).length).toBe(1);
    const nobody = await signedIn(t, 'eiroolia', []);
    const empty = await nobody.get('/app');
    expect(empty.html).toContain('Sinulla ei ole käyttöoikeutta yhteenkään rekisteriin.');
  });

  it.each([
    ['the list', () => `/app/${WALMU}`],
    ['a search', () => `/app/${WALMU}?q=maija&sort=nimi`],
    ['the create form', () => `/app/${WALMU}/new`],
    ['a record', () => `/app/${WALMU}/00000000-0000-4000-8000-000000000001`],
  ])('%s of a registry where the user has no role is 403 (a page, not an API answer)', async (_name, path) => {
    const page = await worker.get(path());
    expect(page.status).toBe(403);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.html).toContain('<h1>Virhe</h1>');
  });

  it.each([
    ['a record', () => `/app/${RAISIO}/${protectedId}`],
    ['an edit form', () => `/app/${RAISIO}/${protectedId}/edit`],
    ['a delete page', () => `/app/${RAISIO}/${protectedId}/delete`],
    ['an audit trail', () => `/app/${RAISIO}/${protectedId}/audit`],
  ])('%s of another registry is 403 and shows nothing of it', async (_name, path) => {
    const page = await walmu.get(path());
    expect(page.status).toBe(403);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.html).not.toContain('Maija');
  });
});

describe('the case worker', () => {
  it('sees no delete button and no audit link', async () => {
    const page = await worker.get(`/app/${RAISIO}/${protectedId}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('/delete');
    expect(page.html).not.toContain('/audit');
    expect(page.html).toContain('/edit?form&#x3D;default');
    const own = await admin.get(`/app/${RAISIO}/${protectedId}`);
    expect(own.html).toContain(`href="/app/${RAISIO}/${protectedId}/delete"`);
    expect(own.html).toContain(`href="/app/${RAISIO}/${protectedId}/audit"`);
  });

  it('gets 403 from the delete and audit addresses, and deletes nothing', async () => {
    expect((await worker.get(`/app/${RAISIO}/${protectedId}/delete`)).status).toBe(403);
    expect((await worker.get(`/app/${RAISIO}/${protectedId}/audit`)).status).toBe(403);
    const csrf = worker.hidden((await worker.get('/app')).html, 'csrf');
    expect((await worker.post(`/app/${RAISIO}/${protectedId}/delete`, [['csrf', csrf]])).status).toBe(403);
    expect((await admin.get(`/app/${RAISIO}/${protectedId}`)).status).toBe(200);
  });
});

describe('a protected address', () => {
  const pages: Array<[string, (session: UiSession) => Promise<UiAnswer>]> = [
    ['the record', (session) => session.get(`/app/${RAISIO}/${protectedId}`)],
    ['the edit form', (session) => session.get(`/app/${RAISIO}/${protectedId}/edit`)],
    ['the list', (session) => session.get(`/app/${RAISIO}`)],
    ['the list searched by name', (session) => session.get(`/app/${RAISIO}?q=maija`)],
    ['the list sorted and filtered', (session) => session.get(`/app/${RAISIO}?sort=nimi&filter.turvakielto=true`)],
    ['the record in Swedish', (session) => session.get(`/app/${RAISIO}/${protectedId}?lang=sv`)],
    [
      'the edit form sent back with an error',
      async (session) => {
        const form = await session.get(`/app/${RAISIO}/${protectedId}/edit`);
        return submitForm(session, form, { 'f.nimi': '' });
      },
    ],
  ];

  it.each(pages)('is nowhere in %s of the case worker; the main user sees it', async (_name, load) => {
    const page = await load(worker);
    expect(page.status).toBe(/error/.test(_name) ? 422 : 200);
    expect(page.html).toContain('Maija');
    expect(page.html).not.toMatch(/Salakuja|21200/);
    const own = await load(admin);
    if (!/list/.test(_name)) expect(own.html).toContain('Salakuja 7');
    worker.cookies.delete('seloste_lang');
    admin.cookies.delete('seloste_lang');
  });

  it('the record and the form say that the address is protected', async () => {
    const page = await worker.get(`/app/${RAISIO}/${protectedId}`);
    expect(textOf(page.html)).toContain('Turvakielto: osoite ei näy roolillesi.');
    const form = await worker.get(`/app/${RAISIO}/${protectedId}/edit`);
    expect(textOf(form.html)).toContain('Turvakielto: osoite ei näy roolillesi.');
    expect(form.html).not.toContain('name="f.osoite.street"');
  });

  it('a search by the address finds nothing for the case worker', async () => {
    const page = await worker.get(`/app/${RAISIO}?q=salakuja`);
    expect(page.html).toContain('Haulla ei löytynyt tietueita.');
    expect(page.html).not.toContain(protectedId);
  });

  it('a forged post of the address by the case worker changes nothing; the record is saved without it', async () => {
    const form = await worker.get(`/app/${RAISIO}/${protectedId}/edit`);
    const answer = await submitForm(worker, form, {
      'f.osoite.street': 'Väärennetty 1',
      'f.osoite.postal_code': '00100',
      'f.osoite.post_office': 'Helsinki',
      'f.ammatti': 'Kokki',
    });
    expect(answer.status).toBe(303);
    const stored = await t.engine.operations.store.get(RAISIO, protectedId);
    expect(stored!.data['osoite']).toEqual({ street: 'Salakuja 7', postal_code: '21200', post_office: 'Raisio' });
    expect(stored!.data['ammatti']).toBe('Kokki');
  });
});

describe('fields a role may not write', () => {
  it('are shown read-only in the edit form, and fields it may not read not at all', async () => {
    const clerk = await signedIn(t, 'kirjaaja', ['rajattu:kirjaaja']);
    const form = await clerk.get(`/app/rajattu/${limitedId}/edit`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('name="f.nimi"');
    expect(form.html).not.toContain('name="f.tyokyky"');
    expect(form.html).not.toContain('name="f.arvio"');
    expect(form.html).toMatch(/<div class="field readonly" id="f-tyokyky">[\s\S]*?Alentunut selkävaivan vuoksi[\s\S]*?Roolisi ei voi muuttaa tätä tietoa\./);
    expect(form.html).toMatch(/<div class="field readonly" id="f-arvio">[\s\S]*?Heikko/);
    const adviser = await signedIn(t, 'neuvoja', ['rajattu:neuvoja']);
    const record = await adviser.get(`/app/rajattu/${limitedId}`);
    expect(record.html).toContain('Olli Oksanen');
    expect(record.html).not.toContain('selkävaiva');
    expect(record.html).not.toContain('/edit');
    expect((await adviser.get(`/app/rajattu/${limitedId}/edit`)).status).toBe(403);
    expect((await adviser.get('/app/rajattu/new')).status).toBe(403);
  });

  it('a forged post of them changes nothing, and what the role may write is saved', async () => {
    const clerk = await signedIn(t, 'kirjaaja2', ['rajattu:kirjaaja']);
    const form = await clerk.get(`/app/rajattu/${limitedId}/edit`);
    const answer = await clerk.post(`/app/rajattu/${limitedId}/edit?form=default`, [
      ['csrf', clerk.hidden(form.html, 'csrf')],
      ['version', clerk.hidden(form.html, 'version')],
      ['f.nimi', 'Olli Oksala'],
      ['f.tyokyky', 'Hyvä (väärennetty)'],
      ['f.arvio', 'hyva'],
    ]);
    expect(answer.status).toBe(303);
    const stored = await t.engine.operations.store.get('rajattu', limitedId);
    expect(stored!.data).toEqual({ nimi: 'Olli Oksala', tyokyky: 'Alentunut selkävaivan vuoksi', arvio: 'heikko' });
  });

  it('a forged post leaving them out clears nothing', async () => {
    const clerk = await signedIn(t, 'kirjaaja3', ['rajattu:kirjaaja']);
    const form = await clerk.get(`/app/rajattu/${limitedId}/edit`);
    const answer = await clerk.post(`/app/rajattu/${limitedId}/edit?form=default`, [
      ['csrf', clerk.hidden(form.html, 'csrf')],
      ['version', clerk.hidden(form.html, 'version')],
      ['f.nimi', 'Olli Oksanen'],
    ]);
    expect(answer.status).toBe(303);
    const stored = await t.engine.operations.store.get('rajattu', limitedId);
    expect(stored!.data).toEqual({ nimi: 'Olli Oksanen', tyokyky: 'Alentunut selkävaivan vuoksi', arvio: 'heikko' });
  });

  it('a create by a role that writes some categories stores only those', async () => {
    const clerk = await signedIn(t, 'kirjaaja4', ['rajattu:kirjaaja']);
    const form = await clerk.get('/app/rajattu/new');
    expect(form.status).toBe(200);
    const answer = await clerk.post('/app/rajattu/new?form=default', [
      ['csrf', clerk.hidden(form.html, 'csrf')],
      ['submission', clerk.hidden(form.html, 'submission')],
      ['f.nimi', 'Uusi Asiakas'],
      ['f.tyokyky', 'Väärennetty'],
    ]);
    expect(answer.status).toBe(303);
    const id = answer.location!.split('/')[3]!.split('?')[0]!;
    expect((await t.engine.operations.store.get('rajattu', id))!.data).toEqual({ nimi: 'Uusi Asiakas' });
  });

  it('no request made the app log an error', () => {
    expect(t.errors).toEqual([]);
  });
});
