/**
 * The staff pages of data-subject requests: the list (overdue ones first, marked in words, not by
 * colour only), the form for a new request, and one request with its history and its steps as
 * forms (each with the CSRF token and the version the page showed). Everything goes through the
 * same operations as the API. A refused step shows the page again with what was typed and the
 * Suomi.fi error pattern: a summary at the top linking to the inputs, the message by each input.
 * The person's package opens from the API (the HTML in the browser, the JSON as a download).
 */
import { Hono, type Context } from 'hono';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import type { Registry } from '../model/types.js';
import { formatDate } from '../notices/formatting.js';
import { CONSENT_METHODS } from '../operations/consents.js';
import { OperationError } from '../operations/errors.js';
import { activeRestrictions, carryOutRequest, liftRestriction } from '../operations/request-actions.js';
import { closeRequest, createRequest, extendRequest, handledRegistries, listRequests, readRequest, verifyIdentity, type RequestDetail, type RequestView } from '../operations/requests.js';
import { erasureGrounds, erasureRefusal } from '../requests/erasure-grounds.js';
import { REQUEST_KINDS, REQUEST_STATUSES, type RequestEvent } from '../workflows/request-store.js';
import type { FieldError } from '../schema/record-validator.js';
import { formatDateTime, textIn } from './format-value.js';
import { operationErrorPage } from './record-pages.js';
import { csrfOk, errorPage, formBodyLimit, langOf, pagesOf, postedForm, postedValue, render, shell, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

const PAGE_SIZE = 50;
const BODY_LIMIT = 64 * 1024;
const STEPS = ['verify-identity', 'extend', 'complete', 'refuse', 'withdraw', 'carry-out', 'lift-restriction'] as const;
type Step = (typeof STEPS)[number];
const LIST_STATUSES = ['open', 'overdue', 'all', ...REQUEST_STATUSES.filter((status) => status !== 'open')];

/** The id of each step's inputs on the request page, by the body field an error names. */
const INPUT_IDS: Record<Step, Record<string, string>> = {
  'verify-identity': { note: 'verify-note' },
  extend: { reason: 'extend-reason', until: 'extend-until' },
  complete: { resolution: 'resolution' },
  refuse: { resolution: 'resolution' },
  withdraw: { resolution: 'resolution' },
  'carry-out': { confirm: 'confirm', reason: 'restriction-reason', method: 'method' },
  'lift-restriction': { reason: 'lift-reason' },
};

/** What a page sent back shows: the step's inputs as typed, its errors, or a message for the whole page. */
interface Sent {
  step?: Step;
  values?: Record<string, string | string[]>;
  errors?: FieldError[];
  message?: string;
}

export function requestPages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();
  const operations = ctx.engine.operations;
  const limit = formBodyLimit(ctx, BODY_LIMIT);

  app.get('/app/requests', (c) => {
    const lang = langOf(c);
    const shown = LIST_STATUSES.includes(c.req.query('status') ?? '') ? c.req.query('status')! : 'open';
    const offset = Math.min(1_000_000, Math.max(0, Number.parseInt(c.req.query('offset') ?? '0', 10) || 0));
    let page;
    try {
      page = listRequests(operations, uiCaller(c), {
        ...(shown === 'overdue' ? { overdue: 'true' } : shown === 'all' ? {} : { status: shown }),
        limit: PAGE_SIZE,
        offset,
      });
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    const overdue = shown === 'open' ? page.items.filter((request) => request.overdue).length : undefined;
    const href = (params: Record<string, string | number>) => `/app/requests?${new URLSearchParams({ status: shown, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) })}`;
    return render(c, ctx, 'requests', {
      ...shell(c, t(c, 'ui.requests.title'), { breadcrumbs: [{ label: t(c, 'ui.home'), href: '/app' }, { label: t(c, 'ui.requests.title') }] }),
      ...flashOf(c),
      statuses: LIST_STATUSES.map((status) => ({ value: status, label: t(c, `ui.requests.show.${status}`), selected: status === shown })),
      ...(overdue ? { overdueNote: t(c, 'ui.requests.overdue-count', { count: overdue }) } : {}),
      showing: page.total === 0 ? t(c, 'ui.requests.none') : t(c, 'ui.list.showing', { from: offset + 1, to: offset + page.items.length, total: page.total }),
      rows: page.items.map((request) => ({
        href: `/app/requests/${request.id}`,
        kind: capitalize(kindName(c, request.kind)),
        person: maskedCode(request.identityCode),
        received: formatDate(request.receivedAt, lang),
        due: formatDate(request.due, lang),
        ...dueTag(c, request),
        status: t(c, `ui.request.status.${request.status}`),
        registries: request.registries.map((id) => registryName(c, ctx, id)).join(', '),
      })),
      pages: pagesOf(page.total, offset, PAGE_SIZE, (at) => href({ offset: at })),
    });
  });

  app.get('/app/requests/new', (c) => {
    if (handledRegistries(operations, uiCaller(c)).length === 0) return errorPage(c, ctx, 403, translate(API_MESSAGES, 'api.request-forbidden', langOf(c)));
    return newPage(c, ctx, {});
  });

  app.post('/app/requests/new', limit, async (c) => {
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    const values: Record<string, string | string[]> = {
      kind: postedValue(posted, 'kind') ?? '',
      personal_identity_code: postedValue(posted, 'personal_identity_code') ?? '',
      received: postedValue(posted, 'received') ?? '',
      registries: posted.filter(([name]) => name === 'registries').map(([, value]) => value),
      identity_verified: postedValue(posted, 'identity_verified') ?? '',
      lang: postedValue(posted, 'lang') ?? 'fi',
    };
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return newPage(c, ctx, { values, message: t(c, 'ui.form.expired') }, 422);
    const registries = values['registries'] as string[];
    const body = {
      ...(values['kind'] !== '' ? { kind: values['kind'] } : {}),
      personal_identity_code: values['personal_identity_code'],
      ...(values['received'] !== '' ? { received: isoDate(values['received'] as string) } : {}),
      ...(registries.length > 0 ? { registries } : {}),
      identity_verified: values['identity_verified'] === 'true',
      lang: values['lang'],
    };
    try {
      const request = await createRequest(operations, uiCaller(c), body);
      return c.redirect(`/app/requests/${request.id}?done=created`, 303);
    } catch (cause) {
      if (cause instanceof OperationError && cause.kind === 'invalid') return newPage(c, ctx, { values, errors: cause.errors }, 422);
      return operationErrorPage(c, ctx, cause);
    }
  });

  app.get('/app/requests/:requestId', async (c) => detailPage(c, ctx, c.req.param('requestId'), {}));

  app.post('/app/requests/:requestId/:step', limit, async (c) => {
    const id = c.req.param('requestId');
    const step = c.req.param('step') as Step;
    if (!STEPS.includes(step)) return errorPage(c, ctx, 404, t(c, 'ui.error.not-found'));
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    const values: Record<string, string | string[]> = Object.fromEntries(
      ['note', 'reason', 'until', 'resolution', 'method'].flatMap((name) => {
        const value = postedValue(posted, name);
        return value === undefined ? [] : [[name, value]];
      }),
    );
    values['confirm'] = posted.filter(([name]) => name === 'confirm').map(([, value]) => value);
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return detailPage(c, ctx, id, { step, values, message: t(c, 'ui.form.expired') }, 422);
    const version = /^\d{1,12}$/.test(postedValue(posted, 'version') ?? '') ? Number(postedValue(posted, 'version')) : undefined;
    const text = (name: string) => (typeof values[name] === 'string' && values[name] !== '' ? { [name]: values[name] } : {});
    const who = uiCaller(c);
    try {
      if (step === 'verify-identity') await verifyIdentity(operations, who, id, text('note'), version);
      else if (step === 'extend') await extendRequest(operations, who, id, { ...text('reason'), ...(values['until'] ? { until: isoDate(values['until'] as string) } : {}) }, version);
      else if (step === 'complete') await closeRequest(operations, who, id, 'completed', text('resolution'), version);
      else if (step === 'refuse') await closeRequest(operations, who, id, 'refused', text('resolution'), version);
      else if (step === 'withdraw') await closeRequest(operations, who, id, 'withdrawn', text('resolution'), version);
      else if (step === 'lift-restriction') await liftRestriction(operations, who, id, text('reason'), version);
      else {
        const detail = await readRequest(operations, who, id);
        const kind = detail.request.kind;
        const body = kind === 'erasure' ? { confirm: values['confirm'] } : kind === 'restriction' ? text('reason') : kind === 'withdraw-consent' ? text('method') : {};
        await carryOutRequest(operations, who, id, body, version);
      }
    } catch (cause) {
      if (!(cause instanceof OperationError) || cause.kind === 'not-found' || cause.kind === 'forbidden') return operationErrorPage(c, ctx, cause);
      const status = cause.kind === 'invalid' ? 422 : cause.kind === 'bad-request' ? 400 : 409;
      if (cause.kind === 'invalid') return detailPage(c, ctx, id, { step, values, errors: cause.errors }, status);
      return detailPage(c, ctx, id, { step, values, message: translate(API_MESSAGES, cause.messageKey, langOf(c), cause.params) }, status);
    }
    return c.redirect(`/app/requests/${id}?done=${step}`, 303);
  });

  return app;
}

function newPage(c: Context<UiEnv>, ctx: UiContext, sent: Sent, status: 200 | 422 = 200): Response {
  const lang = langOf(c);
  const who = uiCaller(c);
  const values = sent.values ?? {};
  const errors = new Map((sent.errors ?? []).map((error) => [error.field ?? '', error.message]));
  const chosen = new Set((values['registries'] as string[] | undefined) ?? []);
  const title = t(c, 'ui.request.new.title');
  return render(
    c,
    ctx,
    'request-new',
    {
      ...shell(c, title, { breadcrumbs: [{ label: t(c, 'ui.home'), href: '/app' }, { label: t(c, 'ui.requests.title'), href: '/app/requests' }, { label: title }] }),
      ...summaryOf(c, sent, { kind: 'kind', personal_identity_code: 'personal_identity_code', received: 'received', registries: 'registries', identity_verified: 'identity_verified', lang: 'lang' }),
      csrf: c.get('principal')?.csrfToken ?? '',
      kinds: REQUEST_KINDS.map((kind) => ({ id: `kind-${kind}`, value: kind, label: capitalize(kindName(c, kind)), checked: values['kind'] === kind })),
      kindError: errors.get('kind'),
      code: values['personal_identity_code'] ?? '',
      codeError: errors.get('personal_identity_code'),
      received: values['received'] ?? '',
      receivedError: errors.get('received'),
      registries: handledRegistries(ctx.engine.operations, who).map((registry) => ({ id: `registry-${registry.id}`, value: registry.id, label: textIn(registry.name, lang), checked: chosen.has(registry.id) })),
      registriesError: errors.get('registries'),
      verified: values['identity_verified'] === 'true',
      langs: (['fi', 'sv', 'en'] as const).map((code) => ({ value: code, label: t(c, `ui.request.lang.${code}`), selected: (values['lang'] ?? 'fi') === code })),
      langError: errors.get('lang'),
    },
    status,
  );
}

async function detailPage(c: Context<UiEnv>, ctx: UiContext, id: string, sent: Sent, status: 200 | 400 | 409 | 422 = 200): Promise<Response> {
  const operations = ctx.engine.operations;
  const lang = langOf(c);
  let detail: RequestDetail;
  let restricted: Map<string, Array<{ id: number; recordId: string }>>;
  try {
    detail = await readRequest(operations, uiCaller(c), id);
    restricted = detail.request.kind === 'restriction' ? activeRestrictions(operations, uiCaller(c), id) : new Map();
  } catch (cause) {
    return operationErrorPage(c, ctx, cause);
  }
  const request = detail.request;
  const open = request.status === 'open';
  const values = sent.values ?? {};
  const errors = new Map((sent.errors ?? []).map((error) => [error.field ?? '', error.message]));
  const value = (step: Step, name: string) => (sent.step === step && typeof values[name] === 'string' ? (values[name] as string) : '');
  const error = (step: Step, name: string) => (sent.step === step ? errors.get(name) : undefined);
  const title = capitalize(kindName(c, request.kind));
  const registries = request.registries.map((registryId) => operations.registries.get(registryId)).filter((registry): registry is Registry => registry !== undefined);
  const carriedOut = ['erasure', 'restriction', 'withdraw-consent'].includes(request.kind);
  const hasPackage = request.kind === 'access' || request.kind === 'portability';
  const confirmed = new Set(sent.step === 'carry-out' ? ((values['confirm'] as string[] | undefined) ?? []) : []);
  return render(
    c,
    ctx,
    'request',
    {
      ...shell(c, title, { breadcrumbs: [{ label: t(c, 'ui.home'), href: '/app' }, { label: t(c, 'ui.requests.title'), href: '/app/requests' }, { label: title }] }),
      ...flashOf(c),
      ...summaryOf(c, sent, INPUT_IDS[sent.step ?? 'complete']),
      heading: title,
      status: t(c, `ui.request.status.${request.status}`),
      ...dueTag(c, request),
      facts: [
        { label: t(c, 'ui.request.person'), value: request.identityCode },
        { label: t(c, 'ui.request.received'), value: formatDate(request.receivedAt, lang) },
        { label: t(c, 'ui.request.deadline'), value: formatDate(request.deadline, lang) },
        ...(request.extendedTo ? [{ label: t(c, 'ui.request.extended-to'), value: formatDate(request.extendedTo, lang) }, { label: t(c, 'ui.request.extension-reason'), value: request.extensionReason ?? '' }] : []),
        { label: t(c, 'ui.request.verified'), value: t(c, request.identityVerified ? 'ui.yes' : 'ui.no') },
        { label: t(c, 'ui.request.lang'), value: t(c, `ui.request.lang.${request.lang}`) },
        { label: t(c, 'ui.request.registries'), value: registries.map((registry) => textIn(registry.name, lang)).join(', ') },
        ...(request.resolution ? [{ label: t(c, 'ui.request.resolution'), value: request.resolution }] : []),
      ],
      records: detail.records.map((record) => ({
        href: `/app/${record.registry}/${record.id}`,
        label: t(c, 'ui.request.record', { registry: registryName(c, ctx, record.registry), id: record.id.slice(0, 8) }),
        restricted: (restricted.get(record.registry) ?? []).some((block) => block.recordId === record.id),
      })),
      csrf: c.get('principal')?.csrfToken ?? '',
      version: request.version,
      actions: Object.fromEntries(STEPS.map((step) => [step, `/app/requests/${request.id}/${step}`])),
      ...(hasPackage
        ? {
            package: request.identityVerified
              ? { html: `/api/requests/${request.id}/package.html`, json: `/api/requests/${request.id}/package`, download: `tiedot-${request.id.slice(0, 8)}.json` }
              : { unverified: true },
          }
        : {}),
      ...(open && !request.identityVerified ? { verify: { note: value('verify-identity', 'note'), noteError: error('verify-identity', 'note') } } : {}),
      ...(open && carriedOut ? { carryOut: carryOutView(c, request, registries, confirmed, value, error) } : {}),
      ...(request.kind === 'restriction' && restricted.size > 0 ? { lift: { reason: value('lift-restriction', 'reason'), reasonError: error('lift-restriction', 'reason') } } : {}),
      ...(open && request.extendedTo === undefined
        ? { extend: { reason: value('extend', 'reason'), reasonError: error('extend', 'reason'), until: value('extend', 'until'), untilError: error('extend', 'until') } }
        : {}),
      ...(open
        ? {
            close: {
              resolution: sent.step === 'complete' || sent.step === 'refuse' || sent.step === 'withdraw' ? ((values['resolution'] as string | undefined) ?? '') : '',
              resolutionError: sent.step === 'complete' || sent.step === 'refuse' || sent.step === 'withdraw' ? errors.get('resolution') : undefined,
            },
          }
        : {}),
      history: detail.events.map((event) => ({ when: formatDateTime(event.at, lang), who: event.actor, what: t(c, `ui.request.event.${event.event}`), detail: eventDetail(c, ctx, event) })),
    },
    status,
  );
}

function carryOutView(
  c: Context<UiEnv>,
  request: RequestView,
  registries: Registry[],
  confirmed: Set<string>,
  value: (step: Step, name: string) => string,
  error: (step: Step, name: string) => string | undefined,
) {
  const lang = langOf(c);
  if (request.kind === 'erasure') {
    return {
      erasure: registries.map((registry) => {
        const grounds = erasureGrounds(registry);
        return {
          id: `confirm-${registry.id}`,
          value: registry.id,
          name: textIn(registry.name, lang),
          ...(grounds.kind === 'excluded' ? { refused: erasureRefusal(registry, grounds.bases, lang) } : {}),
          ...(grounds.kind === 'allowed' ? { allowed: t(c, 'ui.request.erasure.allowed') } : {}),
          ...(grounds.kind === 'undetermined'
            ? { undetermined: t(c, 'ui.request.erasure.undetermined'), ...(grounds.stated ? { stated: textIn(grounds.stated, lang) } : {}), checked: confirmed.has(registry.id) }
            : {}),
        };
      }),
      confirmError: error('carry-out', 'confirm'),
      verified: request.identityVerified,
    };
  }
  if (request.kind === 'restriction') {
    return { restriction: { reason: value('carry-out', 'reason'), reasonError: error('carry-out', 'reason') }, verified: request.identityVerified };
  }
  return {
    withdraw: {
      methods: [{ value: '', label: t(c, 'ui.request.method.choose'), selected: value('carry-out', 'method') === '' }, ...CONSENT_METHODS.map((method) => ({ value: method, label: t(c, `ui.request.method.${method}`), selected: value('carry-out', 'method') === method }))],
      methodError: error('carry-out', 'method'),
    },
    verified: true,
  };
}

/** What an event of the history says, in words. */
function eventDetail(c: Context<UiEnv>, ctx: UiContext, event: RequestEvent): string {
  const lang = langOf(c);
  const d = event.detail;
  switch (event.event) {
    case 'created':
      return t(c, 'ui.request.detail.created', {
        registries: ((d['registries'] as string[] | undefined) ?? []).map((id) => registryName(c, ctx, id)).join(', '),
        deadline: formatDate(String(d['deadline'] ?? ''), lang),
      });
    case 'identity-verified':
      return typeof d['note'] === 'string' ? d['note'] : '';
    case 'extended':
      return t(c, 'ui.request.detail.extended', { until: formatDate(String(d['until'] ?? ''), lang), reason: String(d['reason'] ?? '') });
    case 'completed':
    case 'refused':
    case 'withdrawn':
      return typeof d['resolution'] === 'string' ? d['resolution'] : '';
    case 'package':
      return t(c, 'ui.request.detail.package', { format: String(d['format'] ?? '').toUpperCase(), records: Number(d['records'] ?? 0) });
    default: {
      const registry = typeof d['registry'] === 'string' ? registryName(c, ctx, d['registry']) : '';
      const records = Array.isArray(d['records']) ? d['records'].length : 0;
      const outcome = t(c, `ui.request.outcome.${String(d['outcome'] ?? '')}`, { records });
      return [`${registry}: ${outcome}`, typeof d['text'] === 'string' ? d['text'] : '', typeof d['reason'] === 'string' ? d['reason'] : ''].filter((part) => part !== '').join(' ');
    }
  }
}

/** The error summary: the items link to the inputs (`ids` by body field), a page message first. */
function summaryOf(c: Context<UiEnv>, sent: Sent, ids: Record<string, string>): { summary?: { title: string; items: Array<{ message: string; href?: string }> } } {
  const items = [
    ...(sent.message ? [{ message: sent.message }] : []),
    ...(sent.errors ?? []).map((error) => ({ message: error.message, ...(error.field && ids[error.field] ? { href: `#${ids[error.field]}` } : {}) })),
  ];
  return items.length > 0 ? { summary: { title: t(c, 'ui.form.errors', { count: items.length }), items } } : {};
}

/** "Myöhässä" / "Erääntyy pian" in words (the style only repeats it). */
function dueTag(c: Context<UiEnv>, request: RequestView): { tag?: { text: string; late: boolean } } {
  if (request.overdue) return { tag: { text: t(c, 'ui.requests.overdue'), late: true } };
  if (request.dueSoon) return { tag: { text: t(c, 'ui.requests.due-soon'), late: false } };
  return {};
}

function kindName(c: Context<UiEnv>, kind: string): string {
  return translate(API_MESSAGES, `api.request-kind.${kind}`, langOf(c));
}

function registryName(c: Context<UiEnv>, ctx: UiContext, id: string): string {
  const registry = ctx.engine.operations.registries.get(id);
  return registry ? textIn(registry.name, langOf(c)) : id;
}

/** The list shows only the birth date part of the code: enough to tell requests apart, no more. */
function maskedCode(code: string): string {
  return `${code.slice(0, 7)}****`;
}

/** `2.3.2026` (as people type a date) or `2026-03-02`; anything else as typed, for the operation to refuse. */
export function isoDate(text: string): string {
  const trimmed = text.trim();
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  return finnish ? `${finnish[3]}-${finnish[2]!.padStart(2, '0')}-${finnish[1]!.padStart(2, '0')}` : trimmed;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function flashOf(c: Context<UiEnv>): { flash?: string } {
  const done = c.req.query('done');
  return done && /^[a-z-]{1,30}$/.test(done) && (done === 'created' || (STEPS as readonly string[]).includes(done)) ? { flash: t(c, `ui.request.done.${done}`) } : {};
}
