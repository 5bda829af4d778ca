/**
 * The codec between server-rendered staff forms and records. Staff fill plain HTML forms (no
 * JavaScript needed), so everything arrives as strings under input names (`input-names.ts`):
 * `decodeForm` turns them into record values of the types the record schema wants, and
 * `encodeRecord` turns a record back into input values to pre-fill a page.
 *
 * The codec reads, it does not judge: a value that can be read as its field's type is passed on
 * even when it is wrong (an unknown option, a bad check character, too long), so the record
 * validator says what is wrong in the same words as for the API. Only what cannot be read at all
 * ("12,5,3" for a number, 31.2.2020) is reported here. Only inputs of fields the form shows are
 * read; anything else posted is ignored, never trusted.
 */
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { FORM_INPUT_MESSAGES } from '../i18n/form-input-messages.js';
import { RECORD_MESSAGES } from '../i18n/record-messages.js';
import type { Field, Registry, Text } from '../model/types.js';
import type { RecordData } from '../storage/record-store.js';
import { wallClock } from '../workflows/calendar.js';
import { hiddenFields, visibleMembers } from './conditions.js';
import {
  ACTION_NAME,
  ADDRESS_PARTS,
  MAX_ENTRIES,
  addressPartInputName,
  entryInputName,
  fieldInputName,
  inputIdOf,
  memberInputName,
  parseActionValue,
  parseInputName,
  type AddressPart,
  type FormAction,
  type ParsedInputName,
} from './input-names.js';
import type { Form, FormItem, FormMember, FormMode } from './types.js';

/** Posted name–value pairs in order, as `URLSearchParams` or `FormData` entries give them. */
export type PostedFields = ReadonlyArray<readonly [string, string]>;

/** A value typed into the form that cannot be read as its field's type. */
export interface InputError {
  /** The input's name and HTML id (for the error summary's link). */
  name: string;
  id: string;
  /** The field's id: a group member's own id in an entry. */
  field: string;
  /** "<Label>: <what is wrong>", like the record validator's messages. */
  message: string;
}

export interface DecodeOptions {
  lang: Lang;
  mode: FormMode;
  /** The stored record's data, in edit mode: files and members the form does not show are kept from it. */
  current?: RecordData;
}

export interface DecodedForm {
  /** Values of the form's fields as the record schema wants them. */
  data: RecordData;
  /** Edit mode: optional top-level fields of the form left empty or hidden; the caller sends null for them. */
  cleared: string[];
  /** What was posted, by input name (group entries renumbered like `data`), to re-render the page. */
  input: Map<string, string[]>;
  /** Values that cannot even be read. */
  errors: InputError[];
  /** The user pressed "add entry" or "remove entry" instead of saving. */
  action?: FormAction;
}

/**
 * Reads a posted form into record data.
 *
 * - Text is trimmed; long text only at its end (line breaks kept, CRLF → LF).
 * - An empty input gives no value: left out on create; on edit an optional field goes into
 *   `cleared`, a required one is left out so the validator says it is missing.
 * - Numbers take a decimal comma or point and spaces between thousands ("1 234,5").
 * - Booleans come from radio buttons `true`/`false`, or a single checkbox `on`; when a name is
 *   posted more than once the last value counts (a hidden `false` before a checkbox works).
 * - Dates from `<input type=date>` or typed as 24.5.2018; datetimes from
 *   `<input type=datetime-local>` (Finnish local time) or typed as 24.5.2018 klo 14.30, given the
 *   Europe/Helsinki offset of that moment.
 * - Multi-choice from repeated checkbox values, in posted order; unknown values are passed on.
 * - Address parts make one object (none filled: no value); country FI is left out as the default.
 * - Group entries in index order, renumbered from 0; an entry with nothing filled is dropped
 *   (unless it is a stored entry that was empty already). Indexes are read up to `max_items`
 *   (else 200). In edit mode, the entry's hidden marker names the stored entry it shows, whose
 *   files and members the form does not show are kept.
 * - Fields hidden by `showWhen` (on the decoded values) lose their values: hidden members are
 *   left out of their entry, hidden top-level fields are left out (create) or cleared (edit).
 * - File fields are never read: on edit, a top-level file in the form keeps its stored value.
 *
 * With an `action`, nothing is meant to be saved: empty entries are kept, `remove` takes the
 * entry out of `data` and `input`, and `add` appends an empty one (up to the group's maximum),
 * so the page is re-rendered from the result.
 */
export function decodeForm(registry: Registry, form: Form, posted: PostedFields, options: DecodeOptions): DecodedForm {
  const { lang, mode } = options;
  const current = mode === 'edit' ? options.current : undefined;
  const slots = resolveForm(registry, form);

  const input = new Map<string, string[]>();
  const indexes = new Map<string, Set<number>>();
  let actionValue: string | undefined;
  for (const [name, value] of posted) {
    if (typeof name !== 'string' || typeof value !== 'string') continue;
    if (name === ACTION_NAME) {
      actionValue ??= value;
      continue;
    }
    const parsed = parseInputName(name);
    if (!parsed || !accepts(slots, parsed)) continue;
    if (parsed.kind !== 'field') {
      const seen = indexes.get(parsed.group) ?? new Set<number>();
      seen.add(parsed.index);
      indexes.set(parsed.group, seen);
    }
    const values = input.get(name);
    if (values) values.push(value);
    else input.set(name, [value]);
  }
  const action = actionOf(actionValue, slots);

  const readings = new Map<string, Reading>();
  const groups = new Map<string, DecodedGroup>();
  for (const slot of slots.values()) {
    if (slot.field.type === 'group') groups.set(slot.field.id, decodeGroup(slot, indexes.get(slot.field.id), input, current, action, lang));
    else if (slot.field.type !== 'file') readings.set(slot.field.id, readValue(slot.field, fieldInputName(slot.field.id), input, lang));
  }

  // Conditions see the decoded values, and in edit mode the stored values of fields the form does not show.
  const values: RecordData = {};
  if (current) for (const [key, value] of Object.entries(current)) if (!slots.has(key)) values[key] = value;
  for (const [id, reading] of readings) if (reading.kind === 'value') values[id] = reading.value;
  for (const [id, group] of groups) values[id] = group.entries.map((entry) => entry.values);
  const hidden = hiddenFields(
    [...slots.values()].map((slot) => slot.item),
    values,
  );

  const data: RecordData = {};
  const cleared: string[] = [];
  const errors: InputError[] = [];
  const clear = (field: Field): void => {
    if (mode === 'edit' && !field.required) cleared.push(field.id);
  };
  for (const slot of slots.values()) {
    const { field } = slot;
    if (field.type === 'file') {
      if (current && Object.hasOwn(current, field.id)) data[field.id] = current[field.id];
      continue;
    }
    if (hidden.has(field.id)) {
      clear(field);
      continue;
    }
    const group = groups.get(field.id);
    if (group) {
      for (const [index, entry] of group.entries.entries()) {
        for (const { member, reading } of entry.errors) {
          const name = memberInputName(field.id, index, member.id);
          const where = [label(field.label, lang), translate(RECORD_MESSAGES, 'record.part.entry', lang, { n: index + 1 }), label(member.label, lang)];
          errors.push(inputError(name, member.id, where, reading, lang));
        }
      }
      if (group.entries.length > 0) data[field.id] = group.entries.map((entry) => entry.values);
      else if (field.required) data[field.id] = [];
      else clear(field);
      continue;
    }
    const reading = readings.get(field.id)!;
    if (reading.kind === 'value') data[field.id] = reading.value;
    else if (reading.kind === 'error') errors.push(inputError(fieldInputName(field.id), field.id, [label(field.label, lang)], reading, lang));
    else clear(field);
  }

  return { data, cleared, input: renumberInput(input, groups), errors, ...(action ? { action } : {}) };
}

/**
 * Input values that pre-fill the form's page with `data`: by input name, one value per input
 * (several for a multi-choice's checked boxes). Numbers get a decimal comma in fi and sv, a
 * point in en; datetimes become the Finnish local `YYYY-MM-DDTHH:mm` of `<input
 * type=datetime-local>`; booleans `true`/`false`. Each group entry gets its marker (its index),
 * so a post of the page can be matched to the stored entries. Files are left to the page.
 */
export function encodeRecord(registry: Registry, form: Form, data: RecordData, lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const slot of resolveForm(registry, form).values()) {
    const { field } = slot;
    if (!Object.hasOwn(data, field.id)) continue;
    const value = data[field.id];
    if (field.type !== 'group') {
      encodeValue(field, fieldInputName(field.id), value, lang, out);
      continue;
    }
    if (!Array.isArray(value)) continue;
    value.forEach((entry: unknown, index) => {
      out.set(entryInputName(field.id, index), [String(index)]);
      if (!isObject(entry)) return;
      for (const member of slot.members.values()) {
        if (Object.hasOwn(entry, member.id)) encodeValue(member, memberInputName(field.id, index, member.id), entry[member.id], lang, out);
      }
    });
  }
  return out;
}

// --- the form against the registry ------------------------------------------------------------

/** A top-level item of the form with its registry field. */
interface Slot {
  item: FormItem;
  field: Field;
  /** For a group: the members the form shows (files aside), by id, in form order. */
  members: Map<string, Field>;
  /** For a group: the form's members as conditions see them. */
  formMembers: FormMember[];
  /** For a group: indexes below this are read. */
  bound: number;
}

/** The form's items whose fields exist in the registry, by field id, in form order. */
function resolveForm(registry: Registry, form: Form): Map<string, Slot> {
  const fields = new Map(registry.categories.flatMap((category) => category.fields).map((field) => [field.id, field]));
  const slots = new Map<string, Slot>();
  for (const item of form.sections.flatMap((section) => section.items)) {
    const field = fields.get(item.field);
    if (!field || slots.has(field.id)) continue;
    const byId = new Map(field.fields.map((member) => [member.id, member]));
    const listed = item.members ?? field.fields.map((member) => ({ field: member.id }));
    const formMembers = listed.filter((member) => byId.has(member.field) && byId.get(member.field)!.type !== 'file');
    slots.set(field.id, {
      item,
      field,
      members: new Map(formMembers.map((member) => [member.field, byId.get(member.field)!])),
      formMembers,
      bound: field.settings.max_items ?? MAX_ENTRIES,
    });
  }
  return slots;
}

/** Whether a parsed input name is one of the form's inputs (of the right shape for its type). */
function accepts(slots: ReadonlyMap<string, Slot>, parsed: ParsedInputName): boolean {
  const slot = slots.get(parsed.kind === 'field' ? parsed.field : parsed.group);
  if (!slot) return false;
  if (parsed.kind === 'field') {
    const type = slot.field.type;
    return type !== 'group' && type !== 'file' && (parsed.part === undefined) === (type !== 'address');
  }
  if (slot.field.type !== 'group' || parsed.index >= slot.bound) return false;
  if (parsed.kind === 'entry') return true;
  const member = slot.members.get(parsed.member);
  return member !== undefined && (parsed.part === undefined) === (member.type !== 'address');
}

function actionOf(value: string | undefined, slots: ReadonlyMap<string, Slot>): FormAction | undefined {
  const action = value === undefined ? undefined : parseActionValue(value);
  if (!action || slots.get(action.group)?.field.type !== 'group') return undefined;
  return action;
}

// --- groups ---------------------------------------------------------------------------------

interface DecodedEntry {
  /** Its index on the posted page; undefined for an entry just added. */
  posted?: number;
  values: RecordData;
  errors: Array<{ member: Field; reading: Unreadable }>;
  empty: boolean;
}

interface DecodedGroup {
  /** The entries kept, in their new order. */
  entries: DecodedEntry[];
  /** Posted index → new index, for the entries kept. */
  renumber: Map<number, number>;
  /** Index of an entry the `add` action appended. */
  added?: number;
}

function decodeGroup(
  slot: Slot,
  posted: ReadonlySet<number> | undefined,
  input: ReadonlyMap<string, string[]>,
  current: RecordData | undefined,
  action: FormAction | undefined,
  lang: Lang,
): DecodedGroup {
  const group = slot.field;
  const stored = current && Array.isArray(current[group.id]) ? (current[group.id] as unknown[]) : [];
  const used = new Set<number>();
  const decoded = [...(posted ?? [])]
    .sort((a, b) => a - b)
    .map((index): DecodedEntry => {
      const origin = originOf(input.get(entryInputName(group.id, index)), stored, used);
      // What the form does not show (files, members left out of the form) stays as stored.
      const kept: RecordData = {};
      if (origin) for (const member of group.fields) if (!slot.members.has(member.id) && Object.hasOwn(origin, member.id)) kept[member.id] = origin[member.id];
      const readings = new Map<string, Reading>();
      for (const member of slot.members.values()) readings.set(member.id, readValue(member, memberInputName(group.id, index, member.id), input, lang));
      const values: RecordData = { ...kept };
      for (const [id, reading] of readings) if (reading.kind === 'value') values[id] = reading.value;
      const shown = new Set(visibleMembers(slot.formMembers, values).map((member) => member.field));
      const entry: RecordData = {};
      const errors: DecodedEntry['errors'] = [];
      // A stored entry that was empty already and still is stays: only what the user emptied goes.
      let empty = Object.keys(kept).length === 0 && !(origin && Object.keys(origin).length === 0);
      for (const member of group.fields) {
        if (Object.hasOwn(kept, member.id)) entry[member.id] = kept[member.id];
        const reading = readings.get(member.id);
        if (!reading || !shown.has(member.id) || reading.kind === 'empty') continue;
        empty = false;
        if (reading.kind === 'value') entry[member.id] = reading.value;
        else errors.push({ member, reading });
      }
      return { posted: index, values: entry, errors, empty };
    });

  let entries = action ? decoded : decoded.filter((entry) => !entry.empty);
  if (action?.kind === 'remove' && action.group === group.id) entries = entries.filter((entry) => entry.posted !== action.index);
  const renumber = new Map<number, number>();
  entries.forEach((entry, index) => renumber.set(entry.posted!, index));
  if (action?.kind === 'add' && action.group === group.id && entries.length < slot.bound) {
    entries = [...entries, { values: {}, errors: [], empty: true }];
    return { entries, renumber, added: entries.length - 1 };
  }
  return { entries, renumber };
}

/**
 * The stored entry an entry marker names: a plain index into the stored entries, each stored
 * entry claimed at most once (a forged marker cannot copy one entry's files into several).
 */
function originOf(marker: readonly string[] | undefined, stored: readonly unknown[], used: Set<number>): RecordData | undefined {
  const text = marker?.at(-1)?.trim() ?? '';
  if (!/^(?:0|[1-9][0-9]{0,5})$/.test(text)) return undefined;
  const index = Number(text);
  const entry = stored[index];
  if (index >= stored.length || used.has(index) || !isObject(entry)) return undefined;
  used.add(index);
  return entry;
}

/** The posted input with group entries renumbered like the decoded data, a marker for each entry. */
function renumberInput(input: ReadonlyMap<string, string[]>, groups: ReadonlyMap<string, DecodedGroup>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, values] of input) {
    const parsed = parseInputName(name)!;
    if (parsed.kind === 'field') {
      out.set(name, values);
      continue;
    }
    const index = groups.get(parsed.group)?.renumber.get(parsed.index);
    if (index === undefined) continue;
    if (parsed.kind === 'entry') out.set(entryInputName(parsed.group, index), values);
    else {
      const member = memberInputName(parsed.group, index, parsed.member);
      out.set(parsed.part ? addressPartInputName(member, parsed.part) : member, values);
    }
  }
  for (const [id, group] of groups) {
    for (const index of group.renumber.values()) {
      const marker = entryInputName(id, index);
      if (!out.has(marker)) out.set(marker, ['']);
    }
    if (group.added !== undefined) out.set(entryInputName(id, group.added), ['']);
  }
  return out;
}

// --- reading one value ------------------------------------------------------------------------

interface Unreadable {
  kind: 'error';
  key: string;
  params?: MessageParams;
}

type Reading = { kind: 'empty' } | { kind: 'value'; value: unknown } | Unreadable;

const EMPTY: Reading = { kind: 'empty' };

/** The value of the input(s) called `name` (and its parts) for `field`. */
function readValue(field: Field, name: string, input: ReadonlyMap<string, string[]>, lang: Lang): Reading {
  const last = (key: string): string => input.get(key)?.at(-1) ?? '';
  switch (field.type) {
    case 'address':
      return readAddress((part) => last(addressPartInputName(name, part)).trim());
    case 'multi-choice': {
      const chosen = [...new Set((input.get(name) ?? []).map((value) => value.trim()).filter((value) => value !== ''))];
      return chosen.length === 0 ? EMPTY : { kind: 'value', value: chosen };
    }
    case 'long-text': {
      const text = last(name).replace(/\r\n?/g, '\n').trimEnd();
      return text === '' ? EMPTY : { kind: 'value', value: text };
    }
    case 'number':
      return readNumber(last(name), lang);
    case 'boolean':
      return readBoolean(last(name).trim());
    case 'date':
      return readDate(last(name).trim());
    case 'datetime':
      return readDateTime(last(name).trim());
    default: {
      const text = last(name).trim();
      return text === '' ? EMPTY : { kind: 'value', value: text };
    }
  }
}

function readAddress(part: (part: AddressPart) => string): Reading {
  const [street, postalCode, postOffice, country] = ADDRESS_PARTS.map(part);
  if (!street && !postalCode && !postOffice) return EMPTY;
  const code = country!.toUpperCase();
  return { kind: 'value', value: { street, postal_code: postalCode, post_office: postOffice, ...(code === '' || code === 'FI' ? {} : { country: code }) } };
}

function readBoolean(text: string): Reading {
  if (text === '') return EMPTY;
  if (text === 'true' || text === 'on') return { kind: 'value', value: true };
  if (text === 'false') return { kind: 'value', value: false };
  return { kind: 'error', key: 'form-input.boolean' };
}

/** Sign, digits (spaces between groups of three allowed), one decimal comma or point, an exponent. */
const NUMBER = /^([+-]?)(\d{1,3}(?: \d{3})+|\d+)?(?:([.,])(\d+))?(?:[eE]([+-]?\d+))?$/;

function readNumber(raw: string, lang: Lang): Reading {
  // Any space (no-break and narrow ones too, as Intl writes them) separates thousands; − is minus.
  const text = raw.trim().replace(/\s/g, ' ').replace(/^[\u2212\u2013]/, '-');
  if (text === '') return EMPTY;
  const match = NUMBER.exec(text);
  const [, sign = '', whole = '', separator, fraction, exponent] = match ?? [];
  if (!match || (whole === '' && fraction === undefined)) return { kind: 'error', key: 'form-input.number' };
  // "1.500" in Finnish or "1,500" in English may be thousands written the other way.
  const foreign = lang === 'en' ? ',' : '.';
  if (separator === foreign && fraction?.length === 3 && exponent === undefined && /^[0-9]*[1-9][0-9]*$/.test(whole)) {
    return { kind: 'error', key: 'form-input.number.ambiguous', params: { value: text } };
  }
  const value = Number(`${sign}${whole.replace(/ /g, '') || '0'}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`);
  if (!Number.isFinite(value)) return { kind: 'error', key: 'form-input.number' };
  return { kind: 'value', value: value === 0 ? 0 : value };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function readDate(text: string): Reading {
  if (text === '') return EMPTY;
  const iso = ISO_DATE.exec(text);
  const finnish = iso ? undefined : FINNISH_DATE.exec(text);
  if (!iso && !finnish) return { kind: 'error', key: 'form-input.date' };
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : [finnish![3], finnish![2], finnish![1]].map(Number);
  if (!isRealDate(year!, month!, day!)) return { kind: 'error', key: 'form-input.date.not-real' };
  return { kind: 'value', value: isoDate(year!, month!, day!) };
}

/** `<input type=datetime-local>`: `YYYY-MM-DDTHH:mm`, seconds and fractions optional. */
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
/** Typed in Finnish: 24.5.2018 klo 14.30 (or 14:30, with or without klo / kl.). */
const FINNISH_DATETIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(?:klo|kl\.?|at))?,?\s+(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$/i;
/** Already with an offset: passed on for the validator. */
const ZONED_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function readDateTime(text: string): Reading {
  if (text === '') return EMPTY;
  if (ZONED_DATETIME.test(text)) return { kind: 'value', value: text };
  const local = LOCAL_DATETIME.exec(text);
  const finnish = local ? undefined : FINNISH_DATETIME.exec(text);
  if (!local && !finnish) return { kind: 'error', key: 'form-input.datetime' };
  const [year, month, day, hour, minute, second] = local
    ? [local[1], local[2], local[3], local[4], local[5], local[6] ?? '0'].map(Number)
    : [finnish![3], finnish![2], finnish![1], finnish![4], finnish![5], finnish![6] ?? '0'].map(Number);
  if (!isRealDate(year!, month!, day!)) return { kind: 'error', key: 'form-input.date.not-real' };
  if (hour! > 23 || minute! > 59 || second! > 59) return { kind: 'error', key: 'form-input.datetime' };
  const offset = helsinkiOffsetOfLocal(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  if (offset === undefined) return { kind: 'error', key: 'form-input.datetime.gap' };
  const fraction = local?.[7] === undefined ? '' : `.${local[7]}`;
  return { kind: 'value', value: `${isoDate(year!, month!, day!)}T${pad(hour!)}:${pad(minute!)}:${pad(second!)}${fraction}${offsetText(offset)}` };
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && year >= 1000;
}

// --- Finnish time -----------------------------------------------------------------------------

const MINUTE_MS = 60_000;

/** Finland's UTC offset in minutes at an instant (+120 in winter, +180 in summer). */
function helsinkiOffsetAt(instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((wallClock(whole) - whole) / MINUTE_MS);
}

/**
 * The offset of a Finnish wall-clock time (given as its milliseconds read as UTC): the one in
 * force at that moment. In the hour repeated when summer time ends, the first (summer) one;
 * undefined in the hour skipped when it begins. The candidates are the offsets half a day either
 * side, so no rule is written here: Intl's time-zone data decides.
 */
function helsinkiOffsetOfLocal(wall: number): number | undefined {
  const candidates = [...new Set([helsinkiOffsetAt(wall - 14 * 60 * MINUTE_MS), helsinkiOffsetAt(wall + 14 * 60 * MINUTE_MS)])];
  const fitting = candidates.filter((offset) => helsinkiOffsetAt(wall - offset * MINUTE_MS) === offset);
  return fitting.length === 0 ? undefined : Math.max(...fitting);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** `YYYY-MM-DDTHH:mm` (seconds when not zero) in Finnish time, for datetime-local; undefined if not a datetime. */
function localDateTime(value: string): string | undefined {
  const match = ZONED_DATETIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = [match[1], match[2], match[3], match[4], match[5], match[6] ?? '0'].map(Number);
  const zone = match[8]!.toUpperCase();
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const instant = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!) - offset * MINUTE_MS;
  if (Number.isNaN(instant)) return undefined;
  const wall = new Date(wallClock(instant));
  if (wall.getUTCFullYear() < 1000 || wall.getUTCFullYear() > 9999) return undefined;
  const fraction = match[7] ?? '';
  const seconds = wall.getUTCSeconds() !== 0 || fraction !== '' ? `:${pad(wall.getUTCSeconds())}${fraction}` : '';
  return `${wall.toISOString().slice(0, 16)}${seconds}`;
}

// --- encoding ---------------------------------------------------------------------------------

function encodeValue(field: Field, name: string, value: unknown, lang: Lang, out: Map<string, string[]>): void {
  if (value === undefined || value === null) return;
  switch (field.type) {
    case 'file':
    case 'group':
      return;
    case 'address':
      if (!isObject(value)) return;
      for (const part of ADDRESS_PARTS) {
        const text = value[part];
        if (typeof text === 'string') out.set(addressPartInputName(name, part), [text]);
      }
      return;
    case 'multi-choice':
      if (Array.isArray(value)) out.set(name, value.map((chosen) => String(chosen)));
      return;
    case 'number':
      out.set(name, [typeof value === 'number' ? numberText(value, lang) : String(value)]);
      return;
    case 'datetime':
      out.set(name, [typeof value === 'string' ? (localDateTime(value) ?? value) : String(value)]);
      return;
    default:
      if (typeof value !== 'object') out.set(name, [String(value)]);
  }
}

/** A number as typed back: JavaScript's shortest exact form, with a decimal comma in fi and sv. */
function numberText(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'en' ? text : text.replace('.', ',');
}

// --- small helpers -----------------------------------------------------------------------------

function inputError(name: string, field: string, where: string[], reading: Unreadable, lang: Lang): InputError {
  const what = translate(FORM_INPUT_MESSAGES, reading.key, lang, reading.params);
  return { name, id: inputIdOf(name), field, message: `${where.join(', ')}: ${what}` };
}

function label(text: Text, lang: Lang): string {
  return text[lang] ?? text.fi;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
