/**
 * The bad-input suite: every file in test/fixtures/broken/ is a small broken definition that
 * names, in its first line, the problems the loader must report and where:
 *
 *   # expect: unknown-key@4:1 warning:unreachable-state@9:13
 *
 * The suite loads each file through the real pipeline and compares the reported
 * `code@line:column` list (errors, and warnings prefixed `warning:`) with that header exactly,
 * so the expectations cannot drift from the files. Files that cannot carry a header (empty, or
 * generated at test time because they are too large to commit) have theirs below.
 *
 * The non-UTF-8, NUL-byte, deep-nesting and CRLF fixtures are written by
 * test/fixtures/generate-broken.mjs; their ASCII header is still the first line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/catalogue.js';
import { PROBLEM_MESSAGES } from '../../src/i18n/problem-messages.js';
import { MAX_SOURCE_BYTES } from '../../src/load/read-source.js';
import { formatProblem } from '../../src/problems/format.js';
import { problemKey, readFixture, withoutExcerpt, type Fixture } from '../helpers/fixtures.js';
import { createLoader, type LoadResult } from '../../src/registry/loader.js';

const DIR = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));
/** How fixtures are named in messages and snapshots: stable, whatever the checkout path. */
const DISPLAY_DIR = 'test/fixtures/broken';

/** One loader for the whole suite: it compiles the meta-schema once. */
const loader = createLoader();

/** Expectations of fixtures that cannot hold a comment. */
const HEADERLESS: Record<string, string[]> = {
  'empty.yaml': ['empty-file@1:1'],
};

/** "Did you mean" hints that must be offered, by fixture and `code@line:column`. */
const SUGGESTIONS: Record<string, Record<string, string | undefined>> = {
  'unknown-key-typo.yaml': { 'unknown-key@4:1': 'name' },
  'unknown-key-nested-mapping.yaml': { 'unknown-key@7:3': 'email' },
  'unknown-key-nested-typo.yaml': { 'unknown-key@11:9': 'type' },
  'unknown-field-type-typo.yaml': { 'unknown-field-type@11:15': 'text' },
  'bad-gdpr-articles.yaml': { 'bad-gdpr-article@7:12': '6(1)(e)', 'bad-gdpr-article@7:19': undefined, 'bad-gdpr-article@7:28': undefined },
  'bad-id-umlaut.yaml': { 'bad-id@9:13': 'syntymaaika' },
  'bad-id-space.yaml': { 'bad-id@6:9': 'nuoret_asiakkaat' },
  'bad-id-uppercase.yaml': { 'bad-id@6:9': 'palvelu' },
  'unknown-language-key.yaml': { 'unknown-language@6:3': 'sv' },
  'not-allowed-value-typo.yaml': { 'not-allowed-value@5:29': 'manual' },
  'unknown-reference-state.yaml': { 'unknown-reference@11:67': 'paattynyt' },
  'unknown-reference-system.yaml': { 'unknown-reference@10:15': 'foreammatti' },
};

/** Loads once per fixture; a throw is kept as data so that it fails the case instead of the suite. */
const loaded = new Map<string, { result?: LoadResult; thrown?: unknown }>();
function load(fixture: Fixture): LoadResult {
  let entry = loaded.get(fixture.name);
  if (!entry) {
    try {
      entry = { result: loader.loadFile(fixture.path) };
    } catch (thrown) {
      entry = { thrown };
    }
    loaded.set(fixture.name, entry);
  }
  expect(entry.thrown, `the loader threw on ${fixture.name}`).toBeUndefined();
  return entry.result!;
}

/** The rendered text without the source excerpt (which quotes the file, braces and all). */
const fixtures = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => readFixture(DIR, name, HEADERLESS));

describe('broken definitions (test/fixtures/broken)', () => {
  it('are at least 45, and every hint belongs to a fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
    const names = new Set(fixtures.map((f) => f.name));
    for (const name of [...Object.keys(SUGGESTIONS), ...Object.keys(HEADERLESS)]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  describe.each(fixtures)('$name', (fixture) => {
    it(`reports exactly ${fixture.expected.join(' ')}`, () => {
      const result = load(fixture);
      expect(result.problems.map(problemKey).sort()).toEqual([...fixture.expected].sort());
    });

    it('returns located problems and no model when there is an error', () => {
      const result = load(fixture);
      expect(result.problems.length).toBeGreaterThan(0);
      if (result.problems.some((p) => p.severity === 'error')) expect(result.model).toBeUndefined();
      for (const problem of result.problems) {
        expect(problem.position, problemKey(problem)).toBeDefined();
        expect(problem.position!.line, problemKey(problem)).toBeGreaterThanOrEqual(1);
        expect(problem.position!.column, problemKey(problem)).toBeGreaterThanOrEqual(1);
        expect(problem.file).toBe(fixture.path);
      }
    });

    it.each(LANGS.map((lang) => [lang]))('renders every problem in %s without a gap', (lang: Lang) => {
      const result = load(fixture);
      for (const problem of result.problems) {
        const entry = PROBLEM_MESSAGES[problem.code];
        expect(entry, `no message for ${problem.code}`).toBeDefined();
        expect(entry?.[lang], `no ${lang} message for ${problem.code}`).toBeTruthy();
        const formatted = formatProblem(problem, lang, result.text);
        expect(formatted.trim()).not.toBe('');
        expect(withoutExcerpt(formatted), `unreplaced placeholder in ${lang} for ${problemKey(problem)}`).not.toMatch(/\{\w+\}/);
      }
    });

    const hints = SUGGESTIONS[fixture.name];
    if (hints) {
      it('offers the expected "did you mean"', () => {
        const result = load(fixture);
        for (const [at, suggestion] of Object.entries(hints)) {
          const problem = result.problems.find((p) => problemKey(p) === at);
          expect(problem, `${at} not reported`).toBeDefined();
          expect(problem?.params['suggestion'], at).toBe(suggestion);
        }
      });
    }
  });
});

describe('hostile inputs', () => {
  const byName = (name: string): Fixture => {
    const fixture = fixtures.find((f) => f.name === name);
    if (!fixture) throw new Error(`missing fixture ${name}`);
    return fixture;
  };

  it('returns from an alias bomb and from deep nesting (no hang, no crash)', () => {
    for (const name of ['yaml-alias-bomb.yaml', 'yaml-deep-nesting.yaml', 'yaml-deep-block-nesting.yaml', 'yaml-deep-nesting-after-apostrophe.yaml']) {
      const result = load(byName(name));
      expect(result.model, name).toBeUndefined();
      expect(result.problems.length, name).toBeGreaterThan(0);
    }
  });

  describe('a file larger than the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-broken-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const head = 'id: testi\nlanguages: [fi]\nname: Testirekisteri\ndescription: ';
    const bytes = Buffer.from(`${head}${'x'.repeat(MAX_SOURCE_BYTES - head.length)}\n`);

    it('is refused from disk before it is read, at 1:1', () => {
      const file = join(dir, 'too-large.yaml');
      writeFileSync(file, bytes);
      expect(bytes.length).toBeGreaterThan(MAX_SOURCE_BYTES);
      const result = loader.loadFile(file);
      expect(result.problems.map(problemKey)).toEqual(['file-too-large@1:1']);
      expect(result.problems[0]?.params).toEqual({ size: bytes.length, max: MAX_SOURCE_BYTES });
      expect(result.model).toBeUndefined();
      for (const lang of LANGS) expect(withoutExcerpt(formatProblem(result.problems[0]!, lang))).not.toMatch(/\{\w+\}/);
    });

    it('is refused from memory too', () => {
      const result = loader.loadBytes('too-large.yaml', bytes);
      expect(result.problems.map(problemKey)).toEqual(['file-too-large@1:1']);
    });
  });
});

describe('people-facing output (English)', () => {
  /** The whole report of a fixture as a person reads it, under a stable file name. */
  const render = (name: string): string => {
    const bytes = readFileSync(join(DIR, name));
    const result = loader.loadBytes(`${DISPLAY_DIR}/${name}`, bytes);
    return result.problems.map((problem) => formatProblem(problem, 'en', result.text)).join('\n\n');
  };

  it('an unknown key with a typo, nested', () => {
    expect(render('unknown-key-nested-mapping.yaml')).toMatchInlineSnapshot(`
      "test/fixtures/broken/unknown-key-nested-mapping.yaml:7:3: error [unknown-key] controller.emial
        Unknown key "emial". Allowed here: name, unit, business_id, address, phone, fax, email, website, officials. Did you mean "email"?
        7 |   emial: kirjaamo@testila.fi
          |   ^^^^^"
    `);
  });

  it('GDPR points written loosely, one with a suggestion', () => {
    expect(render('bad-gdpr-articles.yaml')).toMatchInlineSnapshot(`
      "test/fixtures/broken/bad-gdpr-articles.yaml:7:12: error [bad-gdpr-article] legal_bases[0].gdpr[0]
        "6.1.e" is not a GDPR legal-basis point. Write Art 6(1) points as 6(1)(a)–6(1)(f) and Art 9(2) conditions as 9(2)(a)–9(2)(j). Did you mean "6(1)(e)"?
        7 |     gdpr: [6.1.e, 6(1)(g), Art 6]
          |            ^^^^^

      test/fixtures/broken/bad-gdpr-articles.yaml:7:19: error [bad-gdpr-article] legal_bases[0].gdpr[1]
        "6(1)(g)" is not a GDPR legal-basis point. Write Art 6(1) points as 6(1)(a)–6(1)(f) and Art 9(2) conditions as 9(2)(a)–9(2)(j).
        7 |     gdpr: [6.1.e, 6(1)(g), Art 6]
          |                   ^^^^^^^

      test/fixtures/broken/bad-gdpr-articles.yaml:7:28: error [bad-gdpr-article] legal_bases[0].gdpr[2]
        "Art 6" is not a GDPR legal-basis point. Write Art 6(1) points as 6(1)(a)–6(1)(f) and Art 9(2) conditions as 9(2)(a)–9(2)(j).
        7 |     gdpr: [6.1.e, 6(1)(g), Art 6]
          |                            ^^^^^"
    `);
  });

  // The excerpt of line 11 starts mid-line ("a, name: …") although the whole 76-character line
  // fits the formatter's 100-character window: sourceExcerpt crops whenever column > 51.
  it('a dangling state reference in a flow mapping, and the warning it causes', () => {
    expect(render('unknown-reference-state.yaml')).toMatchInlineSnapshot(`
      "test/fixtures/broken/unknown-reference-state.yaml:9:13: warning [unreachable-state] lifecycle.states[1].id
        No transition leads to the state "paattynyt" from the initial state.
        9 |     - { id: paattynyt, name: Asiakkuus päättynyt }
          |             ^^^^^^^^^

      test/fixtures/broken/unknown-reference-state.yaml:11:67: error [unknown-reference] lifecycle.transitions[0].to
        No state "paatynyt" is declared. Declared: aktiivinen, paattynyt. Did you mean "paattynyt"?
        11 |     - { id: paata, name: Päätä asiakkuus, from: [aktiivinen], to: paatynyt }
           |                                                                   ^^^^^^^^"
    `);
  });
});
