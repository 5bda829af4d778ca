/**
 * Builders for the meta-schema. Every node carries a `description`: the language reference in
 * registries/README.md is generated from these, so the reference and the checks cannot drift.
 *
 * Our own annotation keywords (registered with ajv in schema-check.ts):
 * - `x-text`: a text, a plain string (Finnish) or `{fi, sv, en}`; checked against `languages`;
 * - `x-id`: declares an id of a kind (category, field…), collected for uniqueness and references;
 * - `x-ref`: refers to an id of a kind; `x-wildcard` also allows `*` (all);
 * - `x-code`: the problem code a failed `pattern`/`format` reports;
 * - `x-doc-type`: the type name the reference shows.
 */
export type SchemaNode = { description?: string; [keyword: string]: unknown };

/** Ids become column names and URL parts: ASCII lowercase, digits, `_` (write ä→a, ö→o). */
export const ID_PATTERN = '^[a-z][a-z0-9_]{0,62}$';
/** Registry ids appear in URLs: lowercase, digits and hyphens. */
export const REGISTRY_ID_PATTERN = '^[a-z][a-z0-9-]{1,62}$';

export function text(description: string): SchemaNode {
  return { 'x-text': true, 'x-doc-type': 'text', description };
}

export function texts(description: string, minItems = 1): SchemaNode {
  return { type: 'array', minItems, items: text('A paragraph or list item.'), 'x-doc-type': 'list of texts', description };
}

export function string(description: string, extra: Partial<SchemaNode> = {}): SchemaNode {
  return { type: 'string', minLength: 1, maxLength: 2000, description, ...extra };
}

export function bool(description: string): SchemaNode {
  return { type: 'boolean', description };
}

export function integer(description: string, minimum?: number): SchemaNode {
  return { type: 'integer', ...(minimum === undefined ? {} : { minimum }), description };
}

export function number(description: string): SchemaNode {
  return { type: 'number', description };
}

export function oneOfValues(values: readonly string[], description: string): SchemaNode {
  return { type: 'string', enum: [...values], description };
}

export function date(description: string): SchemaNode {
  return { type: 'string', format: 'date', 'x-code': 'bad-date', 'x-doc-type': 'date (YYYY-MM-DD)', description };
}

export function duration(description: string): SchemaNode {
  return { type: 'string', format: 'iso-duration', 'x-code': 'bad-duration', 'x-doc-type': 'duration (ISO 8601, e.g. P1Y, P14D)', description };
}

export function email(description: string): SchemaNode {
  return { type: 'string', format: 'email', 'x-code': 'bad-email', 'x-doc-type': 'e-mail address', description };
}

export function url(description: string): SchemaNode {
  return { type: 'string', pattern: '^https?://[^\\s]+$', 'x-code': 'bad-url', 'x-doc-type': 'URL (http or https)', description };
}

/** A phone number as the notice writes it: digits, spaces, +, -, parentheses. */
export function phone(description: string): SchemaNode {
  return { type: 'string', pattern: '^\\+?[0-9(][0-9 ()-]{4,24}$', 'x-code': 'bad-phone', 'x-doc-type': 'phone number', description };
}

export function id(kind: string, description: string): SchemaNode {
  return { type: 'string', pattern: ID_PATTERN, 'x-code': 'bad-id', 'x-id': kind, 'x-doc-type': 'id', description };
}

/** An id that is unique only within its parent (an option within a field). */
export function localId(description: string): SchemaNode {
  return { type: 'string', pattern: ID_PATTERN, 'x-code': 'bad-id', 'x-doc-type': 'id', description };
}

export function ref(kind: string, description: string, wildcard = false): SchemaNode {
  return {
    type: 'string',
    'x-ref': kind,
    ...(wildcard ? { 'x-wildcard': true } : {}),
    'x-doc-type': `${kind} id${wildcard ? ' or *' : ''}`,
    description,
  };
}

export function refs(kind: string, description: string, wildcard = false): SchemaNode {
  return {
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    items: ref(kind, `A ${kind} id.`, wildcard),
    'x-doc-type': `list of ${kind} ids${wildcard ? ' or *' : ''}`,
    description,
  };
}

export function list(items: SchemaNode, description: string, minItems = 1): SchemaNode {
  return { type: 'array', minItems, items, description };
}

/** A closed object: unknown keys are errors (with "did you mean"). */
export function object(description: string, properties: Record<string, SchemaNode>, required: string[] = []): SchemaNode {
  return { type: 'object', description, properties, required, additionalProperties: false };
}

/** A reference to a named definition in `$defs`. */
export function def(name: string, description?: string): SchemaNode {
  return { $ref: `#/$defs/${name}`, ...(description ? { description } : {}) };
}
