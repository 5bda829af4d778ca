import { describe, expect, it } from 'vitest';
import { isPostalCode } from '../../src/formats/postal-code.js';

describe('postal code (postinumero)', () => {
  // Posti's codes: 00100 Helsinki, 21200 Raisio (seeds/004), 74101 Iisalmi (a P.O. box code,
  // seeds/003), 80100 Joensuu (seeds/001), 99999 Korvatunturi; and 00000, which has the shape
  // though Posti does not use it: the check is the shape, not Posti's list.
  it.each(['00100', '21200', '74101', '80100', '99999', '00000'])('accepts %s', (code) => {
    expect(isPostalCode(code)).toBe(true);
  });

  it.each([
    ['0010', 'four digits'],
    ['001000', 'six digits'],
    [' 00100', 'leading space'],
    ['00100 ', 'trailing space'],
    ['00100\n', 'trailing newline'],
    ['00 100', 'space inside'],
    ['00-100', 'hyphen inside'],
    ['FI-00100', 'country prefix'],
    ['111 51', 'a Swedish postnummer'],
    ['SW1A 1AA', 'a British postcode'],
    ['0010O', 'letter O for zero'],
    ['１２３４５', 'full-width digits'],
    ['٠٠١٠٠', 'Arabic-Indic digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (code) => {
    expect(isPostalCode(code)).toBe(false);
  });
});
