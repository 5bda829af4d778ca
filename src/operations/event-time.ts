/**
 * When something happened, as staff give it for a consent or a disclosure: an ISO date
 * (`2026-03-02`, the day in Finnish time) or an ISO date-time with its offset
 * (`2026-03-02T10:15:00+02:00`); nothing means now. Never in the future. Stored as an ISO
 * date-time in UTC, so text order is time order.
 *
 * A date alone has no time of day, yet events of one consent must stay in order: today's date
 * means now; an earlier day means 12:00 UTC of it (inside that day in Finland, summer or winter),
 * or — on the day of the previous event — the moment of that event, so the new one still comes
 * after it.
 */
export type EventTime = { ok: true; at: string } | { ok: false; reason: 'bad-time' | 'future-time' | 'before-previous' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2}))$/;
/** No consent or disclosure of a municipal register is older than this. */
const EARLIEST_YEAR = 1900;

const HELSINKI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (`YYYY-MM-DD`) of an instant in Finnish time. */
export function helsinkiDate(instant: Date | string): string {
  return HELSINKI_DATE.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * Reads `raw` (undefined or empty: now). With `previous` (the time of the previous event of the
 * same consent), the result must not be before it.
 */
export function eventTime(raw: string | undefined, now: Date, previous?: string): EventTime {
  const text = raw?.trim() ?? '';
  let at: string;
  if (text === '') {
    at = now.toISOString();
  } else if (ISO_DATE.test(text)) {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    if (!realDate(year, month, day)) return { ok: false, reason: 'bad-time' };
    const today = helsinkiDate(now);
    if (text > today) return { ok: false, reason: 'future-time' };
    at = text === today ? now.toISOString() : `${text}T12:00:00.000Z`;
    if (previous !== undefined && helsinkiDate(previous) === text && at < previous) at = previous;
  } else {
    const match = ZONED.exec(text);
    if (!match) return { ok: false, reason: 'bad-time' };
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
    const offsetHours = match[9] === undefined ? 0 : Number(match[9]);
    const offsetMinutes = match[10] === undefined ? 0 : Number(match[10]);
    if (!realDate(year, month, day) || hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return { ok: false, reason: 'bad-time' };
    const time = new Date(text);
    if (Number.isNaN(time.getTime())) return { ok: false, reason: 'bad-time' };
    if (time.getTime() > now.getTime()) return { ok: false, reason: 'future-time' };
    at = time.toISOString();
  }
  if (previous !== undefined && at < previous) return { ok: false, reason: 'before-previous' };
  return { ok: true, at };
}

function realDate(year: number, month: number, day: number): boolean {
  return year >= EARLIEST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
