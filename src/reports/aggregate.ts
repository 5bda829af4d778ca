/**
 * Aggregate reports (`reports:` of a definition): counts of records, or of the entries of a
 * repeating group, by the report's dimensions, over a period. The output holds no personal data:
 * only counts, and small counts are suppressed so that no cell below `minCount` can be read or
 * worked out by subtraction from the total.
 *
 * - A date or date-time dimension is counted by month (`YYYY-MM`); a multi-choice value counts
 *   as the combination of the options chosen, so that the rows add up to the total.
 * - The period (inclusive dates) filters on the first date dimension, else on the record's
 *   `createdAt`; a counted unit without that date lies in no period and is left out.
 * - By default the period is the latest full period of `report.period` ending today: calendar-
 *   aligned when the period is whole months dividing a year (P4M: January–April, May–August,
 *   September–December), else the period that ended yesterday; everything without a period.
 *
 * The counting is incremental (`reportCounter`), so the operation can feed it a page of records at
 * a time from the store; `runReport` counts an array.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { REPORT_MESSAGES } from '../i18n/report-messages.js';
import { toCsv } from '../notices/csv.js';
import { addDuration, parseDuration, type Duration } from '../model/duration.js';
import { allFields } from '../model/fields.js';
import type { Field, Registry, Report } from '../model/types.js';
import type { RecordData } from '../storage/record-store.js';

export type DimensionValue = string | boolean | null;

export interface ReportDimension {
  id: string;
  /** The field's label in the caller's language. */
  label: string;
  type: string;
  /** Date dimensions are counted by month. */
  bucket?: 'month';
}

export interface ReportRow {
  /** Dimension id → value: an option id, `YYYY-MM`, a boolean, or null (no value). */
  values: Record<string, DimensionValue>;
  /** Dimension id → the value as people read it (an option's label in the caller's language). */
  labels: Record<string, string>;
  /** Null: suppressed. */
  count: number | null;
}

export interface ReportResult {
  report: string;
  registry: string;
  /** The period, inclusive ISO dates; null: unbounded. */
  from: string | null;
  to: string | null;
  /** What is counted: `records` or the id of a repeating group. */
  counts: string;
  minCount: number;
  dimensions: ReportDimension[];
  rows: ReportRow[];
  /** Null: suppressed (the total itself is a small count). */
  total: number | null;
  /** How many rows were suppressed. */
  suppressed: number;
}

/** A record as a report reads it: its values and, for reports without a date dimension, when it was made. */
export interface ReportSource {
  data: RecordData;
  createdAt?: string;
}

export interface ReportOptions {
  from?: string;
  to?: string;
  today: Date;
  lang?: Lang;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The default period of `report` on `today`: the latest full period ending today, or unbounded. */
export function defaultPeriod(report: Report, today: Date): { from: string | null; to: string | null } {
  const duration = report.period ? parseDuration(report.period) : undefined;
  if (!duration) return { from: null, to: null };
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const months = duration.years * 12 + duration.months;
  const monthsOnly = duration.weeks === 0 && duration.days === 0 && duration.hours === 0 && duration.minutes === 0 && duration.seconds === 0;
  if (monthsOnly && months > 0 && 12 % months === 0) {
    // Calendar-aligned: the current period starts at a multiple of `months` from January.
    const currentStart = new Date(Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / months) * months, 1));
    const from = new Date(Date.UTC(currentStart.getUTCFullYear(), currentStart.getUTCMonth() - months, 1));
    const to = new Date(currentStart.getTime() - 86_400_000);
    return { from: day(from), to: day(to) };
  }
  const negated: Duration = {
    years: -duration.years,
    months: -duration.months,
    weeks: -duration.weeks,
    days: -duration.days,
    hours: -duration.hours,
    minutes: -duration.minutes,
    seconds: -duration.seconds,
  };
  return { from: day(addDuration(start, negated)), to: day(new Date(start.getTime() - 86_400_000)) };
}

/** The period the options ask for: explicit dates (either end may be left open), else the default. */
export function reportPeriod(report: Report, options: ReportOptions): { from: string | null; to: string | null } {
  if (options.from === undefined && options.to === undefined) return defaultPeriod(report, options.today);
  return { from: options.from ?? null, to: options.to ?? null };
}

interface Counter {
  add(record: ReportSource): void;
  result(): ReportResult;
}

/** An incremental count of `report`: feed it records, then take the (suppressed) result. */
export function reportCounter(registry: Registry, report: Report, options: ReportOptions): Counter {
  const lang = options.lang ?? 'fi';
  const fields = new Map(allFields(registry).map((field) => [field.id, field]));
  const dims = report.dimensions.map((id) => {
    const field = fields.get(id);
    if (!field) throw new Error(`report ${report.id}: no field ${id} in ${registry.id}`);
    return field;
  });
  const temporal = (field: Field): boolean => field.type === 'date' || field.type === 'datetime';
  const dateDim = dims.find(temporal);
  const { from, to } = reportPeriod(report, options);
  const bounded = from !== null || to !== null;
  const counts = new Map<string, { values: DimensionValue[]; count: number }>();

  const valueOf = (field: Field, raw: unknown): DimensionValue => {
    if (raw === undefined || raw === null || raw === '') return null;
    if (temporal(field)) return typeof raw === 'string' ? raw.slice(0, 7) : null;
    if (typeof raw === 'boolean') return raw;
    if (Array.isArray(raw)) return raw.length === 0 ? null : [...raw].map(String).sort(optionOrder(field)).join(',');
    return String(raw);
  };
  const inPeriod = (date: unknown): boolean => {
    if (!bounded) return true;
    if (typeof date !== 'string' || date.length < 10) return false;
    const d = date.slice(0, 10);
    return (from === null || d >= from) && (to === null || d <= to);
  };
  const countUnit = (record: ReportSource, entry: Record<string, unknown> | undefined): void => {
    const rawOf = (field: Field): unknown => (field.group !== undefined && entry !== undefined ? entry[field.id] : record.data[field.id]);
    if (!inPeriod(dateDim ? rawOf(dateDim) : record.createdAt)) return;
    const values = dims.map((field) => valueOf(field, rawOf(field)));
    const key = JSON.stringify(values);
    const row = counts.get(key);
    if (row) row.count += 1;
    else counts.set(key, { values, count: 1 });
  };

  return {
    add(record) {
      if (report.counts === undefined) return countUnit(record, undefined);
      const entries = record.data[report.counts];
      if (!Array.isArray(entries)) return;
      for (const entry of entries) if (entry !== null && typeof entry === 'object') countUnit(record, entry as Record<string, unknown>);
    },
    result() {
      const sorted = [...counts.values()].sort((a, b) => compareRows(dims, a.values, b.values));
      const cells = suppress(
        sorted.map((row) => row.count),
        report.minCount,
      );
      const total = sorted.reduce((sum, row) => sum + row.count, 0);
      return {
        report: report.id,
        registry: registry.id,
        from,
        to,
        counts: report.counts ?? 'records',
        minCount: report.minCount,
        dimensions: dims.map((field) => ({
          id: field.id,
          label: field.label[lang] ?? field.label.fi ?? field.id,
          type: field.type,
          ...(temporal(field) ? { bucket: 'month' as const } : {}),
        })),
        rows: sorted.map((row, i) => ({
          values: Object.fromEntries(dims.map((field, j) => [field.id, row.values[j]!])),
          labels: Object.fromEntries(dims.map((field, j) => [field.id, labelOf(field, row.values[j]!, lang)])),
          count: cells[i]!,
        })),
        total: total > 0 && total < report.minCount ? null : total,
        suppressed: cells.filter((cell) => cell === null).length,
      };
    },
  };
}

/** Counts `records` by `report`. */
export function runReport(registry: Registry, report: Report, records: Iterable<ReportSource>, options: ReportOptions): ReportResult {
  const counter = reportCounter(registry, report, options);
  for (const record of records) counter.add(record);
  return counter.result();
}

/**
 * Small-cell suppression of `counts` (each ≥ 1): every count below `minCount` becomes null; then,
 * as long as the suppressed cells could be worked out from the published total (one cell alone,
 * cells whose sum is itself below `minCount`, or cells that can only all be 1), the smallest
 * remaining cell is suppressed too (complementary suppression).
 */
export function suppress(counts: readonly number[], minCount: number): Array<number | null> {
  const hidden = counts.map((count) => count < minCount);
  const exposed = (): boolean => {
    const suppressed = counts.filter((_, i) => hidden[i]);
    if (suppressed.length === 0) return false;
    const sum = suppressed.reduce((a, b) => a + b, 0);
    return suppressed.length === 1 || sum < minCount || sum === suppressed.length;
  };
  while (exposed()) {
    let next = -1;
    for (let i = 0; i < counts.length; i++) if (!hidden[i] && (next === -1 || counts[i]! < counts[next]!)) next = i;
    if (next === -1) break;
    hidden[next] = true;
  }
  return counts.map((count, i) => (hidden[i] ? null : count));
}

function optionOrder(field: Field): (a: string, b: string) => number {
  const order = new Map((field.settings.options ?? []).map((option, i) => [option.id, i]));
  return (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Rows in the order of their values: options as declared, dates and texts ascending, no value last. */
function compareRows(dims: readonly Field[], a: readonly DimensionValue[], b: readonly DimensionValue[]): number {
  for (const [i, field] of dims.entries()) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x === 'boolean' || typeof y === 'boolean') return x === false ? -1 : 1;
    if (field.type === 'choice') return optionOrder(field)(x, y);
    if (field.type === 'multi-choice') return x < y ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function labelOf(field: Field, value: DimensionValue, lang: Lang): string {
  if (value === null) return translate(REPORT_MESSAGES, 'report.empty', lang);
  if (typeof value === 'boolean') return translate(REPORT_MESSAGES, value ? 'report.yes' : 'report.no', lang);
  const options = field.settings.options;
  if (!options) return value;
  const label = (id: string): string => {
    const option = options.find((candidate) => candidate.id === id);
    return option ? (option.label[lang] ?? option.label.fi ?? id) : id;
  };
  return field.type === 'multi-choice' ? value.split(',').map(label).join(', ') : label(value);
}

/**
 * The result as CSV (`toCsv`: UTF-8 with BOM, RFC 4180, formula cells defused): a header of the
 * dimension labels and the count, a row per combination, and the total; a suppressed count is
 * written `<minCount`.
 */
export function reportCsv(result: ReportResult, lang: Lang): string {
  const cell = (count: number | null): string => (count === null ? translate(REPORT_MESSAGES, 'report.suppressed', lang, { min: result.minCount }) : String(count));
  const rows: string[][] = [
    [...result.dimensions.map((dimension) => dimension.label), translate(REPORT_MESSAGES, 'report.count', lang)],
    ...result.rows.map((row) => [...result.dimensions.map((dimension) => row.labels[dimension.id] ?? ''), cell(row.count)]),
    [translate(REPORT_MESSAGES, 'report.total', lang), ...result.dimensions.slice(1).map(() => ''), cell(result.total)],
  ];
  return toCsv(rows);
}
