/**
 * The meta-schema of the form language: what a file in `forms/` may say. Like the registry
 * meta-schema it is the single source of truth for the shape checks (compiled once with ajv by
 * the generic schema checker) and for the key-by-key reference in forms/README.md
 * (docs/form-reference.ts). What refers to a registry (fields, roles, options) cannot be said in
 * a schema; form-cross-refs.ts checks it against the loaded registry.
 */
import { list, object, oneOfValues, string, text, type SchemaNode } from '../check/schema-nodes.js';

/** Form ids are URL parts: lowercase, digits, `_` and `-`, starting with a letter. */
export const FORM_ID_PATTERN = '^[a-z][a-z0-9_-]{0,62}$';

export const FORM_MODES = ['create', 'edit'] as const;

/** The id of the form derived from a registry; a form file may declare it to replace it. */
export const DEFAULT_FORM_ID = 'default';

function formId(description: string, idKind?: string): SchemaNode {
  return {
    type: 'string',
    pattern: FORM_ID_PATTERN,
    'x-code': 'form-bad-id',
    ...(idKind ? { 'x-id': idKind } : {}),
    'x-doc-type': 'id (a–z, 0–9, _ and -)',
    description,
  };
}

function fieldRef(description: string): SchemaNode {
  return string(description, { maxLength: 63, 'x-doc-type': 'field id' });
}

/** One condition object, shared by items and members (the reference documents it once). */
const condition = object(
  'Show the field only while another field has one of the given values; a hidden field\'s value is discarded when the form is saved. The other field must be a boolean or choice field shown earlier in the form (forms are read top-down).',
  {
    field: fieldRef('The field the condition reads: for an item, a top-level field of the registry; for a group member, another member of the same group.'),
    in: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { 'x-doc-type': 'option id or true / false', description: 'An option id of a choice field, or `true` / `false` for a boolean field.' },
      'x-doc-type': 'list of option ids or true / false',
      description: 'The values for which the field is shown.',
    },
  },
  ['field', 'in'],
);

const member = object(
  'A member field of a repeating group, as the form shows it in each entry.',
  {
    field: fieldRef('The id of a member field of the group.'),
    help: text('Guidance shown with the member field.'),
    show_when: condition,
  },
  ['field'],
);

const item = object(
  'A top-level field of the registry as the form shows it.',
  {
    field: fieldRef('The id of a top-level field of the registry (a group counts as one field; its members are listed under `members`).'),
    help: text('Guidance shown with the field, e.g. what to write and what not to.'),
    show_when: condition,
    members: list(member, 'For a repeating group only: which of its member fields the form shows in each entry, in this order. Default: all of them, in the order of the definition.'),
  },
  ['field'],
);

const section = object(
  'A section of the form: a heading and the fields under it.',
  {
    id: formId('Section id, unique within the form; becomes the HTML id of the section.', 'section'),
    title: text('Heading of the section.'),
    help: text('Guidance shown under the heading.'),
    items: list(item, 'The fields of the section, in the order shown.'),
  },
  ['id', 'title', 'items'],
);

export const FORM_META_SCHEMA: SchemaNode = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://seloste.fi/schema/form.json',
  title: 'seloste form definition',
  ...object(
    'A staff form: which fields of one registry a form shows, in which sections and order, with what help, under which conditions and for which roles. One form per file.',
    {
      id: formId(`Form id, unique within its registry; a URL part. The id \`${DEFAULT_FORM_ID}\` replaces the form seloste derives from the registry (one section per category, every field).`),
      registry: string('The id of the registry whose records the form creates or edits.', { maxLength: 63, 'x-doc-type': 'registry id' }),
      title: text('Title of the form, e.g. "Asiakastapahtuma". Texts are checked against the languages of the registry.'),
      description: text('What the form is for, shown under the title.'),
      modes: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: oneOfValues(FORM_MODES, 'A mode.'),
        'x-doc-type': `list of ${FORM_MODES.map((mode) => `\`${mode}\``).join(', ')}`,
        description: '`create`: the form makes a new record; `edit`: it changes an existing one. Default: both.',
      },
      roles: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: string('A role id of the registry.', { maxLength: 63, 'x-doc-type': 'role id' }),
        'x-doc-type': 'list of role ids',
        description: 'The registry roles that use the form. Default: every role that may write one of its fields.',
      },
      sections: list(section, 'The sections of the form, in the order shown.'),
    },
    ['id', 'registry', 'title', 'sections'],
  ),
};
