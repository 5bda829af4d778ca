/**
 * Demo records over the five seed registries: every record valid under the demo validators,
 * deterministic, identity codes always temporary test codes, Finnish names, reserved e-mail
 * domains, group entries dated in order before `today`, and values that agree with each other.
 */
import { describe, expect, it } from 'vitest';
import { generateRecords, demoRegistry, type DemoRecord } from '../../src/demo/generate-records.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, MUNICIPALITIES, SURNAMES } from '../../src/demo/finnish-data.js';
import { isTestIdentityCode } from '../../src/demo/test-identity-codes.js';
import { checkPersonalIdentityCode } from '../../src/formats/personal-identity-code.js';
import type { Field, Registry } from '../../src/model/types.js';
import { createRecordValidators } from '../../src/schema/record-validator.js';
import { loadSeeds } from '../helpers/seeds.js';

const seeds = loadSeeds();
const validators = createRecordValidators(seeds.map(demoRegistry));
const TODAY = new Date('2026-03-15T00:00:00Z');
const COUNT = 200;
const SEED = 20260315;
const generated = new Map(seeds.map((registry) => [registry.id, generateRecords(registry, { count: COUNT, seed: SEED, today: TODAY })]));

const FIRST_NAMES = new Set([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES]);
const ascii = (text: string) => text.toLowerCase().replace(/[äå]/g, 'a').replace(/ö/g, 'o');

interface Found {
  field: Field;
  value: unknown;
  /** The group entry the value is in, with the group field and the entry's index. */
  entry?: { group: Field; index: number; values: DemoRecord };
}

/** Every value in `record` of a field that `wanted` accepts, group entries included. */
function valuesIn(registry: Registry, record: DemoRecord, wanted: (field: Field) => boolean): Found[] {
  const found: Found[] = [];
  for (const field of registry.categories.flatMap((category) => category.fields)) {
    const value = record[field.id];
    if (value === undefined) continue;
    if (field.type === 'group') {
      (value as DemoRecord[]).forEach((values, index) => {
        for (const member of field.fields) {
          if (wanted(member) && values[member.id] !== undefined) found.push({ field: member, value: values[member.id], entry: { group: field, index, values } });
        }
      });
    } else if (wanted(field)) {
      found.push({ field, value });
    }
  }
  return found;
}

const ofType = (type: string) => (field: Field) => field.type === type;
const isName = (field: Field) => field.type === 'text' && (field.id === 'nimi' || field.label.fi === 'Nimi');

describe.each(seeds.map((registry) => [registry.id, registry] as const))('demo records of %s', (id, registry) => {
  const records = generated.get(id)!;

  it(`gives ${COUNT} records, all valid under the demo validator`, () => {
    expect(records).toHaveLength(COUNT);
    const validator = validators.get(id)!;
    const invalid = records.map((record, index) => ({ index, record, result: validator.validate(record, 'en') })).find(({ result }) => !result.ok);
    const report = invalid && !invalid.result.ok ? { index: invalid.index, errors: invalid.result.errors, record: invalid.record } : undefined;
    expect(report).toBeUndefined();
  });

  it('is deterministic for the same inputs and differs for another seed', () => {
    expect(generateRecords(registry, { count: 20, seed: SEED, today: TODAY })).toEqual(records.slice(0, 20));
    expect(generateRecords(registry, { count: 20, seed: SEED + 1, today: TODAY })).not.toEqual(records.slice(0, 20));
  });

  it('uses only temporary test identity codes (900–999), each once', () => {
    const codes = records.flatMap((record) => valuesIn(registry, record, ofType('personal-identity-code')).map(({ value }) => value as string));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !isTestIdentityCode(code) || Number(code.slice(7, 10)) < 900)).toEqual([]);
    const top = records.map((record) => record['henkilotunnus']).filter((code) => code !== undefined);
    expect(new Set(top).size).toBe(top.length);
  });

  it('gives people Finnish names from the lists, matching the sex in the identity code', () => {
    const wrong: string[] = [];
    for (const record of records) {
      for (const { value, entry } of valuesIn(registry, record, isName)) {
        const [first, last, ...rest] = (value as string).split(' ');
        if (!FIRST_NAMES.has(first!) || !SURNAMES.includes(last!) || rest.length > 0) wrong.push(value as string);
        const code = record['henkilotunnus'];
        if (entry === undefined && typeof code === 'string') {
          const male = Number(code.slice(7, 10)) % 2 === 1;
          if (male !== MALE_FIRST_NAMES.includes(first!)) wrong.push(`${value as string} ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes e-mail addresses at reserved domains only, spelling the person’s name', () => {
    const emails = records.flatMap((record) =>
      valuesIn(registry, record, ofType('email')).map(({ value, entry }) => ({ value: value as string, name: entry ? undefined : valuesIn(registry, record, isName)[0]?.value })),
    );
    const hasEmail = registry.categories.some((category) => category.fields.some((field) => [field, ...field.fields].some(ofType('email'))));
    expect(emails.length > 0).toBe(hasEmail);
    const firstNames = new Set([...FIRST_NAMES].map(ascii));
    const surnames = new Set(SURNAMES.map(ascii));
    const wrong = emails.filter(({ value, name }) => {
      const match = /^([a-z]+)\.([a-z]+)\d*@(example\.fi|example\.com)$/.exec(value);
      if (!match || !firstNames.has(match[1]!) || !surnames.has(match[2]!)) return true;
      return typeof name === 'string' && !value.startsWith(ascii(name).replace(' ', '.'));
    });
    expect(wrong).toEqual([]);
  });

  it('dates group entries before today, in order', () => {
    const today = TODAY.getTime();
    const wrong: string[] = [];
    let dated = 0;
    for (const record of records) {
      for (const group of registry.categories.flatMap((category) => category.fields).filter((field) => field.type === 'group')) {
        const entries = (record[group.id] as DemoRecord[] | undefined) ?? [];
        const temporal = group.fields.filter((member) => member.type === 'date' || member.type === 'datetime');
        if (temporal.length === 0) continue;
        let previous = -Infinity;
        for (const entry of entries) {
          for (const member of temporal) {
            const value = entry[member.id];
            if (value === undefined) continue;
            dated++;
            if (!(Date.parse(value as string) < today)) wrong.push(`${group.id}.${member.id} ${value as string} is not before today`);
          }
          // The first date of an entry is always there and orders the entries.
          const anchor = Date.parse(entry[temporal[0]!.id] as string);
          if (!(anchor >= previous)) wrong.push(`${group.id}: ${String(entry[temporal[0]!.id])} out of order`);
          previous = anchor;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(dated).toBeGreaterThan(0);
  });

  it('keeps optional fields present about 70% of the time', () => {
    const optional = registry.categories.flatMap((category) => category.fields).filter((field) => !field.required && field.type !== 'group' && field.type !== 'file');
    const present = records.reduce((sum, record) => sum + optional.filter((field) => record[field.id] !== undefined).length, 0);
    const share = present / (optional.length * records.length);
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.8);
  });

  it('keeps a record consistent: age from the identity code, home municipality from the address', () => {
    for (const record of records) {
      const code = record['henkilotunnus'];
      const birth = typeof code === 'string' ? checkPersonalIdentityCode(code, { allowTemporary: true }) : undefined;
      const age = valuesIn(registry, record, (field) => field.type === 'number' && field.label.fi === 'Ikä')[0];
      if (birth?.ok && age) {
        const [y, m, d] = birth.birthDate.split('-').map(Number) as [number, number, number];
        const hadBirthday = TODAY.getUTCMonth() + 1 > m || (TODAY.getUTCMonth() + 1 === m && TODAY.getUTCDate() >= d);
        expect(age.value).toBe(TODAY.getUTCFullYear() - y - (hadBirthday ? 0 : 1));
      }
      const municipality = valuesIn(registry, record, ofType('municipality')).find(({ entry }) => !entry);
      const address = valuesIn(registry, record, ofType('address')).find(({ entry }) => !entry);
      if (municipality && address) {
        const name = MUNICIPALITIES.find((candidate) => candidate.code === municipality.value)?.name;
        expect((address.value as { post_office: string }).post_office).toBe(name);
      }
    }
  });
});

describe('demo records across registries', () => {
  const raisio = seeds.find((registry) => registry.id === 'raisio-tyollisyyspalvelut')!;
  const walmu = seeds.find((registry) => registry.id === 'walmu-asiakashallinta')!;

  it('demoRegistry allows temporary codes in every identity-code field and leaves the registry as it was', () => {
    for (const registry of seeds) {
      const demo = demoRegistry(registry);
      const fields = (model: Registry) => model.categories.flatMap((category) => category.fields.flatMap((field) => [field, ...field.fields]));
      const codes = fields(demo).filter((field) => field.type === 'personal-identity-code');
      expect(codes.length).toBeGreaterThan(0);
      for (const field of codes) expect(field.settings.allow_temporary).toBe(true);
      expect(fields(registry).filter((field) => field.settings.allow_temporary === true)).toEqual([]);
    }
    // The real validators refuse the codes: demo records never pass as real ones.
    const real = createRecordValidators([raisio]).get(raisio.id)!;
    const result = real.validate(generated.get(raisio.id)![0], 'en');
    expect(result.ok).toBe(false);
  });

  it('puts few people under address protection (turvakielto, about 3%)', () => {
    const values = generateRecords(raisio, { count: 1500, seed: 1, today: TODAY })
      .map((record) => record['turvakielto'])
      .filter((value) => value !== undefined);
    const share = values.filter((value) => value === true).length / values.length;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.07);
  });

  it('lets most customers live in the registry’s own municipality and speak Finnish', () => {
    const records = generated.get(raisio.id)!;
    const homes = records.map((record) => record['kotikunta']).filter((code) => code !== undefined);
    expect(homes.filter((code) => code === '680').length / homes.length).toBeGreaterThan(0.6);
    expect(new Set(homes).size).toBeGreaterThan(1);
    const languages = records.map((record) => record['aidinkieli']).filter((code) => code !== undefined);
    expect(languages.filter((code) => code === 'fi').length / languages.length).toBeGreaterThan(0.6);
    expect(new Set(languages).size).toBeGreaterThan(2);
  });

  it('follows the settings of a definition: lengths, ranges and entry counts', () => {
    const tuned = (field: Field): Field => {
      const settings =
        field.id === 'nimi' ? { max_length: 6 }
        : field.id === 'tyohistoria' ? { min_length: 600, max_length: 700 }
        : field.id === 'ika' ? { integer: true, min: 30, max: 31 }
        : field.id === 'lasnaolomerkinnat' ? { min_items: 9, max_items: 10 }
        : field.id === 'paivakirja' ? { min_items: 1, max_items: 1 }
        : field.id === 'asiakirjatiedosto' ? { accept: ['image/*'], max_size_mb: 1 }
        : field.settings;
      return { ...field, settings, fields: field.fields.map(tuned) };
    };
    const registry: Registry = { ...walmu, categories: walmu.categories.map((category) => ({ ...category, fields: category.fields.map(tuned) })) };
    const validator = createRecordValidators([demoRegistry(registry)]).get(registry.id)!;
    const records = generateRecords(registry, { count: 100, seed: 3, today: TODAY });
    const failures = records.map((record) => validator.validate(record, 'en')).filter((result) => !result.ok);
    expect(failures.slice(0, 1)).toEqual([]);
    for (const record of records) {
      expect((record['nimi'] as string).length).toBeLessThanOrEqual(6);
      expect((record['lasnaolomerkinnat'] as unknown[]).length).toBeGreaterThanOrEqual(9);
      expect(record['paivakirja']).toHaveLength(1);
      for (const entry of (record['skannatut_asiakirjat'] as DemoRecord[] | undefined) ?? []) {
        expect(entry['asiakirjatiedosto']).toMatchObject({ media_type: 'image/jpeg' });
      }
    }
  });

  it('gives nothing for a count of 0 and refuses a bad count or date', () => {
    expect(generateRecords(walmu, { count: 0, seed: 1, today: TODAY })).toEqual([]);
    expect(() => generateRecords(walmu, { count: -1, seed: 1, today: TODAY })).toThrow(RangeError);
    expect(() => generateRecords(walmu, { count: 1.5, seed: 1, today: TODAY })).toThrow(RangeError);
    expect(() => generateRecords(walmu, { count: 1, seed: 1, today: new Date('nonsense') })).toThrow(RangeError);
  });

  it('gives each registry people of its own for the same seed', () => {
    const [a, b] = [seeds[0]!, seeds[1]!].map((registry) => generateRecords(registry, { count: 5, seed: 7, today: TODAY }));
    expect(a!.map((record) => record['henkilotunnus'])).not.toEqual(b!.map((record) => record['henkilotunnus']));
  });
});
