/** Dates and durations as each language writes them in the notice sentences. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, spellDuration } from '../../src/notices/formatting.js';

describe('formatDate', () => {
  it.each([
    ['2026-11-23', 'fi', '23.11.2026'],
    ['2026-11-23', 'sv', '23.11.2026'],
    ['2026-11-23', 'en', '23 November 2026'],
    ['2021-01-05', 'fi', '5.1.2021'],
    ['2021-01-05', 'sv', '5.1.2021'],
    ['2021-01-05', 'en', '5 January 2021'],
    ['2024-02-29', 'fi', '29.2.2024'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it.each([
    ['23.11.2026'],
    ['2026-11'],
    ['marraskuu 2026'],
    [''],
    // Impossible days are not rolled over into the next month.
    ['2026-02-30'],
    ['2025-02-29'],
    ['2026-13-01'],
    ['2026-00-10'],
  ])('shows %j as written', (input) => {
    for (const lang of ['fi', 'sv', 'en'] as const) expect(formatDate(input, lang)).toBe(input);
  });
});

describe('formatDuration', () => {
  it.each([
    // Finnish in the genitive the sentences need ("1 vuoden kuluttua", "14 päivän kuluessa").
    ['P1Y', 'fi', '1 vuoden'],
    ['P14D', 'fi', '14 päivän'],
    ['P1M', 'fi', '1 kuukauden'],
    ['P6M', 'fi', '6 kuukauden'],
    ['P2W', 'fi', '2 viikon'],
    ['PT2H', 'fi', '2 tunnin'],
    ['P1Y6M', 'fi', '1 vuoden ja 6 kuukauden'],
    ['P1Y2M3D', 'fi', '1 vuoden, 2 kuukauden ja 3 päivän'],
    // Swedish singular and plural forms.
    ['P1Y', 'sv', '1 år'],
    ['P5Y', 'sv', '5 år'],
    ['P1M', 'sv', '1 månad'],
    ['P2M', 'sv', '2 månader'],
    ['P1W', 'sv', '1 vecka'],
    ['P3W', 'sv', '3 veckor'],
    ['P1D', 'sv', '1 dag'],
    ['P14D', 'sv', '14 dagar'],
    ['PT1H', 'sv', '1 timme'],
    ['PT2H', 'sv', '2 timmar'],
    ['P1Y6M', 'sv', '1 år och 6 månader'],
    // English.
    ['P1M', 'en', '1 month'],
    ['P2M', 'en', '2 months'],
    ['P1Y', 'en', '1 year'],
    ['P10Y', 'en', '10 years'],
    ['P1D', 'en', '1 day'],
    ['P14D', 'en', '14 days'],
    ['P1W', 'en', '1 week'],
    ['PT1H', 'en', '1 hour'],
    ['P1Y6M', 'en', '1 year and 6 months'],
    ['P1Y2M3D', 'en', '1 year, 2 months and 3 days'],
    // Zero units are left out.
    ['P1Y0M', 'en', '1 year'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDuration(iso, lang)).toBe(expected);
  });

  it.each([['P'], ['P0D'], ['1 vuosi'], ['P1.5Y'], ['PT'], ['p1y'], ['']])('shows the invalid duration %j as written', (input) => {
    for (const lang of ['fi', 'sv', 'en'] as const) expect(formatDuration(input, lang)).toBe(input);
  });

  it('never shows a catalogue key, even for units it has no words for', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const iso of ['PT30M', 'PT45S', 'P1DT30M']) {
        const text = formatDuration(iso, lang);
        expect(text).not.toContain('duration.');
        expect(text).toMatch(/\d/);
      }
    }
  });
});

describe('spellDuration', () => {
  it('spells the non-zero units, largest first, with the caller’s words', () => {
    expect(spellDuration('P2Y3W4DT5H6M7S', (unit, n) => `${n}${unit}`, '&')).toBe('2Y, 3W, 4D, 5H, 6MIN & 7S');
    expect(spellDuration('PT1M', (unit, n) => `${n}${unit}`, '&')).toBe('1MIN');
    expect(spellDuration('nonsense', () => 'x', '&')).toBe('nonsense');
  });
});
