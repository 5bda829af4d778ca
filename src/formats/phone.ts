/**
 * Phone numbers as Finnish notices and people write them, normalized to E.164.
 *
 * - Finnish national: the trunk prefix 0 and the national significant number (NSN):
 *   `040 123 4567`, `050-1234567`, `09 123 4567`, `(02) 434 3111`, `0295 000`.
 * - International: `+` or the international prefix `00`, then the country code:
 *   `+358 40 123 4567`, `00358 40 1234567`, `+46 8 123 456 78`. The trunk prefix may be shown in
 *   parentheses after the country code, `+358 (0)40 123 4567`, and is then dropped.
 *
 * Separators are single spaces or hyphens between digit groups, and one pair of parentheses around
 * the area code (the first group of a national number, the group after the country code of an
 * international one). Anything else (letters, `++`, a `+` after the start, doubled separators,
 * other whitespace) is refused rather than guessed at. Leading and trailing spaces are refused too:
 * a value is checked as it will be stored, and trimming belongs to the input layer.
 *
 * Lengths: E.164 allows at most 15 digits and a country code never starts with 0. For Finland
 * (+358) the NSN has 5–12 digits (Traficom's national numbering plan; `09 1234`, the shortest
 * Helsinki form, has five) and does not start with 0, so `+358 040 …` is refused: the 0 belongs in
 * parentheses or nowhere. Other countries' plans are not modelled: a foreign number needs at least
 * 7 digits with its country code, which refuses fragments while accepting the shortest numbers in
 * use. This is a plausibility check, not a numbering-plan lookup; whether a number is in service
 * cannot be known offline.
 */

export type PhoneResult = { ok: true; /** `+` and digits */ e164: string } | { ok: false };

const FINLAND = '358';
const E164_MAX_DIGITS = 15;
const FINNISH_NSN_MIN = 5;
const FINNISH_NSN_MAX = 12;
const FOREIGN_MIN_DIGITS = 7;
/** Longer input is no phone number; the bound keeps the work constant. */
const MAX_INPUT_LENGTH = 40;

/** Frozen: the one failure value is shared by every call. */
const INVALID: PhoneResult = Object.freeze({ ok: false });

/** Checks a phone number and gives its E.164 form (`+358401234567`). */
export function checkPhoneNumber(value: string): PhoneResult {
  if (value.length > MAX_INPUT_LENGTH) return INVALID;
  const plus = value.startsWith('+');
  const groups = digitGroups(plus ? value.slice(1) : value);
  if (!groups) return INVALID;

  const first = groups[0]!.digits;
  const international = plus || first.startsWith('00');
  // The parenthesized group is the area code: first nationally, after the country code abroad
  // (which follows a "00" written as a group of its own, as in "00 358 (0)40 …").
  const areaCode = !international ? 0 : !plus && first === '00' ? 2 : 1;
  const parenthesized = groups.findIndex((group) => group.parenthesized);
  if (parenthesized !== -1 && parenthesized !== areaCode) return INVALID;

  let digits: string;
  if (international) {
    // A parenthesized "(0)" after the country code is the trunk prefix, not part of the number.
    const kept = groups.filter((group) => !(group.parenthesized && group.digits === '0'));
    digits = kept.map((group) => group.digits).join('');
    if (!plus) digits = digits.slice(2);
  } else {
    if (!first.startsWith('0')) return INVALID; // a local number without its area code
    digits = FINLAND + groups.map((group) => group.digits).join('').slice(1);
  }

  if (!isPlausibleE164(digits)) return INVALID;
  return { ok: true, e164: `+${digits}` };
}

/** True when `value` is a phone number `checkPhoneNumber` accepts. */
export function isPhoneNumber(value: string): boolean {
  return checkPhoneNumber(value).ok;
}

interface DigitGroup {
  digits: string;
  parenthesized: boolean;
}

/**
 * Splits `040 123-4567` or `(02) 434 3111` into digit groups. Between groups: one space or
 * hyphen; a parenthesized group may also touch its neighbours (`(02)4343111`). At most one pair
 * of parentheses, holding digits only. Returns undefined for anything else.
 */
function digitGroups(text: string): DigitGroup[] | undefined {
  const groups: DigitGroup[] = [];
  const token = /\(([0-9]+)\)|([0-9]+)|([ -])/y;
  let separated = true; // at the start, as after a separator: a group may follow
  let afterParenthesized = false;
  while (token.lastIndex < text.length) {
    const match = token.exec(text); // sticky: matches right at lastIndex or not at all
    if (!match) return undefined;
    const [, inParentheses, plain, separator] = match;
    if (separator !== undefined) {
      if (separated) return undefined; // leading or doubled separator
      separated = true;
      afterParenthesized = false;
      continue;
    }
    if (inParentheses !== undefined) {
      if (groups.some((group) => group.parenthesized)) return undefined;
      groups.push({ digits: inParentheses, parenthesized: true });
      afterParenthesized = true;
    } else {
      // Two plain groups need a separator; a parenthesized one needs none.
      if (!separated && !afterParenthesized) return undefined;
      groups.push({ digits: plain!, parenthesized: false });
      afterParenthesized = false;
    }
    separated = false;
  }
  if (groups.length === 0 || separated) return undefined; // empty, or a trailing separator
  return groups;
}

/** E.164 digits (country code first): the length bounds, and Finland's NSN rules. */
function isPlausibleE164(digits: string): boolean {
  if (digits.length > E164_MAX_DIGITS || digits.startsWith('0')) return false;
  if (digits.startsWith(FINLAND)) {
    const nsn = digits.slice(FINLAND.length);
    return nsn.length >= FINNISH_NSN_MIN && nsn.length <= FINNISH_NSN_MAX && !nsn.startsWith('0');
  }
  return digits.length >= FOREIGN_MIN_DIGITS;
}
