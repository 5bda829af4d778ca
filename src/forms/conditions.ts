/**
 * Conditional fields (`showWhen`): which items of a form, and which members of a group's entry,
 * are shown for given values. Pages work without JavaScript, so the server decides: the codec
 * discards the values of hidden fields, and a page re-rendered after a post shows what the posted
 * values call for. A field hidden because the field its condition names is itself hidden counts
 * as hidden too (the hidden field's value does not count).
 */
import type { RecordData } from '../storage/record-store.js';
import type { Condition, Form, FormItem, FormMember } from './types.js';

/**
 * Whether a field with this condition is shown: always without one; else when the named field
 * has one of the condition's values (a boolean's true/false, a choice's option id; for a
 * multi-choice, when one of its chosen options is among them). An absent value never matches.
 */
export function isShown(condition: Condition | undefined, values: RecordData): boolean {
  if (!condition) return true;
  if (!Object.hasOwn(values, condition.field)) return false;
  const value = values[condition.field];
  if (Array.isArray(value)) return value.some((chosen) => condition.values.includes(chosen as string | boolean));
  return condition.values.some((expected) => expected === value);
}

/** The items of `form`, in form order across its sections, that are shown for the record `data`. */
export function visibleItems(form: Form, data: RecordData): FormItem[] {
  return visibleOf(
    form.sections.flatMap((section) => section.items),
    data,
  );
}

/**
 * The members of a group shown in an entry whose values are `entry`: `members` is the item's
 * `members`, or, when the form lists none, every member of the group (which then has no conditions).
 */
export function visibleMembers(members: readonly FormMember[], entry: RecordData): FormMember[] {
  return visibleOf(members, entry);
}

/** Ids of the fields among `items` that are hidden for `values`. */
export function hiddenFields(items: ReadonlyArray<FormItem | FormMember>, values: RecordData): Set<string> {
  const shown = new Set(visibleOf(items, values).map((item) => item.field));
  return new Set(items.filter((item) => !shown.has(item.field)).map((item) => item.field));
}

/**
 * The shown ones of `items`. A hidden item's value is left out before the conditions are tried
 * again, until nothing changes: leaving a value out can only hide more (an absent value matches
 * no condition), so this ends after at most one round per item.
 */
function visibleOf<T extends FormItem | FormMember>(items: readonly T[], values: RecordData): T[] {
  let hidden = new Set<string>();
  for (;;) {
    const view = hidden.size === 0 ? values : withoutKeys(values, hidden);
    const next = new Set(items.filter((item) => !isShown(item.showWhen, view)).map((item) => item.field));
    if (next.size === hidden.size) return items.filter((item) => !next.has(item.field));
    hidden = next;
  }
}

function withoutKeys(values: RecordData, keys: ReadonlySet<string>): RecordData {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !keys.has(key)));
}
