import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

describe('provision (GDPR Art 13(2)(e))', () => {
  const cases: RuleCase[] = [
    { when: 'the requirement is stated', change: () => {}, expected: [] },
    { when: 'silent, data collected from the person', change: (r) => delete r.provision, expected: ['error provision-requirement-not-stated provision'] },
    {
      when: 'silent on provision and on sources: read as collected from the person',
      change: (r) => {
        delete r.provision;
        delete r.sources;
        delete r.categories[0].sources;
      },
      expected: ['error provision-requirement-not-stated provision'],
    },
    {
      when: 'silent, but all data comes from others (Art 14 has no such point)',
      change: (r) => {
        delete r.provision;
        r.sources = [{ id: 'vrk', name: 'Väestötietojärjestelmä', kind: 'authority' }];
        r.categories[0].sources = ['vrk'];
      },
      expected: [],
    },
    {
      when: 'stated in the notice\'s words only',
      change: (r) => (r.provision = { description: 'Tietojen antaminen on palvelun edellytys.' }),
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('provision', c));
});
