/**
 * The JSON Schema (2020-12) of a registry's records, derived from the model: one property per
 * field (repeating groups as arrays of entries), each from its field type's `valueSchema`.
 * A record is a flat object keyed by field id (ids are unique within a registry); unknown keys
 * are refused, so a typo never silently drops data.
 */
import { FIELD_TYPES } from '../fields/registry.js';
import type { JsonSchema } from '../fields/field-type.js';
import type { Field, Registry } from '../model/types.js';

/** The schema of one record of `registry`. */
export function recordSchema(registry: Registry): JsonSchema {
  const fields = registry.categories.flatMap((category) => category.fields);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:seloste:${registry.id}:record`,
    title: registry.name.fi,
    ...objectOf(fields),
  };
}

/** An object with one property per field; required fields listed. */
function objectOf(fields: readonly Field[]): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(fields.map((field) => [field.id, fieldSchema(field)])),
    required: fields.filter((field) => field.required).map((field) => field.id),
  };
}

/** A field's value schema, annotated with its label for messages and documentation. */
export function fieldSchema(field: Field): JsonSchema {
  const type = FIELD_TYPES.get(field.type);
  if (!type) throw new Error(`field type ${field.type} is not registered`);
  const schema = type.valueSchema(field);
  const entries = type.group ? { items: objectOf(field.fields) } : {};
  return {
    title: field.label.fi,
    ...(field.description ? { description: field.description.fi } : {}),
    ...schema,
    ...entries,
  };
}
