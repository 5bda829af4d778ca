/**
 * The contract of a field type. A type is a plug-in: one file in `types/` and one line in
 * `registry.ts`. This stage uses what the definition language needs (the type's own settings
 * and their checks, and what the type can serve as); later stages add their generators here.
 */
import type { SchemaNode } from '../check/schema-nodes.js';
import type { MessageParams } from '../i18n/catalogue.js';
import type { Field } from '../model/types.js';

/** A JSON Schema (2020-12) fragment. */
export type JsonSchema = Record<string, unknown>;

/** Reports a problem found in a field's own settings, at `path` below the field. */
export type SettingsReporter = (code: string, params: MessageParams, path?: Array<string | number>) => void;

/**
 * How a value is kept in its record table: `text`, `integer`, `real` and `boolean` (0/1) are plain
 * SQLite columns; `json` holds a composite value (an address, a list of choices, a file
 * reference) as JSON text; `group` is a child table with one row per entry.
 */
export type StorageKind = 'text' | 'real' | 'boolean' | 'json' | 'group';

export interface FieldType {
  /** The `type:` value in the registry language. */
  name: string;
  /** How a value is stored (see `StorageKind`); a change of it is a destructive schema change. */
  storage: StorageKind;
  /** Its words go into the record search index (names, notes, contact details, codes). */
  searchable?: boolean;
  /** One sentence for the language reference. */
  doc: string;
  /** Keys this type accepts besides the common field keys. */
  settings: Record<string, SchemaNode>;
  /** Settings that must be present. */
  requiredSettings?: string[];
  /** Checks that a schema cannot express (min ≤ max, unique options…). */
  check?(field: Record<string, unknown>, report: SettingsReporter): void;
  /** Holds a point in time: can anchor a retention period or a timer. */
  temporal?: boolean;
  /** Has a small set of values: can be a dimension of an aggregate report. */
  categorical?: boolean;
  /** Holds a postal address: address protection (turvakielto) applies to it. */
  address?: boolean;
  /** Holds a list of sub-records (a repeating group). */
  group?: boolean;
  /**
   * The JSON Schema of one value of such a field in a record, from the field's settings. Custom
   * formats (`fi-personal-identity-code`, `fi-business-id`, …) are registered by
   * `src/schema/formats.ts`. A group's schema is built by the record schema from its members.
   */
  valueSchema(field: Field): JsonSchema;
}
