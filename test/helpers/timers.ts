/** Records for timer and retention tests: valid demo records of the seeds, created and moved through operations. */
import { generateRecords } from '../../src/demo/generate-records.js';
import type { Caller } from '../../src/operations/context.js';
import { createRecord } from '../../src/operations/records.js';
import { transitionRecord } from '../../src/operations/transitions.js';
import type { RecordData } from '../../src/storage/record-store.js';
import type { TestEngine } from './engine.js';

export const RAISIO = 'raisio-tyollisyyspalvelut';
export const TYORASTI = 'helsinki-tyorasti';
export const WALMU = 'walmu-asiakashallinta';
export const JOENSUU = 'joensuu-tyollisyyspalvelut';
export const HAKOSALO = 'iisalmi-hakosalo';

/** A staff caller holding `paakayttaja` in every seed. */
export function admin(actor = 'paavo'): Caller {
  return { actor, roles: new Map([RAISIO, TYORASTI, WALMU, JOENSUU, HAKOSALO].map((id) => [id, ['paakayttaja']])), lang: 'fi' };
}

let seed = 100;

/** A valid record of the registry (demo data: the engine must be a demo one), with `overrides`. */
export function recordData(t: TestEngine, registryId: string, overrides: RecordData = {}): RecordData {
  const registry = t.engine.registries.find((candidate) => candidate.id === registryId)!;
  const [data] = generateRecords(registry, { count: 1, seed: seed++, today: t.clock() });
  return { ...data, ...overrides };
}

/** Creates a record through the operation (its jobs follow) and returns its id. */
export async function create(t: TestEngine, registryId: string, overrides: RecordData = {}): Promise<string> {
  const { record } = await createRecord(t.engine.operations, admin(), registryId, recordData(t, registryId, overrides));
  return record.id;
}

/** Takes a transition as staff. */
export async function transition(t: TestEngine, registryId: string, id: string, transitionId: string): Promise<void> {
  await transitionRecord(t.engine.operations, admin(), registryId, id, transitionId);
}

export const DAY = 24 * 60 * 60 * 1000;

/** A Raisio record whose customer relationship ended (`paata`) `daysAgo` days before the clock's now. */
export async function endedRaisio(t: TestEngine, daysAgo: number): Promise<string> {
  t.clock.advance(-daysAgo * DAY);
  const id = await create(t, RAISIO);
  await transition(t, RAISIO, id, 'paata');
  t.clock.advance(daysAgo * DAY);
  return id;
}

/** Rows of a table for one record id (column `record_id`, or `id` for record tables). */
export function rowsOf(t: TestEngine, table: string, recordId: string, column = 'record_id'): unknown[] {
  return t.engine.db.prepare(`SELECT * FROM "${table}" WHERE ${column} = ?`).all(recordId);
}
