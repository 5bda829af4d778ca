/** Appending to and listing the audit log. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditDraftError, createAuditLog, type AuditDraft, type AuditLog } from '../../src/audit/audit-log.js';
import { entryHash, GENESIS_HASH } from '../../src/audit/chain.js';
import { fakeClock, type FakeClock } from '../../src/runtime/clock.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

function setup(): { db: Db; log: AuditLog; clock: FakeClock } {
  const db = openDatabase(':memory:');
  const clock = fakeClock('2026-01-15T09:00:00Z');
  return { db, log: createAuditLog(db, clock), clock };
}

const read: AuditDraft = { actor: 'maija', action: 'read', outcome: 'ok', registry: 'asiakkaat', records: ['r1'], fields: ['nimi', 'hetu'], ip: '10.0.0.1' };

describe('append', () => {
  it('returns the entry: numbered from 1, timed by the clock, chained from the genesis', () => {
    const { log } = setup();
    const entry = log.append(read);
    expect(entry).toEqual({
      seq: 1,
      at: '2026-01-15T09:00:00.000Z',
      actor: 'maija',
      action: 'read',
      outcome: 'ok',
      registry: 'asiakkaat',
      records: ['r1'],
      fields: ['nimi', 'hetu'],
      reason: null,
      ip: '10.0.0.1',
      prevHash: GENESIS_HASH,
      hash: entryHash({ ...entry }),
    });
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('chains each entry to the one before and moves the head along', () => {
    const { db, log, clock } = setup();
    const first = log.append(read);
    clock.advance(1500);
    const second = log.append({ actor: 'token:kela', action: 'search', outcome: 'denied', registry: 'asiakkaat', reason: 'role-may-not-read' });
    expect(second).toMatchObject({ seq: 2, at: '2026-01-15T09:00:01.500Z', prevHash: first.hash, records: [], fields: [], reason: 'role-may-not-read', ip: null });
    expect(second.hash).toBe(entryHash(second));
    expect(db.prepare('SELECT seq, hash FROM audit_head').get()).toEqual({ seq: 2, hash: second.hash });
  });

  it('stores the entry as returned, ids as JSON and the record ids in the index', () => {
    const { db, log } = setup();
    const entry = log.append({ ...read, records: ['r2', 'r1', 'r2'], fields: ['nimi', 'nimi'] });
    expect(entry.records).toEqual(['r2', 'r1']);
    expect(entry.fields).toEqual(['nimi']);
    expect(db.prepare('SELECT records, fields, prev_hash, hash FROM audit_log WHERE seq = 1').get()).toEqual({
      records: '["r2","r1"]',
      fields: '["nimi"]',
      prev_hash: GENESIS_HASH,
      hash: entry.hash,
    });
    expect(db.prepare('SELECT record_id FROM audit_records WHERE seq = 1 ORDER BY record_id').pluck().all()).toEqual(['r1', 'r2']);
  });

  it('commits and rolls back with the transaction of the operation it records', () => {
    const { db, log } = setup();
    db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT');
    const insert = db.prepare('INSERT INTO notes (id) VALUES (?)');
    const create = db.transaction((id: string, fail: boolean) => {
      insert.run(id);
      log.append({ actor: 'maija', action: 'create', outcome: 'ok', registry: 'asiakkaat', records: [id] });
      if (fail) throw new Error('the write failed after the entry');
    });
    create('a', false);
    expect(() => create('b', true)).toThrow('the write failed after the entry');
    expect(db.prepare('SELECT id FROM notes').pluck().all()).toEqual(['a']);
    expect(log.list({}).entries.map((e) => [e.seq, e.records])).toEqual([[1, ['a']]]);
    expect(db.prepare('SELECT seq FROM audit_head').pluck().get()).toBe(1);
    // The chain goes on from the committed entry.
    expect(log.append(read)).toMatchObject({ seq: 2, prevHash: log.list({}).entries[0]!.hash });
    expect(log.verify()).toMatchObject({ ok: true, count: 2 });
  });

  it('a failure half-way leaves nothing behind, even when the caller catches it and commits', () => {
    const { db, log } = setup();
    log.append(read);
    // Stands in for a failure after the entry row is written (disk full, a broken index row).
    db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON audit_records WHEN NEW.record_id = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    db.transaction(() => {
      expect(() => log.append({ ...read, records: ['r2', 'boom'] })).toThrow('boom');
    })();
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM audit_records').pluck().get()).toBe(1);
    expect(log.append({ ...read, records: ['r2'] }).seq).toBe(2);
    expect(log.verify()).toMatchObject({ ok: true, count: 2 });
  });

  it('two connections to one file (two processes) append to one chain', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'seloste-audit-')), 'seloste.db');
    const [a, b] = [openDatabase(file), openDatabase(file)];
    const clock = fakeClock();
    const [logA, logB] = [createAuditLog(a, clock), createAuditLog(b, clock)];
    const seqs = [logA, logB, logB, logA, logB].map((log) => log.append(read).seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect(logA.verify()).toMatchObject({ ok: true, count: 5 });
    const entries = logB.list({}).entries;
    expect(entries.map((e, i) => e.prevHash === (i === 0 ? GENESIS_HASH : entries[i - 1]!.hash))).toEqual([true, true, true, true, true]);
    a.close();
    b.close();
  });

  it('a refused draft throws and writes nothing, so the caller cannot go on unlogged', () => {
    const { db, log } = setup();
    const bad: [unknown, string][] = [
      [{ ...read, action: 'peek' }, 'audit entry: unknown action "peek"'],
      [{ ...read, outcome: 'maybe' }, 'audit entry: unknown outcome "maybe"'],
      [{ ...read, actor: '' }, 'audit entry: actor must be a non-empty string'],
      [{ ...read, actor: undefined }, 'audit entry: actor must be a non-empty string'],
      [{ ...read, records: 'r1' }, 'audit entry: records must be a list of ids'],
      [{ ...read, fields: ['nimi', 7] }, 'audit entry: fields[1] must be a non-empty string'],
      [{ ...read, registry: '' }, 'audit entry: registry must be a non-empty string'],
      [{ ...read, reason: 'Maija Meikäläinen, 010190-123A' }, 'audit entry: reason must be a short machine code'],
      [{ ...read, reason: 'x'.repeat(65) }, 'audit entry: reason must be a short machine code'],
    ];
    for (const [draft, message] of bad) {
      expect(() => log.append(draft as AuditDraft), message).toThrow(AuditDraftError);
      expect(() => log.append(draft as AuditDraft)).toThrow(message);
    }
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
    expect(db.prepare('SELECT seq FROM audit_head').pluck().get()).toBe(0);
    expect(log.append({ ...read, reason: 'role-may-not-read' }).reason).toBe('role-may-not-read');
    // Ids of the registry language are codes too (a transition `paata_asiakkuus`), as the error message says.
    expect(log.append({ ...read, reason: 'paata_asiakkuus' }).reason).toBe('paata_asiakkuus');
    expect(() => log.append({ ...read, reason: '_paata' })).toThrow(AuditDraftError);
  });

  it('keeps ids from a request bounded and printable, so a probe with a strange id is logged, not lost', () => {
    const { log } = setup();
    const entry = log.append({
      actor: 'maija\u001b[2J',
      action: 'read',
      outcome: 'not-found',
      registry: 'asiakkaat\n',
      records: ['x'.repeat(500), 'a\u2028b', 'lone\ud800', '😀'.repeat(300)],
      ip: '1'.repeat(100),
    });
    expect(entry.actor).toBe('maija\\u001b[2J');
    expect(entry.registry).toBe('asiakkaat\\u000a');
    expect(entry.records).toEqual([`${'x'.repeat(199)}…`, 'a\\u2028b', 'lone\\ud800', `${'😀'.repeat(199)}…`]);
    expect(entry.ip).toBe(`${'1'.repeat(63)}…`);
    // Stored exactly as hashed: the chain holds.
    expect(log.list({}).entries[0]).toEqual(entry);
    expect(log.verify()).toMatchObject({ ok: true, count: 1 });
  });
});

describe('list', () => {
  function filled(): AuditLog {
    const { log, clock } = setup();
    const drafts: AuditDraft[] = [
      { actor: 'maija', action: 'read', outcome: 'ok', registry: 'asiakkaat', records: ['r1'], fields: ['nimi'] },
      { actor: 'pekka', action: 'list', outcome: 'ok', registry: 'asiakkaat', records: ['r1', 'r2', 'r3'] },
      { actor: 'maija', action: 'update', outcome: 'ok', registry: 'asiakkaat', records: ['r2'], fields: ['osoite'] },
      { actor: 'token:kela', action: 'disclose', outcome: 'ok', registry: 'tuet', records: ['r2'] },
      { actor: 'anonymous', action: 'login-failed', outcome: 'denied', reason: 'bad-password', ip: '192.0.2.7' },
      { actor: 'pekka', action: 'read', outcome: 'denied', registry: 'asiakkaat', records: ['r3'], reason: 'role-may-not-read' },
    ];
    for (const draft of drafts) {
      log.append(draft);
      clock.advance(60 * 60 * 1000);
    }
    return log;
  }
  const seqs = (result: { entries: { seq: number }[]; total: number }) => [result.entries.map((e) => e.seq), result.total];

  it('lists every entry oldest first, with the total', () => {
    const log = filled();
    const { entries, total } = log.list({});
    expect(total).toBe(6);
    expect(entries.map((e) => `${e.seq} ${e.at} ${e.actor} ${e.action} ${e.outcome}`)).toEqual([
      '1 2026-01-15T09:00:00.000Z maija read ok',
      '2 2026-01-15T10:00:00.000Z pekka list ok',
      '3 2026-01-15T11:00:00.000Z maija update ok',
      '4 2026-01-15T12:00:00.000Z token:kela disclose ok',
      '5 2026-01-15T13:00:00.000Z anonymous login-failed denied',
      '6 2026-01-15T14:00:00.000Z pekka read denied',
    ]);
    expect(entries[4]).toMatchObject({ registry: null, records: [], fields: [], reason: 'bad-password', ip: '192.0.2.7' });
  });

  it('finds the entries naming any of a set of records, in every registry', () => {
    const log = filled();
    expect(seqs(log.list({ records: ['r2'] }))).toEqual([[2, 3, 4], 3]);
    expect(seqs(log.list({ records: ['r1', 'r3'] }))).toEqual([[1, 2, 6], 3]);
    expect(seqs(log.list({ records: ['r9'] }))).toEqual([[], 0]);
    expect(seqs(log.list({ records: [] }))).toEqual([[], 0]);
  });

  it('filters by registry, actor and time, all together', () => {
    const log = filled();
    expect(seqs(log.list({ registry: 'tuet' }))).toEqual([[4], 1]);
    expect(seqs(log.list({ actor: 'pekka' }))).toEqual([[2, 6], 2]);
    expect(seqs(log.list({ registry: 'asiakkaat', records: ['r2', 'r3'], actor: 'pekka' }))).toEqual([[2, 6], 2]);
    // from inclusive, to exclusive; a date means its midnight UTC; an offset is honoured.
    expect(seqs(log.list({ from: '2026-01-15T11:00:00Z', to: '2026-01-15T13:00:00Z' }))).toEqual([[3, 4], 2]);
    expect(seqs(log.list({ from: '2026-01-15T13:00:00+02:00' }))).toEqual([[3, 4, 5, 6], 4]);
    expect(seqs(log.list({ to: '2026-01-15' }))).toEqual([[], 0]);
    expect(seqs(log.list({ from: '2026-01-15', to: '2026-01-16' }))).toEqual([[1, 2, 3, 4, 5, 6], 6]);
  });

  it('pages with limit and offset; the total counts every match', () => {
    const log = filled();
    expect(seqs(log.list({ limit: 2 }))).toEqual([[1, 2], 6]);
    expect(seqs(log.list({ limit: 2, offset: 2 }))).toEqual([[3, 4], 6]);
    expect(seqs(log.list({ records: ['r2'], limit: 1, offset: 2 }))).toEqual([[4], 3]);
    expect(seqs(log.list({ limit: 5, offset: 10 }))).toEqual([[], 6]);
  });

  it('refuses a bad limit, offset or time instead of guessing', () => {
    const log = filled();
    expect(() => log.list({ limit: 0 })).toThrow('audit list: limit must be a whole number from 1 to 1000');
    expect(() => log.list({ limit: 1001 })).toThrow(RangeError);
    expect(() => log.list({ limit: 2.5 })).toThrow(RangeError);
    expect(() => log.list({ offset: -1 })).toThrow('audit list: offset must be a whole number from 0 up');
    expect(() => log.list({ from: 'yesterday' })).toThrow('audit list: from is not an ISO 8601 date, or a date-time with its zone');
    expect(() => log.list({ to: '2026-01-15T10:00' })).toThrow('audit list: to is not');
    expect(() => log.list({ to: '2026-02-30' })).toThrow('audit list: to is not');
  });

  it('takes ids as data, not SQL', () => {
    const log = filled();
    expect(seqs(log.list({ registry: "asiakkaat' OR '1'='1" }))).toEqual([[], 0]);
    expect(seqs(log.list({ records: ["r1') OR 1=1 --"] }))).toEqual([[], 0]);
  });
});

describe('audit list order', () => {
  it('gives the newest entries first when asked, paging from the newest', () => {
    const log = createAuditLog(openDatabase(':memory:'), fakeClock());
    for (let i = 0; i < 5; i++) log.append({ actor: `u${i}`, action: 'read', outcome: 'ok', registry: 'r', records: ['x'] });
    expect(log.list({ records: ['x'], limit: 2, order: 'newest' }).entries.map((entry) => entry.actor)).toEqual(['u4', 'u3']);
    expect(log.list({ records: ['x'], limit: 2 }).entries.map((entry) => entry.actor)).toEqual(['u0', 'u1']);
  });
});
