/**
 * The bad-input suite of form files: every file in test/fixtures/broken-forms/ is a small broken
 * form that names, in its first line, the problems the form loader must report and where:
 *
 *   # expect: form-unknown-field@9:16 warning:form-condition-not-shown@10:29
 *
 * Each fixture is loaded together with the real forms/ (against the seed registries), so a
 * fixture can clash with a real form (duplicate form id); only the fixture's own problems are
 * compared, and the real forms must stay free of problems.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFormChecker, loadForms, type FormFileResult } from '../../src/forms/form-loader.js';
import { LANGS, type Lang } from '../../src/i18n/catalogue.js';
import { PROBLEM_MESSAGES } from '../../src/i18n/problem-messages.js';
import { formatProblem } from '../../src/problems/format.js';
import { problemKey, readFixture, withoutExcerpt, type Fixture } from '../helpers/fixtures.js';
import { loadSeeds } from '../helpers/seeds.js';

const DIR = fileURLToPath(new URL('../fixtures/broken-forms/', import.meta.url));
const FORMS_DIR = fileURLToPath(new URL('../../forms', import.meta.url));

const registries = loadSeeds();
/** One checker for the whole suite: the form meta-schema is compiled once. */
const checker = createFormChecker();

/** Expectations of fixtures that cannot hold a comment. */
const HEADERLESS: Record<string, string[]> = {
  'empty.yaml': ['form-empty-file@1:1'],
};

/** "Did you mean" hints that must be offered, by fixture and `code@line:column`. */
const SUGGESTIONS: Record<string, Record<string, string | undefined>> = {
  'unknown-registry.yaml': { 'form-unknown-registry@3:11': 'iisalmi-hakosalo' },
  'unknown-field.yaml': { 'form-unknown-field@9:16': 'tapahtumat' },
  'unknown-member.yaml': { 'form-unknown-member@12:20': 'paikka' },
  'condition-unknown-field.yaml': { 'form-unknown-member@14:33': 'tapahtuman_tyyppi' },
  'condition-unknown-top-level-field.yaml': { 'form-unknown-field@11:29': 'palkkatukioikeus' },
  'condition-value-not-option.yaml': { 'form-condition-value@13:69': 'tilaisuus', 'form-condition-value@13:79': undefined },
  'unknown-role.yaml': { 'form-unknown-role@5:9': 'tyontekija' },
  'unknown-key-typo.yaml': { 'unknown-key@4:1': 'title' },
  'unknown-key-nested.yaml': { 'unknown-key@10:9': 'help' },
};

const loaded = new Map<string, { result: FormFileResult; others: FormFileResult[]; formIds: string[] }>();
/** Loads the fixture with the real forms, once per fixture. */
function load(fixture: Fixture): { result: FormFileResult; others: FormFileResult[]; formIds: string[] } {
  let entry = loaded.get(fixture.name);
  if (!entry) {
    const { results, forms } = loadForms([FORMS_DIR, fixture.path], registries, checker);
    const result = results.find((r) => r.file === fixture.path);
    if (!result) throw new Error(`${fixture.name} was not loaded`);
    entry = { result, others: results.filter((r) => r !== result), formIds: forms.map((form) => `${form.registry}/${form.id}`) };
    loaded.set(fixture.name, entry);
  }
  return entry;
}

const fixtures = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => readFixture(DIR, name, HEADERLESS));

describe('broken forms (test/fixtures/broken-forms)', () => {
  it('cover every form problem code, and every hint belongs to a fixture', () => {
    const names = new Set(fixtures.map((f) => f.name));
    for (const name of [...Object.keys(SUGGESTIONS), ...Object.keys(HEADERLESS)]) expect(names.has(name), name).toBe(true);
    const expectedCodes = new Set(fixtures.flatMap((f) => f.expected.map((e) => e.replace(/^warning:/, '').split('@')[0]!)));
    const formCodes = Object.keys(PROBLEM_MESSAGES).filter((code) => code.startsWith('form-'));
    // Only the role warning needs a registry whose roles differ; form-loader.test.ts covers it.
    expect(formCodes.filter((code) => !expectedCodes.has(code))).toEqual(['form-role-cannot-write']);
  });

  describe.each(fixtures)('$name', (fixture) => {
    it(`reports exactly ${fixture.expected.join(' ')}`, () => {
      const { result } = load(fixture);
      expect(result.problems.map(problemKey).sort()).toEqual([...fixture.expected].sort());
    });

    it('leaves the real forms without problems, and yields no form when there is an error', () => {
      const { result, others, formIds } = load(fixture);
      expect(others.flatMap((other) => other.problems).map(problemKey)).toEqual([]);
      if (result.problems.some((p) => p.severity === 'error')) expect(result.form).toBeUndefined();
      expect(formIds).toContain('iisalmi-hakosalo/asiakastapahtuma');
      for (const problem of result.problems) {
        expect(problem.file).toBe(fixture.path);
        expect(problem.position, problemKey(problem)).toBeDefined();
      }
    });

    it.each(LANGS.map((lang) => [lang]))('renders every problem in %s without a gap', (lang: Lang) => {
      const { result } = load(fixture);
      for (const problem of result.problems) {
        const entry = PROBLEM_MESSAGES[problem.code];
        expect(entry?.[lang], `no ${lang} message for ${problem.code}`).toBeTruthy();
        const formatted = formatProblem(problem, lang, result.text);
        expect(withoutExcerpt(formatted), `unreplaced placeholder in ${lang} for ${problemKey(problem)}`).not.toMatch(/\{\w+\}/);
      }
    });

    const hints = SUGGESTIONS[fixture.name];
    if (hints) {
      it('offers the expected "did you mean"', () => {
        const { result } = load(fixture);
        for (const [at, suggestion] of Object.entries(hints)) {
          const problem = result.problems.find((p) => problemKey(p) === at);
          expect(problem, `${at} not reported`).toBeDefined();
          expect(problem?.params['suggestion'], at).toBe(suggestion);
        }
      });
    }
  });
});

describe('people-facing output (English)', () => {
  const render = (name: string): string => {
    const { result } = load(readFixture(DIR, name, HEADERLESS));
    return result.problems.map((problem) => formatProblem({ ...problem, file: `test/fixtures/broken-forms/${name}` }, 'en', result.text)).join('\n\n');
  };

  it('an unknown member, pointed at its id, with the group\'s members', () => {
    expect(render('unknown-member.yaml')).toMatchInlineSnapshot(`
      "test/fixtures/broken-forms/unknown-member.yaml:12:20: error [form-unknown-member] sections[0].items[0].members[1].field
        The group "tapahtumat" has no member field "paika". Its members: tapahtuman_tyyppi, aihe, paikka, ajankohta, kesto, osallistujat, palvelutiedot, toimenpiteet, tapahtuman_kuvaus, muistiinpanot. Did you mean "paikka"?
        12 |           - field: paika
           |                    ^^^^^"
    `);
  });

  it('a condition on a field shown later', () => {
    expect(render('condition-later-field.yaml')).toMatchInlineSnapshot(`
      "test/fixtures/broken-forms/condition-later-field.yaml:10:29: error [form-condition-later-field] sections[0].items[0].show_when.field
        The condition reads "palkkatukioikeus", which the form does not show before this field; forms are read top-down, so show "palkkatukioikeus" first.
        10 |         show_when: { field: palkkatukioikeus, in: [true] }
           |                             ^^^^^^^^^^^^^^^^"
    `);
  });
});
