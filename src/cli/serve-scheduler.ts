/**
 * The scheduler of `seloste serve`: runs the due timers and retention jobs every minute and logs
 * what happened — a summary when something ran, a line per failed or blocked job, and a run that
 * failed as a whole — without ever taking the server down.
 */
import type { Engine } from '../engine/engine.js';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { RETENTION_CLI_MESSAGES } from '../i18n/retention-messages.js';
import { startScheduler, type SchedulerHandle } from '../workflows/scheduler.js';
import type { CliIo } from './io.js';
import { oneLine, printSummary } from './tick.js';

export function startServeScheduler(engine: Engine, lang: Lang, io: CliIo, intervalMs = 60_000): SchedulerHandle {
  const t = (key: string, params: MessageParams = {}) => translate(RETENTION_CLI_MESSAGES, key, lang, params);
  return startScheduler(engine.operations, {
    intervalMs,
    onRun: (summary) => {
      if (summary.ran + summary.failed + summary.blocked + summary.cancelled + summary.review === 0) return;
      printSummary(summary, io, t);
    },
    onError: (cause) => io.err(t('tick.run-failed', { reason: oneLine(cause instanceof Error ? cause.message : String(cause)) })),
  });
}
