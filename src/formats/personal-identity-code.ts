/**
 * Finnish personal identity code (henkilötunnus, hetu): DDMMYYCZZZQ.
 *
 * - DDMMYY: the birth date; C, the century sign, gives the century. Since the 2023 reform
 *   (valtioneuvoston asetus in force 1.1.2023, new signs issued from 2024) the 1900s have `-` and
 *   `Y X W V U`, the 2000s `A` and `B C D E F`; the 1800s keep `+`. The sign is now part of the
 *   code's identity: `100190-999P` and `100190Y999P` are two different people (DVV).
 * - ZZZ: the individual number, odd for men and even for women. 002–899 are issued; 000 and 001
 *   never are; 900–999 are temporary codes given e.g. by hospitals and never entered into the
 *   Population Information System, so a register accepts them only when it says so.
 * - Q: the check character, `CHECK_CHARACTERS[(DDMMYYZZZ as a number) mod 31]`. The century sign
 *   does not take part, which is why the date must be checked against the century separately.
 *
 * Only uppercase is accepted (a lowercase code fails with reason `format`): DVV defines the code in
 * uppercase, and a register compares, searches and discloses codes as exact strings, so accepting
 * `131052-308t` would store a second spelling of the same person. Trimming and upper-casing what a
 * person typed is the input layer's job, before the value reaches validation.
 *
 * A birth date in the future is not refused: that needs a clock, and this module is pure.
 */

/** The 31 check characters: digits and letters without G, I, O, Q and Z (easily misread). */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The first year of the century each sign stands for. */
const CENTURY_START: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * The shape of a code as a JSON Schema `pattern` (ECMA-262, valid with and without the `u` flag):
 * digits, a known century sign, digits and a possible check character. Shape only: the date and
 * the check character are verified by `checkPersonalIdentityCode` (the `format` keyword).
 */
export const PIC_PATTERN = '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]$';

/**
 * What may be wrong with a code, in the order it is checked:
 * - `format`: not eleven characters of digits, an uppercase sign and an uppercase check character;
 * - `century`: the seventh character is no century sign;
 * - `date`: DDMMYY in that century is no calendar date (29.2. only in leap years);
 * - `individual-number`: 000 or 001, never issued;
 * - `check-character`: the check character does not match (checked before `temporary`, so a typo
 *   that happens to turn 308 into 908 is reported as the typo it is);
 * - `temporary`: a valid temporary code (900–999) where temporary codes are not allowed.
 */
export type PicFailure = 'format' | 'century' | 'date' | 'individual-number' | 'temporary' | 'check-character';

export type PicResult =
  | { ok: true; /** YYYY-MM-DD */ birthDate: string; temporary: boolean }
  | { ok: false; reason: PicFailure };

export interface PicOptions {
  /** Accept temporary codes (individual numbers 900–999). Default false. */
  allowTemporary?: boolean;
}

/** Digits, an uppercase sign and an uppercase check character, at fixed positions. */
const SHAPE = /^[0-9]{6}[-+A-Z][0-9]{3}[0-9A-Z]$/;

/** Checks a personal identity code and, when it is valid, tells its birth date. */
export function checkPersonalIdentityCode(value: string, options: PicOptions = {}): PicResult {
  if (!SHAPE.test(value)) return { ok: false, reason: 'format' };
  const day = value.slice(0, 2);
  const month = value.slice(2, 4);
  const yy = value.slice(4, 6);
  const individual = value.slice(7, 10);

  const centuryStart = CENTURY_START[value[6]!];
  if (centuryStart === undefined) return { ok: false, reason: 'century' };

  const year = centuryStart + Number(yy);
  if (!isCalendarDate(year, Number(month), Number(day))) return { ok: false, reason: 'date' };

  const individualNumber = Number(individual);
  if (individualNumber < 2) return { ok: false, reason: 'individual-number' };

  // Nine digits stay far below 2^53, so a plain number is exact.
  const expected = CHECK_CHARACTERS[Number(day + month + yy + individual) % 31];
  if (value[10] !== expected) return { ok: false, reason: 'check-character' };

  const temporary = individualNumber >= 900;
  if (temporary && !options.allowTemporary) return { ok: false, reason: 'temporary' };

  return { ok: true, birthDate: `${year}-${month}-${day}`, temporary };
}

/** True when `value` is a valid personal identity code (see `checkPersonalIdentityCode`). */
export function isPersonalIdentityCode(value: string, options: PicOptions = {}): boolean {
  return checkPersonalIdentityCode(value, options).ok;
}

/** A Gregorian calendar date: the month 1–12, the day within that month of that year. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
