/**
 * `seloste retention --dry-run [paths] [--db FILE] [--until DATE] [--format json]`: lists, per
 * registry, the timers and retention jobs due by `--until` (default: now) — when, under which
 * rule, what they would do, for which record id (never the record's data) — with the failed and
 * blocked ones and why. Changes nothing but the schedule itself (reconciled with the records at
 * start). Without `--dry-run` it runs the due retention jobs (not the timers: `seloste tick` runs
 * everything) and prints what happened; exit 1 when one failed.
 */
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { RETENTION_CLI_MESSAGES } from '../i18n/retention-messages.js';
import { ruleOf } from '../operations/jobs.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import type { Job } from '../workflows/job-store.js';
import { periodEnd, wallClock } from '../workflows/calendar.js';
import { runDueJobs } from '../workflows/scheduler.js';
import { erasureBlock } from '../workflows/erasure.js';
import type { OperationContext } from '../operations/context.js';
import type { CliIo } from './io.js';
import { loadRegistries } from './load-registries.js';
import { oneLine, openExisting, printSummary } from './tick.js';

export interface RetentionOptions {
  paths: string[];
  db: string;
  lang: Lang;
  dryRun: boolean;
  /** A date `YYYY-MM-DD`: list what is due by the end of that day (Helsinki time). */
  until?: string | undefined;
  format: 'text' | 'json';
}

/** A job in the dry run's list. */
export interface DueItem {
  record: string;
  rule: string;
  action?: string;
  transition?: string;
  due_at: string;
  status: string;
  attempts?: number;
  blocked_by?: string;
  detail?: string;
}

export async function runRetention(options: RetentionOptions, io: CliIo, clock: Clock = systemClock): Promise<number> {
  const t = (key: string, params: MessageParams = {}) => translate(RETENTION_CLI_MESSAGES, key, options.lang, params);
  const now = clock();
  let until = now;
  if (options.until !== undefined) {
    // The whole day counts: "by 31.12." includes what falls due during that day.
    const end = /^\d{4}-\d{2}-\d{2}$/.test(options.until) ? periodEnd(options.until, undefined) : undefined;
    if (!end) {
      io.err(t('retention.bad-until', { value: oneLine(options.until).slice(0, 40) }));
      return 2;
    }
    until = new Date(end.getTime() - 1);
  }
  const registries = loadRegistries(options.paths, options.lang, io);
  if (!registries) return 1;
  const engine = openExisting(registries, options.db, options.lang, io, clock);
  if (!engine) return 2;
  try {
    if (!options.dryRun) {
      const summary = await runDueJobs(engine.operations, { now, kind: 'retention' });
      printSummary(summary, io, t);
      return summary.failed > 0 ? 1 : 0;
    }
    const jobs = engine.operations.workflows.jobs;
    const untilIso = until.toISOString();
    const listed = registries.map((registry) => {
      const due = [
        ...jobs.list({ registry: registry.id, statuses: ['pending', 'running'], dueBefore: untilIso, limit: Number.MAX_SAFE_INTEGER }),
        ...jobs.list({ registry: registry.id, statuses: ['failed', 'blocked', 'review'], limit: Number.MAX_SAFE_INTEGER }),
      ].sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id - b.id));
      return {
        registry: registry.id,
        jobs: due.map((job) => {
          const rule = ruleOf(registry, job.rule);
          // What would block it if it ran now (a hold placed since the last run, say).
          const block = job.status === 'pending' || job.status === 'failed' ? wouldBlock(engine.operations, registry.id, job, rule) : undefined;
          return { ...item(job, rule), ...(block ? { status: 'blocked', blocked_by: block.by, detail: oneLine(block.detail) } : {}) };
        }),
      };
    });
    const total = listed.reduce((sum, entry) => sum + entry.jobs.length, 0);
    const blocked = listed.reduce((sum, entry) => sum + entry.jobs.filter((job) => job.status === 'blocked').length, 0);
    if (options.format === 'json') {
      io.out(JSON.stringify({ until: untilIso, total, blocked, registries: listed }, null, 2));
      return 0;
    }
    // People read Finnish time; the JSON keeps UTC instants for tools.
    const untilText = `${finnishTime(untilIso)} ${t('retention.finnish-time')}`;
    if (total === 0) {
      io.out(t('retention.nothing', { until: untilText }));
      return 0;
    }
    for (const entry of listed) {
      io.out(t('retention.heading', { registry: entry.registry }));
      if (entry.jobs.length === 0) io.out(t('retention.registry-nothing'));
      for (const job of entry.jobs) {
        const what = job.action === undefined ? job.rule : t(`retention.what.${job.action}`, { transition: job.transition ?? '' });
        const status =
          job.status === 'blocked'
            ? t('retention.status.blocked', { detail: job.detail ?? '' })
            : job.status === 'failed'
              ? t('retention.status.failed', { attempts: job.attempts ?? 0, detail: job.detail ?? '' })
              : job.status === 'review'
                ? t('retention.status.review')
                : '';
        io.out(t('retention.line', { due: finnishTime(job.due_at), rule: job.rule, what, record: job.record, status }));
      }
    }
    io.out(t('retention.total', { until: untilText, count: total, blocked }));
    return 0;
  } finally {
    engine.close();
  }
}

/** A legal hold (deletion, anonymization) or a restriction (anything) in force on the job's record. */
/** `YYYY-MM-DD HH:MM` of an instant in Finnish time. */
function finnishTime(iso: string): string {
  return new Date(wallClock(Date.parse(iso))).toISOString().slice(0, 16).replace('T', ' ');
}

function wouldBlock(context: OperationContext, registry: string, job: Job, rule: ReturnType<typeof ruleOf>): { by: string; detail: string } | undefined {
  if (rule?.action === 'delete' || rule?.action === 'anonymize') return erasureBlock(context, registry, job.recordId);
  const restriction = context.workflows.restrictions.active(registry, job.recordId)[0];
  return restriction ? { by: 'restriction', detail: restriction.reason } : undefined;
}

function item(job: Job, rule: ReturnType<typeof ruleOf>): DueItem {
  return {
    record: job.recordId,
    rule: job.rule,
    ...(rule ? { action: rule.action, ...(rule.transition ? { transition: rule.transition } : {}) } : {}),
    due_at: job.dueAt,
    status: job.status,
    ...(job.status === 'failed' ? { attempts: job.attempts } : {}),
    ...(job.status === 'blocked' && job.outcome ? { blocked_by: job.outcome } : {}),
    ...((job.status === 'blocked' || job.status === 'failed') && job.lastError ? { detail: oneLine(job.lastError) } : {}),
  };
}
