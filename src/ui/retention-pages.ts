/**
 * Retention on the staff pages: the record page's "Säilytys" section (what is scheduled for the
 * record and when, its legal holds, and for the `legal-hold` roles the forms to place and release
 * one), and the admins' page of a registry's jobs (`/app/:registry/jobs`: due, upcoming, failed
 * with the error, blocked with the reason, waiting for review). Plain form posts with the
 * session's CSRF token; no JavaScript needed. A refused hold shows the record page again with
 * the reason in an error summary and the typed text kept.
 */
import { Hono, type Context } from 'hono';
import type { Access } from '../access/access.js';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import type { Registry } from '../model/types.js';
import { OperationError } from '../operations/errors.js';
import { JOB_VIEWS, markReviewed, registryJobs, ruleOf, type JobView } from '../operations/jobs.js';
import { MAX_HOLD_REASON, placeHold, releaseHold } from '../operations/legal-holds.js';
import type { RecordView } from '../operations/records.js';
import type { Job } from '../workflows/job-store.js';
import { formatDateTime, textIn } from './format-value.js';
import { operationErrorPage, recordPage } from './record-pages.js';
import { csrfOk, errorPage, formBodyLimit, langOf, postedForm, postedValue, render, shell, SMALL_BODY_LIMIT, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

const DONE = { placed: 'hold-placed', released: 'hold-released', reviewed: 'reviewed' } as const;

export function retentionPages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();

  app.get('/app/:registry/jobs', (c) => {
    const registry = ctx.engine.operations.registries.get(c.req.param('registry'));
    if (!registry) return errorPage(c, ctx, 404, t(c, 'ui.error.not-found'));
    const asked = c.req.query('view');
    const view: JobView = JOB_VIEWS.includes(asked as JobView) ? (asked as JobView) : 'due';
    let result;
    try {
      result = registryJobs(ctx.engine.operations, uiCaller(c), registry.id, { view, limit: 200 });
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    const lang = langOf(c);
    const name = textIn(registry.name, lang);
    const csrf = c.get('principal')?.csrfToken ?? '';
    const now = ctx.engine.clock().toISOString();
    return render(c, ctx, 'jobs', {
      ...shell(c, t(c, 'ui.jobs.title'), { breadcrumbs: [{ label: t(c, 'ui.home'), href: '/app' }, { label: name, href: `/app/${registry.id}` }, { label: t(c, 'ui.jobs.title') }] }),
      ...(c.req.query('done') === DONE.reviewed ? { flash: t(c, 'ui.retention.reviewed') } : {}),
      registryName: name,
      views: JOB_VIEWS.map((id) => ({
        label: t(c, `ui.jobs.view.${id}`, { count: viewCount(result.counts, id) }),
        href: `/app/${registry.id}/jobs?view=${id}`,
        current: id === view,
      })),
      caption: t(c, 'ui.jobs.caption', { view: t(c, `ui.jobs.view.${view}`, { count: result.items.length }), registry: name }),
      showError: view === 'failed' || view === 'blocked',
      rows: result.items.map((job) => ({
        ...jobRow(c, registry, job, now),
        recordHref: `/app/${registry.id}/${job.recordId}`,
        recordLabel: t(c, 'ui.jobs.open-record', { id: job.recordId.slice(0, 8) }),
        ...(job.status === 'review' ? { review: { action: `/app/${registry.id}/jobs/${job.id}/reviewed`, csrf, back: 'jobs' } } : {}),
      })),
    });
  });

  app.post('/app/:registry/jobs/:jobId/reviewed', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return errorPage(c, ctx, 403, t(c, 'ui.form.expired'));
    const registryId = c.req.param('registry');
    const raw = c.req.param('jobId');
    let job: Job;
    try {
      if (!/^[1-9]\d{0,14}$/.test(raw)) throw new OperationError('not-found', 'api.job-not-found', { id: raw.slice(0, 40) });
      job = markReviewed(ctx.engine.operations, uiCaller(c), registryId, Number(raw));
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    // Back to where the button was: the record page, or the jobs page.
    const back = postedValue(posted, 'back') === 'record' ? `/app/${registryId}/${job.recordId}` : `/app/${registryId}/jobs?view=review`;
    return c.redirect(`${back}${back.includes('?') ? '&' : '?'}done=${DONE.reviewed}`, 303);
  });

  app.post('/app/:registry/:id/legal-holds', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return errorPage(c, ctx, 403, t(c, 'ui.form.expired'));
    const registryId = c.req.param('registry');
    const id = c.req.param('id');
    const reason = postedValue(posted, 'reason') ?? '';
    try {
      await placeHold(ctx.engine.operations, uiCaller(c), registryId, id, { reason });
    } catch (cause) {
      if (cause instanceof OperationError && cause.kind === 'invalid') {
        const message = translate(API_MESSAGES, cause.messageKey, langOf(c), cause.params);
        // The typed text is kept (bounded), so nothing written is lost.
        return recordPage(c, ctx, { holdSummary: { title: t(c, 'ui.hold.error-title'), items: [{ message, href: '#hold-reason' }] }, holdError: message, holdReason: reason.slice(0, 4 * MAX_HOLD_REASON) }, 422);
      }
      return operationErrorPage(c, ctx, cause);
    }
    return c.redirect(`/app/${registryId}/${id}?done=${DONE.placed}#retention`, 303);
  });

  app.post('/app/:registry/:id/legal-holds/:holdId/release', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return errorPage(c, ctx, 403, t(c, 'ui.form.expired'));
    const registryId = c.req.param('registry');
    const id = c.req.param('id');
    const raw = c.req.param('holdId');
    try {
      await releaseHold(ctx.engine.operations, uiCaller(c), registryId, id, /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : Number.NaN);
    } catch (cause) {
      return operationErrorPage(c, ctx, cause);
    }
    return c.redirect(`/app/${registryId}/${id}?done=${DONE.released}#retention`, 303);
  });

  return app;
}

/**
 * The record page's "Säilytys" section (`retention`) and its notice after a hold was placed or
 * released or a review marked done (`flash`). The page's read of the record is the audited one;
 * the jobs and holds shown are that record's.
 */
export function retentionSection(c: Context<UiEnv>, ctx: UiContext, registry: Registry, record: RecordView, access: Access): { retention: Record<string, unknown>; flash?: string } {
  const context = ctx.engine.operations;
  const lang = langOf(c);
  const csrf = c.get('principal')?.csrfToken ?? '';
  const now = ctx.engine.clock().toISOString();
  const jobs = context.workflows.jobs.list({ registry: registry.id, recordId: record.id, statuses: ['pending', 'running', 'failed', 'blocked', 'review'] });
  const holds = context.workflows.holds.history(registry.id, record.id).reverse();
  const canHold = access.can.has('legal-hold');
  const done = c.req.query('done');
  const flash = done === DONE.placed ? t(c, 'ui.hold.placed') : done === DONE.released ? t(c, 'ui.hold.released') : done === DONE.reviewed ? t(c, 'ui.retention.reviewed') : undefined;
  return {
    ...(flash ? { flash } : {}),
    retention: {
      jobs: jobs.map((job) => ({
        ...jobRow(c, registry, job, now),
        ...(job.status === 'review' && access.write.size > 0 ? { review: { action: `/app/${registry.id}/jobs/${job.id}/reviewed`, csrf, back: 'record' } } : {}),
      })),
      holds: holds.map((hold) => ({
        reason: hold.reason,
        active: hold.endedAt === undefined,
        when:
          hold.endedAt === undefined
            ? t(c, 'ui.hold.active', { placed: formatDateTime(hold.placedAt, lang), by: hold.placedBy })
            : t(c, 'ui.hold.ended', { placed: formatDateTime(hold.placedAt, lang), ended: formatDateTime(hold.endedAt, lang), by: hold.placedBy, endedBy: hold.endedBy ?? '' }),
        ...(canHold && hold.endedAt === undefined ? { release: { action: `/app/${registry.id}/${record.id}/legal-holds/${hold.id}/release`, csrf } } : {}),
      })),
      ...(canHold ? { place: { action: `/app/${registry.id}/${record.id}/legal-holds`, csrf, max: MAX_HOLD_REASON } } : {}),
      ...(access.can.has('view-audit') ? { jobsHref: `/app/${registry.id}/jobs` } : {}),
    },
  };
}

/** How many jobs a view holds, from the counts by status. */
function viewCount(counts: Partial<Record<string, number>>, view: JobView): number {
  if (view === 'upcoming') return (counts['pending'] ?? 0) - (counts['due'] ?? 0);
  return counts[view] ?? 0;
}

/** A job as a table row: when, which rule, what it does, where it stands. */
function jobRow(c: Context<UiEnv>, registry: Registry, job: Job, now: string): Record<string, string> {
  const lang = langOf(c);
  const rule = ruleOf(registry, job.rule);
  const [kind, id] = [job.rule.slice(0, job.rule.indexOf(':')), job.rule.slice(job.rule.indexOf(':') + 1)];
  const transition = rule?.transition ? registry.lifecycle?.transitions.find((candidate) => candidate.id === rule.transition) : undefined;
  const what = !rule
    ? t(c, 'ui.retention.action.unknown')
    : rule.action === 'transition'
      ? t(c, 'ui.retention.action.transition', { transition: transition ? textIn(transition.name, lang) : (rule.transition ?? '') })
      : t(c, `ui.retention.action.${rule.action}`);
  const status =
    job.status === 'pending' && job.dueAt <= now
      ? t(c, 'ui.retention.status.due')
      : job.status === 'failed'
        ? t(c, 'ui.retention.status.failed', { attempts: job.attempts, retry: formatDateTime(job.nextAttemptAt ?? job.dueAt, lang) })
        : job.status === 'blocked' && (job.outcome === 'legal-hold' || job.outcome === 'restriction')
          ? t(c, `ui.retention.blocked-by.${job.outcome}`, { detail: job.lastError ?? '' })
          : t(c, `ui.retention.status.${job.status}`);
  return {
    id: `job-${job.id}`,
    when: formatDateTime(job.dueAt, lang),
    rule: kind === 'timer' || kind === 'retention' ? t(c, `ui.retention.kind.${kind}`, { id }) : job.rule,
    what,
    status,
    ...(job.status === 'failed' && job.lastError ? { error: job.lastError } : {}),
    ...(job.outcome && job.status !== 'blocked' ? { outcome: t(c, `ui.jobs.outcome.${job.outcome}`) } : {}),
  };
}
