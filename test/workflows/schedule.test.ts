import { afterEach, describe, expect, it } from 'vitest';
import { deleteRecord, updateRecord } from '../../src/operations/records.js';
import { reconcileAll, reconcileRecordJobs, scheduleOf } from '../../src/workflows/schedule.js';
import { startEngine } from '../../src/engine/engine.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { admin, create, HAKOSALO, JOENSUU, RAISIO, transition, TYORASTI, WALMU } from '../helpers/timers.js';

let t: TestEngine;
afterEach(() => t?.engine.close());

const jobsOf = (id: string) =>
  t.engine.operations.workflows.jobs.list({ recordId: id }).map(({ rule, dueAt, status, outcome }) => ({ rule, dueAt, status, ...(outcome ? { outcome } : {}) }));
const registry = (id: string) => seedRegistries().find((candidate) => candidate.id === id)!;
const facts = (over: Partial<{ state: string; enteredAt: string; values: Record<string, unknown> }>) => ({
  id: 'r1',
  enteredAt: '2026-01-10T10:00:00.000Z',
  createdAt: '2025-06-01T10:00:00.000Z',
  updatedAt: '2026-01-10T10:00:00.000Z',
  values: {},
  ...over,
});

describe('the schedule of each seed', () => {
  it('Raisio: deletion one year after the relationship ended, only while it stays ended', () => {
    expect(scheduleOf(registry(RAISIO), facts({ state: 'paattynyt' })).due).toEqual([
      { rule: 'retention:asiakkuuden_paattyminen', dueAt: '2027-01-10T10:00:00.000Z', since: '2026-01-10T10:00:00.000Z' },
    ]);
    const active = scheduleOf(registry(RAISIO), facts({ state: 'aktiivinen' }));
    expect(active.due).toEqual([]);
    expect(active.notDue.get('retention:asiakkuuden_paattyminen')).toBe('left-state');
  });

  it('Työrasti: the ID expires when its last valid day ends, then waits for review', () => {
    expect(scheduleOf(registry(TYORASTI), facts({ state: 'voimassa', values: { tunnus_voimassa_asti: '2026-06-30' } })).due).toEqual([
      { rule: 'timer:maaraaika_paattyy', dueAt: '2026-06-30T21:00:00.000Z', since: '2026-01-10T10:00:00.000Z' },
    ]);
    const noDate = scheduleOf(registry(TYORASTI), facts({ state: 'voimassa' }));
    expect(noDate.due).toEqual([]);
    expect(noDate.notDue.get('timer:maaraaika_paattyy')).toBe('field-empty');
    expect(scheduleOf(registry(TYORASTI), facts({ state: 'vanhentunut' })).due).toEqual([
      { rule: 'timer:uusimispyynto', dueAt: '2026-01-10T10:00:00.000Z', since: '2026-01-10T10:00:00.000Z' },
    ]);
    expect(scheduleOf(registry(TYORASTI), facts({ state: 'poistettu' })).due).toEqual([]);
  });

  it('Walmu: a review when the customer relationship ends', () => {
    expect(scheduleOf(registry(WALMU), facts({ state: 'paattynyt' })).due).toEqual([
      { rule: 'timer:sailytyksen_tarkistus', dueAt: '2026-01-10T10:00:00.000Z', since: '2026-01-10T10:00:00.000Z' },
    ]);
    expect(scheduleOf(registry(WALMU), facts({ state: 'aktiivinen' })).due).toEqual([]);
  });

  it.each([JOENSUU, HAKOSALO])('%s: reference-only retention and no timers give no jobs', (id) => {
    const schedule = scheduleOf(registry(id), facts({ state: registry(id).lifecycle?.initial ?? 'x' }));
    expect(schedule.due).toEqual([]);
  });
});

describe('reconciling a record', () => {
  it('follows a Raisio record through its lifecycle', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, RAISIO);
    expect(jobsOf(id)).toEqual([]);
    await transition(t, RAISIO, id, 'paata');
    expect(jobsOf(id)).toEqual([{ rule: 'retention:asiakkuuden_paattyminen', dueAt: '2027-03-02T08:00:00.000Z', status: 'pending' }]);
    t.clock.advance(30 * 24 * 3600 * 1000);
    await transition(t, RAISIO, id, 'aktivoi');
    expect(jobsOf(id)).toEqual([{ rule: 'retention:asiakkuuden_paattyminen', dueAt: '2027-03-02T08:00:00.000Z', status: 'cancelled', outcome: 'left-state' }]);
    t.clock.advance(24 * 3600 * 1000);
    await transition(t, RAISIO, id, 'paata');
    // Entering the state again starts the clock afresh.
    expect(jobsOf(id)).toEqual([{ rule: 'retention:asiakkuuden_paattyminen', dueAt: '2027-04-02T08:00:00.000Z', status: 'pending' }]);
    await deleteRecord(t.engine.operations, admin(), RAISIO, id);
    expect(jobsOf(id)).toEqual([{ rule: 'retention:asiakkuuden_paattyminen', dueAt: '2027-04-02T08:00:00.000Z', status: 'cancelled', outcome: 'record-deleted' }]);
  });

  it('moves a Työrasti expiry with its date and cancels it when the date is cleared', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-04-30' });
    expect(jobsOf(id)).toEqual([{ rule: 'timer:maaraaika_paattyy', dueAt: '2026-04-30T21:00:00.000Z', status: 'pending' }]);
    await updateRecord(t.engine.operations, admin(), TYORASTI, id, { tunnus_voimassa_asti: '2026-05-31' });
    expect(jobsOf(id)).toEqual([{ rule: 'timer:maaraaika_paattyy', dueAt: '2026-05-31T21:00:00.000Z', status: 'pending' }]);
    // The field is required, so clear it underneath the operations (as an old record may lack it).
    t.engine.db.prepare('UPDATE rec_helsinki_tyorasti SET f_tunnus_voimassa_asti = NULL WHERE id = ?').run(id);
    expect(reconcileRecordJobs(t.engine.operations, TYORASTI, id)).toEqual({ created: 0, rearmed: 0, cancelled: 1 });
    expect(jobsOf(id)).toEqual([{ rule: 'timer:maaraaika_paattyy', dueAt: '2026-05-31T21:00:00.000Z', status: 'cancelled', outcome: 'field-empty' }]);
  });

  it('is idempotent', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-04-30' });
    const before = jobsOf(id);
    expect(reconcileRecordJobs(t.engine.operations, TYORASTI, id)).toEqual({ created: 0, rearmed: 0, cancelled: 0 });
    expect(reconcileAll(t.engine.operations)).toEqual({ created: 0, rearmed: 0, cancelled: 0 });
    expect(jobsOf(id)).toEqual(before);
  });
});

describe('reconciling everything at start-up', () => {
  it('catches up records written while their jobs were missing, and jobs of records that are gone', async () => {
    t = await testEngine({ demo: true });
    const kept = await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-04-30' });
    const gone = await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-05-30' });
    // As if the process died between the writes and their reconciliation.
    t.engine.db.prepare('DELETE FROM jobs WHERE record_id = ?').run(kept);
    t.engine.db.prepare('DELETE FROM rec_helsinki_tyorasti WHERE id = ?').run(gone);
    const path = t.engine.db.name;
    t.engine.close();
    const again = startEngine({ registries: seedRegistries(), db: path, clock: t.clock });
    try {
      const jobs = again.operations.workflows.jobs;
      expect(jobs.list({ recordId: kept }).map((job) => [job.status, job.dueAt])).toEqual([['pending', '2026-04-30T21:00:00.000Z']]);
      expect(jobs.list({ recordId: gone }).map((job) => [job.status, job.outcome])).toEqual([['cancelled', 'record-deleted']]);
    } finally {
      again.close();
    }
  });

  it('cancels the jobs of a rule the definition no longer has', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, TYORASTI, { tunnus_voimassa_asti: '2026-04-30' });
    t.engine.db.prepare("UPDATE jobs SET rule = 'timer:vanha' WHERE record_id = ?").run(id);
    expect(reconcileAll(t.engine.operations)).toEqual({ created: 1, rearmed: 0, cancelled: 1 });
    expect(jobsOf(id)).toEqual([
      { rule: 'timer:vanha', dueAt: '2026-04-30T21:00:00.000Z', status: 'cancelled', outcome: 'rule-removed' },
      { rule: 'timer:maaraaika_paattyy', dueAt: '2026-04-30T21:00:00.000Z', status: 'pending' },
    ]);
  });
});
