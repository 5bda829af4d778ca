import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROPA_COLUMNS } from '../../src/notices/ropa.js';
import { parseCsv } from '../notices/parse-csv.js';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  // What the process would write to stdout: every io.out call ends in "\n".
  return { code, stdout: out.map((line) => `${line}\n`).join(''), err: err.join('\n') };
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'seloste-ropa-'));

describe('seloste ropa', () => {
  it('writes the record of all registries to standard output as CSV: BOM, CRLF, one row per registry', async () => {
    const { code, stdout, err } = await run(['ropa', '--lang', 'fi']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(stdout.slice(1));
    expect(rows).toHaveLength(6);
    expect(rows[0]!.slice(0, 3)).toEqual(['Rekisterin tunnus', 'Rekisterin nimi', 'Rekisterinpitäjä ja yhteystiedot (30 art. 1 a)']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'helsinki-tyorasti',
      'iisalmi-hakosalo',
      'joensuu-tyollisyyspalvelut',
      'raisio-tyollisyyspalvelut',
      'walmu-asiakashallinta',
    ]);
    const raisio = rows.find((row) => row[0] === 'raisio-tyollisyyspalvelut')!;
    expect(raisio[ROPA_COLUMNS.indexOf('retention')]).toBe('1 vuosi tilasta ”Asiakkuus päättynyt”, sitten poisto');
  });

  it('takes the language from LANG and defaults to English', async () => {
    expect(parseCsv((await run(['ropa'], { LANG: 'sv_FI.UTF-8' })).stdout.slice(1))[0]![0]).toBe('Registrets id');
    expect(parseCsv((await run(['ropa'])).stdout.slice(1))[0]![0]).toBe('Registry id');
  });

  it('separates with ";" for Finnish Excel', async () => {
    const { code, stdout } = await run(['ropa', '--separator', ';', '--lang', 'fi']);
    expect(code).toBe(0);
    const rows = parseCsv(stdout.slice(1), ';');
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.length === ROPA_COLUMNS.length)).toBe(true);
    expect((await run(['ropa', '--separator=,'])).code).toBe(0);
  });

  it('refuses a separator a spreadsheet would not read, with exit 2', async () => {
    const { code, stdout, err } = await run(['ropa', '--separator', '|', '--lang', 'fi']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(err).toContain('Erotin "|" ei käy taulukkolaskentaan');
    expect((await run(['ropa', '--separator', 'tab'])).err).toContain('The separator "tab" is not one a spreadsheet reads');
  });

  it('writes to --out, and the file is the same bytes as standard output', async () => {
    const dir = tempDir();
    const file = join(dir, 'seloste.csv');
    const { code, stdout, err } = await run(['ropa', '--out', file, '--lang', 'fi']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`Kirjoitettiin 5 rekisterin käsittelytoimintojen seloste tiedostoon ${file}.\n`);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe((await run(['ropa', '--lang', 'fi'])).stdout);
    expect(readdirSync(dir)).toEqual(['seloste.csv']);
  });

  it('says so and leaves nothing behind when the file cannot be written', async () => {
    const dir = tempDir();
    const file = join(dir, 'missing', 'seloste.csv');
    const { code, err } = await run(['ropa', '--out', file]);
    expect(code).toBe(1);
    expect(err).toContain(`Could not write the record of processing activities to ${file}: ENOENT`);
    expect(readdirSync(dir)).toEqual([]);
    expect((await run(['ropa', '--out='])).code).toBe(2);
  });

  it('writes nothing and exits 1 when a definition is invalid, with the located problem', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rikki.yaml'), 'id: rikki\nlanguages: [fi]\nname: Rikki\nnmae: x\n');
    const out = join(dir, 'seloste.csv');
    const { code, stdout, err } = await run(['ropa', dir, '--out', out, '--lang', 'fi']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(err).toContain(`${join(dir, 'rikki.yaml')}:4:1: `);
    expect(err).toContain('[unknown-key] nmae');
    expect(err).toContain('Mitään ei tehty');
    expect(existsSync(out)).toBe(false);
  });
});
