import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { createWorkflowStores, type WorkflowStores } from '../../src/workflows/workflow-stores.js';

let db: Db | undefined;
function stores(): WorkflowStores {
  db = openDatabase(':memory:');
  return createWorkflowStores(db);
}
afterEach(() => db?.close());

describe('state history', () => {
  it('keeps every state entered, oldest first, and answers when a state was last entered', () => {
    const { states } = stores();
    states.enter('r', 'a', { state: 'aktiivinen', enteredAt: '2026-01-01T00:00:00.000Z', actor: 'maija' });
    states.enter('r', 'a', { state: 'paattynyt', transition: 'paata', enteredAt: '2026-02-01T00:00:00.000Z', actor: 'maija' });
    states.enter('r', 'a', { state: 'aktiivinen', transition: 'aktivoi', enteredAt: '2026-03-01T00:00:00.000Z', actor: 'system' });
    states.enter('r', 'b', { state: 'paattynyt', transition: 'paata', enteredAt: '2026-04-01T00:00:00.000Z', actor: 'maija' });
    expect(states.history('r', 'a')).toEqual([
      { state: 'aktiivinen', enteredAt: '2026-01-01T00:00:00.000Z', actor: 'maija' },
      { state: 'paattynyt', transition: 'paata', enteredAt: '2026-02-01T00:00:00.000Z', actor: 'maija' },
      { state: 'aktiivinen', transition: 'aktivoi', enteredAt: '2026-03-01T00:00:00.000Z', actor: 'system' },
    ]);
    expect(states.enteredAt('r', 'a', 'aktiivinen')).toBe('2026-03-01T00:00:00.000Z');
    expect(states.enteredAt('r', 'a', 'poistettu')).toBeUndefined();
    states.forget('r', 'a');
    expect(states.history('r', 'a')).toEqual([]);
    expect(states.history('r', 'b')).toHaveLength(1);
  });
});

describe('consents', () => {
  const given = { registry: 'r', recordId: 'a', consent: 'c', method: 'signed-form' as const, recordedBy: 'maija', recordedAt: '2026-03-02T08:00:00.000Z' };

  it.each([
    ['never given', [], false],
    ['given', [['given', '2026-01-01']], true],
    ['given, then withdrawn', [['given', '2026-01-01'], ['withdrawn', '2026-02-01']], false],
    ['withdrawn, then given again', [['given', '2026-01-01'], ['withdrawn', '2026-02-01'], ['given', '2026-03-01']], true],
    // Recorded late: a withdrawal dated before the giving that was recorded after it does not revoke it.
    ['a withdrawal recorded later but dated earlier', [['given', '2026-02-01'], ['withdrawn', '2026-01-01']], true],
  ] as const)('%s → valid: %s', (_name, events, valid) => {
    const { consents } = stores();
    for (const [event, at] of events) consents.record({ ...given, event, at: `${at}T00:00:00.000Z` });
    expect(consents.valid('r', 'a', 'c') !== undefined).toBe(valid);
    expect(consents.history('r', 'a', 'c').map((event) => event.event)).toEqual(events.map(([event]) => event));
  });

  it('keeps consents of different records and purposes apart, and forgets one record', () => {
    const { consents } = stores();
    consents.record({ ...given, event: 'given', at: '2026-01-01T00:00:00.000Z' });
    consents.record({ ...given, consent: 'd', event: 'given', at: '2026-01-01T00:00:00.000Z' });
    consents.record({ ...given, recordId: 'b', event: 'given', at: '2026-01-01T00:00:00.000Z' });
    expect(consents.history('r', 'a').map((event) => event.consent)).toEqual(['c', 'd']);
    consents.forget('r', 'a');
    expect(consents.history('r', 'a')).toEqual([]);
    expect(consents.valid('r', 'b', 'c')).toBeDefined();
  });
});

describe.each(['holds', 'restrictions'] as const)('%s', (kind) => {
  it('are in force until ended, once, and keep their history', () => {
    const store = stores()[kind];
    const first = store.place({ registry: 'r', recordId: 'a', reason: 'Oikeudenkäynti vireillä', placedBy: 'paakayttaja', placedAt: '2026-01-01T00:00:00.000Z' });
    store.place({ registry: 'r', recordId: 'b', reason: 'muu', placedBy: 'paakayttaja', placedAt: '2026-01-01T00:00:00.000Z' });
    expect(store.active('r', 'a')).toEqual([first]);
    expect(store.end(first.id, 'paakayttaja', '2026-02-01T00:00:00.000Z')).toBe(true);
    expect(store.end(first.id, 'paakayttaja', '2026-02-02T00:00:00.000Z')).toBe(false);
    expect(store.end(9999, 'paakayttaja', '2026-02-02T00:00:00.000Z')).toBe(false);
    expect(store.active('r', 'a')).toEqual([]);
    expect(store.history('r', 'a')).toEqual([{ ...first, endedBy: 'paakayttaja', endedAt: '2026-02-01T00:00:00.000Z' }]);
    expect(store.active('r', 'b')).toHaveLength(1);
  });
});
