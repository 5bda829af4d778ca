/**
 * `seloste tick [paths] [--db FILE]`: runs the timers and retention jobs that are due, once, with
 * the system clock — for cron, next to or instead of the scheduler inside `seloste serve` (two at
 * once are safe: each job is claimed by one). Prints a summary and each failed or blocked job
 * (record ids and rule ids only); exit 0, or 1 when a job failed. The database must exist: a
 * typo in the path must not create an empty database and report that nothing was due.
 */
import { statSync } from 'node:fs';
import { startEngine, type Engine } from '../engine/engine.js';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { RETENTION_CLI_MESSAGES } from '../i18n/retention-messages.js';
import type { Registry } from '../model/types.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import { runDueJobs, type RunSummary } from '../workflows/scheduler.js';
import { startFailure } from './engine-messages.js';
import type { CliIo } from './io.js';
import { loadRegistries } from './load-registries.js';

export interface TickOptions {
  paths: string[];
  db: string;
  lang: Lang;
}

export async function runTick(options: TickOptions, io: CliIo, clock: Clock = systemClock): Promise<number> {
  const t = (key: string, params: MessageParams = {}) => translate(RETENTION_CLI_MESSAGES, key, options.lang, params);
  const registries = loadRegistries(options.paths, options.lang, io);
  if (!registries) return 1;
  const engine = openExisting(registries, options.db, options.lang, io, clock);
  if (!engine) return 2;
  try {
    const summary = await runDueJobs(engine.operations, { now: clock() });
    printSummary(summary, io, t);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    engine.close();
  }
}

/** The summary line, a line per blocked job, and one per failed job on standard error. */
export function printSummary(summary: RunSummary, io: CliIo, t: (key: string, params?: MessageParams) => string): void {
  for (const run of summary.runs) {
    if (run.status !== 'failed' && run.status !== 'blocked') continue;
    const line = t(run.status === 'failed' ? 'tick.failed' : 'tick.blocked', { registry: run.registry, record: run.recordId, rule: run.rule, message: oneLine(run.message ?? '') });
    if (run.status === 'failed') io.err(line);
    else io.out(line);
  }
  io.out(t('tick.summary', { ran: summary.ran, review: summary.review, failed: summary.failed, blocked: summary.blocked, cancelled: summary.cancelled }));
}

/** An engine on an existing database file, or undefined after saying why not. */
export function openExisting(registries: readonly Registry[], path: string, lang: Lang, io: CliIo, clock: Clock): Engine | undefined {
  if (!isFile(path)) {
    io.err(translate(RETENTION_CLI_MESSAGES, 'retention.no-database', lang, { path: oneLine(path) }));
    return undefined;
  }
  try {
    return startEngine({ registries, db: path, clock });
  } catch (cause) {
    const lines = startFailure(cause, lang);
    if (!lines) throw cause;
    for (const line of lines) io.err(line);
    return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return path !== '' && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Text for a terminal: no control characters (a hold's reason is staff-written). */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}
