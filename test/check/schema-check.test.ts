import { describe, expect, it } from 'vitest';
import { createSchemaChecker } from '../../src/check/schema-check.js';

const check = createSchemaChecker();
const base = { id: 'testi', languages: ['fi'], name: 'Testi' };
const codesOf = (data: unknown) => check(data).findings.map((f) => `${f.code}:${f.path.join('/')}`);

describe('meta-schema values', () => {
  // Bug: phone numbers written with an area code in parentheses, as "(02) 434 3111" in Raisio's
  // notice, were rejected.
  it.each(['(02) 434 3111', '050 434 8641', '+358 40 123 4567', '040-7794379', '(017) 27231'])('accepts the phone number %j', (phone) => {
    expect(codesOf({ ...base, controller: { name: 'X', phone } })).toEqual([]);
  });

  it.each(['phone', '12', 'puh. 040 123', '040 123 4567 ext'])('rejects the phone number %j', (phone) => {
    expect(codesOf({ ...base, controller: { name: 'X', phone } })).toEqual(['bad-phone:controller/phone']);
  });

  it.each([
    ['email', 'kimmo.rinne(at)raisio.fi', 'bad-email'],
    ['website', 'www.raisio.fi', 'bad-url'],
    ['business_id', '0204819-7', 'bad-business-id'],
  ])('rejects controller.%s %j as %s', (key, value, code) => {
    expect(codesOf({ ...base, controller: { name: 'X', [key]: value } })).toEqual([`${code}:controller/${key}`]);
  });

  it('collects declared ids and references while it validates', () => {
    const result = check({
      ...base,
      purposes: [{ id: 'hoito', name: 'Hoito' }],
      legal_bases: [{ id: 'lb', gdpr: ['6(1)(e)'], purposes: ['hoito'] }],
      roles: [{ id: 'r', name: 'R', read: ['*'] }],
    });
    expect(result.findings).toEqual([]);
    expect(result.declarations.map((d) => `${d.kind}:${d.id}`)).toEqual(['purpose:hoito', 'legal-basis:lb', 'role:r']);
    expect(result.references.map((r) => `${r.kind}:${r.id}:${r.wildcard}`)).toEqual(['purpose:hoito:false', 'category:*:true']);
  });

  it('reports a text missing a declared language at the text itself', () => {
    expect(codesOf({ ...base, languages: ['fi', 'en'], name: { fi: 'Testi' }, description: { fi: 'a', en: 'b' } })).toEqual([
      'missing-translation:name',
    ]);
  });
});
