/**
 * axe-core (WCAG 2.1 A and AA) finds nothing on any staff page — sign-in (also with errors),
 * registers, lists (empty, full, searched, filtered, sorted, paged, no match), records, every
 * form of every registry (empty, with an added entry, with errors), edit forms, delete
 * confirmation, audit trail, the error page — in Finnish, and a set of them in Swedish and
 * English; and no page logs a console error, fails a request or asks anything of another host.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemo } from '../../src/demo/fill-demo.js';
import { loadSeeds } from '../helpers/seeds.js';
import { launchChromium } from './chromium.js';
import { startStaffServer, TEST_PASSWORD, type StaffServer } from './server.js';
import { inspect, signIn, staffContext, submit } from './staff-helpers.js';

const registries = loadSeeds();

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

describe('every staff page: no axe violations, no console errors, no failed or foreign requests', () => {
  let server: StaffServer;
  /** The cookies of one signed-in main user of every registry, shared by the contexts below. */
  let session: Awaited<ReturnType<BrowserContext['storageState']>>;

  beforeAll(async () => {
    server = await startStaffServer(registries);
    await server.addUser('tarkastaja', registries.map((registry) => `${registry.id}:paakayttaja`));
    const { context, page } = await staffContext(browser, server);
    await signIn(page, server.origin, 'tarkastaja', TEST_PASSWORD);
    session = await context.storageState();
    await context.close();
  }, 30_000);

  afterAll(async () => {
    await server?.close();
  });

  /** Demo records in every registry, added once, after the empty list was seen. */
  let filled: Promise<unknown> | undefined;
  const withRecords = () => (filled ??= fillDemo(server.engine, { count: 30, seed: 9, password: () => TEST_PASSWORD }));

  /** A page in a fresh context, signed in or not, under inspection (see `inspect`). */
  async function inspector(options: { signedIn: boolean }) {
    const { context, page, watch } = await staffContext(browser, server, options.signedIn ? { storageState: session } : {});
    return { page, ...inspect(page, watch, server.origin), close: () => context.close() };
  }

  it('the sign-in page, also with errors, in Finnish, Swedish and English', async () => {
    const { page, found, check, visit, close } = await inspector({ signedIn: false });
    for (const lang of ['fi', 'sv', 'en']) {
      await visit(`/login?lang=${lang}`);
      const [refused] = await Promise.all([page.waitForNavigation(), page.locator('form button[type="submit"]').click()]);
      expect(refused?.status()).toBe(400);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
      await check(`/login?lang=${lang} with errors`);
      await page.locator('#username').fill('tarkastaja');
      await page.locator('#password').fill('väärä salasana');
      await Promise.all([page.waitForNavigation(), page.locator('#password').press('Enter')]);
      await check(`/login?lang=${lang} refused`);
    }
    expect(found).toEqual({});
    await close();
  });

  it('the registers, an empty list, an empty form and a missing register, in Finnish', async () => {
    const { page, found, check, visit, close } = await inspector({ signedIn: true });
    await visit('/app?lang=fi');
    await visit('/app/raisio-tyollisyyspalvelut');
    expect(await page.locator('table.records').count()).toBe(0);
    await visit('/app/raisio-tyollisyyspalvelut/new?form=asiakkaaksi');
    await visit('/app/no-such-register', 404);
    expect(found).toEqual({});
    await close();
  });

  it.each(registries.map((registry) => registry.id))('%s in Finnish: lists, a search, a record, every form (entries, errors), delete, audit', async (id) => {
    await withRecords();
    const { page, found, check, visit, close } = await inspector({ signedIn: true });
    const base = `/app/${id}`;
    await visit(`${base}?lang=fi`);
    expect(await page.locator('.pager a[rel="next"]').count(), 'a second page').toBe(1);
    const recordPath = (await page.locator('table.records tbody a').first().getAttribute('href'))!;
    const name = (await page.locator('table.records tbody a').first().innerText()).split(/[\s-]/)[0]!;
    // A search as the form sends it: words, the first filter set to its first choice, a sort.
    const filter = await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('form.search select[name^="filter."]');
      return select ? `&${encodeURIComponent(select.name)}=${encodeURIComponent(select.options[1]!.value)}` : '';
    });
    const sort = await page.locator('#sort option').nth(2).getAttribute('value');
    await visit(`${base}?q=${encodeURIComponent(name)}${filter}&sort=${encodeURIComponent(sort ?? '')}`);
    if (id === 'raisio-tyollisyyspalvelut') {
      await visit(`${base}?offset=25&sort=-updated_at`);
      await visit(`${base}?q=zzzzqqq`);
    }
    await visit(recordPath);
    if (id === 'iisalmi-hakosalo' || id === 'walmu-asiakashallinta') {
      await visit(`${recordPath}/audit`);
      await visit(`${recordPath}/delete`);
    }
    for (const form of server.forms.filter((candidate) => candidate.registry === id)) {
      if (form.modes.includes('create')) {
        // Sent back with an added entry, then with the errors of an empty save: one page holds both.
        await page.goto(`${server.origin}${base}/new?form=${form.id}`);
        const add = page.locator('button[value^="add:"]').first();
        if ((await add.count()) > 0) await submit(page, add);
        const [refused] = await Promise.all([page.waitForNavigation(), page.locator('form.record-form button.button[value="save"]').click()]);
        await check(`${base}/new?form=${form.id} with an entry${refused?.status() === 422 ? ' and errors' : ''}`);
      }
      if (form.modes.includes('edit')) await visit(`${recordPath}/edit?form=${form.id}`);
    }
    expect(found).toEqual({});
    await close();
  });

  it.each(['sv', 'en'])('pages in %s: registers, list, record, form with errors, audit', async (lang) => {
    await withRecords();
    const { page, found, check, visit, close } = await inspector({ signedIn: true });
    await visit(`/app?lang=${lang}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await visit('/app/walmu-asiakashallinta?q=a');
    await visit('/app/walmu-asiakashallinta');
    const recordPath = (await page.locator('table.records tbody a').first().getAttribute('href'))!;
    await visit(recordPath);
    await visit(`${recordPath}/audit`);
    await page.goto(`${server.origin}/app/walmu-asiakashallinta/new`);
    await page.locator('#f-henkilotunnus').fill('131052-308S');
    const [refused] = await Promise.all([page.waitForNavigation(), page.locator('form.record-form button.button[value="save"]').click()]);
    expect(refused?.status()).toBe(422);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await check(`/app/walmu-asiakashallinta/new (${lang}) with errors`);
    expect(found).toEqual({});
    await close();
  });
});
