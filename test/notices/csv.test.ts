import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/notices/csv.js';
import { parseCsv } from './parse-csv.js';

const HOSTILE = [
  'plain',
  'with "quotes" inside',
  '"',
  '""',
  'comma, inside',
  'semicolon; inside',
  'line\nbreak',
  'carriage\r\nreturn',
  '=cmd|\' /C calc\'!A0',
  '+358 40 123 4567',
  '-1',
  '@SUM(A1:A2)',
  '\tTAB first',
  '\rCR first',
  '<script>alert(1)</script>',
  'ääkköset ÅÄÖ – “typographic” ”quotes”',
  '',
  ' leading and trailing spaces ',
];

/** What a spreadsheet should show: the value, with a `'` before one that would start a formula. */
const shown = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('csvField', () => {
  it('leaves plain values as they are', () => {
    expect(csvField('Raision kaupunki')).toBe('Raision kaupunki');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with the separator, a quote, CR or LF and doubles the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('quotes for the separator in use only', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a;b', ',')).toBe('a;b');
  });

  it('defuses cells a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\nc,d\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('separates with ";" when asked', () => {
    expect(toCsv([['a', 'b,c', 'd;e']], { separator: ';' })).toBe('\uFEFFa;b,c;"d;e"\r\n');
  });

  for (const separator of [',', ';'] as const) {
    it(`round-trips hostile strings with "${separator}"`, () => {
      const rows = [HOSTILE, [...HOSTILE].reverse(), HOSTILE.map((value) => `${value}${separator}${value}`)];
      const csv = toCsv(rows, { separator });
      const parsed = parseCsv(csv.slice(1), separator);
      expect(parsed).toEqual(rows.map((row) => row.map(shown)));
    });
  }
});
