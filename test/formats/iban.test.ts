import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, checkIban, isIban, mod97, type IbanFailure } from '../../src/formats/iban.js';

/** MOD 97-10 computed independently: the whole number as a BigInt, letters A = 10 … Z = 35. */
function independentMod97(electronic: string): bigint {
  const rearranged = electronic.slice(4) + electronic.slice(0, 4);
  const digits = [...rearranged].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return BigInt(digits) % 97n;
}

/**
 * The example IBAN of each country in the SWIFT IBAN registry (print format, as the registry
 * shows them), plus GB82 WEST…, the ECBS example used in ISO 13616 and EPC documents. Every SEPA
 * country is here, and a few long and alphanumeric ones from outside SEPA.
 */
const REGISTRY_EXAMPLES = [
  'AD12 0001 2030 2003 5910 0100',
  'AT61 1904 3002 3457 3201',
  'BE68 5390 0754 7034',
  'BG80 BNBG 9661 1020 3456 78',
  'CH93 0076 2011 6238 5295 7',
  'CY17 0020 0128 0000 0012 0052 7600',
  'CZ65 0800 0000 1920 0014 5399',
  'DE89 3704 0044 0532 0130 00',
  'DK50 0040 0440 1162 43',
  'EE38 2200 2210 2014 5685',
  'ES91 2100 0418 4502 0005 1332',
  'FI21 1234 5600 0007 85',
  'FR14 2004 1010 0505 0001 3M02 606',
  'GB29 NWBK 6016 1331 9268 19',
  'GB82 WEST 1234 5698 7654 32',
  'GI75 NWBK 0000 0000 7099 453',
  'GR16 0110 1250 0000 0001 2300 695',
  'HR12 1001 0051 8630 0016 0',
  'HU42 1177 3016 1111 1018 0000 0000',
  'IE29 AIBK 9311 5212 3456 78',
  'IS14 0159 2600 7654 5510 7303 39',
  'IT60 X054 2811 1010 0000 0123 456',
  'LI21 0881 0000 2324 013A A',
  'LT12 1000 0111 0100 1000',
  'LU28 0019 4006 4475 0000',
  'LV80 BANK 0000 4351 9500 1',
  'MC58 1122 2000 0101 2345 6789 030',
  'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
  'NL91 ABNA 0417 1643 00',
  'NO93 8601 1117 947',
  'PL61 1090 1014 0000 0712 1981 2874',
  'PT50 0002 0123 1234 5678 9015 4',
  'RO49 AAAA 1B31 0075 9384 0000',
  'SE45 5000 0000 0583 9825 7466',
  'SI56 2633 0001 2039 086',
  'SK31 1200 0000 1987 4263 7541',
  'SM86 U032 2509 8000 0000 0270 100',
  'VA59 0011 2300 0012 3456 78',
  'AL47 2121 1009 0000 0002 3569 8741',
  'MD24 AG00 0225 1000 1310 4168',
  'ME25 5050 0001 2345 6789 51',
  'MK07 2501 2000 0058 984',
  'RS35 2600 0560 1001 6113 79',
  'BR18 0036 0305 0000 1000 9795 493C 1',
  'LC55 HEMM 0001 0001 0012 0012 0002 3015',
  'SC18 SSCB 1101 0000 0000 0000 1497 USD',
  'UA21 3223 1300 0002 6007 2335 6600 1',
];

/** SEPA schemes' geographical scope (EPC, 41 countries as of 2025) and Gibraltar. */
const SEPA = [
  ...['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
  ...['IS', 'LI', 'NO', 'CH', 'GB', 'MC', 'SM', 'VA', 'AD', 'AL', 'ME', 'MD', 'MK', 'RS', 'GI'],
];

describe('IBAN', () => {
  it.each(REGISTRY_EXAMPLES)('accepts the registry example %s, printed and electronic', (printed) => {
    const electronic = printed.replaceAll(' ', '');
    expect(independentMod97(electronic)).toBe(1n);
    expect(electronic.length).toBe(IBAN_LENGTHS[electronic.slice(0, 2)]);
    expect(checkIban(printed)).toEqual({ ok: true, electronic });
    expect(checkIban(electronic)).toEqual({ ok: true, electronic });
    expect(isIban(printed)).toBe(true);
  });

  it.each([
    // Check digits 98, 97 and 02 (computed here, confirmed by the BigInt check below), whose
    // equivalents mod 97 (01, 00, 99) are never issued.
    ['FI9812345600000078'],
    ['FI9712345600000096'],
    ['FI0212345600000060'],
  ])('accepts %s (check digits at the edges of 02–98)', (iban) => {
    expect(independentMod97(iban)).toBe(1n);
    expect(checkIban(iban)).toEqual({ ok: true, electronic: iban });
  });

  it.each<[string, IbanFailure, string]>([
    // Checksum.
    ['FI21 1234 5600 0007 86', 'checksum', 'last digit changed'],
    ['FI12 1234 5600 0007 85', 'checksum', 'check digits transposed'],
    ['FI21 1234 5600 0070 85', 'checksum', 'account digits transposed'],
    ['DE89 3704 0044 0532 0130 01', 'checksum', 'last digit changed'],
    ['GB82 WEST 1234 5698 7654 33', 'checksum', 'last digit changed'],
    ['GB82 TEST 1234 5698 7654 32', 'checksum', 'bank code letter changed'],
    ['FI0112345600000078', 'checksum', '01 ≡ 98 (mod 97) passes the remainder test but is never issued'],
    ['FI0012345600000096', 'checksum', '00 ≡ 97 (mod 97), never issued'],
    ['FI9912345600000060', 'checksum', '99 ≡ 02 (mod 97), never issued'],
    // Length for the country.
    ['FI21 1234 5600 0007 8', 'length', 'FI has 18 characters, this 17'],
    ['FI21 1234 5600 0007 850', 'length', 'FI with 19'],
    ['NO93 8601 1117 9470', 'length', 'NO has 15'],
    ['DE89 3704 0044 0532 0130', 'length', 'DE has 22'],
    ['SE45 5000 0000 0583 9825 746', 'length', 'SE has 24'],
    // Country.
    ['XX21 1234 5600 0007 85', 'country', 'no such country'],
    ['US64 SVBK US6S 3300 9673 86', 'country', 'the US has no IBAN'],
    ['AX21 1234 5600 0007 85', 'country', 'Åland uses the FI prefix'],
    // Format.
    ['fi21 1234 5600 0007 85', 'format', 'lower case: the registry writes capitals'],
    ['GB82 west 1234 5698 7654 32', 'format', 'lower case in the BBAN'],
    ['gb82 west 1234 5698 7654 32', 'format', 'lower case'],
    ['FI21-1234-5600-0007-85', 'format', 'hyphens'],
    ['FI21  1234 5600 0007 85', 'format', 'double space'],
    ['FI2112 3456 0000 0785', 'format', 'groups not of four'],
    ['FI21 1234 5600 0007 85 ', 'format', 'trailing space'],
    [' FI21 1234 5600 0007 85', 'format', 'leading space'],
    ['FI21\t1234\t5600\t0007\t85', 'format', 'tabs'],
    ['FI21 1234 5600 0007 85\n', 'format', 'trailing newline'],
    ['FIXX 1234 5600 0007 85', 'format', 'letters for check digits'],
    ['1234 5600 0007 85', 'format', 'no country code'],
    ['FI21', 'format', 'no account number'],
    ['FI21 1234 5600 0007 8€', 'format', 'not alphanumeric'],
    ['DE89 3704 0044 0532 0130 00 0000 0000 0000 0000', 'format', 'longer than any IBAN'],
    ['', 'format', 'empty'],
  ])('rejects %j as %s (%s)', (value, reason) => {
    expect(checkIban(value)).toEqual({ ok: false, reason });
    expect(isIban(value)).toBe(false);
  });

  it('has a length for every SEPA country, as the registry gives them', () => {
    for (const country of SEPA) expect(IBAN_LENGTHS[country], country).toBeGreaterThanOrEqual(15);
    expect(IBAN_LENGTHS).toMatchObject({ FI: 18, SE: 24, DE: 22, EE: 20, NO: 15, GB: 22, FR: 27, DK: 18, MT: 31, BE: 16 });
    for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(length).toBeGreaterThanOrEqual(15);
      expect(length).toBeLessThanOrEqual(34); // ISO 13616's maximum
    }
  });

  it('computes mod 97 in chunks exactly as a BigInt would', () => {
    // Long strings exercise many chunks; letters expand to two digits each.
    const samples = ['LC55HEMM000100010012001200023015', 'MT84MALT011000012345MTLCAST001S', 'ZZ99ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ', '0000000000000000000000000000000001'];
    for (const sample of samples) expect(BigInt(mod97(sample.slice(4) + sample.slice(0, 4)))).toBe(independentMod97(sample));
    for (let n = 0; n < 300; n++) {
      const digits = String(n * 7919 + 1).padStart(30, '9');
      expect(BigInt(mod97(digits))).toBe(BigInt(digits) % 97n);
    }
  });
});
