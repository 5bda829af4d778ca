import { afterEach, describe, expect, it } from 'vitest';
import { OperationError } from '../../src/operations/errors.js';
import { holdReason, listHolds, placeHold, releaseHold } from '../../src/operations/legal-holds.js';
import { markReviewed, recordJobs, registryJobs } from '../../src/operations/jobs.js';
import { runDueJobs } from '../../src/workflows/scheduler.js';
import { testEngine, type TestEngine } from '../helpers/engine.js';
import { admin, create, DAY, RAISIO, transition, WALMU } from '../helpers/timers.js';
import type { Caller } from '../../src/operations/context.js';

let t: TestEngine;
afterEach(() => t?.engine.close());

const worker: Caller = { actor: 'liisa', roles: new Map([[RAISIO, ['tyontekija']], [WALMU, ['tyontekija']]]), lang: 'fi' };
const stranger: Caller = { actor: 'ville', roles: new Map(), lang: 'fi' };
const lastAudit = () => t.engine.audit.list({ limit: 1, order: 'newest' }).entries[0]!;

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<OperationError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (cause) {
    if (cause instanceof OperationError) return cause;
    throw cause;
  }
  throw new Error('not refused');
}

describe('hold reasons', () => {
  it.each([
    ['Kantelu vireillä', 'Kantelu vireillä'],
    ['  trimmed  ', 'trimmed'],
    ["Robert'); DROP TABLE legal_holds;--", "Robert'); DROP TABLE legal_holds;--"],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['ä'.repeat(500), 'ä'.repeat(500)],
    ['😀'.repeat(500), '😀'.repeat(500)],
  ])('accepts %j', (given, kept) => {
    expect(holdReason(given)).toBe(kept);
  });

  it.each([[''], ['   '], ['x'.repeat(501)], ['rivi\nrivi'], ['tab\there'], ['nul\u0000'], ['\u2028'], ['lone \ud800 surrogate'], [42], [null], [undefined], [['lista']], [{ fi: 'x' }]])(
    'refuses %j',
    (given) => {
      expect(holdReason(given)).toBeUndefined();
    },
  );
});

describe('placing and releasing holds', () => {
  it('places a hold with its reason, audited with codes only, and releases it', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, RAISIO);
    const hold = await placeHold(t.engine.operations, admin(), RAISIO, id, { reason: '  Vahingonkorvausasia  ' });
    expect(hold).toMatchObject({ registry: RAISIO, recordId: id, reason: 'Vahingonkorvausasia', placedBy: 'paavo', placedAt: '2026-03-02T08:00:00.000Z' });
    expect(lastAudit()).toMatchObject({ actor: 'paavo', action: 'legal-hold', outcome: 'ok', records: [id], reason: 'placed' });
    expect(JSON.stringify(lastAudit())).not.toContain('Vahingonkorvausasia');
    t.clock.advance(DAY);
    const released = await releaseHold(t.engine.operations, admin(), RAISIO, id, hold.id);
    expect(released).toMatchObject({ endedBy: 'paavo', endedAt: '2026-03-03T08:00:00.000Z' });
    expect(lastAudit()).toMatchObject({ action: 'legal-hold', outcome: 'ok', reason: 'released' });
    expect((await refusal(releaseHold(t.engine.operations, admin(), RAISIO, id, hold.id))).messageKey).toBe('api.hold-not-found');
    expect(await listHolds(t.engine.operations, worker, RAISIO, id)).toEqual([{ ...hold, endedBy: 'paavo', endedAt: '2026-03-03T08:00:00.000Z' }]);
  });

  it('refuses roles without the ability, bad reasons and unknown ids, each audited', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, RAISIO);
    const other = await create(t, RAISIO);
    expect(await refusal(placeHold(t.engine.operations, worker, RAISIO, id, { reason: 'x' }))).toMatchObject({ kind: 'forbidden' });
    expect(lastAudit()).toMatchObject({ actor: 'liisa', action: 'legal-hold', outcome: 'denied', reason: 'role-may-not' });
    expect(await refusal(placeHold(t.engine.operations, stranger, RAISIO, id, { reason: 'x' }))).toMatchObject({ kind: 'forbidden' });
    expect(await refusal(placeHold(t.engine.operations, admin(), RAISIO, id, { reason: 'a\nb' }))).toMatchObject({ kind: 'invalid', messageKey: 'api.hold-reason-invalid' });
    expect(lastAudit()).toMatchObject({ outcome: 'invalid', reason: 'bad-reason' });
    expect(await refusal(placeHold(t.engine.operations, admin(), RAISIO, 'ei-ole', { reason: 'x' }))).toMatchObject({ kind: 'not-found' });
    expect(lastAudit()).toMatchObject({ outcome: 'not-found', records: ['ei-ole'] });
    expect(await refusal(placeHold(t.engine.operations, admin(), 'ei-ole', id, { reason: 'x' }))).toMatchObject({ kind: 'not-found', messageKey: 'api.registry-not-found' });
    // A hold of another record cannot be released through this one.
    const hold = await placeHold(t.engine.operations, admin(), RAISIO, other, { reason: 'x' });
    for (const holdId of [hold.id, 0, -1, Number.NaN, 2 ** 60]) {
      expect(await refusal(releaseHold(t.engine.operations, admin(), RAISIO, id, holdId))).toMatchObject({ kind: 'not-found' });
    }
    expect(t.engine.operations.workflows.holds.active(RAISIO, other)).toHaveLength(1);
    expect(await refusal(releaseHold(t.engine.operations, worker, RAISIO, other, hold.id))).toMatchObject({ kind: 'forbidden' });
    expect(t.engine.operations.workflows.holds.active(RAISIO, other)).toHaveLength(1);
  });

  it('releasing lets the blocked deletion run at the next run, without waiting', async () => {
    t = await testEngine({ demo: true });
    t.clock.advance(-400 * DAY);
    const id = await create(t, RAISIO);
    await transition(t, RAISIO, id, 'paata');
    t.clock.advance(400 * DAY);
    const hold = await placeHold(t.engine.operations, admin(), RAISIO, id, { reason: 'Oikeudenkäynti' });
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ blocked: 1 });
    await releaseHold(t.engine.operations, admin(), RAISIO, id, hold.id);
    expect(await runDueJobs(t.engine.operations)).toMatchObject({ ran: 1 });
    expect(await t.engine.operations.store.get(RAISIO, id)).toBeUndefined();
  });
});

describe('jobs for staff', () => {
  it('shows a record\'s jobs to its readers and the registry\'s to admins; a writer marks a review done', async () => {
    t = await testEngine({ demo: true });
    const id = await create(t, WALMU);
    await transition(t, WALMU, id, 'paata');
    await runDueJobs(t.engine.operations);
    const [job] = await recordJobs(t.engine.operations, worker, WALMU, id);
    expect(job).toMatchObject({ rule: 'timer:sailytyksen_tarkistus', status: 'review' });
    expect(registryJobs(t.engine.operations, admin(), WALMU, { view: 'review' }).items.map((item) => item.id)).toEqual([job!.id]);
    expect(registryJobs(t.engine.operations, admin(), WALMU, {}).counts).toMatchObject({ review: 1, due: 0 });
    expect(await refusal(() => registryJobs(t.engine.operations, worker, WALMU, {}))).toMatchObject({ kind: 'forbidden' });
    expect(await refusal(() => registryJobs(t.engine.operations, admin(), WALMU, { view: 'kaikki' }))).toMatchObject({ kind: 'bad-request' });
    expect(await refusal(() => registryJobs(t.engine.operations, admin(), WALMU, { limit: 5000 }))).toMatchObject({ kind: 'bad-request' });
    expect(await refusal(() => markReviewed(t.engine.operations, stranger, WALMU, job!.id))).toMatchObject({ kind: 'forbidden' });
    expect(await refusal(() => markReviewed(t.engine.operations, admin(), RAISIO, job!.id))).toMatchObject({ kind: 'not-found' });
    expect(markReviewed(t.engine.operations, worker, WALMU, job!.id)).toMatchObject({ status: 'done', outcome: 'reviewed' });
    expect(lastAudit()).toMatchObject({ actor: 'liisa', action: 'review', outcome: 'ok', records: [id], reason: 'timer:sailytyksen_tarkistus' });
    expect(await refusal(() => markReviewed(t.engine.operations, worker, WALMU, job!.id))).toMatchObject({ kind: 'conflict', messageKey: 'api.job-not-in-review' });
    // Reviewed: not asked again while the record stays where it is.
    await runDueJobs(t.engine.operations);
    expect(await recordJobs(t.engine.operations, worker, WALMU, id)).toEqual([]);
  });
});
