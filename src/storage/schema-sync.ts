/**
 * Schema sync: brings a registry's record tables from the layout they were last synced to (the
 * stored definition) to the layout of the current definition.
 *
 * Additive changes apply on their own: a new field is a new column, a new repeating group a new
 * table. A removed, renamed or re-typed field is refused while any record holds a value for it,
 * until the definition's `data_changes` states what happens to those values (delete, rename,
 * convert, clear). Nothing is dropped silently. The whole sync of all registries is planned first
 * and applied in one transaction only when no registry has a refused change, so a refused start
 * leaves the database exactly as it was.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Clock } from '../runtime/clock.js';
import type { DataChange, Field, Registry } from '../model/types.js';
import { allFields } from '../model/fields.js';
import { fieldSchema } from '../schema/record-schema.js';
import { addRecordFormats } from '../schema/formats.js';
import type { Db } from './database.js';
import {
  columnDef,
  columnIndexSql,
  createGroupTableSql,
  createTablesSql,
  decodeValue,
  encodeValue,
  quote,
  tableLayout,
  type ColumnLayout,
  type GroupLayout,
  type TableLayout,
} from './record-tables.js';

/** One change the sync makes. */
export type SyncStep =
  | { kind: 'create-tables' }
  | { kind: 'add-column'; table: string; column: ColumnLayout }
  | { kind: 'add-group'; group: GroupLayout }
  | { kind: 'drop-column'; table: string; column: ColumnLayout; values: number }
  | { kind: 'drop-group'; group: GroupLayout; values: number }
  | { kind: 'rename-column'; table: string; from: ColumnLayout; to: ColumnLayout }
  | { kind: 'retype-column'; table: string; from: ColumnLayout; to: ColumnLayout; mode: 'convert' | 'clear'; values: number };

/** A change the sync refuses until the definition states what happens to the data. */
export interface SyncProblem {
  code: 'field-removed' | 'field-retyped' | 'convert-failed' | 'rename-target-exists';
  registry: string;
  file: string;
  field: string;
  /** Records holding a value for the field. */
  values: number;
  /** The field's type before and after, for a re-typed field. */
  from?: string;
  to?: string;
  /** For `convert-failed`: how many values do not fit, and one record to look at. */
  invalid?: number;
  example?: string;
}

export interface SyncPlan {
  registry: Registry;
  layout: TableLayout;
  stored?: { version: string; layout: TableLayout };
  steps: SyncStep[];
  problems: SyncProblem[];
}

/** The outcome of syncing every registry. */
export interface SyncReport {
  plans: SyncPlan[];
  /** Stored registries no loaded definition names any more: their tables are kept untouched. */
  orphans: string[];
}

/** The sync was refused: nothing was changed. */
export class SchemaSyncError extends Error {
  constructor(readonly problems: SyncProblem[]) {
    super(`schema sync refused: ${problems.map((problem) => `${problem.registry}.${problem.field} (${problem.code})`).join(', ')}`);
  }
}

/**
 * Plans and applies the sync of every registry, all or nothing. Throws `SchemaSyncError` with
 * every refused change (of every registry) when any is refused.
 */
export function syncRegistries(db: Db, registries: readonly Registry[], clock: Clock): SyncReport {
  const plans = registries.map((registry) => planSync(db, registry));
  const problems = plans.flatMap((plan) => plan.problems);
  if (problems.length > 0) throw new SchemaSyncError(problems);
  const now = clock().toISOString();
  db.transaction(() => {
    for (const plan of plans) applySync(db, plan, now);
  }).immediate();
  const known = new Set(registries.map((registry) => registry.id));
  const orphans = (db.prepare('SELECT registry FROM registry_schemas ORDER BY registry').pluck().all() as string[]).filter((id) => !known.has(id));
  return { plans, orphans };
}

/** What syncing `registry` would do, read from the database without changing it. */
export function planSync(db: Db, registry: Registry): SyncPlan {
  const layout = tableLayout(registry);
  const row = db.prepare('SELECT version, layout FROM registry_schemas WHERE registry = ?').get(registry.id) as { version: string; layout: string } | undefined;
  if (!row) return { registry, layout, steps: [{ kind: 'create-tables' }], problems: [] };
  const stored = { version: row.version, layout: JSON.parse(row.layout) as TableLayout };
  const context: PlanContext = {
    db,
    registry,
    changes: new Map(registry.dataChanges.map((change) => [change.field, change])),
    fields: new Map(allFields(registry).map((field) => [field.id, field])),
    steps: [],
    problems: [],
  };
  planTable(context, stored.layout.table, stored.layout.columns, layout.columns, undefined);
  const newGroups = new Map(layout.groups.map((group) => [group.field, group]));
  const oldGroups = new Map(stored.layout.groups.map((group) => [group.field, group]));
  for (const group of stored.layout.groups) {
    const next = newGroups.get(group.field);
    if (next) planTable(context, group.table, group.columns, next.columns, group);
    else planRemovedGroup(context, group);
  }
  for (const group of layout.groups) if (!oldGroups.has(group.field)) context.steps.push({ kind: 'add-group', group });
  return { registry, layout, stored, steps: context.steps, problems: context.problems };
}

interface PlanContext {
  db: Db;
  registry: Registry;
  changes: Map<string, DataChange>;
  fields: Map<string, Field>;
  steps: SyncStep[];
  problems: SyncProblem[];
}

function planTable(context: PlanContext, table: string, before: ColumnLayout[], after: ColumnLayout[], group: GroupLayout | undefined): void {
  const next = new Map(after.map((column) => [column.field, column]));
  const renamedTo = new Set<string>();
  for (const column of before) {
    const now = next.get(column.field);
    if (now) {
      if (now.type !== column.type) planRetype(context, table, column, now, group);
      continue;
    }
    const values = countValues(context.db, table, column);
    const change = context.changes.get(column.field);
    const target = change?.action === 'rename' && change.to ? next.get(change.to) : undefined;
    if (change?.action === 'rename' && target && !before.some((other) => other.field === target.field)) {
      renamedTo.add(target.field);
      context.steps.push({ kind: 'rename-column', table, from: column, to: target });
      // Values are read from the old column now; the retype runs after the rename.
      if (target.type !== column.type) planRetype(context, table, { ...column, column: target.column, field: target.field }, target, group, column);
    } else if (change?.action === 'rename' && target) {
      context.problems.push(problem(context, 'rename-target-exists', column.field, values));
    } else if (change?.action === 'delete' || values === 0) {
      context.steps.push({ kind: 'drop-column', table, column, values });
    } else {
      context.problems.push(problem(context, 'field-removed', column.field, values));
    }
  }
  for (const column of after) {
    if (!before.some((old) => old.field === column.field) && !renamedTo.has(column.field)) context.steps.push({ kind: 'add-column', table, column });
  }
}

function planRemovedGroup(context: PlanContext, group: GroupLayout): void {
  const values = (context.db.prepare(`SELECT count(*) FROM ${quote(group.table)}`).pluck().get() as number) ?? 0;
  const change = context.changes.get(group.field);
  if (change?.action === 'delete' || values === 0) context.steps.push({ kind: 'drop-group', group, values });
  else context.problems.push(problem(context, 'field-removed', group.field, values));
}

function planRetype(
  context: PlanContext,
  table: string,
  from: ColumnLayout,
  to: ColumnLayout,
  group: GroupLayout | undefined,
  source: ColumnLayout = from,
): void {
  const values = countValues(context.db, table, source);
  const change = context.changes.get(to.field);
  if (values === 0 || change?.action === 'clear') {
    context.steps.push({ kind: 'retype-column', table, from, to, mode: 'clear', values });
    return;
  }
  if (change?.action !== 'convert') {
    context.problems.push({ ...problem(context, 'field-retyped', to.field, values), from: from.type, to: to.type });
    return;
  }
  const field = context.fields.get(to.field)!;
  const check = valueChecker(field);
  let invalid = 0;
  let example: string | undefined;
  const rows = context.db.prepare(`SELECT ${group ? 'record_id' : 'id'} AS id, ${quote(source.column)} AS value FROM ${quote(table)} WHERE ${quote(source.column)} IS NOT NULL`).iterate() as Iterable<{ id: string; value: unknown }>;
  for (const row of rows) {
    if (!check(convertValue(decodeValue(from.storage, row.value), to.storage))) {
      invalid++;
      example ??= row.id;
    }
  }
  if (invalid > 0) context.problems.push({ ...problem(context, 'convert-failed', to.field, values), from: from.type, to: to.type, invalid, example });
  else context.steps.push({ kind: 'retype-column', table, from, to, mode: 'convert', values });
}

function problem(context: PlanContext, code: SyncProblem['code'], field: string, values: number): SyncProblem {
  return { code, registry: context.registry.id, file: context.registry.origin.file, field, values };
}

/** Records (or group entries) holding a value in the column. */
function countValues(db: Db, table: string, column: ColumnLayout): number {
  return db.prepare(`SELECT count(*) FROM ${quote(table)} WHERE ${quote(column.column)} IS NOT NULL`).pluck().get() as number;
}

/** A value of the old type in the shape of the new storage kind: numbers from digits and back. */
function convertValue(value: unknown, storage: ColumnLayout['storage']): unknown {
  if (storage === 'real' && typeof value === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(value.trim())) return Number(value.trim().replace(',', '.'));
  if (storage === 'text' && typeof value === 'number') return String(value);
  if (storage === 'boolean' && typeof value === 'string') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function valueChecker(field: Field): (value: unknown) => boolean {
  const ajv = new Ajv2020({ strict: false });
  addRecordFormats(ajv);
  const schema = fieldSchema(field);
  return ajv.compile(schema);
}

function applySync(db: Db, plan: SyncPlan, now: string): void {
  const { layout } = plan;
  for (const step of plan.steps) {
    switch (step.kind) {
      case 'create-tables':
        for (const statement of createTablesSql(layout)) db.exec(statement);
        break;
      case 'add-column':
        db.exec(`ALTER TABLE ${quote(step.table)} ADD COLUMN ${columnDef(step.column)}`);
        for (const statement of columnIndexSql(step.table, step.column)) db.exec(statement);
        break;
      case 'add-group':
        for (const statement of createGroupTableSql(layout, step.group)) db.exec(statement);
        break;
      case 'drop-column':
        db.exec(`DROP INDEX IF EXISTS ${quote(`${step.table}_${step.column.column}`)}`);
        db.exec(`ALTER TABLE ${quote(step.table)} DROP COLUMN ${quote(step.column.column)}`);
        break;
      case 'drop-group':
        db.exec(`DROP TABLE ${quote(step.group.table)}`);
        break;
      case 'rename-column':
        db.exec(`ALTER TABLE ${quote(step.table)} RENAME COLUMN ${quote(step.from.column)} TO ${quote(step.to.column)}`);
        break;
      case 'retype-column':
        retypeColumn(db, step);
        break;
    }
  }
  const stored = JSON.stringify(layout);
  db.prepare(
    `INSERT INTO registry_schemas (registry, version, layout, synced_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (registry) DO UPDATE SET version = excluded.version, layout = excluded.layout, synced_at = excluded.synced_at`,
  ).run(layout.registry, plan.registry.origin.digest, stored, now);
  db.prepare('INSERT OR IGNORE INTO registry_versions (registry, version, layout, first_seen) VALUES (?, ?, ?, ?)').run(
    layout.registry,
    plan.registry.origin.digest,
    stored,
    now,
  );
}

/** STRICT tables cannot change a column's type in place: copy through a new column. */
function retypeColumn(db: Db, step: Extract<SyncStep, { kind: 'retype-column' }>): void {
  const table = quote(step.table);
  const temporary = { ...step.to, column: `${step.to.column}__new` };
  db.exec(`ALTER TABLE ${table} ADD COLUMN ${columnDef(temporary)}`);
  if (step.mode === 'convert') {
    const rows = db.prepare(`SELECT rowid, ${quote(step.from.column)} AS value FROM ${table} WHERE ${quote(step.from.column)} IS NOT NULL`).all() as Array<{ rowid: number; value: unknown }>;
    const update = db.prepare(`UPDATE ${table} SET ${quote(temporary.column)} = ? WHERE rowid = ?`);
    for (const row of rows) update.run(encodeValue(step.to.storage, convertValue(decodeValue(step.from.storage, row.value), step.to.storage)), row.rowid);
  }
  db.exec(`DROP INDEX IF EXISTS ${quote(`${step.table}_${step.from.column}`)}`);
  db.exec(`ALTER TABLE ${table} DROP COLUMN ${quote(step.from.column)}`);
  db.exec(`ALTER TABLE ${table} RENAME COLUMN ${quote(temporary.column)} TO ${quote(step.to.column)}`);
  for (const statement of columnIndexSql(step.table, step.to)) db.exec(statement);
}
