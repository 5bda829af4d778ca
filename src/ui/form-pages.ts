/**
 * Creating and editing records with a form. What was typed is never lost: a page sent back for
 * any reason (invalid values, "add entry", a stale version, an expired form token) shows every
 * value as typed. The same validators as the API check the values; each submission carries a
 * one-time key, so pressing "Save" twice creates one record; an edit carries the version it
 * started from, so it never overwrites someone else's change unseen.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { accessFor, type Access } from '../access/access.js';
import { decodeForm, encodeRecord } from '../forms/codec.js';
import { formsOf } from '../forms/form-loader.js';
import { ADDRESS_PARTS, entryInputName, fieldInputName, inputIdOf, inputNameOf, parseInputName, type AddressPart, type FormAction } from '../forms/input-names.js';
import type { Form, FormMode } from '../forms/types.js';
import type { Registry } from '../model/types.js';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import { OperationError } from '../operations/errors.js';
import { canonicalJson, createRecord, readRecord, updateRecord } from '../operations/records.js';
import type { RecordData } from '../storage/record-store.js';
import { textIn } from './format-value.js';
import { editableFields, formSections, type ControlView } from './form-view.js';
import { crumbs, operationErrorPage, recordTitle, usable } from './record-pages.js';
import { csrfOk, errorPage, formBodyLimit, langOf, postedForm, postedValue, render, shell, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

/** Far above any form a person fills, far below harm. */
const FORM_BODY_LIMIT = 1024 * 1024;

interface PageState {
  registry: Registry;
  form: Form;
  access: Access;
  mode: FormMode;
  input: ReadonlyMap<string, readonly string[]>;
  current: RecordData;
  hidden: readonly string[];
  record?: { id: string; version: number; title: string };
  errors?: Array<{ name?: string; id?: string; message: string }>;
  conflict?: string;
  /** The submission key: the same on a page sent back, so a double submit stays one record. */
  submission?: string;
  /** The element the enhancement script moves focus to: the entry just added, or the group an entry left. */
  focus?: string;
}

export function formPages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();
  const limit = formBodyLimit(ctx, FORM_BODY_LIMIT);

  const page = (c: Context<UiEnv>, state: PageState, status: 200 | 409 | 422 = 200) => {
    const lang = langOf(c);
    const { registry, form, record } = state;
    const heading = record ? `${textIn(form.title, lang)}: ${record.title}` : textIn(form.title, lang);
    const byName = new Map<string, string>();
    for (const error of state.errors ?? []) if (error.name && !byName.has(error.name)) byName.set(error.name, error.message);
    const errors = state.errors ?? [];
    const sections = formSections({ registry, form, access: state.access, lang, input: state.input, errors: byName, current: state.current, hidden: state.hidden });
    // The summary links only to what the page shows as an input (not to a field left out of the
    // form, shown read-only or withheld).
    const linkable = new Set(sections.flatMap((section) => inputIds(section.controls)));
    return render(
      c,
      ctx,
      'form',
      {
        ...shell(c, heading, { breadcrumbs: record ? crumbs(c, registry, record.title, `/app/${registry.id}/${record.id}`) : [{ label: t(c, 'ui.home'), href: '/app' }, { label: textIn(registry.name, lang), href: `/app/${registry.id}` }, { label: textIn(form.title, lang) }] }),
        heading,
        ...(form.description ? { description: textIn(form.description, lang) } : {}),
        ...(state.conflict ? { conflict: state.conflict } : {}),
        ...(errors.length > 0
          ? { summary: { title: t(c, 'ui.form.errors', { count: errors.length }), items: errors.map((error) => ({ message: error.message, ...(error.id && linkable.has(error.id) ? { href: `#${error.id}` } : {}) })) } }
          : {}),
        action: record ? `/app/${registry.id}/${record.id}/edit?form=${form.id}` : `/app/${registry.id}/new?form=${form.id}`,
        cancelHref: record ? `/app/${registry.id}/${record.id}` : `/app/${registry.id}`,
        csrf: c.get('principal')?.csrfToken ?? '',
        submission: state.submission ?? randomUUID(),
        ...(state.focus ? { focus: state.focus } : {}),
        ...(record ? { version: record.version } : {}),
        sections,
      },
      status,
    );
  };

  /** The registry and form of the request, or the page saying why not. */
  const resolve = (c: Context<UiEnv>, mode: FormMode): { registry: Registry; form: Form; access: Access } | Response => {
    const registry = ctx.engine.operations.registries.get(c.req.param('registry') ?? '');
    if (!registry) return errorPage(c, ctx, 404, t(c, 'ui.error.not-found'));
    const access = accessFor(registry, uiCaller(c).roles.get(registry.id) ?? []);
    const forms = formsOf(registry, ctx.forms).filter((form) => form.modes.includes(mode));
    const wanted = c.req.query('form');
    const form = wanted ? forms.find((candidate) => candidate.id === wanted) : forms[0];
    if (!form) return errorPage(c, ctx, 404, t(c, 'ui.error.not-found'));
    if (!usable(form.roles, access) || access.write.size === 0) return errorPage(c, ctx, 403, t(c, 'ui.form.read-only'));
    return { registry, form, access };
  };

  app.get('/app/:registry/new', (c) => {
    const resolved = resolve(c, 'create');
    if (resolved instanceof Response) return resolved;
    return page(c, { ...resolved, mode: 'create', input: new Map(), current: {}, hidden: [] });
  });

  app.post('/app/:registry/new', limit, async (c) => {
    const resolved = resolve(c, 'create');
    if (resolved instanceof Response) return resolved;
    const { registry, form } = resolved;
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    const submission = postedValue(posted, 'submission') ?? randomUUID();
    const decoded = decodeForm(registry, form, posted, { lang: langOf(c), mode: 'create' });
    const state: PageState = { ...resolved, mode: 'create', input: decoded.input, current: {}, hidden: [], submission };
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return page(c, { ...state, conflict: t(c, 'ui.form.expired') }, 422);
    if (decoded.action) return page(c, { ...state, focus: focusAfter(decoded.action, decoded.input) });
    const editable = editableFields({ form, access: resolved.access, hidden: [] });
    const data = Object.fromEntries(Object.entries(decoded.data).filter(([field]) => editable.has(field)));
    if (decoded.errors.length > 0) return page(c, { ...state, errors: mergeErrors(form, registry, decoded.errors, validatorErrors(ctx, registry, data, langOf(c))) }, 422);
    try {
      const { record } = await createRecord(ctx.engine.operations, uiCaller(c), registry.id, data, `form:${submission}`);
      return c.redirect(`/app/${registry.id}/${record.id}?done=saved`, 303);
    } catch (cause) {
      if (cause instanceof OperationError && cause.messageKey === 'api.idempotency-key-reused') {
        // This page was saved already, and is now sent with other values (after going back to it):
        // keep what was typed, and let a second save be deliberate (a new submission key).
        return page(c, { ...state, submission: randomUUID(), conflict: t(c, 'ui.form.resubmitted') }, 409);
      }
      if (cause instanceof OperationError && cause.kind === 'invalid' && cause.errors.length > 0) return page(c, { ...state, errors: mergeErrors(form, registry, [], cause.errors) }, 422);
      return operationErrorPage(c, ctx, cause);
    }
  });

  app.get('/app/:registry/:id/edit', async (c) => {
    const resolved = resolve(c, 'edit');
    if (resolved instanceof Response) return resolved;
    const { registry, form } = resolved;
    let record;
    try {
      record = await readRecord(ctx.engine.operations, uiCaller(c), registry.id, c.req.param('id'));
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    return page(c, {
      ...resolved,
      mode: 'edit',
      input: encodeRecord(registry, form, record.data, langOf(c)),
      current: record.data,
      hidden: record.hidden,
      record: { id: record.id, version: record.version, title: recordTitle(registry, record) },
    });
  });

  app.post('/app/:registry/:id/edit', limit, async (c) => {
    const resolved = resolve(c, 'edit');
    if (resolved instanceof Response) return resolved;
    const { registry, form, access } = resolved;
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    let stored;
    try {
      stored = await readRecord(ctx.engine.operations, uiCaller(c), registry.id, c.req.param('id'));
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    const version = Number(postedValue(posted, 'version'));
    const decoded = decodeForm(registry, form, posted, { lang: langOf(c), mode: 'edit', current: stored.data });
    const state: PageState = {
      ...resolved,
      mode: 'edit',
      input: decoded.input,
      current: stored.data,
      hidden: stored.hidden,
      record: { id: stored.id, version: Number.isInteger(version) && version > 0 ? version : stored.version, title: recordTitle(registry, stored) },
    };
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return page(c, { ...state, conflict: t(c, 'ui.form.expired') }, 422);
    if (decoded.action) return page(c, { ...state, focus: focusAfter(decoded.action, decoded.input) });
    // Only what this caller edits with this form: never a field shown read-only or withheld. For
    // those the form is the whole truth: a field emptied is cleared, a required one emptied is an error.
    const editable = editableFields({ form, access, hidden: stored.hidden });
    const next: RecordData = Object.fromEntries([
      ...Object.entries(stored.data).filter(([field]) => !editable.has(field)),
      ...Object.entries(decoded.data).filter(([field]) => editable.has(field)),
    ]);
    const patch: RecordData = {};
    for (const field of editable) {
      if (canonicalJson(stored.data[field] ?? null) !== canonicalJson(next[field] ?? null)) patch[field] = next[field] ?? null;
    }
    // What the validator says of the fields in the form (the others are not this page's to fix).
    const invalid = validatorErrors(ctx, registry, next, langOf(c)).filter((error) => editable.has(error.pointer.split('/')[1] ?? ''));
    if (decoded.errors.length > 0 || invalid.length > 0) return page(c, { ...state, errors: mergeErrors(form, registry, decoded.errors, invalid) }, 422);
    if (Object.keys(patch).length === 0) return c.redirect(`/app/${registry.id}/${stored.id}?done=saved`, 303);
    try {
      await updateRecord(ctx.engine.operations, uiCaller(c), registry.id, stored.id, patch, state.record!.version);
      return c.redirect(`/app/${registry.id}/${stored.id}?done=saved`, 303);
    } catch (cause) {
      if (cause instanceof OperationError && cause.kind === 'invalid' && cause.errors.length > 0) return page(c, { ...state, errors: mergeErrors(form, registry, [], cause.errors) }, 422);
      // A restriction of processing (GDPR 18): say so, not "someone else changed it".
      if (cause instanceof OperationError && cause.messageKey === 'api.record-restricted') {
        return page(c, { ...state, conflict: translate(API_MESSAGES, cause.messageKey, langOf(c), cause.params) }, 409);
      }
      if (cause instanceof OperationError && (cause.kind === 'precondition-failed' || cause.kind === 'conflict')) {
        // Keep what they typed; the version moves to the current one so a second save is deliberate.
        return page(c, { ...state, record: { ...state.record!, version: stored.version }, conflict: t(c, 'ui.form.conflict') }, 409);
      }
      return operationErrorPage(c, ctx, cause);
    }
  });

  return app;
}

/** The ids of the inputs (and of the fieldsets of composite ones) among `controls`. */
function inputIds(controls: readonly ControlView[]): string[] {
  return controls.flatMap((control) =>
    control.kind === 'readonly' || control.kind === 'hidden'
      ? []
      : [control.id, ...inputIds(control.parts ?? []), ...(control.entries ?? []).flatMap((entry) => [entry.id, ...inputIds(entry.controls)])],
  );
}

function validatorErrors(ctx: UiContext, registry: Registry, data: RecordData, lang: 'fi' | 'sv' | 'en') {
  const result = ctx.engine.operations.validators.get(registry.id)!.validate(data, lang);
  return result.ok ? [] : result.errors;
}

/**
 * One list for the summary: what could not be read first (it explains its input best), then the
 * validator's errors for other inputs, each linked to its input.
 */
function mergeErrors(form: Form, registry: Registry, input: Array<{ name: string; id: string; message: string }>, validation: Array<{ pointer: string; message: string }>) {
  const seen = new Set(input.map((error) => error.name));
  const errors: Array<{ name?: string; id?: string; message: string }> = [...input];
  for (const error of validation) {
    const ref = inputNameOf(error.pointer, registry);
    if (ref && seen.has(ref.name)) continue;
    if (ref) seen.add(ref.name);
    errors.push(ref ? { name: ref.name, id: ref.id, message: error.message } : { message: error.message });
  }
  // In the order of the page, so the summary reads like the form (errors of no input last): by
  // field, then entry, then member, then address part.
  const items = form.sections.flatMap((section) => section.items);
  const fields = new Map(registry.categories.flatMap((category) => category.fields).map((field) => [field.id, field]));
  const position = (name: string | undefined): number[] => {
    const parsed = name === undefined ? undefined : parseInputName(name);
    if (!parsed) return [items.length];
    const top = parsed.kind === 'field' ? parsed.field : parsed.group;
    const item = items.findIndex((candidate) => candidate.field === top);
    if (item === -1) return [items.length];
    const part = (value: string | undefined) => (value === undefined ? -1 : ADDRESS_PARTS.indexOf(value as AddressPart));
    if (parsed.kind === 'field') return [item, -1, -1, part(parsed.part)];
    if (parsed.kind === 'entry') return [item, parsed.index, -1, -1];
    const members = items[item]!.members?.map((member) => member.field) ?? fields.get(top)?.fields.map((member) => member.id) ?? [];
    return [item, parsed.index, members.indexOf(parsed.member), part(parsed.part)];
  };
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
    return 0;
  };
  return errors
    .map((error, index) => ({ error, index, at: position(error.name) }))
    .sort((a, b) => compare(a.at, b.at) || a.index - b.index)
    .map(({ error }) => error);
}

/**
 * Where focus belongs after "add entry" (the new entry) or "remove entry" (its group), so a
 * keyboard user goes on from there instead of from the top of the page.
 */
function focusAfter(action: FormAction, input: ReadonlyMap<string, readonly string[]>): string {
  if (action.kind === 'remove') return inputIdOf(fieldInputName(action.group));
  const prefix = `${fieldInputName(action.group)}.`;
  const last = Math.max(-1, ...[...input.keys()].filter((name) => name.startsWith(prefix)).map((name) => Number(name.slice(prefix.length).split('.')[0])).filter(Number.isInteger));
  return last < 0 ? inputIdOf(fieldInputName(action.group)) : inputIdOf(entryInputName(action.group, last));
}
