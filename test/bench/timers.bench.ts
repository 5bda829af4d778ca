/**
 * Timers at start-up: `reconcileAll` over five registries of 5,000 records each (a quarter of
 * them moved out of their initial state, Työrasti's IDs with their expiry dates), on a file
 * database — once with every job in place (every start), once from an empty jobs table (the first
 * start after an upgrade, or a lost table). And one scheduler run with nothing due.
 */
import { bench, describe } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import { newRecord } from '../../src/operations/records.js';
import { reconcileAll } from '../../src/workflows/schedule.js';
import { runDueJobs } from '../../src/workflows/scheduler.js';
import { testEngine } from '../helpers/engine.js';

const TODAY = new Date('2026-03-02');
const t = await testEngine({ demo: true });
const context = t.engine.operations;
for (const [index, registry] of t.engine.registries.entries()) {
  const transition = registry.lifecycle?.transitions.find((candidate) => candidate.from.includes(registry.lifecycle!.initial) && candidate.roles.length > 0);
  for (const [n, data] of generateRecords(registry, { count: 5_000, seed: 20 + index, today: TODAY }).entries()) {
    const record = newRecord(context, registry, data, 'bench');
    await context.store.insert(record, { actor: 'bench', action: 'create', outcome: 'ok', registry: registry.id });
    if (transition && n % 4 === 0) {
      await context.store.update({ ...record, state: transition.to, version: 2 }, 1, { actor: 'bench', action: 'transition', outcome: 'ok', registry: registry.id, records: [record.id] }, {
        state: transition.to,
        transition: transition.id,
        enteredAt: record.createdAt,
        actor: 'bench',
      });
    }
  }
}
reconcileAll(context);

describe('timers (5 registries × 5,000 records, file database)', () => {
  bench('reconcileAll with every job in place (every start)', () => {
    reconcileAll(context);
  });
  bench('reconcileAll from an empty jobs table (first start)', () => {
    t.engine.db.prepare('DELETE FROM jobs').run();
    reconcileAll(context);
  });
  bench('a scheduler run with nothing due', async () => {
    await runDueJobs(context);
  });
});
