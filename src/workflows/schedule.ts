/**
 * The jobs a record should have now, from the model alone, and reconciliation of the `jobs` table
 * with them.
 *
 * - A lifecycle timer runs while the record is in the timer's `state`: due `after` the time it
 *   entered the state, or at the date in `from_field` (plus `after` if given). A timer without a
 *   period (a review on entry) is due when the record enters the state.
 * - An enforceable retention rule is due `keep` after its start: entering a state (the clock
 *   starts when the record enters the state and stops if it leaves it; entering it again starts
 *   it afresh), a date field, or the record's creation or last update.
 * Dates and durations: see `calendar.ts`. A rule whose start is missing (an empty date field, the
 * record in another state) has no job; a job it had is cancelled with the reason.
 */
import { parseDuration } from '../model/duration.js';
import type { EnforceableRetention, Registry, Timer } from '../model/types.js';
import type { OperationContext } from '../operations/context.js';
import { periodEnd } from './calendar.js';
import { needsArming } from './job-store.js';
import type { RecordFacts } from './record-facts.js';

/** A job the record should have. */
export interface DueJob {
  /** `timer:<id>` or `retention:<id>`. */
  rule: string;
  dueAt: string;
  /** The start of the current cycle (entering the state): a job that ran before it runs again. */
  since?: string;
}

/** Why a rule has no job for the record now (the outcome code of a cancelled job). */
export type NotDueReason = 'left-state' | 'field-empty' | 'record-deleted' | 'rule-removed';

export interface RecordSchedule {
  due: DueJob[];
  /** Rules of the model the record has no job for now, and why. */
  notDue: Map<string, NotDueReason>;
}

export const timerRule = (timer: Pick<Timer, 'id'>): string => `timer:${timer.id}`;
export const retentionRule = (rule: Pick<EnforceableRetention, 'id'>): string => `retention:${rule.id}`;

/** The enforceable retention rules of a registry. */
export function enforceableRules(registry: Registry): EnforceableRetention[] {
  return (registry.retention?.rules ?? []).filter((rule): rule is EnforceableRetention => rule.kind === 'enforceable');
}

/** What the model says the record's jobs are now. */
export function scheduleOf(registry: Registry, facts: RecordFacts): RecordSchedule {
  const due: DueJob[] = [];
  const notDue = new Map<string, NotDueReason>();
  const add = (rule: string, start: string | undefined, period: string | undefined, since: string | undefined, missing: NotDueReason) => {
    const duration = period === undefined ? undefined : parseDuration(period);
    const end = start === undefined || (period !== undefined && !duration) ? undefined : periodEnd(start, duration);
    if (!end) notDue.set(rule, missing);
    else due.push({ rule, dueAt: end.toISOString(), ...(since === undefined ? {} : { since }) });
  };
  for (const timer of registry.lifecycle?.timers ?? []) {
    const rule = timerRule(timer);
    if (facts.state !== timer.state) {
      notDue.set(rule, 'left-state');
      continue;
    }
    const start = timer.fromField !== undefined ? dateValue(facts.values[timer.fromField]) : facts.enteredAt;
    add(rule, start, timer.after, facts.enteredAt, 'field-empty');
  }
  for (const retention of enforceableRules(registry)) {
    const rule = retentionRule(retention);
    const from = retention.from;
    if ('state' in from) {
      if (facts.state !== from.state) notDue.set(rule, 'left-state');
      else add(rule, facts.enteredAt, retention.keep, facts.enteredAt, 'field-empty');
    } else if ('field' in from) {
      add(rule, dateValue(facts.values[from.field]), retention.keep, undefined, 'field-empty');
    } else {
      add(rule, from.event === 'created' ? facts.createdAt : facts.updatedAt, retention.keep, undefined, 'field-empty');
    }
  }
  return { due, notDue };
}

function dateValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A job that has not ended and is not running: reconciliation may cancel it. */
function cancellable(job: { status: string }): boolean {
  return job.status === 'pending' || job.status === 'failed' || job.status === 'blocked' || job.status === 'review';
}

/** What a reconciliation changed. */
export interface ReconcileSummary {
  created: number;
  rearmed: number;
  cancelled: number;
}

/**
 * Brings the record's jobs in line with the model: arms the jobs it should have, cancels the
 * ones whose rule no longer applies (the record left the state, the field was cleared, the record
 * was deleted, the rule was removed). Synchronous; safe to run any number of times.
 */
export function reconcileRecordJobs(context: OperationContext, registryId: string, recordId: string): ReconcileSummary {
  const summary: ReconcileSummary = { created: 0, rearmed: 0, cancelled: 0 };
  const registry = context.registries.get(registryId);
  const jobs = context.workflows.jobs;
  const existing = jobs.list({ registry: registryId, recordId, statuses: ['pending', 'failed', 'blocked', 'review', 'done', 'cancelled'] });
  const facts = registry ? context.workflows.facts.one(registry, recordId) : undefined;
  const now = context.clock().toISOString();
  const schedule = registry && facts ? scheduleOf(registry, facts) : { due: [], notDue: new Map<string, NotDueReason>() };
  for (const job of schedule.due) {
    const result = jobs.arm(registryId, recordId, job.rule, job.dueAt, job.since, now);
    if (result !== 'unchanged') summary[result] += 1;
  }
  const dueRules = new Set(schedule.due.map((job) => job.rule));
  for (const job of existing) {
    if (dueRules.has(job.rule)) continue;
    const reason: NotDueReason = !facts ? 'record-deleted' : (schedule.notDue.get(job.rule) ?? 'rule-removed');
    if (jobs.cancel(job.id, reason, now)) summary.cancelled += 1;
  }
  return summary;
}

/**
 * Reconciles every record of every registry: run at start-up, it catches up records written
 * while their jobs were missing (a crash between a write and its reconciliation, a changed
 * definition) and cancels jobs of records that are gone. One read of the records' schedule facts
 * and of the jobs per registry; the changes are written in one transaction per registry.
 */
export function reconcileAll(context: OperationContext): ReconcileSummary {
  const summary: ReconcileSummary = { created: 0, rearmed: 0, cancelled: 0 };
  const jobs = context.workflows.jobs;
  const now = context.clock().toISOString();
  for (const registry of context.registries.values()) {
    const rules = new Set([...(registry.lifecycle?.timers ?? []).map(timerRule), ...enforceableRules(registry).map(retentionRule)]);
    const live = jobs.keys(registry.id);
    // A registry without timers or enforceable rules, and no jobs: nothing to read.
    if (rules.size === 0 && live.length === 0) continue;
    const all = context.workflows.facts.all(registry);
    const byKey = new Map(live.map((job) => [`${job.recordId}\u0000${job.rule}`, job]));
    const records = new Set<string>();
    jobs.batch(() => {
      for (const facts of all) {
        records.add(facts.id);
        const schedule = scheduleOf(registry, facts);
        const dueRules = new Set<string>();
        for (const due of schedule.due) {
          dueRules.add(due.rule);
          const job = byKey.get(`${facts.id}\u0000${due.rule}`);
          // Skip the write when nothing would change (the common case at every start).
          if (job && !needsArming(job, due.dueAt, due.since)) continue;
          const result = jobs.arm(registry.id, facts.id, due.rule, due.dueAt, due.since, now);
          if (result !== 'unchanged') summary[result] += 1;
        }
        for (const [rule, reason] of schedule.notDue) {
          const job = byKey.get(`${facts.id}\u0000${rule}`);
          if (job && cancellable(job) && !dueRules.has(rule) && jobs.cancel(job.id, reason, now)) summary.cancelled += 1;
        }
      }
      for (const job of live) {
        if (!cancellable(job)) continue;
        if (!records.has(job.recordId)) {
          if (jobs.cancel(job.id, 'record-deleted', now)) summary.cancelled += 1;
        } else if (!rules.has(job.rule) && jobs.cancel(job.id, 'rule-removed', now)) {
          summary.cancelled += 1;
        }
      }
    });
  }
  // Jobs of a registry no longer loaded are left alone: it may be loaded again.
  return summary;
}

/**
 * `OperationContext.recordChanged`: reconciles the record's jobs and never throws — a failure
 * here must not fail the write that already happened; the next start's `reconcileAll` catches up.
 */
export function followRecord(context: OperationContext, registryId: string, recordId: string): void {
  try {
    reconcileRecordJobs(context, registryId, recordId);
  } catch {
    // Caught up by the next reconcileAll.
  }
}
