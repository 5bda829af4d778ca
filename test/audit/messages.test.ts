/** The messages of `seloste audit` speak Finnish, Swedish and English alike. */
import { describe, expect, it } from 'vitest';
import { AUDIT_MESSAGES } from '../../src/i18n/audit-messages.js';
import { LANGS, translate } from '../../src/i18n/catalogue.js';

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the audit messages', () => {
  it.each(Object.keys(AUDIT_MESSAGES))('%s: fi, sv and en, with the same placeholders', (key) => {
    const entry = AUDIT_MESSAGES[key]!;
    for (const lang of LANGS) expect(entry[lang], lang).toMatch(/\S/);
    expect(placeholders(entry.fi!)).toEqual(placeholders(entry.en));
    expect(placeholders(entry.sv!)).toEqual(placeholders(entry.en));
  });

  it('have a message for every kind of problem and every column of the listing', () => {
    for (const kind of ['altered', 'removed', 'inserted', 'truncated', 'head-mismatch']) expect(AUDIT_MESSAGES).toHaveProperty([`audit.problem.${kind}`]);
    for (const column of ['seq', 'at', 'actor', 'action', 'outcome', 'registry', 'records', 'fields', 'reason', 'ip']) {
      expect(AUDIT_MESSAGES).toHaveProperty([`audit.col.${column}`]);
    }
  });

  it('use the terms of the Finnish law on information management', () => {
    expect(translate(AUDIT_MESSAGES, 'audit.intact', 'fi', { count: 3, head: 'abc' })).toBe('lokitiedot ehjät: 3 merkintää, ketjun pää abc');
    expect(translate(AUDIT_MESSAGES, 'audit.intact', 'sv', { count: 3, head: 'abc' })).toBe('logguppgifterna är intakta: 3 poster, kedjans huvud abc');
    expect(translate(AUDIT_MESSAGES, 'audit.not-intact', 'fi', { problems: 1, count: 3 })).toContain('ilmoita tietosuojavastaavalle');
  });
});
