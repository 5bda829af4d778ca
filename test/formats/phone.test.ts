import { describe, expect, it } from 'vitest';
import { checkPhoneNumber, isPhoneNumber } from '../../src/formats/phone.js';

describe('phone number', () => {
  it.each([
    // As written in the seed notices (seeds/004: Raisio's switchboard and fax; seeds/003 and
    // 004: mobile numbers; seeds/003: Iisalmi's area code 017 in parentheses).
    ['(02) 434 3111', '+35824343111'],
    ['(02) 435 4382', '+35824354382'],
    ['(017) 824 339', '+35817824339'],
    ['040 489 4975', '+358404894975'],
    ['050 434 8641', '+358504348641'],
    // Kielitoimiston ohjepankki "Puhelinnumerot": how Finnish numbers are grouped.
    ['040 123 4567', '+358401234567'],
    ['09 123 456', '+3589123456'],
    ['09 1234', '+35891234'], // NSN of five digits, the shortest in Finland's numbering plan
    ['019 12 345', '+3581912345'],
    ['08 1234 5678', '+358812345678'],
    ['0295 333 200', '+358295333200'],
    ['0800 123 4567', '+3588001234567'],
    ['071 123 4567', '+358711234567'],
    // Other separators and forms from the brief.
    ['050-1234567', '+358501234567'],
    ['09 123 4567', '+35891234567'],
    ['09-123 4567', '+35891234567'],
    ['0295 000', '+358295000'],
    ['0401234567', '+358401234567'],
    ['(02)4343111', '+35824343111'],
    // International: Finland in E.164 form, the 00 prefix, the trunk prefix in parentheses.
    ['+358 40 123 4567', '+358401234567'],
    ['+358401234567', '+358401234567'],
    ['+358-40-123-4567', '+358401234567'],
    ['00358 40 1234567', '+358401234567'],
    ['00 358 40 123 4567', '+358401234567'],
    ['+358 (0)40 123 4567', '+358401234567'],
    ['+358 (0)2 434 3111', '+35824343111'],
    ['+358(0)9 1234', '+35891234'],
    ['+358 (9) 123 4567', '+35891234567'],
    ['+358 18 12345', '+3581812345'], // Åland: area code 018 under +358
    // Abroad: Sweden (Stockholm), the UK (with the trunk prefix in parentheses), the US.
    ['+46 8 123 456 78', '+46812345678'],
    ['0046 8 123 456 78', '+46812345678'],
    ['+44 (0)20 7946 0000', '+442079460000'],
    ['+1 202 555 0123', '+12025550123'],
    ['+372 612 3456', '+3726123456'],
    ['+123 456 789 012 345', '+123456789012345'], // 15 digits: E.164's maximum
  ])('accepts %j as %s', (value, e164) => {
    expect(checkPhoneNumber(value)).toEqual({ ok: true, e164 });
    expect(isPhoneNumber(value)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'only spaces'],
    ['- -', 'only separators'],
    ['()', 'only parentheses'],
    ['+', 'only a plus'],
    ['040', 'too short: an operator code alone'],
    ['09 123', 'NSN of four digits'],
    ['+358 40', 'too short'],
    ['+358 40 123 4567 8901', 'Finnish NSN of 13 digits'],
    ['040 123 4567 8901 2', 'Finnish NSN of 13 digits'],
    ['+1 234 567 8901 23456', '16 digits: longer than E.164 allows'],
    ['+46 812', 'foreign number under seven digits'],
    ['1234567', 'no trunk or international prefix: no area code'],
    ['434 3111', 'a local number without its area code'],
    ['++358401234567', 'doubled plus'],
    ['+358+401234567', 'plus inside'],
    ['+ 358 40 123 4567', 'space after the plus'],
    ['+0 123 456 789', 'country code starting with 0'],
    ['000 358 40 123', 'international prefix followed by a 0'],
    ['+358 040 123 4567', 'trunk prefix 0 after +358 outside parentheses'],
    ['+358 0 40 123', 'trunk prefix 0 after +358 outside parentheses'],
    ['soita 040 123 4567', 'letters'],
    ['040 123 4567 (ilta)', 'letters'],
    ['040 CALL NOW', 'letters'],
    ['040  123 4567', 'double space'],
    ['040 - 123 4567', 'space and hyphen together'],
    ['040--1234567', 'double hyphen'],
    ['-040 123 4567', 'leading hyphen'],
    ['040 123 4567-', 'trailing hyphen'],
    [' 040 123 4567', 'leading space'],
    ['040 123 4567 ', 'trailing space'],
    ['040\t123\t4567', 'tabs'],
    ['040\u00a0123\u00a04567', 'no-break spaces'],
    ['040/123 4567', 'slash'],
    ['040.123.4567', 'dots'],
    ['((02)) 434 3111', 'nested parentheses'],
    ['(02 434 3111', 'unclosed parenthesis'],
    ['02) 434 3111', 'unopened parenthesis'],
    ['(02) (434) 3111', 'two pairs of parentheses'],
    ['02 (434) 3111', 'parentheses not around the area code'],
    ['(+358) 40 123 4567', 'parentheses around the country code'],
    ['+358 40 (123) 4567', 'parentheses not around the area code'],
    ['０４０ １２３ ４５６７', 'full-width digits'],
    ['+358 40 123 4567 8901 2345 6789 0123 4567 8901', 'absurdly long'],
  ])('rejects %j (%s)', (value) => {
    expect(checkPhoneNumber(value)).toEqual({ ok: false });
    expect(isPhoneNumber(value)).toBe(false);
  });

  it('gives the same E.164 for every spelling of one number', () => {
    const spellings = ['040 123 4567', '040-123 4567', '040-1234567', '0401234567', '(040) 123 4567', '+358 40 123 4567', '+358 (0)40 123 4567', '00358 40 123 4567', '+358401234567'];
    const forms = new Set(spellings.map((spelling) => {
      const result = checkPhoneNumber(spelling);
      return result.ok ? result.e164 : `refused: ${spelling}`;
    }));
    expect([...forms]).toEqual(['+358401234567']);
  });
});
