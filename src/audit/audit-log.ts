/**
 * The audit log (Tiedonhallintalaki 906/2019 § 17): every read, write, export and disclosure of
 * personal data, and every refused attempt, becomes one entry saying who did what to which records
 * and fields, when, and how it ended. Entries hold ids and machine codes only, never the data
 * itself. `append` is synchronous so the engine calls it inside the transaction of the operation:
 * a record write and its entry commit together or not at all. An entry the log refuses (a bad
 * draft) throws, so an operation cannot happen unlogged.
 */
import type { Clock } from '../runtime/clock.js';
import type { Db } from '../storage/database.js';
import { entryHash, type AuditRow } from './chain.js';
import { verifyAuditLog, type AuditVerification } from './verify.js';

export type { AuditVerification } from './verify.js';

export const AUDIT_ACTIONS = [
  'read',
  'list',
  'search',
  'create',
  'update',
  'delete',
  'export',
  'disclose',
  'lookup',
  'transition',
  'consent',
  'legal-hold',
  'restriction',
  'request',
  'erase',
  'anonymize',
  'review',
  'job',
  'login',
  'logout',
  'login-failed',
  'audit-read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['ok', 'denied', 'invalid', 'not-found', 'conflict', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditDraft {
  /** Username, 'token:<name>', 'system' or 'anonymous'. */
  actor: string;
  action: AuditAction;
  outcome: AuditOutcome;
  registry?: string;
  /** Record ids concerned (a list/search names the records returned). Duplicates are dropped. */
  records?: string[];
  /** Field ids read or written (never their values). Duplicates are dropped. */
  fields?: string[];
  /** A short machine code such as 'role-may-not-read', never personal data. */
  reason?: string;
  ip?: string;
}

export interface AuditEntry extends Required<Pick<AuditDraft, 'actor' | 'action' | 'outcome'>> {
  seq: number;
  at: string;
  registry: string | null;
  records: string[];
  fields: string[];
  reason: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditQuery {
  registry?: string;
  /** Entries naming any of these record ids; an empty list matches nothing. */
  records?: string[];
  actor?: string;
  /** From this time on (inclusive), an ISO 8601 date or date-time. */
  from?: string;
  /** Before this time (exclusive), an ISO 8601 date or date-time. */
  to?: string;
  /** Default 100, at most 1000. */
  limit?: number;
  /** `newest`: the newest entries first (a trail shows what happened last). Default: oldest first. */
  order?: 'oldest' | 'newest';
  offset?: number;
}

export interface AuditLog {
  /** Appends one entry; synchronous so it can run inside the caller's better-sqlite3 transaction (a record write and its audit entry commit together). */
  append(draft: AuditDraft): AuditEntry;
  /** Entries matching the query, oldest first; `records` matches entries naming any of those ids. */
  list(query: AuditQuery): { entries: AuditEntry[]; total: number };
  /** Checks the hash chain, the record index and the head; see `verify.ts`. */
  verify(): AuditVerification;
}

/** A draft the log refuses: a programming error in the caller, never a user's input. */
export class AuditDraftError extends Error {
  override name = 'AuditDraftError';
}

export const AUDIT_LIST_DEFAULT_LIMIT = 100;
export const AUDIT_LIST_MAX_LIMIT = 1000;

/**
 * Lengths beyond any real id, actor or address. Ids, the actor and the address may come from a
 * request (a record id in a URL, a username typed at sign-in): such text is kept, bounded and with
 * control characters escaped, rather than refused, so a probe with a strange id is logged, not lost.
 */
const MAX_ID_LENGTH = 200;
const MAX_IP_LENGTH = 64;
// `_` as the error below says: registry ids of transitions, rules and consents (`paata_asiakkuus`) are codes too.
const REASON_PATTERN = /^[a-z0-9][a-z0-9_.:-]{0,63}$/;
// C0/C1 controls and line or paragraph separators: such text would reach a terminal or a CSV as is.
// Also lone surrogates: SQLite stores UTF-8 and would replace them, changing the text under its hash.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;


const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

const ENTRY_COLUMNS = 'seq, at, actor, action, outcome, registry, records, fields, reason, ip, prev_hash AS prevHash, hash';

export function createAuditLog(db: Db, clock: Clock): AuditLog {
  const readHead = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1');
  const insertEntry = db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, outcome, registry, records, fields, reason, ip, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @outcome, @registry, @records, @fields, @reason, @ip, @prevHash, @hash)`,
  );
  const insertRecord = db.prepare('INSERT INTO audit_records (seq, record_id) VALUES (?, ?)');
  const advanceHead = db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1');

  // The entry, its index rows and the head commit together or not at all: a half-written entry
  // would leave the head behind and jam every later append.
  const appendEntry = db.transaction((draft: AuditDraft): AuditEntry => {
    const checked = checkDraft(draft);
    const head = readHead.get() as { seq: number; hash: string } | undefined;
    if (!head) throw new Error('The audit log has no head row (audit_head); run `seloste audit verify`.');
    const chained = { ...checked, seq: head.seq + 1, at: clock().toISOString(), prevHash: head.hash };
    const entry: AuditEntry = { ...chained, hash: entryHash(chained) };
    insertEntry.run({ ...entry, records: JSON.stringify(entry.records), fields: JSON.stringify(entry.fields) });
    for (const record of entry.records) insertRecord.run(entry.seq, record);
    advanceHead.run(entry.seq, entry.hash);
    return entry;
  });

  return {
    // On its own, IMMEDIATE takes the write lock before reading the head, so two processes never
    // chain onto the same head; inside the caller's transaction it is a savepoint of that transaction.
    append: (draft) => appendEntry.immediate(draft),
    list: (query) => listEntries(db, query),
    verify: () => verifyAuditLog(db),
  };
}

type CheckedDraft = Pick<AuditEntry, 'actor' | 'action' | 'outcome' | 'registry' | 'records' | 'fields' | 'reason' | 'ip'>;

function checkDraft(draft: AuditDraft): CheckedDraft {
  const text = (name: string, value: unknown, max: number, allowEmpty = false): string => {
    if (typeof value !== 'string' || (value === '' && !allowEmpty)) throw new AuditDraftError(`audit entry: ${name} must be a non-empty string`);
    return bounded(value, max);
  };
  const ids = (name: string, value: unknown): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new AuditDraftError(`audit entry: ${name} must be a list of ids`);
    return [...new Set(value.map((id, i) => text(`${name}[${i}]`, id, MAX_ID_LENGTH, true)))];
  };
  if (!(AUDIT_ACTIONS as readonly unknown[]).includes(draft.action)) {
    throw new AuditDraftError(`audit entry: unknown action "${String(draft.action)}"`);
  }
  if (!(AUDIT_OUTCOMES as readonly unknown[]).includes(draft.outcome)) {
    throw new AuditDraftError(`audit entry: unknown outcome "${String(draft.outcome)}"`);
  }
  // The reason always comes from code: free text there is a bug (and could carry personal data).
  if (draft.reason !== undefined && (typeof draft.reason !== 'string' || !REASON_PATTERN.test(draft.reason))) {
    throw new AuditDraftError('audit entry: reason must be a short machine code (a-z, 0-9, ".", "_", ":", "-"), never free text');
  }
  return {
    actor: text('actor', draft.actor, MAX_ID_LENGTH),
    action: draft.action,
    outcome: draft.outcome,
    registry: draft.registry === undefined ? null : text('registry', draft.registry, MAX_ID_LENGTH),
    records: ids('records', draft.records),
    fields: ids('fields', draft.fields),
    reason: draft.reason ?? null,
    ip: draft.ip === undefined ? null : text('ip', draft.ip, MAX_IP_LENGTH),
  };
}

/** Control characters as visible `\uXXXX` escapes; text over `max` characters cut, ending in "…". */
function bounded(value: string, max: number): string {
  const escaped = value.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped.length <= max) return escaped;
  // Cut by code points, never inside a surrogate pair.
  const chars = [...escaped];
  return chars.length <= max ? escaped : `${chars.slice(0, max - 1).join('')}…`;
}

function listEntries(db: Db, query: AuditQuery): { entries: AuditEntry[]; total: number } {
  const limit = query.limit ?? AUDIT_LIST_DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LIST_MAX_LIMIT) {
    throw new RangeError(`audit list: limit must be a whole number from 1 to ${AUDIT_LIST_MAX_LIMIT}`);
  }
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError('audit list: offset must be a whole number from 0 up');
  if (query.records?.length === 0) return { entries: [], total: 0 };

  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (query.registry !== undefined) {
    where.push('registry = @registry');
    params['registry'] = query.registry;
  }
  if (query.actor !== undefined) {
    where.push('actor = @actor');
    params['actor'] = query.actor;
  }
  if (query.from !== undefined) {
    where.push('at >= @from');
    params['from'] = isoTime('from', query.from);
  }
  if (query.to !== undefined) {
    where.push('at < @to');
    params['to'] = isoTime('to', query.to);
  }
  if (query.records !== undefined) {
    // One JSON parameter however many ids: no limit on bound variables, one statement shape.
    where.push('seq IN (SELECT seq FROM audit_records WHERE record_id IN (SELECT value FROM json_each(@records)))');
    params['records'] = JSON.stringify(query.records);
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM audit_log ${filter}`).pluck().get(params) as number;
  const rows = db
    .prepare(`SELECT ${ENTRY_COLUMNS} FROM audit_log ${filter} ORDER BY seq ${query.order === 'newest' ? 'DESC' : 'ASC'} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as AuditRow[];
  return { entries: rows.map(toEntry), total };
}

/** A query time as the stored form (`toISOString()`, fixed width), so text comparison orders correctly. */
function isoTime(name: string, value: string): string {
  // A time needs its zone: a bare local time would mean different moments on different servers.
  const time = ISO_TIME.test(value) && realDate(value.slice(0, 10)) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(time.getTime())) throw new RangeError(`audit list: ${name} is not an ISO 8601 date, or a date-time with its zone`);
  return time.toISOString();
}

/** `Date` rolls 2026-02-30 over to March; a date given must exist. */
function realDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === date;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    ...row,
    action: row.action as AuditAction,
    outcome: row.outcome as AuditOutcome,
    records: JSON.parse(row.records) as string[],
    fields: JSON.parse(row.fields) as string[],
  };
}
