/**
 * Verifying the chain against an attacker with the database file: the tests drop the triggers
 * through a raw handle, as such an attacker would, change the tables, and check exactly what
 * `verify` reports.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAuditLog, type AuditLog } from '../../src/audit/audit-log.js';
import { entryHash, GENESIS_HASH, type ChainedEntry } from '../../src/audit/chain.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { fakeClock } from '../../src/runtime/clock.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

function build(n = 6, db: Db = openDatabase(':memory:')): { db: Db; log: AuditLog; hashes: string[] } {
  const clock = fakeClock('2026-01-15T09:00:00Z');
  const log = createAuditLog(db, clock);
  const hashes = [GENESIS_HASH];
  for (let i = 1; i <= n; i++) {
    hashes.push(log.append({ actor: i % 2 ? 'maija' : 'pekka', action: 'read', outcome: 'ok', registry: 'asiakkaat', records: [`r${i}`], fields: ['nimi'] }).hash);
    clock.advance(1000);
  }
  return { db, log, hashes };
}

/** What an attacker with the file does first. */
function dropTriggers(db: Db): void {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'").pluck().all() as string[];
  expect(names).toHaveLength(9);
  for (const name of names) db.exec(`DROP TRIGGER "${name}"`);
}

function stored(db: Db, seq: number): ChainedEntry & { hash: string } {
  const row = db
    .prepare('SELECT seq, at, actor, action, outcome, registry, records, fields, reason, ip, prev_hash AS prevHash, hash FROM audit_log WHERE seq = ?')
    .get(seq) as ChainedEntry & { hash: string; records: string; fields: string };
  return { ...row, records: JSON.parse(row.records) as string[], fields: JSON.parse(row.fields) as string[] };
}

/** Recomputes an entry's hash from what is stored, as an attacker who read the source would. */
function rehash(db: Db, seq: number): void {
  db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?').run(entryHash(stored(db, seq)), seq);
}

/** A forged entry with a valid hash of its own. */
function insertForged(db: Db, seq: number, prevHash: string): string {
  const entry: ChainedEntry = {
    seq,
    at: '2026-01-15T09:00:02.500Z',
    actor: 'pekka',
    action: 'read',
    outcome: 'ok',
    registry: 'asiakkaat',
    records: ['r1'],
    fields: ['nimi'],
    reason: null,
    ip: null,
    prevHash,
  };
  const hash = entryHash(entry);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, outcome, registry, records, fields, reason, ip, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @outcome, @registry, @records, @fields, @reason, @ip, @prevHash, @hash)`,
  ).run({ ...entry, records: JSON.stringify(entry.records), fields: JSON.stringify(entry.fields), hash });
  db.prepare("INSERT INTO audit_records (seq, record_id) VALUES (?, 'r1')").run(seq);
  return hash;
}

/** Moves entries from `from` on by `by` places, index included, highest first so numbers never collide. */
function renumber(db: Db, from: number, by: number): void {
  const seqs = db.prepare('SELECT seq FROM audit_log WHERE seq >= ? ORDER BY seq DESC').pluck().all(from) as number[];
  for (const seq of by > 0 ? seqs : seqs.reverse()) {
    db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(seq + by, seq);
    db.prepare('UPDATE audit_records SET seq = ? WHERE seq = ?').run(seq + by, seq);
  }
}

const kinds = (db: Db) => {
  const result = verifyAuditLog(db);
  return result.ok ? result : result.problems.map(({ seq, last, kind }) => (last === undefined ? { seq, kind } : { seq, last, kind }));
};

describe('verify: an intact log', () => {
  it('reports the count and the head', () => {
    const { log, hashes } = build();
    expect(log.verify()).toEqual({ ok: true, count: 6, head: hashes[6] });
  });

  it('an empty log is intact at the genesis', () => {
    expect(verifyAuditLog(openDatabase(':memory:'))).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it('an entry without records or fields, and one with many, verify', () => {
    const { db, log } = build(1);
    log.append({ actor: 'system', action: 'logout', outcome: 'ok' });
    log.append({ actor: 'maija', action: 'list', outcome: 'ok', registry: 'asiakkaat', records: Array.from({ length: 500 }, (_, i) => `r${i}`) });
    expect(verifyAuditLog(db)).toMatchObject({ ok: true, count: 3 });
  });
});

describe('verify: altered entries', () => {
  it('an entry changed in place', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET outcome = 'denied' WHERE seq = 3").run();
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 6,
      problems: [{ seq: 3, kind: 'altered', detail: 'entry 3: the content no longer matches the hash stored with it' }],
    });
  });

  it('several entries in a row: one range', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET actor = 'someone' WHERE seq BETWEEN 2 AND 4").run();
    db.prepare("UPDATE audit_log SET fields = '[\"hetu\"]' WHERE seq = 6").run();
    expect(kinds(db)).toEqual([
      { seq: 2, last: 4, kind: 'altered' },
      { seq: 6, kind: 'altered' },
    ]);
  });

  it('an entry changed and given a recomputed hash: the next entry gives it away', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET records = '[\"r9\"]' WHERE seq = 3").run();
    rehash(db, 3);
    const result = verifyAuditLog(db);
    expect(result).toEqual({
      ok: false,
      count: 6,
      problems: [
        { seq: 3, kind: 'altered', detail: 'entry 3: the record index (audit_records) does not name the records the entry names' },
        {
          seq: 3,
          kind: 'altered',
          detail: 'entry 3: changed or replaced, with a valid hash of its own: the entry after it (or the head) recorded a different hash for it',
        },
      ],
    });
  });

  it('the last but one, rehashed: the head vouches for the last, so the change is in the one before', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET at = '2026-01-16T00:00:00.000Z' WHERE seq = 5").run();
    rehash(db, 5);
    expect(kinds(db)).toEqual([{ seq: 5, kind: 'altered' }]);
  });

  it('the last entry, rehashed: it no longer matches the head', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET outcome = 'denied' WHERE seq = 6").run();
    rehash(db, 6);
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 6,
      problems: [{ seq: 6, kind: 'head-mismatch', detail: 'entry 6: the head of the log records a different hash for the last entry' }],
    });
  });

  it('only the stored hash changed', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET hash = ? WHERE seq = 2").run('a'.repeat(64));
    expect(kinds(db)).toEqual([{ seq: 2, kind: 'altered' }]);
  });

  it('a column that is no longer a JSON list of ids', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET fields = '{\"nimi\":1}' WHERE seq = 4").run();
    expect(kinds(db)).toEqual([{ seq: 4, kind: 'altered' }]);
  });

  it('an entry replaced by a forged one: chained to the entry before or not, the entry after gives it away', () => {
    const { db, hashes } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE seq IN (2, 5)').run();
    db.prepare('DELETE FROM audit_records WHERE seq IN (2, 5)').run();
    insertForged(db, 2, hashes[1]!);
    insertForged(db, 5, 'c'.repeat(64));
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 6,
      problems: [
        {
          seq: 2,
          kind: 'altered',
          detail: 'entry 2: changed or replaced, with a valid hash of its own: the entry after it (or the head) recorded a different hash for it',
        },
        {
          seq: 5,
          kind: 'altered',
          detail: 'entry 5: replaced by a forged entry: it does not link to the entry before it, and the entry after it (or the head) does not link to it',
        },
      ],
    });
  });

  it('the last entry replaced by a forged one that is not chained', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE seq = 6').run();
    db.prepare('DELETE FROM audit_records WHERE seq = 6').run();
    insertForged(db, 6, 'c'.repeat(64));
    expect(kinds(db)).toEqual([
      { seq: 6, kind: 'altered' },
      { seq: 6, kind: 'head-mismatch' },
    ]);
  });

  it('the record index hides an entry from a search by record, or adds one to it', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_records WHERE seq = 2').run();
    db.prepare("INSERT INTO audit_records (seq, record_id) VALUES (5, 'r1')").run();
    expect(kinds(db)).toEqual([
      { seq: 2, kind: 'altered' },
      { seq: 5, kind: 'altered' },
    ]);
  });
});

describe('verify: removed entries', () => {
  it('one entry from the middle', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    db.prepare('DELETE FROM audit_records WHERE seq = 3').run();
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 5,
      problems: [{ seq: 3, kind: 'removed', detail: 'entry 3: missing from the middle of the log' }],
    });
  });

  it('several, and the first', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE seq IN (1, 3, 4)').run();
    expect(verifyAuditLog(db)).toMatchObject({
      ok: false,
      count: 3,
      problems: [
        { seq: 1, kind: 'removed', detail: 'entry 1: missing from the middle of the log' },
        { seq: 3, last: 4, kind: 'removed', detail: 'entries 3–4: missing from the middle of the log' },
      ],
    });
  });

  it('one entry, with the later entries renumbered to close the gap', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    db.prepare('DELETE FROM audit_records WHERE seq = 3').run();
    renumber(db, 4, -1);
    expect(db.prepare('SELECT max(seq) FROM audit_log').pluck().get()).toBe(5);
    expect(kinds(db)).toEqual([{ seq: 3, kind: 'removed' }]);
  });

  it('the tail: the head still records it', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE seq >= 5').run();
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 4,
      problems: [{ seq: 5, last: 6, kind: 'truncated', detail: 'entries 5–6: missing from the end of the log (the head still records them)' }],
    });
  });

  it('every entry', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log').run();
    expect(kinds(db)).toEqual([{ seq: 1, last: 6, kind: 'truncated' }]);
  });

  it('the head row', () => {
    const { db } = build();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_head').run();
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 6,
      problems: [{ seq: 0, kind: 'head-mismatch', detail: 'entry 0: the head row (audit_head) is missing' }],
    });
  });

  it('the tail with the head moved back too is consistent: only a head recorded elsewhere tells', () => {
    const { db, log, hashes } = build();
    const recorded = log.verify();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE seq >= 5').run();
    db.prepare('UPDATE audit_head SET seq = 4, hash = ?').run(hashes[4]);
    const now = log.verify();
    expect(now).toEqual({ ok: true, count: 4, head: hashes[4] });
    expect(recorded).toEqual({ ok: true, count: 6, head: hashes[6] });
  });
});

describe('verify: inserted entries', () => {
  it('after the head, chained correctly but not through the log', () => {
    const { db, hashes } = build();
    dropTriggers(db);
    insertForged(db, 7, hashes[6]!);
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 7,
      problems: [{ seq: 7, kind: 'inserted', detail: 'entry 7: stored after the head of the log: not appended through the audit log' }],
    });
  });

  it('numbered before the first entry', () => {
    const { db } = build();
    dropTriggers(db);
    insertForged(db, 0, GENESIS_HASH);
    insertForged(db, -3, GENESIS_HASH);
    expect(kinds(db)).toEqual([
      { seq: -3, kind: 'inserted' },
      { seq: 0, kind: 'inserted' },
    ]);
  });

  it('into the middle, the later entries renumbered to make room, chained to the entry before', () => {
    const { db, hashes } = build();
    dropTriggers(db);
    renumber(db, 3, 1);
    insertForged(db, 3, hashes[2]!);
    expect(verifyAuditLog(db)).toEqual({
      ok: false,
      count: 7,
      problems: [
        {
          seq: 3,
          kind: 'inserted',
          detail: 'entry 3: slipped into the chain: the entry after it links past it and the later entries were renumbered',
        },
      ],
    });
  });

  it('into the middle, not even chained', () => {
    const { db } = build();
    dropTriggers(db);
    renumber(db, 4, 1);
    insertForged(db, 4, 'b'.repeat(64));
    expect(kinds(db)).toEqual([{ seq: 4, kind: 'inserted' }]);
  });

  it('two entries slipped in: the renumbered entries no longer match, the rest is out of the chain', () => {
    const { db, hashes } = build();
    dropTriggers(db);
    renumber(db, 3, 2);
    const forged = insertForged(db, 3, hashes[2]!);
    insertForged(db, 4, forged);
    expect(kinds(db)).toEqual([
      { seq: 5, last: 6, kind: 'altered' },
      { seq: 6, kind: 'head-mismatch' },
      { seq: 7, last: 8, kind: 'inserted' },
    ]);
  });
});

describe('verify: scale and concurrency', () => {
  it('streams a long log and finds one change in it', () => {
    const { db } = build(3000);
    expect(verifyAuditLog(db)).toMatchObject({ ok: true, count: 3000 });
    dropTriggers(db);
    db.prepare("UPDATE audit_log SET outcome = 'error' WHERE seq = 1234").run();
    expect(kinds(db)).toEqual([{ seq: 1234, kind: 'altered' }]);
  });

  it('an attacker with a second handle on the file is caught the same way; appends after verify go on', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'seloste-audit-')), 'seloste.db');
    const { db, log } = build(4, openDatabase(file));
    const raw = new Database(file);
    expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow('audit_log is append-only');
    dropTriggers(raw);
    raw.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    raw.close();
    expect(kinds(db)).toEqual([{ seq: 2, kind: 'removed' }]);
    log.append({ actor: 'maija', action: 'read', outcome: 'ok' });
    expect(kinds(db)).toEqual([{ seq: 2, kind: 'removed' }]);
    db.close();
  });
});

describe('verify: any single change by someone with the file is found, exactly where it was made', () => {
  type Attack = (db: Db, seq: number, hashes: string[]) => void;
  type Problem = { seq: number; kind: string };
  // Each attack, and what verify must report when it hits entry `seq` of five.
  const attacks: [string, Attack, (seq: number) => Problem[]][] = [
    ['change a column', (db, seq) => db.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = ?").run(seq), (seq) => [{ seq, kind: 'altered' }]],
    [
      'change a column and rehash',
      (db, seq) => {
        db.prepare("UPDATE audit_log SET action = 'list' WHERE seq = ?").run(seq);
        rehash(db, seq);
      },
      (seq) => [{ seq, kind: seq === 5 ? 'head-mismatch' : 'altered' }],
    ],
    [
      'change the previous hash and rehash',
      (db, seq) => {
        db.prepare('UPDATE audit_log SET prev_hash = ? WHERE seq = ?').run('d'.repeat(64), seq);
        rehash(db, seq);
      },
      (seq) => (seq === 5 ? [{ seq, kind: 'altered' }, { seq, kind: 'head-mismatch' }] : [{ seq, kind: 'altered' }]),
    ],
    ['delete', (db, seq) => db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq), (seq) => [{ seq, kind: seq === 5 ? 'truncated' : 'removed' }]],
    [
      'delete and renumber',
      (db, seq) => {
        db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq);
        db.prepare('DELETE FROM audit_records WHERE seq = ?').run(seq);
        renumber(db, seq + 1, -1);
      },
      (seq) => [{ seq, kind: seq === 5 ? 'truncated' : 'removed' }],
    ],
    [
      'insert before it, renumbering',
      (db, seq, hashes) => {
        renumber(db, seq, 1);
        insertForged(db, seq, hashes[seq - 1]!);
      },
      (seq) => [{ seq, kind: 'inserted' }],
    ],
    [
      'replace it with a chained forgery',
      (db, seq, hashes) => {
        db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq);
        db.prepare('DELETE FROM audit_records WHERE seq = ?').run(seq);
        insertForged(db, seq, hashes[seq - 1]!);
      },
      (seq) => [{ seq, kind: seq === 5 ? 'head-mismatch' : 'altered' }],
    ],
    ['drop it from the record index', (db, seq) => db.prepare('DELETE FROM audit_records WHERE seq = ?').run(seq), (seq) => [{ seq, kind: 'altered' }]],
  ];
  it.each(attacks)('%s: at every position', (name, attack, expected) => {
    for (let seq = 1; seq <= 5; seq++) {
      const { db, hashes } = build(5);
      dropTriggers(db);
      attack(db, seq, hashes);
      expect(kinds(db), `${name} at ${seq}`).toEqual(expected(seq));
    }
  });
});
