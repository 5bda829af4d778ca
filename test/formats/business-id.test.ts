import { describe, expect, it } from 'vitest';
import { isBusinessId } from '../../src/formats/business-id.js';

describe('business ID (Y-tunnus)', () => {
  // Published IDs: Nokia Oyj, Helsingin kaupunki, Raision kaupunki; and a remainder-0 case.
  it.each(['0112038-9', '0201256-6', '0204819-8', '1572860-0'])('accepts %s', (id) => {
    expect(isBusinessId(id)).toBe(true);
  });

  it.each([
    ['0112038-8', 'wrong check digit'],
    ['0201256-0', 'wrong check digit'],
    ['112038-9', 'six digits'],
    ['01120389', 'no hyphen'],
    ['0112038-', 'no check digit'],
    ['FI01120389', 'VAT number form'],
    ['abcdefg-h', 'letters'],
  ])('rejects %s (%s)', (id) => {
    expect(isBusinessId(id)).toBe(false);
  });

  it('rejects every number whose remainder is 1 (never issued)', () => {
    // 0000006: weights give 2 * 6 = 12, remainder 1.
    for (let check = 0; check <= 9; check++) expect(isBusinessId(`0000006-${check}`)).toBe(false);
  });
});
