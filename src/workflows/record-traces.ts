/**
 * What an erased record leaves behind outside its own tables, removed with it: its state
 * history, its idempotency keys (they hold a hash of the submitted data, which could confirm a
 * guess of it) and the ended legal holds and lifted restrictions (their staff-written reasons may
 * name the person; the audit log keeps that they were placed and released). Consent events and
 * the disclosure log are deliberately kept: see `erasure.ts`.
 */
import type { Db } from '../storage/database.js';

export interface RecordTraces {
  /**
   * Removes the traces of an erased record, in one transaction. A record deleted by staff keeps
   * its idempotency keys (`keepIdempotencyKeys`): a client retrying its POST within the day the
   * keys live must be told the record was deleted, not have it created again.
   */
  forgetRecord(registry: string, recordId: string, options?: { keepIdempotencyKeys?: boolean }): void;
}

export function createRecordTraces(db: Db): RecordTraces {
  const statements = [
    db.prepare('DELETE FROM record_states WHERE registry = ? AND record_id = ?'),
    db.prepare('DELETE FROM legal_holds WHERE registry = ? AND record_id = ? AND released_at IS NOT NULL'),
    db.prepare('DELETE FROM restrictions WHERE registry = ? AND record_id = ? AND lifted_at IS NOT NULL'),
  ];
  const keys = db.prepare('DELETE FROM idempotency_keys WHERE registry = ? AND record_id = ?');
  const forget = db.transaction((registry: string, recordId: string, keepKeys: boolean) => {
    for (const statement of statements) statement.run(registry, recordId);
    if (!keepKeys) keys.run(registry, recordId);
  });
  return { forgetRecord: (registry, recordId, options = {}) => forget.immediate(registry, recordId, options.keepIdempotencyKeys === true) };
}
