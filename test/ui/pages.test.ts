/**
 * Every staff page — sign-in, registries, list, record, create form, create form with errors,
 * edit form, delete confirmation, audit trail, error pages — is valid HTML by html-validate's
 * recommended rules in fi, sv and en, is never cached, carries the staff Content-Security-Policy
 * and no inline script; and no request, however malformed, makes the app fail (500) or log an error.
 */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../src/forms/form-loader.js';
import { STAFF_PAGE_CSP } from '../../src/server/security-headers.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { registryFrom } from '../helpers/registry-text.js';
import { FORM_TEST_REGISTRY, signedIn, submitForm, uiSession, type UiAnswer, type UiSession } from '../helpers/ui-session.js';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // As for the notice pages: registers' official names are long, and the title names them.
      'long-title': 'off',
      // A multi-choice is a group of checkboxes of one name, as HTML forms post a list.
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    },
  }),
);

const RAISIO = 'raisio-tyollisyyspalvelut';
const HAKOSALO = 'iisalmi-hakosalo';
const registries = [...seedRegistries(), registryFrom(FORM_TEST_REGISTRY, 'registries/lomake.yaml')];

let t: TestEngine;
let admin: UiSession;
let worker: UiSession;
let raisioId: string;
let deletedId: string;
let hakosaloId: string;
let lomakeId: string;

beforeAll(async () => {
  t = await testEngine({ registries, forms: loadForms(['forms'], registries).forms });
  admin = await signedIn(t, 'paakayttaja', [`${RAISIO}:paakayttaja`, `${HAKOSALO}:paakayttaja`, 'lomake:kirjaaja']);
  const token = await t.userWithToken('kone', [`${RAISIO}:paakayttaja`, `${HAKOSALO}:paakayttaja`, 'lomake:kirjaaja']);
  const create = async (registry: string, data: unknown) => ((await (await t.call(token, 'POST', `/api/registries/${registry}/records`, data)).json()) as { id: string }).id;
  raisioId = await create(RAISIO, {
    henkilotunnus: '131052-308T',
    nimi: 'Maija Meikäläinen',
    turvakielto: true,
    osoite: { street: 'Salakuja 7', postal_code: '21200', post_office: 'Raisio' },
    puhelinnumerot: [{ puhelinnumero: '040 123 4567' }],
    hakemukset: [{ hakemus_pvm: '2026-03-02', hakemus_kuvaus: 'Työnhaku\nToinen rivi' }],
  });
  hakosaloId = await create(HAKOSALO, { nimi: 'Kalle Keränen', tapahtumat: [{ tapahtuman_tyyppi: 'tapaaminen', aihe: 'Alkuhaastattelu', paikka: 'Hakosalo', kesto: 45 }] });
  worker = await signedIn(t, 'tyontekija', [`${RAISIO}:tyontekija`]);
  deletedId = await create(RAISIO, { henkilotunnus: '131052-308T', nimi: 'Poistettu' });
  expect((await t.call(token, 'DELETE', `/api/registries/${RAISIO}/records/${deletedId}`)).status).toBe(204);
  lomakeId = await create('lomake', { nimi: 'Liisa', summa: 12.5, alkupvm: '2026-03-02', kielet: ['fi', 'sv'], tapahtumat: [{ tyyppi: 'puhelu', aihe: 'Soitto' }] });
});

/** A form page posted with its tokens and these fields. */
async function postForm(session: UiSession, path: string, fields: Array<[string, string]>): Promise<UiAnswer> {
  const page = await session.get(path);
  const action = /<form method="post" action="([^"]+)" class="record-form"/.exec(page.html)![1]!.replace(/&#x3D;/g, '=');
  return session.post(action, [['csrf', session.hidden(page.html, 'csrf')], ['submission', session.hidden(page.html, 'submission')], ...(/name="version"/.test(page.html) ? [['version', session.hidden(page.html, 'version')] as [string, string]] : []), ...fields]);
}

type PageCase = [name: string, load: (lang: string) => Promise<UiAnswer>, status: number];

const PAGES: PageCase[] = [
  ['sign-in', (lang) => uiSession(t).get(`/login?lang=${lang}`), 200],
  ['sign-in with errors', async (lang) => {
    const session = uiSession(t);
    const page = await session.get(`/login?lang=${lang}`);
    return session.post(`/login?lang=${lang}`, [['csrf', session.hidden(page.html, 'csrf')], ['username', ''], ['password', '']]);
  }, 400],
  ['sign-in failed', async (lang) => {
    const session = uiSession(t);
    const page = await session.get(`/login?lang=${lang}`);
    return session.post(`/login?lang=${lang}`, [['csrf', session.hidden(page.html, 'csrf')], ['username', 'paakayttaja'], ['password', 'väärä']]);
  }, 401],
  ['home', (lang) => admin.get(`/app?lang=${lang}`), 200],
  ['list', (lang) => admin.get(`/app/${RAISIO}?lang=${lang}`), 200],
  ['list searched', (lang) => admin.get(`/app/${RAISIO}?lang=${lang}&q=maija&filter.turvakielto=true&sort=-nimi`), 200],
  ['list of a group registry', (lang) => admin.get(`/app/lomake?lang=${lang}`), 200],
  ['record', (lang) => admin.get(`/app/${RAISIO}/${raisioId}?lang=${lang}&done=saved`), 200],
  ['record with a group', (lang) => admin.get(`/app/${HAKOSALO}/${hakosaloId}?lang=${lang}`), 200],
  ['record of every kind of field', (lang) => admin.get(`/app/lomake/${lomakeId}?lang=${lang}`), 200],
  ['create form (derived)', (lang) => admin.get(`/app/${RAISIO}/new?lang=${lang}`), 200],
  ['create form (file)', (lang) => admin.get(`/app/${RAISIO}/new?form=asiakkaaksi&lang=${lang}`), 200],
  ['create form of every kind of field', (lang) => admin.get(`/app/lomake/new?lang=${lang}`), 200],
  ['create form with errors', (lang) =>
    postForm(admin, `/app/${RAISIO}/new?lang=${lang}`, [
      ['f.henkilotunnus', '131052-308X'],
      ['f.osoite.postal_code', 'abc'],
      ['f.puhelinnumerot.0', ''],
      ['f.puhelinnumerot.0.puhelinnumero', 'x'],
      ['f.hakemukset.0', ''],
      ['f.hakemukset.0.hakemus_pvm', '31.2.2026'],
    ]), 422],
  ['create form of every kind of field with errors', (lang) =>
    postForm(admin, `/app/lomake/new?lang=${lang}`, [
      ['f.summa', '12,5,3'],
      ['f.alkupvm', '31.2.2026'],
      ['f.tila', 'tuntematon'],
      ['f.vari', 'violetti'],
      ['f.kielet', 'klingon'],
      ['f.aktiivinen', 'ehkä'],
      ['f.osoite.street', 'Katu 1'],
      ['f.osoite.postal_code', '1'],
      ['f.tapahtumat.0', ''],
      ['f.tapahtumat.0.aihe', 'Ilman tyyppiä'],
      ['f.tapahtumat.0.paiva', 'eilen'],
    ]), 422],
  ['create form after "add entry"', (lang) => postForm(admin, `/app/lomake/new?lang=${lang}`, [['action', 'add:tapahtumat']]), 200],
  ['edit form (derived)', (lang) => admin.get(`/app/${RAISIO}/${raisioId}/edit?lang=${lang}`), 200],
  ['edit form (file, groups with a condition)', (lang) => admin.get(`/app/${HAKOSALO}/${hakosaloId}/edit?form=asiakastapahtuma&lang=${lang}`), 200],
  ['edit form of every kind of field', (lang) => admin.get(`/app/lomake/${lomakeId}/edit?lang=${lang}`), 200],
  ['edit form after someone else\'s change', async (lang) => {
    const form = await admin.get(`/app/lomake/${lomakeId}/edit?lang=${lang}`);
    await t.call(await t.userWithToken(`muuttaja-${lang}`, ['lomake:kirjaaja']), 'PATCH', `/api/registries/lomake/records/${lomakeId}`, { kuvaus: `Muutos ${lang}` });
    return submitForm(admin, form, { 'f.nimi': `Uusi ${lang}` });
  }, 409],
  ['create form with an expired token', async (lang) => submitForm(admin, await admin.get(`/app/lomake/new?lang=${lang}`), { 'f.nimi': 'X', csrf: 'vanha' }), 422],
  ['record with a protected address (case worker)', (lang) => worker.get(`/app/${RAISIO}/${raisioId}?lang=${lang}`), 200],
  ['edit form with a protected address (case worker)', (lang) => worker.get(`/app/${RAISIO}/${raisioId}/edit?lang=${lang}`), 200],
  ['delete confirmation', (lang) => admin.get(`/app/${RAISIO}/${raisioId}/delete?lang=${lang}`), 200],
  ['audit trail', (lang) => admin.get(`/app/${RAISIO}/${raisioId}/audit?lang=${lang}`), 200],
  ['audit trail of a deleted record', (lang) => admin.get(`/app/${RAISIO}/${deletedId}/audit?lang=${lang}`), 200],
  ['too large', (lang) => admin.send(`/app/lomake/new?lang=${lang}`, { body: `f.nimi=${'a'.repeat(1100 * 1024)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 413],
  ['not found', (lang) => admin.get(`/app/${RAISIO}/00000000-0000-4000-8000-999999999999?lang=${lang}`), 404],
  ['forbidden', (lang) => admin.get(`/app/walmu-asiakashallinta?lang=${lang}`), 403],
];

const CASES = PAGES.flatMap(([name, load, status]) => (['fi', 'sv', 'en'] as const).map((lang) => [`${name} (${lang})`, lang, load, status] as const));

describe('every staff page', () => {
  it.each(CASES)('%s: valid HTML, no-store, the staff CSP, no inline script', async (_name, lang, load, status) => {
    const page = await load(lang);
    expect(page.status).toBe(status);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    expect(page.headers.get('Content-Security-Policy')).toBe(STAFF_PAGE_CSP);
    expect(page.headers.get('Content-Language')).toBe(lang);
    expect(page.html).toContain(`<html lang="${lang}">`);
    // Scripts only from the site's own file: no inline script, no handler attributes, no javascript: URLs.
    expect([...page.html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual(['<script src="/assets/app.js" defer>']);
    expect(page.html).not.toMatch(/\son[a-z]+=|javascript:|style=/i);
    const report = await validator.validateString(page.html);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('the stylesheet and script are served from the site itself', async () => {
    const css = await t.app.request('/assets/app.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('Content-Type')).toMatch(/^text\/css/);
    const js = await t.app.request('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('Content-Type')).toMatch(/^text\/javascript/);
  });
});

describe('garbage never fails the app', () => {
  const multipart = (): { body: FormData } => {
    const data = new FormData();
    data.append('f.nimi', 'Moni Osa');
    data.append('f.tapahtumat.0.aihe', new Blob(['tiedosto']), 'liite.txt');
    return { body: data };
  };
  beforeAll(() => {
    // The pages above chose languages; these rows read Finnish.
    admin.cookies.delete('seloste_lang');
  });
  const TOO_LARGE = 'Lähetetyt tiedot olivat liian suuret. Mitään ei tallennettu.';
  const ROWS: Array<[name: string, request: () => Promise<UiAnswer>, status: number, says?: string]> = [
    ['an unknown registry', () => admin.get('/app/olematon'), 404, 'Sivua ei löytynyt. Tarkista osoite.'],
    ['an unknown registry\'s record', () => admin.get('/app/olematon/123'), 404],
    ['an unknown record', () => admin.get(`/app/${RAISIO}/olematon`), 404],
    ['a record id of odd characters', () => admin.get(`/app/${RAISIO}/${encodeURIComponent("'; DROP TABLE records; --")}`), 404],
    ['an unknown record\'s edit form', () => admin.get(`/app/${RAISIO}/olematon/edit`), 404],
    ['an unknown record\'s delete page', () => admin.get(`/app/${RAISIO}/olematon/delete`), 404],
    ['an unknown record\'s audit trail', () => admin.get(`/app/${RAISIO}/olematon/audit`), 404],
    ['an unknown record deleted', async () => admin.post(`/app/${RAISIO}/olematon/delete`, [['csrf', admin.hidden((await admin.get('/app')).html, 'csrf')]]), 404],
    ['an unknown record edited', async () => admin.post(`/app/${RAISIO}/olematon/edit`, [['csrf', admin.hidden((await admin.get('/app')).html, 'csrf')], ['f.nimi', 'X']]), 404],
    ['an unknown form', () => admin.get(`/app/${RAISIO}/new?form=nonexistent`), 404, 'Sivua ei löytynyt. Tarkista osoite.'],
    ['an unknown edit form', () => admin.get(`/app/${RAISIO}/${raisioId}/edit?form=nonexistent`), 404],
    ['a create-only form for editing', () => admin.get(`/app/${RAISIO}/${raisioId}/edit?form=asiakkaaksi`), 404],
    ['an edit-only form for creating', () => admin.get(`/app/${HAKOSALO}/new?form=asiakastapahtuma`), 404],
    ['a bad offset, sort and filter', () => admin.get(`/app/${RAISIO}?offset=-5&sort=nonsense&filter.x=y`), 200],
    ['a sort by a field that cannot be sorted', () => admin.get(`/app/${RAISIO}?sort=osoite`), 200],
    ['a bad filter value', () => admin.get(`/app/${RAISIO}?filter.turvakielto=ehkä&filter.siviilisaaty=x`), 200],
    ['an offset past the end', () => admin.get(`/app/${RAISIO}?offset=99999999999999999999`), 200],
    ['a search too long', () => admin.get(`/app/${RAISIO}?q=${'a'.repeat(500)}`), 400],
    ['repeated parameters', () => admin.get(`/app/${RAISIO}?q=a&q=b&sort=nimi&sort=-nimi&lang=xx&lang=sv`), 200],
    ['a 2 MB form post', () => admin.send(`/app/${RAISIO}/new`, { body: `f.nimi=${'a'.repeat(2 * 1024 * 1024)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 413, TOO_LARGE],
    ['a 2 MB edit post', () => admin.send(`/app/${RAISIO}/${raisioId}/edit`, { body: `f.nimi=${'a'.repeat(2 * 1024 * 1024)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 413, TOO_LARGE],
    ['a 2 MB sign-in post', () => uiSession(t).send('/login', { body: `username=${'a'.repeat(2 * 1024 * 1024)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 413, TOO_LARGE],
    ['a 2 MB delete post', () => admin.send(`/app/${RAISIO}/${raisioId}/delete`, { body: `csrf=${'a'.repeat(2 * 1024 * 1024)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 413, TOO_LARGE],
    ['a 2 MB sign-out post', () => admin.send('/logout', { body: `csrf=${'a'.repeat(2 * 1024 * 1024)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 413, TOO_LARGE],
    ['a multipart post', () => admin.send('/app/lomake/new', multipart()), 422],
    ['a multipart edit', () => admin.send(`/app/lomake/${lomakeId}/edit`, multipart()), 422],
    ['a JSON post', () => admin.send('/app/lomake/new', { body: '{"f.nimi": "X"}', headers: { 'Content-Type': 'application/json' } }), 422],
    ['a post without a body', () => admin.send('/app/lomake/new', {}), 422],
    ['a broken multipart post', () => admin.send('/app/lomake/new', { body: '--x\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }), 400, 'Lähetettyjä tietoja ei voitu lukea.'],
    ['a broken multipart sign-in', () => uiSession(t).send('/login', { body: '--x\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }), 400, 'Lomake vanheni. Kirjaudu uudelleen.'],
    ['a broken multipart delete', () => admin.send(`/app/${RAISIO}/${raisioId}/delete`, { body: '--x\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }), 403],
    ['a broken multipart sign-out', () => admin.send('/logout', { body: '--x\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }), 303],
    ['an entry index far out', () => postForm(admin, `/app/${HAKOSALO}/${hakosaloId}/edit?form=asiakastapahtuma`, [['f.tapahtumat.99999.aihe', 'Kaukana'], ['f.tapahtumat.1e3.aihe', 'x'], ['f.tapahtumat.-1.aihe', 'x']]), 303],
    ['inputs of no field, prototype names', () => postForm(admin, '/app/lomake/new', [['f.nimi', 'Proto'], ['f.__proto__', 'x'], ['f.constructor', 'x'], ['__proto__', 'x'], ['f.nimi.street', 'x'], ['f.osoite', 'x'], ['f.tapahtumat', 'x'], ['f.kielet.fi', 'x']]), 303],
    ['odd actions', () => postForm(admin, '/app/lomake/new', [['f.nimi', 'Toiminto'], ['action', 'remove:tapahtumat:99999'], ['action', 'add:nimi']]), 200],
    ['an unknown action', () => postForm(admin, '/app/lomake/new', [['f.nimi', 'Toiminto 2'], ['action', 'launch']]), 303],
  ];

  it.each(ROWS)('%s', async (_name, request, status, says) => {
    const answer = await request();
    expect(answer.status).toBe(status);
    if (says) expect(answer.html).toContain(says);
    if (answer.status === 303) {
      expect(answer.location).toMatch(/^\/(app|login)\b/);
    } else {
      expect(answer.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      expect(answer.html).toMatch(/<html lang="(fi|sv|en)">/);
    }
    expect(t.errors).toEqual([]);
  });
});
