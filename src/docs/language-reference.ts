/**
 * Generates registries/README.md, the key-by-key reference of the registry language, from the
 * meta-schema and the field types. A test compares the committed file with this output, so the
 * reference cannot drift from what the checks accept (`npm run docs` rewrites it).
 */
import { META_SCHEMA } from '../check/meta-schema.js';
import type { SchemaNode } from '../check/schema-nodes.js';
import { FIELD_TYPES } from '../fields/registry.js';
import { WORKFLOW_REFERENCE } from './workflow-reference.js';

const INTRO = `# The registry definition language

<!-- Generated from src/check/meta-schema.ts by \`npm run docs\`; do not edit by hand. -->

A registry definition is one YAML file in \`registries/\`. It describes one register of personal
data and everything its privacy notice (tietosuojaseloste) says; seloste generates the notice pages,
validation, storage, API, forms and workflows from it. Check a definition with
\`npx seloste validate registries/my-register.yaml\`: every problem is reported at once with its
\`file:line:column\`.

Conventions used below:

- **text**: a plain string is Finnish; for more languages write \`{fi: …, sv: …, en: …}\`. Every text
  must exist in every language listed in \`languages\`. Keep the notice's own Finnish words in prose.
- **id**: lowercase \`a–z\`, digits and \`_\`, starting with a letter (write ä as a, ö as o). Ids are
  unique within their kind (field ids within the whole registry).
- **… id** (a reference): the id of something declared elsewhere in the same file; a reference
  that does not resolve is an error with a "did you mean".
- **duration**: ISO 8601, e.g. \`P1Y\` (a year), \`P6M\`, \`P14D\`, \`PT2H\`.
- **date**: \`YYYY-MM-DD\`. Unknown keys are errors. A key the notice is silent on is left out:
  \`seloste lint\` then reports what the law still requires.
`;

interface Context {
  out: string[];
  /** Object shapes already documented, by their `properties`, to refer back instead of repeating. */
  seen: Map<object, string>;
}

export function languageReference(): string {
  const context: Context = { out: [INTRO], seen: new Map() };
  documentObject(META_SCHEMA, 'Top level', context, 2);
  documentFields(context);
  context.out.push(WORKFLOW_REFERENCE);
  return `${context.out.join('\n').trimEnd()}\n`;
}

/**
 * The key-by-key reference of another language built from schema-nodes (the form language of
 * forms/README.md): `intro`, then every key of `schema` at every depth, as in the registry
 * reference.
 */
export function schemaReference(intro: string, schema: SchemaNode): string {
  const context: Context = { out: [intro], seen: new Map() };
  documentObject(schema, 'Top level', context, 2);
  return `${context.out.join('\n').trimEnd()}\n`;
}

function documentObject(node: SchemaNode, heading: string, context: Context, level: number): void {
  const properties = node['properties'] as Record<string, SchemaNode> | undefined;
  if (!properties) return;
  const required = new Set((node['required'] as string[] | undefined) ?? []);
  context.seen.set(properties, heading);
  context.out.push(`${'#'.repeat(level)} ${heading}\n`, `${node.description ?? ''}\n`);
  const exactlyOne = node['maxProperties'] === 1 ? ' Give exactly one key.' : '';
  if (exactlyOne) context.out.push(`${exactlyOne.trim()}\n`);
  context.out.push('| key | type | required | description |', '| --- | --- | --- | --- |');
  const nested: Array<[string, SchemaNode]> = [];
  for (const [key, child] of Object.entries(properties)) {
    context.out.push(`| \`${key}\` | ${typeOf(child)} | ${required.has(key) ? 'yes' : ''} | ${cell(child.description ?? '')} |`);
    const shape = objectShape(child);
    if (shape) nested.push([key, child]);
  }
  context.out.push('');
  for (const [key, child] of nested) {
    const shape = objectShape(child)!;
    const name = child['type'] === 'array' ? `${key}[]` : key;
    const childHeading = heading === 'Top level' ? `\`${name}\`` : `${heading.replace(/`$/, '')}.${name}\``;
    const earlier = context.seen.get(shape['properties'] as object);
    if (earlier) {
      context.out.push(`${'#'.repeat(level + 1)} ${childHeading}\n`, `${child.description ?? ''} Same keys as ${earlier}.\n`);
      continue;
    }
    documentObject({ ...shape, description: child.description ?? shape.description }, childHeading, context, Math.min(level + 1, 4));
  }
}

function documentFields(context: Context): void {
  context.out.push('## Fields\n');
  context.out.push(
    'Every field takes the common keys below; its `type` decides which further keys it takes. Inherited settings',
    '(sources, purposes, special category, confidentiality) default to the category\'s.\n',
  );
  const any = (META_SCHEMA['$defs'] as Record<string, SchemaNode>)['field']!;
  const first = (any['oneOf'] as SchemaNode[])[0]!;
  const common = { ...(first['properties'] as Record<string, SchemaNode>) };
  delete common['type'];
  for (const key of Object.keys(FIELD_TYPES.get('text')!.settings)) delete common[key];
  context.out.push('| key | type | required | description |', '| --- | --- | --- | --- |');
  context.out.push('| `type` | one of the field types below | yes | What kind of value the field holds. |');
  for (const [key, child] of Object.entries(common)) {
    context.out.push(`| \`${key}\` | ${typeOf(child)} | ${key === 'id' || key === 'label' ? 'yes' : ''} | ${cell(child.description ?? '')} |`);
  }
  context.out.push('', '### Field types\n');
  for (const type of FIELD_TYPES.values()) {
    context.out.push(`#### \`${type.name}\`\n`, `${type.doc}\n`);
    const settings = Object.entries(type.settings);
    if (settings.length === 0) continue;
    const required = new Set(type.requiredSettings ?? []);
    context.out.push('| key | type | required | description |', '| --- | --- | --- | --- |');
    for (const [key, child] of settings) {
      context.out.push(`| \`${key}\` | ${typeOf(child)} | ${required.has(key) ? 'yes' : ''} | ${cell(child.description ?? '')} |`);
    }
    context.out.push('');
    for (const [key, child] of settings) {
      const shape = objectShape(child);
      if (shape && !('$ref' in (child['items'] as SchemaNode))) {
        const props = shape['properties'] as Record<string, SchemaNode>;
        context.out.push(`Keys of each \`${key}\` entry: ${Object.entries(props).map(([k, v]) => `\`${k}\` (${typeOf(v)}) ${v.description ?? ''}`).join('; ')}\n`);
      }
    }
  }
}

/** The object schema a key holds, directly or as list items; undefined for other values. */
function objectShape(node: SchemaNode): SchemaNode | undefined {
  if (node['type'] === 'object' && node['properties']) return node;
  const items = node['items'] as SchemaNode | undefined;
  if (node['type'] === 'array' && items?.['type'] === 'object' && items['properties']) return items;
  return undefined;
}

function typeOf(node: SchemaNode): string {
  if (typeof node['x-doc-type'] === 'string') return node['x-doc-type'];
  if (typeof node['$ref'] === 'string') return 'field (see Fields)';
  if (Array.isArray(node['enum'])) return `one of ${(node['enum'] as string[]).map((v) => `\`${v}\``).join(', ')}`;
  const items = node['items'] as SchemaNode | undefined;
  if (node['type'] === 'array' && items) {
    if (typeof items['$ref'] === 'string') return 'list of fields (see Fields)';
    if (items['type'] === 'object') return 'list of mappings (below)';
    return `list of ${typeOf(items)}`;
  }
  if (node['type'] === 'object') return 'mapping (below)';
  if (node['type'] === 'boolean') return 'true / false';
  return String(node['type'] ?? 'value');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
