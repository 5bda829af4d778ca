/**
 * The form seloste derives from a registry, so that every registry has a working form without a
 * form file: one section per category in definition order (its name as the title, its
 * description as the help), every top-level field in order, every group with all its members,
 * for creating and editing, used by every role that may write one of its fields. A form file
 * that declares the id `default` for the registry replaces it.
 */
import type { Registry } from '../model/types.js';
import { DEFAULT_FORM_ID, FORM_MODES } from './form-meta-schema.js';
import { isGroup, rolesWriting } from './normalize-form.js';
import type { Form, FormItem, FormSection } from './types.js';

/** What the derived form is called: it holds everything the registry keeps. */
const DEFAULT_TITLE = { fi: 'Kaikki tiedot', sv: 'Alla uppgifter', en: 'All data' } as const;

/** The derived form of a registry (id `default`), titled in the registry's languages. */
export function defaultForm(registry: Registry): Form {
  const sections: FormSection[] = registry.categories
    .filter((category) => category.fields.length > 0)
    .map((category) => ({
      id: category.id,
      title: category.name,
      ...(category.description ? { help: category.description } : {}),
      items: category.fields.map(
        (field): FormItem => (isGroup(field) ? { field: field.id, members: field.fields.map((member) => ({ field: member.id })) } : { field: field.id }),
      ),
    }));
  const fields = sections.flatMap((section) => section.items.map((item) => item.field));
  return {
    id: DEFAULT_FORM_ID,
    registry: registry.id,
    title: { fi: DEFAULT_TITLE.fi, ...(registry.languages.includes('sv') ? { sv: DEFAULT_TITLE.sv } : {}), ...(registry.languages.includes('en') ? { en: DEFAULT_TITLE.en } : {}) },
    modes: [...FORM_MODES],
    roles: rolesWriting(registry, fields),
    sections,
    origin: { derived: true },
  };
}
