/** The request store: a change only from the version read, with its events in the same transaction; the list's order and filters. */
import { describe, expect, it } from 'vitest';
import type { SubjectRequest } from '../../src/workflows/request-store.js';
import { testEngine } from '../helpers/engine.js';

function request(id: string, changes: Partial<SubjectRequest> = {}): SubjectRequest {
  return {
    id,
    kind: 'access',
    identityCode: '250675-940M',
    registries: ['walmu-asiakashallinta'],
    receivedAt: '2026-03-02',
    identityVerified: false,
    lang: 'fi',
    deadline: '2026-03-16',
    status: 'open',
    version: 1,
    createdBy: 'kasittelija',
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
    ...changes,
  };
}

const created = { at: '2026-03-02T08:00:00.000Z', actor: 'kasittelija', event: 'created', detail: {} };

describe('request store', () => {
  it('changes a request only from the version read, with its events, or not at all', async () => {
    const { engine } = await testEngine();
    const store = engine.operations.workflows.requests;
    store.create(request('a'), created);
    const verified = { ...request('a'), identityVerified: true, version: 2 };
    expect(store.update(verified, 1, [{ ...created, event: 'identity-verified', detail: { note: 'Passi' } }])).toEqual(verified);
    expect(store.update({ ...verified, status: 'completed', version: 2 }, 1, [{ ...created, event: 'completed' }])).toBe('conflict');
    expect(store.update(request('missing', { version: 2 }), 1, [])).toBe('not-found');
    expect(store.get('a')).toEqual(verified);
    expect(store.events('a').map((event) => [event.event, event.detail])).toEqual([
      ['created', {}],
      ['identity-verified', { note: 'Passi' }],
    ]);
    store.note('a', [{ ...created, event: 'package', detail: { format: 'json' } }]);
    expect(store.get('a')!.version).toBe(2);
    expect(store.events('a').at(-1)!.event).toBe('package');
    engine.close();
  });

  it('lists open requests by deadline first, closed ones after, and leaves out registries not handled', async () => {
    const { engine } = await testEngine();
    const store = engine.operations.workflows.requests;
    store.create(request('late', { deadline: '2026-03-05' }), created);
    store.create(request('extended', { deadline: '2026-03-01', extendedTo: '2026-05-01', extensionReason: 'Laaja' }), created);
    store.create(request('raisio', { deadline: '2026-03-10', registries: ['raisio-tyollisyyspalvelut', 'walmu-asiakashallinta'] }), created);
    store.create(request('done', { deadline: '2026-03-01', status: 'completed' }), created);
    const ids = (query: Partial<Parameters<typeof store.list>[0]>) => store.list({ excluded: [], limit: 50, offset: 0, ...query }).items.map((item) => item.id);
    expect(ids({})).toEqual(['late', 'raisio', 'extended', 'done']);
    expect(ids({ overdueOn: '2026-03-06' })).toEqual(['late']);
    expect(ids({ status: 'completed' })).toEqual(['done']);
    expect(ids({ excluded: ['raisio-tyollisyyspalvelut'] })).toEqual(['late', 'extended', 'done']);
    expect(store.list({ excluded: [], limit: 1, offset: 1 })).toMatchObject({ total: 4, items: [{ id: 'raisio' }] });
    engine.close();
  });
});
