/**
 * The scheduler inside `seloste serve`: runs at start (catching up) and on its interval, logs what
 * it did and what failed, never throws into the server, and stops cleanly (a run in progress
 * finishes before the database closes). The interval is driven by fake timers, never real waiting.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runServe, type ServerHandle } from '../../src/cli/serve.js';
import { startServeScheduler } from '../../src/cli/serve-scheduler.js';
import { startEngine } from '../../src/engine/engine.js';
import { startScheduler } from '../../src/workflows/scheduler.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { create, DAY, RAISIO, rowsOf, transition } from '../helpers/timers.js';

let t: TestEngine | undefined;
afterEach(() => {
  vi.useRealTimers();
  t?.engine.close();
  t = undefined;
});

async function endedLongAgo(): Promise<string> {
  t!.clock.advance(-400 * DAY);
  const id = await create(t!, RAISIO);
  await transition(t!, RAISIO, id, 'paata');
  t!.clock.advance(400 * DAY);
  return id;
}

describe('the scheduler', () => {
  it('runs at once and then on every interval, logging what it did', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    t = await testEngine({ demo: true });
    const first = await endedLongAgo();
    const out: string[] = [];
    const err: string[] = [];
    const scheduler = startServeScheduler(t.engine, 'en', { out: (line) => out.push(line), err: (line) => err.push(line) }, 60_000);
    await vi.waitFor(() => expect(out).toEqual(['Scheduled jobs run: 1 done, 0 waiting for review, 0 failed, 0 blocked, 0 cancelled.']));
    expect(rowsOf(t, 'rec_raisio_tyollisyyspalvelut', first, 'id')).toEqual([]);
    const second = await endedLongAgo();
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(() => expect(out).toHaveLength(2));
    expect(rowsOf(t, 'rec_raisio_tyollisyyspalvelut', second, 'id')).toEqual([]);
    // Nothing due: nothing logged.
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.stop();
    expect(out).toHaveLength(2);
    expect(err).toEqual([]);
  });

  it('logs a failed job and a failed run, and never throws', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    t = await testEngine({ demo: true });
    await endedLongAgo();
    const operations = t.engine.operations;
    const failing = { ...t.engine, operations: { ...operations, store: { ...operations.store, delete: async () => { throw new Error('disk full'); } } } };
    const err: string[] = [];
    const scheduler = startServeScheduler(failing, 'en', { out: () => undefined, err: (line) => err.push(line) });
    await vi.waitFor(() => expect(err.join('\n')).toContain('(retention:asiakkuuden_paattyminen): disk full'));
    await scheduler.stop();

    const broken = { ...operations, workflows: { ...operations.workflows, jobs: { ...operations.workflows.jobs, claim: () => { throw new Error('database is locked'); } } } };
    const errors: unknown[] = [];
    const other = startScheduler(broken, { onError: (cause) => errors.push(cause), onRun: () => { throw new Error('a logger that fails'); } });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    await other.stop();
    const third = startScheduler(operations, { onRun: () => { throw new Error('a logger that fails'); }, onError: () => { throw new Error('this one too'); } });
    await third.stop();
  });

  it('starts with seloste serve, catching up at once, and stops with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-serve-timers-'));
    const db = join(dir, 'test.db');
    t = await testEngine({ demo: true, db });
    const id = await endedLongAgo();
    t.engine.close();
    t = undefined;
    let server: ServerHandle | undefined;
    const out: string[] = [];
    const code = await runServe({ paths: [], lang: 'en', port: '0', db, onListening: (handle) => (server = handle) }, { out: (line) => out.push(line), err: () => undefined });
    expect(code).toBe(0);
    await vi.waitFor(() => expect(out.join('\n')).toContain('Scheduled jobs run: 1 done'));
    await server!.close();
    const engine = startEngine({ registries: seedRegistries(), db });
    try {
      expect(await engine.operations.store.get(RAISIO, id)).toBeUndefined();
    } finally {
      engine.close();
    }
  });
});
