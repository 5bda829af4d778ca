/**
 * Builds the normalized `Form` from a form file that passed the meta-schema and the
 * cross-reference checks: texts become `{fi, sv?, en?}`, and defaults are filled (both modes,
 * the roles that may write the form's fields, every member of a group in definition order), so
 * later stages never repeat the defaulting rules. Only called on valid input.
 */
import { FIELD_TYPES } from '../fields/registry.js';
import { toText } from '../model/normalize.js';
import type { Field, Registry } from '../model/types.js';
import { FORM_MODES } from './form-meta-schema.js';
import type { Condition, Form, FormItem, FormMember, FormMode, FormSection } from './types.js';

type Raw = Record<string, unknown>;

const rawList = (value: unknown): Raw[] => (Array.isArray(value) ? (value as Raw[]) : []);

/** The registry's top-level fields by id (a repeating group is one field), in definition order. */
export function topLevelFields(registry: Registry): Map<string, Field> {
  return new Map(registry.categories.flatMap((category) => category.fields).map((field) => [field.id, field]));
}

/** Whether a field is a repeating group (its members are listed under `members`). */
export function isGroup(field: Field): boolean {
  return FIELD_TYPES.get(field.type)?.group === true;
}

/** The roles that may write at least one of the given top-level fields, in definition order. */
export function rolesWriting(registry: Registry, fieldIds: Iterable<string>): string[] {
  const fields = topLevelFields(registry);
  const categories = new Set([...fieldIds].flatMap((id) => fields.get(id)?.category ?? []));
  return registry.roles.filter((role) => role.write.some((category) => categories.has(category))).map((role) => role.id);
}

/** The form a valid form file describes, with every default filled. */
export function normalizeForm(input: unknown, registry: Registry, file: string): Form {
  const raw = input as Raw;
  const fields = topLevelFields(registry);
  const sections = rawList(raw['sections']).map((section) => normalizeSection(section, fields));
  const shown = sections.flatMap((section) => section.items.map((item) => item.field));
  const modes = Array.isArray(raw['modes']) ? FORM_MODES.filter((mode) => (raw['modes'] as unknown[]).includes(mode)) : [...FORM_MODES];
  return {
    id: raw['id'] as string,
    registry: registry.id,
    title: toText(raw['title']),
    ...(raw['description'] === undefined ? {} : { description: toText(raw['description']) }),
    modes: modes as FormMode[],
    roles: Array.isArray(raw['roles']) ? [...(raw['roles'] as string[])] : rolesWriting(registry, shown),
    sections,
    origin: { file },
  };
}

function normalizeSection(raw: Raw, fields: Map<string, Field>): FormSection {
  return {
    id: raw['id'] as string,
    title: toText(raw['title']),
    ...(raw['help'] === undefined ? {} : { help: toText(raw['help']) }),
    items: rawList(raw['items']).map((item) => normalizeItem(item, fields)),
  };
}

function normalizeItem(raw: Raw, fields: Map<string, Field>): FormItem {
  const id = raw['field'] as string;
  const field = fields.get(id);
  const members =
    raw['members'] !== undefined
      ? rawList(raw['members']).map(normalizeMember)
      : field && isGroup(field)
        ? field.fields.map((member) => ({ field: member.id }))
        : undefined;
  return {
    field: id,
    ...(raw['help'] === undefined ? {} : { help: toText(raw['help']) }),
    ...(raw['show_when'] === undefined ? {} : { showWhen: normalizeCondition(raw['show_when'] as Raw) }),
    ...(members === undefined ? {} : { members }),
  };
}

function normalizeMember(raw: Raw): FormMember {
  return {
    field: raw['field'] as string,
    ...(raw['help'] === undefined ? {} : { help: toText(raw['help']) }),
    ...(raw['show_when'] === undefined ? {} : { showWhen: normalizeCondition(raw['show_when'] as Raw) }),
  };
}

function normalizeCondition(raw: Raw): Condition {
  return { field: raw['field'] as string, values: [...(raw['in'] as Array<string | boolean>)] };
}
