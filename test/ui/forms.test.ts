/**
 * Creating and editing records with the staff forms, as a browser would: a valid form saves and
 * says so; an invalid one comes back (422) with an error summary whose texts are the inline errors
 * and link to the inputs, every typed value in its input, and the inputs marked invalid; adding and
 * removing entries loses nothing; a double submission is one record; a stale edit is refused
 * without losing what was typed; a hidden conditional field is not stored; an expired form token
 * saves nothing; Finnish formats in and out; the language switch; hostile text shown escaped and
 * stored literally.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../src/forms/form-loader.js';
import type { RecordData } from '../../src/storage/record-store.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { registryFrom } from '../helpers/registry-text.js';
import {
  checkedValues,
  FORM_TEST_REGISTRY,
  formFields,
  idsOf,
  inlineErrors,
  inputValue,
  signedIn,
  submitForm,
  summaryItems,
  tagWithId,
  textOf,
  uiSession,
  type UiAnswer,
  type UiSession,
} from '../helpers/ui-session.js';

const HAKOSALO = 'iisalmi-hakosalo';
const registries = [...seedRegistries(), registryFrom(FORM_TEST_REGISTRY, 'registries/lomake.yaml')];

let t: TestEngine;
let clerk: UiSession;
let token: string;

beforeAll(async () => {
  t = await testEngine({ registries, forms: loadForms(['forms'], registries).forms });
  clerk = await signedIn(t, 'kirjaaja', ['lomake:kirjaaja', `${HAKOSALO}:tyontekija`]);
  token = await t.userWithToken('kone', ['lomake:kirjaaja', `${HAKOSALO}:paakayttaja`]);
});

afterEach(() => {
  // A test that chose a language leaves the others in Finnish.
  clerk.cookies.delete('seloste_lang');
});

const stored = async (registry: string, id: string): Promise<RecordData> => (await t.engine.operations.store.get(registry, id))!.data;
const count = async (registry: string): Promise<number> => (await t.engine.operations.store.list(registry, { limit: 1, offset: 0, filters: [] })).total;
const idOf = (answer: UiAnswer): string => /^\/app\/[^/]+\/([^/?]+)/.exec(answer.location!)![1]!;
async function apiCreate(registry: string, data: RecordData): Promise<string> {
  const response = await t.call(token, 'POST', `/api/registries/${registry}/records`, data);
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Every kind of input filled validly. */
const VALID: Record<string, string | string[]> = {
  'f.nimi': 'Liisa Lomake',
  'f.kuvaus': 'Ensimmäinen rivi\nToinen rivi',
  'f.summa': '1 234,5',
  'f.alkupvm': '24.5.2018',
  'f.tila': 'suljettu',
  'f.vari': 'musta',
  'f.kielet': ['fi', 'en'],
  'f.aktiivinen': 'true',
  'f.osoite.street': 'Kotikatu 1 A 2',
  'f.osoite.postal_code': '00100',
  'f.osoite.post_office': 'Helsinki',
  'f.tapahtumat.0': '',
  'f.tapahtumat.0.tyyppi': 'puhelu',
  'f.tapahtumat.0.aihe': 'Soitto',
  'f.tapahtumat.0.paiva': '2026-03-01',
};

describe('creating a record', () => {
  it('valid values: 303 to the record page, which says "Tallennettu." and shows them in Finnish formats', async () => {
    const form = await clerk.get('/app/lomake/new');
    const before = await count('lomake');
    const answer = await submitForm(clerk, form, VALID);
    expect(answer.status).toBe(303);
    expect(answer.location).toMatch(/^\/app\/lomake\/[0-9a-f-]{36}\?done=saved$/);
    expect(await count('lomake')).toBe(before + 1);
    expect(await stored('lomake', idOf(answer))).toEqual({
      nimi: 'Liisa Lomake',
      kuvaus: 'Ensimmäinen rivi\nToinen rivi',
      summa: 1234.5,
      alkupvm: '2018-05-24',
      tila: 'suljettu',
      vari: 'musta',
      kielet: ['fi', 'en'],
      aktiivinen: true,
      osoite: { street: 'Kotikatu 1 A 2', postal_code: '00100', post_office: 'Helsinki' },
      tapahtumat: [{ tyyppi: 'puhelu', aihe: 'Soitto', paiva: '2026-03-01' }],
    });
    const record = await clerk.get(answer.location!);
    expect(record.html).toContain('<p class="flash" role="status">Tallennettu.</p>');
    const text = textOf(record.html);
    for (const shown of ['Liisa Lomake', '1\u00a0234,5', '24.5.2018', 'Suljettu', 'Musta', 'suomi, englanti', 'Kyllä', 'Kotikatu 1 A 2', '00100 Helsinki', 'Puhelu', 'Soitto', '1.3.2026']) {
      expect(text).toContain(shown);
    }
  });

  it.each([
    ['fi', '12,5', '5.3.2026', '1\u00a0234\u00a0567,25'],
    ['sv', '12,5', '5.3.2026', '1\u00a0234\u00a0567,25'],
    ['en', '12.5', '5 March 2026', '1,234,567.25'],
  ])('the record page in %s shows numbers and dates in its formats', async (lang, small, date, large) => {
    const id = await apiCreate('lomake', { nimi: 'Muodot', summa: 12.5, alkupvm: '2026-03-05', tapahtumat: [{ tyyppi: 'muu', paiva: '2026-03-05' }] });
    const other = await apiCreate('lomake', { nimi: 'Iso', summa: 1234567.25 });
    const text = textOf((await clerk.get(`/app/lomake/${id}?lang=${lang}`)).html);
    expect(text).toContain(small);
    expect(text.split(date).length - 1).toBe(2);
    expect(textOf((await clerk.get(`/app/lomake/${other}?lang=${lang}`)).html)).toContain(large);
    clerk.cookies.delete('seloste_lang');
  });

  it.each([
    ['1 234,5', 1234.5],
    ['1234.5', 1234.5],
    ['−3,25', -3.25],
    ['0,5', 0.5],
    ['12', 12],
  ])('a number typed as %j is read as %d', async (typed, value) => {
    const answer = await submitForm(clerk, await clerk.get('/app/lomake/new'), { 'f.nimi': 'Luku', 'f.summa': typed });
    expect(answer.status).toBe(303);
    expect((await stored('lomake', idOf(answer)))['summa']).toBe(value);
  });

  it.each([
    ['24.5.2018', '2018-05-24'],
    ['1.1.2000', '2000-01-01'],
    ['2018-05-24', '2018-05-24'],
  ])('a date typed as %j is read as %s', async (typed, value) => {
    const answer = await submitForm(clerk, await clerk.get('/app/lomake/new'), { 'f.nimi': 'Päivä', 'f.alkupvm': typed });
    expect(answer.status).toBe(303);
    expect((await stored('lomake', idOf(answer)))['alkupvm']).toBe(value);
  });
});

describe('a form with errors', () => {
  const INVALID: Record<string, string | string[]> = {
    ...VALID,
    'f.nimi': '',
    'f.summa': '12,5,3',
    'f.alkupvm': '31.2.2026',
    'f.osoite.postal_code': '1',
    'f.tapahtumat.0.tyyppi': '',
    'f.tapahtumat.0.paiva': 'eilen',
  };
  let page: UiAnswer;
  let before: number;

  beforeAll(async () => {
    before = await count('lomake');
    page = await submitForm(clerk, await clerk.get('/app/lomake/new'), INVALID);
  });

  it('comes back with 422 and saves nothing', async () => {
    expect(page.status).toBe(422);
    expect(await count('lomake')).toBe(before);
  });

  it('has an error summary whose texts are the inline errors, each linking to an element of the page', () => {
    const summary = summaryItems(page.html);
    const inline = inlineErrors(page.html);
    const ids = new Set(idsOf(page.html));
    expect(summary.length).toBe(6);
    expect(page.html).toContain('Korjaa seuraavat tiedot (6)');
    for (const item of summary) {
      expect(item.href, item.text).toMatch(/^#/);
      const id = item.href!.slice(1);
      expect(ids.has(id), id).toBe(true);
      expect(inline.get(`${id}-error`), id).toBe(item.text);
    }
    expect(summary.map((item) => item.href)).toEqual([
      '#f-nimi',
      '#f-summa',
      '#f-alkupvm',
      '#f-osoite-postal_code',
      '#f-tapahtumat-0-tyyppi',
      '#f-tapahtumat-0-paiva',
    ]);
    expect(inline.size).toBe(summary.length);
    expect(summary[0]!.text).toBe('Nimi: pakollinen tieto puuttuu');
  });

  it('keeps every typed value in its input', () => {
    for (const name of ['f.nimi', 'f.kuvaus', 'f.summa', 'f.alkupvm', 'f.osoite.street', 'f.osoite.postal_code', 'f.osoite.post_office', 'f.tapahtumat.0.aihe', 'f.tapahtumat.0.paiva']) {
      expect(inputValue(page.html, name), name).toBe(INVALID[name]);
    }
    expect(inputValue(page.html, 'f.vari')).toBe('musta');
    expect(checkedValues(page.html, 'f.tila')).toEqual(['suljettu']);
    expect(checkedValues(page.html, 'f.kielet')).toEqual(['fi', 'en']);
    expect(checkedValues(page.html, 'f.aktiivinen')).toEqual(['true']);
    expect(page.html).toContain('<input type="hidden" name="f.tapahtumat.0" value="">');
  });

  it('marks the inputs with errors invalid and describes them by their errors', () => {
    for (const id of ['f-nimi', 'f-summa', 'f-alkupvm', 'f-osoite-postal_code', 'f-tapahtumat-0-paiva']) {
      const tag = tagWithId(page.html, id)!;
      expect(tag, id).toContain('aria-invalid="true"');
      expect(/aria-describedby="([^"]*)"/.exec(tag)?.[1]?.split(' '), id).toContain(`${id}-error`);
    }
    // Radio buttons: their fieldset is described by the error.
    expect(/aria-describedby="([^"]*)"/.exec(tagWithId(page.html, 'f-tapahtumat-0-tyyppi')!)?.[1]?.split(' ')).toContain('f-tapahtumat-0-tyyppi-error');
    for (const id of ['f-kuvaus', 'f-osoite-street', 'f-tapahtumat-0-aihe']) expect(tagWithId(page.html, id), id).not.toContain('aria-invalid');
    // The number's hint stays described too.
    expect(/aria-describedby="([^"]*)"/.exec(tagWithId(page.html, 'f-summa')!)?.[1]).toBe('f-summa-hint f-summa-error');
  });

  it('keeps the submission key, so fixing and saving makes one record', async () => {
    const first = formFields(page.html).find(([name]) => name === 'submission')![1];
    const fixed = await submitForm(clerk, page, { 'f.nimi': 'Korjattu', 'f.summa': '12,5', 'f.alkupvm': '28.2.2026', 'f.osoite.postal_code': '00100', 'f.tapahtumat.0.tyyppi': 'muu', 'f.tapahtumat.0.paiva': '' });
    expect(fixed.status).toBe(303);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await count('lomake')).toBe(before + 1);
  });

  it.each([
    ['sv', 'Namn: obligatorisk uppgift saknas'],
    ['en', 'Name: is required'],
  ])('in %s, in that language', async (lang, message) => {
    const answer = await submitForm(clerk, await clerk.get(`/app/lomake/new?lang=${lang}`), { 'f.nimi': '' });
    expect(answer.status).toBe(422);
    expect(answer.html).toContain(`<html lang="${lang}">`);
    expect(summaryItems(answer.html).map((item) => item.text)).toContain(message);
    clerk.cookies.delete('seloste_lang');
  });

  it('emptying a required field of a record is an error, and changes nothing', async () => {
    const id = await apiCreate('lomake', { nimi: 'Pysyvä', kuvaus: 'Vanha' });
    const answer = await submitForm(clerk, await clerk.get(`/app/lomake/${id}/edit`), { 'f.nimi': '', 'f.kuvaus': 'Uusi' });
    expect(answer.status).toBe(422);
    expect(summaryItems(answer.html)).toEqual([{ href: '#f-nimi', text: 'Nimi: pakollinen tieto puuttuu' }]);
    expect(inputValue(answer.html, 'f.kuvaus')).toBe('Uusi');
    expect(await stored('lomake', id)).toEqual({ nimi: 'Pysyvä', kuvaus: 'Vanha' });
  });
});

describe('a form that leaves out a required field', () => {
  it('names the missing field in the summary without a link to an input the page does not have', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-forms-'));
    writeFileSync(
      join(dir, 'lyhyt.yaml'),
      `id: lyhyt
registry: lomake
title: { fi: Lyhyt, sv: Kort, en: Short }
modes: [create]
sections:
  - id: kuvaus
    title: { fi: Kuvaus, sv: Beskrivning, en: Description }
    items:
      - field: kuvaus
`,
    );
    const loaded = loadForms([dir], registries);
    expect(loaded.problems).toEqual([]);
    const own = await testEngine({ registries, forms: loaded.forms });
    const session = await signedIn(own, 'kirjaaja', ['lomake:kirjaaja']);
    const answer = await submitForm(session, await session.get('/app/lomake/new?form=lyhyt'), { 'f.kuvaus': 'Pelkkä kuvaus' });
    expect(answer.status).toBe(422);
    expect(summaryItems(answer.html)).toEqual([{ href: undefined, text: 'Nimi: pakollinen tieto puuttuu' }]);
    expect(inputValue(answer.html, 'f.kuvaus')).toBe('Pelkkä kuvaus');
    expect(own.errors).toEqual([]);
    own.engine.close();
  });
});

describe('entries of a group', () => {
  it('"add entry" re-renders with an empty entry added and nothing else lost', async () => {
    const answer = await submitForm(clerk, await clerk.get('/app/lomake/new'), { ...VALID, 'f.summa': '12,5,3' }, 'add:tapahtumat');
    expect(answer.status).toBe(200);
    expect(summaryItems(answer.html)).toEqual([]);
    expect(answer.html).toContain('<legend>Merkintä 2</legend>');
    expect(inputValue(answer.html, 'f.tapahtumat.1.aihe')).toBe('');
    expect(inputValue(answer.html, 'f.tapahtumat.0.aihe')).toBe('Soitto');
    expect(inputValue(answer.html, 'f.summa')).toBe('12,5,3');
    expect(inputValue(answer.html, 'f.kuvaus')).toBe(VALID['f.kuvaus']);
    expect(checkedValues(answer.html, 'f.kielet')).toEqual(['fi', 'en']);
    expect(checkedValues(answer.html, 'f.tapahtumat.0.tyyppi')).toEqual(['puhelu']);
    // The added entry is empty: saving drops it.
    const saved = await submitForm(clerk, answer, { 'f.summa': '12,5' });
    expect(saved.status).toBe(303);
    expect((await stored('lomake', idOf(saved)))['tapahtumat']).toEqual([{ tyyppi: 'puhelu', aihe: 'Soitto', paiva: '2026-03-01' }]);
  });

  it('"remove entry N" re-renders with that entry removed and nothing else lost', async () => {
    const id = await apiCreate('lomake', {
      nimi: 'Kolme tapahtumaa',
      tapahtumat: [
        { tyyppi: 'puhelu', aihe: 'Ensimmäinen' },
        { tyyppi: 'muu', aihe: 'Toinen' },
        { tyyppi: 'puhelu', aihe: 'Kolmas' },
      ],
    });
    const form = await clerk.get(`/app/lomake/${id}/edit`);
    expect(form.html).toContain('value="remove:tapahtumat:1"');
    const answer = await submitForm(clerk, form, { 'f.nimi': 'Muutettu nimi', 'f.tapahtumat.2.aihe': 'Kolmas muutettu' }, 'remove:tapahtumat:1');
    expect(answer.status).toBe(200);
    expect(inputValue(answer.html, 'f.nimi')).toBe('Muutettu nimi');
    expect(inputValue(answer.html, 'f.tapahtumat.0.aihe')).toBe('Ensimmäinen');
    expect(inputValue(answer.html, 'f.tapahtumat.1.aihe')).toBe('Kolmas muutettu');
    expect(inputValue(answer.html, 'f.tapahtumat.2.aihe')).toBeUndefined();
    expect(answer.html).not.toContain('Toinen');
    // Nothing is saved until "Save".
    expect((await stored('lomake', id))['nimi']).toBe('Kolme tapahtumaa');
    const saved = await submitForm(clerk, answer);
    expect(saved.status).toBe(303);
    expect(await stored('lomake', id)).toEqual({
      nimi: 'Muutettu nimi',
      tapahtumat: [
        { tyyppi: 'puhelu', aihe: 'Ensimmäinen' },
        { tyyppi: 'puhelu', aihe: 'Kolmas muutettu' },
      ],
    });
  });
});

describe('submissions', () => {
  it('a double submission (the same submission key twice) creates one record, and both land on it', async () => {
    const form = await clerk.get('/app/lomake/new');
    const before = await count('lomake');
    const first = await submitForm(clerk, form, { 'f.nimi': 'Kahdesti lähetetty' });
    const second = await submitForm(clerk, form, { 'f.nimi': 'Kahdesti lähetetty' });
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.location).toBe(first.location);
    expect(await count('lomake')).toBe(before + 1);
    // Two at once (a double click): still one record.
    const again = await clerk.get('/app/lomake/new');
    const both = await Promise.all([submitForm(clerk, again, { 'f.nimi': 'Tuplaklikattu' }), submitForm(clerk, again, { 'f.nimi': 'Tuplaklikattu' })]);
    expect(both.map((answer) => answer.status)).toEqual([303, 303]);
    expect(both[1]!.location).toBe(both[0]!.location);
    expect(await count('lomake')).toBe(before + 2);
  });

  it('the same submission key sent again with other values saves nothing, keeps the values, and a second save is deliberate', async () => {
    const form = await clerk.get('/app/lomake/new');
    const before = await count('lomake');
    const first = await submitForm(clerk, form, { 'f.nimi': 'Ensimmäinen versio' });
    expect(first.status).toBe(303);
    const again = await submitForm(clerk, form, { 'f.nimi': 'Toinen versio' });
    expect(again.status).toBe(409);
    expect(again.html).toContain('Tämä lomake oli jo tallennettu');
    expect(inputValue(again.html, 'f.nimi')).toBe('Toinen versio');
    expect(await count('lomake')).toBe(before + 1);
    const deliberate = await submitForm(clerk, again);
    expect(deliberate.status).toBe(303);
    expect(deliberate.location).not.toBe(first.location);
    expect(await count('lomake')).toBe(before + 2);
    expect(t.errors).toEqual([]);
  });

  it('an edit with an old version after someone else\'s change: 409, the conflict message, the typed values kept, nothing overwritten', async () => {
    const id = await apiCreate('lomake', { nimi: 'Alkuperäinen', kuvaus: 'Alku' });
    const form = await clerk.get(`/app/lomake/${id}/edit`);
    expect(formFields(form.html)).toContainEqual(['version', '1']);
    const other = await t.call(token, 'PATCH', `/api/registries/lomake/records/${id}`, { kuvaus: 'Toisen muutos' });
    expect(other.status).toBe(200);
    const answer = await submitForm(clerk, form, { 'f.nimi': 'Minun muutokseni', 'f.summa': '7' });
    expect(answer.status).toBe(409);
    expect(answer.html).toContain('Joku muu muutti tietuetta sillä välin.');
    expect(inputValue(answer.html, 'f.nimi')).toBe('Minun muutokseni');
    expect(inputValue(answer.html, 'f.summa')).toBe('7');
    expect(inputValue(answer.html, 'f.kuvaus')).toBe('Alku');
    expect(await stored('lomake', id)).toEqual({ nimi: 'Alkuperäinen', kuvaus: 'Toisen muutos' });
    // The page now carries the current version: saving again is a deliberate overwrite.
    expect(formFields(answer.html)).toContainEqual(['version', '2']);
    const again = await submitForm(clerk, answer);
    expect(again.status).toBe(303);
    expect(await stored('lomake', id)).toEqual({ nimi: 'Minun muutokseni', kuvaus: 'Alku', summa: 7 });
  });

  it.each([
    ['without the form token', null],
    ['with a wrong form token', 'x'.repeat(43)],
  ])('a create %s: 422 with the "expired" message, the values kept, nothing stored', async (_name, csrf) => {
    const before = await count('lomake');
    const answer = await submitForm(clerk, await clerk.get('/app/lomake/new'), { ...VALID, csrf });
    expect(answer.status).toBe(422);
    expect(answer.html).toContain('Lomakkeen suojaus vanheni');
    expect(inputValue(answer.html, 'f.nimi')).toBe('Liisa Lomake');
    expect(inputValue(answer.html, 'f.kuvaus')).toBe(VALID['f.kuvaus']);
    expect(checkedValues(answer.html, 'f.kielet')).toEqual(['fi', 'en']);
    expect(await count('lomake')).toBe(before);
    // The page sent back carries the session's token: sending it again saves.
    const saved = await submitForm(clerk, answer);
    expect(saved.status).toBe(303);
  });

  it('an edit without the form token changes nothing', async () => {
    const id = await apiCreate('lomake', { nimi: 'Koskematon' });
    const answer = await submitForm(clerk, await clerk.get(`/app/lomake/${id}/edit`), { 'f.nimi': 'Muutettu', csrf: null });
    expect(answer.status).toBe(422);
    expect(answer.html).toContain('Lomakkeen suojaus vanheni');
    expect(inputValue(answer.html, 'f.nimi')).toBe('Muutettu');
    expect(await stored('lomake', id)).toEqual({ nimi: 'Koskematon' });
  });
});

describe('a conditional field (Hakosalo customer event)', () => {
  let id: string;
  beforeAll(async () => {
    id = await apiCreate(HAKOSALO, { nimi: 'Kalle Keränen' });
  });

  it.each([
    ['puhelu', undefined],
    ['taustatyo', undefined],
    ['tapaaminen', 'Kirjasto'],
    ['tilaisuus', 'Kirjasto'],
  ])('a place posted with the type %s is stored as %j', async (type, place) => {
    const form = await clerk.get(`/app/${HAKOSALO}/${id}/edit?form=asiakastapahtuma`);
    expect(form.status).toBe(200);
    const added = await submitForm(clerk, form, {}, 'add:tapahtumat');
    const index = (added.html.match(/<fieldset class="entry"/g) ?? []).length - 1;
    expect(tagWithId(added.html, `f-tapahtumat-${index}-paikka`)).toBeDefined();
    const answer = await submitForm(clerk, added, {
      [`f.tapahtumat.${index}.tapahtuman_tyyppi`]: type,
      [`f.tapahtumat.${index}.aihe`]: `Aihe ${type}`,
      [`f.tapahtumat.${index}.paikka`]: 'Kirjasto',
      [`f.tapahtumat.${index}.kesto`]: '30',
    });
    expect(answer.status).toBe(303);
    const entries = (await stored(HAKOSALO, id))['tapahtumat'] as RecordData[];
    const entry = entries.find((candidate) => candidate['aihe'] === `Aihe ${type}`)!;
    expect(entry['paikka']).toBe(place);
    expect(entry['kesto']).toBe(30);
    expect(entry['tapahtuman_tyyppi']).toBe(type);
  });

  it('the place input says when it is shown, for the enhancement script', async () => {
    const form = await clerk.get(`/app/${HAKOSALO}/${id}/edit?form=asiakastapahtuma`);
    expect(form.html).toContain('data-show-when="{&quot;name&quot;:&quot;f.tapahtumat.0.tapahtuman_tyyppi&quot;,&quot;values&quot;:[&quot;tapaaminen&quot;,&quot;tilaisuus&quot;]}"');
  });
});

describe('languages', () => {
  const pages = (): Array<[string, string]> => [
    ['/login', 'login'],
    ['/app', 'home'],
    ['/app/lomake?q=liisa&sort=nimi', 'list'],
    ['/app/lomake/new?form=default', 'create'],
  ];

  it.each(['fi', 'sv', 'en'])('every page links to itself in fi, sv and en (%s page)', async (lang) => {
    const extra = await apiCreate('lomake', { nimi: 'Kielet' });
    const paths = [...pages().map(([path]) => path), `/app/lomake/${extra}`, `/app/lomake/${extra}/edit`, `/app/lomake/${extra}/delete`, `/app/lomake/${extra}/audit`];
    for (const path of paths) {
      const session = path === '/login' ? uiSession(t) : clerk;
      const page = await session.get(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      expect(page.status, path).toBe(200);
      expect(page.html, path).toContain(`<html lang="${lang}">`);
      const links = [...page.html.matchAll(/<a href="([^"]+)" lang="(fi|sv|en)" hreflang="\2"( aria-current="true")?>/g)].map((match) => ({ href: match[1]!.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'), lang: match[2], current: Boolean(match[3]) }));
      expect(links.map((link) => link.lang), path).toEqual(['fi', 'sv', 'en']);
      expect(links.filter((link) => link.current).map((link) => link.lang), path).toEqual([lang]);
      for (const link of links) {
        const url = new URL(link.href, 'http://x');
        expect(url.pathname, path).toBe(path.split('?')[0]);
        expect(url.searchParams.get('lang'), path).toBe(link.lang);
        for (const [key, value] of new URL(path, 'http://x').searchParams) expect(url.searchParams.get(key), `${path} ${key}`).toBe(value);
      }
    }
    clerk.cookies.delete('seloste_lang');
  });

  it('the language links of a page with a one-time notice do not repeat the notice', async () => {
    const id = await apiCreate('lomake', { nimi: 'Ilmoitus' });
    const page = await clerk.get(`/app/lomake/${id}?done=saved`);
    expect(page.html).toContain('Tallennettu.');
    const links = [...page.html.matchAll(/<a href="([^"]+)" lang="(?:fi|sv|en)"/g)].map((match) => match[1]!.replace(/&#x3D;/g, '='));
    expect(links).toEqual([`/app/lomake/${id}?lang=fi`, `/app/lomake/${id}?lang=sv`, `/app/lomake/${id}?lang=en`]);
    expect((await clerk.get(links[1]!)).html).not.toContain('Sparat.');
  });

  it('the language chosen is remembered in a cookie for the pages that follow', async () => {
    const session = await signedIn(t, 'kielivalinta', ['lomake:kirjaaja']);
    const chosen = await session.get('/app?lang=sv');
    const cookie = chosen.headers.getSetCookie().find((header) => header.startsWith('seloste_lang='))!;
    expect(cookie).toMatch(/^seloste_lang=sv;/);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/Path=\//);
    for (const path of ['/app', '/app/lomake', '/app/lomake/new']) {
      const page = await session.get(path);
      expect(page.html, path).toContain('<html lang="sv">');
      expect(page.headers.get('Content-Language')).toBe('sv');
    }
    // Even over the browser's own language; a new choice replaces it.
    expect((await session.get('/app', { 'Accept-Language': 'en' })).html).toContain('<html lang="sv">');
    await session.get('/app/lomake?lang=en');
    expect((await session.get('/app')).html).toContain('<html lang="en">');
    // The sign-in page remembers it too.
    expect((await session.get('/login')).status).toBe(303);
    const signedOut = uiSession(t);
    signedOut.cookies.set('seloste_lang', 'sv');
    expect((await signedOut.get('/login')).html).toContain('<html lang="sv">');
    signedOut.cookies.set('seloste_lang', '<script>');
    expect((await signedOut.get('/login')).html).toContain('<html lang="fi">');
  });
});

describe('hostile text', () => {
  const HOSTILE = {
    'f.nimi': '<script>alert(1)</script>',
    'f.kuvaus': '{{constructor}} {{#each this}}x{{/each}} "lainaus" \'heittomerkki\' & <b>lihava</b>',
    'f.osoite.street': '"><img src=x onerror=alert(1)>',
    'f.osoite.postal_code': '00100',
    'f.osoite.post_office': "O'Brien & \"Sons\"",
    'f.tapahtumat.0': '',
    'f.tapahtumat.0.tyyppi': 'muu',
    'f.tapahtumat.0.aihe': '</textarea><script>alert(2)</script>',
  };
  let id: string;
  const pages: Array<[string, () => Promise<UiAnswer>]> = [
    ['the record', () => clerk.get(`/app/lomake/${id}`)],
    ['the list', () => clerk.get('/app/lomake?sort=nimi')],
    ['the list searched for it', () => clerk.get(`/app/lomake?q=${encodeURIComponent('script')}`)],
    ['the edit form', () => clerk.get(`/app/lomake/${id}/edit`)],
    ['the edit form after an error', async () => submitForm(clerk, await clerk.get(`/app/lomake/${id}/edit`), { 'f.summa': 'x' })],
    ['the create form after an error', async () => submitForm(clerk, await clerk.get('/app/lomake/new'), { ...HOSTILE, 'f.summa': 'x' })],
    ['the delete page', () => clerk.get(`/app/lomake/${id}/delete`)],
    ['the audit trail', () => clerk.get(`/app/lomake/${id}/audit`)],
  ];

  beforeAll(async () => {
    const answer = await submitForm(clerk, await clerk.get('/app/lomake/new'), HOSTILE);
    expect(answer.status).toBe(303);
    id = idOf(answer);
  });

  it('is stored literally', async () => {
    expect(await stored('lomake', id)).toEqual({
      nimi: HOSTILE['f.nimi'],
      kuvaus: HOSTILE['f.kuvaus'],
      osoite: { street: HOSTILE['f.osoite.street'], postal_code: '00100', post_office: HOSTILE['f.osoite.post_office'] },
      tapahtumat: [{ tyyppi: 'muu', aihe: HOSTILE['f.tapahtumat.0.aihe'] }],
    });
  });

  it.each(pages)('is shown escaped on %s', async (_name, load) => {
    const page = await load();
    expect(page.status).toBeLessThan(500);
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).not.toContain('<img');
    expect(page.html).not.toContain('<b>');
    expect(page.html).not.toMatch(/<\/textarea><script/);
    expect(page.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Only the page's own script element.
    expect((page.html.match(/<script/g) ?? []).length).toBe(1);
    const text = textOf(page.html);
    if (!/form/.test(_name)) expect(text).toContain(HOSTILE['f.nimi']);
    if (/record/.test(_name)) {
      expect(text).toContain(HOSTILE['f.kuvaus']);
      expect(text).toContain(HOSTILE['f.tapahtumat.0.aihe']);
      expect(text).toContain(HOSTILE['f.osoite.street']);
    }
    if (/form/.test(_name)) {
      expect(inputValue(page.html, 'f.nimi')).toBe(HOSTILE['f.nimi']);
      expect(inputValue(page.html, 'f.tapahtumat.0.aihe')).toBe(HOSTILE['f.tapahtumat.0.aihe']);
      expect(inputValue(page.html, 'f.kuvaus')).toBe(HOSTILE['f.kuvaus']);
      expect(inputValue(page.html, 'f.osoite.street')).toBe(HOSTILE['f.osoite.street']);
      expect(inputValue(page.html, 'f.osoite.post_office')).toBe(HOSTILE['f.osoite.post_office']);
    }
  });

  it('no request made the app log an error', () => {
    expect(t.errors).toEqual([]);
  });
});
