/**
 * Registry texts in the reader's language; an untranslated text falls back to Finnish and is
 * marked `lang: 'fi'` so the page wraps it in an element with `lang="fi"` (WCAG 3.1.2).
 */
import { describe, expect, it } from 'vitest';
import { localize, localizeOptional, plain } from '../../src/notices/localize.js';

describe('localize', () => {
  it.each([
    // [text, page language, shown text, marked language]
    [{ fi: 'Asiakkaat' }, 'fi', 'Asiakkaat', undefined],
    [{ fi: 'Asiakkaat' }, 'sv', 'Asiakkaat', 'fi'],
    [{ fi: 'Asiakkaat' }, 'en', 'Asiakkaat', 'fi'],
    [{ fi: 'Asiakkaat', sv: 'Kunder', en: 'Customers' }, 'fi', 'Asiakkaat', undefined],
    [{ fi: 'Asiakkaat', sv: 'Kunder', en: 'Customers' }, 'sv', 'Kunder', undefined],
    [{ fi: 'Asiakkaat', sv: 'Kunder', en: 'Customers' }, 'en', 'Customers', undefined],
    // A translation into one language does not stand in for another: the fallback is Finnish.
    [{ fi: 'Asiakkaat', sv: 'Kunder' }, 'en', 'Asiakkaat', 'fi'],
    [{ fi: 'Asiakkaat', en: 'Customers' }, 'sv', 'Asiakkaat', 'fi'],
    [{ fi: 'Asiakkaat', en: 'Customers' }, 'en', 'Customers', undefined],
  ] as const)('%j on a %s page → %s, marked %s', (text, lang, shown, marked) => {
    const result = localize(text, lang);
    expect(result.text).toBe(shown);
    expect(result.lang).toBe(marked);
    expect('lang' in result).toBe(marked !== undefined);
  });

  it('never marks a Finnish page, whatever the text has', () => {
    expect(localize({ fi: 'Vain suomeksi' }, 'fi')).toEqual({ text: 'Vain suomeksi', paras: ['Vain suomeksi'] });
  });

  it('splits paragraphs on blank lines, trimmed, keeping single line breaks inside one', () => {
    expect(localize({ fi: 'Ensimmäinen\nrivi\n\n  Toinen  \n \t\nKolmas\n' }, 'fi').paras).toEqual(['Ensimmäinen\nrivi', 'Toinen', 'Kolmas']);
    expect(localize({ fi: '\n\n' }, 'fi').paras).toEqual([]);
  });

  it('keeps the words untouched: escaping is the renderer’s job', () => {
    const hostile = '<script>alert(1)</script> {{constructor}}';
    expect(localize({ fi: hostile }, 'sv')).toEqual({ text: hostile, paras: [hostile], lang: 'fi' });
  });
});

describe('localizeOptional and plain', () => {
  it('passes an absent text through', () => {
    expect(localizeOptional(undefined, 'sv')).toBeUndefined();
    expect(localizeOptional({ fi: 'Teksti' }, 'sv')).toEqual({ text: 'Teksti', paras: ['Teksti'], lang: 'fi' });
  });

  it('never marks a text seloste wrote in the page language', () => {
    expect(plain('Kimmo Rinne')).toEqual({ text: 'Kimmo Rinne', paras: ['Kimmo Rinne'] });
  });
});
