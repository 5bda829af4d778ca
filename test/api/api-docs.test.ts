/**
 * The API reference page: valid HTML in fi, sv and en (html-validate, 0 errors), every path and
 * operation of the document on it, schemas as field tables, hostile registry texts shown as text,
 * and nothing loaded or linked from another host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { createApiDocsPage, docsView } from '../../src/api/api-docs-page.js';
import { openApiDocument, registrySchemaNames } from '../../src/api/openapi.js';
import { API_DOCS_MESSAGES } from '../../src/i18n/api-docs-messages.js';
import { LANGS } from '../../src/i18n/catalogue.js';
import type { Registry } from '../../src/model/types.js';
import { TEMPLATES_DIR } from '../../src/notices/renderer.js';
import { loadSeeds } from '../helpers/seeds.js';

type Json = Record<string, unknown>;

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
const seeds = loadSeeds();
const doc = openApiDocument(seeds, { version: '0.1.0' });
const page = createApiDocsPage(doc);

/** The text of an HTML fragment: tags dropped, the entities Handlebars writes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}

/** A copy of a seed whose first field's label (and the registry's name) is hostile markup. */
function hostile(): Registry[] {
  const copy = structuredClone(seeds.find((registry) => registry.id === 'raisio-tyollisyyspalvelut')!);
  const field = copy.categories[0]!.fields[0]!;
  field.label = { fi: '<script>alert(1)</script>', sv: '<img src=x onerror=alert(1)>', en: '{{evil}}' };
  field.description = { fi: '"><iframe src="https://evil.example/"></iframe>' };
  copy.name = { fi: '<b>Rekisteri</b> & "lainaus"' };
  return [copy];
}

describe('the API docs page', () => {
  it.each(LANGS)('is valid HTML in %s', async (lang) => {
    const report = await validator.validateString(page(lang));
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  it('shows every path and operation of the document', () => {
    const text = textOf(page('fi'));
    for (const [path, item] of Object.entries(doc['paths'] as Record<string, Json>)) {
      for (const method of Object.keys(item)) expect(text, `${method} ${path}`).toContain(`${method.toUpperCase()} ${path}`);
    }
    const html = page('fi');
    for (const op of Object.values(doc['paths'] as Record<string, Record<string, Json>>).flatMap((item) => Object.values(item))) {
      expect(html).toContain(`id="op-${op['operationId'] as string}"`);
    }
  });

  it('groups operations by tag, in the document\'s tag order, with registers named in the page\'s language', () => {
    const view = docsView(doc, 'sv', { stylesheet: '/s.css', openapi: '/o.json', self: (l) => `/d?lang=${l}`, notices: (l) => `/n?lang=${l}`, accessibility: (l) => `/a?lang=${l}` });
    const headings = view.tags.map((tag) => tag.heading.map((part) => part.text).join(''));
    expect(headings.slice(0, 3)).toEqual(['System', 'Session', 'Registries']);
    const persons = headings.indexOf('Persons');
    expect(headings.slice(persons - 1, persons + 1)).toEqual(['Audit', 'Persons']);
    // The workflows' operations follow, each part under its own tag.
    expect(headings.slice(persons + 1)).toContain('Lifecycle');
    const joensuu = seeds.find((registry) => registry.id === 'joensuu-tyollisyyspalvelut')!;
    const expected = `Poster: ${joensuu.name.sv ?? joensuu.name.fi}`;
    const tag = view.tags.find((candidate) => candidate.heading.map((part) => part.text).join('') === expected)!;
    expect(tag.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      'GET /api/registries/joensuu-tyollisyyspalvelut/records',
      'POST /api/registries/joensuu-tyollisyyspalvelut/records',
      'GET /api/registries/joensuu-tyollisyyspalvelut/records/{recordId}',
      'PATCH /api/registries/joensuu-tyollisyyspalvelut/records/{recordId}',
      'DELETE /api/registries/joensuu-tyollisyyspalvelut/records/{recordId}',
    ]);
    expect(view.links.stylesheet).toBe('/s.css');
    expect(view.tags.flatMap((t) => t.operations).filter((op) => op.public).map((op) => op.path).sort()).toEqual(
      ['/api/docs', '/api/login', '/api/openapi.json', '/health'],
    );
  });

  it('lays out schemas as field tables with labels, types and required, not raw JSON', () => {
    const view = docsView(doc, 'en', { stylesheet: '', openapi: '', self: () => '', notices: () => '', accessibility: () => '' });
    const names = registrySchemaNames('raisio-tyollisyyspalvelut');
    const record = view.schemas.find((schema) => schema.name === names.record)!;
    const row = (name: string) => record.rows.find((r) => r.name === name)!;
    const flat = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('');
    expect(row('henkilotunnus').label).toEqual({ lang: 'fi', parts: [{ text: 'Henkilötunnus', code: false }] });
    expect(row('henkilotunnus').required).toBe('required');
    expect(flat(row('henkilotunnus').type)).toBe('string (format fi-personal-identity-code)');
    expect(row('osoite').required).toBe('optional');
    // Nested values and the entries of repeating groups are expanded below their field.
    expect(flat(row('osoite.postal_code').type)).toBe('string (length at most 12)');
    expect(row('hakemukset[].hakemus_pvm').required).toBe('required');
    expect(flat(row('siviilisaaty').type)).toMatch(/^one of naimaton, avioliitossa/);
    // The merge patch borrows the record's fields: typed, labelled, not repeated.
    const patch = view.schemas.find((schema) => schema.name === names.patch)!;
    const osoite = patch.rows.find((r) => r.name === 'osoite')!;
    expect(flat(osoite.type)).toBe(`object (see ${names.record}) or null`);
    expect(osoite.label?.parts[0]?.text).toBe('Osoite');
    expect(patch.rows.some((r) => r.name.startsWith('osoite.'))).toBe(false);
    // Links to named schemas.
    const envelope = view.schemas.find((schema) => schema.name === names.envelope)!;
    expect(envelope.rows.find((r) => r.name === 'data')!.type).toEqual([{ text: names.data, code: true, href: `#schema-${names.data}` }]);

    const html = page('en');
    expect(html).not.toMatch(/"\$ref"|"properties"\s*:/);
    expect(html).toContain(`<h3 id="schema-${names.record}"><code>${names.record}</code></h3>`);
    expect(html).toContain('<dt><span lang="fi">Päivämäärä</span><br><code>hakemukset[].hakemus_pvm</code></dt>');
  });

  it('shows the filter parameter\'s fields and marks secured operations', () => {
    const html = page('en');
    expect(html).toContain('<code>filter[henkilotunnus]</code>');
    const list = html.slice(html.indexOf('id="op-listRecords_raisio_tyollisyyspalvelut"'));
    expect(textOf(list.slice(0, list.indexOf('</section>')))).toContain('Needs authentication: sessionCookie or apiToken');
  });

  it('marks text in another language than the page\'s', () => {
    const fi = page('fi');
    expect(fi).toContain('<p lang="en" class="lead">List records</p>');
    expect(page('en')).toContain('<p class="lead">List records</p>');
    expect(page('en')).toContain('<span lang="fi">Henkilötunnus</span>');
  });

  it('escapes hostile registry texts', () => {
    const html = createApiDocsPage(openApiDocument(hostile(), { version: '0.1.0' }))('fi');
    expect(html).not.toMatch(/<script|<img|<iframe|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Rekisteri&lt;/b&gt; &amp; &quot;lainaus&quot;');
    expect(textOf(html)).toContain('"><iframe src="https://evil.example/"></iframe>');
    expect(html).not.toMatch(/href="https?:|src=/);
  });

  it('is valid HTML with hostile texts too', async () => {
    const report = await validator.validateString(createApiDocsPage(openApiDocument(hostile(), { version: '0.1.0' }))('sv'));
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('loads nothing and links nowhere outside the site', () => {
    for (const lang of LANGS) {
      const html = page(lang);
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/<script|<iframe|<img|style=|<style|\son[a-z]+=/i);
      const urls = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
      expect(urls.every((url) => url.startsWith('#') || url.startsWith('/'))).toBe(true);
      expect(html).toContain('<link rel="stylesheet" href="/assets/notice.css">');
      expect(html).toContain('<a href="/api/openapi.json">');
    }
  });

  it('has every in-page link pointing at an element of the page', () => {
    const html = page('sv');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(anchors.length).toBeGreaterThan(100);
    expect(anchors.filter((anchor) => !ids.has(anchor))).toEqual([]);
  });

  it('names a register in the page\'s language, marking a Finnish-only name as Finnish', () => {
    const copy = structuredClone(seeds.find((registry) => registry.id === 'walmu-asiakashallinta')!);
    copy.name = { fi: 'Vain suomeksi' };
    const html = createApiDocsPage(openApiDocument([copy], { version: '0.1.0' }))('sv');
    expect(html).toMatch(/<h2 id="tag-\d+">Poster: <span lang="fi">Vain suomeksi<\/span><\/h2>/);
    expect(html).toContain('<h2 id="tag-1"><span lang="en">System</span></h2>');
    expect(createApiDocsPage(openApiDocument([copy], { version: '0.1.0' }))('fi')).toMatch(/<h2 id="tag-\d+">Tietueet: Vain suomeksi<\/h2>/);
  });

  it('has every UI string of the page in fi, sv and en', () => {
    const template = readFileSync(join(TEMPLATES_DIR, 'api', 'docs.hbs'), 'utf8');
    const used = [...template.matchAll(/\{\{ui "([^"]+)"/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) expect(API_DOCS_MESSAGES[key], key).toBeDefined();
    for (const [key, entry] of Object.entries(API_DOCS_MESSAGES)) {
      // A language's own name is written in that language only.
      if (key.startsWith('docs.lang.')) continue;
      expect([key, Boolean(entry.fi), Boolean(entry.sv), Boolean(entry.en)]).toEqual([key, true, true, true]);
    }
    for (const lang of LANGS) expect(textOf(page(lang))).not.toMatch(/\bdocs\.[a-z]/);
  });

  it('renders each language once and gives the same page again', () => {
    expect(page('sv')).toBe(page('sv'));
    expect(page('fi')).toContain('<html lang="fi">');
    expect(page('sv')).toContain('<h1>API-beskrivning</h1>');
    expect(createApiDocsPage(doc)('en')).toBe(page('en'));
  });
});
