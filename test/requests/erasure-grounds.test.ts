/** Whether a registry's legal bases allow erasure (GDPR 17(3)(b)), on the seeds and on test registries. */
import { describe, expect, it } from 'vitest';
import { erasureGrounds, erasureRefusal } from '../../src/requests/erasure-grounds.js';
import { seedRegistries } from '../helpers/engine.js';
import { registryFrom, TEST_REGISTRY_HEAD } from '../helpers/registry-text.js';

const seed = (id: string) => seedRegistries().find((registry) => registry.id === id)!;

/** A test registry with these legal bases (YAML list items). */
function withBases(bases: string): ReturnType<typeof registryFrom> {
  return registryFrom(`${TEST_REGISTRY_HEAD}      - { id: nimi, label: Nimi, type: text }
purposes:
  - { id: palvelu, name: Palvelu }
${bases ? `legal_bases:\n${bases}` : ''}`);
}

describe('erasureGrounds', () => {
  it.each([
    // Joensuu: public interest 6(1)(e), and a basis naming laws.
    ['joensuu-tyollisyyspalvelut', 'excluded', ['lainsaadanto', 'yleinen_etu']],
    // A basis with neither a GDPR point nor a law: staff decide.
    ['raisio-tyollisyyspalvelut', 'undetermined', ['lakiperuste']],
    ['iisalmi-hakosalo', 'undetermined', ['asiakassuhteen_hoitaminen']],
    ['walmu-asiakashallinta', 'undetermined', ['asiakassuhde']],
    // No legal basis stated at all.
    ['helsinki-tyorasti', 'undetermined', []],
  ])('%s: %s', (id, kind, bases) => {
    const grounds = erasureGrounds(seed(id));
    expect(grounds.kind).toBe(kind);
    expect(grounds.bases.map((basis) => basis.id)).toEqual(bases);
  });

  it('gives Helsinki\'s own words on the limits of erasure to the staff who decide', () => {
    const grounds = erasureGrounds(seed('helsinki-tyorasti'));
    expect(grounds.kind === 'undetermined' && grounds.stated?.fi).toMatch(/lakisääteisen velvoitteen/);
  });

  it.each([
    ['consent only', '  - { id: suostumus, gdpr: [6(1)(a)], name: Suostumus, purposes: [palvelu] }\n', 'allowed'],
    ['consent and contract', '  - { id: a, gdpr: [6(1)(a)], purposes: [palvelu] }\n  - { id: b, gdpr: [6(1)(b)], purposes: [palvelu] }\n', 'allowed'],
    ['a legal obligation', '  - { id: a, gdpr: [6(1)(a)], purposes: [palvelu] }\n  - { id: c, gdpr: [6(1)(c)], purposes: [palvelu] }\n', 'excluded'],
    ['legitimate interests', '  - { id: f, gdpr: [6(1)(f)], purposes: [palvelu] }\n', 'undetermined'],
    ['no basis', '', 'undetermined'],
  ])('%s: %s', (_name, bases, kind) => {
    expect(erasureGrounds(withBases(bases)).kind).toBe(kind);
  });
});

describe('erasureRefusal', () => {
  it('names the bases, their GDPR points and the laws, in the person\'s language', () => {
    const joensuu = seed('joensuu-tyollisyyspalvelut');
    const grounds = erasureGrounds(joensuu);
    if (grounds.kind !== 'excluded') throw new Error('expected excluded');
    const sv = erasureRefusal(joensuu, grounds.bases, 'sv');
    expect(sv).toMatch(/^Dina uppgifter kan inte raderas ur registret Joensuun/);
    expect(sv).toContain('artikel 17.3 b');
    expect(sv).toContain('Yleinen etu / sopimus EU 679/2016, artikla 6.1 kohta e (artikel 6(1)(e) i dataskyddsförordningen)');
    expect(sv).toContain('Lagar: Työttömyysturvalaki 1370/2014; Laki työllistymistä edistävästä monialaisesta yhteispalvelusta 1369/2014');
    const fi = erasureRefusal(joensuu, grounds.bases, 'fi');
    expect(fi).toContain('tietosuoja-asetus 17 art. 3 kohdan b alakohta');
    expect(fi).toContain('Kuntalaki 410/2015');
  });

  it('leaves out the laws sentence when no law is named', () => {
    const registry = withBases('  - { id: c, gdpr: [6(1)(c)], name: Lakisääteinen velvoite, purposes: [palvelu] }\n');
    const grounds = erasureGrounds(registry);
    if (grounds.kind !== 'excluded') throw new Error('expected excluded');
    const en = erasureRefusal(registry, grounds.bases, 'en');
    expect(en).toContain('Lakisääteinen velvoite (GDPR Article 6(1)(c))');
    expect(en).not.toContain('Laws:');
  });
});
