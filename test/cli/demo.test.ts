/**
 * `seloste demo`, run in process through `main` on temporary database files: it fills a fresh
 * database with invented customers (temporary identity codes only) and demo users whose printed
 * passwords work; run again it keeps the records and changes the passwords; it refuses a bad
 * `--count` before touching anything, and a database of real records without changing it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runServe } from '../../src/cli/serve.js';
import { countRecords, isDemoDatabase } from '../../src/demo/demo-database.js';
import { isTestIdentityCode } from '../../src/demo/test-identity-codes.js';
import { startEngine, type Engine } from '../../src/engine/engine.js';
import { allFields } from '../../src/model/fields.js';
import type { Registry } from '../../src/model/types.js';
import { createRecord } from '../../src/operations/records.js';
import { runCli } from '../helpers/cli.js';
import { loadSeeds } from '../helpers/seeds.js';

const DEMO_USERS = ['demo.tyontekija', 'demo.paakayttaja'];
const IDENTITY_NOTE = 'Every identity code is a temporary test code (individual number 900–999); none can belong to a real person.';

let seeds: Registry[];
beforeAll(() => {
  seeds = loadSeeds();
});

const tempDb = (name = 'demo.db'): string => join(mkdtempSync(join(tmpdir(), 'seloste-demo-cli-')), name);

/** An engine over `file` with the seeds, for looking behind the command. */
function open(file: string): Engine {
  return startEngine({ registries: seeds, db: file });
}

/** The demo users' passwords as printed, by username. */
function passwords(out: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of out.split('\n')) {
    const match = /^ {2}(demo\.[a-z0-9-]+) {2}password: (\S+) {2}roles: (.+)$/.exec(line);
    if (match) found.set(match[1]!, match[2]!);
  }
  return found;
}

/** Every stored value of the registry's personal-identity-code fields, group members included. */
async function identityCodes(engine: Engine, registry: Registry): Promise<string[]> {
  const fields = allFields(registry).filter((field) => field.type === 'personal-identity-code');
  const page = await engine.operations.store.list(registry.id, { limit: 1000, offset: 0, filters: [] });
  const codes: string[] = [];
  for (const record of page.items) {
    for (const field of fields) {
      const holders = field.group === undefined ? [record.data] : ((record.data[field.group] as Array<Record<string, unknown>> | undefined) ?? []);
      for (const holder of holders) if (typeof holder[field.id] === 'string') codes.push(holder[field.id] as string);
    }
  }
  return codes;
}

async function recordCounts(file: string): Promise<Record<string, number>> {
  const engine = open(file);
  try {
    const counts: Record<string, number> = {};
    for (const registry of seeds) counts[registry.id] = (await engine.operations.store.list(registry.id, { limit: 1, offset: 0, filters: [] })).total;
    return counts;
  } finally {
    engine.close();
  }
}

async function logsIn(file: string, username: string, password: string): Promise<boolean> {
  const engine = open(file);
  try {
    return (await engine.users.verifyCredentials(username, password)).ok;
  } finally {
    engine.close();
  }
}

describe('seloste demo: a fresh database', () => {
  let file: string;
  let first: { code: number; out: string; err: string };

  beforeAll(async () => {
    file = tempDb();
    first = await runCli(['demo', '--db', file, '--count', '3']);
  });

  it('exits 0 and prints a line per registry, the identity-code note and a line per demo user', () => {
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const lines = first.out.split('\n');
    expect(lines.slice(0, seeds.length).sort()).toEqual(seeds.map((registry) => `Demo database ${file}: ${registry.id}: 3 invented customers.`).sort());
    expect(lines[seeds.length]).toBe(IDENTITY_NOTE);
    expect(lines[seeds.length + 1]).toBe('Demo users (passwords change at every run; for trying out only):');
    const users = lines.slice(seeds.length + 2);
    expect(users).toHaveLength(DEMO_USERS.length);
    expect([...passwords(first.out).keys()].sort()).toEqual([...DEMO_USERS].sort());
    // Each demo user holds its role in every registry.
    for (const username of DEMO_USERS) {
      const role = username.slice('demo.'.length);
      const line = users.find((candidate) => candidate.startsWith(`  ${username}  `))!;
      for (const registry of seeds) expect(line).toContain(`${registry.id}:${role}`);
    }
  });

  it('stores 3 records per registry, in a database marked as a demo database', async () => {
    expect(await recordCounts(file)).toEqual(Object.fromEntries(seeds.map((registry) => [registry.id, 3])));
    const engine = open(file);
    expect(engine.demo).toBe(true);
    engine.close();
  });

  it('uses only temporary identity codes (900–999)', async () => {
    const engine = open(file);
    try {
      let checked = 0;
      for (const registry of seeds) {
        const codes = await identityCodes(engine, registry);
        for (const code of codes) expect(isTestIdentityCode(code), `${registry.id}: ${code}`).toBe(true);
        checked += codes.length;
      }
      // Raisio and Työrasti require the code: at least their records hold one.
      expect(checked).toBeGreaterThanOrEqual(6);
    } finally {
      engine.close();
    }
  });

  it('prints passwords that log in', async () => {
    for (const [username, password] of passwords(first.out)) expect(await logsIn(file, username, password)).toBe(true);
  });

  it('run again: adds no records, gives new passwords that work, and the old ones stop working', async () => {
    const again = await runCli(['demo', '--db', file, '--count', '3']);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(again.out.split('\n')[0]).toBe(`The demo database ${file} already holds data; it was left as it is.`);
    expect(again.out).not.toContain('invented customers');
    expect(again.out).toContain(IDENTITY_NOTE);
    expect(await recordCounts(file)).toEqual(Object.fromEntries(seeds.map((registry) => [registry.id, 3])));

    const before = passwords(first.out);
    const after = passwords(again.out);
    expect([...after.keys()].sort()).toEqual([...DEMO_USERS].sort());
    for (const username of DEMO_USERS) {
      expect(after.get(username)).not.toBe(before.get(username));
      expect(await logsIn(file, username, after.get(username)!)).toBe(true);
      expect(await logsIn(file, username, before.get(username)!)).toBe(false);
    }
  });
});

describe('seloste demo: bad input', () => {
  it.each(['0', '', 'abc', '5000', '-1', '2.5', '1e3', ' 3'])('--count %j → exit 2 with the message, nothing created', async (count) => {
    const file = tempDb();
    const { code, out, err } = await runCli(['demo', '--db', file, '--count', count]);
    expect(code).toBe(2);
    expect(err).toBe(`--count "${count}" is not a whole number from 1 to 1000.`);
    expect(out).toBe('');
    expect(existsSync(file)).toBe(false);
  });

  it('says it in Finnish and Swedish too', async () => {
    expect(await runCli(['demo', '--db', tempDb(), '--count', 'abc', '--lang', 'fi'])).toMatchObject({
      code: 2,
      err: '--count "abc" ei ole kokonaisluku väliltä 1–1000.',
    });
    expect(await runCli(['demo', '--db', tempDb(), '--count', '0', '--lang', 'sv'])).toMatchObject({
      code: 2,
      err: '--count "0" är inte ett heltal från 1 till 1000.',
    });
  });

  it('refuses an unknown option with exit 2', async () => {
    const { code, err } = await runCli(['demo', '--db', tempDb(), '--port', '3000']);
    expect(code).toBe(2);
    expect(err).toBe('Unknown option "--port" for `seloste demo`.');
  });

  it('says plainly when the database cannot be opened (exit 1), without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-demo-cli-'));
    const { code, out, err } = await runCli(['demo', '--db', dir, '--count', '1']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`The database ${dir} cannot be opened`);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('seloste demo: a database of real records', () => {
  /** A database holding one real customer (a valid, non-temporary identity code), created through the operations. */
  async function realDatabase(): Promise<string> {
    const file = tempDb('seloste.db');
    const engine = open(file);
    try {
      await createRecord(
        engine.operations,
        { actor: 'anna', roles: new Map([['raisio-tyollisyyspalvelut', ['tyontekija']]]), lang: 'en' },
        'raisio-tyollisyyspalvelut',
        { henkilotunnus: '131052-308T', nimi: 'Matti Meikäläinen' },
      );
    } finally {
      engine.close();
    }
    return file;
  }

  function auditCount(file: string): number {
    const engine = open(file);
    try {
      return engine.audit.verify().count;
    } finally {
      engine.close();
    }
  }

  /** Every row of every table, read without the engine: a refused demo changes nothing, not even the sync stamp. */
  function contents(file: string): Record<string, unknown[]> {
    const db = new Database(file, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
      return Object.fromEntries(
        tables.map((table) => {
          const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>;
          return [table, rows];
        }),
      );
    } finally {
      db.close();
    }
  }

  it('exits 1 with the message and leaves the database as it was', async () => {
    const file = await realDatabase();
    const auditBefore = auditCount(file);
    const before = contents(file);

    const { code, out, err } = await runCli(['demo', '--db', file, '--count', '3']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`The database ${file} already holds 1 real records: invented people are not added to it. Choose another file with --db.`);
    expect(contents(file)).toEqual(before);

    const after = open(file);
    try {
      expect(countRecords(after.db)).toBe(1);
      expect(isDemoDatabase(after.db)).toBe(false);
      expect(after.demo).toBe(false);
      expect(after.users.list()).toEqual([]);
      expect(after.audit.verify()).toMatchObject({ ok: true, count: auditBefore });
    } finally {
      after.close();
    }
  });

  it('never uses the database SELOSTE_DB names (the real register\'s): --db or ./data/demo.db only', async () => {
    const file = await realDatabase();
    const before = contents(file);
    const demo = join(mkdtempSync(join(tmpdir(), 'seloste-demo-env-')), 'demo.db');
    const { code } = await runCli(['demo', '--count', '1', '--db', demo, '--lang', 'fi'], { SELOSTE_DB: file });
    expect(code).toBe(0);
    expect(contents(file)).toEqual(before);
  });

  it('serve --demo refuses it too (exit 1), without starting', async () => {
    const file = await realDatabase();
    const err: string[] = [];
    let listening = false;
    const code = await runServe(
      { paths: [], lang: 'en', port: '0', db: file, demo: true, onListening: (server) => ((listening = true), void server.close()) },
      { out: () => {}, err: (line) => err.push(line) },
    );
    expect(code).toBe(1);
    expect(listening).toBe(false);
    expect(err).toEqual([`The database ${file} already holds 1 real records: invented people are not added to it. Choose another file with --db.`]);
    const after = open(file);
    expect(isDemoDatabase(after.db)).toBe(false);
    after.close();
  });
});
