/**
 * Dates and durations the way each language writes them: 23.11.2026 in Finnish and Swedish (as
 * used in Finland), 23 November 2026 in English; durations in the grammatical case the notice
 * sentences need ("1 vuoden kuluttua").
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { NOTICE_MESSAGES } from '../i18n/notice-messages.js';
import { parseDuration } from '../model/duration.js';

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Formats an ISO date (`2026-11-23`); anything else is shown as written. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls an impossible day over (2026-02-30 → 2.3.2026): show such a date as written.
  if (date.toISOString().slice(0, 10) !== iso) return iso;
  const style: Intl.DateTimeFormatOptions = lang === 'en' ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'numeric', year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALES[lang], { ...style, timeZone: 'UTC' }).format(date);
}

/** Formats an ISO 8601 duration for the notice sentences (`P1Y6M` → "1 vuoden ja 6 kuukauden"). */
export function formatDuration(iso: string, lang: Lang): string {
  // A unit the catalogue has no word for (minutes, seconds) would show its catalogue key
  // ("duration.fi.MIN.other") in a citizen's sentence: show the whole duration as written instead.
  let unspellable = false;
  const spelled = spellDuration(
    iso,
    (unit, n) => {
      const key = `duration.${lang}.${unit}.${plural(n, lang)}`;
      if (NOTICE_MESSAGES[key] === undefined) unspellable = true;
      return translate(NOTICE_MESSAGES, key, lang, { n });
    },
    translate(NOTICE_MESSAGES, 'duration.and', lang),
  );
  return unspellable ? iso : spelled;
}

/** A duration's unit in the catalogues: years, months, weeks, days, hours, minutes, seconds. */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S';

/**
 * Spells a duration with the caller's words (each catalogue needs its own grammatical case):
 * the non-zero units, largest first, joined "a, b and c". Anything unparseable is shown as written.
 */
export function spellDuration(iso: string, word: (unit: DurationUnit, n: number) => string, and: string): string {
  const duration = parseDuration(iso);
  if (!duration) return iso;
  const parts: Array<[DurationUnit, number]> = [
    ['Y', duration.years],
    ['M', duration.months],
    ['W', duration.weeks],
    ['D', duration.days],
    ['H', duration.hours],
    ['MIN', duration.minutes],
    ['S', duration.seconds],
  ];
  const words = parts.filter(([, n]) => n > 0).map(([unit, n]) => word(unit, n));
  if (words.length <= 1) return words[0] ?? iso;
  return `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

/** Plural category of a count in a language (Finnish genitives, Swedish and English plurals). */
function plural(n: number, lang: Lang): 'one' | 'other' {
  return new Intl.PluralRules(LOCALES[lang]).select(n) === 'one' ? 'one' : 'other';
}
