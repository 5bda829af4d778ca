import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from '../helpers/cli.js';
import { complete } from '../lint/helpers.js';

const run = runCli;


/** A registry that states everything but the automated decisions: one warning, no error. */
const warnOnly = (): string => {
  const doc = complete();
  delete doc['automated_decisions'];
  return stringify(doc);
};

describe('seloste lint', () => {
  it('lints registries/ by default and exits 1: the seed notices lack required elements', async () => {
    const { code, out } = await run(['lint']);
    expect(code).toBe(1);
    expect(out).toContain('registries/helsinki-tyorasti.yaml:11:1: error [controller-missing] controller');
    expect(out).toMatch(/^✗ registries\/raisio-tyollisyyspalvelut\.yaml: raisio-tyollisyyspalvelut — 2 error\(s\), 1 warning\(s\), 0 info$/m);
    expect(out.split('\n').at(-1)).toMatch(/^5 file\(s\): \d+ error\(s\), \d+ warning\(s\), \d+ info\.$/);
  });

  it('exits 0 when there are only warnings, and shows each with its source line', async () => {
    const file = tempFile('r.yaml', warnOnly());
    const { code, out } = await run(['lint', file]);
    expect(code).toBe(0);
    expect(out).toContain(`${file}:1:1: warning [automated-decisions-not-stated] automated_decisions`);
    expect(out).toContain('  1 | id: testi');
    expect(out).toContain(`✓ ${file}: testi — 0 error(s), 1 warning(s), 0 info`);
  });

  it('exits 0 with no finding at all on a complete notice', async () => {
    const file = tempFile('r.yaml', stringify(complete()));
    const { code, out } = await run(['lint', file]);
    expect(code).toBe(0);
    expect(out).toBe([`✓ ${file}: testi — 0 error(s), 0 warning(s), 0 info`, '1 file(s): 0 error(s), 0 warning(s), 0 info.'].join('\n'));
  });

  it('speaks Finnish, with the article and the YAML key to add', async () => {
    const doc = complete();
    delete doc['retention'];
    const file = tempFile('r.yaml', stringify(doc));
    const { code, out } = await run(['lint', file, '--lang', 'fi']);
    expect(code).toBe(1);
    expect(out).toContain(`${file}:1:1: virhe [retention-not-stated] retention`);
    expect(out).toContain('Selosteessa ei kerrota henkilötietojen säilytysaikaa.');
    expect(out).toContain('Tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohdan');
    expect(out).toContain('lisää avain retention');
    expect(out).toContain(`✗ ${file}: testi — 1 virhe(ttä), 0 varoitus(ta), 0 huomautus(ta)`);
  });

  it('labels infos in the reader\'s language', async () => {
    const doc = complete();
    doc['rights'].items = doc['rights'].items.filter((item: { right: string }) => item.right !== 'complaint');
    const file = tempFile('r.yaml', stringify(doc));
    expect((await run(['lint', file], { LANG: 'fi_FI.UTF-8' })).out).toContain('huomautus [complaint-not-stated] rights.items');
    expect((await run(['lint', file, '--lang', 'sv'])).out).toContain('upplysning [complaint-not-stated] rights.items');
    expect((await run(['lint', file, '--lang', 'en'])).code).toBe(0);
  });

  it('writes a JSON report with --format json', async () => {
    const file = tempFile('r.yaml', warnOnly());
    const { code, out } = await run(['lint', file, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.ok).toBe(true);
    expect(report.registries).toEqual([{ file, id: 'testi', loaded: true, errors: 0, warnings: 1, infos: 0 }]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      code: 'automated-decisions-not-stated',
      severity: 'warning',
      path: ['automated_decisions'],
      position: { line: 1, column: 1 },
      location: `${file}:1:1`,
    });
    expect(report.problems[0].message).toContain('GDPR Art 13(2)(f)');
  });

  it('reports a file the loader rejects with its located problems, and exits 1', async () => {
    // A declared language with missing texts cannot be linted: the loader says where.
    const doc = complete();
    doc['languages'] = ['fi', 'en'];
    const file = tempFile('r.yaml', stringify(doc));
    const { code, out } = await run(['lint', file, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.ok).toBe(false);
    expect(report.registries[0]).toMatchObject({ file, loaded: false });
    expect(report.problems[0]).toMatchObject({ code: 'missing-translation', severity: 'error', path: ['name'] });
    expect(report.problems[0].position.line).toBeGreaterThan(0);
    const text = await run(['lint', file]);
    expect(text.out).toContain('[missing-translation] name');
    expect(text.out).toMatch(/✗ .*r\.yaml: not linted — the definition has \d+ error\(s\)/);
  });

  it('reports a missing path as a problem, not a crash', async () => {
    const { code, out } = await run(['lint', '/nonexistent/registry.yaml']);
    expect(code).toBe(1);
    expect(out).toContain('/nonexistent/registry.yaml: error [file-unreadable]');
  });

  it('says so when a directory holds no definitions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-empty-'));
    const { code, err } = await run(['lint', dir]);
    expect(code).toBe(1);
    expect(err).toContain('No definition files');
  });
});
