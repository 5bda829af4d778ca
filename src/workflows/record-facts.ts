/**
 * What the schedule of a record depends on, read straight from its row: the lifecycle state,
 * when it entered that state (its latest state-history entry, else its creation — as
 * `stateEnteredAt` in `lifecycle-state.ts` counts it), created and updated times, and the date
 * fields timers and retention rules count from. Read in one query per record, or per registry
 * for the reconciliation at start-up (25,000 records in well under a second, where reading whole
 * records with their groups would take seconds). Synchronous, so a record's jobs follow it in the
 * same turn as the write that changed it.
 */
import type { Registry } from '../model/types.js';
import type { Db } from '../storage/database.js';
import { columnName, decodeValue, quote, recordTableName, storageOf } from '../storage/record-tables.js';
import type BetterSqlite3 from 'better-sqlite3';

export interface RecordFacts {
  id: string;
  /** The lifecycle state (the initial state for a record without one); undefined without a lifecycle. */
  state?: string;
  /** When the record entered `state`. */
  enteredAt: string;
  createdAt: string;
  updatedAt: string;
  /** Values of the top-level fields the schedule counts from (absent when empty). */
  values: Record<string, unknown>;
}

export interface RecordFactsReader {
  one(registry: Registry, recordId: string): RecordFacts | undefined;
  /** Every record of the registry. */
  all(registry: Registry): RecordFacts[];
}

/** Top-level fields that timers and retention rules of the registry count from. */
export function scheduleFields(registry: Registry): string[] {
  const top = new Set(registry.categories.flatMap((category) => category.fields.filter((field) => storageOf(field) !== 'group').map((field) => field.id)));
  const wanted = new Set<string>();
  for (const timer of registry.lifecycle?.timers ?? []) if (timer.fromField && top.has(timer.fromField)) wanted.add(timer.fromField);
  for (const rule of registry.retention?.rules ?? []) {
    if (rule.kind === 'enforceable' && 'field' in rule.from && top.has(rule.from.field)) wanted.add(rule.from.field);
  }
  return [...wanted];
}

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

export function createRecordFacts(db: Db): RecordFactsReader {
  const compiled = new Map<Registry, { one: Statement; all: Statement; fields: Array<{ id: string; storage: ReturnType<typeof storageOf> }> }>();
  const statementsOf = (registry: Registry) => {
    let statements = compiled.get(registry);
    if (!statements) {
      const fields = scheduleFields(registry).map((id) => {
        const field = registry.categories.flatMap((category) => category.fields).find((candidate) => candidate.id === id)!;
        return { id, storage: storageOf(field) };
      });
      const columns = fields.map((field, i) => `, r.${quote(columnName(field.id))} AS v${i}`).join('');
      const select = `SELECT r.id, r.state, r.created_at AS createdAt, r.updated_at AS updatedAt${columns},
        (SELECT s.entered_at FROM record_states s WHERE s.registry = @registry AND s.record_id = r.id AND s.state = coalesce(r.state, @initial)
          ORDER BY s.id DESC LIMIT 1) AS enteredAt
        FROM ${quote(recordTableName(registry.id))} r`;
      statements = { one: db.prepare(`${select} WHERE r.id = @id`), all: db.prepare(select), fields };
      compiled.set(registry, statements);
    }
    return statements;
  };
  const toFacts = (registry: Registry, fields: Array<{ id: string; storage: ReturnType<typeof storageOf> }>, row: Record<string, unknown>): RecordFacts => {
    const values: Record<string, unknown> = {};
    fields.forEach((field, i) => {
      const value = decodeValue(field.storage as 'text', row[`v${i}`]);
      if (value !== undefined) values[field.id] = value;
    });
    const state = registry.lifecycle ? ((row['state'] as string | null) ?? registry.lifecycle.initial) : undefined;
    return {
      id: row['id'] as string,
      ...(state === undefined ? {} : { state }),
      enteredAt: (row['enteredAt'] as string | null) ?? (row['createdAt'] as string),
      createdAt: row['createdAt'] as string,
      updatedAt: row['updatedAt'] as string,
      values,
    };
  };
  const params = (registry: Registry) => ({ registry: registry.id, initial: registry.lifecycle?.initial ?? '' });
  return {
    one(registry, recordId) {
      const statements = statementsOf(registry);
      const row = statements.one.get({ ...params(registry), id: recordId }) as Record<string, unknown> | undefined;
      return row ? toFacts(registry, statements.fields, row) : undefined;
    },
    all(registry) {
      const statements = statementsOf(registry);
      return (statements.all.all(params(registry)) as Array<Record<string, unknown>>).map((row) => toFacts(registry, statements.fields, row));
    },
  };
}
