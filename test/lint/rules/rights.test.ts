import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

type Doc = Parameters<RuleCase['change']>[0];
const withoutRight = (r: Doc, right: string) => (r.rights.items = r.rights.items.filter((item: { right: string }) => item.right !== right));
const consentBasis = (r: Doc) => {
  r.consents = [{ id: 'suostumus', name: 'Suostumus', methods: ['written'] }];
  r.legal_bases.push({ id: 'suostumus', gdpr: ['6(1)(a)'], consent: 'suostumus' });
};

describe('rights (GDPR Art 13(2)(b), 14(2)(c))', () => {
  const cases: RuleCase[] = [
    { when: 'every applicable right is stated', change: () => {}, expected: [] },
    { when: 'restriction is not stated', change: (r) => withoutRight(r, 'restriction'), expected: ['info rights-not-stated rights.items'] },
    {
      when: 'objection is not stated although the basis is 6(1)(e) (Art 21(4))',
      change: (r) => withoutRight(r, 'objection'),
      expected: ['info rights-not-stated rights.items'],
    },
    {
      when: 'objection is not stated and the basis is 6(1)(c): no right to object applies',
      change: (r) => {
        r.legal_bases[0].gdpr = ['6(1)(c)'];
        withoutRight(r, 'objection');
      },
      expected: [],
    },
    {
      when: 'silent on rights altogether: each applicable right (complaint has its own rule)',
      change: (r) => delete r.rights,
      expected: ['access', 'rectification', 'erasure', 'restriction', 'objection'].map(() => 'info rights-not-stated rights'),
    },
    {
      when: 'portability is not stated under consent: it applies (Art 20(1))',
      change: (r) => {
        r.legal_bases[0].gdpr = ['6(1)(a)'];
        r.legal_bases[0].consent = 'suostumus';
        r.consents = [{ id: 'suostumus', name: 'Suostumus', methods: ['written'] }];
        withoutRight(r, 'objection');
      },
      expected: ['info rights-not-stated rights.items'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('rights', c));
});

describe('consent-withdrawal (GDPR Art 7(3), 13(2)(c), 14(2)(d))', () => {
  const cases: RuleCase[] = [
    { when: 'no processing rests on consent', change: () => {}, expected: [] },
    { when: 'consent is a basis and withdrawal is not explained', change: consentBasis, expected: ['info withdrawal-not-explained rights.items'] },
    {
      when: 'the consent says how it is withdrawn',
      change: (r) => {
        consentBasis(r);
        r.consents[0].withdrawal = 'Suostumuksen voi peruuttaa ilmoittamalla omalle työntekijälle.';
      },
      expected: [],
    },
    {
      when: 'the right to withdraw is stated',
      change: (r) => {
        consentBasis(r);
        r.rights.items.push({ right: 'withdraw-consent', text: 'Suostumuksen voi peruuttaa milloin tahansa.' });
      },
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('consent-withdrawal', c));
});

describe('complaint (GDPR Art 13(2)(d), 14(2)(e), 77)', () => {
  const cases: RuleCase[] = [
    { when: 'the right to complain is stated', change: () => {}, expected: [] },
    { when: 'it is not', change: (r) => withoutRight(r, 'complaint'), expected: ['info complaint-not-stated rights.items'] },
    { when: 'silent on rights altogether', change: (r) => delete r.rights, expected: ['info complaint-not-stated rights'] },
  ];
  it.each(cases)('$when', (c) => expectRule('complaint', c));
});

describe('excluded-rights (GDPR Art 17(3), 20, 21)', () => {
  const portability = { right: 'portability', text: 'Oikeus siirtää tiedot järjestelmästä toiseen.' };
  const cases: RuleCase[] = [
    { when: 'only rights the law gives are stated', change: () => {}, expected: [] },
    {
      when: 'portability granted for a public task (6(1)(e))',
      change: (r) => r.rights.items.push(portability),
      expected: ['warning right-excluded-by-law rights.items[6].text'],
    },
    {
      when: 'objection granted for a legal obligation (6(1)(c))',
      change: (r) => {
        r.legal_bases[0].gdpr = ['6(1)(c)'];
        r.rights.items[4].text = 'Oikeus vastustaa käsittelyä.';
      },
      expected: ['warning right-excluded-by-law rights.items[4].text'],
    },
    {
      when: 'portability granted under consent',
      change: (r) => {
        consentBasis(r);
        r.rights.items.push(portability);
      },
      expected: [],
    },
    {
      when: 'a basis without a GDPR article might be the point that gives the right: not certain, not reported',
      change: (r) => {
        r.legal_bases[0].gdpr = ['6(1)(c)'];
        r.legal_bases.push({ id: 'lakiperuste', name: 'Lakiperuste' });
        r.rights.items[4].text = 'Oikeus vastustaa käsittelyä.';
      },
      expected: [],
    },
    {
      when: 'portability granted for a register kept on paper only, whatever the bases',
      change: (r) => {
        consentBasis(r);
        r.legal_bases.push({ id: 'lakiperuste', name: 'Lakiperuste' });
        r.register_form = ['manual'];
        r.rights.items.push(portability);
      },
      expected: ['warning right-excluded-by-law rights.items[6].text'],
    },
    {
      when: 'a right stated without text is not a promise',
      change: (r) => r.rights.items.push({ right: 'portability', exercise: { channels: ['Kirjallisesti.'] } }),
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('excluded-rights', c));
});

describe('answer-deadline (GDPR Art 12(3))', () => {
  const cases: RuleCase[] = [
    { when: 'no deadline stated: the law\'s month applies', change: () => {}, expected: [] },
    { when: 'fourteen days', change: (r) => (r.rights.exercise = { deadline: 'P14D' }), expected: [] },
    { when: 'one month', change: (r) => (r.rights.exercise = { deadline: 'P1M' }), expected: [] },
    {
      when: 'thirty days is not within a month in February',
      change: (r) => (r.rights.exercise = { deadline: 'P30D' }),
      expected: ['warning deadline-exceeds-law rights.exercise.deadline'],
    },
    {
      when: 'three months for one right',
      change: (r) => (r.rights.items[0].exercise = { deadline: 'P3M' }),
      expected: ['warning deadline-exceeds-law rights.items[0].exercise.deadline'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('answer-deadline', c));
});
