/**
 * The staff pages' layout on a laptop (1280×800) and a tablet (820×1180): lists, records and forms
 * never scroll the page sideways (a wide table scrolls inside its own region). With
 * `SCREENSHOTS=1` the pages are also photographed into test/browser/screenshots/ for review.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../helpers/seeds.js';
import { launchChromium } from './chromium.js';
import { startStaffServer, TEST_PASSWORD, type StaffServer } from './server.js';
import { horizontalOverflow, LAPTOP, screenshot, signIn, staffContext, submit, TABLET } from './staff-helpers.js';

const registries = loadSeeds();

let browser: Browser;
let server: StaffServer;
let session: Awaited<ReturnType<BrowserContext['storageState']>>;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startStaffServer(registries, { fill: 30 });
  await server.addUser('asettelu', registries.map((registry) => `${registry.id}:paakayttaja`));
  const { context, page } = await staffContext(browser, server);
  await signIn(page, server.origin, 'asettelu', TEST_PASSWORD);
  session = await context.storageState();
  await context.close();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The first record of a registry's list (newest first). */
async function firstRecord(page: Page, registry: string): Promise<string> {
  await page.goto(`${server.origin}/app/${registry}`);
  return (await page.locator('table.records tbody a').first().getAttribute('href'))!;
}

/** A page of a repeating group with entries: Hakosalo's customer events of a record that has some. */
async function eventForm(page: Page): Promise<void> {
  await page.goto(`${server.origin}/app/iisalmi-hakosalo?sort=nimi`);
  for (const href of await page.locator('table.records tbody a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    await page.goto(`${server.origin}${href}/edit?form=asiakastapahtuma`);
    if ((await page.locator('fieldset.entry').count()) >= 2) return;
  }
  throw new Error('no Hakosalo record with two events');
}

/** Walmu's create form sent back with errors: a wrong identity code, no name, no relationship type. */
async function formWithErrors(page: Page): Promise<void> {
  await page.goto(`${server.origin}/app/walmu-asiakashallinta/new`);
  await page.locator('#f-henkilotunnus').fill('131052-308S');
  await page.locator('#f-sahkopostiosoite').fill('maija.meikalainen@example.fi');
  await submit(page, page.locator('form.record-form button.button[value="save"]'));
  expect(await page.locator('#error-summary li').count()).toBe(3);
  // An invalid input is marked in red, not only by the bar beside it.
  expect(await page.locator('#f-nimi').evaluate((input) => getComputedStyle(input).borderTopColor)).toBe('rgb(176, 0, 32)');
}

describe('layout', () => {
  it.each([
    ['laptop', LAPTOP],
    ['tablet', TABLET],
  ] as const)('%s: lists, records and forms do not scroll sideways', async (_, viewport) => {
    const { context, page, watch } = await staffContext(browser, server, { viewport, storageState: session });
    const overflow: Record<string, number> = {};
    const measure = async (label: string) => {
      const by = await horizontalOverflow(page);
      if (by > 0) overflow[label] = by;
      // Tables stay inside their own scroll region.
      for (const table of await page.locator('table').all()) expect(await table.evaluate((element) => element.parentElement!.classList.contains('table-scroll'))).toBe(true);
    };
    for (const registry of ['raisio-tyollisyyspalvelut', 'joensuu-tyollisyyspalvelut', 'helsinki-tyorasti']) {
      const recordPath = await firstRecord(page, registry);
      await measure(`/app/${registry}`);
      await page.goto(`${server.origin}${recordPath}`);
      await measure(recordPath);
      await page.goto(`${server.origin}${recordPath}/audit`);
      await measure(`${recordPath}/audit`);
      await page.goto(`${server.origin}${recordPath}/edit?form=default`);
      await measure(`${recordPath}/edit`);
    }
    await page.goto(`${server.origin}/app/raisio-tyollisyyspalvelut/new?form=asiakkaaksi`);
    await measure('raisio new');
    await eventForm(page);
    await measure('hakosalo events');
    await formWithErrors(page);
    await measure('walmu errors');
    expect(overflow).toEqual({});
    expect(watch.take()).toEqual([]);
    await context.close();
  });

  it.runIf(process.env['SCREENSHOTS'] === '1')('screenshots for review (SCREENSHOTS=1)', { timeout: 60_000 }, async () => {
    const signedOut = await staffContext(browser, server);
    await signedOut.page.goto(`${server.origin}/login`);
    await screenshot(signedOut.page, 'login');
    await signedOut.context.close();

    const { context, page } = await staffContext(browser, server, { storageState: session });
    await page.goto(`${server.origin}/app?lang=fi`);
    await screenshot(page, 'home');
    const recordPath = await firstRecord(page, 'raisio-tyollisyyspalvelut');
    await screenshot(page, 'list');
    await page.goto(`${server.origin}${recordPath}`);
    await screenshot(page, 'record');
    await page.goto(`${server.origin}${recordPath}/audit`);
    await screenshot(page, 'audit');
    await formWithErrors(page);
    await screenshot(page, 'form-errors');
    // Raisio's intake with two phone numbers added: the group, its entries and buttons in one view.
    await page.goto(`${server.origin}/app/raisio-tyollisyyspalvelut/new?form=asiakkaaksi`);
    await page.locator('#f-nimi').fill('Maija Meikäläinen');
    await submit(page, page.locator('button[value="add:puhelinnumerot"]'));
    await page.locator('#f-puhelinnumerot-0-puhelinnumero').fill('040 123 4567');
    await submit(page, page.locator('button[value="add:puhelinnumerot"]'));
    await page.locator('#f-puhelinnumerot-1-puhelinnumero').fill('02 434 5000');
    await page.locator('#section-yhteystiedot').evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'form-group');
    await context.close();

    const tablet = await staffContext(browser, server, { viewport: TABLET, storageState: session });
    await eventForm(tablet.page);
    await screenshot(tablet.page, 'tablet-form');
    await tablet.context.close();
  });
});
