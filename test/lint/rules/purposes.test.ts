import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

describe('purposes (GDPR Art 13(1)(c), 14(1)(c))', () => {
  const cases: RuleCase[] = [
    { when: 'a purpose is stated', change: () => {}, expected: [] },
    {
      when: 'no purposes',
      change: (r) => {
        delete r.purposes;
        delete r.legal_bases[0].purposes;
        delete r.categories[0].purposes;
      },
      expected: ['error purposes-missing purposes'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('purposes', c));
});

describe('legal-basis (GDPR Art 13(1)(c), 14(1)(c))', () => {
  const cases: RuleCase[] = [
    { when: 'a basis with its GDPR point', change: () => {}, expected: [] },
    { when: 'no legal basis', change: (r) => delete r.legal_bases, expected: ['error legal-basis-missing legal_bases'] },
    {
      when: 'a basis named in words and laws only ("Lakiperuste")',
      change: (r) => r.legal_bases.push({ id: 'lakiperuste', name: 'Lakiperuste', laws: ['Kuntalaki 410/2015'] }),
      expected: ['error legal-basis-without-article legal_bases[1].gdpr'],
    },
    { when: 'a basis with a 9(2) condition only', change: (r) => (r.legal_bases[0].gdpr = ['9(2)(h)']), expected: [] },
  ];
  it.each(cases)('$when', (c) => expectRule('legal-basis', c));
});

describe('legitimate-interests (GDPR Art 6(1) second subparagraph, 13(1)(d), 14(2)(b))', () => {
  const cases: RuleCase[] = [
    { when: 'no basis is 6(1)(f)', change: () => {}, expected: [] },
    {
      when: '6(1)(f) with the interests stated: still not for a public authority',
      change: (r) => {
        r.legal_bases[0].gdpr = ['6(1)(e)', '6(1)(f)'];
        r.legal_bases[0].legitimate_interests = 'Palvelun kehittäminen.';
      },
      expected: ['warning legitimate-interest-by-authority legal_bases[0].gdpr[1]'],
    },
    {
      when: '6(1)(f) without the interests',
      change: (r) => (r.legal_bases[0].gdpr = ['6(1)(f)']),
      // Sorted by position: the missing key is located at its basis, above the gdpr list.
      expected: ['error legitimate-interests-missing legal_bases[0].legitimate_interests', 'warning legitimate-interest-by-authority legal_bases[0].gdpr[0]'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('legitimate-interests', c));
});
