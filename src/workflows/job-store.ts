/**
 * Durable timers: the `jobs` table, one row per record and rule (`timer:<id>` or
 * `retention:<id>`). Reconciliation writes what the model says is due (`arm`) and cancels what
 * no longer applies (`cancel`); schedulers claim due jobs atomically (`claim`: an UPDATE that
 * only one of two racing schedulers can win, on one process or two sharing the file) and report
 * how they ended. Rows hold ids, rule ids, times, codes and plain error messages, never field
 * values. Synchronous, on the engine's database.
 */
import type { Db } from '../storage/database.js';

export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'blocked' | 'review' | 'cancelled';

export interface Job {
  id: number;
  registry: string;
  recordId: string;
  /** `timer:<id>` or `retention:<id>`. */
  rule: string;
  dueAt: string;
  /** The stay in the rule's state this job belongs to (when the record entered it). */
  since?: string;
  status: JobStatus;
  attempts: number;
  /** Why the last attempt failed or what blocks the job: a plain message, no personal data. */
  lastError?: string;
  /** A failed or blocked job is tried again from then on. */
  nextAttemptAt?: string;
  claimedBy?: string;
  claimedUntil?: string;
  /** How it ended, a machine code (`transitioned`, `erased`, `record-deleted`, `reviewed`…). */
  outcome?: string;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string;
}

/** A job as `claim` hands it out: now running, with the status it was claimed from. */
export interface ClaimedJob extends Job {
  claimedFrom: JobStatus;
}

export interface JobQuery {
  registry?: string;
  recordId?: string;
  statuses?: readonly JobStatus[];
  /** Only jobs of these rule kinds, e.g. `['retention']`. */
  kinds?: ReadonlyArray<'timer' | 'retention'>;
  /** Due at or before this time. */
  dueBefore?: string;
  /** Due after this time. */
  dueAfter?: string;
  limit?: number;
}

/** Which jobs a scheduler takes: those of loaded registries, optionally of one kind only. */
export interface ClaimScope {
  registries?: readonly string[];
  kind?: 'timer' | 'retention';
}

/** What `arm` did. */
export type ArmResult = 'created' | 'rearmed' | 'unchanged';

export interface JobStore {
  get(id: number): Job | undefined;
  /** Jobs matching the query, the soonest due first. */
  list(query: JobQuery): Job[];
  /** How many jobs of the registry are in each status, and (`due`) how many pending ones are due at `now`. */
  counts(registry: string, now: string): Partial<Record<JobStatus | 'due', number>>;
  /**
   * Makes sure the record has this rule's job due at `dueAt`. A job already there is kept as it
   * is when its due time and cycle are the same and it was not cancelled (a failed or blocked
   * job keeps its attempts, a done one stays done); it is armed again (pending, attempts reset)
   * when the due time moved, when it was cancelled, or when `since` differs — the record entered
   * the rule's state again, a new cycle even when a date-field timer's date did not change. A
   * running job is never touched.
   */
  arm(registry: string, recordId: string, rule: string, dueAt: string, since: string | undefined, now: string): ArmResult;
  /** Cancels a job that has not ended (not running); false when there was none to cancel. */
  cancel(id: number, outcome: string, now: string): boolean;
  /**
   * Claims up to `limit` jobs due at `now` (pending, or failed/blocked whose next attempt is
   * due, or running with an expired lease), soonest first. Each is claimed with one UPDATE whose
   * WHERE repeats the condition: of two schedulers racing for a job exactly one changes the row.
   */
  claim(now: string, worker: string, leaseUntil: string, limit: number, scope?: ClaimScope): ClaimedJob[];
  /** Ends a job this worker holds; false when it lost the claim (lease expired and taken over). */
  finish(id: number, worker: string, status: 'done' | 'cancelled' | 'review', outcome: string, now: string): boolean;
  /**
   * A failure or a block: counts an attempt (a failure only), keeps the message and the code of
   * what blocks it (`legal-hold`, `restriction`) as its outcome, tries again at `retryAt`.
   */
  postpone(id: number, worker: string, status: 'failed' | 'blocked', message: string, retryAt: string, now: string, outcome?: string): boolean;
  /** Marks a review job done by a person; false when it is not waiting for review. */
  reviewed(id: number, now: string): boolean;
  /** Every job of the registry, only what reconciliation compares (no ordering). */
  keys(registry: string): Array<Pick<Job, 'id' | 'recordId' | 'rule' | 'dueAt' | 'since' | 'status'>>;
  /** Runs `work` (calls of this store) in one write transaction. */
  batch<T>(work: () => T): T;
  /** Makes the record's blocked jobs due again now (a hold on it was released). */
  wake(registry: string, recordId: string, now: string): number;
}

const COLUMNS = `id, registry, record_id AS recordId, rule, due_at AS dueAt, since, status, attempts, last_error AS lastError,
  next_attempt_at AS nextAttemptAt, claimed_by AS claimedBy, claimed_until AS claimedUntil, outcome,
  created_at AS createdAt, updated_at AS updatedAt, finished_at AS finishedAt`;

/** Statuses a job has ended in; `review` waits for a person but the timer has run. */
const ENDED = ['done', 'cancelled'];

export function createJobStore(db: Db): JobStore {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`);
  const byKey = db.prepare(`SELECT ${COLUMNS} FROM jobs WHERE registry = ? AND record_id = ? AND rule = ?`);
  const insert = db.prepare(
    "INSERT INTO jobs (registry, record_id, rule, due_at, since, status, attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
  );
  const rearm = db.prepare(
    `UPDATE jobs SET due_at = ?, since = ?, status = 'pending', attempts = 0, last_error = NULL, next_attempt_at = NULL, claimed_by = NULL,
       claimed_until = NULL, outcome = NULL, finished_at = NULL, updated_at = ? WHERE id = ? AND status <> 'running'`,
  );
  const cancel = db.prepare(
    `UPDATE jobs SET status = 'cancelled', outcome = ?, next_attempt_at = NULL, claimed_by = NULL, claimed_until = NULL, updated_at = ?, finished_at = ?
     WHERE id = ? AND status IN ('pending', 'failed', 'blocked', 'review')`,
  );
  const due = `((status = 'pending' AND due_at <= @now)
       OR (status IN ('failed', 'blocked') AND coalesce(next_attempt_at, due_at) <= @now)
       OR (status = 'running' AND claimed_until <= @now))`;
  const candidates = (scope: ClaimScope) =>
    db.prepare(
      `SELECT id, status FROM jobs WHERE ${due}${scope.kind ? ' AND rule LIKE @kind' : ''}${
        scope.registries ? ` AND registry IN (SELECT value FROM json_each(@registries))` : ''
      } ORDER BY due_at, id LIMIT @limit`,
    );
  // The WHERE repeats the due condition: the row changes only for the scheduler that wins it.
  const take = db.prepare(`UPDATE jobs SET status = 'running', claimed_by = @worker, claimed_until = @until, updated_at = @now WHERE id = @id AND ${due}`);
  const finish = db.prepare(
    `UPDATE jobs SET status = @status, outcome = @outcome, claimed_by = NULL, claimed_until = NULL, next_attempt_at = NULL,
       last_error = CASE WHEN @status = 'done' THEN NULL ELSE last_error END,
       updated_at = @now, finished_at = CASE WHEN @status = 'review' THEN NULL ELSE @now END
     WHERE id = @id AND status = 'running' AND claimed_by = @worker`,
  );
  const postpone = db.prepare(
    `UPDATE jobs SET status = @status, attempts = attempts + (CASE WHEN @status = 'failed' THEN 1 ELSE 0 END), last_error = @message,
       next_attempt_at = @retryAt, outcome = @outcome, claimed_by = NULL, claimed_until = NULL, updated_at = @now
     WHERE id = @id AND status = 'running' AND claimed_by = @worker`,
  );
  const reviewed = db.prepare(
    "UPDATE jobs SET status = 'done', outcome = 'reviewed', updated_at = ?, finished_at = ? WHERE id = ? AND status = 'review'",
  );
  const wake = db.prepare("UPDATE jobs SET next_attempt_at = ?, updated_at = ? WHERE registry = ? AND record_id = ? AND status = 'blocked'");
  const keys = db.prepare('SELECT id, record_id AS recordId, rule, due_at AS dueAt, since, status FROM jobs WHERE registry = ?');
  const counts = db.prepare(
    "SELECT status, count(*) AS n FROM jobs WHERE registry = @registry GROUP BY status UNION ALL SELECT 'due', count(*) FROM jobs WHERE registry = @registry AND status = 'pending' AND due_at <= @now",
  );

  const clean = (row: Record<string, unknown> | undefined): Job | undefined =>
    row ? (Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as unknown as Job) : undefined;

  const claimAll = db.transaction((now: string, worker: string, until: string, limit: number, scope: ClaimScope): ClaimedJob[] => {
    const found = candidates(scope).all({
      now,
      limit,
      ...(scope.kind ? { kind: `${scope.kind}:%` } : {}),
      ...(scope.registries ? { registries: JSON.stringify(scope.registries) } : {}),
    }) as Array<{ id: number; status: JobStatus }>;
    const claimed: ClaimedJob[] = [];
    for (const { id, status } of found) {
      if (take.run({ id, worker, until, now }).changes === 1) claimed.push({ ...clean(byId.get(id) as Record<string, unknown>)!, claimedFrom: status });
    }
    return claimed;
  });

  return {
    get: (id) => clean(byId.get(id) as Record<string, unknown> | undefined),
    list(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.registry !== undefined) {
        where.push('registry = ?');
        params.push(query.registry);
      }
      if (query.recordId !== undefined) {
        where.push('record_id = ?');
        params.push(query.recordId);
      }
      if (query.statuses !== undefined) {
        where.push(`status IN (${query.statuses.map(() => '?').join(', ') || 'NULL'})`);
        params.push(...query.statuses);
      }
      if (query.kinds !== undefined) {
        where.push(`(${query.kinds.map(() => 'rule LIKE ?').join(' OR ') || '0'})`);
        params.push(...query.kinds.map((kind) => `${kind}:%`));
      }
      if (query.dueBefore !== undefined) {
        where.push('due_at <= ?');
        params.push(query.dueBefore);
      }
      if (query.dueAfter !== undefined) {
        where.push('due_at > ?');
        params.push(query.dueAfter);
      }
      const sql = `SELECT ${COLUMNS} FROM jobs ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY due_at, id LIMIT ?`;
      return (db.prepare(sql).all(...params, query.limit ?? 1000) as Array<Record<string, unknown>>).map((row) => clean(row)!);
    },
    counts: (registry, now) => Object.fromEntries((counts.all({ registry, now }) as Array<{ status: JobStatus | 'due'; n: number }>).map((row) => [row.status, row.n])),
    arm(registry, recordId, rule, dueAt, since, now) {
      const job = clean(byKey.get(registry, recordId, rule) as Record<string, unknown> | undefined);
      if (!job) {
        insert.run(registry, recordId, rule, dueAt, since ?? null, now, now);
        return 'created';
      }
      if (job.status === 'running') return 'unchanged';
      if (!needsArming(job, dueAt, since)) return 'unchanged';
      return rearm.run(dueAt, since ?? null, now, job.id).changes === 1 ? 'rearmed' : 'unchanged';
    },
    cancel: (id, outcome, now) => cancel.run(outcome, now, now, id).changes === 1,
    claim: (now, worker, leaseUntil, limit, scope = {}) => claimAll.immediate(now, worker, leaseUntil, limit, scope),
    finish: (id, worker, status, outcome, now) => finish.run({ id, worker, status, outcome, now }).changes === 1,
    postpone: (id, worker, status, message, retryAt, now, outcome) =>
      postpone.run({ id, worker, status, message, retryAt, now, outcome: outcome ?? null }).changes === 1,
    reviewed: (id, now) => reviewed.run(now, now, id).changes === 1,
    keys: (registry) =>
      (keys.all(registry) as Array<{ id: number; recordId: string; rule: string; dueAt: string; since: string | null; status: JobStatus }>).map(({ since, ...job }) =>
        since === null ? job : { ...job, since },
      ),
    batch: (work) => db.transaction(work).immediate(),
    wake: (registry, recordId, now) => wake.run(now, now, registry, recordId).changes,
  };
}

/** Whether `arm` would change the job (see there). */
export function needsArming(job: Pick<Job, 'status' | 'dueAt' | 'since'>, dueAt: string, since: string | undefined): boolean {
  if (job.status === 'running') return false;
  return job.dueAt !== dueAt || job.status === 'cancelled' || (job.since ?? undefined) !== since;
}

/** Whether a job has ended (ran, or cancelled). */
export function jobEnded(job: Pick<Job, 'status'>): boolean {
  return ENDED.includes(job.status);
}
