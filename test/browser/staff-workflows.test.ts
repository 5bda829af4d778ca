/**
 * The workflow sections of the staff record page in Chromium, driven with the keyboard where a
 * case worker would use it (Tab, typing, arrow keys, Enter), the focus ring showing at every stop:
 * Joensuu's "Tila" offers "Aloita monialainen palvelu" only once the consent to data exchange is
 * recorded in "Suostumukset" (blocked before, with the reason, and not a working button); the
 * consent is given, the transition taken, the consent withdrawn, both histories shown. Raisio's
 * main user ends a customer relationship and "Säilytys" shows the deletion due a year later; a
 * legal hold is placed (refused first without a reason) and released. Työrasti's "Poista tunnus"
 * is blocked naming the missing field. A consent form refused (a future date, no method) focuses
 * its error summary, links the message to the input and keeps what was typed. Every page state
 * visited: axe-core (WCAG 2.1 A/AA) finds nothing, no console errors, failed or foreign requests.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import type { Caller } from '../../src/operations/context.js';
import { helsinkiDate } from '../../src/operations/event-time.js';
import { createRecord } from '../../src/operations/records.js';
import { loadSeeds } from '../helpers/seeds.js';
import { launchChromium } from './chromium.js';
import { startStaffServer, TEST_PASSWORD, type StaffServer } from './server.js';
import { focusState, inspect, mainText, signIn, staffContext } from './staff-helpers.js';

const registries = loadSeeds();
const JOENSUU = 'joensuu-tyollisyyspalvelut';
const RAISIO = 'raisio-tyollisyyspalvelut';
const TYORASTI = 'helsinki-tyorasti';
const DAY = 24 * 60 * 60 * 1000;

let browser: Browser;
let server: StaffServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaffServer(registries)]);
  await server.addUser('tt.joensuu', [`${JOENSUU}:tyontekija`]);
  await server.addUser('pk.raisio', [`${RAISIO}:paakayttaja`]);
  await server.addUser('tt.tyorasti', [`${TYORASTI}:tyontekija`]);
}, 30_000);

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/** A generated record created through the engine as `actor` holding `role`; its record page's path. */
async function recordOf(registryId: string, role: string, actor: string, seed: number, changes: Record<string, unknown> = {}): Promise<string> {
  const registry = registries.find((candidate) => candidate.id === registryId)!;
  const data: Record<string, unknown> = { ...generateRecords(registry, { count: 1, seed, today: new Date() })[0]! };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  const caller: Caller = { actor, roles: new Map([[registryId, [role]]]), lang: 'fi' };
  const { record } = await createRecord(server.engine.operations, caller, registryId, data);
  return `/app/${registryId}/${record.id}`;
}

/** A YYYY-MM-DD day as staff type and read it: 2.3.2026. */
function finnish(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date}.${month}.${year}`;
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches `selector`; at every stop
 * the focus ring must show.
 */
async function tabTo(page: Page, selector: string, options: { back?: boolean; most?: number } = {}): Promise<void> {
  for (let presses = 0; presses < (options.most ?? 120); presses++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const state = await focusState(page);
    expect(state.visible, `no visible focus on ${state.tag}#${state.id} "${state.text}" (outline contrast ${state.contrast})`).toBe(true);
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${options.back ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

/** Presses Enter on what has focus and waits for the page it leads to; its status. */
async function enter(page: Page): Promise<number | undefined> {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  return response?.status();
}

/** Replaces the text of the focused input by typing, as a person would (select all, type). */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The rows of a table as their cells' text. */
async function rowsOf(page: Page, table: string): Promise<string[][]> {
  return page.locator(`${table} tbody tr`).evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

/** Asserts that a blocked transition is a disabled, non-submitting control with its reason. */
async function expectBlocked(page: Page, transition: string, name: string, reason: string): Promise<void> {
  const item = page.locator(`#transition-${transition}`);
  const button = item.locator('button');
  expect(await button.innerText()).toBe(name);
  expect(await button.getAttribute('type')).toBe('button');
  expect(await button.getAttribute('aria-disabled')).toBe('true');
  expect(await item.locator('form').count()).toBe(0);
  expect(await page.locator(`form[action$="/transition/${transition}"]`).count()).toBe(0);
  expect((await page.locator(`#transition-${transition}-why`).innerText()).replace(/\s+/g, ' ')).toBe(`Ei voi tehdä vielä: ${reason}`);
  expect((await button.getAttribute('aria-describedby'))?.split(' ')).toContain(`transition-${transition}-why`);
  // Reached with the keyboard; Enter and Space on it send nothing.
  const url = page.url();
  let requests = 0;
  const count = () => requests++;
  page.on('request', count);
  await tabTo(page, `#transition-${transition} button`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  page.off('request', count);
  expect(requests).toBe(0);
  expect(page.url()).toBe(url);
}

describe('workflow sections of the staff record page, by keyboard', () => {
  it('Joensuu: the multi-agency service waits for the consent; consent given, transition taken, consent withdrawn', async () => {
    const recordPath = await recordOf(JOENSUU, 'tyontekija', 'tt.joensuu', 11);
    const { context, page, watch } = await staffContext(browser, server);
    const { found, check } = inspect(page, watch, server.origin);
    await signIn(page, server.origin, 'tt.joensuu', TEST_PASSWORD, recordPath);
    await check('record, no consent');

    // "Tila": the state, and the transition blocked because the consent is missing.
    expect(await page.locator('#lifecycle .state-now strong').innerText()).toBe('Asiakkuus voimassa');
    await expectBlocked(page, 'aloita_monialainen_palvelu', 'Aloita monialainen palvelu', 'Suostumusta ei ole kirjattu: Asiakkaan suostumus tietojenvaihtoon.');
    expect(await page.locator('#consent-tietojenvaihto .consent-state').innerText()).toBe('Ei annettu');

    // "Suostumukset": the only method (signed form) is chosen already; yesterday typed as the date; Enter.
    const yesterday = helsinkiDate(new Date(Date.now() - DAY));
    await tabTo(page, '#consent-tietojenvaihto-method input[type="radio"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consent-tietojenvaihto-method-signed-form');
    expect(await page.locator('#consent-tietojenvaihto-method-signed-form').isChecked()).toBe(true);
    await tabTo(page, '#consent-tietojenvaihto-at');
    await retype(page, finnish(yesterday));
    expect(await enter(page)).toBe(200);
    expect(new URL(page.url()).search).toBe('?done=consent-given');
    expect(await page.locator('.flash').innerText()).toBe('Suostumus kirjattiin annetuksi.');
    expect(await page.locator('#consent-tietojenvaihto .consent-state').innerText()).toBe(`Annettu ${finnish(yesterday)} (allekirjoitettu lomake), kirjasi tt.joensuu`);
    await check('consent given');

    // The transition is a button now: back up to it (the page opened at #consents) and press Enter.
    const take = '#transition-aloita_monialainen_palvelu form button[type="submit"]';
    expect(await page.locator(take).innerText()).toBe('Aloita monialainen palvelu');
    await tabTo(page, take, { back: true });
    expect(await enter(page)).toBe(200);
    expect(new URL(page.url()).search).toBe('?done=transition');
    expect(await page.locator('.flash').innerText()).toBe('Tila muutettu: Monialainen palvelu.');
    expect(await page.locator('#lifecycle .state-now strong').innerText()).toBe('Monialainen palvelu');
    const history = await rowsOf(page, '#lifecycle');
    expect(history.map((row) => row.slice(1))).toEqual([
      ['Asiakkuus voimassa', 'Tietue luotiin', 'tt.joensuu'],
      ['Monialainen palvelu', 'Aloita monialainen palvelu', 'tt.joensuu'],
    ]);
    await check('transition taken');

    // Withdrawn: no method chosen beforehand (any will do); Tab enters the group, an arrow key moves and checks.
    expect(await page.locator('#consent-tietojenvaihto-method input:checked').count()).toBe(0);
    await tabTo(page, '#consent-tietojenvaihto-method input[type="radio"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consent-tietojenvaihto-method-signed-form');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#consent-tietojenvaihto-method-written').isChecked()).toBe(true);
    await tabTo(page, '#consent-tietojenvaihto-at');
    expect(await page.locator('#consent-tietojenvaihto-at').inputValue()).toBe(finnish(helsinkiDate(new Date())));
    expect(await enter(page)).toBe(200);
    expect(new URL(page.url()).search).toBe('?done=consent-withdrawn');
    expect(await page.locator('.flash').innerText()).toBe('Suostumuksen peruutus kirjattiin.');
    expect(await page.locator('#consent-tietojenvaihto .consent-state').innerText()).toBe(`Peruttu ${finnish(helsinkiDate(new Date()))} (kirjallisesti), kirjasi tt.joensuu`);
    const events = await rowsOf(page, '#consent-tietojenvaihto');
    expect(events.map((row) => row.slice(0, 4))).toEqual([
      ['annettu', finnish(yesterday), 'allekirjoitettu lomake', 'tt.joensuu'],
      ['peruttu', finnish(helsinkiDate(new Date())), 'kirjallisesti', 'tt.joensuu'],
    ]);
    // The state history still lists the transition; a new giving form is offered.
    expect((await rowsOf(page, '#lifecycle')).map((row) => row[1])).toEqual(['Asiakkuus voimassa', 'Monialainen palvelu']);
    expect(await page.locator('#consent-tietojenvaihto form > fieldset > legend').innerText()).toBe('Kirjaa suostumus annetuksi');
    await check('consent withdrawn');

    expect(found).toEqual({});
    expect(server.errors).toEqual([]);
    await context.close();
  });

  it('Raisio: ending the customer relationship schedules the deletion a year on; a legal hold placed and released', async () => {
    const recordPath = await recordOf(RAISIO, 'paakayttaja', 'pk.raisio', 12);
    const recordId = recordPath.split('/')[3]!;
    const { context, page, watch } = await staffContext(browser, server);
    const { found, check, visit } = inspect(page, watch, server.origin);
    await signIn(page, server.origin, 'pk.raisio', TEST_PASSWORD, recordPath);
    await check('record, active');
    expect(await page.locator('#retention').innerText()).toContain('Tietueelle ei ole ajastettu mitään.');

    // "Päätä asiakkuus" with the keyboard.
    const before = new Date();
    await tabTo(page, '#transition-paata form button[type="submit"]');
    expect(await enter(page)).toBe(200);
    const after = new Date();
    expect(await page.locator('.flash').innerText()).toBe('Tila muutettu: Asiakkuus päättynyt.');
    expect(await page.locator('#lifecycle .state-now strong').innerText()).toBe('Asiakkuus päättynyt');

    // "Säilytys": the deletion, due one year after the relationship ended, in Finnish.
    const jobs = server.engine.operations.workflows.jobs.list({ registry: RAISIO, recordId, statuses: ['pending'] });
    expect(jobs.map((job) => job.rule)).toEqual(['retention:asiakkuuden_paattyminen']);
    const dueDay = helsinkiDate(jobs[0]!.dueAt);
    const aYearOn = (moment: Date) => {
      const [year, month, day] = helsinkiDate(moment).split('-');
      return `${Number(year) + 1}-${month}-${day}`;
    };
    expect([aYearOn(before), aYearOn(after)]).toContain(dueDay);
    const rows = await rowsOf(page, '#retention');
    expect(rows).toHaveLength(1);
    const [when, rule, what, status] = rows[0]!;
    expect(when).toMatch(new RegExp(`^${finnish(dueDay).replace(/\./g, '\\.')} klo \\d{1,2}\\.\\d{2}$`));
    expect(rule).toBe('Säilytyssääntö "asiakkuuden_paattyminen"');
    expect(what).toBe('Tietojen poisto');
    expect(status).toBe('Odottaa');
    await check('relationship ended');

    // The registry's jobs page lists it among the upcoming ones.
    await visit(`/app/${RAISIO}/jobs?view=upcoming`);
    expect(await page.locator(`table.records a[href="${recordPath}"]`).count()).toBe(1);
    await page.goto(`${server.origin}${recordPath}`);

    // A hold without a reason is refused: the summary is focused and points at the input.
    await tabTo(page, '#hold-reason');
    expect(await enter(page)).toBe(422);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.locator('#error-summary h2').innerText()).toBe('Pitoa ei voitu asettaa');
    expect(await page.locator('#error-summary a').getAttribute('href')).toBe('#hold-reason');
    expect(await page.locator('#hold-reason').getAttribute('aria-invalid')).toBe('true');
    await check('hold refused');

    // Placed with a reason, typed; listed as in force.
    const reason = 'Vireillä oleva kantelu eläkeselvityksestä';
    await tabTo(page, '#hold-reason');
    await page.keyboard.type(reason);
    expect(await enter(page)).toBe(200);
    expect(new URL(page.url()).search).toBe('?done=hold-placed');
    expect(await page.locator('.flash').innerText()).toBe('Oikeudellinen pito asetettiin.');
    const active = page.locator('#retention ul.holds li.active');
    expect(await active.count()).toBe(1);
    expect(await active.locator('strong').innerText()).toBe(reason);
    expect(await active.innerText()).toMatch(/Voimassa .* alkaen \(asettanut pk\.raisio\)/);
    await check('hold placed');

    // Released with its button.
    await tabTo(page, '#retention ul.holds li.active form button[type="submit"]');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Vapauta pito');
    expect(await enter(page)).toBe(200);
    expect(new URL(page.url()).search).toBe('?done=hold-released');
    expect(await page.locator('.flash').innerText()).toBe('Oikeudellinen pito vapautettiin.');
    expect(await page.locator('#retention ul.holds li.active').count()).toBe(0);
    const ended = page.locator('#retention ul.holds li');
    expect(await ended.count()).toBe(1);
    expect(await ended.innerText()).toContain(reason);
    expect(await ended.innerText()).toContain('vapauttanut pk.raisio');
    expect(await ended.locator('button').count()).toBe(0);
    await check('hold released');

    expect(found).toEqual({});
    expect(server.errors).toEqual([]);
    await context.close();
  });

  it('Työrasti: "Poista tunnus" is blocked while the reason for removal is missing', async () => {
    const recordPath = await recordOf(TYORASTI, 'tyontekija', 'tt.tyorasti', 13, { poiston_syy: undefined });
    const { context, page, watch } = await staffContext(browser, server);
    const { found, check } = inspect(page, watch, server.origin);
    await signIn(page, server.origin, 'tt.tyorasti', TEST_PASSWORD, recordPath);
    await check('record without poiston_syy');
    await expectBlocked(page, 'poista', 'Poista tunnus', 'Puuttuu: Tunnuksen poiston syy.');
    expect(await mainText(page)).toContain('Uusi tila: Tunnus poistettu');
    expect(found).toEqual({});
    expect(server.errors).toEqual([]);
    await context.close();
  });

  it('a refused consent form: summary focused, message linked to the input, what was typed kept', async () => {
    const recordPath = await recordOf(JOENSUU, 'tyontekija', 'tt.joensuu', 14);
    const { context, page, watch } = await staffContext(browser, server);
    const { found, check } = inspect(page, watch, server.origin);
    await signIn(page, server.origin, 'tt.joensuu', TEST_PASSWORD, recordPath);

    /** The summary has focus and one link, to `id`, saying what the input's own message says. */
    const expectSummary = async (id: string, message: string) => {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
      expect(await page.locator('#error-summary').getAttribute('role')).toBe('alert');
      const links = await page.locator('#error-summary a').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href'), text: a.textContent!.trim() })));
      expect(links).toEqual([{ href: `#${id}`, text: message }]);
      expect(await page.locator(`#${id}-error`).innerText()).toBe(message);
      expect((await page.locator(`#${id}`).getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`);
      // Following the link with the keyboard moves focus to the input.
      await tabTo(page, `#error-summary a[href="#${id}"]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
    };

    // Given "tomorrow": refused, the date kept.
    const tomorrow = finnish(helsinkiDate(new Date(Date.now() + DAY)));
    await tabTo(page, '#consent-tietojenvaihto-at');
    await retype(page, tomorrow);
    expect(await enter(page)).toBe(422);
    await expectSummary('consent-tietojenvaihto-at', 'Päivämäärä ei voi olla tulevaisuudessa.');
    expect(await page.locator('#consent-tietojenvaihto-at').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#consent-tietojenvaihto-at').inputValue()).toBe(tomorrow);
    expect(await page.locator('#consent-tietojenvaihto-method-signed-form').isChecked()).toBe(true);
    await check('consent refused: future date');

    // Put right (focus is in the date now): given.
    const today = helsinkiDate(new Date());
    await retype(page, finnish(today));
    expect(await enter(page)).toBe(200);
    expect(new URL(page.url()).search).toBe('?done=consent-given');

    // Withdrawn with no method chosen: refused, the date as typed kept.
    const [year, month, day] = today.split('-');
    const typed = `${day}.${month}.${year}`;
    await tabTo(page, '#consent-tietojenvaihto-at');
    await retype(page, typed);
    expect(await enter(page)).toBe(422);
    await expectSummary('consent-tietojenvaihto-method', 'Valitse tapa.');
    expect(await page.locator('#consent-tietojenvaihto-at').inputValue()).toBe(typed);
    expect(await page.locator('#consent-tietojenvaihto-method input:checked').count()).toBe(0);
    expect(await page.locator('#consent-tietojenvaihto form > fieldset > legend').innerText()).toBe('Kirjaa suostumus peruutetuksi');
    expect(await page.locator('#consent-tietojenvaihto .consent-state').innerText()).toMatch(/^Annettu /);
    await check('consent refused: no method');

    expect(found).toEqual({});
    expect(server.errors).toEqual([]);
    await context.close();
  });
});
