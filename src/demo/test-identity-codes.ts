/**
 * Personal identity codes for demo data. Only temporary codes (individual number 900–999) are
 * made: DVV never enters them into the Population Information System, so a generated code can
 * never be a living person's real code, which any code of 002–899 could be. Each code has a real
 * birth date and a correct check character, so it passes validation wherever temporary codes are
 * allowed (demo validators allow them).
 */
import { checkPersonalIdentityCode } from '../formats/personal-identity-code.js';
import type { Rng } from './random.js';

/** Demo people are born in these years (inclusive): working-age customers of employment services. */
export const FIRST_BIRTH_YEAR = 1960;
export const LAST_BIRTH_YEAR = 2006;

/** The lowest and highest temporary individual numbers. */
const FIRST_TEMPORARY = 900;
const LAST_TEMPORARY = 999;

/** The 31 check characters (digits and letters without G, I, O, Q and Z). */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const DAY_MS = 86_400_000;

/** Odd individual numbers are men's, even ones women's. */
export type Sex = 'female' | 'male';

/**
 * A birth date (UTC midnight) uniformly between 1.1.`FIRST_BIRTH_YEAR` and 31.12.`LAST_BIRTH_YEAR`,
 * and no later than `latest` when given (a person must be old enough to be a customer); a
 * `latest` before the first year is ignored.
 */
export function randomBirthDate(rng: Rng, latest?: Date): Date {
  const first = Date.UTC(FIRST_BIRTH_YEAR, 0, 1) / DAY_MS;
  let last = Date.UTC(LAST_BIRTH_YEAR, 11, 31) / DAY_MS;
  if (latest) {
    const bound = Math.floor(Date.UTC(latest.getUTCFullYear(), latest.getUTCMonth(), latest.getUTCDate()) / DAY_MS);
    if (bound >= first) last = Math.min(last, bound);
  }
  return new Date(rng.int(first, last) * DAY_MS);
}

/**
 * A temporary personal identity code (DDMMYYCZZZQ, ZZZ 900–999) with a correct check character.
 * `birthDate` (its UTC calendar date) defaults to a random date in 1960–2006; `sex` sets the
 * parity of the individual number (odd: male), random when not given. The century sign is `-`
 * for the 1900s and `A` for the 2000s (the signs issued to everyone; the 2023 extra signs are
 * only for codes that would otherwise collide).
 */
export function testIdentityCode(rng: Rng, birthDate?: Date, sex?: Sex): string {
  const date = birthDate ?? randomBirthDate(rng);
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 2099) throw new RangeError(`no century sign for ${year} in demo codes`);
  const dd = pad(date.getUTCDate(), 2);
  const mm = pad(date.getUTCMonth() + 1, 2);
  const yy = pad(year % 100, 2);
  const sign = year < 2000 ? '-' : 'A';

  // 900–999 holds 50 odd and 50 even numbers: pick one of the wanted parity.
  const parity = sex === undefined ? rng.int(0, 1) : sex === 'male' ? 1 : 0;
  const individual = FIRST_TEMPORARY + 2 * rng.int(0, (LAST_TEMPORARY - FIRST_TEMPORARY - 1) / 2) + parity;
  const zzz = pad(individual, 3);

  const check = CHECK_CHARACTERS[Number(dd + mm + yy + zzz) % 31]!;
  return `${dd}${mm}${yy}${sign}${zzz}${check}`;
}

/** True when `code` is a valid personal identity code and a temporary one (900–999). */
export function isTestIdentityCode(code: string): boolean {
  const result = checkPersonalIdentityCode(code, { allowTemporary: true });
  return result.ok && result.temporary;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
