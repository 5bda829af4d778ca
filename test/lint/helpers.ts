/**
 * Shared by the lint tests: a registry that states everything GDPR Art 13–14 asks for (so that
 * each rule is silent on it), variants of it with one element changed, and a runner that lints
 * one definition held in memory and checks every finding renders fully in fi, sv and en.
 */
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { LANGS } from '../../src/i18n/catalogue.js';
import { lintLoaded } from '../../src/lint/lint.js';
import type { LintRule } from '../../src/lint/rule.js';
import { LINT_RULES } from '../../src/lint/rules.js';
import { problemMessage } from '../../src/problems/format.js';
import { formatPath, type Problem } from '../../src/problems/problem.js';
import { createLoader } from '../../src/registry/loader.js';

const loader = createLoader();

type Doc = Record<string, any>;

/** A registry whose notice states every element the lint checks. */
export function complete(): Doc {
  return {
    id: 'testi',
    languages: ['fi'],
    name: 'Testirekisteri',
    controller: { name: 'Testilän kunta', address: 'Katu 1, 00100 Testilä', email: 'kirjaamo@testila.fi' },
    dpo: { name: 'Testilän kunnan tietosuojavastaava', email: 'tietosuoja@testila.fi' },
    purposes: [{ id: 'asiakkuus', name: 'Asiakkuuden hoito' }],
    legal_bases: [{ id: 'tehtava', gdpr: ['6(1)(e)'], laws: ['Laki julkisista työvoima- ja yrityspalveluista 916/2012'], purposes: ['asiakkuus'] }],
    provision: { requirement: 'statutory', consequences: 'Palvelua ei voida antaa ilman tietoja.' },
    sources: [{ id: 'asiakas', name: 'Asiakas itse', kind: 'data-subject' }],
    categories: [
      {
        id: 'perustiedot',
        name: 'Perustiedot',
        sources: ['asiakas'],
        purposes: ['asiakkuus'],
        fields: [
          { id: 'nimi', label: 'Nimi', type: 'text' },
          { id: 'tapahtumat', label: 'Tapahtumat', type: 'group', fields: [{ id: 'tapahtuma', label: 'Tapahtuma', type: 'long-text' }] },
        ],
      },
    ],
    disclosures: { regular: false },
    transfers: { outside_eea: false },
    automated_decisions: { used: false },
    retention: {
      statement: 'Tiedot säilytetään vuoden tietueen luomisesta.',
      rules: [{ id: 'vuosi', keep: 'P1Y', from: { event: 'created' }, then: 'delete' }],
    },
    rights: {
      items: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'complaint'].map((right) => ({ right })),
    },
  };
}

/** The complete registry with one change applied. */
export function variant(change: (doc: Doc) => void): string {
  const doc = complete();
  change(doc);
  return stringify(doc);
}

/**
 * Lints a definition (YAML text) with the given rules and returns its problems. Fails the test
 * when the definition does not load (a broken fixture would make a rule look silent) or when a
 * finding's message leaves a `{placeholder}` unfilled in any language.
 */
export function lintYaml(yaml: string, rules: readonly LintRule[] = LINT_RULES): Problem[] {
  const result = loader.loadBytes('x.yaml', Buffer.from(yaml));
  expect(result.problems.filter((p) => p.severity === 'error'), 'the fixture must load').toEqual([]);
  // Only the lint's own findings: the loader's (e.g. an undeclared-language warning) are its tests' business.
  const problems = lintLoaded(result, rules).filter((p) => !result.problems.includes(p));
  for (const problem of problems) {
    for (const lang of LANGS) expect(problemMessage(problem, lang), `${problem.code} in ${lang}`).not.toMatch(/\{\w+\}/);
  }
  return problems;
}

/** `severity code path` of each problem: what the tables compare. */
export function summary(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.code} ${formatPath(p.path)}`);
}

/** The rule of the given name from the registered list (so a test fails if it is not registered). */
export function rule(name: string): LintRule {
  const found = LINT_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no lint rule named ${name}`);
  return found;
}

export interface RuleCase {
  /** What is changed, in words. */
  when: string;
  change: (doc: Doc) => void;
  /** `severity code path` of each expected finding; `[]`: the rule stays silent. */
  expected: string[];
}

/** Runs the cases of a rule's table, each with that rule alone. */
export function expectRule(name: string, testCase: RuleCase): void {
  const problems = lintYaml(variant(testCase.change), [rule(name)]);
  expect(summary(problems)).toEqual(testCase.expected);
  for (const problem of problems) expect(rule(name).codes).toContain(problem.code);
}
