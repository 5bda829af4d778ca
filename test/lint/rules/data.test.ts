import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

describe('categories (GDPR Art 14(1)(d))', () => {
  const cases: RuleCase[] = [
    { when: 'categories are listed', change: () => {}, expected: [] },
    {
      when: 'none, and data comes from an authority',
      change: (r) => {
        delete r.categories;
        r.sources.push({ id: 'vrk', name: 'Väestötietojärjestelmä', kind: 'authority' });
      },
      expected: ['error categories-not-stated categories'],
    },
    { when: 'none, but all data comes from the person (Art 13)', change: (r) => delete r.categories, expected: [] },
  ];
  it.each(cases)('$when', (c) => expectRule('categories', c));
});

describe('sources (GDPR Art 14(2)(f))', () => {
  const cases: RuleCase[] = [
    { when: 'sources are listed', change: () => {}, expected: [] },
    {
      when: 'silent on sources',
      change: (r) => {
        delete r.sources;
        delete r.categories[0].sources;
      },
      expected: ['warning sources-not-stated sources'],
    },
    {
      when: 'a statement in words only',
      change: (r) => {
        delete r.sources;
        delete r.categories[0].sources;
        r.sources_statement = 'Tiedot saadaan asiakkaalta itseltään.';
      },
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('sources', c));
});

describe('special-categories (GDPR Art 9)', () => {
  const health = { id: 'terveys', label: 'Terveystiedot', type: 'long-text', special_category: true };
  const cases: RuleCase[] = [
    { when: 'no special-category data', change: () => {}, expected: [] },
    {
      when: 'a special field and no 9(2) condition',
      change: (r) => r.categories[0].fields.push(health),
      expected: ['warning special-category-without-condition categories[0].fields[2].special_category'],
    },
    {
      when: 'a special category: reported once, not for each field',
      change: (r) => (r.categories[0].special_category = true),
      expected: ['warning special-category-without-condition categories[0].special_category'],
    },
    {
      when: 'a special member of a repeating group',
      change: (r) => r.categories[0].fields[1].fields.push({ ...health, id: 'terveys_merkinta' }),
      expected: ['warning special-category-without-condition categories[0].fields[1].fields[1].special_category'],
    },
    {
      when: 'a 9(2) condition serving the field\'s purpose',
      change: (r) => {
        r.categories[0].fields.push(health);
        r.legal_bases[0].gdpr.push('9(2)(h)');
      },
      expected: [],
    },
    {
      when: 'a 9(2) condition serving another purpose only',
      change: (r) => {
        r.purposes.push({ id: 'tilastointi', name: 'Tilastointi' });
        r.legal_bases.push({ id: 'terveys', gdpr: ['9(2)(j)'], purposes: ['tilastointi'] });
        r.categories[0].fields.push(health);
      },
      expected: ['warning special-category-without-condition categories[0].fields[2].special_category'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('special-categories', c));
});

describe('field-purposes (GDPR Art 5(1)(b)–(c))', () => {
  const cases: RuleCase[] = [
    { when: 'every field serves the category\'s purpose', change: () => {}, expected: [] },
    {
      when: 'a category with no purposes whose fields name none',
      change: (r) => delete r.categories[0].purposes,
      expected: ['warning category-without-purpose categories[0].purposes'],
    },
    {
      when: 'a category with no purposes, one field naming its own',
      change: (r) => {
        delete r.categories[0].purposes;
        r.categories[0].fields[0].purposes = ['asiakkuus'];
      },
      expected: ['warning field-without-purpose categories[0].fields[1].purposes'],
    },
    {
      when: 'a group without purposes whose members name none: the group once',
      change: (r) => {
        delete r.categories[0].purposes;
        r.categories[0].fields[0].purposes = ['asiakkuus'];
        r.categories[0].fields[1].fields.push({ id: 'lisatieto', label: 'Lisätieto', type: 'text' });
      },
      expected: ['warning field-without-purpose categories[0].fields[1].purposes'],
    },
    {
      when: 'a group without purposes, one member naming its own: the other member',
      change: (r) => {
        delete r.categories[0].purposes;
        r.categories[0].fields[0].purposes = ['asiakkuus'];
        r.categories[0].fields[1].fields.push({ id: 'lisatieto', label: 'Lisätieto', type: 'text', purposes: ['asiakkuus'] });
      },
      expected: ['warning field-without-purpose categories[0].fields[1].fields[0].purposes'],
    },
    {
      when: 'no purposes at all (purposes-missing says it once)',
      change: (r) => {
        delete r.purposes;
        delete r.legal_bases[0].purposes;
        delete r.categories[0].purposes;
      },
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('field-purposes', c));
});
