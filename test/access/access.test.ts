/** Access from roles: default deny, write implies read, roles add up, address protection. */
import { describe, expect, it } from 'vitest';
import { accessFor, protectedFields, visibleData } from '../../src/access/access.js';
import { registryFrom } from '../helpers/registry-text.js';

const registry = registryFrom(`id: testi
languages: [fi]
name: Testirekisteri
categories:
  - id: perustiedot
    name: Perustiedot
    fields:
      - { id: nimi, label: Nimi, type: text }
      - { id: osoite, label: Osoite, type: address, protected_by: turvakielto }
      - { id: turvakielto, label: Turvakielto, type: boolean }
  - id: terveys
    name: Terveys
    fields:
      - id: kaynnit
        label: Käynnit
        type: group
        fields:
          - { id: pvm, label: Päivä, type: date }
roles:
  - { id: lukija, name: Lukija, read: [perustiedot] }
  - { id: kirjaaja, name: Kirjaaja, write: [terveys], can: [view-audit] }
  - { id: paakayttaja, name: Pääkäyttäjä, write: ['*'], protected_addresses: true }
`);

const ADDRESS = { street: 'Salakuja 7', postal_code: '21200', post_office: 'Raisio' };

describe('accessFor', () => {
  it.each([
    [[], [], [], false, []],
    [['tuntematon'], [], [], false, []],
    [['lukija'], ['nimi', 'osoite', 'turvakielto'], [], false, []],
    [['kirjaaja'], ['kaynnit', 'pvm'], ['kaynnit', 'pvm'], false, ['view-audit']],
    [['lukija', 'kirjaaja'], ['nimi', 'osoite', 'turvakielto', 'kaynnit', 'pvm'], ['kaynnit', 'pvm'], false, ['view-audit']],
    [['paakayttaja'], ['nimi', 'osoite', 'turvakielto', 'kaynnit', 'pvm'], ['nimi', 'osoite', 'turvakielto', 'kaynnit', 'pvm'], true, []],
  ])('roles %j', (roles, read, write, protectedAddresses, can) => {
    const access = accessFor(registry, roles);
    expect([...access.read].sort()).toEqual([...read].sort());
    expect([...access.write].sort()).toEqual([...write].sort());
    expect(access.protectedAddresses).toBe(protectedAddresses);
    expect([...access.can]).toEqual(can);
  });
});

describe('visibleData', () => {
  const record = { nimi: 'Maija', osoite: ADDRESS, turvakielto: true, kaynnit: [{ pvm: '2026-01-02' }] };

  it('drops what the role may not read and withholds a protected address, naming it', () => {
    expect(visibleData(accessFor(registry, ['lukija']), record)).toEqual({ data: { nimi: 'Maija', turvakielto: true }, hidden: ['osoite'] });
    expect(visibleData(accessFor(registry, ['kirjaaja']), record)).toEqual({ data: { kaynnit: [{ pvm: '2026-01-02' }] }, hidden: [] });
    expect(visibleData(accessFor(registry, ['paakayttaja']), record)).toEqual({ data: record, hidden: [] });
  });

  it('shows the address when protection is off or not stated', () => {
    const open = { ...record, turvakielto: false };
    expect(visibleData(accessFor(registry, ['lukija']), open).data['osoite']).toEqual(ADDRESS);
    const { turvakielto: _, ...unstated } = record;
    expect(protectedFields(accessFor(registry, ['lukija']), unstated)).toEqual([]);
  });

  it('nothing for a caller without a role', () => {
    expect(visibleData(accessFor(registry, []), record)).toEqual({ data: {}, hidden: [] });
  });
});
