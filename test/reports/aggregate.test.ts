import { describe, expect, it } from 'vitest';
import type { Registry, Report } from '../../src/model/types.js';
import { defaultPeriod, isIsoDate, reportCsv, runReport, suppress, type ReportSource } from '../../src/reports/aggregate.js';
import { seedRegistries } from '../helpers/engine.js';

const TODAY = new Date('2026-03-02T08:00:00Z');
const registry = (id: string): Registry => structuredClone(seedRegistries().find((candidate) => candidate.id === id)!);
const walmu = registry('walmu-asiakashallinta');
const hakosalo = registry('iisalmi-hakosalo');
const par = walmu.reports.find((report) => report.id === 'par_tilastot')!;
const events = hakosalo.reports.find((report) => report.id === 'yhteenvetopoytakirjat')!;

/** `n` Walmu records of one relationship type starting on one day. */
const customers = (n: number, type: string | undefined, start: string | undefined): ReportSource[] =>
  Array.from({ length: n }, () => ({ data: { ...(type ? { asiakassuhteen_tyyppi: type } : {}), ...(start ? { asiakassuhde_alkoi: start } : {}) } }));

describe('suppress', () => {
  it.each([
    { counts: [10, 20], min: 5, expected: [10, 20] },
    { counts: [3, 20], min: 5, expected: [null, null] }, // one small cell: the next smallest goes too
    { counts: [3, 20, 7], min: 5, expected: [null, 20, null] },
    { counts: [1, 1, 8, 9], min: 5, expected: [null, null, null, 9] }, // 1 + 1 < 5 would still be derivable
    { counts: [2, 3, 9], min: 5, expected: [null, null, 9] }, // 2 + 3 = 5: neither can be worked out
    { counts: [1, 1, 1, 1, 1, 6], min: 5, expected: [null, null, null, null, null, null] }, // all ones
    { counts: [4], min: 5, expected: [null] },
    { counts: [4, 4], min: 1, expected: [4, 4] },
    { counts: [], min: 5, expected: [] },
  ])('$counts with minimum $min → $expected', ({ counts, min, expected }) => {
    expect(suppress(counts, min)).toEqual(expected);
  });
});

describe('defaultPeriod', () => {
  const withPeriod = (period: string | undefined): Report => ({ ...par, ...(period ? { period } : { period: undefined }) });
  it.each([
    ['P4M', '2026-03-02', '2025-09-01', '2025-12-31'],
    ['P4M', '2026-05-01', '2026-01-01', '2026-04-30'],
    ['P4M', '2026-04-30', '2025-09-01', '2025-12-31'],
    ['P1M', '2026-03-02', '2026-02-01', '2026-02-28'],
    ['P3M', '2026-07-15', '2026-04-01', '2026-06-30'],
    ['P1Y', '2026-03-02', '2025-01-01', '2025-12-31'],
    ['P14D', '2026-03-02', '2026-02-16', '2026-03-01'],
  ])('%s on %s: %s … %s', (period, today, from, to) => {
    expect(defaultPeriod(withPeriod(period), new Date(`${today}T10:00:00Z`))).toEqual({ from, to });
  });
  it('is unbounded without a period', () => {
    expect(defaultPeriod(withPeriod(undefined), TODAY)).toEqual({ from: null, to: null });
  });
});

describe('runReport', () => {
  const one = { ...par, minCount: 1 };

  it('counts records by a choice and by the month of a date, in the latest full period', () => {
    const records = [
      ...customers(6, 'valmennus', '2025-10-03'),
      ...customers(2, 'valmennus', '2025-10-28'),
      ...customers(5, 'kuntoutus', '2025-09-01'),
      ...customers(7, 'valmennus', '2025-12-31'),
      ...customers(9, 'valmennus', '2025-08-31'), // before the period
      ...customers(9, 'valmennus', '2026-01-01'), // after it
      ...customers(3, 'kuntoutus', undefined), // no start date: in no period
    ];
    const result = runReport(walmu, par, records, { today: TODAY });
    expect(result).toMatchObject({ report: 'par_tilastot', registry: 'walmu-asiakashallinta', from: '2025-09-01', to: '2025-12-31', counts: 'records', minCount: 5 });
    expect(result.dimensions).toEqual([
      { id: 'asiakassuhteen_tyyppi', label: 'Asiakassuhde tai toimenpide', type: 'choice' },
      { id: 'asiakassuhde_alkoi', label: 'Asiakassuhde alkoi', type: 'date', bucket: 'month' },
    ]);
    // Options in their declared order (valmennus before kuntoutus), months ascending.
    expect(result.rows.map((row) => [row.values['asiakassuhteen_tyyppi'], row.values['asiakassuhde_alkoi'], row.count])).toEqual([
      ['valmennus', '2025-10', 8],
      ['valmennus', '2025-12', 7],
      ['kuntoutus', '2025-09', 5],
    ]);
    expect(result.rows[0]!.labels).toEqual({ asiakassuhteen_tyyppi: 'Valmennus', asiakassuhde_alkoi: '2025-10' });
    expect(result.total).toBe(20);
    expect(result.suppressed).toBe(0);
  });

  it('takes an explicit period, open at either end, and everything without one', () => {
    const records = [...customers(2, 'valmennus', '2024-01-15'), ...customers(3, 'valmennus', '2026-02-01')];
    expect(runReport(walmu, one, records, { today: TODAY, from: '2024-01-15', to: '2024-01-15' }).total).toBe(2);
    expect(runReport(walmu, one, records, { today: TODAY, from: '2025-01-01' }).total).toBe(3);
    expect(runReport(walmu, one, records, { today: TODAY, to: '2025-01-01' })).toMatchObject({ from: null, to: '2025-01-01', total: 2 });
    const noPeriod = { ...one, period: undefined };
    expect(runReport(walmu, noPeriod, [...records, ...customers(1, 'valmennus', undefined)], { today: TODAY })).toMatchObject({ from: null, to: null, total: 6 });
    expect(runReport(walmu, noPeriod, customers(1, undefined, undefined), { today: TODAY }).rows).toEqual([
      { values: { asiakassuhteen_tyyppi: null, asiakassuhde_alkoi: null }, labels: { asiakassuhteen_tyyppi: '(ei tietoa)', asiakassuhde_alkoi: '(ei tietoa)' }, count: 1 },
    ]);
  });

  it('filters on createdAt when the report has no date dimension', () => {
    const report: Report = { ...one, dimensions: ['asiakassuhteen_tyyppi'] };
    const records: ReportSource[] = [
      { data: { asiakassuhteen_tyyppi: 'valmennus' }, createdAt: '2025-11-30T23:59:59.000Z' },
      { data: { asiakassuhteen_tyyppi: 'valmennus' }, createdAt: '2026-01-02T00:00:00.000Z' },
    ];
    expect(runReport(walmu, report, records, { today: TODAY }).total).toBe(1);
  });

  it('counts the entries of a repeating group, by a member and by the month of a member date-time', () => {
    const entry = (tyyppi: string, ajankohta?: string) => ({ tapahtuman_tyyppi: tyyppi, ...(ajankohta ? { ajankohta } : {}) });
    const records: ReportSource[] = [
      { data: { tapahtumat: [entry('puhelu', '2025-05-02T10:00:00+03:00'), entry('puhelu', '2025-06-02T10:00:00+03:00'), entry('tapaaminen')] } },
      { data: { tapahtumat: [entry('puhelu', '2025-05-20T10:00:00+03:00'), ...Array.from({ length: 6 }, () => entry('tapaaminen'))] } },
      { data: { tapahtumat: Array.from({ length: 8 }, () => entry('taustatyo')) } },
      { data: {} },
    ];
    const result = runReport(hakosalo, events, records, { today: TODAY });
    expect(result).toMatchObject({ counts: 'tapahtumat', from: null, to: null, total: 18, suppressed: 2 });
    // 3 calls are suppressed, and the 7 meetings with them, so that the 3 cannot be worked out from 18 − 8 − 7.
    expect(result.rows.map((row) => [row.values['tapahtuman_tyyppi'], row.labels['tapahtuman_tyyppi'], row.count])).toEqual([
      ['tapaaminen', 'Tapaaminen', null],
      ['puhelu', 'Puhelu', null],
      ['taustatyo', 'Taustatyö', 8],
    ]);

    const byMonth: Report = { ...events, dimensions: ['tapahtuman_tyyppi', 'ajankohta'], minCount: 1 };
    const monthly = runReport(hakosalo, byMonth, records, { today: TODAY, from: '2025-05-01', to: '2025-05-31' });
    expect(monthly.rows.map((row) => [row.values['tapahtuman_tyyppi'], row.values['ajankohta'], row.count])).toEqual([['puhelu', '2025-05', 2]]);
  });

  it('counts by a yes/no field and a top-level field alongside group members', () => {
    const report: Report = { ...events, dimensions: ['palkkatukioikeus', 'tapahtuman_tyyppi'], minCount: 1 };
    const records: ReportSource[] = [
      { data: { palkkatukioikeus: true, tapahtumat: [{ tapahtuman_tyyppi: 'puhelu' }, { tapahtuman_tyyppi: 'puhelu' }] } },
      { data: { palkkatukioikeus: false, tapahtumat: [{ tapahtuman_tyyppi: 'puhelu' }] } },
    ];
    const result = runReport(hakosalo, report, records, { today: TODAY, lang: 'en' });
    expect(result.rows.map((row) => [row.values['palkkatukioikeus'], row.labels['palkkatukioikeus'], row.count])).toEqual([
      [false, 'No', 1],
      [true, 'Yes', 2],
    ]);
  });

  it('suppresses small cells, a complementary cell and a small total', () => {
    const records = [...customers(12, 'valmennus', '2025-10-01'), ...customers(6, 'kuntoutus', '2025-10-01'), ...customers(2, 'palkkasuhde', '2025-10-01')];
    const result = runReport(walmu, par, records, { today: TODAY });
    expect(result.rows.map((row) => row.count)).toEqual([12, null, null]);
    expect(result).toMatchObject({ total: 20, suppressed: 2 });

    const small = runReport(walmu, par, customers(3, 'valmennus', '2025-10-01'), { today: TODAY });
    expect(small).toMatchObject({ total: null, suppressed: 1 });
    expect(small.rows[0]!.count).toBeNull();

    const empty = runReport(walmu, par, [], { today: TODAY });
    expect(empty).toMatchObject({ rows: [], total: 0, suppressed: 0 });
  });

  it('shows options by their label in the caller\'s language, keeping the ids', () => {
    const translated = structuredClone(walmu);
    const field = translated.categories.flatMap((category) => category.fields).find((candidate) => candidate.id === 'asiakassuhteen_tyyppi')!;
    field.label = { fi: 'Asiakassuhde tai toimenpide', sv: 'Kundrelation eller åtgärd' };
    field.settings.options!.find((option) => option.id === 'valmennus')!.label = { fi: 'Valmennus', sv: 'Coachning' };
    const result = runReport(translated, { ...par, minCount: 1 }, customers(1, 'valmennus', '2025-10-01'), { today: TODAY, lang: 'sv' });
    expect(result.dimensions[0]!.label).toBe('Kundrelation eller åtgärd');
    expect(result.rows[0]!.values['asiakassuhteen_tyyppi']).toBe('valmennus');
    expect(result.rows[0]!.labels['asiakassuhteen_tyyppi']).toBe('Coachning');
    // No Swedish label: the Finnish one.
    const fallback = runReport(translated, { ...par, minCount: 1 }, customers(1, 'kuntoutus', '2025-10-01'), { today: TODAY, lang: 'sv' });
    expect(fallback.rows[0]!.labels['asiakassuhteen_tyyppi']).toBe('Kuntoutus');
  });
});

describe('reportCsv', () => {
  it('writes a BOM, a header of labels and the count, suppressed cells as <minCount and the total', () => {
    const records = [...customers(12, 'valmennus', '2025-10-01'), ...customers(6, 'kuntoutus', '2025-11-01'), ...customers(2, 'palkkasuhde', '2025-10-01')];
    const csv = reportCsv(runReport(walmu, par, records, { today: TODAY }), 'fi');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Asiakassuhde tai toimenpide,Asiakassuhde alkoi,Lukumäärä',
      'Valmennus,2025-10,12',
      'Kuntoutus,2025-11,<5',
      'Palkkasuhde,2025-10,<5',
      'Yhteensä,,20',
      '',
    ]);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['20250101', false],
  ])('%s → %s', (text, ok) => expect(isIsoDate(text)).toBe(ok));
});
