/**
 * The shared suite over every field type: its value schema compiles in ajv's strict mode with the
 * record formats, accepts typical values and refuses wrong ones. A new field type without a row
 * here fails the first test.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../src/fields/registry.js';
import type { Field } from '../../src/model/types.js';
import { addRecordFormats } from '../../src/schema/formats.js';
import { fieldSchema } from '../../src/schema/record-schema.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addRecordFormats(ajv);

function field(type: string, settings: Field['settings'] = {}, members: Field[] = []): Field {
  return { id: 'f', label: { fi: 'Kenttä' }, type, required: true, specialCategory: false, sources: [], purposes: [], category: 'c', settings, fields: members, pointer: '' };
}

const OPTIONS = { options: [{ id: 'a', label: { fi: 'A' } }, { id: 'b', label: { fi: 'B' } }] };

/** type → [field, valid values, invalid values] */
const CASES: Record<string, [Field, unknown[], unknown[]]> = {
  text: [field('text', { max_length: 10 }), ['Maija', 'Åke Öhman'], ['', 'x'.repeat(11), 'a\nb', 'bell\u0007', 5, null]],
  'long-text': [field('long-text'), ['Rivi 1\nRivi 2\tsarkain'], ['', 'nul\u0000', 'esc\u001b[31m', 'x'.repeat(20001)]],
  number: [field('number', { integer: true, min: 0, max: 600 }), [0, 45, 600], [-1, 601, 4.5, '45', null]],
  boolean: [field('boolean'), [true, false], ['true', 1, null]],
  date: [field('date'), ['2026-11-23', '2024-02-29'], ['2023-02-29', '23.11.2026', '2026-13-01', '']],
  datetime: [field('datetime'), ['2026-11-23T10:00:00+02:00', '2026-11-23T08:00:00Z'], ['2026-11-23 10:00', '2026-11-23T10:00:00', '']],
  choice: [field('choice', OPTIONS), ['a', 'b'], ['c', '', ['a']]],
  'multi-choice': [field('multi-choice', OPTIONS), [['a'], ['a', 'b']], [[], ['a', 'a'], ['c'], 'a']],
  email: [field('email'), ['maija.meikalainen@example.fi'], ['maija@', 'ei sähköposti', '']],
  phone: [field('phone'), ['040 123 4567', '+358 40 123 4567', '(02) 434 3111'], ['040', 'soita', '++358401234567', '']],
  address: [
    field('address'),
    [{ street: 'Nallinkatu 2', postal_code: '21200', post_office: 'Raisio' }, { street: 'Storgatan 1', postal_code: '111 51', post_office: 'Stockholm', country: 'SE' }],
    [{ street: 'Nallinkatu 2', postal_code: '2120', post_office: 'Raisio' }, { street: 'X', postal_code: '00100' }, { street: 'X', postal_code: '00100', post_office: 'H', floor: 2 }, 'Nallinkatu 2, 21200 Raisio'],
  ],
  'postal-code': [field('postal-code'), ['00100', '99999'], ['0010', '001000', 'FI-00100']],
  'personal-identity-code': [field('personal-identity-code'), ['131052-308T', '010101-123N'], ['131052-308U', '010101-900R', '131052308T', '311399-1234']],
  'business-id': [field('business-id'), ['0204819-8'], ['0204819-9', '204819-8']],
  iban: [field('iban'), ['FI21 1234 5600 0007 85', 'FI2112345600000785'], ['FI21 1234 5600 0007 86', 'XX00 1234', '']],
  language: [field('language'), ['fi', 'sv', 'smn'], ['FI', 'finnish', '']],
  municipality: [field('municipality'), ['091', '680'], ['91', 'Helsinki', '0910']],
  file: [field('file', { max_size_mb: 1 }), [{ id: 'abc-123', name: 'liite.pdf', media_type: 'application/pdf', size: 1000 }], [{ id: '../etc/passwd', name: 'x', media_type: 'a/b', size: 1 }, { id: 'a', name: 'x', media_type: 'a/b', size: 2 * 1024 * 1024 }]],
  group: [
    field('group', { max_items: 2 }, [{ ...field('text'), id: 'aihe' }]),
    [[], [{ aihe: 'Työnhaku' }]],
    [[{ aihe: '' }], [{ aihe: 'a' }, { aihe: 'b' }, { aihe: 'c' }], [{ muu: 'x', aihe: 'a' }], 'ei lista'],
  ],
};

describe('value schemas of every field type', () => {
  it('every registered type has a row here', () => {
    expect(Object.keys(CASES).sort()).toEqual([...FIELD_TYPES.keys()].sort());
  });

  describe.each(Object.entries(CASES))('%s', (_type, [definition, valid, invalid]) => {
    const check = ajv.compile(fieldSchema(definition));
    it.each(valid.map((value) => [value]))('accepts %j', (value) => {
      expect(check(value), JSON.stringify(check.errors)).toBe(true);
    });
    it.each(invalid.map((value) => [value]))('refuses %j', (value) => {
      expect(check(value)).toBe(false);
    });
  });
});
