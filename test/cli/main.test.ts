import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from '../helpers/cli.js';

const run = runCli;


describe('seloste validate', () => {
  it('passes on the registries directory by default and prints one summary line per registry', async () => {
    const { code, out } = await run(['validate']);
    expect(code).toBe(0);
    expect(out).toMatch(/✓ registries\/raisio-tyollisyyspalvelut\.yaml: raisio-tyollisyyspalvelut — \d+ fields in \d+ categories, 2 disclosures, 1 retention rules/);
    expect(out).toMatch(/0 error\(s\), 0 warning\(s\)\.$/);
  });

  it('prints located problems and exits 1 on errors', async () => {
    const file = tempFile('broken.yaml', 'id: testi\nlanguages: [fi]\nname: Testi\nnmae: x\n');
    const { code, out } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(out.replace(file, 'broken.yaml')).toContain(
      [
        'broken.yaml:4:1: error [unknown-key] nmae',
        '  Unknown key "nmae". Allowed here: id, languages, name, description, notice, controller, joint_controllers, joint_arrangement, representatives, contacts, dpo, register_form, data_subjects, purposes, legal_bases, provision, secrecy, consents, categories, sources, sources_statement, disclosures, linkages, systems, processors, transfers, automated_decisions, security, retention, rights, administration, roles, lifecycle, reports, data_changes. Did you mean "name"?',
        '  4 | nmae: x',
        '    | ^^^^',
      ].join('\n'),
    );
  });

  it('speaks Finnish with --lang fi or a Finnish locale', async () => {
    const file = tempFile('broken.yaml', 'id: testi\nlanguages: [fi]\nname: Testi\nnmae: x\n');
    expect((await run(['validate', file, '--lang', 'fi'])).out).toContain('Tuntematon avain "nmae"');
    expect((await run(['validate', file], { LANG: 'fi_FI.UTF-8' })).out).toContain('Tarkoititko "name"?');
    expect((await run(['validate', file], { LANG: 'sv_FI.UTF-8' })).out).toContain('Okänd nyckel "nmae"');
  });

  it('writes a machine-readable report with --format json', async () => {
    const file = tempFile('broken.yaml', 'id: testi\nlanguages: [fi]\nname: Testi\ncategories: []\n');
    const { code, out } = await run(['validate', file, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ code: 'too-few-items', position: { line: 4, column: 13 }, path: ['categories'] });
    expect(report.problems[0].location).toBe(`${file}:4:13`);
  });

  it('reports a missing path as a problem, not a crash', async () => {
    const { code, out } = await run(['validate', '/nonexistent/registry.yaml']);
    expect(code).toBe(1);
    expect(out).toContain('/nonexistent/registry.yaml: error [file-unreadable]');
    expect(out).toContain('ENOENT');
  });

  it('says so when a directory holds no definitions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-empty-'));
    const { code, err } = await run(['validate', dir]);
    expect(code).toBe(1);
    expect(err).toContain('No definition files');
  });

  it('rejects two files with the same registry id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-dup-'));
    writeFileSync(join(dir, 'a.yaml'), 'id: sama\nlanguages: [fi]\nname: A\n');
    writeFileSync(join(dir, 'b.yaml'), 'id: sama\nlanguages: [fi]\nname: B\n');
    const { code, out } = await run(['validate', dir]);
    expect(code).toBe(1);
    expect(out).toContain('b.yaml:1:5: error [duplicate-registry-id] id');
  });
});

describe('seloste', () => {
  it('shows help without a command', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    expect(out).toContain('validate [paths...]');
  });

  it('rejects unknown commands and options with exit code 2', async () => {
    expect(await run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frobnicate"') });
    expect(await run(['validate', '--colour'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option "--colour"') });
  });

  it('prints the language reference', async () => {
    const { code, out } = await run(['docs']);
    expect(code).toBe(0);
    expect(out).toContain('# The registry definition language');
  });
});
