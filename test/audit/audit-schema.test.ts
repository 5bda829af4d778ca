/** The audit tables refuse, in the database itself, everything but appending through the chain. */
import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/audit/audit-log.js';
import { GENESIS_HASH } from '../../src/audit/chain.js';
import { fakeClock } from '../../src/runtime/clock.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

function logWithEntries(n: number): Db {
  const db = openDatabase(':memory:');
  const log = createAuditLog(db, fakeClock());
  for (let i = 1; i <= n; i++) log.append({ actor: 'maija', action: 'read', outcome: 'ok', registry: 'asiakkaat', records: [`r${i}`] });
  return db;
}

const head = (db: Db) => db.prepare('SELECT seq, hash FROM audit_head').all();

describe('the audit tables', () => {
  it('are STRICT, start with a head at the genesis and record their migration', () => {
    const db = openDatabase(':memory:');
    const strict = db.prepare("SELECT name, strict, wr FROM pragma_table_list WHERE name LIKE 'audit%' ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'audit_head', strict: 1, wr: 0 },
      { name: 'audit_log', strict: 1, wr: 0 },
      { name: 'audit_records', strict: 1, wr: 1 },
    ]);
    expect(head(db)).toEqual([{ seq: 0, hash: GENESIS_HASH }]);
    expect(db.prepare("SELECT id FROM schema_migrations WHERE id LIKE 'audit%'").pluck().all()).toEqual(['audit-1-log']);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'audit%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['audit_log_actor', 'audit_log_at', 'audit_log_registry', 'audit_records_record']);
  });

  it('find the entries of a record through the index, not by scanning the log', () => {
    const db = logWithEntries(2);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE seq IN (SELECT seq FROM audit_records WHERE record_id = ?)')
      .all('r1') as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toContain('USING COVERING INDEX audit_records_record (record_id=?)');
  });

  it('refuse to change or delete an entry', () => {
    const db = logWithEntries(3);
    expect(() => db.prepare("UPDATE audit_log SET outcome = 'denied' WHERE seq = 2").run()).toThrow(
      'audit_log is append-only: entries cannot be changed',
    );
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow('audit_log is append-only: entries cannot be deleted');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('audit_log is append-only: entries cannot be deleted');
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(3);
    expect(db.prepare("SELECT outcome FROM audit_log WHERE seq = 2").pluck().get()).toBe('ok');
  });

  it('refuse to change or delete the record index, or to add to an entry already written', () => {
    const db = logWithEntries(2);
    expect(() => db.prepare("UPDATE audit_records SET record_id = 'x' WHERE seq = 1").run()).toThrow('audit_records is append-only');
    expect(() => db.prepare('DELETE FROM audit_records WHERE seq = 1').run()).toThrow('audit_records is append-only');
    expect(() => db.prepare("INSERT INTO audit_records (seq, record_id) VALUES (1, 'r9')").run()).toThrow(
      'audit_records: rows may only be added for the entry being appended',
    );
    expect(db.prepare('SELECT seq, record_id FROM audit_records ORDER BY seq').all()).toEqual([
      { seq: 1, record_id: 'r1' },
      { seq: 2, record_id: 'r2' },
    ]);
  });

  it('refuse an entry that does not continue the chain from the head', () => {
    const db = logWithEntries(2);
    const last = db.prepare('SELECT hash FROM audit_log WHERE seq = 2').pluck().get() as string;
    const insert = db.prepare(
      `INSERT INTO audit_log (seq, at, actor, action, outcome, records, fields, prev_hash, hash)
       VALUES (?, '2026-01-15T09:00:00.000Z', 'mallory', 'read', 'ok', '[]', '[]', ?, ?)`,
    );
    const message = 'audit_log: a new entry must continue the chain from audit_head';
    expect(() => insert.run(5, last, 'f'.repeat(64))).toThrow(message);
    expect(() => insert.run(0, GENESIS_HASH, 'f'.repeat(64))).toThrow(message);
    expect(() => insert.run(3, GENESIS_HASH, 'f'.repeat(64))).toThrow(message);
  });

  it('let the head only move one step forward, to the entry just appended', () => {
    const db = logWithEntries(2);
    const before = head(db);
    expect(() => db.prepare('UPDATE audit_head SET seq = 1, hash = (SELECT hash FROM audit_log WHERE seq = 1)').run()).toThrow(
      'audit_head only moves forward to the entry just appended',
    );
    expect(() => db.prepare("UPDATE audit_head SET seq = 3, hash = ?").run('a'.repeat(64))).toThrow('audit_head only moves forward');
    expect(() => db.prepare('DELETE FROM audit_head').run()).toThrow('audit_head has exactly one row');
    expect(() => db.prepare(`INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, '${GENESIS_HASH}')`).run()).toThrow(
      'audit_head has exactly one row',
    );
    expect(head(db)).toEqual(before);
  });
});
