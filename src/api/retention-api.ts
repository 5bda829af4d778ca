/**
 * Timers (jobs), retention and legal holds: a record's holds (list, place, release) and upcoming
 * jobs, a registry's jobs for admins, and marking a review done. Handlers parse, call an
 * operation and shape the response. Responses may concern personal data (a hold's reason is
 * staff-written): `Cache-Control: no-store`.
 */
import { Hono, type Context } from 'hono';
import type { Registry } from '../model/types.js';
import type { OperationContext } from '../operations/context.js';
import { OperationError } from '../operations/errors.js';
import { markReviewed, recordJobs, registryJobs, ruleOf } from '../operations/jobs.js';
import { listHolds, placeHold, releaseHold, type LegalHold } from '../operations/legal-holds.js';
import type { Job } from '../workflows/job-store.js';
import { caller, integerParam, jsonBody, jsonBodyLimit, type ApiEnv } from './request.js';

const SMALL_BODY = 16 * 1024;

export function retentionApi(context: OperationContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const noStore = async (c: Context<ApiEnv>, next: () => Promise<void>) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };
  app.use('/api/registries/:id/records/:recordId/legal-holds', noStore);
  app.use('/api/registries/:id/records/:recordId/legal-holds/*', noStore);
  app.use('/api/registries/:id/records/:recordId/jobs', noStore);
  app.use('/api/registries/:id/jobs', noStore);
  app.use('/api/registries/:id/jobs/*', noStore);

  app.get('/api/registries/:id/records/:recordId/legal-holds', async (c) => {
    const holds = await listHolds(context, caller(c), c.req.param('id'), c.req.param('recordId'));
    return c.json({ items: holds.map(holdJson) });
  });

  app.post('/api/registries/:id/records/:recordId/legal-holds', jsonBodyLimit(SMALL_BODY), async (c) => {
    const who = caller(c);
    const body = await jsonBody(c);
    const reason = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)['reason'] : undefined;
    const hold = await placeHold(context, who, c.req.param('id'), c.req.param('recordId'), { reason });
    return c.json(holdJson(hold), 201);
  });

  app.post('/api/registries/:id/records/:recordId/legal-holds/:holdId/release', async (c) => {
    const who = caller(c);
    const hold = await releaseHold(context, who, c.req.param('id'), c.req.param('recordId'), idParam(c.req.param('holdId'), 'api.bad-hold-id'));
    return c.json(holdJson(hold));
  });

  app.get('/api/registries/:id/records/:recordId/jobs', async (c) => {
    const jobs = await recordJobs(context, caller(c), c.req.param('id'), c.req.param('recordId'));
    const registry = context.registries.get(c.req.param('id'))!;
    return c.json({ items: jobs.map((job) => jobJson(registry, job)) });
  });

  app.get('/api/registries/:id/jobs', (c) => {
    const who = caller(c);
    const limit = integerParam(c.req.query('limit'), 'limit');
    const view = c.req.query('view');
    const result = registryJobs(context, who, c.req.param('id'), { ...(view === undefined ? {} : { view }), ...(limit === undefined ? {} : { limit }) });
    const registry = context.registries.get(c.req.param('id'))!;
    return c.json({ view: result.view, counts: result.counts, items: result.items.map((job) => jobJson(registry, job)) });
  });

  app.post('/api/registries/:id/jobs/:jobId/reviewed', (c) => {
    const who = caller(c);
    const job = markReviewed(context, who, c.req.param('id'), idParam(c.req.param('jobId'), 'api.bad-job-id'));
    return c.json(jobJson(context.registries.get(job.registry)!, job));
  });

  return app;
}

/** A positive whole-number id from the path. */
function idParam(value: string, key: string): number {
  if (!/^[1-9]\d{0,14}$/.test(value)) throw new OperationError('bad-request', key);
  return Number(value);
}

export function holdJson(hold: LegalHold): Record<string, unknown> {
  return {
    id: hold.id,
    record: hold.recordId,
    reason: hold.reason,
    active: hold.endedAt === undefined,
    placed_by: hold.placedBy,
    placed_at: hold.placedAt,
    ...(hold.endedAt !== undefined ? { released_by: hold.endedBy, released_at: hold.endedAt } : {}),
  };
}

export function jobJson(registry: Registry, job: Job): Record<string, unknown> {
  const rule = ruleOf(registry, job.rule);
  return {
    id: job.id,
    record: job.recordId,
    rule: job.rule,
    ...(rule ? { kind: rule.kind, action: rule.action, ...(rule.transition ? { transition: rule.transition } : {}) } : {}),
    due_at: job.dueAt,
    status: job.status,
    attempts: job.attempts,
    ...(job.lastError !== undefined ? { last_error: job.lastError } : {}),
    ...(job.nextAttemptAt !== undefined && (job.status === 'failed' || job.status === 'blocked') ? { next_attempt_at: job.nextAttemptAt } : {}),
    ...(job.outcome !== undefined ? { outcome: job.outcome } : {}),
    ...(job.finishedAt !== undefined ? { finished_at: job.finishedAt } : {}),
  };
}
