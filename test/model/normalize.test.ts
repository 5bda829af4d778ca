import { describe, expect, it } from 'vitest';
import { createLoader } from '../../src/registry/loader.js';

const loader = createLoader();
const load = (yaml: string) => {
  const result = loader.loadBytes('test.yaml', Buffer.from(yaml));
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.model!;
};

const BASE = `id: testi
languages: [fi]
name: Testirekisteri
purposes:
  - { id: hoito, name: Hoito }
  - { id: tilastot, name: Tilastot }
sources:
  - { id: asiakas, name: Asiakas, kind: data-subject }
  - { id: kela, name: Kela, kind: authority }
`;

describe('normalize', () => {
  it('lets fields inherit sources, purposes, special category and confidentiality from their category', () => {
    const model = load(`${BASE}categories:
  - id: terveys
    name: Terveys
    special_category: true
    confidentiality: JulkL 24 § 1 mom. 25 k.
    sources: [asiakas]
    purposes: [hoito]
    fields:
      - { id: tyokyky, label: Työkyky, type: long-text }
      - { id: lausunto, label: Lausunto, type: long-text, sources: [kela], special_category: false }
      - id: kaynnit
        label: Käynnit
        type: group
        fields:
          - { id: kaynti_pvm, label: Päivä, type: date, purposes: [tilastot] }
`);
    const [tyokyky, lausunto, kaynnit] = model.categories[0]!.fields;
    expect(tyokyky).toMatchObject({ sources: ['asiakas'], purposes: ['hoito'], specialCategory: true, confidentiality: { fi: 'JulkL 24 § 1 mom. 25 k.' }, required: false, category: 'terveys' });
    expect(lausunto).toMatchObject({ sources: ['kela'], specialCategory: false });
    expect(kaynnit!.fields[0]).toMatchObject({ id: 'kaynti_pvm', group: 'kaynnit', category: 'terveys', sources: ['asiakas'], purposes: ['tilastot'], specialCategory: true });
    expect(kaynnit!.pointer).toBe('/categories/0/fields/2');
    expect(kaynnit!.fields[0]!.pointer).toBe('/categories/0/fields/2/fields/0');
  });

  it('normalizes the text settings of field types and keeps the others as written', () => {
    const model = load(`${BASE}categories:
  - id: a
    name: A
    fields:
      - { id: kesto, label: Kesto, type: number, unit: min, integer: true, min: 0 }
      - id: tapahtumat
        label: Tapahtumat
        type: group
        item_label: tapahtuma
        max_items: 500
        fields:
          - { id: tyyppi, label: Tyyppi, type: choice, options: [{ id: puhelu, label: Puhelu }] }
`);
    const [kesto, tapahtumat] = model.categories[0]!.fields;
    expect(kesto!.settings).toEqual({ unit: { fi: 'min' }, integer: true, min: 0 });
    expect(tapahtumat!.settings).toEqual({ item_label: { fi: 'tapahtuma' }, max_items: 500 });
    expect(tapahtumat!.fields[0]!.settings).toEqual({ options: [{ id: 'puhelu', label: { fi: 'Puhelu' } }] });
  });

  it('turns every text into {fi, sv?, en?}', () => {
    const model = load(`id: testi
languages: [fi, sv]
name: { fi: Rekisteri, sv: Register }
purposes:
  - { id: hoito, name: { fi: Hoito, sv: Vård } }
`);
    expect(model.name).toEqual({ fi: 'Rekisteri', sv: 'Register' });
    expect(model.purposes[0]!.name).toEqual({ fi: 'Hoito', sv: 'Vård' });
    expect(model.languages).toEqual(['fi', 'sv']);
  });

  it('expands role wildcards and lets write imply read', () => {
    const model = load(`${BASE}categories:
  - { id: a, name: A, fields: [{ id: f1, label: F1, type: text }] }
  - { id: b, name: B, fields: [{ id: f2, label: F2, type: text }] }
roles:
  - { id: lukija, name: Lukija, read: ['*'] }
  - { id: kirjoittaja, name: Kirjoittaja, write: [b] }
  - { id: ei_mitaan, name: Ei mitään }
`);
    expect(model.roles.map((r) => [r.id, r.read, r.write, r.protectedAddresses])).toEqual([
      ['lukija', ['a', 'b'], [], false],
      ['kirjoittaja', ['b'], ['b'], false],
      ['ei_mitaan', [], [], false],
    ]);
  });

  it('keeps silence apart from an explicit "none"', () => {
    const silent = load(BASE);
    expect(silent.transfers).toBeUndefined();
    expect(silent.disclosures).toBeUndefined();
    expect(silent.retention).toBeUndefined();
    const none = load(`${BASE}transfers: { outside_eea: false }
disclosures: { regular: false, statement: [Tietoja ei luovuteta säännönmukaisesti.] }
`);
    expect(none.transfers).toEqual({ outsideEea: false, destinations: [] });
    expect(none.disclosures).toMatchObject({ regular: false, items: [] });
  });

  it('tells enforceable retention rules from reference-only ones, and fills defaults', () => {
    const model = load(`${BASE}retention:
  rules:
    - { id: vuosi, keep: P1Y, from: { event: updated }, then: anonymize }
    - { id: ams, reference: organisaation arkistonmuodostussuunnitelma }
reports:
  - { id: r, name: Raportti }
`);
    expect(model.retention!.rules.map((rule) => rule.kind)).toEqual(['enforceable', 'reference']);
    expect(model.retention!.rules[0]).toMatchObject({ keep: 'P1Y', from: { event: 'updated' }, then: 'anonymize' });
    expect(model.reports[0]!.minCount).toBe(5);
  });

  it('gives the same digest to the same content and a new one when it changes', () => {
    const a = load(BASE);
    const b = load(BASE);
    const c = load(BASE.replace('Testirekisteri', 'Toinen'));
    expect(a.origin.digest).toBe(b.origin.digest);
    expect(a.origin.digest).not.toBe(c.origin.digest);
  });
});
