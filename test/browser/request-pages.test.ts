/**
 * The data-subject request pages in a real browser: axe-core (WCAG 2.1 A and AA) finds nothing on
 * the list (empty, with an overdue request), the new-request form (empty, with errors), a request
 * of each kind with its steps, and the person's package page in Swedish — whose own policy must
 * let its inline style apply (a style the policy blocks would show as a console error). No page
 * logs an error, fails a request or asks anything of another host.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import { createRequest } from '../../src/operations/requests.js';
import { giveConsent } from '../../src/operations/consents.js';
import type { Caller } from '../../src/operations/context.js';
import { createRecord } from '../../src/operations/records.js';
import { loadSeeds } from '../helpers/seeds.js';
import { launchChromium } from './chromium.js';
import { startStaffServer, TEST_PASSWORD, type StaffServer } from './server.js';
import { inspect, signIn, staffContext, submit } from './staff-helpers.js';

const registries = loadSeeds();
const CODE = '250675-940M';

let browser: Browser;
let server: StaffServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startStaffServer(registries);
  await server.addUser('kasittelija', registries.map((registry) => `${registry.id}:paakayttaja`));
}, 30_000);

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('request pages in a browser', () => {
  it('have no axe violations, console errors or failed requests, the package page included', async () => {
    const ops = server.engine.operations;
    const caller: Caller = { actor: 'kasittelija', roles: new Map(registries.map((registry) => [registry.id, ['paakayttaja']])), lang: 'fi' };
    const { context, page, watch } = await staffContext(browser, server);
    await signIn(page, server.origin, 'kasittelija', TEST_PASSWORD);
    const { found, check, visit } = inspect(page, watch, server.origin);

    await visit('/app');
    await visit('/app/requests');
    await visit('/app/requests/new');
    await submit(page, page.locator('main form button[type="submit"]'));
    expect(await page.locator('.error-summary').count()).toBe(1);
    await check('/app/requests/new with errors');

    for (const id of ['iisalmi-hakosalo', 'joensuu-tyollisyyspalvelut', 'raisio-tyollisyyspalvelut']) {
      const registry = registries.find((candidate) => candidate.id === id)!;
      const [data] = generateRecords(registry, { count: 1, seed: 3, today: new Date() });
      const { record } = await createRecord(ops, caller, id, { ...data, henkilotunnus: CODE });
      if (id === 'iisalmi-hakosalo') await giveConsent(ops, caller, id, record.id, { consent: 'suostumus', method: 'oral' });
    }
    const old = await createRequest(ops, caller, { kind: 'rectification', personal_identity_code: CODE, received: '2020-01-02' });
    const kinds = ['access', 'erasure', 'restriction', 'withdraw-consent', 'objection'] as const;
    const requests = await Promise.all(kinds.map((kind) => createRequest(ops, caller, { kind, personal_identity_code: CODE, identity_verified: kind !== 'erasure', lang: kind === 'access' ? 'sv' : 'fi' })));
    await visit('/app/requests');
    expect(await page.locator('strong.tag.late').count()).toBe(1);
    await visit(`/app/requests/${old.id}`);
    for (const request of requests) await visit(`/app/requests/${request.id}`);

    // A step sent back with its errors.
    await page.goto(`${server.origin}/app/requests/${requests[0]!.id}`);
    await submit(page, page.locator('form[action$="/complete"] button[type="submit"]').first());
    expect(await page.locator('#resolution-error').count()).toBe(1);
    await check('complete with errors');

    // The restriction placed, then the page with the lift form.
    await page.goto(`${server.origin}/app/requests/${requests[2]!.id}`);
    await submit(page, page.locator('form[action$="/carry-out"] button[type="submit"]'));
    await check('restriction placed');

    // The package: opened from its link, in the person's language.
    await page.goto(`${server.origin}/app/requests/${requests[0]!.id}`);
    await submit(page, page.locator('a[href$="/package.html"]'));
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('h1').innerText()).toBe('Uppgifter om dig');
    // The inline style applied: the policy's hash matches it.
    expect(await page.locator('table').first().evaluate((table) => getComputedStyle(table).borderCollapse)).toBe('collapse');
    await check('package.html');

    expect(found).toEqual({});
    expect(server.errors).toEqual([]);
    await context.close();
  }, 60_000);
});
