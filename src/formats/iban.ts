/**
 * IBAN (ISO 13616): a two-letter country code, two check digits and the national account number
 * (BBAN), whose length each country fixes in the SWIFT IBAN registry.
 *
 * Accepted spellings are the two the standard defines: the electronic format (`FI2112345600000785`)
 * and the print format, groups of four separated by single spaces, the last group shorter
 * (`FI21 1234 5600 0007 85`). Other spacing, hyphens and lower case fail with reason `format`:
 * the registry writes IBANs in capitals, and a register that stored `fi21…` next to `FI21…` would
 * hold two spellings of one account. Upper-casing and trimming what a person typed belongs to the
 * input layer. The electronic form is returned for storage and comparison.
 *
 * Checked: shape, a country in the registry, that country's length, and the ISO 7064 MOD 97-10
 * check (remainder 1, check digits 02–98). Not checked: the BBAN's inner structure (bank codes,
 * national check digits) and whether the account exists.
 */

/**
 * IBAN length per country code, SWIFT IBAN registry (release 100, 89 countries). Marked: the 41
 * countries of the SEPA schemes' geographical scope (EPC: EU and EEA, CH, GB, MC, SM, VA, AD; AL
 * and ME from 2024, MD, MK and RS from 2025) and Gibraltar, a territory within it. Territories the
 * registry lists under another country (Åland under FI, the French overseas departments under FR,
 * Jersey, Guernsey and Man under GB) use that country's prefix and need no entries of their own.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, // SEPA
  AE: 23,
  AL: 28, // SEPA (2024)
  AT: 20, // SEPA
  AZ: 28,
  BA: 20,
  BE: 16, // SEPA
  BG: 22, // SEPA
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21, // SEPA
  CR: 22,
  CY: 28, // SEPA
  CZ: 24, // SEPA
  DE: 22, // SEPA
  DJ: 27,
  DK: 18, // SEPA
  DO: 28,
  EE: 20, // SEPA
  EG: 29,
  ES: 24, // SEPA
  FI: 18, // SEPA
  FK: 18,
  FO: 18,
  FR: 27, // SEPA
  GB: 22, // SEPA
  GE: 22,
  GI: 23, // SEPA
  GL: 18,
  GR: 27, // SEPA
  GT: 28,
  HN: 28,
  HR: 21, // SEPA
  HU: 28, // SEPA
  IE: 22, // SEPA
  IL: 23,
  IQ: 23,
  IS: 26, // SEPA
  IT: 27, // SEPA
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21, // SEPA
  LT: 20, // SEPA
  LU: 20, // SEPA
  LV: 21, // SEPA
  LY: 25,
  MC: 27, // SEPA
  MD: 24, // SEPA (2025)
  ME: 22, // SEPA (2024)
  MK: 19, // SEPA (2025)
  MN: 20,
  MR: 27,
  MT: 31, // SEPA
  MU: 30,
  NI: 28,
  NL: 18, // SEPA
  NO: 15, // SEPA
  OM: 23,
  PK: 24,
  PL: 28, // SEPA
  PS: 29,
  PT: 25, // SEPA
  QA: 29,
  RO: 24, // SEPA
  RS: 22, // SEPA (2025)
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24, // SEPA
  SI: 19, // SEPA
  SK: 24, // SEPA
  SM: 27, // SEPA
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22, // SEPA
  VG: 24,
  XK: 20,
  YE: 30,
});

export type IbanFailure = 'format' | 'country' | 'length' | 'checksum';

export type IbanResult = { ok: true; /** without spaces */ electronic: string } | { ok: false; reason: IbanFailure };

/** Electronic format: country, check digits, 1–30 alphanumerics (the registry's longest is 33). */
const ELECTRONIC = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/;
/** Print format: groups of exactly four, single spaces, a last group of one to four. */
const PRINTED = /^(?:[A-Z0-9]{4} )+[A-Z0-9]{1,4}$/;

/** Checks an IBAN in electronic or print format; gives its electronic format when valid. */
export function checkIban(value: string): IbanResult {
  if (value.length > 42) return { ok: false, reason: 'format' };
  const electronic = value.includes(' ') && PRINTED.test(value) ? value.replaceAll(' ', '') : value;
  if (!ELECTRONIC.test(electronic)) return { ok: false, reason: 'format' };

  const length = IBAN_LENGTHS[electronic.slice(0, 2)];
  if (length === undefined) return { ok: false, reason: 'country' };
  if (electronic.length !== length) return { ok: false, reason: 'length' };

  // 00, 01 and 99 are never computed (98 − n mod 97 gives 02–98), yet 01 ≡ 98, 00 ≡ 97 and
  // 99 ≡ 02 (mod 97) would pass the remainder test: refuse them explicitly.
  const checkDigits = Number(electronic.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return { ok: false, reason: 'checksum' };
  if (mod97(electronic.slice(4) + electronic.slice(0, 4)) !== 1) return { ok: false, reason: 'checksum' };
  return { ok: true, electronic };
}

/** True when `value` is a valid IBAN (see `checkIban`). */
export function isIban(value: string): boolean {
  return checkIban(value).ok;
}

/**
 * ISO 7064 MOD 97-10 of an alphanumeric string, letters counting as A = 10 … Z = 35. The digit
 * string is reduced seven digits at a time: the remainder (two digits) prefixed to seven more
 * stays below 10^9, exact in a double, so no BigInt is needed.
 */
export function mod97(alphanumeric: string): number {
  let digits = '';
  for (const character of alphanumeric) {
    const code = character.charCodeAt(0);
    digits += code >= 65 ? String(code - 55) : character;
  }
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) remainder = Number(`${remainder}${digits.slice(i, i + 7)}`) % 97;
  return remainder;
}
