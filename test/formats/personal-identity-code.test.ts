import { describe, expect, it } from 'vitest';
import {
  PIC_PATTERN,
  checkPersonalIdentityCode,
  isPersonalIdentityCode,
  type PicFailure,
} from '../../src/formats/personal-identity-code.js';

/**
 * The check character computed independently of the implementation: BigInt and the remainder
 * table written out as DVV publishes it (remainder → character), instead of a string index.
 */
const TABLE: Record<string, string> = {
  '0': '0', '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9',
  '10': 'A', '11': 'B', '12': 'C', '13': 'D', '14': 'E', '15': 'F', '16': 'H', '17': 'J', '18': 'K',
  '19': 'L', '20': 'M', '21': 'N', '22': 'P', '23': 'R', '24': 'S', '25': 'T', '26': 'U', '27': 'V',
  '28': 'W', '29': 'X', '30': 'Y',
};
function independentCheck(code: string): string {
  const nine = BigInt(code.slice(0, 6) + code.slice(7, 10));
  return TABLE[String(nine % 31n)]!;
}

describe('personal identity code (henkilötunnus)', () => {
  // Valid permanent codes: [code, birth date, source].
  it.each([
    // DVV's example person (Maija Mäkinotkelma, "Mitä henkilötunnus kertoo?") and Wikipedia's
    // "Finnish national identification number": a woman born 13 October 1952.
    ['131052-308T', '1952-10-13', 'DVV'],
    // One code per century sign, computed here and checked by `independentCheck` below.
    ['131052+308T', '1852-10-13', '+ 1800s'],
    ['131052Y308T', '1952-10-13', 'Y 1900s (2023 reform)'],
    ['131052X308T', '1952-10-13', 'X 1900s (2023 reform)'],
    ['131052W308T', '1952-10-13', 'W 1900s (2023 reform)'],
    ['131052V308T', '1952-10-13', 'V 1900s (2023 reform)'],
    ['131052U308T', '1952-10-13', 'U 1900s (2023 reform)'],
    ['010105A123P', '2005-01-01', 'A 2000s'],
    ['010516B002V', '2016-05-01', 'B 2000s (2023 reform)'],
    ['020516C101P', '2016-05-02', 'C 2000s (2023 reform)'],
    ['030516D2228', '2016-05-03', 'D 2000s (2023 reform)'],
    ['010501E3452', '2001-05-01', 'E 2000s (2023 reform)'],
    ['020503F8993', '2003-05-02', 'F 2000s (2023 reform), individual number 899'],
    // Leap days: the same digits are a date in 2000 (divisible by 400) but not in 1900 or 1800.
    ['290200A002C', '2000-02-29', '29 Feb 2000, leap year'],
    ['290296-0025', '1996-02-29', '29 Feb 1996, leap year'],
    ['290204B002D', '2004-02-29', '29 Feb 2004, leap year, new sign'],
    ['131052-002X', '1952-10-13', 'individual number 002, the lowest issued'],
    ['131052-899V', '1952-10-13', 'individual number 899, the highest issued'],
  ])('accepts %s (born %s; %s)', (code, birthDate) => {
    expect(independentCheck(code)).toBe(code[10]);
    expect(checkPersonalIdentityCode(code)).toEqual({ ok: true, birthDate, temporary: false });
    expect(checkPersonalIdentityCode(code, { allowTemporary: true })).toEqual({ ok: true, birthDate, temporary: false });
    expect(isPersonalIdentityCode(code)).toBe(true);
    expect(new RegExp(PIC_PATTERN).test(code)).toBe(true);
    expect(new RegExp(PIC_PATTERN, 'u').test(code)).toBe(true); // ajv compiles patterns with `u`
  });

  // Temporary codes (individual numbers 900–999): [code, birth date, source].
  it.each([
    // DVV's fictitious test persons for the century-sign reform (test data linked from
    // dvv.fi/hetu-uudistus): every new sign, all with temporary individual numbers.
    ['010594Y9032', '1994-05-01', 'DVV test person, Y'],
    ['010594Y9021', '1994-05-01', 'DVV test person, Y'],
    ['020594X903P', '1994-05-02', 'DVV test person, X'],
    ['020594X902N', '1994-05-02', 'DVV test person, X'],
    ['030594W903B', '1994-05-03', 'DVV test person, W'],
    ['030694W9024', '1994-06-03', 'DVV test person, W'],
    ['040594V9030', '1994-05-04', 'DVV test person, V'],
    ['040594V902Y', '1994-05-04', 'DVV test person, V'],
    ['050594U903M', '1994-05-05', 'DVV test person, U'],
    ['050594U902L', '1994-05-05', 'DVV test person, U'],
    ['010516B903X', '2016-05-01', 'DVV test person, B'],
    ['010516B902W', '2016-05-01', 'DVV test person, B'],
    ['020516C903K', '2016-05-02', 'DVV test person, C'],
    ['020516C902J', '2016-05-02', 'DVV test person, C'],
    ['030516D9037', '2016-05-03', 'DVV test person, D'],
    ['030516D9026', '2016-05-03', 'DVV test person, D'],
    ['010501E9032', '2001-05-01', 'DVV test person, E'],
    ['020502E902X', '2002-05-02', 'DVV test person, E'],
    ['020503F9037', '2003-05-02', 'DVV test person, F'],
    ['020504A902E', '2004-05-02', 'DVV test person, A'],
    ['020504B904H', '2004-05-02', 'DVV test person, B'],
    // DVV press release 11.12.2023 on the new signs: two fictitious codes that differ only in the
    // century sign and belong to different people.
    ['100190-999P', '1990-01-10', 'DVV press release'],
    ['100190Y999P', '1990-01-10', 'DVV press release'],
    ['131052-900W', '1952-10-13', 'individual number 900, the lowest temporary'],
    ['131052-9993', '1952-10-13', 'individual number 999, the highest temporary'],
  ])('temporary %s (born %s; %s): refused unless allowed', (code, birthDate) => {
    expect(independentCheck(code)).toBe(code[10]);
    expect(checkPersonalIdentityCode(code)).toEqual({ ok: false, reason: 'temporary' });
    expect(isPersonalIdentityCode(code)).toBe(false);
    expect(checkPersonalIdentityCode(code, { allowTemporary: true })).toEqual({ ok: true, birthDate, temporary: true });
    expect(isPersonalIdentityCode(code, { allowTemporary: true })).toBe(true);
  });

  const invalid: Array<[string, PicFailure, string]> = [
    // Dates, with correct check characters so only the date can be the reason.
    ['290200-002C', 'date', '29 Feb 1900: 1900 is no leap year (same digits as 290200A002C)'],
    ['290200+002C', 'date', '29 Feb 1800: no leap year'],
    ['290297-002D', 'date', '29 Feb 1997: no leap year'],
    ['310496-0022', 'date', '31 April'],
    ['011396-002Y', 'date', 'month 13'],
    ['001052-308' + independentCheck('001052-308_'), 'date', 'day 00'],
    ['130052-308' + independentCheck('130052-308_'), 'date', 'month 00'],
    ['321052-308' + independentCheck('321052-308_'), 'date', 'day 32'],
    // Individual numbers never issued.
    ['131052-000V', 'individual-number', 'individual number 000'],
    ['131052-001W', 'individual-number', 'individual number 001'],
    // Check characters.
    ['131052-308U', 'check-character', 'DVV example with a wrong check character'],
    ['131052-308G', 'check-character', 'G is never a check character'],
    ['131052-380T', 'check-character', 'transposed individual number'],
    ['131052-908T', 'check-character', 'a typo that looks temporary is reported as the typo'],
    ['100190-999K', 'check-character', 'wrong check character on a temporary code'],
    // Century signs.
    ['131052G308T', 'century', 'G is no century sign'],
    ['131052Z308T', 'century', 'Z is no century sign'],
    ['131052M308T', 'century', 'M is no century sign'],
    // Shape.
    ['131052-308t', 'format', 'lowercase check character: DVV writes codes in uppercase'],
    ['131052a308T', 'format', 'lowercase century sign'],
    ['131052y308T', 'format', 'lowercase new century sign'],
    [' 131052-308T', 'format', 'leading space'],
    ['131052-308T ', 'format', 'trailing space'],
    ['131052-308T\n', 'format', 'trailing newline'],
    ['131052 308T', 'format', 'space for the century sign'],
    ['131052/308T', 'format', 'slash for the century sign'],
    ['131052–308T', 'format', 'en dash for the century sign'],
    ['131052-308', 'format', 'length 10: no check character'],
    ['131052308T', 'format', 'length 10: no century sign'],
    ['131052-3081T', 'format', 'length 12'],
    ['131052--308T', 'format', 'length 12: doubled sign'],
    ['1310523-08T', 'format', 'digits out of place'],
    ['１３１０５２-３０８Ｔ', 'format', 'full-width characters'],
    ['', 'format', 'empty'],
  ];
  it.each(invalid)('rejects %j as %s (%s)', (code, reason) => {
    expect(checkPersonalIdentityCode(code)).toEqual({ ok: false, reason });
    expect(checkPersonalIdentityCode(code, { allowTemporary: true })).toEqual({ ok: false, reason });
    expect(isPersonalIdentityCode(code, { allowTemporary: true })).toBe(false);
  });

  it('has correct check characters on the date vectors, so the date is what fails', () => {
    for (const [code, reason] of invalid) if (reason === 'date' || reason === 'individual-number') expect(independentCheck(code)).toBe(code[10]);
  });

  it('agrees with the independent check character for every issued individual number', () => {
    // Sweep 002–899 for one date: every result must agree with the independent computation.
    for (let n = 2; n <= 899; n++) {
      const stem = `010170-${String(n).padStart(3, '0')}`;
      const check = independentCheck(`${stem}_`);
      expect(isPersonalIdentityCode(stem + check)).toBe(true);
      const wrong = check === '0' ? '1' : '0';
      expect(checkPersonalIdentityCode(stem + wrong)).toEqual({ ok: false, reason: 'check-character' });
    }
  });

  it('PIC_PATTERN describes the shape only', () => {
    const pattern = new RegExp(PIC_PATTERN, 'u');
    expect(pattern.test('310496-0022')).toBe(true); // 31 April: shape fine, date checked elsewhere
    expect(pattern.test('131052-308U')).toBe(true); // wrong check character, right shape
    for (const code of ['131052-308t', '131052G308T', '131052-308G', '131052-308I', '131052-308O', '131052-308Q', '131052-308Z', '131052308T', ' 131052-308T', '131052-308T\n'])
      expect(pattern.test(code), code).toBe(false);
  });
});
