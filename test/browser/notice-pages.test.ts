/**
 * The notice site in a real browser: axe-core finds 0 WCAG 2.1 A/AA violations on every page in
 * every language; no page asks anything of another host; no console errors; pages reflow at
 * 320 CSS pixels (WCAG 1.4.10); the print stylesheet hides the site chrome; the skip link is the
 * first thing the keyboard reaches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../helpers/seeds.js';
import { launchChromium } from './chromium.js';
import { startServer } from './server.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const registries = loadSeeds();
const paths: string[] = [];
for (const lang of ['fi', 'sv', 'en']) {
  paths.push(`/notices?lang=${lang}`, `/accessibility?lang=${lang}`);
  for (const registry of registries) paths.push(`/notices/${registry.id}?lang=${lang}`);
}
paths.push('/notices/no-such-register');

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer(registries);
  browser = await launchChromium();
  context = await browser.newContext();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  foreign: string[];
  consoleErrors: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await context.newPage();
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin)) foreign.push(request.url());
  });
  page.on('console', (message) => {
    // The 404 page's own status is expected; anything else logged as an error is a defect.
    if (message.type() === 'error' && !message.text().includes('404')) consoleErrors.push(message.text());
  });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return { page, foreign, consoleErrors };
}

describe('notice pages in Chromium', () => {
  it.each(paths)('%s: no axe violations, nothing external, no console errors', async (path) => {
    const { page, foreign, consoleErrors } = await visit(path);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(registries.map((r) => r.id))('%s reflows at 320 CSS pixels without horizontal scrolling', async (id) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.origin}/notices/${id}?lang=fi`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('prints without the site chrome and with the notice content', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/notices/${registries[0]!.id}?lang=fi`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('header.site')!).display,
      toc: getComputedStyle(document.querySelector('.toc')!).display,
      rights: getComputedStyle(document.querySelector('#rights')!).display,
    }));
    expect(shown).toEqual({ header: 'none', toc: 'none', rights: 'block' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('reaches the skip link first with the keyboard, and it shows', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/notices/${registries[0]!.id}?lang=sv`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { text: element.textContent, href: element.getAttribute('href'), visible: box.left >= 0 && box.top >= 0 && box.width > 0 };
    });
    expect(focused).toEqual({ text: 'Gå till innehållet', href: '#main', visible: true });
    await page.close();
  });
});
