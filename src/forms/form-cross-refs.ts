/**
 * Cross-reference checks of a form file: what the form says about its registry (the registry
 * itself, its fields, group members, choice options and roles) and what a schema cannot say
 * (a field shown twice, a condition on a field shown later). Each check is a small named
 * function; like the registry checks they run even after schema problems, so they read the
 * data defensively. Findings point at the offending value (`field:`, a value in `in:`).
 */
import { uniqueIds } from '../check/cross-refs.js';
import type { Declaration } from '../check/schema-check.js';
import { suggest } from '../check/suggest.js';
import type { Field, Registry } from '../model/types.js';
import { error, warning, type Finding } from '../problems/finding.js';
import { formatPath, type Path } from '../problems/problem.js';
import { isGroup, rolesWriting, topLevelFields } from './normalize-form.js';

type Raw = Record<string, unknown>;

export interface FormCrossRefInput {
  data: Raw;
  /** Ids the schema pass collected (section ids). */
  declarations: Declaration[];
  /** Every loaded registry, for "did you mean" on an unknown registry. */
  registries: readonly Registry[];
  /** The registry the form names, when it is loaded. */
  registry?: Registry;
}

type Check = (input: FormCrossRefInput) => Finding[];

const isRaw = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const items = (value: unknown): Array<[number, Raw]> =>
  Array.isArray(value) ? value.flatMap((item, index): Array<[number, Raw]> => (isRaw(item) ? [[index, item]] : [])) : [];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const listed = (ids: Iterable<string>): string => [...ids].join(', ') || '—';

/** A top-level entry of the form, with where it stands. */
interface PlacedItem {
  item: Raw;
  path: Path;
  /** Position among all items of the form, top-down. */
  index: number;
}

/** Every item of every section, in reading order. */
function formItems(data: Raw): PlacedItem[] {
  const placed: PlacedItem[] = [];
  for (const [i, section] of items(data['sections'])) {
    for (const [j, item] of items(section['items'])) placed.push({ item, path: ['sections', i, 'items', j], index: placed.length });
  }
  return placed;
}

/** The group whose member a field id is, for "list it under the group's members". */
function groupOf(registry: Registry, id: string): Field | undefined {
  return registry.categories.flatMap((category) => category.fields).find((field) => field.fields.some((member) => member.id === id));
}

/** The form names a loaded registry. */
export const registryExists: Check = ({ data, registries, registry }) => {
  const id = str(data['registry']);
  if (id === undefined || registry) return [];
  const ids = registries.map((r) => r.id);
  return [error('form-unknown-registry', ['registry'], { id, suggestion: suggest(id, ids), declared: listed(ids) })];
};

/** Section ids are unique within the form (declared with `x-id` in the meta-schema). */
export const sectionIdsUnique: Check = ({ data, declarations }) => uniqueIds({ data, declarations, references: [], fields: new Map() });

/** Every item is a top-level field; `members` only on a group, and each one a member of it. */
export const fieldsExist: Check = ({ data, registry }) => {
  if (!registry) return [];
  const fields = topLevelFields(registry);
  const findings: Finding[] = [];
  for (const { item, path } of formItems(data)) {
    const id = str(item['field']);
    if (id === undefined) continue;
    const field = fields.get(id);
    if (!field) {
      findings.push(unknownField(registry, fields, id, [...path, 'field']));
      continue;
    }
    if (item['members'] === undefined) continue;
    if (!isGroup(field)) {
      findings.push(error('form-members-not-group', [...path, 'members'], { field: id, type: field.type }, true));
      continue;
    }
    const members = field.fields.map((member) => member.id);
    for (const [k, member] of items(item['members'])) {
      const memberId = str(member['field']);
      if (memberId !== undefined && !members.includes(memberId)) {
        findings.push(error('form-unknown-member', [...path, 'members', k, 'field'], { field: memberId, group: id, suggestion: suggest(memberId, members), declared: listed(members) }));
      }
    }
  }
  return findings;
};

/** A field is shown once in the form, and a member once in its group's entry. */
export const fieldsOnce: Check = ({ data }) => {
  const findings: Finding[] = [];
  const first = new Map<string, Path>();
  for (const { item, path } of formItems(data)) {
    const id = str(item['field']);
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier) findings.push(error('form-duplicate-field', [...path, 'field'], { field: id, first: formatPath(earlier) }));
    else first.set(id, path);
    const members = new Map<string, Path>();
    for (const [k, member] of items(item['members'])) {
      const memberId = str(member['field']);
      if (memberId === undefined) continue;
      const memberPath: Path = [...path, 'members', k];
      const before = members.get(memberId);
      if (before) findings.push(error('form-duplicate-member', [...memberPath, 'field'], { field: memberId, first: formatPath(before) }));
      else members.set(memberId, memberPath);
    }
  }
  return findings;
};

/**
 * A condition reads a boolean or choice field shown before the conditioned one, with values that
 * field can have. Items read top-level fields; members read other members of the same entry.
 * An item may read a field the form does not show (its stored value, when editing); in a form
 * that creates records that is only a warning, since a new record has no value for it. A member
 * must read a member the form shows, or a new entry could never show it.
 */
export const conditionsResolve: Check = ({ data, registry }) => {
  if (!registry) return [];
  const fields = topLevelFields(registry);
  const creates = !Array.isArray(data['modes']) || data['modes'].includes('create');
  const placed = formItems(data);
  const position = new Map<string, number>();
  for (const { item, index } of placed) {
    const id = str(item['field']);
    if (id !== undefined && !position.has(id)) position.set(id, index);
  }
  const findings: Finding[] = [];
  for (const { item, path, index } of placed) {
    const condition = isRaw(item['show_when']) ? item['show_when'] : undefined;
    const target = str(condition?.['field']);
    if (condition && target !== undefined) {
      const conditionPath: Path = [...path, 'show_when'];
      const field = fields.get(target);
      if (!field) {
        findings.push(unknownField(registry, fields, target, [...conditionPath, 'field'], false));
      } else {
        findings.push(...conditionValues(field, condition, conditionPath));
        const at = position.get(target);
        if (at !== undefined && at >= index) findings.push(error('form-condition-later-field', [...conditionPath, 'field'], { field: target }));
        else if (at === undefined && creates) findings.push(warning('form-condition-not-shown', [...conditionPath, 'field'], { field: target }));
      }
    }
    const group = fields.get(str(item['field']) ?? '');
    if (group && isGroup(group)) findings.push(...memberConditions(group, item, path));
  }
  return findings;
};

function memberConditions(group: Field, item: Raw, path: Path): Finding[] {
  const findings: Finding[] = [];
  const members = new Map(group.fields.map((member) => [member.id, member]));
  const shown = items(item['members']);
  const order = new Map<string, number>();
  for (const [k, member] of shown) {
    const id = str(member['field']);
    if (id !== undefined && !order.has(id)) order.set(id, k);
  }
  for (const [k, member] of shown) {
    const condition = isRaw(member['show_when']) ? member['show_when'] : undefined;
    const target = str(condition?.['field']);
    if (!condition || target === undefined) continue;
    const conditionPath: Path = [...path, 'members', k, 'show_when'];
    const field = members.get(target);
    if (!field) {
      const ids = [...members.keys()];
      findings.push(error('form-unknown-member', [...conditionPath, 'field'], { field: target, group: group.id, suggestion: suggest(target, ids), declared: listed(ids) }));
      continue;
    }
    findings.push(...conditionValues(field, condition, conditionPath));
    const at = order.get(target);
    if (at !== undefined && at >= k) findings.push(error('form-condition-later-field', [...conditionPath, 'field'], { field: target }));
    else if (at === undefined) findings.push(error('form-condition-not-shown', [...conditionPath, 'field'], { field: target }));
  }
  return findings;
}

/** The field a condition reads is a boolean or a choice, and each value is one it can have. */
function conditionValues(field: Field, condition: Raw, path: Path): Finding[] {
  const allowed: Array<string | boolean> =
    field.type === 'boolean' ? [true, false] : field.type === 'choice' ? (field.settings.options ?? []).map((option) => option.id) : [];
  if (allowed.length === 0) return [error('form-condition-not-choice', [...path, 'field'], { field: field.id, type: field.type })];
  const findings: Finding[] = [];
  for (const [j, value] of (Array.isArray(condition['in']) ? condition['in'] : []).entries()) {
    if (allowed.includes(value as string | boolean)) continue;
    const names = allowed.map(String);
    findings.push(
      error('form-condition-value', [...path, 'in', j], {
        value: JSON.stringify(value) ?? String(value),
        field: field.id,
        allowed: names.join(', '),
        suggestion: typeof value === 'string' || typeof value === 'number' ? suggest(String(value), names) : undefined,
      }),
    );
  }
  return findings;
}

/** The registry has every role the form names; a named role that may write nothing on it is odd. */
export const rolesExist: Check = ({ data, registry }) => {
  if (!registry || !Array.isArray(data['roles'])) return [];
  const declared = registry.roles.map((role) => role.id);
  const shown = formItems(data).flatMap(({ item }) => str(item['field']) ?? []);
  const writers = new Set(rolesWriting(registry, shown));
  const findings: Finding[] = [];
  for (const [k, role] of data['roles'].entries()) {
    if (typeof role !== 'string') continue;
    const path: Path = ['roles', k];
    if (!declared.includes(role)) {
      findings.push(error('form-unknown-role', path, { id: role, registry: registry.id, suggestion: suggest(role, declared), declared: listed(declared) }));
    } else if (shown.length > 0 && !writers.has(role)) {
      findings.push(warning('form-role-cannot-write', path, { id: role }));
    }
  }
  return findings;
};

/** An unknown top-level field; for an item, a group member gets "list it under the group". */
function unknownField(registry: Registry, fields: Map<string, Field>, id: string, path: Path, memberHint = true): Finding {
  const group = memberHint ? groupOf(registry, id) : undefined;
  if (group) return error('form-field-in-group', path, { field: id, group: group.id });
  const ids = [...fields.keys()];
  return error('form-unknown-field', path, { field: id, registry: registry.id, suggestion: suggest(id, ids), declared: listed(ids) });
}

export const FORM_CROSS_REFERENCE_CHECKS: readonly Check[] = [registryExists, sectionIdsUnique, fieldsExist, fieldsOnce, conditionsResolve, rolesExist];

/** Runs every check; a check that fails on odd input reports that instead of crashing the run. */
export function checkFormCrossReferences(input: FormCrossRefInput): Finding[] {
  return FORM_CROSS_REFERENCE_CHECKS.flatMap((check) => {
    try {
      return check(input);
    } catch (cause) {
      return [error('internal-check-failed', [], { check: check.name, detail: String(cause) })];
    }
  });
}
