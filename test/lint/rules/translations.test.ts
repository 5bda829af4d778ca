import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

/** The complete registry in Finnish and Swedish, every text translated. */
const bilingual = (r: Parameters<RuleCase['change']>[0]) => {
  r.languages = ['fi', 'sv'];
  r.name = { fi: 'Testirekisteri', sv: 'Testregister' };
  r.controller.name = { fi: 'Testilän kunta', sv: 'Testby kommun' };
  r.controller.address = { fi: 'Katu 1, 00100 Testilä', sv: 'Gatan 1, 00100 Testby' };
  r.dpo.name = 'Tietosuojavastaava';
  r.purposes[0].name = { fi: 'Asiakkuuden hoito', sv: 'Skötsel av kundrelationen' };
  r.legal_bases[0].laws = [{ fi: 'Laki julkisista työvoima- ja yrityspalveluista 916/2012', sv: 'Lag om offentlig arbetskrafts- och företagsservice 916/2012' }];
  r.provision.consequences = { fi: 'Palvelua ei voida antaa ilman tietoja.', sv: 'Tjänsten kan inte ges utan uppgifterna.' };
  r.sources[0].name = { fi: 'Asiakas itse', sv: 'Kunden själv' };
  r.categories[0].name = { fi: 'Perustiedot', sv: 'Grunduppgifter' };
  r.categories[0].fields[0].label = { fi: 'Nimi', sv: 'Namn' };
  r.categories[0].fields[1].label = { fi: 'Tapahtumat', sv: 'Händelser' };
  r.categories[0].fields[1].fields[0].label = { fi: 'Tapahtuma', sv: 'Händelse' };
  r.retention.statement = { fi: 'Tiedot säilytetään vuoden tietueen luomisesta.', sv: 'Uppgifterna sparas ett år från att posten skapades.' };
};

describe('translations (GDPR Art 12(1))', () => {
  const cases: RuleCase[] = [
    { when: 'a Finnish-only registry', change: () => {}, expected: [] },
    { when: 'every text translated', change: bilingual, expected: [] },
    {
      when: 'a Swedish text that is the Finnish one copied',
      change: (r) => {
        bilingual(r);
        r.retention.statement.sv = r.retention.statement.fi;
      },
      expected: ['warning text-not-translated retention.statement.sv'],
    },
    {
      when: 'a copied text inside a field, under a model key spelled differently in YAML',
      change: (r) => {
        bilingual(r);
        r.legal_bases[0].legitimate_interests = { fi: 'Palvelun kehittäminen ja tilastointi', sv: 'Palvelun kehittäminen ja tilastointi' };
        r.legal_bases[0].gdpr.push('6(1)(f)');
      },
      expected: ['warning text-not-translated legal_bases[0].legitimate_interests.sv'],
    },
    {
      when: 'a copied option label of a field (YAML keeps options beside the field keys)',
      change: (r) => {
        bilingual(r);
        r.categories[0].fields.push({
          id: 'tila',
          label: { fi: 'Tila', sv: 'Status' },
          type: 'choice',
          options: [{ id: 'a', label: { fi: 'Asiakkuus on päättynyt kokonaan', sv: 'Asiakkuus on päättynyt kokonaan' } }],
        });
      },
      expected: ['warning text-not-translated categories[0].fields[2].options[0].label.sv'],
    },
    {
      when: 'names the same in every language are not reported',
      change: (r) => {
        bilingual(r);
        r.sources[0].name = { fi: 'Kela', sv: 'Kela' };
      },
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('translations', c));
});
