/**
 * The staff pages in Chromium, driven as people use them: a case worker of each seed registry
 * signs in by typing, creates a record with the registry's create form (a repeating-group entry
 * added with its "Lisää …" button), sees the errors of a first, invalid attempt (summary focused,
 * links that move focus, inline messages tied with aria-describedby, nothing typed lost), saves,
 * finds the record by searching, edits it; the main user reads its audit trail and deletes it.
 * One form is completed with the keyboard alone, focus always visible. A conditional field works
 * with and without JavaScript. No page logs an error, fails a request or asks another host.
 * (axe-core: staff-a11y.test.ts; layout and screenshots: staff-layout.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoRecord } from '../../src/demo/generate-records.js';
import type { Registry } from '../../src/model/types.js';
import { loadSeeds } from '../helpers/seeds.js';
import { launchChromium } from './chromium.js';
import { startStaffServer, TEST_PASSWORD, type StaffServer } from './server.js';
import {
  asTyped,
  badIdentityCode,
  fieldOf,
  fillField,
  focusState,
  inputId,
  mainText,
  personWith,
  readField,
  shownAs,
  signIn,
  staffContext,
  submit,
  type StaffContextOptions,
} from './staff-helpers.js';

const registries = loadSeeds();
const registryOf = (id: string): Registry => registries.find((registry) => registry.id === id)!;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

/** A Finnish browser context whose every page is watched (see `staffContext`). */
const finnishContext = (server: StaffServer, options: StaffContextOptions = {}) => staffContext(browser, server, options);

/** The id in a record page's path. */
function recordIdOf(page: Page): string {
  return new URL(page.url()).pathname.split('/')[3]!;
}

// --- 1. case workers in every registry ---------------------------------------------------------

interface Case {
  registry: string;
  /** The form that creates records. */
  form: string;
  /** Top-level fields typed or chosen (all in the create form). */
  fields: string[];
  /** The repeating group an entry is added to, and the members filled in it. */
  group: { id: string; members: string[] };
  /** Wrong in the first attempt: identity codes get a wrong check character, anything else is left empty (`group.member` for a member). */
  bad: string[];
  /** The field whose value is searched for (a surname, or the birth-date part of an identity code). */
  search: string;
  /** A change made with an edit form. */
  edit: { form: string; field: string; value: string };
  /** Values that must not come from the generator. */
  fixed?: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    registry: 'helsinki-tyorasti',
    form: 'default',
    fields: ['nimi', 'henkilotunnus', 'sahkopostiosoite', 'taustatiedot', 'kayttajatunnus', 'tunnus_voimassa_asti', 'poiston_syy'],
    group: { id: 'kaytetyt_palvelut', members: ['palvelu', 'kayttopaiva'] },
    bad: ['henkilotunnus', 'nimi'],
    search: 'nimi',
    edit: { form: 'default', field: 'taustatiedot', value: 'Päivitetty: ajokortti B hankittu.' },
  },
  {
    registry: 'iisalmi-hakosalo',
    form: 'default',
    fields: ['nimi', 'henkilotunnus', 'osoite', 'sahkoposti', 'palkkatukioikeus', 'tyottomyyden_kesto'],
    group: { id: 'tapahtumat', members: ['tapahtuman_tyyppi', 'aihe', 'kesto'] },
    bad: ['henkilotunnus', 'tapahtumat.tapahtuman_tyyppi'],
    search: 'nimi',
    edit: { form: 'default', field: 'tyottomyyden_kesto', value: 'yli 4 vuotta' },
  },
  {
    registry: 'joensuu-tyollisyyspalvelut',
    form: 'default',
    fields: ['henkilotunnus', 'osoite', 'sahkopostiosoite', 'tyohistoria'],
    group: { id: 'valmennussuunnitelmat', members: ['suunnitelma_pvm', 'valmennussuunnitelma'] },
    bad: ['henkilotunnus', 'valmennussuunnitelmat.valmennussuunnitelma'],
    search: 'henkilotunnus',
    edit: { form: 'tyonantaja', field: 'tyonantaja', value: 'Joensuun Puutyö Oy' },
  },
  {
    registry: 'raisio-tyollisyyspalvelut',
    form: 'asiakkaaksi',
    fields: ['henkilotunnus', 'nimi', 'aidinkieli', 'turvakielto', 'osoite', 'siviilisaaty', 'ammatti'],
    group: { id: 'puhelinnumerot', members: ['puhelinnumero'] },
    bad: ['henkilotunnus', 'nimi'],
    search: 'nimi',
    edit: { form: 'default', field: 'ammatti', value: 'Puuseppä' },
    // A case worker does not see an address under protection; this person has none.
    fixed: { turvakielto: false },
  },
  {
    registry: 'walmu-asiakashallinta',
    form: 'default',
    fields: ['nimi', 'henkilotunnus', 'sahkopostiosoite', 'tilinumero', 'ika', 'asiakassuhteen_tyyppi', 'ammatti'],
    group: { id: 'tavoitteet', members: ['tavoite_pvm', 'tavoite'] },
    bad: ['henkilotunnus', 'asiakassuhteen_tyyppi'],
    search: 'nimi',
    edit: { form: 'default', field: 'ammatti', value: 'Puuseppä' },
  },
];

/** The inputs a case fills, each with its field, HTML id and value. */
function inputsOf(registry: Registry, c: Case, person: DemoRecord) {
  const entry = (person[c.group.id] as Array<Record<string, unknown>>)[0]!;
  return [
    ...c.fields.map((id) => ({ key: id, field: fieldOf(registry, id), id: inputId(id), value: c.fixed?.[id] ?? person[id] })),
    ...c.group.members.map((id) => ({ key: `${c.group.id}.${id}`, field: fieldOf(registry, id, c.group.id), id: inputId(id, { group: c.group.id, index: 0 }), value: entry[id] })),
  ];
}

describe('case workers create, find, edit and (main users) delete records', () => {
  let server: StaffServer;

  beforeAll(async () => {
    server = await startStaffServer(registries, { fill: 3 });
  }, 30_000);

  afterAll(async () => {
    await server?.close();
  });

  it.each(CASES.map((c, index) => [c.registry, c, index] as const))('%s', async (_, c, index) => {
    const registry = registryOf(c.registry);
    const person = personWith(registry, c.fields, c.group, 100 + index);
    const inputs = inputsOf(registry, c, person);
    const worker = await server.addUser(`tt.${c.registry}`, [`${c.registry}:tyontekija`]);
    const { context, page, watch } = await finnishContext(server);

    // Sign in by typing; the home page lists the registry; open it and its create form.
    await signIn(page, server.origin, worker.username, worker.password);
    await submit(page, page.locator(`main a[href="/app/${c.registry}"]`));
    await submit(page, page.locator(`main a[href="/app/${c.registry}/new?form=${c.form}"]`));
    expect(await page.locator('h1').innerText()).not.toBe('');

    // First attempt: everything but the bad values, which are mistyped or left empty.
    const typed = new Map<string, unknown>();
    const fill = async (input: (typeof inputs)[number]) => {
      if (!c.bad.includes(input.key)) {
        await fillField(page, input.field, input.id, input.value);
        typed.set(input.key, asTyped(input.field, input.value));
      } else if (input.field.type === 'personal-identity-code') {
        const wrong = badIdentityCode(String(input.value));
        await fillField(page, input.field, input.id, wrong);
        typed.set(input.key, wrong);
      }
    };
    const top = inputs.filter((input) => !input.key.includes('.'));
    const members = inputs.filter((input) => input.key.includes('.'));
    for (const input of top) await fill(input);
    await submit(page, page.locator(`button[value="add:${c.group.id}"]`));
    // The page came back with an empty entry, and with everything typed so far.
    expect(await page.locator(`#f-${c.group.id}-0`).count()).toBe(1);
    for (const input of top) if (typed.has(input.key)) expect(await readField(page, input.field, input.id), input.key).toEqual(typed.get(input.key));
    for (const input of members) await fill(input);
    const [failed] = await Promise.all([page.waitForNavigation(), page.locator('form.record-form button.button[value="save"]').click()]);
    expect(failed?.status()).toBe(422);

    // The error summary: first thing read (focused by app.js), one link per error.
    const summary = page.locator('#error-summary');
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    const links = await summary.locator('a').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    const wrongIds = inputs.filter((input) => c.bad.includes(input.key)).map((input) => input.id);
    expect(links.map((link) => link.href).sort()).toEqual(wrongIds.map((id) => `#${id}`).sort());
    for (const link of links) {
      const id = link.href.slice(1);
      // The inline message says the same; the input (or its fieldset) points at it.
      expect(await page.locator(`#${id}-error`).innerText()).toBe(link.text);
      expect((await page.locator(`#${id}`).getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`);
      // Activating the link moves focus to the field.
      await page.locator(`#error-summary a[href="#${id}"]`).click();
      expect(await page.evaluate(() => document.activeElement?.id), `focus after ${link.href}`).toBe(id);
    }
    for (const input of inputs) if (typed.has(input.key)) expect(await readField(page, input.field, input.id), input.key).toEqual(typed.get(input.key));

    // Second attempt: the bad values put right; saved, and the record page shows the values.
    for (const input of inputs.filter((candidate) => c.bad.includes(candidate.key))) await fillField(page, input.field, input.id, input.value);
    await submit(page, page.locator('form.record-form button.button[value="save"]'));
    expect(page.url()).toMatch(new RegExp(`/app/${c.registry}/[0-9a-f-]{36}\\?done=saved$`));
    expect(await page.locator('.flash').innerText()).toBe('Tallennettu.');
    const recordPath = `/app/${c.registry}/${recordIdOf(page)}`;
    const shown = await mainText(page);
    for (const input of inputs) {
      const text = shownAs(input.field, input.value);
      if (text !== undefined) expect(shown, input.key).toContain(text);
    }

    // Found in the list by searching part of a name or identity code.
    await submit(page, page.locator(`nav.crumbs a[href="/app/${c.registry}"]`));
    const value = String(person[c.search]);
    const query = c.search === 'nimi' ? value.split(' ').at(-1)!.slice(0, 5) : value.slice(0, 6);
    await page.locator('#q').fill(query);
    await Promise.all([page.waitForNavigation(), page.locator('#q').press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await submit(page, page.locator(`table.records a[href="${recordPath}"]`));

    // A case worker may not delete.
    expect(await page.locator(`main a[href="${recordPath}/delete"]`).count()).toBe(0);

    // Edited with an edit form (filled with the stored values): the change is saved and shown.
    await submit(page, page.locator(`main a[href="${recordPath}/edit?form=${c.edit.form}"]`));
    const editField = fieldOf(registry, c.edit.field);
    expect(await readField(page, editField, inputId(c.edit.field))).toEqual(typed.get(c.edit.field) ?? '');
    await fillField(page, editField, inputId(c.edit.field), c.edit.value);
    await submit(page, page.locator('form.record-form button.button[value="save"]'));
    expect(page.url()).toBe(`${server.origin}${recordPath}?done=saved`);
    expect(await page.locator('.flash').innerText()).toBe('Tallennettu.');
    expect(await mainText(page)).toContain(c.edit.value);
    expect(watch.take()).toEqual([]);
    await context.close();

    // The main user sees the audit trail and deletes the record, after confirming.
    const main = await server.addUser(`pk.${c.registry}`, [`${c.registry}:paakayttaja`]);
    const admin = await finnishContext(server);
    await signIn(admin.page, server.origin, main.username, main.password, recordPath);
    await submit(admin.page, admin.page.locator(`main a[href="${recordPath}/audit"]`));
    expect(await admin.page.locator('table.records tbody tr').count()).toBeGreaterThanOrEqual(3);
    await submit(admin.page, admin.page.locator(`main a[href="${recordPath}"]`));
    await submit(admin.page, admin.page.locator(`main a[href="${recordPath}/delete"]`));
    await submit(admin.page, admin.page.locator('main button[type="submit"]'));
    expect(admin.page.url()).toBe(`${server.origin}/app/${c.registry}?done=deleted`);
    expect(await admin.page.locator('.flash').innerText()).toBe('Tietue poistettiin.');
    const gone = await admin.page.goto(`${server.origin}${recordPath}`);
    expect(gone?.status()).toBe(404);
    expect(admin.watch.take()).toEqual([]);
    await admin.context.close();
    expect(server.errors).toEqual([]);
  });
});

// --- 2. the keyboard alone -----------------------------------------------------------------------

/** Presses Tab until the focused element matches `selector`; at every stop the focus ring must show. */
async function tabTo(page: Page, selector: string, most = 80): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    expect(state.visible, `no visible focus on ${state.tag}#${state.id} "${state.text}" (outline contrast ${state.contrast})`).toBe(true);
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the keyboard alone', () => {
  let server: StaffServer;

  beforeAll(async () => {
    server = await startStaffServer(registries);
  }, 30_000);

  afterAll(async () => {
    await server?.close();
  });

  it("completes Raisio's intake form with Tab, typing, arrow keys and Enter; focus always shows", async () => {
    const registry = registryOf('raisio-tyollisyyspalvelut');
    const person = personWith(registry, ['henkilotunnus', 'nimi', 'aidinkieli', 'osoite', 'ammatti'], { id: 'puhelinnumerot', members: ['puhelinnumero'] }, 7);
    const phone = String((person['puhelinnumerot'] as Array<Record<string, unknown>>)[0]!['puhelinnumero']);
    const address = person['osoite'] as Record<string, string>;
    const user = await server.addUser('nappaimisto', ['raisio-tyollisyyspalvelut:tyontekija']);
    const { context, page, watch } = await finnishContext(server);
    const enter = async () => {
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    };

    await page.goto(`${server.origin}/login`);
    await tabTo(page, '#username');
    await page.keyboard.type(user.username);
    await tabTo(page, '#password');
    await page.keyboard.type(user.password);
    await enter();
    expect(new URL(page.url()).pathname).toBe('/app');
    await tabTo(page, 'main a[href="/app/raisio-tyollisyyspalvelut"]');
    await enter();
    await tabTo(page, 'main a[href="/app/raisio-tyollisyyspalvelut/new?form=asiakkaaksi"]');
    await enter();

    await tabTo(page, '#f-henkilotunnus');
    await page.keyboard.type(String(person['henkilotunnus']));
    await tabTo(page, '#f-nimi');
    await page.keyboard.type(String(person['nimi']));
    await tabTo(page, '#f-aidinkieli');
    await page.keyboard.type(String(person['aidinkieli']));
    // "Lisää puhelinnumero" sends the form back with an empty entry; what was typed stays.
    await tabTo(page, 'button[value="add:puhelinnumerot"]');
    await enter();
    expect(await page.locator('#f-nimi').inputValue()).toBe(person['nimi']);
    // Focus comes back in the new entry, not at the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-puhelinnumerot-0-puhelinnumero');
    expect((await focusState(page)).visible).toBe(true);
    await page.keyboard.type(phone);
    // Tab enters a radio group at its checked button ("Ei tiedossa"); an arrow key moves and checks.
    await tabTo(page, 'input[name="f.turvakielto"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-turvakielto-none');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#f-turvakielto-false').isChecked()).toBe(true);
    expect((await focusState(page)).visible).toBe(true);
    await tabTo(page, '#f-osoite-street');
    await page.keyboard.type(address['street']!);
    await tabTo(page, '#f-osoite-postal_code');
    await page.keyboard.type(address['postal_code']!);
    await tabTo(page, '#f-osoite-post_office');
    await page.keyboard.type(address['post_office']!);
    await tabTo(page, '#f-siviilisaaty');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#f-siviilisaaty').inputValue()).toBe('naimaton');
    await tabTo(page, '#f-ammatti');
    await page.keyboard.type(String(person['ammatti']));
    await tabTo(page, 'form.record-form button.button[value="save"]');
    await enter();

    expect(page.url()).toMatch(/\/app\/raisio-tyollisyyspalvelut\/[0-9a-f-]{36}\?done=saved$/);
    expect(await page.locator('.flash').innerText()).toBe('Tallennettu.');
    const shown = await mainText(page);
    for (const text of [person['nimi'], person['henkilotunnus'], address['street'], person['ammatti'], 'Naimaton']) expect(shown).toContain(text);
    // And out again.
    await tabTo(page, 'form.logout button');
    await enter();
    expect(page.url()).toBe(`${server.origin}/login?out=1`);
    expect(await page.locator('.flash').innerText()).toBe('Olet kirjautunut ulos.');
    expect(watch.take()).toEqual([]);
    await context.close();
  });

  it('saves when Enter is pressed in a text input, keeping the entries (the default button is "Tallenna")', async () => {
    const registry = registryOf('raisio-tyollisyyspalvelut');
    const person = personWith(registry, ['henkilotunnus', 'nimi'], { id: 'puhelinnumerot', members: ['puhelinnumero'] }, 8);
    const phone = String((person['puhelinnumerot'] as Array<Record<string, unknown>>)[0]!['puhelinnumero']);
    const user = await server.addUser('enter', ['raisio-tyollisyyspalvelut:tyontekija']);
    const { context, page, watch } = await finnishContext(server);
    await signIn(page, server.origin, user.username, user.password, '/app/raisio-tyollisyyspalvelut/new?form=asiakkaaksi');
    await page.locator('#f-henkilotunnus').fill(String(person['henkilotunnus']));
    await submit(page, page.locator('button[value="add:puhelinnumerot"]'));
    await page.locator('#f-puhelinnumerot-0-puhelinnumero').fill(phone);
    await page.locator('#f-nimi').fill(String(person['nimi']));
    // Without the hidden default button, Enter here pressed "Poista puhelinnumero 1": the entry was gone.
    await Promise.all([page.waitForNavigation(), page.locator('#f-nimi').press('Enter')]);
    expect(page.url()).toMatch(/\/app\/raisio-tyollisyyspalvelut\/[0-9a-f-]{36}\?done=saved$/);
    expect(await page.locator('ol.entries li').count()).toBe(1);
    expect(watch.take()).toEqual([]);
    await context.close();
  });
});

// --- 4. conditional fields, with and without JavaScript ---------------------------------------

describe("conditional fields: the place of Hakosalo's customer event", () => {
  let server: StaffServer;

  beforeAll(async () => {
    server = await startStaffServer(registries, { fill: 2 });
    await server.addUser('tapahtumat', ['iisalmi-hakosalo:tyontekija']);
  }, 30_000);

  afterAll(async () => {
    await server?.close();
  });

  /** Signs in, opens the first record of the list and its customer-event form; the entries on the page. */
  async function openEventForm(page: Page): Promise<{ recordPath: string; entries: number }> {
    await signIn(page, server.origin, 'tapahtumat', TEST_PASSWORD, '/app/iisalmi-hakosalo');
    const recordPath = (await page.locator('table.records tbody a').first().getAttribute('href'))!;
    await submit(page, page.locator(`table.records a[href="${recordPath}"]`));
    await submit(page, page.locator(`main a[href="${recordPath}/edit?form=asiakastapahtuma"]`));
    return { recordPath, entries: await page.locator('fieldset.entry').count() };
  }

  const place = (index: number) => `#f-tapahtumat-${index}-paikka`;
  const type = (index: number, value: string) => `#f-tapahtumat-${index}-tapahtuman_tyyppi-${value}`;

  it('with JavaScript the place shows only for a meeting or an occasion, and is saved', async () => {
    const { context, page, watch } = await finnishContext(server);
    const { recordPath, entries } = await openEventForm(page);
    // The stored entries: the place shows exactly where the type is a meeting or an occasion.
    for (let index = 0; index < entries; index++) {
      const chosen = await page.locator(`#f-tapahtumat-${index}-tapahtuman_tyyppi input:checked`).getAttribute('value');
      expect(await page.locator(place(index)).isVisible(), `entry ${index} (${chosen})`).toBe(chosen === 'tapaaminen' || chosen === 'tilaisuus');
    }
    await submit(page, page.locator('button[value="add:tapahtumat"]'));
    const added = entries;
    expect(await page.locator(place(added)).isVisible()).toBe(false);
    for (const [value, shown] of [['tapaaminen', true], ['puhelu', false], ['taustatyo', false], ['tilaisuus', true]] as const) {
      await page.locator(type(added, value)).check();
      expect(await page.locator(place(added)).isVisible(), value).toBe(shown);
    }
    await page.locator(place(added)).fill('Kulttuurikeskus Kuulas');
    await page.locator(`#f-tapahtumat-${added}-aihe`).fill('Rekrytointitilaisuus');
    await submit(page, page.locator('form.record-form button.button[value="save"]'));
    expect(page.url()).toBe(`${server.origin}${recordPath}?done=saved`);
    const shown = await mainText(page);
    expect(shown).toContain('Rekrytointitilaisuus');
    expect(shown).toContain('Kulttuurikeskus Kuulas');
    expect(watch.take()).toEqual([]);
    await context.close();
  });

  it('without JavaScript: sign in, add entries with the add button, save; a hidden place is dropped', async () => {
    const { context, page, watch } = await finnishContext(server, { javaScriptEnabled: false });
    const { recordPath, entries } = await openEventForm(page);
    await submit(page, page.locator('button[value="add:tapahtumat"]'));
    // Without the script every field shows; the server applies the condition.
    expect(await page.locator(place(entries)).isVisible()).toBe(true);
    await page.locator(type(entries, 'puhelu')).check();
    await page.locator(`#f-tapahtumat-${entries}-aihe`).fill('Puhelu ilman skriptejä');
    await page.locator(place(entries)).fill('Ei tallennu');
    await submit(page, page.locator('button[value="add:tapahtumat"]'));
    expect(await page.locator(`#f-tapahtumat-${entries}-aihe`).inputValue()).toBe('Puhelu ilman skriptejä');
    await page.locator(type(entries + 1, 'tilaisuus')).check();
    await page.locator(`#f-tapahtumat-${entries + 1}-aihe`).fill('Tilaisuus ilman skriptejä');
    await page.locator(place(entries + 1)).fill('Kaupunginkirjasto');
    await submit(page, page.locator('form.record-form button.button[value="save"]'));
    expect(page.url()).toBe(`${server.origin}${recordPath}?done=saved`);
    expect(await page.locator('.flash').innerText()).toBe('Tallennettu.');
    const shown = await mainText(page);
    expect(shown).toContain('Puhelu ilman skriptejä');
    expect(shown).toContain('Tilaisuus ilman skriptejä');
    expect(shown).toContain('Kaupunginkirjasto');
    expect(shown).not.toContain('Ei tallennu');
    expect(watch.take()).toEqual([]);
    await context.close();
  });
});
