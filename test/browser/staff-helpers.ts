/**
 * What the staff-page browser tests share: axe-core in the page, a watch on every page for
 * console errors, failed and foreign requests, signing in by typing, the focus ring, and filling
 * a form from a generated record by field type (no code per registry).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { generateRecords, type DemoRecord } from '../../src/demo/generate-records.js';
import type { Field, Registry } from '../../src/model/types.js';
import type { StaffServer } from './server.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA violations on the page, one line each (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Everything a page did that it should not have: console errors, failed or foreign requests. */
export interface PageWatch {
  /** Problems since the watch began (or since the last `take()`), then forgets them. */
  take(): string[];
}

/**
 * Watches every page of `context`. A document answered with 4xx on purpose (a form sent back with
 * its errors: 422, a refused sign-in: 400/401) makes Chromium log "Failed to load resource" for
 * the page itself; that is the status the test asserts, not a defect of the page, so console
 * lines about the documents themselves are left out. Any 5xx, any failed subresource, anything
 * from another host and any other console error is a problem. /favicon.ico is not asked for by
 * the pages (the browser asks on its own) and is left out.
 */
export function watchContext(context: BrowserContext, origin: string): PageWatch {
  const problems: string[] = [];
  const documents = new Set<string>();
  const attach = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const at = message.location().url;
      if (at.endsWith('/favicon.ico')) return;
      if (text.startsWith('Failed to load resource: the server responded with a status of 4') && documents.has(at)) return;
      problems.push(`console error on ${page.url()}: ${text} (${at})`);
    });
    page.on('pageerror', (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`)) problems.push(`request to another host: ${request.url()}`);
      if (request.isNavigationRequest()) documents.add(request.url());
    });
    page.on('requestfailed', (request) => {
      // A navigation cut short by the next one (a link followed before the page finished) is not a failure.
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.isNavigationRequest()) return;
      problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      const status = response.status();
      if (status >= 500) problems.push(`${status} for ${response.request().method()} ${response.url()}`);
      else if (status >= 400 && !response.request().isNavigationRequest() && !response.url().endsWith('/favicon.ico')) {
        problems.push(`${status} for ${response.request().method()} ${response.url()}`);
      }
    });
  };
  context.on('page', attach);
  for (const page of context.pages()) attach(page);
  return { take: () => problems.splice(0) };
}

export const LAPTOP = { width: 1280, height: 800 };
export const TABLET = { width: 820, height: 1180 };

export interface StaffContextOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** Cookies of a signed-in session (`context.storageState()`). */
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
}

/**
 * A browser context in Finnish (Accept-Language fi, 1280×800 unless told) whose every page is
 * watched. Waits fail within seconds, naming what was waited for, rather than at the test's timeout.
 */
export async function staffContext(browser: Browser, server: StaffServer, options: StaffContextOptions = {}): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    locale: 'fi-FI',
    viewport: options.viewport ?? LAPTOP,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.storageState ? { storageState: options.storageState } : {}),
  });
  context.setDefaultTimeout(5_000);
  const watch = watchContext(context, server.origin);
  const page = await context.newPage();
  return { context, page, watch };
}

/** A page under inspection: what `inspect` gives a test. */
export interface PageInspector {
  /** The problems found, by the label they were checked under; `{}` when all is well. */
  found: Record<string, string[]>;
  /** Runs axe on the page as it is now and takes what the watch saw since, under `label`. */
  check(label: string): Promise<void>;
  /** Opens `path`, expects `status` (200 unless told) and checks the page under its path. */
  visit(path: string, status?: number): Promise<void>;
}

/**
 * Collects axe violations and the watch's problems page by page, so that a test can go through
 * many pages and assert once at the end (`expect(found).toEqual({})`) with every failure named.
 */
export function inspect(page: Page, watch: PageWatch, origin: string): PageInspector {
  const found: Record<string, string[]> = {};
  const check = async (label: string) => {
    const problems = [...(await axeViolations(page)), ...watch.take()];
    if (problems.length > 0) found[label] = problems;
  };
  const visit = async (path: string, status = 200) => {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(status);
    await check(path);
  };
  return { found, check, visit };
}

/** What the page's main content says, whitespace folded. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** Signs in through the page: types the username and password, presses Enter, lands on `next`. */
export async function signIn(page: Page, origin: string, username: string, password: string, next = '/app'): Promise<void> {
  await page.goto(`${origin}/login${next === '/app' ? '' : `?next=${encodeURIComponent(next)}`}`);
  await page.locator('#username').focus();
  await page.keyboard.type(username);
  await page.locator('#password').focus();
  await page.keyboard.type(password);
  await Promise.all([page.waitForURL((url) => url.pathname === next.split('?')[0]), page.keyboard.press('Enter')]);
}

/** Presses a button or follows a link and waits for the page it leads to. */
export async function submit(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForNavigation(), target.click()]);
}

/**
 * What the focused element is and whether its focus ring shows: an outline (or a box shadow), and
 * an outline at least 3:1 against the background it is drawn on (WCAG 1.4.11).
 */
export async function focusState(page: Page): Promise<{ id: string; tag: string; text: string; visible: boolean; contrast: number }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { id: '', tag: 'BODY', text: '', visible: false, contrast: 0 };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = element.getBoundingClientRect();
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((value) => value / 255).map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The background the outline is drawn on: that of the nearest ancestor that has one.
    let background = 'rgb(255, 255, 255)';
    for (let at = element.parentElement; at; at = at.parentElement) {
      const color = getComputedStyle(at).backgroundColor;
      if (rgb(color)[3] !== 0 && color !== 'transparent') {
        background = color;
        break;
      }
    }
    const [lighter, darker] = [luminance(style.outlineColor), luminance(background)].sort((a, b) => b - a) as [number, number];
    const contrast = outline ? (lighter + 0.05) / (darker + 0.05) : 0;
    return {
      id: element.id,
      tag: element.tagName,
      text: (element.textContent ?? '').trim().slice(0, 60),
      visible: ((outline && contrast >= 3) || shadow) && box.width > 0 && box.height > 0,
      contrast: Math.round(contrast * 100) / 100,
    };
  });
}

/** The page scrolls sideways (beyond the viewport), other than inside its own scroll regions. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

const SCREENSHOTS = process.env['SCREENSHOTS'] === '1';
const SCREENSHOT_DIR = join(import.meta.dirname, 'screenshots');

/** Saves test/browser/screenshots/<name>.png, only with SCREENSHOTS=1 (so CI does not churn files). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
}

// --- forms from generated records -----------------------------------------------------------

/** A field by id, group members too. */
export function fieldOf(registry: Registry, id: string, group?: string): Field {
  const top = registry.categories.flatMap((category) => category.fields);
  const field = group ? top.find((candidate) => candidate.id === group)?.fields.find((member) => member.id === id) : top.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`${registry.id} has no field ${group ? `${group}.` : ''}${id}`);
  return field;
}

/**
 * A generated (demo) record of `registry` that has a value for every one of `fields` and an
 * entry of `group` with every one of `members`; the entry comes first in its group.
 */
export function personWith(registry: Registry, fields: readonly string[], group: { id: string; members: readonly string[] }, seed: number): DemoRecord {
  const records = generateRecords(registry, { count: 200, seed, today: new Date() });
  const hasAll = (record: Record<string, unknown>, ids: readonly string[]) => ids.every((id) => record[id] !== undefined && record[id] !== '');
  const person = records.find((record) => hasAll(record, fields) && Array.isArray(record[group.id]) && (record[group.id] as Array<Record<string, unknown>>).some((entry) => hasAll(entry, group.members)));
  if (!person) throw new Error(`no generated record of ${registry.id} has ${fields.join(', ')} and a ${group.id} entry with ${group.members.join(', ')}`);
  const entries = person[group.id] as Array<Record<string, unknown>>;
  return { ...person, [group.id]: [entries.find((entry) => hasAll(entry, group.members))!] };
}

/** The HTML id of a field's input: `f-nimi`, `f-tapahtumat-0-aihe`. */
export function inputId(field: string, entry?: { group: string; index: number }): string {
  return entry ? `f-${entry.group}-${entry.index}-${field}` : `f-${field}`;
}

/** How a value is typed into its input. */
export function typedValue(field: Field, value: unknown): string {
  if (field.type === 'number') return String(value).replace('.', ',');
  return String(value);
}

/** Fills the input(s) of `field` with `value` the way a person would: typing, checking, choosing. */
export async function fillField(page: Page, field: Field, id: string, value: unknown): Promise<void> {
  const options = field.settings.options ?? [];
  switch (field.type) {
    case 'boolean':
      await page.locator(`#${id}-${String(value)}`).check();
      return;
    case 'choice':
      if (options.length <= 4) await page.locator(`#${id}-${String(value)}`).check();
      else await page.locator(`#${id}`).selectOption(String(value));
      return;
    case 'address': {
      const address = value as Record<string, string>;
      for (const part of ['street', 'postal_code', 'post_office'] as const) if (address[part]) await page.locator(`#${id}-${part}`).fill(address[part]);
      return;
    }
    case 'group':
    case 'file':
    case 'datetime':
    case 'multi-choice':
      throw new Error(`fillField does not fill ${field.type} fields`);
    default:
      await page.locator(`#${id}`).fill(typedValue(field, value));
  }
}

/** What `fillField` left in the input(s), to compare after the page came back. */
export async function readField(page: Page, field: Field, id: string): Promise<unknown> {
  const options = field.settings.options ?? [];
  switch (field.type) {
    case 'boolean':
    case 'choice':
      if (field.type === 'choice' && options.length > 4) return page.locator(`#${id}`).inputValue();
      return page.evaluate((name) => (document.querySelector(`#${name} input:checked`) as HTMLInputElement | null)?.value ?? '', id);
    case 'address': {
      const read: Record<string, string> = {};
      for (const part of ['street', 'postal_code', 'post_office'] as const) {
        const text = await page.locator(`#${id}-${part}`).inputValue();
        if (text !== '') read[part] = text;
      }
      return read;
    }
    default:
      return page.locator(`#${id}`).inputValue();
  }
}

/** The value as `fillField` typed it, in the shape `readField` gives back. */
export function asTyped(field: Field, value: unknown): unknown {
  if (field.type === 'address') {
    const address = value as Record<string, string>;
    return Object.fromEntries((['street', 'postal_code', 'post_office'] as const).filter((part) => address[part]).map((part) => [part, address[part]]));
  }
  return typedValue(field, value);
}

/** A text the record page shows for the value (undefined where the page reformats it beyond recognition). */
export function shownAs(field: Field, value: unknown): string | undefined {
  switch (field.type) {
    case 'text':
    case 'email':
    case 'personal-identity-code':
    case 'business-id':
      return String(value);
    case 'long-text':
      return String(value).split('\n')[0];
    case 'choice':
      return field.settings.options?.find((option) => option.id === value)?.label.fi;
    case 'boolean':
      return value ? 'Kyllä' : 'Ei';
    case 'address':
      return (value as Record<string, string>)['street'];
    case 'date': {
      const [year, month, day] = String(value).split('-');
      return `${Number(day)}.${Number(month)}.${year}`;
    }
    default:
      return undefined;
  }
}

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The identity code with a wrong check character. */
export function badIdentityCode(code: string): string {
  const last = code.at(-1)!;
  const wrong = CHECK_CHARACTERS[(CHECK_CHARACTERS.indexOf(last) + 7) % CHECK_CHARACTERS.length]!;
  return code.slice(0, -1) + wrong;
}
