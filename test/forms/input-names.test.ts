/**
 * Input names and ids of staff forms: how they are built, which posted names are ours (and which
 * are refused before any lookup), that every id of every seed registry is a valid, unique HTML
 * id, and that each validator error finds the input it belongs to.
 */
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_PARTS,
  addActionValue,
  addressPartInputName,
  entryInputName,
  fieldInputName,
  inputIdOf,
  inputNameOf,
  memberInputName,
  optionInputId,
  parseActionValue,
  parseInputName,
  removeActionValue,
  type ParsedInputName,
} from '../../src/forms/input-names.js';
import { createRecordValidators } from '../../src/schema/record-validator.js';
import { registryFrom, TEST_REGISTRY_HEAD } from '../helpers/registry-text.js';
import { loadSeeds } from '../helpers/seeds.js';

const REGISTRY = registryFrom(`${TEST_REGISTRY_HEAD}      - { id: nimi, label: Nimi, type: text, required: true }
      - { id: osoite, label: Osoite, type: address }
      - { id: liite, label: Liite, type: file }
      - id: kielet
        label: Kielet
        type: multi-choice
        options: [{ id: fi, label: suomi }, { id: sv, label: ruotsi }]
      - id: tapahtumat
        label: Tapahtumat
        type: group
        min_items: 1
        fields:
          - { id: kesto, label: Kesto, type: number }
          - { id: paikka, label: Paikka, type: address }
`);

describe('input names and ids', () => {
  it('name top-level fields, address parts, entries and members', () => {
    expect(fieldInputName('nimi')).toBe('f.nimi');
    expect(addressPartInputName(fieldInputName('osoite'), 'postal_code')).toBe('f.osoite.postal_code');
    expect(entryInputName('tapahtumat', 2)).toBe('f.tapahtumat.2');
    expect(memberInputName('tapahtumat', 2, 'kesto')).toBe('f.tapahtumat.2.kesto');
    expect(addressPartInputName(memberInputName('tapahtumat', 0, 'paikka'), 'street')).toBe('f.tapahtumat.0.paikka.street');
  });

  it('derive ids from names, and option ids from both', () => {
    expect(inputIdOf('f.nimi')).toBe('f-nimi');
    expect(inputIdOf('f.tapahtumat.2.kesto')).toBe('f-tapahtumat-2-kesto');
    expect(inputIdOf('f.osoite.postal_code')).toBe('f-osoite-postal_code');
    expect(optionInputId('f.kielet', 'sv')).toBe('f-kielet-sv');
    expect(optionInputId('f.turvakielto', 'true')).toBe('f-turvakielto-true');
  });

  it('give every input of every seed registry a valid id of its own', () => {
    for (const registry of loadSeeds()) {
      const names: string[] = [];
      for (const field of registry.categories.flatMap((category) => category.fields)) {
        const top = fieldInputName(field.id);
        names.push(top, ...(field.settings.options ?? []).map((option) => `${top}.${option.id}`));
        if (field.type === 'address') names.push(...ADDRESS_PARTS.map((part) => addressPartInputName(top, part)));
        for (const index of [0, 1, 10]) {
          if (field.type !== 'group') continue;
          names.push(entryInputName(field.id, index));
          for (const member of field.fields) {
            const name = memberInputName(field.id, index, member.id);
            names.push(name, ...(member.settings.options ?? []).map((option) => `${name}.${option.id}`));
            if (member.type === 'address') names.push(...ADDRESS_PARTS.map((part) => addressPartInputName(name, part)));
          }
        }
      }
      const ids = names.map(inputIdOf);
      expect(new Set(ids).size, registry.id).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^f-[a-z0-9_-]+$/);
    }
  });
});

describe('parseInputName', () => {
  it.each<[string, ParsedInputName]>([
    ['f.nimi', { kind: 'field', field: 'nimi' }],
    ['f.osoite.street', { kind: 'field', field: 'osoite', part: 'street' }],
    ['f.osoite.country', { kind: 'field', field: 'osoite', part: 'country' }],
    ['f.tapahtumat.0', { kind: 'entry', group: 'tapahtumat', index: 0 }],
    ['f.tapahtumat.12.kesto', { kind: 'member', group: 'tapahtumat', index: 12, member: 'kesto' }],
    ['f.tapahtumat.3.paikka.post_office', { kind: 'member', group: 'tapahtumat', index: 3, member: 'paikka', part: 'post_office' }],
  ])('reads %s', (name, parsed) => {
    expect(parseInputName(name)).toEqual(parsed);
  });

  it.each([
    'nimi',
    'x.nimi',
    'f',
    'f.',
    'f..nimi',
    'F.nimi',
    'f.Nimi',
    'f.__proto__',
    'f.tapahtumat.0.__proto__',
    '__proto__',
    'f.nimi.toString',
    'f.osoite.street.x',
    'f.tapahtumat.-1.kesto',
    'f.tapahtumat.1e3.kesto',
    'f.tapahtumat.01.kesto',
    'f.tapahtumat.1.5.kesto',
    'f.tapahtumat.99999999.kesto',
    'f.tapahtumat.0x10.kesto',
    'f.tapahtumat. 1.kesto',
    'f.tapahtumat.0.paikka.street.x',
    'f.tapahtumat.0.kesto.x',
    `f.${'a'.repeat(400)}`,
  ])('refuses %s', (name) => {
    expect(parseInputName(name)).toBeUndefined();
  });
});

describe('actions', () => {
  it('round-trip the values of the add and remove buttons', () => {
    expect(parseActionValue(addActionValue('tapahtumat'))).toEqual({ kind: 'add', group: 'tapahtumat' });
    expect(parseActionValue(removeActionValue('tapahtumat', 3))).toEqual({ kind: 'remove', group: 'tapahtumat', index: 3 });
  });

  it.each(['', 'save', 'add:', 'add:__proto__', 'remove:tapahtumat', 'remove:tapahtumat:-1', 'remove:tapahtumat:1e3', 'remove:tapahtumat:9999999', 'add:tapahtumat:1'])('ignore %j', (value) => {
    expect(parseActionValue(value)).toBeUndefined();
  });
});

describe('inputNameOf', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['/nimi', 'f.nimi', 'f-nimi'],
    ['/osoite', 'f.osoite', 'f-osoite'],
    ['/osoite/postal_code', 'f.osoite.postal_code', 'f-osoite-postal_code'],
    ['/tapahtumat', 'f.tapahtumat', 'f-tapahtumat'],
    ['/tapahtumat/2', 'f.tapahtumat.2', 'f-tapahtumat-2'],
    ['/tapahtumat/2/kesto', 'f.tapahtumat.2.kesto', 'f-tapahtumat-2-kesto'],
    ['/tapahtumat/0/paikka/street', 'f.tapahtumat.0.paikka.street', 'f-tapahtumat-0-paikka-street'],
    ['/tapahtumat/0/paikka', 'f.tapahtumat.0.paikka', 'f-tapahtumat-0-paikka'],
    // With the registry: a multi-choice item and a file's part belong to the field's own input.
    ['/kielet/1', 'f.kielet', 'f-kielet'],
    ['/liite/name', 'f.liite', 'f-liite'],
    // An unknown member of an entry (additionalProperties) points at the entry.
    ['/tapahtumat/0/olematon', 'f.tapahtumat.0', 'f-tapahtumat-0'],
    ['', undefined, undefined],
    ['/olematon', undefined, undefined],
    ['/__proto__', undefined, undefined],
    ['nimi', undefined, undefined],
  ])('maps %j with the registry', (pointer, name, id) => {
    const ref = inputNameOf(pointer, REGISTRY);
    expect(ref?.name).toBe(name);
    expect(ref?.id).toBe(id);
  });

  it('maps pointers by their shape without the registry', () => {
    expect(inputNameOf('/tapahtumat/2/kesto')).toEqual({ name: 'f.tapahtumat.2.kesto', id: 'f-tapahtumat-2-kesto' });
    expect(inputNameOf('/osoite/postal_code')).toEqual({ name: 'f.osoite.postal_code', id: 'f-osoite-postal_code' });
    expect(inputNameOf('/tapahtumat/0/paikka/street')?.name).toBe('f.tapahtumat.0.paikka.street');
    expect(inputNameOf('/olematon')?.name).toBe('f.olematon');
    expect(inputNameOf('')).toBeUndefined();
  });

  it("finds an input of the form for every error of the record validator", () => {
    const validator = createRecordValidators([REGISTRY]).get('testi')!;
    const result = validator.validate(
      {
        osoite: { street: 'Katu 1', postal_code: '123', post_office: 'Raisio' },
        kielet: ['fi', 'klingon'],
        tapahtumat: [{ kesto: 5 }, { kesto: 'pitkä', paikka: { street: 'Tie 2', post_office: 'Turku' } }],
      },
      'fi',
    );
    expect(result.ok).toBe(false);
    const refs = result.ok ? [] : result.errors.map((error) => [error.pointer, inputNameOf(error.pointer, REGISTRY)?.name]);
    expect(refs).toEqual(
      expect.arrayContaining([
        ['/nimi', 'f.nimi'],
        ['/osoite/postal_code', 'f.osoite.postal_code'],
        ['/kielet/1', 'f.kielet'],
        ['/tapahtumat/1/kesto', 'f.tapahtumat.1.kesto'],
        ['/tapahtumat/1/paikka/postal_code', 'f.tapahtumat.1.paikka.postal_code'],
      ]),
    );
    for (const [, name] of refs) expect(name).toBeDefined();
  });

  it('points a group with too few entries at its fieldset', () => {
    const validator = createRecordValidators([REGISTRY]).get('testi')!;
    const result = validator.validate({ nimi: 'X', tapahtumat: [] }, 'fi');
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => inputNameOf(error.pointer, REGISTRY))).toEqual([{ name: 'f.tapahtumat', id: 'f-tapahtumat' }]);
  });
});
