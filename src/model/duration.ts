/**
 * ISO 8601 durations (P1Y, P14D, PT2H, P1Y6M) as retention periods and timer delays use them.
 * Calendar units are added in calendar terms (a year after 29.2. is 28.2. or 1.3. as JS Date
 * arithmetic gives), which is what "one year after the relationship ended" means.
 */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses a duration; undefined for anything that is not a non-empty, non-zero ISO 8601 duration. */
export function parseDuration(text: string): Duration | undefined {
  const match = PATTERN.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number, number, number, number, number, number, number,
  ];
  const duration = { years, months, weeks, days, hours, minutes, seconds };
  if (Object.values(duration).every((n) => n === 0)) return undefined;
  return duration;
}

/** The instant `duration` after `start` (UTC calendar arithmetic). */
export function addDuration(start: Date, duration: Duration): Date {
  const d = new Date(start.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + duration.years, d.getUTCMonth() + duration.months, d.getUTCDate() + duration.weeks * 7 + duration.days);
  d.setUTCHours(d.getUTCHours() + duration.hours, d.getUTCMinutes() + duration.minutes, d.getUTCSeconds() + duration.seconds);
  return d;
}
