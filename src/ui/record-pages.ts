/**
 * The staff pages around records: the registries a user may use, a registry's record list
 * (search, filters, sorting, paging), one record, its deletion (confirmed) and its audit trail.
 * Every page goes through the same operations as the API, so access, address protection and the
 * audit log are the same here.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { accessFor, topFields, type Access } from '../access/access.js';
import type { AuditEntry } from '../audit/audit-log.js';
import { formsOf } from '../forms/form-loader.js';
import type { Field, Registry } from '../model/types.js';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import { OperationError } from '../operations/errors.js';
import { recordAudit } from '../operations/persons.js';
import { deleteRecord, listRecords, readRecord, type RecordView } from '../operations/records.js';
import { handledRegistries } from '../operations/requests.js';
import { storageOf } from '../storage/record-tables.js';
import { formatDateTime, formatValue, textIn } from './format-value.js';
import { consentRecordSections } from './consent-sections.js';
import { lifecycleSection } from './lifecycle-pages.js';
import { retentionSection } from './retention-pages.js';
import { csrfOk, errorPage, formBodyLimit, SMALL_BODY_LIMIT, langOf, pagesOf, postedForm, postedValue, render, shell, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

const PAGE_SIZE = 25;
/** Far past any register's end; keeps a hand-made offset a safe integer. */
const MAX_OFFSET = 1_000_000_000;
const SUMMARY_TYPES = new Set(['text', 'personal-identity-code', 'email', 'phone', 'date', 'choice', 'municipality']);

export function recordPages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();

  app.get('/app', (c) => {
    const who = uiCaller(c);
    const registries = ctx.engine.registries
      .map((registry) => ({ registry, access: accessFor(registry, who.roles.get(registry.id) ?? []) }))
      .filter(({ access }) => access.roles.length > 0)
      .map(({ registry, access }) => ({
        name: textIn(registry.name, langOf(c)),
        href: `/app/${registry.id}`,
        roles: t(c, 'ui.home.roles', { roles: access.roles.map((id) => textIn(registry.roles.find((role) => role.id === id)!.name, langOf(c))).join(', ') }),
      }));
    // Data-subject requests, for those who handle them in some registry.
    const requests = handledRegistries(ctx.engine.operations, who).length > 0 ? { requestsHref: '/app/requests' } : {};
    return render(c, ctx, 'home', { ...shell(c, t(c, 'ui.home.title')), registries, ...requests, ...flashOf(c) });
  });

  app.get('/app/:registry', async (c) => {
    const registry = ctx.engine.operations.registries.get(c.req.param('registry'));
    if (!registry) return errorPage(c, ctx, 404, t(c, 'ui.error.not-found'));
    const lang = langOf(c);
    const who = uiCaller(c);
    const access = accessFor(registry, who.roles.get(registry.id) ?? []);
    const query = c.req.query();
    const filterFields = topFields(registry).filter((field) => access.read.has(field.id) && (field.type === 'choice' || field.type === 'boolean'));
    // Only what the page offers: a hand-made address with other values shows the plain list.
    const filters: Record<string, string> = {};
    for (const field of filterFields) {
      const value = query[`filter.${field.id}`];
      const offered = field.type === 'boolean' ? ['true', 'false'] : (field.settings.options ?? []).map((option) => option.id);
      if (value && offered.includes(value)) filters[field.id] = value;
    }
    const offset = Math.min(MAX_OFFSET, Math.max(0, Number.parseInt(query['offset'] ?? '0', 10) || 0));
    const sortFields = summaryFields(registry, access).filter((field) => storageOf(field) !== 'json');
    const sortable = new Set(['-updated_at', ...sortFields.flatMap((field) => [field.id, `-${field.id}`])]);
    const sort = sortable.has(query['sort'] ?? '') ? query['sort']! : '';
    let page;
    try {
      page = await listRecords(ctx.engine.operations, who, registry.id, {
        limit: PAGE_SIZE,
        offset,
        ...(sort ? { sort } : {}),
        ...(query['q'] ? { q: query['q'] } : {}),
        filters,
      });
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    const columns = summaryFields(registry, access);
    const href = (params: Record<string, string | number>) => {
      const url = new URL(c.req.url);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
      return `${url.pathname}${url.search}`;
    };
    const searching = Boolean(query['q'] || Object.keys(filters).length > 0);
    const name = textIn(registry.name, lang);
    return render(c, ctx, 'list', {
      ...shell(c, name, { breadcrumbs: [{ label: t(c, 'ui.home'), href: '/app' }, { label: name }] }),
      ...flashOf(c),
      registryName: name,
      ...(access.can.has('view-audit') ? { jobsHref: `/app/${registry.id}/jobs` } : {}),
      action: `/app/${registry.id}`,
      q: query['q'] ?? '',
      searching,
      createForms: formsOf(registry, ctx.forms)
        .filter((form) => form.modes.includes('create') && usable(form.roles, access))
        // "Uusi: Asiakas" for a form of the registry's own; the derived form makes a "Uusi tietue".
        .map((form) => ({ label: 'derived' in form.origin ? t(c, 'ui.new-record') : t(c, 'ui.new', { form: textIn(form.title, lang) }), href: `/app/${registry.id}/new?form=${form.id}` })),
      filters: filterFields.map((field) => ({
        id: `filter-${field.id}`,
        name: `filter.${field.id}`,
        label: textIn(field.label, lang),
        options: [
          { value: '', label: t(c, 'ui.list.any'), selected: !filters[field.id] },
          ...(field.type === 'boolean'
            ? [
                { value: 'true', label: t(c, 'ui.yes'), selected: filters[field.id] === 'true' },
                { value: 'false', label: t(c, 'ui.no'), selected: filters[field.id] === 'false' },
              ]
            : (field.settings.options ?? []).map((option) => ({ value: option.id, label: textIn(option.label, lang), selected: filters[field.id] === option.id }))),
        ],
      })),
      sorts: [
        { value: '', label: t(c, 'ui.list.sort.newest'), selected: sort === '' },
        { value: '-updated_at', label: t(c, 'ui.list.sort.updated'), selected: sort === '-updated_at' },
        ...sortFields.flatMap((field) => [
          { value: field.id, label: t(c, 'ui.list.sort.asc', { label: textIn(field.label, lang) }), selected: sort === field.id },
          { value: `-${field.id}`, label: t(c, 'ui.list.sort.desc', { label: textIn(field.label, lang) }), selected: sort === `-${field.id}` },
        ]),
      ],
      ...(c.req.query('lang') ? { langParam: c.req.query('lang') } : {}),
      showing:
        page.total === 0
          ? searching
            ? t(c, 'ui.list.no-match')
            : t(c, 'ui.list.empty')
          : t(c, 'ui.list.showing', { from: offset + 1, to: offset + page.items.length, total: page.total }),
      empty: searching ? t(c, 'ui.list.no-match') : t(c, 'ui.list.empty'),
      caption: t(c, 'ui.list.caption', { registry: name }),
      columns: [...columns.map((field) => textIn(field.label, lang)), ...(registry.lifecycle ? [t(c, 'ui.list.state')] : []), t(c, 'ui.list.updated')],
      rows: page.items.map((record) => ({
        href: `/app/${registry.id}/${record.id}`,
        cells: [
          ...columns.map((field, index) => {
            const value = record.data[field.id];
            const text = formatValue(field, value, lang).join(', ');
            // The first cell links to the record: never empty.
            return index === 0 && (value === undefined || value === '') ? t(c, 'ui.list.record') : text;
          }),
          ...(registry.lifecycle ? [stateName(registry, record.state, lang)] : []),
          formatDateTime(record.updatedAt, lang),
        ],
      })),
      pages: pagesOf(page.total, offset, PAGE_SIZE, (at) => href({ offset: at })),
    });
  });

  app.get('/app/:registry/:id', (c) => recordPage(c, ctx));

  app.get('/app/:registry/:id/delete', async (c) => {
    const found = await recordOr404(c, ctx);
    if (found instanceof Response) return found;
    const { registry, record, access } = found;
    if (!access.can.has('delete-records')) return errorPage(c, ctx, 403, t(c, 'ui.form.read-only'));
    const title = recordTitle(registry, record);
    return render(c, ctx, 'delete', {
      ...shell(c, t(c, 'ui.delete.title'), { breadcrumbs: crumbs(c, registry, title, `/app/${registry.id}/${record.id}`) }),
      recordName: title,
      action: `/app/${registry.id}/${record.id}/delete`,
      cancelHref: `/app/${registry.id}/${record.id}`,
      csrf: c.get('principal')?.csrfToken ?? '',
    });
  });

  app.post('/app/:registry/:id/delete', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const body = (await postedForm(c)) ?? [];
    if (!csrfOk(c, postedValue(body, 'csrf'))) return errorPage(c, ctx, 403, t(c, 'ui.form.expired'));
    const registryId = c.req.param('registry');
    try {
      await deleteRecord(ctx.engine.operations, uiCaller(c), registryId, c.req.param('id'));
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    return c.redirect(`/app/${registryId}?done=deleted`, 303);
  });

  // The trail stays readable after the record is deleted: who deleted it is part of it.
  app.get('/app/:registry/:id/audit', async (c) => {
    const registry = ctx.engine.operations.registries.get(c.req.param('registry'));
    if (!registry) return errorPage(c, ctx, 404, t(c, 'ui.error.not-found'));
    const id = c.req.param('id');
    const lang = langOf(c);
    let record: RecordView | undefined;
    try {
      record = await readRecord(ctx.engine.operations, uiCaller(c), registry.id, id);
    } catch (cause) {
      if (!(cause instanceof OperationError && cause.kind === 'not-found')) return operationErrorPage(c, ctx, cause);
    }
    let entries: AuditEntry[];
    try {
      entries = (await recordAudit(ctx.engine.operations, uiCaller(c), registry.id, id, { limit: 1000, offset: 0, order: 'newest' })).entries;
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    const deleted = !record && entries.some((entry) => entry.action === 'delete' && entry.outcome === 'ok');
    if (!record && !deleted) return errorPage(c, ctx, 404, translate(API_MESSAGES, 'api.record-not-found', lang, { id }));
    const title = record ? recordTitle(registry, record) : t(c, 'ui.audit.deleted-record', { id: id.slice(0, 8) });
    const registryName = textIn(registry.name, lang);
    const labels = new Map(registry.categories.flatMap((category) => category.fields.flatMap((field) => [field, ...field.fields])).map((field) => [field.id, textIn(field.label, lang)]));
    return render(c, ctx, 'audit', {
      ...shell(c, t(c, 'ui.audit.title'), {
        breadcrumbs: record
          ? crumbs(c, registry, title, `/app/${registry.id}/${record.id}`)
          : [{ label: t(c, 'ui.home'), href: '/app' }, { label: registryName, href: `/app/${registry.id}` }, { label: title }],
      }),
      recordName: title,
      backHref: record ? `/app/${registry.id}/${record.id}` : `/app/${registry.id}`,
      backLabel: record ? title : registryName,
      // Newest first, as the log returned them: the last thousand uses of the record.
      entries: entries.map((entry) => ({
          when: formatDateTime(entry.at, lang),
          who: entry.actor,
          action: t(c, `ui.audit.action.${entry.action}`),
          outcome: t(c, `ui.audit.outcome.${entry.outcome}`),
          fields: entry.fields.map((field) => labels.get(field) ?? field).join(', '),
        })),
    });
  });

  return app;
}

/**
 * The record page: the record's values as the caller may read them, its state and actions. `extra`
 * adds to the view and `status` replaces 200 (a refused lifecycle transition shows its error
 * summary on this page).
 */
export async function recordPage(c: Context<UiEnv>, ctx: UiContext, extra: Record<string, unknown> = {}, status: 200 | 403 | 409 | 422 = 200): Promise<Response> {
  const found = await recordOr404(c, ctx);
  if (found instanceof Response) return found;
  const { registry, record, access } = found;
  const lang = langOf(c);
  const title = recordTitle(registry, record);
  // A restricted record may only be stored: say so first, and offer no edit or delete.
  const restricted = ctx.engine.operations.workflows.restrictions.active(registry.id, record.id).length > 0;
  return render(
    c,
    ctx,
    'record',
    {
      ...shell(c, title, { breadcrumbs: crumbs(c, registry, title) }),
      ...flashOf(c),
      heading: title,
      meta: t(c, 'ui.record.meta', {
        created: formatDateTime(record.createdAt, lang),
        createdBy: record.createdBy,
        updated: formatDateTime(record.updatedAt, lang),
        updatedBy: record.updatedBy,
        version: record.version,
      }),
      ...(restricted ? { restricted: translate(API_MESSAGES, 'api.record-restricted', lang) } : {}),
      editForms: formsOf(registry, ctx.forms)
        .filter((form) => !restricted && form.modes.includes('edit') && usable(form.roles, access) && form.sections.some((section) => section.items.some((item) => access.write.has(item.field))))
        .map((form) => ({ label: t(c, 'ui.record.edit', { form: textIn(form.title, lang) }), href: `/app/${registry.id}/${record.id}/edit?form=${form.id}` })),
      ...(access.can.has('view-audit') ? { auditHref: `/app/${registry.id}/${record.id}/audit` } : {}),
      ...(access.can.has('delete-records') && !restricted ? { deleteHref: `/app/${registry.id}/${record.id}/delete` } : {}),
      sections: registry.categories
        .map((category) => ({
          id: `category-${category.id}`,
          title: textIn(category.name, lang),
          items: category.fields
            .filter((field) => access.read.has(field.id))
            .map((field) => {
              if (record.hidden.includes(field.id)) return { label: textIn(field.label, lang), lines: [t(c, 'ui.record.protected')], protected: true };
              if (field.type === 'group') return groupFacts(c, field, record.data[field.id]);
              return { label: textIn(field.label, lang), lines: formatValue(field, record.data[field.id], lang) };
            }),
        }))
        .filter((section) => section.items.length > 0),
      ...(await lifecycleSection(c, ctx, registry, record, access)),
      ...(await consentRecordSections(c, ctx, registry, record, access, extra)),
      ...retentionSection(c, ctx, registry, record, access),
      ...extra,
    },
    status,
  );
}

/** The record of the path as the caller may see it, or the page saying why not. */
export async function recordOr404(c: Context<UiEnv>, ctx: UiContext): Promise<{ registry: Registry; record: RecordView; access: Access } | Response> {
  const registry = ctx.engine.operations.registries.get(c.req.param('registry') ?? '');
  if (!registry) return errorPage(c, ctx, 404, t(c, 'ui.error.not-found'));
  try {
    const who = uiCaller(c);
    const record = await readRecord(ctx.engine.operations, who, registry.id, c.req.param('id') ?? '');
    return { registry, record, access: accessFor(registry, who.roles.get(registry.id) ?? []) };
  } catch (cause) {
    return operationErrorPage(c, ctx, cause);
  }
}

/** The page of a refused operation; anything else is re-thrown to the app's error handler. */
export function operationErrorPage(c: Context<UiEnv>, ctx: UiContext, cause: unknown): Response {
  if (!(cause instanceof OperationError)) throw cause;
  const message = apiMessage(c, cause);
  const status = cause.kind === 'forbidden' ? 403 : cause.kind === 'not-found' ? 404 : cause.kind === 'conflict' ? 409 : 400;
  return errorPage(c, ctx, status, message);
}

/** The operations' messages live in the API catalogue; the same words serve the pages. */
function apiMessage(c: Context<UiEnv>, cause: OperationError): string {
  return translate(API_MESSAGES, cause.messageKey, langOf(c), cause.params);
}

export function crumbs(c: Context<UiEnv>, registry: Registry, title: string, titleHref?: string): Array<{ label: string; href?: string }> {
  return [
    { label: t(c, 'ui.home'), href: '/app' },
    { label: textIn(registry.name, langOf(c)), href: `/app/${registry.id}` },
    titleHref ? { label: title, href: titleHref } : { label: title },
  ];
}

/** What a record is called in headings: its first name-like value, else its identity code. */
export function recordTitle(registry: Registry, record: Pick<RecordView, 'data' | 'id'>): string {
  const fields = topFields(registry);
  const named = fields.find((field) => field.type === 'text' && typeof record.data[field.id] === 'string' && record.data[field.id] !== '');
  if (named) return String(record.data[named.id]);
  const code = fields.find((field) => field.type === 'personal-identity-code' && typeof record.data[field.id] === 'string');
  if (code) return String(record.data[code.id]);
  return record.id.slice(0, 8);
}

/** The list's columns: names first (texts), then codes and other short values. */
function summaryFields(registry: Registry, access: Access): Field[] {
  const candidates = topFields(registry).filter((field) => access.read.has(field.id) && SUMMARY_TYPES.has(field.type));
  return [...candidates.filter((field) => field.type === 'text'), ...candidates.filter((field) => field.type !== 'text')].slice(0, 3);
}

function stateName(registry: Registry, state: string | null, lang: 'fi' | 'sv' | 'en'): string {
  const found = registry.lifecycle?.states.find((candidate) => candidate.id === state);
  return found ? textIn(found.name, lang) : (state ?? '');
}

function groupFacts(c: Context<UiEnv>, field: Field, value: unknown) {
  const lang = langOf(c);
  const entries = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
  const item = field.settings.item_label ? textIn(field.settings.item_label, lang) : t(c, 'ui.form.item');
  return {
    label: textIn(field.label, lang),
    ...(entries.length === 0
      ? { lines: [t(c, 'ui.record.no-entries')] }
      : {
          entries: entries.map((entry, index) => ({
            title: capitalize(t(c, 'ui.record.entry', { item, n: index + 1 })),
            items: field.fields.filter((member) => entry[member.id] !== undefined).map((member) => ({ label: textIn(member.label, lang), lines: formatValue(member, entry[member.id], lang) })),
          })),
        }),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a form's roles include one of the caller's (no roles listed: anyone who may write). */
export function usable(formRoles: readonly string[], access: Access): boolean {
  return formRoles.length === 0 ? access.write.size > 0 : formRoles.some((role) => access.roles.includes(role));
}

/** A one-line notice after a redirect (`?done=saved`). */
function flashOf(c: Context<UiEnv>): { flash?: string } {
  const done = c.req.query('done');
  if (done === 'saved') return { flash: t(c, 'ui.saved') };
  if (done === 'deleted') return { flash: t(c, 'ui.deleted') };
  return {};
}
