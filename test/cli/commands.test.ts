/**
 * The database commands wired through `main` as people run them: `seloste user` with repeated
 * `--role`, `seloste audit` over a database the engine wrote, `seloste serve` refusing a
 * definition change that would lose data until `data_changes` says what happens, and the help
 * that lists all of them in fi, sv and en. Everything runs on temporary files.
 */
import { TEST_REGISTRY_HEAD } from '../helpers/registry-text.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createUserStore } from '../../src/auth/users.js';
import { runServe, type ServerHandle } from '../../src/cli/serve.js';
import { startEngine } from '../../src/engine/engine.js';
import type { Lang } from '../../src/i18n/catalogue.js';
import type { Registry } from '../../src/model/types.js';
import { createLoader } from '../../src/registry/loader.js';
import { systemClock } from '../../src/runtime/clock.js';
import { openDatabase } from '../../src/storage/database.js';
import { runCli } from '../helpers/cli.js';
import { json, testEngine } from '../helpers/engine.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'seloste-commands-'));
const tempDb = (): string => join(tempDir(), 'seloste.db');
const PASSWORD = 'kahvia ja pullaa 42';

/** No output of a command may be a stack trace. */
function noStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('seloste user (through main)', () => {
  const add = (db: string, ...roles: string[]) =>
    runCli(['user', 'add', 'anna', '--name', 'Anna Virtanen', ...roles.flatMap((role) => ['--role', role]), '--password', PASSWORD, '--db', db]);

  it('stores every --role given, and the user shows in the list', async () => {
    const db = tempDb();
    const added = await add(db, 'raisio-tyollisyyspalvelut:tyontekija', 'walmu-asiakashallinta:paakayttaja');
    expect(added.code).toBe(0);
    expect(added.out).toBe('Added the user anna (Anna Virtanen); roles: raisio-tyollisyyspalvelut:tyontekija, walmu-asiakashallinta:paakayttaja.');
    // The note that --password stays in the shell history.
    expect(added.err).toBe('Note: a password given with --password stays in the shell history; SELOSTE_PASSWORD avoids that.');

    const handle = openDatabase(db);
    try {
      const users = createUserStore(handle, systemClock);
      const anna = users.get('anna')!;
      expect(anna.displayName).toBe('Anna Virtanen');
      expect(Object.fromEntries(anna.roles)).toEqual({ 'raisio-tyollisyyspalvelut': ['tyontekija'], 'walmu-asiakashallinta': ['paakayttaja'] });
      expect((await users.verifyCredentials('anna', PASSWORD)).ok).toBe(true);
    } finally {
      handle.close();
    }

    const list = await runCli(['user', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.err).toBe('');
    const [header, row, ...rest] = list.out.split('\n');
    expect(header).toMatch(/^username\s+name\s+status\s+roles\s+API tokens$/);
    expect(row).toMatch(/^anna\s+Anna Virtanen\s+active\s+raisio-tyollisyyspalvelut:tyontekija, walmu-asiakashallinta:paakayttaja\s+–$/);
    expect(rest).toEqual([]);
  });

  it('takes the database from SELOSTE_DB and the password from SELOSTE_PASSWORD', async () => {
    const db = tempDb();
    const added = await runCli(['user', 'add', 'ville', '--name', 'Ville', '--role', 'joensuu-tyollisyyspalvelut:tyontekija'], {
      SELOSTE_DB: db,
      SELOSTE_PASSWORD: PASSWORD,
    });
    expect(added).toEqual({ code: 0, out: 'Added the user ville (Ville); roles: joensuu-tyollisyyspalvelut:tyontekija.', err: '' });
    expect((await runCli(['user', 'list', '--db', db])).out).toContain('ville');
  });

  it('refuses a role the registry does not declare (exit 2), naming its roles, and creates nothing', async () => {
    const db = tempDb();
    const refused = await add(db, 'raisio-tyollisyyspalvelut:tyontekija', 'raisio-tyollisyyspalvelut:kuningas');
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toBe('The registry "raisio-tyollisyyspalvelut" has no role "kuningas". Its roles: paakayttaja, tyontekija.');
    expect(existsSync(db)).toBe(false);
  });

  it('refuses an unknown registry and a malformed role (exit 2), in the chosen language', async () => {
    const db = tempDb();
    const unknown = await add(db, 'raisio:tyontekija');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown registry "raisio" in the role "raisio:tyontekija". The registries: ');
    expect(unknown.err).toContain('helsinki-tyorasti, iisalmi-hakosalo, joensuu-tyollisyyspalvelut, raisio-tyollisyyspalvelut, walmu-asiakashallinta');

    const malformed = await runCli(['user', 'add', 'anna', '--name', 'Anna', '--role', 'tyontekija', '--password', PASSWORD, '--db', db, '--lang', 'fi']);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain('tyontekija');
    noStack(malformed.err);

    const missingValue = await runCli(['user', 'add', 'anna', '--name', 'Anna', '--password', PASSWORD, '--db', db, '--role']);
    expect(missingValue.code).toBe(2);
    noStack(missingValue.err);
    expect(existsSync(db)).toBe(false);
  });

  it('answers bad usage with a message and exit 2, never a stack trace', async () => {
    const db = tempDb();
    for (const args of [['user'], ['user', 'frobnicate'], ['user', 'add'], ['user', 'list', 'extra'], ['user', 'list', '--colour']]) {
      const result = await runCli([...args, '--db', db]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).not.toBe('');
      noStack(result.err);
    }
  });
});

describe('seloste audit (through main) over a database the engine wrote', () => {
  /** A database after some API traffic: a user, a record created and read. */
  async function trafficked(): Promise<{ db: string; count: number; recordId: string }> {
    const db = tempDb();
    const test = await testEngine({ db });
    const token = await test.userWithToken('anna', ['raisio-tyollisyyspalvelut:tyontekija']);
    const created = await test.call(token, 'POST', '/api/registries/raisio-tyollisyyspalvelut/records', { henkilotunnus: '131052-308T', nimi: 'Matti Meikäläinen' });
    expect(created.status).toBe(201);
    const recordId = (await json(created)).id as string;
    expect((await test.call(token, 'GET', `/api/registries/raisio-tyollisyyspalvelut/records/${recordId}`)).status).toBe(200);
    // One refused attempt is logged too.
    expect((await test.call(token, 'GET', '/api/registries/walmu-asiakashallinta/records')).status).toBe(403);
    const { count } = test.engine.audit.verify();
    test.engine.close();
    return { db, count, recordId };
  }

  it('verify: exit 0 with the entry count', async () => {
    const { db, count } = await trafficked();
    expect(count).toBeGreaterThanOrEqual(3);
    const { code, out, err } = await runCli(['audit', 'verify', '--db', db]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^audit log intact: ${count} entries, head [0-9a-f]{64}$`));
    expect((await runCli(['audit', 'verify', '--db', db, '--lang', 'fi'])).out).toMatch(new RegExp(`^lokitiedot ehjät: ${count} merkintää`));
  });

  it('verify: exit 1 naming the entry after someone changed the file', async () => {
    const { db } = await trafficked();
    const file = new Database(db);
    for (const trigger of ['audit_log_no_update', 'audit_log_no_delete', 'audit_log_follows_head']) file.exec(`DROP TRIGGER ${trigger}`);
    const changed = file.prepare("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2").run();
    expect(changed.changes).toBe(1);
    file.close();

    const { code, out, err } = await runCli(['audit', 'verify', '--db', db]);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('✗ entry 2: altered — no longer matches the hash chain');
    expect(out).toContain('audit log NOT intact: 1 problem(s)');
    const report = await runCli(['audit', 'verify', '--db', db, '--format', 'json']);
    expect(report.code).toBe(1);
    expect(JSON.parse(report.out)).toMatchObject({ ok: false, problems: [{ seq: 2 }] });
  });

  it('list --registry: the entries of that registry only, and the reading is logged', async () => {
    const { db, count, recordId } = await trafficked();
    const { code, out, err } = await runCli(['audit', 'list', '--db', db, '--registry', 'raisio-tyollisyyspalvelut']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^No\.\s+Time \(UTC\)\s+Actor\s+Action\s+Outcome\s+Registry\s+Records\s+Fields\s+Reason\s+IP address$/);
    const rows = lines.slice(1, -1);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.split(/\s{2,}/)[5]).toBe('raisio-tyollisyyspalvelut');
    expect(rows.some((row) => /\banna\s+create\s+ok\b/.test(row))).toBe(true);
    expect(rows.some((row) => /\banna\s+read\s+ok\b/.test(row) && row.includes(recordId))).toBe(true);
    expect(out).not.toContain('walmu-asiakashallinta');
    expect(lines.at(-1)).toBe(`Showing ${rows.length} of ${rows.length} entries, oldest first.`);

    const byRecord = await runCli(['audit', 'list', '--db', db, '--record', recordId, '--limit', '1', '--format', 'json']);
    expect(byRecord.code).toBe(0);
    const listed = JSON.parse(byRecord.out) as { total: number; entries: Array<{ records: string[] }> };
    expect(listed.entries).toHaveLength(1);
    expect(listed.entries[0]!.records).toContain(recordId);
    // Two listings, each logged; the log still verifies.
    expect((await runCli(['audit', 'verify', '--db', db])).out).toMatch(new RegExp(`^audit log intact: ${count + 2} entries`));
  });

  it('bad input: a message and exit 2, and a missing database is not created', async () => {
    const { db } = await trafficked();
    const missing = join(tempDir(), 'typo.db');
    const cases: Array<[string[], string]> = [
      [['audit', '--db', db], 'Say what to do'],
      [['audit', 'erase', '--db', db], 'Unknown audit command "erase"'],
      [['audit', 'verify', '--db', missing], `There is no database at ${missing}`],
      [['audit', 'list', '--db', db, '--limit', 'abc'], 'The limit "abc" is not a whole number from 1 to 1000.'],
      [['audit', 'list', '--db', db, '--limit', '0'], 'The limit "0" is not a whole number from 1 to 1000.'],
      [['audit', 'list', '--db', db, '--since', 'yesterday'], 'Unknown option "--since" for `seloste audit`.'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toContain(message);
      noStack(result.err);
    }
    expect(existsSync(missing)).toBe(false);
  });
});

describe('seloste serve: a definition change the database sync refuses', () => {
  const started: ServerHandle[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });

  const definition = (fields: string, rest = ''): string => `${TEST_REGISTRY_HEAD}      - { id: a, label: Kenttä A, type: text }
${fields}${rest}`;
  const WITH_B = definition('      - { id: b, label: Kenttä B, type: text }\n');
  const WITHOUT_B = definition('');

  function load(file: string): Registry {
    const result = createLoader().loadFile(file);
    if (!result.model) throw new Error(`${file} does not load: ${result.problems.map((problem) => problem.code).join(', ')}`);
    return result.model;
  }

  /** A definition file and a database where one record holds a value for field b. */
  async function setUp(): Promise<{ dir: string; file: string; db: string }> {
    const dir = tempDir();
    const file = join(dir, 'testi.yaml');
    writeFileSync(file, WITH_B);
    const db = join(tempDir(), 'seloste.db');
    const registry = load(file);
    const engine = startEngine({ registries: [registry], db });
    const now = '2026-01-15T09:00:00.000Z';
    await engine.operations.store.insert(
      { id: 'rec-1', registry: 'testi', registryVersion: registry.origin.digest, state: null, version: 1, createdAt: now, updatedAt: now, createdBy: 'test', updatedBy: 'test', data: { a: 'pysyy', b: 'katoaa' } },
      { actor: 'test', action: 'create', outcome: 'ok', registry: 'testi' },
    );
    engine.close();
    writeFileSync(file, WITHOUT_B);
    return { dir, file, db };
  }

  async function serve(paths: string[], db: string, lang: Lang = 'en') {
    const out: string[] = [];
    const err: string[] = [];
    let server: ServerHandle | undefined;
    const code = await runServe(
      {
        paths,
        lang,
        port: '0',
        db,
        onListening: (handle) => {
          server = handle;
          started.push(handle);
        },
      },
      { out: (line) => out.push(line), err: (line) => err.push(line) },
    );
    return { code, out: out.join('\n'), err: err.join('\n'), server };
  }

  /** The stored record and the stored layout, read without the engine. */
  function stored(db: string): { layout: string; rows: unknown[] } {
    const file = new Database(db, { readonly: true });
    try {
      const layout = file.prepare("SELECT layout FROM registry_schemas WHERE registry = 'testi'").pluck().get() as string;
      const table = (JSON.parse(layout) as { table: string }).table;
      return { layout, rows: file.prepare(`SELECT * FROM "${table}"`).all() };
    } finally {
      file.close();
    }
  }

  it('exits 1 naming the file, the registry, the field and the records, and leaves the database as it was', async () => {
    const { dir, file, db } = await setUp();
    const before = stored(db);
    const before_bytes = readFileSync(db);

    const { code, out, err, server } = await serve([dir], db);
    expect(code).toBe(1);
    expect(server).toBeUndefined();
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      `${file}: registry testi: field "b" was removed from the definition, but 1 records hold a value for it. State under data_changes what happens to the values: { field: b, action: delete } deletes them, { field: b, action: rename, to: new_id } moves them to the new name.`,
      'The changes to the registry definitions were not applied to the database because they would lose stored data. The database was not changed.',
    ]);
    expect(stored(db)).toEqual(before);
    expect(readFileSync(db).equals(before_bytes)).toBe(true);

    // The same through the command line, by file path and in Finnish.
    const cli = await runCli(['serve', file, '--db', db, '--port', '0', '--lang', 'fi']);
    expect(cli.code).toBe(1);
    expect(cli.err).toContain(`${file}: rekisteri testi: kenttä "b" on poistettu määrittelystä, mutta 1 tietueella on sille arvo.`);
    expect(cli.err).toContain('Tietokantaa ei muutettu.');
    noStack(cli.err);
    expect(stored(db)).toEqual(before);
  });

  it('says plainly when the database cannot be opened (exit 1)', async () => {
    const { dir } = await setUp();
    const notAFile = tempDir();
    const { code, err, server } = await serve([dir], notAFile);
    expect(code).toBe(1);
    expect(server).toBeUndefined();
    expect(err).toContain(`The database ${notAFile} cannot be opened`);
    noStack(err);
  });

  it('starts once data_changes says to delete the values, and drops them', async () => {
    const { dir, file, db } = await setUp();
    writeFileSync(file, definition('', 'data_changes:\n  - { field: b, action: delete }\n'));
    const { code, out, err, server } = await serve([dir], db);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(server).toBeDefined();
    expect(out.split('\n')).toEqual(['Registry testi: database updated (drop-column b).', `seloste serves 1 registries at http://localhost:${server!.port}/notices (Ctrl+C stops)`]);
    const health = await fetch(`http://127.0.0.1:${server!.port}/health`);
    expect(await health.json()).toEqual({ status: 'ok', registries: 1, database: 'ok' });
    await server!.close();
    started.splice(started.indexOf(server!), 1);

    const after = stored(db);
    expect(after.rows).toHaveLength(1);
    expect(JSON.stringify(after.rows[0])).toContain('pysyy');
    expect(JSON.stringify(after.rows[0])).not.toContain('katoaa');
  });
});

describe('seloste help', () => {
  const COMMANDS = ['validate', 'lint', 'serve', 'build', 'ropa', 'user', 'audit', 'demo', 'tick', 'retention', 'docs', 'help'];
  const OPTIONS = ['--lang', '--format', '--out', '--separator', '--port', '--db', '--demo', '--public-url', '--role', '--name', '--password', '--count', '--registry', '--record', '--limit', '--until'];

  it.each(['fi', 'sv', 'en'] as const)('lists every command and option in %s', async (lang) => {
    const { code, out, err } = await runCli(['help', '--lang', lang]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    const named = (prefix: string) => lines.filter((line) => /^ {2}\S/.test(line) && line.slice(2).startsWith(prefix));
    for (const command of COMMANDS) expect(named(`${command} `), command).toHaveLength(1);
    for (const option of OPTIONS) expect(named(`${option} `), option).toHaveLength(1);
    expect(out).toContain('user <');
    expect(out).toContain('audit verify|list');
    expect(out).toContain('demo [');
  });

  it.each(['fi', 'sv', 'en'] as const)('keeps the descriptions in one column in %s', async (lang) => {
    const { out } = await runCli(['help', '--lang', lang]);
    const entries = out.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(entries.length).toBe(COMMANDS.length + OPTIONS.length);
    // The column of the first entry's description; every entry (and every continuation line) uses it.
    const column = /^ {2}\S+(?: \S+)*? +(?=\S)/.exec(entries.find((line) => line.startsWith('  docs '))!)![0].length;
    for (const line of entries) {
      expect(line[column - 1], line).toBe(' ');
      expect(line[column], line).not.toBe(' ');
    }
    for (const line of out.split('\n').filter((candidate) => /^ {3,}\S/.test(candidate))) expect(/^ +/.exec(line)![0].length, line).toBe(column);
  });

  it('comes in the language of the locale, and for --help and -h', async () => {
    expect((await runCli(['help'], { LANG: 'fi_FI.UTF-8' })).out).toContain('Komennot:');
    expect((await runCli(['help'], { LANG: 'sv_FI.UTF-8' })).out).toContain('Kommandon:');
    expect((await runCli(['--help'])).out).toContain('audit verify|list');
    expect((await runCli(['-h'])).out).toContain('demo [paths...]');
  });
});
