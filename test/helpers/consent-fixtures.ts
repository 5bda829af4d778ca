/**
 * For the tests of consents and disclosures: a registry (`suostumustesti`) with every way a
 * disclosure can find its consent (named, through a legal basis, by purposes, none), one with no
 * basis, one by law over two fields; roles with and without the abilities; callers and
 * records of the seeds; and one engine per test file with the refusals it audits.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { AuditEntry } from '../../src/audit/audit-log.js';
import { generateRecords } from '../../src/demo/generate-records.js';
import { translate, type Lang } from '../../src/i18n/catalogue.js';
import { API_MESSAGES } from '../../src/i18n/api-messages.js';
import type { Caller, OperationContext } from '../../src/operations/context.js';
import { createRecord } from '../../src/operations/records.js';
import type { Registry } from '../../src/model/types.js';
import { seedRegistries, testEngine, type TestEngine } from './engine.js';
import { refusal } from './refusals.js';
import { registryFrom } from './registry-text.js';

export const JOENSUU = 'joensuu-tyollisyyspalvelut';
export const RAISIO = 'raisio-tyollisyyspalvelut';
export const WALMU = 'walmu-asiakashallinta';
export const HAKOSALO = 'iisalmi-hakosalo';
export const HELSINKI = 'helsinki-tyorasti';
export const TESTI = 'suostumustesti';

export const CONSENT_TEST_REGISTRY = registryFrom(
  `id: ${TESTI}
languages: [fi, sv, en]
name: { fi: Suostumustesti, sv: Samtyckestest, en: Consent test }
purposes:
  - { id: palvelu, name: { fi: Palvelu, sv: Tjänst, en: Service } }
  - { id: tutkimus, name: { fi: Tutkimus, sv: Forskning, en: Research } }
  - { id: markkinointi, name: { fi: Markkinointi, sv: Marknadsföring, en: Marketing } }
legal_bases:
  - { id: suostumus, gdpr: [6(1)(a)], consent: tutkimuslupa, purposes: [tutkimus] }
consents:
  - { id: vaihto, name: { fi: Suostumus tietojen vaihtoon, sv: Samtycke till utbyte, en: Consent to exchange }, methods: [signed-form, electronic], purposes: [palvelu] }
  - { id: tutkimuslupa, name: { fi: Tutkimuslupa, sv: Forskningstillstånd, en: Research permit }, methods: [written], purposes: [tutkimus] }
  - { id: uutiskirje, name: { fi: Uutiskirje, sv: Nyhetsbrev, en: Newsletter }, methods: [oral, written], purposes: [markkinointi, palvelu] }
categories:
  - id: perustiedot
    name: { fi: Perustiedot, sv: Grunduppgifter, en: Basic data }
    fields:
      - { id: nimi, label: { fi: Nimi, sv: Namn, en: Name }, type: text, required: true }
      - { id: puhelin, label: { fi: Puhelin, sv: Telefon, en: Phone }, type: text }
  - id: palvelutiedot
    name: { fi: Palvelutiedot, sv: Tjänsteuppgifter, en: Service data }
    fields:
      - { id: muistiinpano, label: { fi: Muistiinpano, sv: Anteckning, en: Note }, type: long-text }
  - id: terveys
    name: { fi: Terveystiedot, sv: Hälsouppgifter, en: Health data }
    special_category: true
    fields:
      - { id: tyokyky, label: { fi: Työkyky, sv: Arbetsförmåga, en: Work ability }, type: long-text }
disclosures:
  items:
    - { id: kumppani, recipient: { fi: Kumppani, sv: Partner, en: Partner }, categories: [perustiedot, palvelutiedot], basis: consent, consent: vaihto }
    - { id: yliopisto, recipient: { fi: Yliopisto, sv: Universitet, en: University }, basis: consent, purposes: [tutkimus] }
    - { id: kauppa, recipient: { fi: Kauppa, sv: Butik, en: Shop }, basis: consent, purposes: [markkinointi] }
    - { id: kaikille, recipient: { fi: Kaikki kumppanit, sv: Alla partner, en: All partners }, basis: consent, purposes: [palvelu, tutkimus] }
    - { id: tuntematon, recipient: { fi: Peruste puuttuu, sv: Grund saknas, en: Basis missing } }
    - { id: virasto, recipient: { fi: Virasto, sv: Myndighet, en: Agency }, basis: law, fields: [nimi, puhelin] }
roles:
  - { id: kirjaaja, name: { fi: Kirjaaja, sv: Registrerare, en: Clerk }, write: ['*'], can: [manage-consents, record-disclosures] }
  - { id: lukija, name: { fi: Lukija, sv: Läsare, en: Reader }, read: ['*'] }
  - { id: pyynnot, name: { fi: Pyyntöjen käsittelijä, sv: Handläggare, en: Request handler }, read: ['*'], can: [handle-requests] }
`,
  'registries/suostumustesti.yaml',
);

/** A caller holding `roles` (`registry:role`) in `lang`. */
export function callerWith(actor: string, grants: string[], lang: Lang = 'fi'): Caller {
  const roles = new Map<string, string[]>();
  for (const grant of grants) {
    const [registry, role] = grant.split(':') as [string, string];
    roles.set(registry, [...(roles.get(registry) ?? []), role]);
  }
  return { actor, roles, lang };
}

/** A new valid record of `registry` (generated; the engine must accept demo identity codes). */
export async function addRecord(t: TestEngine, registry: Registry, seed = 1): Promise<string> {
  const data = registry.id === TESTI ? { nimi: 'Testi Henkilö' } : generateRecords(registry, { count: 1, seed, today: new Date('2026-03-02T08:00:00Z') })[0]!;
  const creator = callerWith('luoja', registry.roles.map((role) => `${registry.id}:${role.id}`));
  return (await createRecord(t.engine.operations, creator, registry.id, data)).record.id;
}

/** A refusal worded in Finnish, with the audit entry it left. */
export interface AuditedRefusal {
  kind: string;
  message: string;
  entry: AuditEntry;
}

/** What the tests of one file read their engine (the seeds and `suostumustesti`) through. */
export interface ConsentSuite {
  /** The engine: started before the file's tests, so call this inside a test. */
  t(): TestEngine;
  ops(): OperationContext;
  registry(id: string): Registry;
  /** The audit entries of a record, newest last. */
  trail(recordId: string): AuditEntry[];
  /** The refusal of `run`, which must leave exactly one audit entry on the record. */
  refusal(recordId: string, run: () => Promise<unknown>): Promise<AuditedRefusal>;
}

/**
 * Starts a demo engine on the seeds and `suostumustesti` before the calling file's tests and
 * closes it after them (registers `beforeAll`/`afterAll`, so call it at the top of the file).
 */
export function consentSuite(): ConsentSuite {
  let engine: TestEngine | undefined;
  beforeAll(async () => {
    engine = await testEngine({ registries: [...seedRegistries(), CONSENT_TEST_REGISTRY], demo: true });
  });
  afterAll(() => engine?.engine.close());
  const t = () => engine!;
  const ops = () => t().engine.operations;
  const trail = (recordId: string) => t().engine.audit.list({ records: [recordId], limit: 1000 }).entries;
  return {
    t,
    ops,
    registry: (id) => ops().registries.get(id)!,
    trail,
    async refusal(recordId, run) {
      const before = trail(recordId).length;
      const { kind, messageKey, params } = await refusal(run());
      const after = trail(recordId);
      expect(after.length).toBe(before + 1);
      return { kind, message: translate(API_MESSAGES, messageKey, 'fi', params), entry: after.at(-1)! };
    },
  };
}
