/**
 * A strict RFC 4180 reader for the tests: records must end in CRLF, a quote may only open or close a
 * quoted field (doubled inside it), and anything else is an error, so a test cannot pass on output
 * a spreadsheet would read differently.
 */
export function parseCsv(text: string, separator: string = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== separator && next !== '\r') throw new Error(`text after a closing quote at ${i}`);
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === separator) {
      endField();
      i++;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\n') {
      throw new Error(`bare LF ending a record at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last record does not end in CRLF');
  return rows;
}
