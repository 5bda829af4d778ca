import { afterEach, describe, expect, it } from 'vitest';
import { startEngine, type Engine } from '../../src/engine/engine.js';
import { readRecord } from '../../src/operations/records.js';
import type { OperationContext } from '../../src/operations/context.js';
import { runDueJobs } from '../../src/workflows/scheduler.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { admin, create, DAY, endedRaisio, RAISIO, rowsOf, TYORASTI } from '../helpers/timers.js';

let t: TestEngine;
const others: Engine[] = [];
afterEach(() => {
  t?.engine.close();
  for (const engine of others.splice(0)) engine.close();
});

const job = (id: string) => t.engine.operations.workflows.jobs.list({ recordId: id })[0]!;
const auditOf = (id: string) =>
  t.engine.audit.list({ records: [id], limit: 1000 }).entries.map(({ actor, action, outcome, reason }) => ({ actor, action, outcome, reason }));
const exists = (id: string) => rowsOf(t, 'rec_raisio_tyollisyyspalvelut', id, 'id').length === 1;

const ended = (daysAgo: number) => endedRaisio(t, daysAgo);

describe('catching up after downtime', () => {
  it('deletes the Raisio records that ended more than a year ago, and only those', async () => {
    t = await testEngine({ demo: true });
    const thirteen = await ended(13 * 30);
    const eleven = await ended(11 * 30);
    const active = await create(t, RAISIO);
    const summary = await runDueJobs(t.engine.operations);
    expect(summary).toMatchObject({ ran: 1, failed: 0, blocked: 0, cancelled: 0, review: 0 });
    expect([exists(thirteen), exists(eleven), exists(active)]).toEqual([false, true, true]);
    expect(job(thirteen)).toMatchObject({ status: 'done', outcome: 'erased', attempts: 0 });
    expect(job(eleven)).toMatchObject({ status: 'pending' });
    // Two more months of downtime: now the other one is due too.
    t.clock.advance(60 * DAY);
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ ran: 1 });
    expect(exists(eleven)).toBe(false);
  });

  it('runs chained timers in order when the clock jumps a year: Työrasti expiry, then the review', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-04-30' });
    t.clock.advance(365 * DAY);
    const summary = await runDueJobs(t.engine.operations);
    expect(summary.runs.map((run) => [run.rule, run.status])).toEqual([
      ['timer:maaraaika_paattyy', 'done'],
      ['timer:uusimispyynto', 'review'],
    ]);
    const record = await readRecord(t.engine.operations, admin(), TYORASTI, id);
    expect(record.state).toBe('vanhentunut');
    // The state was entered when the ID expired, not when the scheduler caught up.
    expect(t.engine.operations.workflows.states.enteredAt(TYORASTI, id, 'vanhentunut')).toBe('2026-04-30T21:00:00.000Z');
    const transitions = auditOf(id).filter((entry) => entry.action === 'transition');
    expect(transitions).toEqual([{ actor: 'system', action: 'transition', outcome: 'ok', reason: 'vanhene' }]);
  });

  it('changes nothing when run twice', async () => {
    t = await testEngine({ demo: true });
    await ended(400);
    await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-03-01' });
    await runDueJobs(t.engine.operations);
    const jobs = t.engine.db.prepare('SELECT * FROM jobs ORDER BY id').all();
    const audit = t.engine.audit.list({ limit: 1000 }).total;
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ ran: 0, failed: 0, blocked: 0, cancelled: 0, review: 0, runs: [] });
    expect(t.engine.db.prepare('SELECT * FROM jobs ORDER BY id').all()).toEqual(jobs);
    expect(t.engine.audit.list({ limit: 1000 }).total).toBe(audit);
  });
});

describe('two schedulers at once', () => {
  it('two engines on one database file run each job exactly once', async () => {
    t = await testEngine({ demo: true });
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await ended(400));
    const second = startEngine({ registries: seedRegistries(), db: t.engine.db.name, clock: t.clock, markDemo: false });
    others.push(second);
    const [a, b] = await Promise.all([
      runDueJobs(t.engine.operations, { worker: 'a' }),
      runDueJobs(second.operations, { worker: 'b' }),
    ]);
    expect(a.ran + b.ran).toBe(12);
    for (const id of ids) {
      expect(exists(id)).toBe(false);
      expect(auditOf(id).filter((entry) => entry.action === 'erase')).toHaveLength(1);
    }
  });

  it('two calls interleaved in one process run each job exactly once', async () => {
    t = await testEngine({ demo: true });
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await ended(400));
    const runs = await Promise.all([runDueJobs(t.engine.operations, { worker: 'a' }), runDueJobs(t.engine.operations, { worker: 'b' })]);
    expect(runs.flatMap((run) => run.runs.map((r) => r.id)).sort()).toEqual([...new Set(runs.flatMap((run) => run.runs.map((r) => r.id)))].sort());
    expect(runs[0]!.ran + runs[1]!.ran).toBe(5);
  });

  it('takes over a job whose scheduler died holding it, once its lease has expired', async () => {
    t = await testEngine({ demo: true });
    const id = await ended(400);
    const jobs = t.engine.operations.workflows.jobs;
    const now = t.clock().toISOString();
    expect(jobs.claim(now, 'dead', new Date(t.clock().getTime() + 60_000).toISOString(), 10)).toHaveLength(1);
    expect(await runDueJobs(t.engine.operations, { worker: 'b' })).toMatchObject({ ran: 0 });
    expect(exists(id)).toBe(true);
    t.clock.advance(61_000);
    expect(await runDueJobs(t.engine.operations, { worker: 'b' })).toMatchObject({ ran: 1 });
    expect(exists(id)).toBe(false);
  });
});

describe('a job that no longer applies', () => {
  it('is cancelled when its record was deleted meanwhile, touching nothing else', async () => {
    t = await testEngine({ demo: true });
    const id = await ended(400);
    const other = await ended(100);
    // Deleted underneath the operations: the job is still pending.
    t.engine.db.prepare('DELETE FROM rec_raisio_tyollisyyspalvelut WHERE id = ?').run(id);
    const before = t.engine.audit.list({ limit: 1000 }).total;
    const summary = await runDueJobs(t.engine.operations);
    expect(summary).toMatchObject({ ran: 0, cancelled: 1 });
    expect(job(id)).toMatchObject({ status: 'cancelled', outcome: 'record-deleted' });
    expect(job(other)).toMatchObject({ status: 'pending' });
    expect(exists(other)).toBe(true);
    expect(t.engine.audit.list({ limit: 1000 }).total).toBe(before);
  });

  it('is cancelled when the record left the state before it ran', async () => {
    t = await testEngine({ demo: true });
    const id = await ended(400);
    t.engine.db.prepare("UPDATE rec_raisio_tyollisyyspalvelut SET state = 'aktiivinen' WHERE id = ?").run(id);
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ cancelled: 1 });
    expect(job(id)).toMatchObject({ status: 'cancelled', outcome: 'left-state' });
    expect(exists(id)).toBe(true);
  });
});

describe('failures', () => {
  it('are retried with backoff, the error visible, and then succeed', async () => {
    t = await testEngine({ demo: true });
    const id = await ended(400);
    const real = t.engine.operations;
    const broken: OperationContext = { ...real, store: { ...real.store, delete: async () => { throw new Error('disk I/O error'); } } };
    expect(await runDueJobs(broken)).toMatchObject({ failed: 1, ran: 0 });
    expect(job(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'disk I/O error', nextAttemptAt: new Date(t.clock().getTime() + 60_000).toISOString() });
    expect(auditOf(id).at(-1)).toEqual({ actor: 'system', action: 'job', outcome: 'error', reason: 'failed:retention' });
    // Not before the backoff has passed.
    expect(await runDueJobs(broken)).toMatchObject({ failed: 0, runs: [] });
    t.clock.advance(60_000);
    expect(await runDueJobs(broken)).toMatchObject({ failed: 1 });
    expect(job(id)).toMatchObject({ attempts: 2, nextAttemptAt: new Date(t.clock().getTime() + 120_000).toISOString() });
    t.clock.advance(120_000);
    expect(await runDueJobs(real)).toMatchObject({ ran: 1 });
    expect(job(id)).toMatchObject({ status: 'done', outcome: 'erased', attempts: 2 });
    expect(job(id).lastError).toBeUndefined();
    expect(exists(id)).toBe(false);
  });
});

describe('blocks', () => {
  it('a legal hold blocks deletion until it is released', async () => {
    t = await testEngine({ demo: true });
    const id = await ended(400);
    const holds = t.engine.operations.workflows.holds;
    const hold = holds.place({ registry: RAISIO, recordId: id, reason: 'Vahingonkorvausasia vireillä', placedBy: 'paavo', placedAt: t.clock().toISOString() });
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ blocked: 1, ran: 0 });
    expect(job(id)).toMatchObject({ status: 'blocked', outcome: 'legal-hold', lastError: 'Vahingonkorvausasia vireillä', attempts: 0 });
    t.clock.advance(DAY);
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ blocked: 1 });
    // Audited when it became blocked, not at every check.
    expect(auditOf(id).filter((entry) => entry.action === 'job')).toEqual([{ actor: 'system', action: 'job', outcome: 'denied', reason: 'legal-hold' }]);
    expect(exists(id)).toBe(true);
    holds.end(hold.id, 'paavo', t.clock().toISOString());
    t.clock.advance(DAY);
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ ran: 1 });
    expect(exists(id)).toBe(false);
  });

  it('a restriction of processing blocks deletion and timers', async () => {
    t = await testEngine({ demo: true });
    const id = await ended(400);
    const expiring = await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-03-01' });
    const restrictions = t.engine.operations.workflows.restrictions;
    for (const [registry, recordId] of [[RAISIO, id], [TYORASTI, expiring]] as const) {
      restrictions.place({ registry, recordId, reason: 'Rajoituspyyntö', placedBy: 'paavo', placedAt: t.clock().toISOString() });
    }
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ blocked: 2 });
    expect(job(id)).toMatchObject({ status: 'blocked', outcome: 'restriction' });
    expect(job(expiring)).toMatchObject({ status: 'blocked', outcome: 'restriction' });
    expect(exists(id)).toBe(true);
  });
});
