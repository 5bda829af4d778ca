/**
 * The view of a form page: one control per field of the form, in its sections and order, each
 * with its label, "(valinnainen)" when optional, help, the value typed or stored, and its error
 * tied with aria-describedby; an error summary on top linking to each input with the same words
 * (the Suomi.fi design-system pattern). Fields the role may not change are shown, not editable;
 * an address under protection is not shown at all. Templates only lay this out.
 */
import type { Access } from '../access/access.js';
import { addActionValue, addressPartInputName, ADDRESS_PARTS, entryInputName, fieldInputName, inputIdOf, memberInputName, optionInputId, removeActionValue, type AddressPart } from '../forms/input-names.js';
import type { Condition, Form, FormItem, FormMember } from '../forms/types.js';
import { translate, type Lang } from '../i18n/catalogue.js';
import { UI_MESSAGES } from '../i18n/ui-messages.js';
import type { Field, Registry, Text } from '../model/types.js';
import type { RecordData } from '../storage/record-store.js';
import { formatValue, textIn } from './format-value.js';

/** One control as the template lays it out. */
export interface ControlView {
  kind: 'text' | 'textarea' | 'select' | 'radios' | 'checkboxes' | 'address' | 'group' | 'readonly' | 'hidden';
  id: string;
  name?: string;
  label: string;
  optional?: boolean;
  hint?: string;
  error?: string;
  describedBy?: string;
  inputType?: string;
  value?: string;
  rows?: number;
  maxlength?: number;
  size?: number;
  inputmode?: string;
  autocomplete?: string;
  spellcheckOff?: boolean;
  unit?: string;
  options?: Array<{ id?: string; value: string; label: string; checked?: boolean; selected?: boolean }>;
  parts?: ControlView[];
  entries?: Array<{ id: string; legend: string; controls: ControlView[]; removeLabel: string; removeValue: string }>;
  addLabel?: string;
  addValue?: string;
  lines?: string[];
  /** JSON `{name, values}` for the enhancement script: shown only while that input has one of the values. */
  showWhen?: string;
}

export interface FormViewInput {
  registry: Registry;
  form: Form;
  access: Access;
  lang: Lang;
  /** Values by input name: typed (after an error) or from the stored record. */
  input: ReadonlyMap<string, readonly string[]>;
  /** Error message by input name (the inputs, an address's or entry's fieldset, a group's). */
  errors: ReadonlyMap<string, string>;
  /** The stored record's values, to show what the role may not change. */
  current: RecordData;
  /** Fields withheld from this caller (an address under protection). */
  hidden: readonly string[];
}

export interface SectionView {
  id: string;
  title: string;
  help?: string;
  controls: ControlView[];
}

/** The sections of the form page. */
export function formSections(view: FormViewInput): SectionView[] {
  const fields = new Map(view.registry.categories.flatMap((category) => category.fields).map((field) => [field.id, field]));
  return view.form.sections
    .map((section) => ({
      id: `section-${section.id}`,
      title: textIn(section.title, view.lang),
      ...(section.help ? { help: textIn(section.help, view.lang) } : {}),
      controls: section.items.flatMap((item) => {
        const field = fields.get(item.field);
        if (!field || !view.access.read.has(field.id)) return [];
        return [topControl(view, field, item)];
      }),
    }))
    .filter((section) => section.controls.length > 0);
}

/** The top-level fields this caller edits with the form: writable, and not withheld from them. */
export function editableFields(view: Pick<FormViewInput, 'form' | 'access' | 'hidden'>): Set<string> {
  return new Set(
    view.form.sections.flatMap((section) => section.items.map((item) => item.field)).filter((field) => view.access.write.has(field) && !view.hidden.includes(field)),
  );
}

function topControl(view: FormViewInput, field: Field, item: FormItem): ControlView {
  const name = fieldInputName(field.id);
  const t = (key: string, params = {}) => translate(UI_MESSAGES, key, view.lang, params);
  if (view.hidden.includes(field.id)) return { kind: 'readonly', id: inputIdOf(name), label: textIn(field.label, view.lang), lines: [t('ui.record.protected')] };
  if (!view.access.write.has(field.id)) {
    return { kind: 'readonly', id: inputIdOf(name), label: textIn(field.label, view.lang), lines: formatValue(field, view.current[field.id], view.lang), hint: t('ui.form.read-only') };
  }
  const showWhen = condition(item.showWhen, (target) => fieldInputName(target));
  if (field.type !== 'group') return { ...control(view, field, name, item.help), ...showWhen };
  const members = new Map(field.fields.map((member) => [member.id, member]));
  const shown: FormMember[] = item.members ?? field.fields.map((member) => ({ field: member.id }));
  const itemLabel = field.settings.item_label ? textIn(field.settings.item_label, view.lang) : t('ui.form.item');
  const indexes = entryIndexes(view.input, field.id);
  const id = inputIdOf(name);
  const error = view.errors.get(name);
  const hint = item.help ? textIn(item.help, view.lang) : field.description ? textIn(field.description, view.lang) : undefined;
  return {
    kind: 'group',
    id,
    label: textIn(field.label, view.lang),
    optional: !field.required && (field.settings.min_items ?? 0) === 0,
    ...(hint ? { hint } : {}),
    ...(error ? { error } : {}),
    ...showWhen,
    entries: indexes.map((index, position) => {
      const entryName = entryInputName(field.id, index);
      const n = position + 1;
      return {
        id: inputIdOf(entryName),
        legend: capitalize(t('ui.form.entry', { item: itemLabel, n })),
        controls: [
          // The marker tells the server which stored entry this is (files it keeps).
          ...(view.input.has(entryName) ? [markerControl(entryName, view.input.get(entryName)![0] ?? '')] : []),
          ...shown.flatMap((memberItem) => {
            const member = members.get(memberItem.field);
            if (!member) return [];
            const memberShowWhen = condition(memberItem.showWhen, (target) => memberInputName(field.id, index, target));
            return [{ ...control(view, member, memberInputName(field.id, index, member.id), memberItem.help), ...memberShowWhen }];
          }),
        ],
        removeLabel: t('ui.form.remove', { item: itemLabel, n }),
        removeValue: removeActionValue(field.id, index),
      };
    }),
    addLabel: t('ui.form.add', { item: itemLabel }),
    addValue: addActionValue(field.id),
  };
}

/** A hidden input. */
function markerControl(name: string, value: string): ControlView {
  return { kind: 'hidden', id: inputIdOf(name), name, label: '', value };
}

function control(view: FormViewInput, field: Field, name: string, help: Text | undefined): ControlView {
  const t = (key: string, params = {}) => translate(UI_MESSAGES, key, view.lang, params);
  const id = inputIdOf(name);
  const error = view.errors.get(name);
  const hints = [help ? textIn(help, view.lang) : field.description ? textIn(field.description, view.lang) : undefined];
  if (field.type === 'date') hints.push(t('ui.form.date-hint'));
  if (field.type === 'number') hints.push(t(field.settings.integer ? 'ui.form.integer-hint' : 'ui.form.number-hint'));
  const hint = hints.filter(Boolean).join(' ');
  const base: ControlView = {
    kind: 'text',
    id,
    name,
    label: textIn(field.label, view.lang),
    optional: !field.required,
    ...(hint ? { hint } : {}),
    ...(error ? { error } : {}),
  };
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  if (describedBy) base.describedBy = describedBy;
  const value = view.input.get(name)?.at(-1) ?? '';
  const options = field.settings.options ?? [];
  switch (field.type) {
    case 'long-text':
      return { ...base, kind: 'textarea', value, rows: 4, ...(field.settings.max_length ? { maxlength: field.settings.max_length } : {}) };
    case 'choice':
      if (options.length <= 4) {
        return {
          ...base,
          kind: 'radios',
          options: [
            ...options.map((option) => ({ id: optionInputId(name, option.id), value: option.id, label: textIn(option.label, view.lang), checked: value === option.id })),
            ...(field.required ? [] : [{ id: optionInputId(name, 'none'), value: '', label: t('ui.unknown'), checked: value === '' }]),
          ],
        };
      }
      return {
        ...base,
        kind: 'select',
        options: [{ value: '', label: t('ui.form.choose'), selected: value === '' }, ...options.map((option) => ({ value: option.id, label: textIn(option.label, view.lang), selected: value === option.id }))],
      };
    case 'multi-choice': {
      const chosen = view.input.get(name) ?? [];
      return { ...base, kind: 'checkboxes', options: options.map((option) => ({ id: optionInputId(name, option.id), value: option.id, label: textIn(option.label, view.lang), checked: chosen.includes(option.id) })) };
    }
    case 'boolean':
      return {
        ...base,
        kind: 'radios',
        options: [
          { id: optionInputId(name, 'true'), value: 'true', label: t('ui.yes'), checked: value === 'true' },
          { id: optionInputId(name, 'false'), value: 'false', label: t('ui.no'), checked: value === 'false' },
          ...(field.required ? [] : [{ id: optionInputId(name, 'none'), value: '', label: t('ui.unknown'), checked: value === '' }]),
        ],
      };
    case 'address':
      return { ...base, kind: 'address', parts: ADDRESS_PARTS.map((part) => addressPart(view, field, name, part)) };
    case 'file':
      return { kind: 'readonly', id, label: base.label, lines: formatValue(field, view.current[field.id], view.lang), hint: t('ui.form.file-not-editable') };
    case 'number':
      return { ...base, inputType: 'text', inputmode: field.settings.integer ? 'numeric' : 'decimal', value, size: 10, ...(field.settings.unit ? { unit: textIn(field.settings.unit, view.lang) } : {}) };
    case 'date':
      return { ...base, inputType: 'date', value };
    case 'datetime':
      return { ...base, inputType: 'datetime-local', value };
    case 'email':
      return { ...base, inputType: 'email', value, autocomplete: 'off', spellcheckOff: true };
    case 'phone':
      return { ...base, inputType: 'tel', value, autocomplete: 'off', size: 20 };
    case 'personal-identity-code':
    case 'business-id':
    case 'iban':
      return { ...base, inputType: 'text', value, autocomplete: 'off', spellcheckOff: true, size: field.type === 'iban' ? 34 : 14 };
    case 'postal-code':
    case 'municipality':
      return { ...base, inputType: 'text', inputmode: 'numeric', value, size: 6, autocomplete: 'off' };
    case 'language':
      return { ...base, inputType: 'text', value, size: 4, autocomplete: 'off', spellcheckOff: true };
    default:
      return { ...base, inputType: 'text', value, autocomplete: 'off', ...(field.settings.max_length ? { maxlength: field.settings.max_length } : {}) };
  }
}

const PART_LABELS: Record<AddressPart, string> = { street: 'ui.form.street', postal_code: 'ui.form.postal-code', post_office: 'ui.form.post-office', country: 'ui.form.country' };

function addressPart(view: FormViewInput, field: Field, name: string, part: AddressPart): ControlView {
  const partName = addressPartInputName(name, part);
  const id = inputIdOf(partName);
  const error = view.errors.get(partName);
  const required = field.required && part !== 'country';
  return {
    kind: 'text',
    id,
    name: partName,
    label: translate(UI_MESSAGES, PART_LABELS[part], view.lang),
    optional: !required,
    inputType: 'text',
    value: view.input.get(partName)?.at(-1) ?? '',
    autocomplete: 'off',
    ...(part === 'postal_code' ? { inputmode: 'numeric', size: 6 } : part === 'country' ? { size: 3 } : {}),
    ...(error ? { error, describedBy: `${id}-error` } : {}),
  };
}

function condition(showWhen: Condition | undefined, nameOf: (field: string) => string): { showWhen?: string } {
  if (!showWhen) return {};
  return { showWhen: JSON.stringify({ name: nameOf(showWhen.field), values: showWhen.values.map(String) }) };
}

/** The entry indexes present in the input, in order. */
function entryIndexes(input: ReadonlyMap<string, readonly string[]>, group: string): number[] {
  const prefix = `${fieldInputName(group)}.`;
  const indexes = new Set<number>();
  for (const name of input.keys()) {
    if (!name.startsWith(prefix)) continue;
    const index = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(index) && index >= 0) indexes.add(index);
  }
  return [...indexes].sort((a, b) => a - b);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
