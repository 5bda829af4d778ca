/**
 * `seloste audit verify | list`: checks the audit log's hash chain, or lists its entries for staff
 * who investigate who handled a person's data. The database must exist already: opening a missing
 * file would create an empty database, and an empty log verifies as intact — the one answer that
 * must never come from a typo in a path. Reading the log is itself logged (`audit-read`), since
 * the entries name people and their records.
 */
import { statSync } from 'node:fs';
import { AUDIT_LIST_MAX_LIMIT, createAuditLog, type AuditEntry } from '../audit/audit-log.js';
import type { AuditProblem, AuditVerification } from '../audit/verify.js';
import { AUDIT_MESSAGES } from '../i18n/audit-messages.js';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import { DatabaseOpenError, openDatabase, type Db } from '../storage/database.js';
import type { CliIo } from './io.js';

export interface AuditCliOptions {
  /** `verify` or `list`. */
  sub: string | undefined;
  /** The database file; it must exist. */
  db: string;
  lang: Lang;
  registry?: string;
  record?: string;
  /** As given on the command line; checked here. */
  limit?: string;
  format?: 'text' | 'json';
}

export const AUDIT_SUBCOMMANDS = ['verify', 'list'] as const;

/** Entries `audit list` shows unless --limit says otherwise. */
const CLI_DEFAULT_LIMIT = 100;
/** Record and field ids shown per cell before "+N". */
const IDS_SHOWN = 3;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Runs the command; returns the exit code: 0 intact / listed, 1 the log is not intact or could not
 * be read, 2 bad usage (unknown sub-command, missing database, bad option).
 */
export function runAudit(options: AuditCliOptions, io: CliIo, clock: Clock = systemClock): number {
  const t = (key: string, params: MessageParams = {}): string => translate(AUDIT_MESSAGES, key, options.lang, params);
  const { sub } = options;
  if (sub === undefined || sub === '') {
    io.err(t('audit.no-sub'));
    return 2;
  }
  if (!(AUDIT_SUBCOMMANDS as readonly string[]).includes(sub)) {
    io.err(t('audit.unknown-sub', { sub: printable(sub) }));
    return 2;
  }

  let limit = CLI_DEFAULT_LIMIT;
  if (sub === 'list') {
    for (const option of ['registry', 'record', 'limit'] as const) {
      if (options[option] === '') {
        io.err(t('audit.missing-value', { option }));
        return 2;
      }
    }
    if (options.limit !== undefined) {
      const parsed = /^\d{1,7}$/.test(options.limit) ? Number(options.limit) : Number.NaN;
      if (!(parsed >= 1 && parsed <= AUDIT_LIST_MAX_LIMIT)) {
        io.err(t('audit.bad-limit', { limit: printable(options.limit), max: AUDIT_LIST_MAX_LIMIT }));
        return 2;
      }
      limit = parsed;
    }
  }

  if (!isFile(options.db)) {
    io.err(t('audit.no-database', { path: printable(options.db) }));
    return 2;
  }
  let db: Db;
  try {
    db = openDatabase(options.db);
  } catch (cause) {
    const reason = cause instanceof DatabaseOpenError ? cause.reason : String(cause);
    io.err(t('audit.db-unusable', { path: printable(options.db), reason: printable(reason) }));
    return 2;
  }

  try {
    const log = createAuditLog(db, clock);
    if (sub === 'verify') return printVerification(log.verify(), options, io, t);

    const { registry, record } = options;
    // The listing and the entry that records it commit together: no listing goes unlogged.
    const listing = db.transaction(() => {
      const result = log.list({ registry, records: record === undefined ? undefined : [record], limit });
      log.append({
        actor: 'system',
        action: 'audit-read',
        outcome: 'ok',
        reason: 'cli',
        ...(registry === undefined ? {} : { registry }),
        ...(record === undefined ? {} : { records: [record] }),
      });
      return result;
    })();
    printListing(listing, options, io, t);
    return 0;
  } catch (cause) {
    io.err(t('audit.failed', { reason: printable(cause instanceof Error ? cause.message : String(cause)) }));
    return 1;
  } finally {
    db.close();
  }
}

type Translate = (key: string, params?: MessageParams) => string;

function printVerification(result: AuditVerification, options: AuditCliOptions, io: CliIo, t: Translate): number {
  if (options.format === 'json') {
    io.out(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  }
  if (result.ok) {
    io.out(t('audit.intact', { count: result.count, head: result.head }));
    return 0;
  }
  for (const problem of result.problems) io.out(t(`audit.problem.${problem.kind}`, { entries: entries(problem, t) }));
  io.out(t('audit.not-intact', { problems: result.problems.length, count: result.count }));
  return 1;
}

function entries(problem: AuditProblem, t: Translate): string {
  if (problem.seq === 0 && problem.last === undefined) return t('audit.entry-none');
  return problem.last === undefined ? t('audit.entry-one', { seq: problem.seq }) : t('audit.entry-range', { seq: problem.seq, last: problem.last });
}

function printListing(listing: { entries: AuditEntry[]; total: number }, options: AuditCliOptions, io: CliIo, t: Translate): void {
  if (options.format === 'json') {
    io.out(JSON.stringify({ total: listing.total, entries: listing.entries }, null, 2));
    return;
  }
  if (listing.entries.length === 0) {
    io.out(t('audit.list.empty'));
    return;
  }
  const columns = ['seq', 'at', 'actor', 'action', 'outcome', 'registry', 'records', 'fields', 'reason', 'ip'] as const;
  const cells = (entry: AuditEntry): string[] =>
    columns.map((column) => {
      const value = entry[column];
      if (value === null) return '–';
      if (Array.isArray(value)) return ids(value);
      return printable(String(value));
    });
  const rows = [columns.map((column) => t(`audit.col.${column}`)), ...listing.entries.map(cells)];
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => [...row[i]!].length)));
  for (const row of rows) io.out(row.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join('  ').trimEnd());
  io.out(t('audit.list.summary', { shown: listing.entries.length, total: listing.total }));
}

/** Ids of a cell: the first few and how many more, so a list of a thousand records stays one line. */
function ids(values: readonly string[]): string {
  if (values.length === 0) return '–';
  const shown = values.slice(0, IDS_SHOWN).map(printable).join(', ');
  return values.length > IDS_SHOWN ? `${shown} +${values.length - IDS_SHOWN}` : shown;
}

/** Text as a terminal may show it: control characters (escape sequences, new lines) become visible escapes. */
function printable(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isFile(path: string): boolean {
  try {
    return path !== '' && statSync(path).isFile();
  } catch {
    return false;
  }
}
