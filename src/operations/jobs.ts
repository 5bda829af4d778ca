/**
 * Timers and retention jobs as staff see them. A record's upcoming jobs are shown to whoever may
 * read the record (what will happen to it, and when); the registry-wide list of jobs — due,
 * failed with their error, blocked with the reason, waiting for review — is for admins, the roles
 * with `view-audit`, who oversee how the register is kept. A review is marked done by anyone who
 * may change the registry's records. Jobs hold ids, rule ids, times and codes, never field values.
 */
import type { Registry } from '../model/types.js';
import type { Job, JobStatus } from '../workflows/job-store.js';
import { enforceableRules } from '../workflows/schedule.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit, authorize } from './records.js';

/** The lists of the admins' page and API: `due` is pending and already due. */
export const JOB_VIEWS = ['due', 'upcoming', 'failed', 'blocked', 'review', 'done', 'cancelled'] as const;
export type JobView = (typeof JOB_VIEWS)[number];

/** Statuses of jobs that have yet to run or finish (shown on the record). */
const OPEN: readonly JobStatus[] = ['pending', 'running', 'failed', 'blocked', 'review'];

export const DEFAULT_JOB_LIMIT = 100;
export const MAX_JOB_LIMIT = 1000;

/** A rule a job runs, as the model declares it (for names and what it does). */
export interface JobRule {
  kind: 'timer' | 'retention';
  id: string;
  /** What running it does. */
  action: 'transition' | 'review' | 'delete' | 'anonymize';
  /** The transition a timer takes. */
  transition?: string;
}

/** The model's rule of a job; undefined for a rule the definition no longer has. */
export function ruleOf(registry: Registry, rule: string): JobRule | undefined {
  const [kind, id] = [rule.slice(0, rule.indexOf(':')), rule.slice(rule.indexOf(':') + 1)];
  if (kind === 'timer') {
    const timer = registry.lifecycle?.timers.find((candidate) => candidate.id === id);
    if (!timer) return undefined;
    return timer.transition !== undefined ? { kind, id, action: 'transition', transition: timer.transition } : { kind, id, action: 'review' };
  }
  if (kind === 'retention') {
    const retention = enforceableRules(registry).find((candidate) => candidate.id === id);
    return retention ? { kind, id, action: retention.then } : undefined;
  }
  return undefined;
}

/** The record's open jobs (to run, failed, blocked, waiting for review), soonest first; needs read access. */
export async function recordJobs(context: OperationContext, caller: Caller, registryId: string, recordId: string): Promise<Job[]> {
  const { registry } = authorize(context, caller, registryId, 'read', (access) => access.read.size > 0, recordId);
  if (!(await context.store.get(registry.id, recordId))) {
    audit(context, caller, { action: 'read', outcome: 'not-found', registry: registry.id, records: [recordId], reason: 'jobs' });
    throw new OperationError('not-found', 'api.record-not-found', { id: recordId.slice(0, 100) });
  }
  audit(context, caller, { action: 'read', outcome: 'ok', registry: registry.id, records: [recordId], reason: 'jobs' });
  return context.workflows.jobs.list({ registry: registry.id, recordId, statuses: OPEN });
}

/** The registry's jobs in one view, with the count of each status; for `view-audit` roles. */
export function registryJobs(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  params: { view?: string; limit?: number },
): { view: JobView; items: Job[]; counts: Partial<Record<JobStatus | 'due', number>> } {
  const { registry } = authorize(context, caller, registryId, 'job', (access) => access.can.has('view-audit'));
  const view = (params.view ?? 'due') as JobView;
  if (!JOB_VIEWS.includes(view)) throw new OperationError('bad-request', 'api.bad-job-view', { view: String(params.view).slice(0, 40), views: JOB_VIEWS.join(', ') });
  const limit = params.limit ?? DEFAULT_JOB_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_JOB_LIMIT) throw new OperationError('bad-request', 'api.bad-limit', { max: MAX_JOB_LIMIT });
  const now = context.clock().toISOString();
  const jobs = context.workflows.jobs;
  const items =
    view === 'due'
      ? jobs.list({ registry: registry.id, statuses: ['pending'], dueBefore: now, limit })
      : view === 'upcoming'
        ? jobs.list({ registry: registry.id, statuses: ['pending'], dueAfter: now, limit })
        : jobs.list({ registry: registry.id, statuses: [view], limit });
  const counts: Partial<Record<JobStatus | 'due', number>> = { ...jobs.counts(registry.id, now) };
  audit(context, caller, { action: 'job', outcome: 'ok', registry: registry.id, reason: `list:${view}` });
  return { view, items, counts };
}

/** Marks a job waiting for review as reviewed (done); for roles that may change the registry's records. */
export function markReviewed(context: OperationContext, caller: Caller, registryId: string, jobId: number): Job {
  const { registry } = authorize(context, caller, registryId, 'review', (access) => access.write.size > 0);
  const job = Number.isSafeInteger(jobId) ? context.workflows.jobs.get(jobId) : undefined;
  if (!job || job.registry !== registry.id) {
    audit(context, caller, { action: 'review', outcome: 'not-found', registry: registry.id, reason: 'unknown-job' });
    throw new OperationError('not-found', 'api.job-not-found', { id: String(jobId).slice(0, 40) });
  }
  if (!context.workflows.jobs.reviewed(job.id, context.clock().toISOString())) {
    audit(context, caller, { action: 'review', outcome: 'conflict', registry: registry.id, records: [job.recordId], reason: 'not-in-review' });
    throw new OperationError('conflict', 'api.job-not-in-review', { id: job.id });
  }
  audit(context, caller, { action: 'review', outcome: 'ok', registry: registry.id, records: [job.recordId], reason: job.rule });
  return context.workflows.jobs.get(job.id)!;
}
