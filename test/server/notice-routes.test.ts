/**
 * The notice routes through the real Hono app, in process: pages in the reader's language, the
 * machine-readable files, 404s that reveal nothing, and the security headers on every response.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_JSON_SCHEMA } from '../../src/notices/notice-json-schema.js';
import { TEMPLATES_DIR } from '../../src/notices/renderer.js';
import { createApp } from '../../src/server/app.js';
import { SEEDS } from '../notices/fixtures.js';

const registries = [...SEEDS.values()];
const IDS = registries.map((registry) => registry.id).sort();
const app = createApp({ registries });

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const htmlLang = (html: string) => /<html lang="([^"]*)">/.exec(html)?.[1];

/** Every response the site gives, for the header checks. */
const ALL_PATHS = [
  '/',
  '/notices',
  '/notices/',
  '/notices?lang=sv',
  ...IDS.flatMap((id) => [`/notices/${id}`, `/notices/${id}?lang=en`, `/notices/${id}.json`, `/notices/${id}.dpv.jsonld`]),
  '/notices/notice.schema.json',
  '/assets/notice.css',
  '/accessibility',
  '/health',
  '/notices/unknown',
  '/notices/%3Cscript%3E',
  '/no/such/page',
];

describe('GET /notices', () => {
  it('lists every registry', async () => {
    const response = await get('/notices');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    const html = await response.text();
    expect(htmlLang(html)).toBe('fi');
    for (const id of IDS) expect(html).toContain(`href="/notices/${id}?lang&#x3D;fi"`);
    expect(html.match(/<li>\s*<h2>/g)).toHaveLength(IDS.length);
  });

  it('redirects / and /notices/ to the index', async () => {
    for (const path of ['/', '/notices/']) {
      const response = await get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/notices');
    }
  });
});

describe('GET /notices/:id', () => {
  it.each(IDS)('%s: 200 in Finnish by default', async (id) => {
    const response = await get(`/notices/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe('fi');
    expect(response.headers.get('vary')).toContain('Accept-Language');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const html = await response.text();
    expect(htmlLang(html)).toBe('fi');
    expect(html).toContain('<h2 id="rights-heading">Rekisteröidyn oikeudet</h2>');
  });

  it.each([
    ['?lang=sv', {}, 'sv', 'Den registrerades rättigheter'],
    ['?lang=en', {}, 'en', 'Your rights'],
    ['?lang=fi', { 'Accept-Language': 'en' }, 'fi', 'Rekisteröidyn oikeudet'],
    ['', { 'Accept-Language': 'en-GB,en;q=0.9' }, 'en', 'Your rights'],
    ['', { 'Accept-Language': 'sv-FI' }, 'sv', 'Den registrerades rättigheter'],
    ['', { 'Accept-Language': 'de-DE,de;q=0.9,sv;q=0.5' }, 'sv', 'Den registrerades rättigheter'],
    ['', { 'Accept-Language': 'de-DE' }, 'fi', 'Rekisteröidyn oikeudet'],
    // An unknown language in the query is ignored: the header, then Finnish.
    ['?lang=xx', {}, 'fi', 'Rekisteröidyn oikeudet'],
    ['?lang=xx', { 'Accept-Language': 'en' }, 'en', 'Your rights'],
    ['?lang=%3Cscript%3E', {}, 'fi', 'Rekisteröidyn oikeudet'],
  ])('query %j, headers %j → %s', async (query, headers, lang, heading) => {
    const response = await get(`/notices/joensuu-tyollisyyspalvelut${query}`, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe(lang);
    const html = await response.text();
    expect(htmlLang(html)).toBe(lang);
    expect(html).toContain(`<h2 id="rights-heading">${heading}</h2>`);
    expect(html).not.toContain('<script');
  });

  it.each([
    '/notices/unknown',
    '/notices/../../etc/passwd',
    '/notices/..%2F..%2Fetc%2Fpasswd',
    '/notices/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/notices/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/notices/%3Cscript%3E',
    '/notices/RAISIO-TYOLLISYYSPALVELUT',
    '/notices/raisio-tyollisyyspalvelut.xml',
    '/notices/raisio-tyollisyyspalvelut/extra',
    '/notices/a',
    `/notices/${'a'.repeat(200)}`,
    '/etc/passwd',
  ])('%s → the 404 page, revealing nothing', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<h1>Sivua ei löytynyt</h1>');
    expect(html).not.toMatch(/<script|alert\(1\)|passwd|Error:|\bat .*\.(ts|js):\d+/);
  });

  it('gives the 404 page in the reader’s language, outside /notices too', async () => {
    for (const path of ['/notices/unknown?lang=sv', '/no/such/page?lang=sv']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-language')).toBe('sv');
      expect(await response.text()).toContain('<h1>Sidan hittades inte</h1>');
    }
    expect(await (await get('/no/such/page', { 'Accept-Language': 'en-GB' })).text()).toContain('<h1>Page not found</h1>');
  });
});

describe('machine-readable files', () => {
  const validate = new Ajv2020({ strict: true }).compile(NOTICE_JSON_SCHEMA);

  it.each(IDS)('/notices/%s.json is the documented shape', async (id) => {
    const response = await get(`/notices/${id}.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
    const json = (await response.json()) as Record<string, unknown>;
    expect(validate(json)).toBe(true);
    expect(json).toMatchObject({ format: 'seloste-notice/1', id });
  });

  it.each(IDS)('/notices/%s.dpv.jsonld is JSON-LD', async (id) => {
    const response = await get(`/notices/${id}.dpv.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const json = (await response.json()) as Record<string, unknown>;
    expect(json).toHaveProperty('@context');
  });

  it('/notices/notice.schema.json is the schema', async () => {
    const response = await get('/notices/notice.schema.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(NOTICE_JSON_SCHEMA)));
  });

  it('.json of an unknown registry is the 404 page', async () => {
    const response = await get('/notices/unknown.json');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
  });
});

describe('other pages', () => {
  it('/assets/notice.css is the stylesheet', async () => {
    const response = await get('/assets/notice.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const css = await response.text();
    expect(css.length).toBeGreaterThan(100);
    expect(css).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
  });

  it.each([
    ['fi', '<h1>Saavutettavuusseloste</h1>'],
    ['sv', '<h1>Tillgänglighetsutlåtande</h1>'],
    ['en', '<h1>Accessibility statement</h1>'],
  ])('/accessibility?lang=%s', async (lang, heading) => {
    const response = await get(`/accessibility?lang=${lang}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe(lang);
    const html = await response.text();
    expect(htmlLang(html)).toBe(lang);
    expect(html).toContain(heading);
  });

  it('/health answers with the number of registries, uncached', async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', registries: 5, database: 'none' });
  });
});

describe('security', () => {
  it.each(ALL_PATHS)('%s carries the security headers', async (path) => {
    const response = await get(path);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp.split(/;\s*/)).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('HTML pages load nothing from another host', async () => {
    const pages = ['/notices', '/accessibility', '/notices/unknown', ...IDS.flatMap((id) => ['fi', 'sv', 'en'].map((lang) => `/notices/${id}?lang=${lang}`))];
    for (const path of pages) {
      const html = await (await get(path)).text();
      expect(html, path).not.toMatch(/\ssrc\s*=\s*["']?\s*(https?:)?\/\//i);
      const links = [...html.matchAll(/<link\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]);
      expect(links, path).toEqual(['/assets/notice.css']);
      expect(html, path).not.toMatch(/<script|<iframe|<img/i);
    }
  });

  describe('an error while rendering', () => {
    afterEach(() => vi.restoreAllMocks());

    it('is a plain 500 without a stack trace, still with the security headers', async () => {
      // Templates whose notice page calls a helper that does not exist: Handlebars throws at render time.
      const dir = mkdtempSync(join(tmpdir(), 'seloste-templates-'));
      cpSync(TEMPLATES_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'pages', 'notice.hbs'), '{{noSuchHelper name}}');
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      const broken = createApp({ registries, templatesDir: dir });
      const response = await broken.request(`/notices/${IDS[0]}`);
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(body).toBe('Internal error');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(logged).toHaveBeenCalledOnce();
    });
  });
});
