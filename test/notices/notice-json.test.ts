/**
 * The machine-readable notice (`/notices/:id.json`): its shape is pinned by the JSON Schema it is
 * published with, it carries the derived rights, and it leaves out engine configuration.
 */
// The named export: under NodeNext the default import of this CommonJS module is its namespace.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { NOTICE_JSON_SCHEMA } from '../../src/notices/notice-json-schema.js';
import { NOTICE_JSON_FORMAT, noticeJson, SUPERVISORY_AUTHORITY } from '../../src/notices/notice-json.js';
import { deriveRights } from '../../src/notices/rights.js';
import { SEEDS, seed, trilingual } from './fixtures.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(NOTICE_JSON_SCHEMA);

const models = [...SEEDS.values(), trilingual()];

/** Every key used anywhere in a JSON value. */
function keys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keys(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.add(key);
      keys(item, out);
    }
  }
  return out;
}

/** JSON round trip: what a client really receives. */
const received = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

describe('NOTICE_JSON_SCHEMA', () => {
  it('compiles in strict mode as JSON Schema 2020-12', () => {
    expect(typeof validate).toBe('function');
    expect(NOTICE_JSON_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(NOTICE_JSON_SCHEMA)).toBe(true);
  });

  it('rejects what is not the shape', () => {
    const good = received(noticeJson(seed('raisio-tyollisyyspalvelut')));
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, format: 'seloste-notice/2' })).toBe(false);
    expect(validate({ ...good, roles: [] })).toBe(false);
    const { rights: _rights, ...withoutRights } = good;
    expect(validate(withoutRights)).toBe(false);
    expect(validate({ ...good, name: { sv: 'Bara svenska' } })).toBe(false);
    const rights = good['rights'] as { items: Array<Record<string, unknown>> };
    expect(validate({ ...good, rights: { ...rights, items: [{ ...rights.items[0], status: 'maybe' }] } })).toBe(false);
  });
});

describe('noticeJson', () => {
  it.each(models.map((model) => [model.id, model] as const))('%s validates against the schema', (_id, model) => {
    const json = received(noticeJson(model));
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(models.map((model) => [model.id, model] as const))('%s leaves out source positions and engine configuration', (_id, model) => {
    const json = received(noticeJson(model));
    const all = keys(json);
    expect(all.has('pointer')).toBe(false);
    for (const key of ['roles', 'lifecycle', 'reports', 'origin']) expect(Object.keys(json)).not.toContain(key);
    // Nor deeper down: lifecycle transitions and timers, role abilities, the source file.
    for (const key of ['transitions', 'timers', 'can', 'file', 'digest', 'stated']) expect(all.has(key), key).toBe(false);
    expect(JSON.stringify(json)).not.toContain('registries/');
  });

  it.each(models.map((model) => [model.id, model] as const))('%s carries the derived rights', (_id, model) => {
    const json = received(noticeJson(model));
    const derived = deriveRights(model);
    expect(json['format']).toBe(NOTICE_JSON_FORMAT);
    expect(NOTICE_JSON_FORMAT).toBe('seloste-notice/1');
    expect(json['id']).toBe(model.id);
    expect(json['version']).toBe(model.origin.digest);
    const rights = json['rights'] as { deadline: string; deadlineFrom: string; items: Array<{ right: string; status: string; article: string; reason?: string; decidedBy: string[] }> };
    expect([rights.deadline, rights.deadlineFrom]).toEqual([derived.deadline, derived.deadlineFrom]);
    expect(rights.items.map((item) => [item.right, item.status, item.article, item.reason, item.decidedBy])).toEqual(
      derived.items.map((item) => [item.right, item.status, item.article, item.reason, item.decidedBy]),
    );
    expect(json['supervisoryAuthority']).toEqual(received(SUPERVISORY_AUTHORITY));
  });

  it('Joensuu: rights with the reasons and the bases that decided them, and the register’s own words', () => {
    const json = received(noticeJson(seed('joensuu-tyollisyyspalvelut')));
    const items = (json['rights'] as { items: Array<Record<string, unknown>> }).items;
    const byRight = new Map(items.map((item) => [item['right'], item]));
    expect(byRight.get('erasure')).toMatchObject({ status: 'limited', reason: 'erasure-public-task', decidedBy: ['6(1)(e)'], article: '17' });
    expect(byRight.get('portability')).toMatchObject({ status: 'limited', reason: 'portability-public-task-part', decidedBy: ['6(1)(a)', '6(1)(e)'] });
    expect(byRight.get('objection')).toMatchObject({ status: 'applies', decidedBy: ['6(1)(e)'], text: { fi: 'Rekisteröidyllä on oikeus pyytää käsittelyn rajoittamista tai vastustaa käsittelyä.' } });
    expect(byRight.get('access')).not.toHaveProperty('reason');
  });

  it('Raisio: the retention rule names the state it starts from', () => {
    const json = received(noticeJson(seed('raisio-tyollisyyspalvelut')));
    expect((json['retention'] as { rules: unknown[] }).rules[0]).toEqual({
      kind: 'enforceable',
      id: 'asiakkuuden_paattyminen',
      keep: 'P1Y',
      from: { state: 'paattynyt', stateName: { fi: 'Asiakkuus päättynyt' } },
      then: 'delete',
      description: { fi: '1v asiakkuuden päättymisen jälkeen.' },
    });
  });

  it('keeps every language of a translated text, and says nothing for what the notice is silent on', () => {
    const json = received(noticeJson(trilingual()));
    expect(json['name']).toEqual({ fi: "=cmd|' /C calc'!A0", sv: 'Registret på svenska', en: 'The register in English' });
    expect(json['languages']).toEqual(['fi', 'sv', 'en']);
    const tyorasti = received(noticeJson(seed('helsinki-tyorasti')));
    expect(tyorasti).not.toHaveProperty('controller');
    expect(tyorasti['legalBases']).toEqual([]);
  });
});
