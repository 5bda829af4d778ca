/**
 * When a period that starts at a date or an instant ends, for timers and retention rules.
 *
 * - An instant (entering a state, created, updated, a date-time field) plus a duration is
 *   `addDuration`: calendar units added in UTC, which can differ from Finnish local time by an
 *   hour around daylight-saving changes — never by a day.
 * - A date (a date field, e.g. `tunnus_voimassa_asti`) counts in full, as Finnish dates are
 *   meant: the period starts when that day ends, at midnight in Europe/Helsinki. "Valid until
 *   31.3." expires at the start of 1.4.; "one year from 31.3.2026" ends at the start of 1.4.2027.
 *   Calendar units are added to the date itself, so month ends stay month ends (a month from
 *   31.1. is 28.2., the period ending as 1.3. begins).
 * Either way a period never ends early, which is what matters before deleting anything.
 */
import { addDuration, type Duration } from '../model/duration.js';

export const TIME_ZONE = 'Europe/Helsinki';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The end of the period `duration` (none: zero) from `start`, a date `YYYY-MM-DD` or an ISO instant; undefined for anything else. */
export function periodEnd(start: string, duration: Duration | undefined): Date | undefined {
  const date = DATE.exec(start);
  if (date) {
    const [year, month, day] = date.slice(1).map(Number) as [number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
    // Years and months on the date (31.1. + P1M = 28.2.), then weeks and days, then the day
    // after that last day counted in full; its local midnight is the end.
    const months = month - 1 + (duration?.months ?? 0) + (duration?.years ?? 0) * 12;
    const lastDay = new Date(Date.UTC(year, months + 1, 0)).getUTCDate();
    const end = new Date(Date.UTC(year, months, Math.min(day, lastDay) + (duration?.weeks ?? 0) * 7 + (duration?.days ?? 0) + 1));
    const midnight = zonedMidnight(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
    return duration ? addDuration(midnight, { years: 0, months: 0, weeks: 0, days: 0, hours: duration.hours, minutes: duration.minutes, seconds: duration.seconds }) : midnight;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(start)) return undefined;
  const at = new Date(start);
  if (Number.isNaN(at.getTime())) return undefined;
  return duration ? addDuration(at, duration) : at;
}

/** Midnights found, by zone and day: asking Intl is slow, and records share their dates. */
const midnights = new Map<string, number>();
const MAX_CACHED = 20_000;

/** The instant a day (month 0-based) begins in Helsinki. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string = TIME_ZONE): Date {
  const guess = Date.UTC(year, month, day);
  const key = `${timeZone} ${guess}`;
  const known = midnights.get(key);
  if (known !== undefined) return new Date(known);
  const found = findMidnight(guess, timeZone);
  if (midnights.size >= MAX_CACHED) midnights.clear();
  midnights.set(key, found);
  return new Date(found);
}

function findMidnight(guess: number, timeZone: string): number {
  let at = guess - offsetAt(new Date(guess), timeZone);
  // The offset at midnight itself (differs from the guess only across a change of offset).
  const second = offsetAt(new Date(at), timeZone);
  at = guess - second;
  return at;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time in `timeZone` (Helsinki unless told) at `instant`, to the second, as the
 * milliseconds of that time read as UTC. Intl's time-zone data decides; no rule is written here.
 */
export function wallClock(instant: number, timeZone: string = TIME_ZONE): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
}

/** Local time minus UTC at `at`, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  return wallClock(at.getTime(), timeZone) - Math.floor(at.getTime() / 1000) * 1000;
}
