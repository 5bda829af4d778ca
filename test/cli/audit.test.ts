/** `seloste audit verify | list`, run in process on temporary database files. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/audit/audit-log.js';
import { runAudit, type AuditCliOptions } from '../../src/cli/audit.js';
import { fakeClock } from '../../src/runtime/clock.js';
import { openDatabase } from '../../src/storage/database.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'seloste-audit-cli-'));

/** A database file with three entries; returns its path and the entries' hashes. */
function databaseWithEntries(): { file: string; hashes: string[] } {
  const file = join(tempDir(), 'seloste.db');
  const db = openDatabase(file);
  const clock = fakeClock('2026-01-15T09:00:00Z');
  const log = createAuditLog(db, clock);
  const hashes = [
    log.append({ actor: 'maija', action: 'read', outcome: 'ok', registry: 'asiakkaat', records: ['r1'], fields: ['nimi', 'hetu'], ip: '10.0.0.1' }),
    (clock.advance(90_000), log.append({ actor: 'pekka', action: 'list', outcome: 'ok', registry: 'asiakkaat', records: ['r1', 'r2', 'r3', 'r4', 'r5'] })),
    (clock.advance(90_000),
    log.append({ actor: 'token:kela', action: 'disclose', outcome: 'denied', registry: 'tuet', records: ['r2'], reason: 'role-may-not-disclose' })),
  ].map((entry) => entry.hash);
  db.close();
  return { file, hashes };
}

function run(options: Partial<AuditCliOptions> & { db: string }, clock = fakeClock('2026-02-01T12:00:00Z')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runAudit({ sub: 'verify', lang: 'en', ...options }, { out: (l) => out.push(l), err: (l) => err.push(l) }, clock);
  return { code, out, err };
}

/** Changes the file as an attacker would: drop the triggers, then change the tables. */
function tamper(file: string, sql: string): void {
  const db = openDatabase(file);
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'").pluck().all() as string[]) {
    db.exec(`DROP TRIGGER "${name}"`);
  }
  db.exec(sql);
  db.close();
}

describe('seloste audit verify', () => {
  it('says the log is intact, with the count and the head', () => {
    const { file, hashes } = databaseWithEntries();
    expect(run({ db: file })).toEqual({ code: 0, out: [`audit log intact: 3 entries, head ${hashes[2]}`], err: [] });
    expect(run({ db: file, lang: 'fi' }).out).toEqual([`lokitiedot ehjät: 3 merkintää, ketjun pää ${hashes[2]}`]);
    expect(run({ db: file, lang: 'sv' }).out).toEqual([`logguppgifterna är intakta: 3 poster, kedjans huvud ${hashes[2]}`]);
  });

  it('lists each problem with its entries, and exits 1', () => {
    const { file } = databaseWithEntries();
    tamper(file, "UPDATE audit_log SET outcome = 'ok' WHERE seq = 3; DELETE FROM audit_log WHERE seq = 2;");
    expect(run({ db: file })).toEqual({
      code: 1,
      out: [
        '✗ entry 2: removed from the middle of the log',
        '✗ entry 3: altered — no longer matches the hash chain',
        'audit log NOT intact: 2 problem(s) in 2 entries. Keep a copy of the database file as evidence and tell the data protection officer.',
      ],
      err: [],
    });
    expect(run({ db: file, lang: 'fi' }).out.slice(0, 2)).toEqual(['✗ merkintä 2: poistettu lokin keskeltä', '✗ merkintä 3: muutettu — ei enää vastaa tiivisteketjua']);
  });

  it('names ranges and the missing head', () => {
    const { file } = databaseWithEntries();
    tamper(file, 'DELETE FROM audit_log WHERE seq >= 2; DELETE FROM audit_head;');
    expect(run({ db: file, lang: 'sv' }).out).toEqual([
      '✗ loggens början: kedjans huvud registrerar en annan sista post (den sista posten har bytts ut eller huvudet har ändrats)',
      'logguppgifterna är INTE intakta: 1 problem i 1 poster. Spara en kopia av databasfilen som bevis och meddela dataskyddsombudet.',
    ]);
    const other = databaseWithEntries();
    tamper(other.file, 'DELETE FROM audit_log WHERE seq >= 2');
    expect(run({ db: other.file }).out[0]).toBe('✗ entries 2–3: removed from the end of the log; the head of the chain still records them');
  });

  it('prints the verification as JSON', () => {
    const { file, hashes } = databaseWithEntries();
    const intact = run({ db: file, format: 'json' });
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.out.join('\n'))).toEqual({ ok: true, count: 3, head: hashes[2] });
    tamper(file, "UPDATE audit_log SET actor = 'x' WHERE seq = 1");
    const broken = run({ db: file, format: 'json' });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out.join('\n'))).toEqual({
      ok: false,
      count: 3,
      problems: [{ seq: 1, kind: 'altered', detail: 'entry 1: the content no longer matches the hash stored with it' }],
    });
  });

  it('does not create a database that is not there, and says so (exit 2)', () => {
    const file = join(tempDir(), 'missing', 'seloste.db');
    expect(run({ db: file })).toEqual({
      code: 2,
      out: [],
      err: [`There is no database at ${file}. Give the right file with --db (or SELOSTE_DB); nothing was created.`],
    });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(file, '..'))).toBe(false);
    expect(run({ db: file, lang: 'fi' }).err).toEqual([`Tietokantaa ei ole polussa ${file}. Anna oikea tiedosto valitsimella --db (tai SELOSTE_DB); mitään ei luotu.`]);
    const dir = tempDir();
    expect(run({ db: dir }).err).toEqual([`There is no database at ${dir}. Give the right file with --db (or SELOSTE_DB); nothing was created.`]);
    expect(run({ db: '' }).code).toBe(2);
  });

  it('refuses a file that is not a database (exit 2)', () => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, 'these are not the tables you are looking for\n'.repeat(100));
    const { code, out, err } = run({ db: file });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([`The database ${file} cannot be used: file is not a database.`]);
  });

  it('reports a log it cannot read as a message, not a stack trace (exit 1)', () => {
    const { file } = databaseWithEntries();
    tamper(file, 'DROP TABLE audit_log');
    expect(run({ db: file })).toEqual({ code: 1, out: [], err: ['The audit log could not be read: no such table: audit_log. Nothing was changed.'] });
  });
});

describe('seloste audit list', () => {
  const header = 'No.  Time (UTC)                Actor       Action    Outcome  Registry   Records        Fields      Reason                 IP address';

  it('shows the entries as a table, oldest first, and the count', () => {
    const { file } = databaseWithEntries();
    const { code, out, err } = run({ db: file, sub: 'list' });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual([
      header,
      '1    2026-01-15T09:00:00.000Z  maija       read      ok       asiakkaat  r1             nimi, hetu  –                      10.0.0.1',
      '2    2026-01-15T09:01:30.000Z  pekka       list      ok       asiakkaat  r1, r2, r3 +2  –           –                      –',
      '3    2026-01-15T09:03:00.000Z  token:kela  disclose  denied   tuet       r2             –           role-may-not-disclose  –',
      'Showing 3 of 3 entries, oldest first.',
    ]);
  });

  it('finds the entries about a record, in a registry, up to a limit', () => {
    const { file } = databaseWithEntries();
    const seqs = (result: { out: string[] }) => result.out.slice(1, -1).map((line) => line.split(' ')[0]);
    expect(seqs(run({ db: file, sub: 'list', record: 'r2' }))).toEqual(['2', '3']);
    expect(seqs(run({ db: file, sub: 'list', registry: 'tuet' }))).toEqual(['3']);
    const limited = run({ db: file, sub: 'list', record: 'r1', limit: '1', lang: 'fi' });
    expect(limited.out[0]!.startsWith('Nro  Aika (UTC)')).toBe(true);
    expect(limited.out.slice(-1)).toEqual(['Näytetään 1/2 merkintää, vanhin ensin.']);
    expect(run({ db: file, sub: 'list', record: 'r9', lang: 'sv' }).out).toEqual(['Inga loggposter matchar.']);
  });

  it('records the reading of the log in the log, which still verifies', () => {
    const { file } = databaseWithEntries();
    run({ db: file, sub: 'list', record: 'r1', registry: 'asiakkaat' }, fakeClock('2026-02-01T12:00:00Z'));
    const json = run({ db: file, sub: 'list', format: 'json', limit: '2' }, fakeClock('2026-02-01T12:05:00Z'));
    const listed = JSON.parse(json.out.join('\n')) as { total: number; entries: { seq: number }[] };
    expect(listed.total).toBe(4);
    expect(listed.entries.map((e) => e.seq)).toEqual([1, 2]);
    const all = JSON.parse(run({ db: file, sub: 'list', format: 'json' }).out.join('\n')) as { total: number; entries: unknown[] };
    expect(all.total).toBe(5);
    expect(all.entries[3]).toMatchObject({
      seq: 4,
      at: '2026-02-01T12:00:00.000Z',
      actor: 'system',
      action: 'audit-read',
      outcome: 'ok',
      registry: 'asiakkaat',
      records: ['r1'],
      fields: [],
      reason: 'cli',
      ip: null,
    });
    expect(all.entries[4]).toMatchObject({ seq: 5, at: '2026-02-01T12:05:00.000Z', registry: null, records: [] });
    expect(run({ db: file }).out[0]).toMatch(/^audit log intact: 6 entries, head [0-9a-f]{64}$/);
  });

  it('shows control characters an attacker put into the file as escapes, never raw', () => {
    const { file } = databaseWithEntries();
    tamper(file, "UPDATE audit_log SET actor = 'evil' || char(27) || '[2J' WHERE seq = 1");
    expect(run({ db: file, sub: 'list' }).out[1]).toContain('evil\\u001b[2J');
  });

  it.each([
    [{ limit: 'abc' }, 'The limit "abc" is not a whole number from 1 to 1000.'],
    [{ limit: '0' }, 'The limit "0" is not a whole number from 1 to 1000.'],
    [{ limit: '1001' }, 'The limit "1001" is not a whole number from 1 to 1000.'],
    [{ limit: '-5' }, 'The limit "-5" is not a whole number from 1 to 1000.'],
    [{ limit: '2.5' }, 'The limit "2.5" is not a whole number from 1 to 1000.'],
    [{ limit: '' }, 'The option --limit needs a value.'],
    [{ record: '' }, 'The option --record needs a value.'],
  ])('refuses bad options %j with exit 2, before opening the database', (options, message) => {
    const file = join(tempDir(), 'absent.db');
    expect(run({ db: file, sub: 'list', ...options })).toEqual({ code: 2, out: [], err: [message] });
  });

  it('a missing database is a message for list too', () => {
    const file = join(tempDir(), 'absent.db');
    expect(run({ db: file, sub: 'list' }).err).toEqual([`There is no database at ${file}. Give the right file with --db (or SELOSTE_DB); nothing was created.`]);
    expect(existsSync(file)).toBe(false);
  });
});

describe('seloste audit: sub-commands', () => {
  it('an unknown or missing sub-command says what there is (exit 2)', () => {
    const { file } = databaseWithEntries();
    expect(run({ db: file, sub: 'purge' })).toEqual({
      code: 2,
      out: [],
      err: ['Unknown audit command "purge". Use `seloste audit verify` or `seloste audit list`.'],
    });
    expect(run({ db: file, sub: undefined })).toEqual({
      code: 2,
      out: [],
      err: [
        'Say what to do: `seloste audit verify` checks the audit log, `seloste audit list [--registry ID] [--record ID] [--limit N] [--format json]` lists its entries.',
      ],
    });
    expect(run({ db: file, sub: 'poista', lang: 'fi' }).err).toEqual(['Tuntematon audit-komento "poista". Käytä komentoa `seloste audit verify` tai `seloste audit list`.']);
    expect(run({ db: file, sub: '\u001b[31mx' }).err[0]).toContain('"\\u001b[31mx"');
  });
});
