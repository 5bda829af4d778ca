import { afterEach, describe, expect, it } from 'vitest';
import { fillDemo } from '../../src/demo/fill-demo.js';
import { testEngine, type TestEngine } from '../helpers/engine.js';
import { RAISIO, TYORASTI, WALMU } from '../helpers/timers.js';

let t: TestEngine;
afterEach(() => t?.engine.close());

describe('time in the demo data', () => {
  it('gives the timers and retention rules something due, upcoming and blocked', async () => {
    t = await testEngine({ demo: true });
    await fillDemo(t.engine, { count: 40, password: () => 'salasana salasana' });
    const jobs = t.engine.operations.workflows.jobs;
    const now = t.clock().toISOString();
    const raisio = jobs.list({ registry: RAISIO, statuses: ['pending'] });
    expect(raisio.filter((job) => job.dueAt <= now).length).toBeGreaterThan(0);
    expect(raisio.filter((job) => job.dueAt > now).length).toBeGreaterThan(0);
    expect(jobs.list({ registry: TYORASTI, statuses: ['pending'], dueBefore: now }).length).toBeGreaterThan(0);
    expect(jobs.list({ registry: WALMU, statuses: ['pending'] }).every((job) => job.rule === 'timer:sailytyksen_tarkistus')).toBe(true);
    // One due deletion is held, so the dry run shows a blocked one.
    const held = raisio.filter((job) => t.engine.operations.workflows.holds.active(RAISIO, job.recordId).length > 0);
    expect(held).toHaveLength(1);
    expect(held[0]!.dueAt <= now).toBe(true);
    // The ended relationships have their history: created before they ended, ended in the past.
    const ended = raisio[0]!;
    const history = t.engine.operations.workflows.states.history(RAISIO, ended.recordId);
    expect(history.map((entry) => entry.state)).toEqual(['aktiivinen', 'paattynyt']);
    expect(history[0]!.enteredAt < history[1]!.enteredAt && history[1]!.enteredAt < now).toBe(true);
    // Every record is still valid.
    for (const registry of t.engine.registries) {
      const page = await t.engine.operations.store.list(registry.id, { limit: 1000, offset: 0, filters: [] });
      for (const record of page.items) expect(t.engine.operations.validators.get(registry.id)!.validate(record.data, 'en').ok).toBe(true);
    }
    expect(t.engine.audit.verify().ok).toBe(true);
  });
});
