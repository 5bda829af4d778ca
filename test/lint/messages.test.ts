/** Every lint code speaks Finnish, Swedish and English, and cites the law it enforces. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/catalogue.js';
import { LINT_MESSAGES, RIGHT_NAMES } from '../../src/i18n/lint-messages.js';
import { PROBLEM_MESSAGES } from '../../src/i18n/problem-messages.js';
import { LINT_RULES } from '../../src/lint/rules.js';

const codes = LINT_RULES.flatMap((rule) => rule.codes);
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the lint messages', () => {
  it('cover exactly the codes the rules report, each code reported by one rule', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(LINT_MESSAGES).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s: fi, sv and en, with the same placeholders, citing the GDPR', (code) => {
    const entry = LINT_MESSAGES[code]!;
    for (const lang of LANGS) expect(entry[lang], lang).toMatch(/\S/);
    // Names of rights come in every language; each template uses its own.
    const neutral = (lang: string) => placeholders(entry[lang as 'en']!).map((name) => name.replace(new RegExp(`^name_${lang}$`), 'name'));
    expect(neutral('fi')).toEqual(neutral('en'));
    expect(neutral('sv')).toEqual(neutral('en'));
    expect(entry.en).toContain('GDPR Art');
    expect(entry.fi).toMatch(/tietosuoja-asetuksen (\d+|\{article\}) artikla/i);
    expect(entry.sv).toMatch(/dataskyddsförordningen artikel (\d|\{article\})/);
  });

  it.each(codes)('%s: is the message the formatter renders (no loader code of the same name)', (code) => {
    expect(PROBLEM_MESSAGES[code]).toBe(LINT_MESSAGES[code]);
  });

  it('use the Finnish terms of the GDPR and of Finnish practice', () => {
    const fi = Object.values(LINT_MESSAGES).map((entry) => entry.fi).join('\n');
    for (const term of ['rekisterinpitäjä', 'tietosuojavastaava', 'oikeusperuste', 'säilytysaika', 'vastaanottaja', 'Tietosuojavaltuutetun toimisto']) {
      expect(fi).toContain(term);
    }
    // English appears only as YAML keys and values (controller, legal_bases…), never as prose.
    expect(fi).not.toMatch(/data protection|retention period|legal basis|supervisory authority/i);
  });

  it('name every right in every language', () => {
    for (const names of Object.values(RIGHT_NAMES)) for (const lang of LANGS) expect(names[lang]).toMatch(/\S/);
  });

  it('have a word for the info severity', () => {
    expect(PROBLEM_MESSAGES['info']).toEqual({ en: 'info', fi: 'huomautus', sv: 'upplysning' });
  });
});
