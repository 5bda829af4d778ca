/** The messages of consents and disclosures: fi, sv and en alike, and every key the code uses is there. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/catalogue.js';
import { CONSENT_API_MESSAGES, CONSENT_UI_MESSAGES } from '../../src/i18n/consent-messages.js';

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
const catalogue = { ...CONSENT_API_MESSAGES, ...CONSENT_UI_MESSAGES };
const SOURCES = ['src/operations/consents.ts', 'src/operations/disclosures.ts', 'src/ui/consent-sections.ts', 'src/ui/consent-pages.ts'];

describe('consent and disclosure messages', () => {
  it.each(Object.keys(catalogue))('%s: fi, sv and en, with the same placeholders', (key) => {
    const entry = catalogue[key]!;
    for (const lang of LANGS) expect(entry[lang], lang).toMatch(/\S/);
    expect(placeholders(entry.fi!)).toEqual(placeholders(entry.en));
    expect(placeholders(entry.sv!)).toEqual(placeholders(entry.en));
  });

  it('has every key the code names literally, and the API ones only under api.*, the page ones under ui.*', () => {
    const used = SOURCES.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'((?:api|ui)\.(?:consents?|disclosures?|event-time)\.[a-z0-9.-]+)'/g)].map((match) => match[1]!));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !(key in catalogue))).toEqual([]);
    expect(Object.keys(CONSENT_API_MESSAGES).every((key) => key.startsWith('api.'))).toBe(true);
    expect(Object.keys(CONSENT_UI_MESSAGES).every((key) => key.startsWith('ui.'))).toBe(true);
  });

  it('has a page message for every refusal of a date, and a word for every consent method', () => {
    for (const reason of ['bad-time', 'future-time', 'before-previous']) {
      expect(catalogue).toHaveProperty([`api.event-time.${reason}`]);
      expect(catalogue).toHaveProperty([`ui.event-time.${reason}`]);
    }
    for (const method of ['signed-form', 'written', 'oral', 'electronic']) expect(catalogue).toHaveProperty([`api.consent.method.${method}`]);
  });
});
