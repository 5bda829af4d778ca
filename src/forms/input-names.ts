/**
 * The names and HTML ids of a form's inputs, in one place: the page that renders a form, the
 * codec that reads the posted values back, and the error summary that links a validator's
 * message to its input all derive them from here, so they cannot disagree.
 *
 * Names (what the browser posts):
 *   f.<field>                          a top-level field
 *   f.<field>.<part>                   a part of an address (street, postal_code, post_office, country)
 *   f.<group>.<i>                      the hidden marker of a group's entry i (value: the entry's
 *                                      index in the stored record, empty for a new entry)
 *   f.<group>.<i>.<member>             a member field of entry i
 *   f.<group>.<i>.<member>.<part>      a part of an address member
 *   action                             the submit button: `add:<group>`, `remove:<group>:<i>`
 *
 * Ids are the names with `.` replaced by `-` (`f-osoite-postal_code`, `f-tapahtumat-2-kesto`).
 * Field ids match `[a-z][a-z0-9_]*`, so the mapping is one to one and every id is a valid,
 * unique HTML id. A name without an input of its own (an address, a group, an entry) gives the id
 * of the fieldset that holds its inputs; the entry marker is a hidden input without an id.
 */
import { allFields } from '../model/fields.js';
import type { Field, Registry } from '../model/types.js';

/** The prefix of every field input, keeping them apart from other inputs (the CSRF token…). */
export const FIELD_PREFIX = 'f';

/** The name of the submit buttons that add or remove an entry instead of saving. */
export const ACTION_NAME = 'action';

/** The parts of an address value, in the order a form shows them. */
export const ADDRESS_PARTS = ['street', 'postal_code', 'post_office', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/** Most entries a group accepts from a form when its definition sets no `max_items`. */
export const MAX_ENTRIES = 200;

/** What an input name refers to. */
export type ParsedInputName =
  | { kind: 'field'; field: string; part?: AddressPart }
  | { kind: 'entry'; group: string; index: number }
  | { kind: 'member'; group: string; index: number; member: string; part?: AddressPart };

/** An input and its HTML id. */
export interface InputRef {
  name: string;
  id: string;
}

/** A press of an "add entry" or "remove entry" button. */
export interface FormAction {
  kind: 'add' | 'remove';
  group: string;
  /** The entry removed (its index on the page). */
  index?: number;
}

const ID = /^[a-z][a-z0-9_]{0,62}$/;
/** An entry index as pages write it: no sign, no leading zero, no exponent, at most six digits. */
const INDEX = /^(?:0|[1-9][0-9]{0,5})$/;
const PARTS: ReadonlySet<string> = new Set(ADDRESS_PARTS);

/** `f.<field>`: the input of a top-level field. */
export function fieldInputName(field: string): string {
  return `${FIELD_PREFIX}.${field}`;
}

/** `f.<group>.<index>`: the hidden marker of a group's entry (and, as an id, its fieldset). */
export function entryInputName(group: string, index: number): string {
  return `${FIELD_PREFIX}.${group}.${index}`;
}

/** `f.<group>.<index>.<member>`: a member field of a group's entry. */
export function memberInputName(group: string, index: number, member: string): string {
  return `${entryInputName(group, index)}.${member}`;
}

/** `<name>.<part>`: one part of the address whose input name is `name`. */
export function addressPartInputName(name: string, part: AddressPart): string {
  return `${name}.${part}`;
}

/** The HTML id of an input (or of the fieldset of a composite value): `f.a.0.b` → `f-a-0-b`. */
export function inputIdOf(name: string): string {
  return name.replace(/\./g, '-');
}

/**
 * The id of one radio button or checkbox of an input: `f-kielet-fi`, `f-turvakielto-true`.
 * Option ids match the field id pattern, so these are unique too.
 */
export function optionInputId(name: string, value: string): string {
  return `${inputIdOf(name)}-${value}`;
}

/** The value of the button that adds an entry to `group`. */
export function addActionValue(group: string): string {
  return `add:${group}`;
}

/** The value of the button that removes entry `index` of `group`. */
export function removeActionValue(group: string, index: number): string {
  return `remove:${group}:${index}`;
}

/**
 * What an input name refers to, or undefined for anything that is not one of ours: a wrong
 * prefix, ids outside the id pattern (`__proto__`, `constructor` pass it, which is why callers
 * look ids up in Maps), indexes with signs, leading zeros, exponents or more than six digits.
 * Whether the field exists and has that type is for the caller to check against the form.
 */
export function parseInputName(name: string): ParsedInputName | undefined {
  if (name.length > 300) return undefined;
  const [prefix, first, second, third, fourth, ...rest] = name.split('.');
  if (prefix !== FIELD_PREFIX || first === undefined || !ID.test(first) || rest.length > 0) return undefined;
  if (second === undefined) return { kind: 'field', field: first };
  if (PARTS.has(second)) return third === undefined ? { kind: 'field', field: first, part: second as AddressPart } : undefined;
  if (!INDEX.test(second)) return undefined;
  const index = Number(second);
  if (third === undefined) return { kind: 'entry', group: first, index };
  if (!ID.test(third)) return undefined;
  if (fourth === undefined) return { kind: 'member', group: first, index, member: third };
  if (!PARTS.has(fourth)) return undefined;
  return { kind: 'member', group: first, index, member: third, part: fourth as AddressPart };
}

/** The add or remove action a submit button's value asks for, or undefined. */
export function parseActionValue(value: string): FormAction | undefined {
  const add = /^add:([a-z][a-z0-9_]{0,62})$/.exec(value);
  if (add) return { kind: 'add', group: add[1]! };
  const remove = /^remove:([a-z][a-z0-9_]{0,62}):(0|[1-9][0-9]{0,5})$/.exec(value);
  if (remove) return { kind: 'remove', group: remove[1]!, index: Number(remove[2]) };
  return undefined;
}

const FIELD_MAPS = new WeakMap<Registry, Map<string, Field>>();

function fieldsOf(registry: Registry): Map<string, Field> {
  let fields = FIELD_MAPS.get(registry);
  if (!fields) {
    fields = new Map(allFields(registry).map((field) => [field.id, field]));
    FIELD_MAPS.set(registry, fields);
  }
  return fields;
}

/**
 * The input a validator error belongs to, from its JSON pointer: `/nimi` → `f.nimi`,
 * `/osoite/postal_code` → the postal-code input, `/tapahtumat` (a missing group, too few
 * entries) → the group's fieldset `f-tapahtumat`, `/tapahtumat/2` → the entry's fieldset,
 * `/tapahtumat/2/kesto` → the member's input. Undefined for the record as a whole.
 *
 * With `registry`, field types decide: an item of a multi-choice (`/kielet/1`) or a part of a
 * file belongs to the field's own input, and unknown fields give undefined. Without it, a
 * number after the first segment is taken for a group entry.
 */
export function inputNameOf(pointer: string, registry?: Registry): InputRef | undefined {
  if (!pointer.startsWith('/')) return undefined;
  const segments = pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const fields = registry ? fieldsOf(registry) : undefined;
  const [first, second, third, fourth] = segments;
  if (first === undefined || !ID.test(first)) return undefined;
  const field = fields?.get(first);
  if (fields && !field) return undefined;
  const top = fieldInputName(first);
  if (second === undefined) return ref(top);
  const isGroup = field ? field.type === 'group' : INDEX.test(second);
  if (!isGroup) return ref(PARTS.has(second) && (!field || field.type === 'address') ? addressPartInputName(top, second as AddressPart) : top);
  if (!INDEX.test(second)) return ref(top);
  const index = Number(second);
  const entry = entryInputName(first, index);
  if (third === undefined || !ID.test(third)) return ref(entry);
  const member = field?.fields.find((candidate) => candidate.id === third);
  if (field && !member) return ref(entry);
  const name = memberInputName(first, index, third);
  if (fourth !== undefined && PARTS.has(fourth) && (!member || member.type === 'address')) return ref(addressPartInputName(name, fourth as AddressPart));
  return ref(name);
}

function ref(name: string): InputRef {
  return { name, id: inputIdOf(name) };
}
