import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

const consent = { id: 'luovutus', name: 'Suostumus tietojen luovuttamiseen', methods: ['signed-form'] };
const disclosure = (extra: Record<string, unknown>) => ({ regular: true, items: [{ id: 'te_toimisto', recipient: 'TE-toimisto', ...extra }] });

describe('recipients (GDPR Art 13(1)(e), 14(1)(e))', () => {
  const cases: RuleCase[] = [
    { when: 'regular: false states that nothing is regularly disclosed', change: () => {}, expected: [] },
    { when: 'silent on disclosures', change: (r) => delete r.disclosures, expected: ['error recipients-not-stated disclosures'] },
    { when: 'an empty disclosures mapping says nothing', change: (r) => (r.disclosures = {}), expected: ['error recipients-not-stated disclosures'] },
    { when: 'only a statement in words', change: (r) => (r.disclosures = { statement: ['Tietoja ei luovuteta ulkopuolisille.'] }), expected: [] },
    { when: 'recipients listed', change: (r) => (r.disclosures = disclosure({ basis: 'law', laws: ['Laki 916/2012'] })), expected: [] },
  ];
  it.each(cases)('$when', (c) => expectRule('recipients', c));
});

describe('disclosure-basis (GDPR Art 6(1), 5(1)(a))', () => {
  const cases: RuleCase[] = [
    { when: 'each disclosure has a basis', change: (r) => (r.disclosures = disclosure({ basis: 'law' })), expected: [] },
    {
      when: 'a disclosure names its recipient only',
      change: (r) => (r.disclosures = disclosure({})),
      expected: ['warning disclosure-basis-not-stated disclosures.items[0].basis'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('disclosure-basis', c));
});

describe('consent-flow (GDPR Art 7(1), 7(3))', () => {
  const cases: RuleCase[] = [
    {
      when: 'a consent-based disclosure refers to a declared consent',
      change: (r) => {
        r.consents = [consent];
        r.disclosures = disclosure({ basis: 'consent', consent: 'luovutus' });
      },
      expected: [],
    },
    {
      when: 'a consent-based disclosure with no consent',
      change: (r) => (r.disclosures = disclosure({ basis: 'consent' })),
      expected: ['warning consent-disclosure-without-consent disclosures.items[0].consent'],
    },
    {
      when: 'a consent basis in a registry that declares no consent',
      change: (r) => r.legal_bases.push({ id: 'suostumus', gdpr: ['6(1)(a)'], name: 'Rekisteröidyn antama suostumus' }),
      expected: ['warning consent-basis-without-consent legal_bases[1].consent'],
    },
    {
      when: 'a consent basis not linked to a consent the registry does declare',
      change: (r) => {
        r.consents = [consent];
        r.legal_bases.push({ id: 'suostumus', gdpr: ['6(1)(a)'] });
      },
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('consent-flow', c));
});

describe('transfers (GDPR Art 13(1)(f), 14(1)(f))', () => {
  const cases: RuleCase[] = [
    { when: 'outside_eea: false', change: () => {}, expected: [] },
    { when: 'silent on transfers', change: (r) => delete r.transfers, expected: ['warning transfers-not-stated transfers'] },
  ];
  it.each(cases)('$when', (c) => expectRule('transfers', c));
});

describe('transfer-safeguards (GDPR Art 13(1)(f), 14(1)(f), 46)', () => {
  const transfer = (safeguard: string, description?: string) => ({
    outside_eea: true,
    destinations: [{ country: 'Yhdysvallat', safeguard, ...(description ? { description } : {}) }],
  });
  const cases: RuleCase[] = [
    { when: 'no transfers', change: () => {}, expected: [] },
    { when: 'an adequacy decision needs no copy', change: (r) => (r.transfers = transfer('adequacy-decision')), expected: [] },
    {
      when: 'standard contractual clauses without where to get them',
      change: (r) => (r.transfers = transfer('standard-contractual-clauses')),
      expected: ['warning safeguard-copy-not-stated transfers.destinations[0].description'],
    },
    {
      when: 'standard contractual clauses with where to get them',
      change: (r) => (r.transfers = transfer('standard-contractual-clauses', 'Jäljennöksen saa kirjaamosta.')),
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('transfer-safeguards', c));
});
