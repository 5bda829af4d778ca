import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runRetention } from '../../src/cli/retention.js';
import { runTick } from '../../src/cli/tick.js';
import { fakeClock } from '../../src/runtime/clock.js';
import { testEngine, type TestEngine } from '../helpers/engine.js';
import { runCli } from '../helpers/cli.js';
import { create, DAY, RAISIO, transition, TYORASTI } from '../helpers/timers.js';

let t: TestEngine | undefined;
afterEach(() => t?.engine.close());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

/** A database with Raisio records ended 13 and 11 months ago (one held), and a Työrasti ID that expired. */
async function prepared(): Promise<{ db: string; ids: Record<string, string> }> {
  t = await testEngine({ demo: true });
  const ended = async (daysAgo: number) => {
    t!.clock.advance(-daysAgo * DAY);
    const id = await create(t!, RAISIO);
    await transition(t!, RAISIO, id, 'paata');
    t!.clock.advance(daysAgo * DAY);
    return id;
  };
  const ids = { old: await ended(395), held: await ended(400), recent: await ended(335), expired: await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-02-27' }) };
  t.engine.operations.workflows.holds.place({ registry: RAISIO, recordId: ids.held, reason: 'Oikeudenkäynti vireillä', placedBy: 'paavo', placedAt: t.clock().toISOString() });
  const db = t.engine.db.name;
  t.engine.close();
  t = undefined;
  return { db, ids };
}

const NOW = '2026-03-02T08:00:00Z';

describe('seloste retention --dry-run', () => {
  it('lists per registry what is due, when and under which rule, blocked ones with the reason, and changes nothing', async () => {
    const { db, ids } = await prepared();
    const { io: cli, out, err } = io();
    expect(await runRetention({ paths: [], db, lang: 'fi', dryRun: true, format: 'text' }, cli, fakeClock(NOW))).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('\n');
    expect(text).toContain('raisio-tyollisyyspalvelut');
    expect(text).toContain(`retention:asiakkuuden_paattyminen  poisto  tietue ${ids.old}`);
    expect(text).toContain(`tietue ${ids.held}`);
    expect(text).toContain('ESTETTY: Oikeudenkäynti vireillä');
    expect(text).toContain(`2026-02-28 00:00  timer:maaraaika_paattyy  tilasiirto vanhene  tietue ${ids.expired}`);
    expect(text).not.toContain(ids.recent);
    expect(text).toContain('Erääntyy 2026-03-02 10:00 (Suomen aikaa) mennessä: 3 tehtävää, joista 1 estetty. Ajamatta (--dry-run).');
    // Nothing ran.
    const again = io();
    await runRetention({ paths: [], db, lang: 'fi', dryRun: true, format: 'text' }, again.io, fakeClock(NOW));
    expect(again.out).toEqual(out);
  });

  it('looks ahead with --until and answers in JSON', async () => {
    const { db, ids } = await prepared();
    const { io: cli, out } = io();
    expect(await runRetention({ paths: [], db, lang: 'en', dryRun: true, format: 'json', until: '2026-05-01' }, cli, fakeClock(NOW))).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result).toMatchObject({ until: '2026-05-01T20:59:59.999Z', total: 4, blocked: 1 });
    const raisio = result.registries.find((entry: { registry: string }) => entry.registry === RAISIO);
    expect(raisio.jobs.map((job: { record: string }) => job.record).sort()).toEqual([ids.old, ids.held, ids.recent].sort());
    expect(raisio.jobs.find((job: { record: string }) => job.record === ids.held)).toMatchObject({ status: 'blocked', blocked_by: 'legal-hold', detail: 'Oikeudenkäynti vireillä', action: 'delete', rule: 'retention:asiakkuuden_paattyminen' });
    // No field values: only ids, rules, times and codes.
    expect(JSON.stringify(result)).not.toMatch(/henkilotunnus|etunimi|sukunimi/);
  });

  it.each(['31.12.2026', '2026-02-30', 'huomenna'])('refuses --until %s', async (until) => {
    const { io: cli, err } = io();
    expect(await runRetention({ paths: [], db: 'nowhere.db', lang: 'fi', dryRun: true, format: 'text', until }, cli, fakeClock(NOW))).toBe(2);
    expect(err.join('\n')).toContain('ei ole päivämäärä');
  });

  it('without --dry-run runs the due retention jobs only', async () => {
    const { db, ids } = await prepared();
    const { io: cli, out } = io();
    expect(await runRetention({ paths: [], db, lang: 'en', dryRun: false, format: 'text' }, cli, fakeClock(NOW))).toBe(0);
    expect(out).toEqual([
      `Blocked: ${RAISIO} record ${ids.held} (retention:asiakkuuden_paattyminen): Oikeudenkäynti vireillä`,
      'Scheduled jobs run: 1 done, 0 waiting for review, 0 failed, 1 blocked, 0 cancelled.',
    ]);
  });
});

describe('seloste tick', () => {
  it('runs everything due once and prints a summary; a second tick does nothing', async () => {
    const { db } = await prepared();
    const first = io();
    expect(await runTick({ paths: [], db, lang: 'en' }, first.io, fakeClock(NOW))).toBe(0);
    expect(first.out.at(-1)).toBe('Scheduled jobs run: 2 done, 1 waiting for review, 0 failed, 1 blocked, 0 cancelled.');
    const second = io();
    expect(await runTick({ paths: [], db, lang: 'en' }, second.io, fakeClock(NOW))).toBe(0);
    expect(second.out.at(-1)).toBe('Scheduled jobs run: 0 done, 0 waiting for review, 0 failed, 0 blocked, 0 cancelled.');
  });

  it('through the command line: refuses a missing database, and reads the registries and options', async () => {
    const missing = await runCli(['tick', '--db', join('no', 'such.db'), '--lang', 'fi']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Tietokantaa no/such.db ei ole.');
    const { db } = await prepared();
    const listed = await runCli(['retention', '--dry-run', '--db', db, '--until', '2026-03-01', '--format', 'json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).total).toBe(3);
    expect((await runCli(['retention', '--dry-run', '--db', db, '--colour', 'red'])).code).toBe(2);
    const tick = await runCli(['tick', '--db', db, '--lang', 'en']);
    expect(tick.code).toBe(0);
    expect(tick.out).toMatch(/Scheduled jobs run: \d+ done/);
    expect((await runCli(['help'])).out).toContain('retention --dry-run');
  });
});
