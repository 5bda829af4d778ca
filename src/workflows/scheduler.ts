/**
 * The scheduler: runs the jobs that are due. Used by `seloste tick` (cron), `seloste retention`
 * and every minute inside `seloste serve`.
 *
 * - Jobs are claimed atomically with a lease (`JobStore.claim`), so two schedulers — two
 *   processes on one database file, or two calls in one process — never run one job twice; a
 *   scheduler that died mid-job leaves a lease that expires and the job is taken again.
 * - Before running, the job is checked against the record as it is now: a record deleted
 *   meanwhile, or one that left the state or had its date cleared, cancels the job (with the
 *   reason as its outcome) and touches nothing else; a due time that moved reschedules it.
 * - A timer takes its transition (as `system`, entering the state at the job's due time, so a
 *   clock jump of a year runs chained timers in order: an expiry, then the review it leads to) or
 *   waits for a person's review (status `review`); a retention rule deletes or anonymizes
 *   (`eraseRecord`) or waits for review. A legal hold or a restriction blocks it (status
 *   `blocked`, the reason kept), checked again at every later run; it runs once the block ends.
 * - A failure counts an attempt, keeps a plain message (no personal data) for admins and is
 *   retried with exponential backoff.
 * Runs until nothing is due (bounded), so one tick catches up any downtime; a second tick right
 * after changes nothing.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import type { Registry } from '../model/types.js';
import type { Caller, OperationContext } from '../operations/context.js';
import { OperationError } from '../operations/errors.js';
import { transitionRecord } from '../operations/transitions.js';
import { eraseRecord, erasureBlock } from './erasure.js';
import type { ClaimedJob, ClaimScope, JobStatus } from './job-store.js';
import { enforceableRules, scheduleOf } from './schedule.js';

/** How long a claim is held before another scheduler may take the job over. */
export const LEASE_MS = 10 * 60 * 1000;
/** A blocked job is checked again at the next run after this. */
export const BLOCKED_RECHECK_MS = 60 * 1000;
/** Backoff of failures: one minute, doubling, at most a day. */
const BACKOFF_BASE_MS = 60 * 1000;
const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;
const MAX_ERROR_LENGTH = 500;

export interface RunOptions {
  /** Default: the context's clock. */
  now?: Date;
  /** Who claims (default: host, process and a random part). */
  worker?: string;
  /** Most jobs run in one call (default 10,000). */
  limit?: number;
  /** Only timers or only retention jobs. */
  kind?: 'timer' | 'retention';
}

/** One job's run. */
export interface JobRun {
  id: number;
  registry: string;
  recordId: string;
  rule: string;
  status: JobStatus;
  outcome?: string;
  /** The failure's message or what blocks the job. */
  message?: string;
}

export interface RunSummary {
  ran: number;
  failed: number;
  blocked: number;
  cancelled: number;
  review: number;
  runs: JobRun[];
}

/** What a timer does: the system as the actor, no roles. */
const SYSTEM: Caller = { actor: 'system', roles: new Map(), lang: 'fi' };

/** A worker id for this process. */
export function workerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Runs the due jobs until none is left (or `limit`); see the module comment. */
export async function runDueJobs(context: OperationContext, options: RunOptions = {}): Promise<RunSummary> {
  const worker = options.worker ?? workerId();
  const limit = options.limit ?? 10_000;
  const summary: RunSummary = { ran: 0, failed: 0, blocked: 0, cancelled: 0, review: 0, runs: [] };
  const scope: ClaimScope = { registries: [...context.registries.keys()], ...(options.kind ? { kind: options.kind } : {}) };
  // A fixed "now" for the whole run: a job postponed in it is not taken again in it.
  const now = options.now ?? context.clock();
  const nowIso = now.toISOString();
  const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  let taken = 0;
  while (taken < limit) {
    const batch = context.workflows.jobs.claim(nowIso, worker, leaseUntil, Math.min(100, limit - taken), scope);
    if (batch.length === 0) break;
    taken += batch.length;
    for (const job of batch) {
      const run = await runJob(context, job, now, worker);
      summary.runs.push(run);
      if (run.status === 'done') summary.ran += 1;
      else if (run.status === 'failed') summary.failed += 1;
      else if (run.status === 'blocked') summary.blocked += 1;
      else if (run.status === 'cancelled') summary.cancelled += 1;
      else if (run.status === 'review') summary.review += 1;
    }
  }
  return summary;
}

async function runJob(context: OperationContext, job: ClaimedJob, now: Date, worker: string): Promise<JobRun> {
  const jobs = context.workflows.jobs;
  const nowIso = now.toISOString();
  const base = { id: job.id, registry: job.registry, recordId: job.recordId, rule: job.rule };
  const end = (status: 'done' | 'cancelled' | 'review', outcome: string): JobRun => {
    jobs.finish(job.id, worker, status, outcome, nowIso);
    return { ...base, status, outcome };
  };
  const registry = context.registries.get(job.registry)!;
  try {
    // The record as it is now: the job may no longer apply.
    const facts = context.workflows.facts.one(registry, job.recordId);
    if (!facts) return end('cancelled', 'record-deleted');
    const schedule = scheduleOf(registry, facts);
    const due = schedule.due.find((candidate) => candidate.rule === job.rule);
    if (!due) return end('cancelled', schedule.notDue.get(job.rule) ?? 'rule-removed');
    if (due.dueAt > nowIso) {
      // Its start moved (the date was changed): not due yet; armed again for the new time.
      jobs.finish(job.id, worker, 'cancelled', 'rescheduled', nowIso);
      jobs.arm(job.registry, job.recordId, job.rule, due.dueAt, due.since, nowIso);
      return { ...base, status: 'pending', outcome: 'rescheduled' };
    }
    const [kind, id] = splitRule(job.rule);
    if (kind === 'timer') return await runTimer(context, registry, job, id, base, end, now, worker);
    return await runRetention(context, registry, job, id, base, end, now, worker);
  } catch (cause) {
    const message = plainMessage(cause);
    const retryAt = new Date(now.getTime() + Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** job.attempts)).toISOString();
    jobs.postpone(job.id, worker, 'failed', message, retryAt, nowIso);
    auditJob(context, job, 'error', `failed:${kindOf(job.rule)}`);
    return { ...base, status: 'failed', message };
  }
}

type End = (status: 'done' | 'cancelled' | 'review', outcome: string) => JobRun;
type Base = Pick<JobRun, 'id' | 'registry' | 'recordId' | 'rule'>;

async function runTimer(context: OperationContext, registry: Registry, job: ClaimedJob, id: string, base: Base, end: End, now: Date, worker: string): Promise<JobRun> {
  const timer = registry.lifecycle?.timers.find((candidate) => candidate.id === id);
  if (!timer) return end('cancelled', 'rule-removed');
  if (timer.transition === undefined) {
    auditJob(context, job, 'ok', `review:${id}`);
    return end('review', 'review-due');
  }
  // A restriction of processing stops the transition too; checked here so that a blocked timer
  // is not refused (and audited) anew at every run.
  const restriction = context.workflows.restrictions.active(registry.id, job.recordId)[0];
  if (restriction) return block(context, job, base, 'restriction', restriction.reason, now, worker);
  await transitionRecord(context, SYSTEM, registry.id, job.recordId, timer.transition, { byTimer: { timer: timer.id, at: job.dueAt } });
  return end('done', 'transitioned');
}

async function runRetention(context: OperationContext, registry: Registry, job: ClaimedJob, id: string, base: Base, end: End, now: Date, worker: string): Promise<JobRun> {
  const rule = enforceableRules(registry).find((candidate) => candidate.id === id);
  if (!rule) return end('cancelled', 'rule-removed');
  if (rule.then === 'review') {
    const blocked = erasureBlock(context, registry.id, job.recordId);
    if (blocked) return block(context, job, base, blocked.by, blocked.detail, now, worker);
    auditJob(context, job, 'ok', `review:${id}`);
    return end('review', 'review-due');
  }
  const result = await eraseRecord(context, {
    registry: registry.id,
    recordId: job.recordId,
    actor: 'system',
    reason: `retention:${id}`,
    then: rule.then,
    ...(rule.category === undefined ? {} : { category: rule.category }),
  });
  if (result.outcome === 'blocked') return block(context, job, base, result.by, result.detail, now, worker);
  if (result.outcome === 'not-found') return end('cancelled', 'record-deleted');
  return end('done', result.outcome);
}

/** Keeps the job blocked with the reason; audited only when it becomes blocked, not at every re-check. */
function block(context: OperationContext, job: ClaimedJob, base: Base, by: 'legal-hold' | 'restriction', detail: string, now: Date, worker: string): JobRun {
  const nowIso = now.toISOString();
  context.workflows.jobs.postpone(job.id, worker, 'blocked', detail, new Date(now.getTime() + BLOCKED_RECHECK_MS).toISOString(), nowIso, by);
  if (job.claimedFrom !== 'blocked') auditJob(context, job, 'denied', by);
  return { ...base, status: 'blocked', outcome: by, message: detail };
}

function auditJob(context: OperationContext, job: ClaimedJob, outcome: 'ok' | 'denied' | 'error', reason: string): void {
  context.audit.append({ actor: 'system', action: 'job', outcome, registry: job.registry, records: [job.recordId], reason });
}

function splitRule(rule: string): ['timer' | 'retention', string] {
  const at = rule.indexOf(':');
  return [rule.slice(0, at) as 'timer' | 'retention', rule.slice(at + 1)];
}

function kindOf(rule: string): string {
  return splitRule(rule)[0];
}

/**
 * The failure as admins read it: an operation's refusal worded in Finnish (its parameters are ids
 * and names from the definition), else the error's own message; one line, bounded. Never a
 * stack trace, never field values (operations do not put values in their messages).
 */
export function plainMessage(cause: unknown): string {
  const text =
    cause instanceof OperationError ? translate(API_MESSAGES, cause.messageKey, 'fi', cause.params) : cause instanceof Error ? cause.message : String(cause);
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line || 'error';
}

/** The scheduler inside `seloste serve`: a run now and then every `intervalMs`. */
export interface SchedulerHandle {
  /** Stops the timer and waits for a run in progress to end (then the database may be closed). */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** Default 60 s. */
  intervalMs?: number;
  /** Told what each run did (only runs that did something). */
  onRun?: (summary: RunSummary) => void;
  /** Told when a run as a whole failed (the database was busy, …); the next run tries again. */
  onError?: (cause: unknown) => void;
}

/**
 * Runs the due jobs at once (catching up downtime) and every `intervalMs` after; a run still in
 * progress is not overlapped. The timer is `unref`ed (it never keeps the process alive), and
 * nothing it does can throw into the server: failures go to `onError`.
 */
export function startScheduler(context: OperationContext, options: SchedulerOptions = {}): SchedulerHandle {
  const worker = workerId();
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        const summary = await runDueJobs(context, { worker });
        if (summary.runs.length > 0) options.onRun?.(summary);
      } catch (cause) {
        try {
          options.onError?.(cause);
        } catch {
          // A failing logger must not take the server down either.
        }
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
