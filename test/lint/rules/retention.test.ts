import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

const reference = { id: 'ams', reference: 'organisaation arkistonmuodostussuunnitelma' };

describe('retention (GDPR Art 13(2)(a), 14(2)(a))', () => {
  const cases: RuleCase[] = [
    { when: 'a statement and an enforceable rule', change: () => {}, expected: [] },
    { when: 'silent on retention', change: (r) => delete r.retention, expected: ['error retention-not-stated retention'] },
    { when: 'criteria in words only', change: (r) => (r.retention = { statement: 'Niin kauan kuin asiakkuus kestää.' }), expected: [] },
    { when: 'a reference only', change: (r) => (r.retention = { rules: [reference] }), expected: [] },
  ];
  it.each(cases)('$when', (c) => expectRule('retention', c));
});

describe('retention-enforceable (GDPR Art 5(1)(e), 25(1))', () => {
  const cases: RuleCase[] = [
    { when: 'every rule has keep, from and then', change: () => {}, expected: [] },
    { when: 'silent on retention (reported by the retention rule)', change: (r) => delete r.retention, expected: [] },
    {
      when: 'a rule that refers to the archive formation plan',
      change: (r) => r.retention.rules.push(reference),
      expected: ['warning retention-not-enforceable retention.rules[1].keep'],
    },
    {
      when: 'a statement in words and no rule',
      change: (r) => (r.retention = { statement: 'Niin kauan kuin asiakkuus kestää.' }),
      expected: ['warning retention-not-enforceable retention.rules'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('retention-enforceable', c));
});
