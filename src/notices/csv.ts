/**
 * A small CSV writer for spreadsheets (RFC 4180): fields with the separator, a quote, CR or LF are
 * quoted and quotes doubled; records end in CRLF; the text starts with a UTF-8 byte order mark,
 * without which Excel in Finland reads UTF-8 as Windows-1252 and garbles ä and ö.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, tab or CR would be run as a formula by a spreadsheet
 * (CSV injection): it gets a leading `'`, as OWASP recommends, so it shows as the text it is.
 */

/** The separators a spreadsheet reads: `,` (the RFC) or `;` (Excel where `,` is the decimal mark). */
export type CsvSeparator = ',' | ';';

export const CSV_SEPARATORS: readonly CsvSeparator[] = [',', ';'];

export interface CsvOptions {
  separator?: CsvSeparator;
}

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, defused and quoted as needed. */
export function csvField(value: string, separator: CsvSeparator = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV text: BOM, the separator between fields, CRLF after every record. */
export function toCsv(rows: ReadonlyArray<readonly string[]>, options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  return BOM + rows.map((row) => `${row.map((value) => csvField(value, separator)).join(separator)}\r\n`).join('');
}
