import { describe, expect, it } from 'vitest';
import { lintLoaded, lintRegistry } from '../../src/lint/lint.js';
import type { LintRule } from '../../src/lint/rule.js';
import { LINT_RULES } from '../../src/lint/rules.js';
import { createLoader } from '../../src/registry/loader.js';
import { complete, lintYaml, summary, variant } from './helpers.js';

const loader = createLoader();

describe('LINT_RULES', () => {
  it('has unique rule names, each rule with codes and the articles it enforces', () => {
    const names = LINT_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of LINT_RULES) {
      expect(rule.codes.length, rule.name).toBeGreaterThan(0);
      expect(rule.articles, rule.name).toMatch(/^GDPR Art \d/);
    }
  });

  it('finds nothing in a registry that states every element', () => {
    expect(summary(lintYaml(variant(() => {})))).toEqual([]);
  });

  it('finds every required element missing in a bare registry, errors located at the registry id', () => {
    const problems = lintYaml('# a bare registry\nid: testi\nlanguages: [fi]\nname: Testi\n');
    expect(summary(problems)).toEqual([
      'error controller-missing controller',
      'error dpo-missing dpo',
      'error purposes-missing purposes',
      'error legal-basis-missing legal_bases',
      'error recipients-not-stated disclosures',
      'warning transfers-not-stated transfers',
      'error retention-not-stated retention',
      'info rights-not-stated rights',
      'info rights-not-stated rights',
      'info rights-not-stated rights',
      'info rights-not-stated rights',
      'info complaint-not-stated rights',
      'error provision-requirement-not-stated provision',
      'warning automated-decisions-not-stated automated_decisions',
      'error categories-not-stated categories',
      'warning sources-not-stated sources',
    ]);
    for (const problem of problems) expect(problem.position).toEqual({ line: 2, column: 1 });
  });
});

describe('lintLoaded', () => {
  it('locates a finding at the element its pointer names', () => {
    const yaml = variant((r) => r.categories[0].fields.push({ id: 'terveys', label: 'Terveys', type: 'long-text', special_category: true }));
    const [problem] = lintYaml(yaml);
    const line = yaml.split('\n').findIndex((text) => text.includes('special_category: true')) + 1;
    expect(problem).toMatchObject({ code: 'special-category-without-condition', file: 'x.yaml', position: { line } });
    expect(problem!.path).toEqual(['categories', 0, 'fields', 2, 'special_category']);
  });

  it("reports the loader's problems of a file that does not load, and does not lint it", () => {
    // A declared language with a missing text: the loader's missing-translation, located.
    const yaml = variant((r) => (r.languages = ['fi', 'sv']));
    const result = loader.loadBytes('x.yaml', Buffer.from(yaml));
    const problems = lintLoaded(result);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'missing-translation' && p.severity === 'error' && p.position)).toBe(true);
    expect(problems[0]).toMatchObject({ path: ['name'], params: { lang: 'sv' } });
  });

  it("keeps the loader's warnings of a file that loads, sorted among the findings", () => {
    const yaml = variant((r) => {
      r.name = { fi: 'Testi', sv: 'Test' };
      delete r.provision;
    });
    const problems = lintLoaded(loader.loadBytes('x.yaml', Buffer.from(yaml)));
    expect(summary(problems)).toEqual(['error provision-requirement-not-stated provision', 'warning undeclared-language name.sv']);
  });

  it('turns a failing rule into one located error and still runs the others', () => {
    const broken: LintRule = {
      name: 'broken',
      articles: 'GDPR Art 5',
      codes: ['never'],
      check: () => {
        throw new Error('boom');
      },
    };
    const model = loader.loadBytes('x.yaml', Buffer.from(variant((r) => delete r.dpo))).model!;
    const findings = lintRegistry(model, [broken, ...LINT_RULES]);
    expect(findings.map((f) => f.code)).toEqual(['internal-check-failed', 'dpo-missing']);
    expect(findings[0]!.params).toEqual({ check: 'broken', detail: 'boom' });
  });

  it('reads only the model: the same model lints the same whatever the YAML layout', () => {
    const doc = complete();
    delete doc['dpo'];
    const flow = JSON.stringify(doc); // JSON is YAML too
    const model = loader.loadBytes('x.yaml', Buffer.from(flow)).model!;
    expect(lintRegistry(model).map((f) => f.code)).toEqual(['dpo-missing']);
  });
});
