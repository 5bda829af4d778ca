/**
 * Generates forms/README.md, the key-by-key reference of the form language, from the form
 * meta-schema, like registries/README.md is generated from the registry meta-schema. A test
 * compares the committed file with this output, so the reference cannot drift from the checks.
 */
import { DEFAULT_FORM_ID, FORM_META_SCHEMA } from '../forms/form-meta-schema.js';
import { schemaReference } from './language-reference.js';

const INTRO = `# The form language

<!-- Generated from src/forms/form-meta-schema.ts by src/docs/form-reference.ts; do not edit by hand.
     Rewrite it with: UPDATE_DOCS=1 npx vitest run test/docs/form-reference.test.ts -->

A form is one YAML file in \`forms/\`: which fields of one registry a staff form shows, in which
sections and order, with what help, under which conditions and for which roles. Forms only choose
and arrange; what a field is (its label, type, options, whether it is required) stays in the
registry definition. Check forms with \`npx seloste validate\`, which loads \`registries/\` and
then \`forms/\`: every problem is reported at once with its \`file:line:column\`.

\`\`\`yaml
id: asiakastapahtuma
registry: iisalmi-hakosalo
title: Asiakastapahtuma
modes: [edit]
sections:
  - id: tapahtuma
    title: Tapahtuma
    items:
      - field: tapahtumat                # a repeating group of the registry
        members:
          - field: tapahtuman_tyyppi
          - field: paikka
            show_when: { field: tapahtuman_tyyppi, in: [tapaaminen, tilaisuus] }
\`\`\`

Conventions used below:

- **text**: a plain string is Finnish; for more languages write \`{fi: …, sv: …, en: …}\`. Texts
  follow the registry's \`languages\`: every declared language must be present.
- **field id**: the id of a field of the registry. An item names a top-level field (a repeating
  group is one field); a group's member fields are listed under the item's \`members\`. A field is
  shown at most once in a form, and a member at most once in its group's entry.
- **conditions** (\`show_when\`) read a boolean or choice field shown *earlier* in the form
  (forms are read top-down): for an item, a top-level field; for a member, another member of the
  same entry. A hidden field's value is discarded when the form is saved. An item may also read a
  field the form does not show (its stored value when editing); in a form that creates records
  that is a warning, since a new record has no value for it.
- **The derived form**: every registry has a form with the id \`${DEFAULT_FORM_ID}\`, derived from the
  registry (one section per category in definition order, the category's name as the title and
  its description as the help, every field, every member of every group; for creating and
  editing; for every role that may write one of its fields). A form file with the id
  \`${DEFAULT_FORM_ID}\` replaces it. Unknown keys are errors.
`;

/** The reference of the form language (forms/README.md). */
export function formReference(): string {
  return schemaReference(INTRO, FORM_META_SCHEMA);
}
