/**
 * `seloste build --out DIR`: the notice site as static files with relative links, checked by
 * following every link of every written page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_JSON_SCHEMA } from '../../src/notices/notice-json-schema.js';
import { noticeJson } from '../../src/notices/notice-json.js';
import { runCli } from '../helpers/cli.js';
import { REGISTRIES_DIR, loadSeeds } from '../helpers/seeds.js';

const SEED_IDS = loadSeeds().map((registry) => registry.id);
const LANG_SUFFIXES = ['', '.sv', '.en'];

const freshDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** The attribute values Handlebars escaped back to what a browser reads. */
const unescape = (value: string) => value.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/** Every `href` and `src` of a page. */
function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => unescape(m[1]!));
}

const isExternal = (href: string) => /^(https?:|mailto:)/i.test(href);

describe('seloste build', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    out = join(freshDir('seloste-build-'), 'site');
    result = await runCli(['build', '--out', out]);
  });

  it('exits 0 and says what it wrote', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe(`Wrote 33 files for 5 registries to ${out}.`);
  });

  it('writes every page in every language, the machine-readable files, the schema and the stylesheet', () => {
    const expected = [
      ...LANG_SUFFIXES.flatMap((suffix) => [`index${suffix}.html`, `saavutettavuus${suffix}.html`, ...SEED_IDS.map((id) => `${id}${suffix}.html`)]),
      ...SEED_IDS.flatMap((id) => [`${id}.json`, `${id}.dpv.jsonld`]),
      'notice.css',
      'notice.schema.json',
    ].sort();
    expect(readdirSync(out).sort()).toEqual(expected);
  });

  it('writes each page in its language', () => {
    for (const [suffix, lang] of [['', 'fi'], ['.sv', 'sv'], ['.en', 'en']] as const) {
      for (const name of ['index', 'saavutettavuus', ...SEED_IDS]) {
        expect(readFileSync(join(out, `${name}${suffix}.html`), 'utf8'), name + suffix).toContain(`<html lang="${lang}">`);
      }
    }
    expect(readFileSync(join(out, 'raisio-tyollisyyspalvelut.sv.html'), 'utf8')).toContain('Personuppgiftsansvarig');
    expect(readFileSync(join(out, 'saavutettavuus.en.html'), 'utf8')).toContain('<h1>Accessibility statement</h1>');
  });

  it('writes the notice JSON and the schema as the server serves them', () => {
    for (const registry of loadSeeds()) {
      const written = JSON.parse(readFileSync(join(out, `${registry.id}.json`), 'utf8'));
      expect(written).toEqual(JSON.parse(JSON.stringify(noticeJson(registry))));
      const dpv = JSON.parse(readFileSync(join(out, `${registry.id}.dpv.jsonld`), 'utf8'));
      expect(dpv).toHaveProperty('@context');
    }
    expect(JSON.parse(readFileSync(join(out, 'notice.schema.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(NOTICE_JSON_SCHEMA)));
    expect(readFileSync(join(out, 'notice.css'), 'utf8')).toMatch(/\{[\s\S]*\}/);
  });

  it('links only relatively inside the site, and every link points at a file that exists', () => {
    const pages = readdirSync(out).filter((name) => name.endsWith('.html'));
    expect(pages).toHaveLength(21);
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const href of links(html)) {
        if (isExternal(href)) continue;
        expect(href, `${page}: ${href}`).not.toMatch(/^(\/|[a-z][a-z0-9+.-]*:)/i);
        const [file, fragment] = href.split('#') as [string, string | undefined];
        expect(file, `${page}: ${href} has a query`).not.toContain('?');
        if (file !== '') expect(existsSync(join(out, file)), `${page} → ${href}`).toBe(true);
        if (file === '' && fragment !== undefined) expect(ids.has(fragment), `${page} → #${fragment}`).toBe(true);
        checked++;
      }
    }
    // Every page links at least to its stylesheet, the index, the accessibility statement and its language versions.
    expect(checked).toBeGreaterThan(pages.length * 6);
  });

  it('links the pages to each other', () => {
    const index = readFileSync(join(out, 'index.sv.html'), 'utf8');
    for (const id of SEED_IDS) expect(links(index)).toContain(`${id}.sv.html`);
    const notice = links(readFileSync(join(out, 'joensuu-tyollisyyspalvelut.en.html'), 'utf8'));
    expect(notice).toEqual(
      expect.arrayContaining([
        'notice.css',
        'index.en.html',
        'saavutettavuus.en.html',
        'joensuu-tyollisyyspalvelut.html',
        'joensuu-tyollisyyspalvelut.sv.html',
        'joensuu-tyollisyyspalvelut.json',
        'joensuu-tyollisyyspalvelut.dpv.jsonld',
      ]),
    );
  });

  it('leaves other files in the directory alone', async () => {
    const dir = freshDir('seloste-build-keep-');
    writeFileSync(join(dir, 'muu.txt'), 'ei kosketa');
    const { code } = await runCli(['build', '--out', dir]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'muu.txt'), 'utf8')).toBe('ei kosketa');
  });

  it('builds the registries given as paths', async () => {
    const dir = join(freshDir('seloste-build-one-'), 'site');
    const { code, out: printed } = await runCli(['build', '--out', dir, join(REGISTRIES_DIR, 'walmu.yaml')]);
    expect(code).toBe(0);
    expect(printed).toContain('for 1 registries');
    expect(readdirSync(dir).filter((name) => name.startsWith('walmu-asiakashallinta'))).toHaveLength(5);
    expect(existsSync(join(dir, 'raisio-tyollisyyspalvelut.html'))).toBe(false);
  });
});

describe('seloste build: refusals', () => {
  it('exits 2 and says what to do without --out', async () => {
    for (const args of [['build'], ['build', '--out'], ['build', '--out=']]) {
      const { code, err, out } = await runCli(args);
      expect(code).toBe(2);
      expect(err).toBe('Say where to write the site: seloste build --out DIR');
      expect(out).toBe('');
    }
    expect((await runCli(['build', '--lang', 'fi'])).err).toBe('Kerro, mihin sivusto kirjoitetaan: seloste build --out HAKEMISTO');
  });

  it('exits 1 and writes nothing when a registry is invalid', async () => {
    const source = freshDir('seloste-build-bad-');
    writeFileSync(join(source, 'hyva.yaml'), 'id: hyva\nlanguages: [fi]\nname: Hyvä\n');
    writeFileSync(join(source, 'rikki.yaml'), 'id: rikki\nlanguages: [fi]\nname: Rikki\nnmae: x\n');
    const out = join(freshDir('seloste-build-bad-out-'), 'site');
    const { code, err } = await runCli(['build', '--out', out, source]);
    expect(code).toBe(1);
    expect(err).toContain('rikki.yaml:4:1: error [unknown-key] nmae');
    expect(err).toContain('Nothing was done');
    expect(existsSync(out)).toBe(false);
  });

  it.each(['index', 'saavutettavuus'])('exits 1 and writes nothing for a registry with the id %j', async (id) => {
    const source = freshDir('seloste-build-reserved-');
    writeFileSync(join(source, 'r.yaml'), `id: ${id}\nlanguages: [fi]\nname: Rekisteri\n`);
    const out = join(freshDir('seloste-build-reserved-out-'), 'site');
    const { code, err } = await runCli(['build', '--out', out, source]);
    expect(code).toBe(1);
    expect(err).toContain(`The registry id "${id}"`);
    expect(err).toContain('r.yaml');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with a message when the directory cannot be written', async () => {
    const parent = freshDir('seloste-build-file-');
    const file = join(parent, 'tiedosto');
    writeFileSync(file, 'x');
    const { code, err } = await runCli(['build', '--out', join(file, 'site')]);
    expect(code).toBe(1);
    expect(err).toMatch(/^Could not write the site to .*tiedosto\/site: (ENOTDIR|EEXIST)\.$/);
  });

  // Was a bug: Node 20's recursive mkdirSync loops forever under /proc, so the command hung.
  it.runIf(existsSync('/proc/self'))('exits 1 with a message, not a hang, where the parent refuses new folders (/proc)', async () => {
    const { code, err } = await runCli(['build', '--out', '/proc/seloste-site/deeper']);
    expect(code).toBe(1);
    expect(err).toMatch(/^Could not write the site to \/proc\/seloste-site\/deeper: [A-Z]+\.$/);
  }, 10_000);

  it('creates missing parent folders', async () => {
    const out = join(freshDir('seloste-build-parents-'), 'a', 'b', 'site');
    expect((await runCli(['build', '--out', out])).code).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});
