/**
 * Conditional fields: when a `showWhen` holds (booleans, choices, multi-choices, absent values),
 * which items of a form and members of an entry are shown, and that a field whose condition reads
 * a hidden field is hidden too.
 */
import { describe, expect, it } from 'vitest';
import { hiddenFields, isShown, visibleItems, visibleMembers } from '../../src/forms/conditions.js';
import type { Condition, Form } from '../../src/forms/types.js';

describe('isShown', () => {
  it.each<[string, Condition | undefined, Record<string, unknown>, boolean]>([
    ['no condition', undefined, {}, true],
    ['a boolean that is true', { field: 'turvakielto', values: [true] }, { turvakielto: true }, true],
    ['a boolean that is false', { field: 'turvakielto', values: [true] }, { turvakielto: false }, false],
    ['a boolean asked to be false', { field: 'turvakielto', values: [false] }, { turvakielto: false }, true],
    ['an absent boolean asked to be false', { field: 'turvakielto', values: [false] }, {}, false],
    ['the string "true" is not true', { field: 'turvakielto', values: [true] }, { turvakielto: 'true' }, false],
    ['a choice among the values', { field: 'tila', values: ['suljettu', 'siirretty'] }, { tila: 'siirretty' }, true],
    ['a choice not among them', { field: 'tila', values: ['suljettu'] }, { tila: 'avoin' }, false],
    ['an absent choice', { field: 'tila', values: ['suljettu'] }, { muu: 'suljettu' }, false],
    ['a multi-choice with one of the values', { field: 'kielet', values: ['sv'] }, { kielet: ['fi', 'sv'] }, true],
    ['a multi-choice without', { field: 'kielet', values: ['sv'] }, { kielet: ['fi'] }, false],
    ['no inherited property', { field: 'toString', values: ['x'] }, {}, false],
  ])('%s', (_, condition, values, shown) => {
    expect(isShown(condition, values)).toBe(shown);
  });
});

const FORM: Form = {
  id: 'testi',
  registry: 'testi',
  title: { fi: 'Testi' },
  modes: ['create', 'edit'],
  roles: [],
  origin: { derived: true },
  sections: [
    {
      id: 'a',
      title: { fi: 'A' },
      items: [{ field: 'nimi' }, { field: 'tila' }, { field: 'sulkemisen_syy', showWhen: { field: 'tila', values: ['suljettu'] } }],
    },
    {
      id: 'b',
      title: { fi: 'B' },
      items: [
        { field: 'turvakielto' },
        { field: 'peruste', showWhen: { field: 'turvakielto', values: [true] } },
        // Reads a field that is itself conditional.
        { field: 'lisatieto', showWhen: { field: 'peruste_tyyppi', values: ['muu'] } },
        { field: 'peruste_tyyppi', showWhen: { field: 'turvakielto', values: [true] } },
      ],
    },
  ],
};

describe('visibleItems', () => {
  it('lists every item in form order when no condition hides one', () => {
    const items = visibleItems(FORM, { tila: 'suljettu', turvakielto: true, peruste_tyyppi: 'muu' });
    expect(items.map((item) => item.field)).toEqual(['nimi', 'tila', 'sulkemisen_syy', 'turvakielto', 'peruste', 'lisatieto', 'peruste_tyyppi']);
  });

  it('leaves out the items whose condition does not hold', () => {
    expect(visibleItems(FORM, { tila: 'avoin' }).map((item) => item.field)).toEqual(['nimi', 'tila', 'turvakielto']);
  });

  it('hides a field whose condition reads a hidden field, whatever that field holds', () => {
    // peruste_tyyppi says "muu", but it is hidden (no address protection), so lisatieto is hidden too.
    const items = visibleItems(FORM, { turvakielto: false, peruste_tyyppi: 'muu' });
    expect(items.map((item) => item.field)).toEqual(['nimi', 'tila', 'turvakielto']);
    expect(hiddenFields(FORM.sections[1]!.items, { turvakielto: false, peruste_tyyppi: 'muu' })).toEqual(new Set(['peruste', 'lisatieto', 'peruste_tyyppi']));
  });
});

describe('visibleMembers', () => {
  const members = [{ field: 'tyyppi' }, { field: 'selite', showWhen: { field: 'tyyppi', values: ['muu'] } }, { field: 'aihe' }];

  it('shows a member when another member of the same entry has the value', () => {
    expect(visibleMembers(members, { tyyppi: 'muu' }).map((member) => member.field)).toEqual(['tyyppi', 'selite', 'aihe']);
    expect(visibleMembers(members, { tyyppi: 'puhelu', selite: 'x' }).map((member) => member.field)).toEqual(['tyyppi', 'aihe']);
    expect(visibleMembers(members, {}).map((member) => member.field)).toEqual(['tyyppi', 'aihe']);
  });
});
