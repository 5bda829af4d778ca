import { afterEach, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord } from '../../src/operations/records.js';
import { OperationError } from '../../src/operations/errors.js';
import { anonymizedData, eraseRecord } from '../../src/workflows/erasure.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { admin, recordData, rowsOf, RAISIO, TYORASTI, WALMU } from '../helpers/timers.js';

let t: TestEngine;
afterEach(() => t?.engine.close());

const FILE = { id: 'scan-1', name: 'suostumus.pdf', media_type: 'application/pdf', size: 1234 };

/** Tables holding rows of `registry`'s records: the record table and its group tables. */
function recordTables(registry: string): string[] {
  const prefix = `rec_${registry.replace(/-/g, '_')}`;
  return (t.engine.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ?").pluck().all(`${prefix}%`) as string[]).filter(
    (name) => name === prefix || name.startsWith(`${prefix}__`),
  );
}

/** How many rows about the record each table holds. */
function footprint(registry: string, id: string): Record<string, number> {
  const count = (sql: string, ...params: unknown[]) => t.engine.db.prepare(sql).pluck().get(...params) as number;
  const result: Record<string, number> = {};
  for (const table of recordTables(registry)) result[table] = count(`SELECT count(*) FROM "${table}" WHERE ${table.includes('__') ? 'record_id' : 'id'} = ?`, id);
  for (const table of ['search_entries', 'record_states', 'idempotency_keys', 'legal_holds', 'restrictions', 'consent_events', 'disclosure_log', 'jobs']) {
    result[table] = count(`SELECT count(*) FROM ${table} WHERE record_id = ?`, id);
  }
  return result;
}

/** A Walmu record with groups, a file, a consent, an ended hold and an idempotency key. */
async function walmuRecord(): Promise<{ id: string; data: Record<string, unknown> }> {
  const data = recordData(t, WALMU, {
    skannatut_asiakirjat: [{ asiakirjan_nimi: 'Vuokrasopimus Virtanen', asiakirja_pvm: '2026-02-10', asiakirjatiedosto: FILE }],
    luovutussuostumukset: [{ suostumus_pvm: '2026-02-11', suostumuksen_sisalto: 'Saa luovuttaa Kelalle', suostumuslomake: FILE }],
  });
  const { record } = await createRecord(t.engine.operations, admin(), WALMU, data, 'luonti-1');
  const now = t.clock().toISOString();
  t.engine.operations.workflows.consents.record({ registry: WALMU, recordId: record.id, consent: 'kasittely', event: 'given', at: now, method: 'signed-form', recordedBy: 'paavo', recordedAt: now });
  const hold = t.engine.operations.workflows.holds.place({ registry: WALMU, recordId: record.id, reason: 'Virtasen valitus', placedBy: 'paavo', placedAt: now });
  t.engine.operations.workflows.holds.end(hold.id, 'paavo', now);
  return { id: record.id, data };
}

/** Every string in a value, deeply. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('deleting', () => {
  it('removes the record from every table that held it, and keeps the consent history', async () => {
    t = await testEngine({ demo: true });
    const { id, data } = await walmuRecord();
    const before = footprint(WALMU, id);
    expect(before['rec_walmu_asiakashallinta__skannatut_asiakirjat']).toBe(1);
    expect(before['search_entries']).toBeGreaterThan(0);
    expect(before).toMatchObject({ rec_walmu_asiakashallinta: 1, record_states: 1, idempotency_keys: 1, legal_holds: 1, consent_events: 1 });

    const result = await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'system', reason: 'retention:testi', then: 'delete' });
    expect(result).toEqual({ outcome: 'erased' });
    const after = footprint(WALMU, id);
    for (const [table, rows] of Object.entries(after)) expect(rows, table).toBe(table === 'consent_events' ? 1 : 0);
    // The full-text index forgot the words too.
    expect(t.engine.db.prepare('SELECT count(*) FROM record_search WHERE record_search MATCH ?').pluck().get('"Vuokrasopimus"')).toBe(0);

    const entries = t.engine.audit.list({ records: [id], limit: 100 }).entries.filter((entry) => entry.action === 'erase');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'system', outcome: 'ok', registry: WALMU, records: [id], fields: [], reason: 'retention:testi' });
    // No value of the record anywhere in the entry.
    const entry = JSON.stringify(entries[0]);
    for (const value of strings(data).filter((text) => text.length >= 4)) expect(entry).not.toContain(value);
  });

  it('by staff also forgets the state history and ended holds, and keeps the idempotency key for a retried POST', async () => {
    t = await testEngine({ demo: true });
    const { id, data } = await walmuRecord();
    await deleteRecord(t.engine.operations, admin(), WALMU, id);
    const after = footprint(WALMU, id);
    for (const [table, rows] of Object.entries(after)) expect(rows, table).toBe(table === 'consent_events' || table === 'idempotency_keys' ? 1 : 0);
    // The retry is told the record is gone instead of creating it again.
    await expect(createRecord(t.engine.operations, admin(), WALMU, data, 'luonti-1')).rejects.toMatchObject({ kind: 'conflict', messageKey: 'api.idempotent-record-gone' });
  });

  it('of one category only clears that category\'s fields', async () => {
    t = await testEngine({ demo: true });
    const { id } = await walmuRecord();
    const registry = seedRegistries().find((candidate) => candidate.id === WALMU)!;
    const category = registry.categories.find((candidate) => candidate.fields.some((field) => field.id === 'skannatut_asiakirjat'))!;
    expect(await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'paavo', reason: 'request:abc', then: 'delete', category: category.id })).toEqual({ outcome: 'erased' });
    const record = (await t.engine.operations.store.get(WALMU, id))!;
    expect(record.data['skannatut_asiakirjat']).toBeUndefined();
    expect(record.data['luovutussuostumukset']).toBeDefined();
    expect(rowsOf(t, 'rec_walmu_asiakashallinta__skannatut_asiakirjat', id)).toEqual([]);
    const erase = t.engine.audit.list({ records: [id], limit: 100 }).entries.find((entry) => entry.action === 'erase')!;
    expect(erase).toMatchObject({ actor: 'paavo', reason: 'request:abc' });
    expect(erase.fields).toContain('skannatut_asiakirjat');
    expect(erase.fields.every((field) => category.fields.some((candidate) => candidate.id === field))).toBe(true);
  });
});

describe('anonymizing', () => {
  it('keeps only what the reports count, dates reduced to their month, and the state', async () => {
    t = await testEngine({ demo: true });
    const { id } = await walmuRecord();
    t.engine.db.prepare("UPDATE rec_walmu_asiakashallinta SET f_asiakassuhde_alkoi = '2025-09-17' WHERE id = ?").run(id);
    const before = (await t.engine.operations.store.get(WALMU, id))!;
    expect(await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'system', reason: 'retention:testi', then: 'anonymize' })).toEqual({ outcome: 'anonymized' });
    const after = (await t.engine.operations.store.get(WALMU, id))!;
    expect(after.data).toEqual({ asiakassuhteen_tyyppi: before.data['asiakassuhteen_tyyppi'], asiakassuhde_alkoi: '2025-09-01' });
    expect(after.state).toBe(before.state);
    expect(footprint(WALMU, id)).toMatchObject({ search_entries: 0, rec_walmu_asiakashallinta__skannatut_asiakirjat: 0, rec_walmu_asiakashallinta__luovutussuostumukset: 0 });
    const entry = t.engine.audit.list({ records: [id], limit: 100 }).entries.find((candidate) => candidate.action === 'anonymize')!;
    expect(entry.fields).toContain('skannatut_asiakirjat');
    expect(entry.fields).not.toContain('asiakassuhteen_tyyppi');
  });

  it('keeps a counted repeating group with only its dimension, by month', () => {
    const registry = seedRegistries().find((candidate) => candidate.id === TYORASTI)!;
    const group = registry.categories.flatMap((category) => category.fields).find((field) => field.id === 'kaytetyt_palvelut')!;
    const member = group.fields.find((field) => field.id !== 'kayttopaiva')!;
    const { data } = anonymizedData(registry, { kayttajatunnus: 'mvirtanen', kaytetyt_palvelut: [{ kayttopaiva: '2026-02-15', [member.id]: 'x' }] });
    expect(data).toEqual({ kaytetyt_palvelut: [{ kayttopaiva: '2026-02-01' }] });
  });
});

describe('what blocks erasure', () => {
  it('a legal hold, then a restriction; nothing is changed', async () => {
    t = await testEngine({ demo: true });
    const { id } = await walmuRecord();
    const before = footprint(WALMU, id);
    const now = t.clock().toISOString();
    const hold = t.engine.operations.workflows.holds.place({ registry: WALMU, recordId: id, reason: 'Käräjäoikeus', placedBy: 'paavo', placedAt: now });
    expect(await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'system', reason: 'retention:testi', then: 'delete' })).toEqual({ outcome: 'blocked', by: 'legal-hold', detail: 'Käräjäoikeus' });
    t.engine.operations.workflows.holds.end(hold.id, 'paavo', now);
    t.engine.operations.workflows.restrictions.place({ registry: WALMU, recordId: id, reason: 'Rajoituspyyntö', placedBy: 'paavo', placedAt: now });
    expect(await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'system', reason: 'retention:testi', then: 'anonymize' })).toEqual({ outcome: 'blocked', by: 'restriction', detail: 'Rajoituspyyntö' });
    expect(footprint(WALMU, id)).toEqual({ ...before, legal_holds: 2, restrictions: 1 });
  });

  it('a hold refuses staff deletion too, naming its reason', async () => {
    t = await testEngine({ demo: true });
    const { record } = await createRecord(t.engine.operations, admin(), RAISIO, recordData(t, RAISIO));
    t.engine.operations.workflows.holds.place({ registry: RAISIO, recordId: record.id, reason: 'Poliisitutkinta kesken', placedBy: 'paavo', placedAt: t.clock().toISOString() });
    const refused = await deleteRecord(t.engine.operations, admin(), RAISIO, record.id).catch((cause: unknown) => cause);
    expect(refused).toBeInstanceOf(OperationError);
    expect(refused).toMatchObject({ kind: 'conflict', messageKey: 'api.record-on-legal-hold', params: { reason: 'Poliisitutkinta kesken' } });
    expect(await t.engine.operations.store.get(RAISIO, record.id)).toBeDefined();
    expect(t.engine.audit.list({ records: [record.id], limit: 100 }).entries.at(-1)).toMatchObject({ action: 'delete', outcome: 'denied', reason: 'legal-hold' });
  });

  it.each([
    ['an unknown registry', { registry: 'ei-ole' }],
    ['an unknown record', { recordId: 'ffffffff-ffff-4fff-8fff-ffffffffffff' }],
    ['an unknown category', { category: 'ei_ole' }],
  ])('answers not-found for %s', async (_name, over) => {
    t = await testEngine({ demo: true });
    const { id } = await walmuRecord();
    expect(await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'system', reason: 'retention:testi', then: 'delete', ...over })).toEqual({ outcome: 'not-found' });
    expect(await t.engine.operations.store.get(WALMU, id)).toBeDefined();
  });
});

describe('anonymizing again', () => {
  it('changes nothing the second time: no write, so a rule counting from the last update does not come round again', async () => {
    t = await testEngine({ demo: true });
    const { id } = await walmuRecord();
    await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'system', reason: 'retention:testi', then: 'anonymize' });
    const once = (await t.engine.operations.store.get(WALMU, id))!;
    t.clock.advance(DAY_MS);
    expect(await eraseRecord(t.engine.operations, { registry: WALMU, recordId: id, actor: 'system', reason: 'retention:testi', then: 'anonymize' })).toEqual({ outcome: 'anonymized' });
    expect(await t.engine.operations.store.get(WALMU, id)).toEqual(once);
    expect(t.engine.audit.list({ records: [id], limit: 100 }).entries.filter((entry) => entry.action === 'anonymize')).toHaveLength(2);
  });
});

const DAY_MS = 24 * 60 * 60 * 1000;
