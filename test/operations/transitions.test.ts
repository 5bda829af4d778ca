/**
 * Lifecycle transitions as operations: what is offered to whom (and why an offered one is
 * blocked), every kind of refusal with its message in fi/sv/en and its audit entry, transitions
 * taken by timers, the state history written in the same transaction as the record and its audit
 * entry, and concurrent transitions. On the five seeds and on `elinkaari`, a registry with every
 * kind of guard and role.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditLog } from '../../src/audit/audit-log.js';
import { generateRecords } from '../../src/demo/generate-records.js';
import { translate, type Lang } from '../../src/i18n/catalogue.js';
import { API_MESSAGES } from '../../src/i18n/api-messages.js';
import type { Registry } from '../../src/model/types.js';
import type { OperationContext } from '../../src/operations/context.js';
import { OperationError } from '../../src/operations/errors.js';
import { createRecord, updateRecord } from '../../src/operations/records.js';
import { availableTransitions, stateEnteredAt, stateHistory, transitionRecord, type TransitionOptions } from '../../src/operations/transitions.js';
import { createSqliteRecordStore } from '../../src/storage/sqlite-record-store.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { HAKOSALO, JOENSUU, LIFECYCLE_TEST_REGISTRY, RAISIO, TEST, TODAY, TYORASTI, callerOf } from '../helpers/lifecycle.js';
import { refusal } from '../helpers/refusals.js';
import { registryFrom } from '../helpers/registry-text.js';

const elinkaari = registryFrom(LIFECYCLE_TEST_REGISTRY, 'registries/elinkaari.yaml');
let t: TestEngine;
let context: OperationContext;

beforeEach(async () => {
  t = await testEngine({ registries: [...seedRegistries(), elinkaari], demo: true });
  context = t.engine.operations;
});

function registryOf(id: string): Registry {
  return context.registries.get(id)!;
}

/** A valid record of a seed registry (generated), with `changes` applied (`undefined` removes a value). */
async function seedRecord(id: string, changes: Record<string, unknown> = {}): Promise<string> {
  const data: Record<string, unknown> = { ...generateRecords(registryOf(id), { count: 1, seed: 5, today: TODAY })[0]! };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  const { record } = await createRecord(context, callerOf(id, ['paakayttaja']), id, data);
  return record.id;
}

async function testRecord(data: Record<string, unknown> = {}): Promise<string> {
  const { record } = await createRecord(context, callerOf(TEST, ['kasittelija']), TEST, { nimi: 'Testi Henkilö', ...data });
  return record.id;
}

async function stored(registry: string, id: string) {
  return (await context.store.get(registry, id))!;
}

function detail(error: OperationError, lang: Lang = 'fi'): string {
  return translate(API_MESSAGES, error.messageKey, lang, error.params);
}

function lastAudit() {
  const { entries, total } = context.audit.list({ limit: 1000 });
  expect(total).toBeLessThanOrEqual(1000);
  return entries.at(-1)!;
}

function giveConsent(registry: string, recordId: string, event: 'given' | 'withdrawn' = 'given') {
  const now = context.clock().toISOString();
  context.workflows.consents.record({ registry, recordId, consent: 'tietojenvaihto', event, at: now, method: 'signed-form', recordedBy: 'maija', recordedAt: now });
}

describe('the state history is written with the record', () => {
  it('records the creation as the first entry, at the creation time, by the creator', async () => {
    const id = await seedRecord(RAISIO);
    const record = await stored(RAISIO, id);
    expect(context.workflows.states.history(RAISIO, id)).toEqual([{ state: 'aktiivinen', enteredAt: record.createdAt, actor: 'maija' }]);
    expect(stateEnteredAt(context, record)).toBe('2026-03-02T08:00:00.000Z');
  });

  it('writes no history for a registry without a lifecycle', async () => {
    const id = await seedRecord(HAKOSALO);
    expect(context.workflows.states.history(HAKOSALO, id)).toEqual([]);
    const record = await stored(HAKOSALO, id);
    expect(stateEnteredAt(context, record)).toBe(record.createdAt);
    expect(await stateHistory(context, callerOf(HAKOSALO, ['tyontekija']), HAKOSALO, id)).toEqual([]);
  });

  it('a replayed create (same idempotency key) writes no second entry', async () => {
    const data = generateRecords(registryOf(RAISIO), { count: 1, seed: 6, today: TODAY })[0]!;
    const first = await createRecord(context, callerOf(RAISIO, ['tyontekija']), RAISIO, data, 'avain-1');
    const again = await createRecord(context, callerOf(RAISIO, ['tyontekija']), RAISIO, data, 'avain-1');
    expect(again.replayed).toBe(true);
    expect(context.workflows.states.history(RAISIO, first.record.id)).toHaveLength(1);
  });

  it('an ordinary update writes no state entry', async () => {
    const id = await seedRecord(RAISIO);
    await updateRecord(context, callerOf(RAISIO, ['tyontekija']), RAISIO, id, { nimi: 'Uusi Nimi' });
    expect(context.workflows.states.history(RAISIO, id)).toHaveLength(1);
  });

  it('a transition whose audit entry cannot be written changes nothing: no state, version or history', async () => {
    const id = await seedRecord(RAISIO);
    const failing: AuditLog = {
      ...context.audit,
      append: (draft) => {
        if (draft.action === 'transition' && draft.outcome === 'ok') throw new Error('disk full');
        return context.audit.append(draft);
      },
    };
    const broken: OperationContext = { ...context, store: createSqliteRecordStore(t.engine.db, [...context.registries.values()], failing, context.clock) };
    await expect(transitionRecord(broken, callerOf(RAISIO, ['tyontekija']), RAISIO, id, 'paata')).rejects.toThrow('disk full');
    const record = await stored(RAISIO, id);
    expect(record).toMatchObject({ state: 'aktiivinen', version: 1 });
    expect(context.workflows.states.history(RAISIO, id)).toHaveLength(1);
    expect(context.audit.list({ records: [id] }).entries.filter((entry) => entry.action === 'transition')).toEqual([]);
  });

  it('treats a record from before the history as created in its initial state (and so after a transition)', async () => {
    const id = await seedRecord(RAISIO);
    t.engine.db.prepare('DELETE FROM record_states WHERE record_id = ?').run(id);
    const before = await stored(RAISIO, id);
    expect(stateEnteredAt(context, before)).toBe(before.createdAt);
    t.clock.advance(60_000);
    await transitionRecord(context, callerOf(RAISIO, ['tyontekija']), RAISIO, id, 'paata');
    const history = await stateHistory(context, callerOf(RAISIO, ['tyontekija']), RAISIO, id);
    expect(history).toEqual([
      { state: 'aktiivinen', enteredAt: before.createdAt, actor: 'maija' },
      { state: 'paattynyt', transition: 'paata', enteredAt: '2026-03-02T08:01:00.000Z', actor: 'maija' },
    ]);
    const after = await stored(RAISIO, id);
    expect(stateEnteredAt(context, after)).toBe('2026-03-02T08:01:00.000Z');
    expect(stateEnteredAt(context, after, 'aktiivinen')).toBe(before.createdAt);
    expect(stateEnteredAt(context, after, 'no_such_state')).toBeUndefined();
  });
});

describe('availableTransitions', () => {
  it.each([
    ['Työrasti, valid, no removal reason', TYORASTI, ['tyontekija'], { poiston_syy: undefined }, [], [['poista', 'missing-fields', 'Puuttuu: Tunnuksen poiston syy.']]],
    ['Työrasti, valid, with a removal reason', TYORASTI, ['tyontekija'], { poiston_syy: 'tyollistyy' }, [], [['poista', undefined, undefined]]],
    [
      'Työrasti, expired with the end date past',
      TYORASTI,
      ['paakayttaja'],
      { poiston_syy: undefined, tunnus_voimassa_asti: '2026-03-01' },
      ['vanhene'],
      [
        ['uusi', 'date-not-future', 'Päivämäärän pitää olla tämän päivän jälkeen: Tunnus voimassa asti.'],
        ['poista', 'missing-fields', 'Puuttuu: Tunnuksen poiston syy.'],
      ],
    ],
    ['Joensuu, no consent', JOENSUU, ['tyontekija'], {}, [], [['aloita_monialainen_palvelu', 'no-consent', 'Suostumusta ei ole kirjattu: Asiakkaan suostumus tietojenvaihtoon.'], ['paata_asiakkuus', undefined, undefined]]],
    ['Raisio, active', RAISIO, ['tyontekija'], {}, [], [['paata', undefined, undefined]]],
    ['Raisio, ended', RAISIO, ['paakayttaja'], {}, ['paata'], [['aktivoi', undefined, undefined]]],
    ['Walmu, ended (nothing leads back)', 'walmu-asiakashallinta', ['tyontekija'], {}, ['paata'], []],
    ['Hakosalo (no lifecycle)', HAKOSALO, ['tyontekija'], {}, [], []],
    ['no role in the registry', RAISIO, [], {}, [], []],
  ] as const)('%s', async (_name, registry, roles, changes, taken, expected) => {
    const id = await seedRecord(registry, changes);
    for (const transition of taken) {
      if (transition === 'vanhene') await transitionRecord(context, callerOf(registry, []), registry, id, 'vanhene', { byTimer: { timer: 'maaraaika_paattyy', at: '2026-03-02T00:00:00.000Z' } });
      else await transitionRecord(context, callerOf(registry, ['paakayttaja']), registry, id, transition);
    }
    const offered = availableTransitions(context, callerOf(registry, [...roles]), registry, await stored(registry, id));
    expect(offered.map(({ transition, blockedBy }) => [transition.id, blockedBy?.code, blockedBy && translate(API_MESSAGES, blockedBy.key, 'fi', blockedBy.params)])).toEqual(expected);
  });

  it('offers a transition only to the roles it names; a timer-only one to nobody', async () => {
    const id = await testRecord();
    const record = await stored(TEST, id);
    const ids = (roles: string[]) => availableTransitions(context, callerOf(TEST, roles), TEST, record).map(({ transition }) => transition.id);
    expect(ids(['kasittelija'])).toEqual(['aloita']);
    expect(ids(['esihenkilo'])).toEqual(['paata']);
    expect(ids(['kasittelija', 'esihenkilo'])).toEqual(['aloita', 'paata']);
    expect(ids(['lukija'])).toEqual([]);
    expect(ids(['no_such_role'])).toEqual([]);
  });

  it('reports the first unmet guard: restriction, then fields, then dates, then consent', async () => {
    const id = await testRecord();
    const code = async () => availableTransitions(context, callerOf(TEST, ['kasittelija', 'esihenkilo']), TEST, await stored(TEST, id)).map(({ transition, blockedBy }) => `${transition.id}:${blockedBy?.code ?? 'ok'}`);
    expect(await code()).toEqual(['aloita:date-not-future', 'paata:missing-fields']);
    await updateRecord(context, callerOf(TEST, ['kasittelija']), TEST, id, { voimassa_asti: '2026-03-03', syy: 'Muutto' });
    expect(await code()).toEqual(['aloita:no-consent', 'paata:missing-fields']);
    giveConsent(TEST, id);
    await updateRecord(context, callerOf(TEST, ['kasittelija']), TEST, id, { lisatieto: 'Ei muuta' });
    expect(await code()).toEqual(['aloita:ok', 'paata:ok']);
    const restriction = context.workflows.restrictions.place({ registry: TEST, recordId: id, reason: 'rajoituspyyntö', placedBy: 'maija', placedAt: context.clock().toISOString() });
    expect(await code()).toEqual(['aloita:restricted', 'paata:restricted']);
    context.workflows.restrictions.end(restriction.id, 'maija', context.clock().toISOString());
    expect(await code()).toEqual(['aloita:ok', 'paata:ok']);
  });

  it('counts a field withheld from the caller (a protected address) as present, and lists missing fields by label in the caller\'s language', async () => {
    const id = await testRecord();
    const record = await stored(TEST, id);
    const [, paata] = availableTransitions(context, callerOf(TEST, ['kasittelija', 'esihenkilo'], 'sv'), TEST, record);
    expect(translate(API_MESSAGES, paata!.blockedBy!.key, 'sv', paata!.blockedBy!.params)).toBe('Saknas: Orsak till avslut, Tilläggsuppgift.');
    expect(paata!.blockedBy!.fields).toEqual(['syy', 'lisatieto']);
    const withHidden = availableTransitions(context, callerOf(TEST, ['esihenkilo']), TEST, { ...record, hidden: ['syy', 'lisatieto'] });
    expect(withHidden[0]!.blockedBy).toBeUndefined();
  });

  it('refuses an unknown registry', () => {
    expect(() => availableTransitions(context, callerOf('x', ['a']), 'no-such-registry', { id: 'a', registry: 'x', state: null, data: {} } as never)).toThrow(OperationError);
  });
});

describe('transitionRecord refuses', () => {
  type Case = {
    name: string;
    registry: string;
    roles: string[];
    transition: string;
    setup?: (id: string) => Promise<void> | void;
    options?: TransitionOptions;
    recordId?: string;
    kind: OperationError['kind'];
    key: string;
    fi: RegExp | string;
    outcome: string;
    reason: string | null;
    fields?: string[];
  };
  const cases: Case[] = [
    {
      name: 'an unknown transition, listing the ones that exist',
      registry: RAISIO,
      roles: ['tyontekija'],
      transition: 'lopeta',
      kind: 'not-found',
      key: 'api.unknown-transition',
      fi: 'Tilasiirtoa "lopeta" ei ole. Rekisterin "raisio-tyollisyyspalvelut" tilasiirrot: paata, aktivoi.',
      outcome: 'invalid',
      reason: 'unknown-transition',
    },
    {
      name: 'a hostile transition id, echoed bounded and never into the audit log',
      registry: RAISIO,
      roles: ['tyontekija'],
      transition: `<script>alert(1)</script>${'x'.repeat(500)}`,
      kind: 'not-found',
      key: 'api.unknown-transition',
      fi: /^Tilasiirtoa "<script>alert\(1\)<\/script>x{75}" ei ole\./,
      outcome: 'invalid',
      reason: 'unknown-transition',
    },
    {
      name: 'a transition of a registry without a lifecycle',
      registry: HAKOSALO,
      roles: ['tyontekija'],
      transition: 'paata',
      kind: 'not-found',
      key: 'api.no-lifecycle',
      fi: 'Rekisterin "iisalmi-hakosalo" tietueilla ei ole tiloja eikä tilasiirtoja.',
      outcome: 'invalid',
      reason: 'no-lifecycle',
    },
    {
      name: 'a transition not allowed from the current state, naming the state and where it is allowed from',
      registry: RAISIO,
      roles: ['tyontekija'],
      transition: 'aktivoi',
      kind: 'conflict',
      key: 'api.transition-wrong-state',
      fi: 'Tilasiirtoa "Aloita asiakkuus uudelleen" ei voi tehdä, kun tila on "Asiakkuus voimassa". Sen voi tehdä vain tilasta: "Asiakkuus päättynyt".',
      outcome: 'conflict',
      reason: 'wrong-state',
    },
    {
      name: 'a transition the role may not take, naming the roles that may',
      registry: TEST,
      roles: ['kasittelija'],
      transition: 'paata',
      kind: 'forbidden',
      key: 'api.transition-role-may-not',
      fi: 'Roolisi ei salli tilasiirtoa "Päätä". Sen voi tehdä: Esihenkilö.',
      outcome: 'denied',
      reason: 'role-may-not',
    },
    {
      name: 'a read-only role',
      registry: TEST,
      roles: ['lukija'],
      transition: 'aloita',
      kind: 'forbidden',
      key: 'api.transition-role-may-not',
      fi: 'Roolisi ei salli tilasiirtoa "Aloita". Sen voi tehdä: Käsittelijä.',
      outcome: 'denied',
      reason: 'role-may-not',
    },
    {
      name: 'a timer-only transition taken by a person',
      registry: TYORASTI,
      roles: ['paakayttaja'],
      transition: 'vanhene',
      kind: 'forbidden',
      key: 'api.transition-timer-only',
      fi: 'Tilasiirron "Tunnus vanhenee" tekee vain ajastin, kun määräaika täyttyy; sitä ei voi tehdä käsin.',
      outcome: 'denied',
      reason: 'timer-only',
    },
    {
      name: 'a caller without a role in the registry',
      registry: RAISIO,
      roles: [],
      transition: 'paata',
      kind: 'forbidden',
      key: 'api.forbidden-registry',
      fi: 'Sinulla ei ole roolia rekisterissä "raisio-tyollisyyspalvelut".',
      outcome: 'denied',
      reason: 'no-role',
    },
    {
      name: 'required fields missing, named by label',
      registry: TYORASTI,
      roles: ['tyontekija'],
      transition: 'poista',
      kind: 'invalid',
      key: 'api.transition-refused',
      fi: 'Tilasiirtoa "Poista tunnus" ei voi tehdä. Puuttuu: Tunnuksen poiston syy.',
      outcome: 'invalid',
      reason: 'missing-fields',
      fields: ['poiston_syy'],
    },
    {
      name: 'a consent not on file, named',
      registry: JOENSUU,
      roles: ['tyontekija'],
      transition: 'aloita_monialainen_palvelu',
      kind: 'invalid',
      key: 'api.transition-refused',
      fi: 'Tilasiirtoa "Aloita monialainen palvelu" ei voi tehdä. Suostumusta ei ole kirjattu: Asiakkaan suostumus tietojenvaihtoon.',
      outcome: 'invalid',
      reason: 'no-consent',
    },
    {
      name: 'a consent given and then withdrawn',
      registry: JOENSUU,
      roles: ['tyontekija'],
      transition: 'aloita_monialainen_palvelu',
      setup: (id) => {
        giveConsent(JOENSUU, id);
        t.clock.advance(1000);
        giveConsent(JOENSUU, id, 'withdrawn');
      },
      kind: 'invalid',
      key: 'api.transition-refused',
      fi: /Suostumusta ei ole kirjattu/,
      outcome: 'invalid',
      reason: 'no-consent',
    },
    {
      name: 'a date that must be after today and is today',
      registry: TYORASTI,
      roles: ['tyontekija'],
      transition: 'uusi',
      setup: async (id) => {
        await transitionRecord(context, callerOf(TYORASTI, []), TYORASTI, id, 'vanhene', { byTimer: { timer: 'maaraaika_paattyy', at: '2026-03-02T00:00:00.000Z' } });
        await updateRecord(context, callerOf(TYORASTI, ['tyontekija']), TYORASTI, id, { tunnus_voimassa_asti: '2026-03-02' });
      },
      kind: 'invalid',
      key: 'api.transition-refused',
      fi: 'Tilasiirtoa "Uusi tunnus" ei voi tehdä. Päivämäärän pitää olla tämän päivän jälkeen: Tunnus voimassa asti.',
      outcome: 'invalid',
      reason: 'date-not-future',
      fields: ['tunnus_voimassa_asti'],
    },
    {
      name: 'a record under restriction of processing (GDPR Art 18)',
      registry: RAISIO,
      roles: ['tyontekija'],
      transition: 'paata',
      setup: (id) => {
        context.workflows.restrictions.place({ registry: RAISIO, recordId: id, reason: 'oikaisupyyntö', placedBy: 'maija', placedAt: context.clock().toISOString() });
      },
      kind: 'conflict',
      key: 'api.transition-refused',
      fi: 'Tilasiirtoa "Päätä asiakkuus" ei voi tehdä. Tietueen käsittely on rajoitettu (EU:n yleinen tietosuoja-asetus, 18 artikla).',
      outcome: 'denied',
      reason: 'restricted',
    },
    {
      name: 'a version that is no longer current',
      registry: RAISIO,
      roles: ['tyontekija'],
      transition: 'paata',
      setup: async (id) => {
        await updateRecord(context, callerOf(RAISIO, ['tyontekija']), RAISIO, id, { nimi: 'Muutettu Nimi' });
      },
      options: { expectedVersion: 1 },
      kind: 'precondition-failed',
      key: 'api.version-mismatch',
      fi: 'Tietue on muuttunut: pyysit versiota 1, nykyinen on 2. Hae tietue uudelleen.',
      outcome: 'conflict',
      reason: 'version-mismatch',
    },
    {
      name: 'a record that is not there',
      registry: RAISIO,
      roles: ['tyontekija'],
      transition: 'paata',
      recordId: 'ffffffff-ffff-4fff-8fff-ffffffffffff',
      kind: 'not-found',
      key: 'api.record-not-found',
      fi: 'Tietuetta "ffffffff-ffff-4fff-8fff-ffffffffffff" ei ole tässä rekisterissä.',
      outcome: 'not-found',
      reason: null,
    },
    {
      name: 'a hostile record id',
      registry: RAISIO,
      roles: ['tyontekija'],
      transition: 'paata',
      recordId: `../../${'\u0000'.repeat(3)}' OR 1=1 --`,
      kind: 'not-found',
      key: 'api.record-not-found',
      fi: /^Tietuetta "\.\.\/\.\.\/.*' OR 1=1 --" ei ole/s,
      outcome: 'not-found',
      reason: null,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const id = c.registry === TEST ? await testRecord() : await seedRecord(c.registry, { poiston_syy: undefined });
    await c.setup?.(id);
    const before = await stored(c.registry, id);
    const historyBefore = context.workflows.states.history(c.registry, id);
    const recordId = c.recordId ?? id;
    const error = await refusal(transitionRecord(context, callerOf(c.registry, c.roles), c.registry, recordId, c.transition, c.options));
    expect(error.kind).toBe(c.kind);
    expect(error.messageKey).toBe(c.key);
    if (typeof c.fi === 'string') expect(detail(error)).toBe(c.fi);
    else expect(detail(error)).toMatch(c.fi);
    // Worded in every language, no placeholder left.
    for (const lang of ['fi', 'sv', 'en'] as const) expect(detail(error, lang)).not.toMatch(/\{\w+\}/);
    // Nothing changed.
    expect(await stored(c.registry, id)).toEqual(before);
    expect(context.workflows.states.history(c.registry, id)).toEqual(historyBefore);
    // The refusal is audited, with a reason code and without the hostile text.
    const entry = lastAudit();
    expect(entry).toMatchObject({ actor: 'maija', action: 'transition', outcome: c.outcome, registry: c.registry, reason: c.reason, fields: c.fields ?? [] });
    expect(entry.records).toHaveLength(1);
    expect(JSON.stringify(entry)).not.toContain('<script>');
  });

  it('gives API clients one field error per field found wanting', async () => {
    const id = await testRecord();
    const error = await refusal(transitionRecord(context, callerOf(TEST, ['esihenkilo'], 'en'), TEST, id, 'paata'));
    expect(error.errors).toEqual([
      { pointer: '/syy', field: 'syy', message: 'Reason for ending is missing.', keyword: 'required' },
      { pointer: '/lisatieto', field: 'lisatieto', message: 'Further information is missing.', keyword: 'required' },
    ]);
    await updateRecord(context, callerOf(TEST, ['kasittelija']), TEST, id, { voimassa_asti: '2026-03-02' });
    giveConsent(TEST, id);
    const dates = await refusal(transitionRecord(context, callerOf(TEST, ['kasittelija'], 'sv'), TEST, id, 'aloita'));
    expect(dates.errors).toEqual([{ pointer: '/voimassa_asti', field: 'voimassa_asti', message: 'Giltig till: datumet måste vara senare än i dag.', keyword: 'formatMinimum' }]);
  });

  it('reads "today" as the day in Finland: at 22.30 UTC on 2 March it is already 3 March in Helsinki', async () => {
    const id = await testRecord({ voimassa_asti: '2026-03-03' });
    giveConsent(TEST, id);
    t.clock.set('2026-03-02T22:30:00Z');
    expect((await refusal(transitionRecord(context, callerOf(TEST, ['kasittelija']), TEST, id, 'aloita'))).params['reason']).toMatch(/tämän päivän jälkeen/);
    t.clock.set('2026-03-02T21:59:59Z');
    expect((await transitionRecord(context, callerOf(TEST, ['kasittelija']), TEST, id, 'aloita')).state).toBe('kaynnissa');
  });

  it('refuses an unknown registry without writing anything (nothing to audit it under)', async () => {
    const error = await refusal(transitionRecord(context, callerOf('x', ['a']), 'no-such-registry', 'a', 'paata'));
    expect([error.kind, error.messageKey]).toEqual(['not-found', 'api.registry-not-found']);
  });
});

describe('transitionRecord takes a transition', () => {
  it('writes the state, version + 1, updated time and actor, a history entry and an audit entry naming the transition', async () => {
    const id = await seedRecord(RAISIO);
    const before = await stored(RAISIO, id);
    t.clock.advance(5 * 60_000);
    const changed: string[] = [];
    const watched: OperationContext = { ...context, recordChanged: (registry, recordId) => changed.push(`${registry}/${recordId}`) };
    const view = await transitionRecord(watched, { ...callerOf(RAISIO, ['tyontekija'], 'fi', 'pekka'), ip: '192.0.2.1' }, RAISIO, id, 'paata', { expectedVersion: 1 });
    expect(view).toMatchObject({ state: 'paattynyt', version: 2, updatedAt: '2026-03-02T08:05:00.000Z', updatedBy: 'pekka', data: before.data });
    expect(await stored(RAISIO, id)).toEqual({ ...before, state: 'paattynyt', version: 2, updatedAt: '2026-03-02T08:05:00.000Z', updatedBy: 'pekka' });
    expect(context.workflows.states.history(RAISIO, id).at(-1)).toEqual({ state: 'paattynyt', transition: 'paata', enteredAt: '2026-03-02T08:05:00.000Z', actor: 'pekka' });
    expect(lastAudit()).toMatchObject({ actor: 'pekka', action: 'transition', outcome: 'ok', registry: RAISIO, records: [id], fields: [], reason: 'paata', ip: '192.0.2.1' });
    expect(changed).toEqual([`${RAISIO}/${id}`]);
  });

  it('gives the caller only what their roles may read', async () => {
    const id = await testRecord({ syy: 'Muutto', lisatieto: 'Ei muuta' });
    const view = await transitionRecord(context, callerOf(TEST, ['esihenkilo']), TEST, id, 'paata');
    expect(view.data).toEqual({ nimi: 'Testi Henkilö', syy: 'Muutto', lisatieto: 'Ei muuta' });
  });

  it('of two concurrent transitions takes one and refuses the other as a conflict', async () => {
    const id = await seedRecord(RAISIO);
    const worker = callerOf(RAISIO, ['tyontekija']);
    const results = await Promise.allSettled([transitionRecord(context, worker, RAISIO, id, 'paata'), transitionRecord(context, worker, RAISIO, id, 'paata')]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')!;
    expect(rejected.reason).toBeInstanceOf(OperationError);
    expect([rejected.reason.kind, rejected.reason.messageKey]).toEqual(['conflict', 'api.concurrent-update']);
    expect(context.workflows.states.history(RAISIO, id).map((entry) => entry.state)).toEqual(['aktiivinen', 'paattynyt']);
    expect((await stored(RAISIO, id)).version).toBe(2);
    expect(lastAudit()).toMatchObject({ action: 'transition', outcome: 'conflict', reason: 'concurrent-update' });
  });
});

describe('transitions taken by timers', () => {
  const due = '2026-03-01T22:00:00.000Z';

  it('acts as `system`, enters the state at the due time and audits at now; guards still apply', async () => {
    const id = await testRecord({ voimassa_asti: '2026-04-01' });
    giveConsent(TEST, id);
    await transitionRecord(context, callerOf(TEST, ['kasittelija']), TEST, id, 'aloita');
    const timer = { byTimer: { timer: 'maaraaika', at: due } };
    // `vanhene` needs `syy`: the timer is refused like anyone.
    const guarded = await refusal(transitionRecord(context, callerOf(TEST, []), TEST, id, 'vanhene', timer));
    expect(guarded.params['reason']).toBe('Puuttuu: Päättymisen syy.');
    expect(lastAudit()).toMatchObject({ actor: 'system', outcome: 'invalid', reason: 'missing-fields' });
    await updateRecord(context, callerOf(TEST, ['kasittelija']), TEST, id, { syy: 'Määräaika päättyi' });
    t.clock.advance(3_600_000);
    const view = await transitionRecord(context, callerOf(TEST, []), TEST, id, 'vanhene', timer);
    expect(view).toMatchObject({ state: 'uusi', updatedBy: 'system', updatedAt: '2026-03-02T09:00:00.000Z', data: {} });
    expect(context.workflows.states.history(TEST, id).at(-1)).toEqual({ state: 'uusi', transition: 'vanhene', enteredAt: due, actor: 'system' });
    expect(stateEnteredAt(context, await stored(TEST, id))).toBe(due);
    expect(lastAudit()).toMatchObject({ actor: 'system', action: 'transition', outcome: 'ok', reason: 'vanhene', at: '2026-03-02T09:00:00.000Z' });
  });

  it.each([
    ['a timer that does not declare the transition', 'tarkistus', 'paata', 'forbidden', 'api.transition-timer-mismatch', 'denied', 'timer-may-not'],
    ['an unknown timer', 'no_such_timer', 'vanhene', 'forbidden', 'api.transition-timer-mismatch', 'denied', 'timer-may-not'],
    ['a timer of a state the record has left', 'maaraaika', 'vanhene', 'conflict', 'api.transition-timer-stale', 'conflict', 'timer-state-left'],
  ] as const)('refuses %s', async (_name, timer, transition, kind, key, outcome, reason) => {
    const id = await testRecord();
    const error = await refusal(transitionRecord(context, callerOf(TEST, ['kasittelija', 'esihenkilo']), TEST, id, transition, { byTimer: { timer, at: due } }));
    expect([error.kind, error.messageKey]).toEqual([kind, key]);
    expect(detail(error)).not.toMatch(/\{\w+\}/);
    expect(lastAudit()).toMatchObject({ actor: 'system', action: 'transition', outcome, reason });
    expect((await stored(TEST, id)).state).toBe('uusi');
  });

  it('names both states when the record left the timer\'s state', async () => {
    const id = await testRecord();
    const error = await refusal(transitionRecord(context, callerOf(TEST, []), TEST, id, 'vanhene', { byTimer: { timer: 'maaraaika', at: due } }));
    expect(detail(error)).toBe('Ajastin "maaraaika" koskee tilaa "Käynnissä", mutta tietueen tila on nyt "Uusi".');
  });

  it('is not refused for the lack of a role: a timer needs none', async () => {
    const id = await seedRecord(TYORASTI);
    const view = await transitionRecord(context, { actor: 'ignored', roles: new Map(), lang: 'fi' }, TYORASTI, id, 'vanhene', { byTimer: { timer: 'maaraaika_paattyy', at: due } });
    expect(view.state).toBe('vanhentunut');
    expect(view.updatedBy).toBe('system');
  });
});

describe('stateHistory', () => {
  it('needs read access, and is audited as a read without fields', async () => {
    const id = await seedRecord(RAISIO);
    await transitionRecord(context, callerOf(RAISIO, ['tyontekija']), RAISIO, id, 'paata');
    expect((await stateHistory(context, callerOf(RAISIO, ['tyontekija']), RAISIO, id)).map((entry) => entry.transition)).toEqual([undefined, 'paata']);
    expect(lastAudit()).toMatchObject({ action: 'read', outcome: 'ok', records: [id], fields: [], reason: 'state-history' });
    const denied = await refusal(stateHistory(context, callerOf(RAISIO, []), RAISIO, id));
    expect(denied.kind).toBe('forbidden');
    const missing = await refusal(stateHistory(context, callerOf(RAISIO, ['tyontekija']), RAISIO, 'nobody'));
    expect(missing.kind).toBe('not-found');
    expect(lastAudit()).toMatchObject({ action: 'read', outcome: 'not-found', reason: 'state-history' });
  });
});

describe('the registry language: future_dates', () => {
  it('must name date fields', () => {
    const yaml = LIFECYCLE_TEST_REGISTRY.replace('future_dates: [voimassa_asti]', 'future_dates: [nimi]');
    expect(() => registryFrom(yaml, 'registries/elinkaari.yaml')).toThrow(/not-a-date-field at lifecycle\.transitions\.0\.requires\.future_dates\.0/);
  });

  it('must name fields that exist', () => {
    const yaml = LIFECYCLE_TEST_REGISTRY.replace('future_dates: [voimassa_asti]', 'future_dates: [ei_ole]');
    expect(() => registryFrom(yaml, 'registries/elinkaari.yaml')).toThrow(/lifecycle\.transitions\.0\.requires\.future_dates\.0/);
  });
});

