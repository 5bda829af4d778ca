/**
 * Creating and editing records with a form. What was typed is never lost: a page sent back for
 * any reason (invalid values, "add entry", a stale version, an expired form token) shows every
 * value as typed. The same validators as the API check the values; each submission carries a
 * one-time key, so pressing "Save" twice creates one record; an edit carries the version it
 * started from, so it never overwrites someone else's change unseen.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { accessFor, type Access } from '../access/access.js';
import { decodeForm, encodeRecord, type PostedFields } from '../forms/codec.js';
import { formsOf } from '../forms/form-loader.js';
import { inputNameOf } from '../forms/input-names.js';
import type { Form, FormMode } from '../forms/types.js';
import type { Registry } from '../model/types.js';
import { OperationError } from '../operations/errors.js';
import { createRecord, readRecord, updateRecord } from '../operations/records.js';
import type { RecordData } from '../storage/record-store.js';
import { textIn } from './format-value.js';
import { editableFields, formSections } from './form-view.js';
import { crumbs, operationErrorPage, recordTitle, usable } from './record-pages.js';
import { csrfOk, errorPage, langOf, render, shell, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

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
}

export function formPages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();
  const limit = bodyLimit({ maxSize: FORM_BODY_LIMIT, onError: (c) => errorPage(c as Context<UiEnv>, ctx, 400, t(c as Context<UiEnv>, 'ui.error.internal')) });

  const page = (c: Context<UiEnv>, state: PageState, status: 200 | 409 | 422 = 200) => {
    const lang = langOf(c);
    const { registry, form, record } = state;
    const heading = record ? `${textIn(form.title, lang)}: ${record.title}` : textIn(form.title, lang);
    const byName = new Map<string, string>();
    for (const error of state.errors ?? []) if (error.name && !byName.has(error.name)) byName.set(error.name, error.message);
    const errors = state.errors ?? [];
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
          ? { summary: { title: t(c, 'ui.form.errors', { count: errors.length }), items: errors.map((error) => ({ message: error.message, ...(error.id ? { href: `#${error.id}` } : {}) })) } }
          : {}),
        action: record ? `/app/${registry.id}/${record.id}/edit?form=${form.id}` : `/app/${registry.id}/new?form=${form.id}`,
        cancelHref: record ? `/app/${registry.id}/${record.id}` : `/app/${registry.id}`,
        csrf: c.get('principal')?.csrfToken ?? '',
        submission: state.submission ?? randomUUID(),
        ...(record ? { version: record.version } : {}),
        sections: formSections({ registry, form, access: state.access, lang, input: state.input, errors: byName, current: state.current, hidden: state.hidden }),
      },
      status,
    );
  };

  /** The registry and form of the request, or the page saying why not. */
  const resolve = (c: Context<UiEnv>, mode: FormMode): { registry: Registry; form: Form; access: Access } | Response => {
    const registry = ctx.engine.operations.registries.get(c.req.param('registry') ?? '');
    if (!registry) return errorPage(c, ctx, 404, t(c, 'ui.error.title'));
    const access = accessFor(registry, uiCaller(c).roles.get(registry.id) ?? []);
    const forms = formsOf(registry, ctx.forms).filter((form) => form.modes.includes(mode));
    const wanted = c.req.query('form');
    const form = wanted ? forms.find((candidate) => candidate.id === wanted) : forms[0];
    if (!form) return errorPage(c, ctx, 404, t(c, 'ui.error.title'));
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
    const posted = await postedFields(c);
    const submission = fieldValue(posted, 'submission') ?? randomUUID();
    const decoded = decodeForm(registry, form, posted, { lang: langOf(c), mode: 'create' });
    const state: PageState = { ...resolved, mode: 'create', input: decoded.input, current: {}, hidden: [], submission };
    if (!csrfOk(c, fieldValue(posted, 'csrf'))) return page(c, { ...state, conflict: t(c, 'ui.form.expired') }, 422);
    if (decoded.action) return page(c, state);
    const editable = editableFields({ form, access: resolved.access, hidden: [] });
    const data = Object.fromEntries(Object.entries(decoded.data).filter(([field]) => editable.has(field)));
    if (decoded.errors.length > 0) return page(c, { ...state, errors: mergeErrors(form, registry, decoded.errors, validatorErrors(ctx, registry, data, langOf(c))) }, 422);
    try {
      const { record } = await createRecord(ctx.engine.operations, uiCaller(c), registry.id, data, `form:${submission}`);
      return c.redirect(`/app/${registry.id}/${record.id}?done=saved`, 303);
    } catch (cause) {
      if (cause instanceof OperationError && cause.kind === 'invalid') return page(c, { ...state, errors: mergeErrors(form, registry, [], cause.errors) }, 422);
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
    const posted = await postedFields(c);
    let stored;
    try {
      stored = await readRecord(ctx.engine.operations, uiCaller(c), registry.id, c.req.param('id'));
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    const version = Number(fieldValue(posted, 'version'));
    const decoded = decodeForm(registry, form, posted, { lang: langOf(c), mode: 'edit', current: stored.data });
    const state: PageState = {
      ...resolved,
      mode: 'edit',
      input: decoded.input,
      current: stored.data,
      hidden: stored.hidden,
      record: { id: stored.id, version: Number.isInteger(version) && version > 0 ? version : stored.version, title: recordTitle(registry, stored) },
    };
    if (!csrfOk(c, fieldValue(posted, 'csrf'))) return page(c, { ...state, conflict: t(c, 'ui.form.expired') }, 422);
    if (decoded.action) return page(c, state);
    // Only what this caller edits with this form: never a field shown read-only or withheld.
    const editable = editableFields({ form, access, hidden: stored.hidden });
    const patch: RecordData = Object.fromEntries([
      ...Object.entries(decoded.data).filter(([field]) => editable.has(field)),
      ...decoded.cleared.filter((field) => editable.has(field)).map((field) => [field, null] as const),
    ]);
    if (decoded.errors.length > 0) {
      const merged = mergeRecord(stored.data, patch);
      return page(c, { ...state, errors: mergeErrors(form, registry, decoded.errors, validatorErrors(ctx, registry, merged, langOf(c))) }, 422);
    }
    try {
      await updateRecord(ctx.engine.operations, uiCaller(c), registry.id, stored.id, patch, state.record!.version);
      return c.redirect(`/app/${registry.id}/${stored.id}?done=saved`, 303);
    } catch (cause) {
      if (cause instanceof OperationError && cause.kind === 'invalid') return page(c, { ...state, errors: mergeErrors(form, registry, [], cause.errors) }, 422);
      if (cause instanceof OperationError && (cause.kind === 'precondition-failed' || cause.kind === 'conflict')) {
        // Keep what they typed; the version moves to the current one so a second save is deliberate.
        return page(c, { ...state, record: { ...state.record!, version: stored.version }, conflict: t(c, 'ui.form.conflict') }, 409);
      }
      return operationErrorPage(c, ctx, cause);
    }
  });

  return app;
}

async function postedFields(c: Context<UiEnv>): Promise<PostedFields> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return [];
  const data = await c.req.formData();
  const fields: Array<[string, string]> = [];
  data.forEach((value, name) => {
    if (typeof value === 'string') fields.push([name, value]);
  });
  return fields;
}

function fieldValue(posted: PostedFields, name: string): string | undefined {
  return posted.find(([key]) => key === name)?.[1];
}

function mergeRecord(current: RecordData, patch: RecordData): RecordData {
  return Object.fromEntries([...Object.entries(current).filter(([key]) => !Object.hasOwn(patch, key)), ...Object.entries(patch).filter(([, value]) => value !== null)]);
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
  // In the order of the page, so the summary reads like the form (errors of no input last).
  const order = form.sections.flatMap((section) => section.items.map((item) => item.field));
  const position = (name: string | undefined) => {
    const field = name?.split('.')[1];
    const index = field === undefined ? -1 : order.indexOf(field);
    return index === -1 ? order.length : index;
  };
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => position(a.error.name) - position(b.error.name) || a.index - b.index)
    .map(({ error }) => error);
}
