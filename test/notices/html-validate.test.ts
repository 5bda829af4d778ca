/**
 * Every page of the notice site is valid HTML by html-validate's recommended rules (0 errors):
 * the index, every seed notice and the accessibility statement in fi, sv and en, and the 404 page.
 */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { SERVER_LINKS } from '../../src/notices/links.js';
import { createRenderer } from '../../src/notices/renderer.js';
import { createNoticeSite } from '../../src/notices/site.js';
import { loadSeeds } from '../helpers/seeds.js';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // A search-engine length rule, not validity: the title must name the register in full
      // (WCAG 2.4.2), and registers' official names are long.
      'long-title': 'off',
    },
  }),
);

const site = createNoticeSite(loadSeeds(), createRenderer(), SERVER_LINKS);
const pages: Array<[string, string]> = [];
for (const lang of ['fi', 'sv', 'en'] as const) {
  pages.push([`index ${lang}`, site.index(lang)]);
  pages.push([`accessibility ${lang}`, site.accessibility(lang)]);
  pages.push([`not found ${lang}`, site.notFound(lang)]);
  for (const registry of site.registries) pages.push([`${registry.id} ${lang}`, site.notice(registry, lang)]);
}

describe('notice pages are valid HTML', () => {
  it.each(pages)('%s', async (_name, html) => {
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
