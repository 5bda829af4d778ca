/**
 * The tables of a registry's records, derived from the model: one table per registry with one
 * column per top-level field, and one child table per repeating group with one row per entry.
 * Table and column names are built from ids, which the language restricts to `[a-z0-9_]`, and
 * always quoted; field columns carry an `f_` prefix so a field id can never collide with an
 * engine column (`id`, `state`, `version`…).
 */
import { FIELD_TYPES } from '../fields/registry.js';
import type { StorageKind } from '../fields/field-type.js';
import type { Field, Registry } from '../model/types.js';

/** One stored field: what the schema sync compares between definition versions. */
export interface ColumnLayout {
  field: string;
  column: string;
  /** The field type (`text`, `date`…): a change of type needs a stated decision. */
  type: string;
  storage: Exclude<StorageKind, 'group'>;
}

export interface GroupLayout {
  field: string;
  table: string;
  columns: ColumnLayout[];
}

export interface TableLayout {
  registry: string;
  table: string;
  columns: ColumnLayout[];
  groups: GroupLayout[];
}

/** The layout of `registry`'s record tables. */
export function tableLayout(registry: Registry): TableLayout {
  const table = recordTableName(registry.id);
  const top = registry.categories.flatMap((category) => category.fields);
  return {
    registry: registry.id,
    table,
    columns: top.filter((field) => storageOf(field) !== 'group').map(columnOf),
    groups: top
      .filter((field) => storageOf(field) === 'group')
      .map((field) => ({ field: field.id, table: groupTableName(registry.id, field.id), columns: field.fields.map(columnOf) })),
  };
}

export function recordTableName(registryId: string): string {
  return `rec_${registryId.replace(/-/g, '_')}`;
}

export function groupTableName(registryId: string, groupId: string): string {
  return `${recordTableName(registryId)}__${groupId}`;
}

export function columnName(fieldId: string): string {
  return `f_${fieldId}`;
}

/** Quotes an identifier; names are built from checked ids, quoting is the second safeguard. */
export function quote(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`unsafe SQL identifier ${JSON.stringify(identifier)}`);
  return `"${identifier}"`;
}

export function storageOf(field: Pick<Field, 'type'>): StorageKind {
  const type = FIELD_TYPES.get(field.type);
  if (!type) throw new Error(`field type ${field.type} is not registered`);
  return type.storage;
}

function columnOf(field: Field): ColumnLayout {
  return { field: field.id, column: columnName(field.id), type: field.type, storage: storageOf(field) as ColumnLayout['storage'] };
}

/** The SQL column type of a storage kind (tables are STRICT, so SQLite enforces it). */
export function sqlType(storage: ColumnLayout['storage']): string {
  switch (storage) {
    case 'real':
      return 'REAL';
    case 'boolean':
      return 'INTEGER';
    default:
      return 'TEXT';
  }
}

/** DDL creating the tables of a layout from nothing. */
export function createTablesSql(layout: TableLayout): string[] {
  const main = quote(layout.table);
  const statements = [
    `CREATE TABLE ${main} (
      id TEXT PRIMARY KEY,
      registry_version TEXT NOT NULL,
      state TEXT,
      version INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL${layout.columns.map((column) => `,\n      ${columnDef(column)}`).join('')}
    ) STRICT`,
    `CREATE INDEX ${quote(`${layout.table}_created`)} ON ${main} (created_at)`,
    `CREATE INDEX ${quote(`${layout.table}_updated`)} ON ${main} (updated_at)`,
    ...layout.columns.flatMap((column) => columnIndexSql(layout.table, column)),
  ];
  for (const group of layout.groups) statements.push(...createGroupTableSql(layout, group));
  return statements;
}

export function createGroupTableSql(layout: TableLayout, group: GroupLayout): string[] {
  return [
    `CREATE TABLE ${quote(group.table)} (
      record_id TEXT NOT NULL REFERENCES ${quote(layout.table)} (id) ON DELETE CASCADE,
      position INTEGER NOT NULL${group.columns.map((column) => `,\n      ${columnDef(column)}`).join('')},
      PRIMARY KEY (record_id, position)
    ) STRICT`,
  ];
}

/** Identity codes are looked up across registries: they get an index. */
export function columnIndexSql(table: string, column: ColumnLayout): string[] {
  if (column.type !== 'personal-identity-code') return [];
  return [`CREATE INDEX IF NOT EXISTS ${quote(`${table}_${column.column}`)} ON ${quote(table)} (${quote(column.column)})`];
}

export function columnDef(column: ColumnLayout): string {
  return `${quote(column.column)} ${sqlType(column.storage)}`;
}

/** A JavaScript value as its column holds it; `undefined` and `null` are NULL. */
export function encodeValue(storage: ColumnLayout['storage'], value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  switch (storage) {
    case 'boolean':
      return value ? 1 : 0;
    case 'real':
      return value as number;
    case 'json':
      return JSON.stringify(value);
    default:
      return value as string;
  }
}

/** A column value back as the record holds it; NULL is absent (`undefined`). */
export function decodeValue(storage: ColumnLayout['storage'], value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (storage) {
    case 'boolean':
      return value === 1;
    case 'json':
      return JSON.parse(value as string);
    default:
      return value;
  }
}
