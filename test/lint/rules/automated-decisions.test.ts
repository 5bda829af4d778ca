import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

describe('automated-decisions (GDPR Art 13(2)(f), 14(2)(g), 22)', () => {
  const cases: RuleCase[] = [
    { when: 'used: false', change: () => {}, expected: [] },
    { when: 'silent', change: (r) => delete r.automated_decisions, expected: ['warning automated-decisions-not-stated automated_decisions'] },
    {
      when: 'used without logic or consequences',
      change: (r) => (r.automated_decisions = { used: true }),
      expected: ['error automated-decisions-logic-missing automated_decisions.logic', 'error automated-decisions-significance-missing automated_decisions.significance'],
    },
    {
      when: 'used, with logic and consequences',
      change: (r) => (r.automated_decisions = { used: true, logic: 'Pisteytys työttömyyden keston mukaan.', significance: 'Ohjaa palveluun.' }),
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('automated-decisions', c));
});
