/** `seloste validate` covers the form files: located problems, a line per form, exit 1 on errors. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from '../helpers/cli.js';

const BROKEN = 'id: tapahtuma\nregistry: iisalmi-hakosalo\ntitle: Tapahtuma\nsections:\n  - id: tapahtuma\n    title: Tapahtuma\n    items:\n      - field: tapahtumt\n';

describe('seloste validate with forms', () => {
  it('checks forms/ after registries/ by default, with a summary line per form', async () => {
    const { code, out } = await runCli(['validate']);
    expect(code).toBe(0);
    expect(out).toMatch(/✓ forms\/iisalmi-hakosalo-asiakastapahtuma\.yaml: form asiakastapahtuma of iisalmi-hakosalo — 11 fields in 1 sections, modes: edit/);
    expect(out).toContain('✓ forms/raisio-asiakkaaksi.yaml: form asiakkaaksi of raisio-tyollisyyspalvelut');
    expect(out).toMatch(/9 file\(s\): 9 valid, 0 error\(s\), 0 warning\(s\)\.$/);
  });

  it('treats a file in a forms directory as a form and checks it against registries/', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'seloste-vf-')), 'forms');
    mkdirSync(dir);
    const file = join(dir, 'rikki.yaml');
    writeFileSync(file, BROKEN);
    const { code, out } = await runCli(['validate', file, '--lang', 'fi']);
    expect(code).toBe(1);
    expect(out).toContain(`${file}:8:16: virhe [form-unknown-field] sections[0].items[0].field`);
    expect(out).toContain('Rekisterissä "iisalmi-hakosalo" ei ole ylimmän tason kenttää "tapahtumt".');
    expect(out).toContain('Tarkoititko "tapahtumat"?');
    expect(out).toContain('8 |       - field: tapahtumt');
    expect(out).not.toContain('✓ registries/');
    expect(out).toMatch(/1 tiedosto\(a\): 0 kunnossa, 1 virhe\(ttä\)/);
  });

  it('treats a file with a top-level registry key as a form, next to the registries given', async () => {
    const file = tempFile('lomake.yaml', BROKEN.replace('tapahtumt', 'tapahtumat'));
    const { code, out } = await runCli(['validate', 'registries', file]);
    expect(code).toBe(0);
    expect(out).toContain(`✓ ${file}: form tapahtuma of iisalmi-hakosalo — 11 fields in 1 sections, modes: create, edit`);
    expect(out).toMatch(/6 file\(s\): 6 valid/);
  });

  it('lists forms and their problems in the JSON report', async () => {
    const broken = tempFile('lomake.yaml', BROKEN);
    const { code, out } = await runCli(['validate', broken, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.forms).toEqual([]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ code: 'form-unknown-field', position: { line: 8, column: 16 }, location: `${broken}:8:16` });

    const good = await runCli(['validate', '--format', 'json']);
    expect(JSON.parse(good.out).forms.map((form: { id: string }) => form.id).sort()).toEqual(['asiakastapahtuma', 'asiakkaaksi', 'lasnaolo', 'tyonantaja']);
  });
});
