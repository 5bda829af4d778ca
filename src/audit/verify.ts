/**
 * Verifying the audit log: walks the entries in order of `seq` and tells what was done to them.
 * It streams (`iterate()`, one read snapshot) and keeps only the last two entries and the problems
 * in memory, so a log of millions of entries verifies in constant memory. Consecutive entries with
 * the same problem are reported as one range, so a rewritten tail is one line, not a million.
 *
 * What each kind means:
 * - `altered`: an entry's content no longer matches its hash; or it matches a hash recomputed
 *   after the change, which the next entry's `prev_hash` (or the head) gives away; or the record
 *   index (`audit_records`) no longer names the records the entry names.
 * - `removed`: entries missing from the middle (a gap in the numbers, with or without the later
 *   entries renumbered by one to close it).
 * - `inserted`: an entry that is not part of the chain: numbered outside it, after the head, or
 *   slipped in with the later entries renumbered by one to make room.
 * - `truncated`: entries missing from the end; the head still records them.
 * - `head-mismatch`: the last entry is not the one the head records (or the head row is gone).
 *
 * Someone with the file who rewrites the whole chain from a point on and moves the head along is
 * caught only by comparing the head with one recorded elsewhere; `seloste audit verify` prints it.
 */
import type { Db } from '../storage/database.js';
import { entryHash, GENESIS_HASH, type ChainedEntry, type AuditRow } from './chain.js';

export type AuditProblemKind = 'altered' | 'removed' | 'inserted' | 'truncated' | 'head-mismatch';

export interface AuditProblem {
  /** The (first) entry concerned; for `removed` and `truncated`, its number when it was written. */
  seq: number;
  kind: AuditProblemKind;
  /** A plain-English explanation, for logs and JSON output. */
  detail: string;
  /** The last entry of a range of consecutive entries with the same problem; absent for one entry. */
  last?: number;
}

export type AuditVerification =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; problems: AuditProblem[] };

/** Why an entry is reported; problems with the same kind and reason in a row merge into a range. */
type Reason =
  | 'content'
  | 'rehashed'
  | 'unlinked'
  | 'index'
  | 'gap'
  | 'before-first'
  | 'beyond-head'
  | 'renumbered-in'
  | 'out-of-place'
  | 'tail'
  | 'head'
  | 'no-head';

const EXPLANATIONS: Record<Reason, string> = {
  content: 'the content no longer matches the hash stored with it',
  rehashed: 'changed or replaced, with a valid hash of its own: the entry after it (or the head) recorded a different hash for it',
  unlinked: 'replaced by a forged entry: it does not link to the entry before it, and the entry after it (or the head) does not link to it',
  index: 'the record index (audit_records) does not name the records the entry names',
  gap: 'missing from the middle of the log',
  'before-first': 'numbered before the first entry of the chain',
  'beyond-head': 'stored after the head of the log: not appended through the audit log',
  'renumbered-in': 'slipped into the chain: the entry after it links past it and the later entries were renumbered',
  'out-of-place': 'out of place: its number was taken already by an earlier entry of the chain',
  tail: 'missing from the end of the log (the head still records them)',
  head: 'the head of the log records a different hash for the last entry',
  'no-head': 'the head row (audit_head) is missing',
};

/**
 * One entry as the walk knows it: `orig` is the number its hash was computed with; `trusted` until
 * its content fails its hash or it is found to be a forgery (then a broken link to it is explained).
 */
interface Link {
  seq: number;
  orig: number;
  hash: string;
  trusted: boolean;
}

interface StoredRow extends AuditRow {
  /** JSON array of the record ids `audit_records` holds for the entry. */
  indexed: string;
}

const GENESIS: Link = { seq: 0, orig: 0, hash: GENESIS_HASH, trusted: true };

const ROWS_SQL = `
  SELECT l.seq, l.at, l.actor, l.action, l.outcome, l.registry, l.records, l.fields, l.reason, l.ip,
         l.prev_hash AS prevHash, l.hash,
         (SELECT json_group_array(r.record_id) FROM audit_records r WHERE r.seq = l.seq) AS indexed
  FROM audit_log l
  ORDER BY l.seq`;

/** Checks the whole chain and the head in one read snapshot (a concurrent append cannot confuse it). */
export function verifyAuditLog(db: Db): AuditVerification {
  return db.transaction(() => verifySnapshot(db))();
}

function verifySnapshot(db: Db): AuditVerification {
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  const rows = db.prepare(ROWS_SQL).iterate() as IterableIterator<StoredRow>;
  const found = createFindings();

  let count = 0;
  // Current number minus the number the entry was hashed with: non-zero after a renumbering.
  let shift = 0;
  let prev: Link = GENESIS;
  let before: Link | undefined;
  // An intact entry that does not link to the one before it: the next entry tells which is at fault.
  let pending: { row: Link; prev: Link } | undefined;

  const resolvePending = (linksToPending: boolean): void => {
    if (!pending) return;
    if (linksToPending && pending.prev.orig > 0) found.add('altered', pending.prev.seq, 'rehashed');
    else {
      found.add('altered', pending.row.seq, 'unlinked');
      pending.row.trusted = false;
    }
    pending = undefined;
  };

  for (const row of rows) {
    count++;
    const entry = chainedEntry(row);
    let orig = row.seq - shift;
    let contentOk = false;
    if (entry) {
      for (const candidate of [shift, shift + 1, shift - 1]) {
        if (entryHash({ ...entry, seq: row.seq - candidate }) !== row.hash) continue;
        shift = candidate;
        orig = row.seq - candidate;
        contentOk = true;
        break;
      }
    }
    const link: Link = { seq: row.seq, orig, hash: row.hash, trusted: contentOk };
    if (contentOk && entry && !sameIds(entry.records, row.indexed, row.records)) found.add('altered', row.seq, 'index');

    if (orig < 1) {
      found.add('inserted', row.seq, 'before-first');
      continue;
    }
    if (head && orig > head.seq) {
      found.add('inserted', row.seq, 'beyond-head');
      continue;
    }
    if (orig <= prev.orig) {
      if (orig === prev.orig && contentOk && before && row.prevHash === before.hash) {
        // Two entries claim one place, and this one links to the entry before both: the other one was slipped in.
        if (pending?.row === prev) pending = undefined;
        found.add('inserted', prev.seq, 'renumbered-in');
        prev = link;
      } else {
        found.add('inserted', row.seq, 'out-of-place');
      }
      continue;
    }
    if (orig > prev.orig + 1) {
      resolvePending(false);
      found.add('removed', prev.orig + 1, 'gap', orig - 1);
      if (!contentOk) found.add('altered', row.seq, 'content');
    } else {
      resolvePending(row.prevHash === pending?.row.hash);
      if (!contentOk) found.add('altered', row.seq, 'content');
      else if (row.prevHash !== prev.hash && prev.trusted) pending = { row: link, prev };
    }
    before = prev;
    prev = link;
  }

  if (pending) resolvePending(head?.seq === pending.row.orig && head.hash === pending.row.hash);
  if (!head) found.add('head-mismatch', 0, 'no-head');
  else if (prev.orig < head.seq) found.add('truncated', prev.orig + 1, 'tail', head.seq);
  else if (prev.hash !== head.hash) found.add('head-mismatch', prev.seq, 'head');

  const problems = found.finish();
  if (problems.length === 0 && head) return { ok: true, count, head: head.hash };
  return { ok: false, count, problems };
}

/** The stored row as the hash saw it; undefined when its JSON columns are not lists of strings. */
function chainedEntry(row: StoredRow): ChainedEntry | undefined {
  const records = stringList(row.records);
  const fields = stringList(row.fields);
  if (!records || !fields) return undefined;
  const { seq, at, actor, action, outcome, registry, reason, ip, prevHash } = row;
  return { seq, at, actor, action, outcome, registry, records, fields, reason, ip, prevHash };
}

function stringList(json: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

function sameIds(records: readonly string[], indexedJson: string, recordsJson: string): boolean {
  // The common case (no record, one, or already in index order) needs no parsing.
  if (indexedJson === recordsJson) return true;
  const indexed = stringList(indexedJson) ?? [];
  const named = [...new Set(records)].sort();
  const held = [...new Set(indexed)].sort();
  return indexed.length === held.length && named.length === held.length && named.every((id, i) => id === held[i]);
}

interface Finding {
  seq: number;
  last: number;
  kind: AuditProblemKind;
  reason: Reason;
}

/** Collects problems, merging a run of the same kind and reason into one range as it goes. */
function createFindings() {
  const list: Finding[] = [];
  const mergeInto = (target: Finding[], next: Finding): void => {
    const tail = target[target.length - 1];
    if (tail && tail.kind === next.kind && tail.reason === next.reason && next.seq >= tail.seq && next.seq <= tail.last + 1) {
      tail.last = Math.max(tail.last, next.last);
    } else {
      target.push({ ...next });
    }
  };
  return {
    add(kind: AuditProblemKind, seq: number, reason: Reason, last = seq): void {
      mergeInto(list, { seq, last, kind, reason });
    },
    finish(): AuditProblem[] {
      const merged: Finding[] = [];
      for (const finding of [...list].sort((a, b) => a.seq - b.seq)) mergeInto(merged, finding);
      return merged.map(({ seq, last, kind, reason }) => {
        const which = last === seq ? `entry ${seq}` : `entries ${seq}–${last}`;
        const problem: AuditProblem = { seq, kind, detail: `${which}: ${EXPLANATIONS[reason]}` };
        if (last !== seq) problem.last = last;
        return problem;
      });
    },
  };
}
