/**
 * Deadlines of data-subject requests (GDPR Art 12(3)): one month from receipt unless a registry
 * states a shorter time for that right, extendable once by at most two further months. Periods
 * are counted in calendar dates as EU Regulation 1182/71 counts them (Art 3(2)(c)): a period of
 * months ends on the same day of the month, or on the month's last day when it has no such day
 * (received 31 January → due 28 February). The rule's move to the next working day after a
 * weekend or holiday is not applied: the earlier date is the safe one for the controller.
 */
import { parseDuration } from '../model/duration.js';
import type { Registry, RightKind } from '../model/types.js';
import { isShorterOrEqual, LEGAL_DEADLINE } from '../notices/rights.js';

/** Art 12(3): the deadline may be extended by two further months. */
export const MAX_EXTENSION = 'P2M';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD` (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** `date` plus `duration` (years, months, weeks, days; a shorter unit counts as a day), month ends clamped. */
export function addPeriod(date: string, duration: string): string {
  const period = parseDuration(duration);
  const match = ISO_DATE.exec(date);
  if (!period || !match) throw new RangeError(`addPeriod: "${date}" + "${duration}"`);
  const months = Number(match[2]) - 1 + period.years * 12 + period.months;
  const year = Number(match[1]) + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const clamped = new Date(Date.UTC(year, month, Math.min(Number(match[3]), lastDay)));
  // Hours, minutes or seconds in a deadline are a day: an answer is due on a date.
  const timeDays = period.hours + period.minutes + period.seconds > 0 ? 1 : 0;
  clamped.setUTCDate(clamped.getUTCDate() + period.weeks * 7 + period.days + timeDays);
  return clamped.toISOString().slice(0, 10);
}

/** The date in Finland at `now` (the registers are Finnish; a request received at 23.30 is received that day). */
export function finnishDate(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The period within which `registry` answers a request of `kind`: the right's own deadline, else
 * the registry's general one, else one month; never longer than the law's month.
 */
export function rightPeriod(registry: Registry, kind: RightKind): string {
  const stated = registry.rights?.items.find((item) => item.right === kind)?.exercise?.deadline ?? registry.rights?.exercise?.deadline;
  return stated !== undefined && parseDuration(stated) !== undefined && isShorterOrEqual(stated, LEGAL_DEADLINE) ? stated : LEGAL_DEADLINE;
}

/** The deadline of a request concerning `registries`: the earliest of their deadlines (one month with none). */
export function requestDeadline(registries: readonly Registry[], kind: RightKind, received: string): { deadline: string; period: string; registry?: string } {
  let best: { deadline: string; period: string; registry?: string } = { deadline: addPeriod(received, LEGAL_DEADLINE), period: LEGAL_DEADLINE };
  for (const registry of registries) {
    const period = rightPeriod(registry, kind);
    const deadline = addPeriod(received, period);
    if (deadline < best.deadline || (deadline === best.deadline && best.registry === undefined && period !== LEGAL_DEADLINE)) {
      best = { deadline, period, registry: registry.id };
    }
  }
  return best;
}

/** The latest date an extension may reach: two further months after the deadline. */
export function latestExtension(deadline: string): string {
  return addPeriod(deadline, MAX_EXTENSION);
}
