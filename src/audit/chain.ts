/**
 * The hash chain of the audit log: each entry's hash covers its own content and the previous
 * entry's hash, so changing, removing or inserting any entry breaks every link after it. The
 * serialization is a JSON array in a fixed order: JSON escapes every string and keeps `null`, a
 * number and a list apart, so two different entries can never serialize alike (plain joining with
 * a separator could: "a|b" + "c" vs "a" + "b|c"). A format tag leads the array so a later format
 * can be told from this one.
 */
import { createHash } from 'node:crypto';

/** The previous hash of the first entry (and the head of an empty log): 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the serialization below; part of every hash. */
export const CHAIN_FORMAT = 'seloste-audit/1';

/** What an entry's hash covers: everything stored about it except the hash itself. */
export interface ChainedEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  outcome: string;
  registry: string | null;
  records: readonly string[];
  fields: readonly string[];
  reason: string | null;
  ip: string | null;
  prevHash: string;
}

/** An entry as `audit_log` stores it: lists as JSON text, the hash beside the entry. */
export type AuditRow = Omit<ChainedEntry, 'records' | 'fields'> & { records: string; fields: string; hash: string };

/** The canonical, unambiguous text of an entry that its hash is taken over. */
export function canonicalEntry(entry: ChainedEntry): string {
  return JSON.stringify([
    CHAIN_FORMAT,
    entry.seq,
    entry.at,
    entry.actor,
    entry.action,
    entry.outcome,
    entry.registry,
    entry.records,
    entry.fields,
    entry.reason,
    entry.ip,
    entry.prevHash,
  ]);
}

/** The entry's hash: SHA-256 of its canonical text (UTF-8), as 64 lowercase hex digits. */
export function entryHash(entry: ChainedEntry): string {
  return createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex');
}
