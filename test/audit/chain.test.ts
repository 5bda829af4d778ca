/** The canonical serialization and hash of an entry: fixed, unambiguous, sensitive to every part. */
import { describe, expect, it } from 'vitest';
import { canonicalEntry, entryHash, GENESIS_HASH, type ChainedEntry } from '../../src/audit/chain.js';

const entry: ChainedEntry = {
  seq: 1,
  at: '2026-01-15T09:00:00.000Z',
  actor: 'maija',
  action: 'read',
  outcome: 'ok',
  registry: 'asiakkaat',
  records: ['r1', 'r2'],
  fields: ['nimi', 'hetu'],
  reason: null,
  ip: '10.0.0.1',
  prevHash: GENESIS_HASH,
};

describe('the hash chain', () => {
  it('starts from 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0000000000000000000000000000000000000000000000000000000000000000');
  });

  it('serializes an entry as a tagged JSON array in a fixed order', () => {
    expect(canonicalEntry(entry)).toBe(
      `["seloste-audit/1",1,"2026-01-15T09:00:00.000Z","maija","read","ok","asiakkaat",["r1","r2"],["nimi","hetu"],null,"10.0.0.1","${GENESIS_HASH}"]`,
    );
  });

  it('hashes the serialization with SHA-256 (a value fixed here: changing the format breaks every stored chain)', () => {
    // printf '%s' '<the serialization above>' | sha256sum
    expect(entryHash(entry)).toBe('4f783243abf8220fc479c1605026b83ee6c0fccbd413e0b289ca777be91d945a');
  });

  it('does not depend on the order of the keys of the object', () => {
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as unknown as ChainedEntry;
    expect(entryHash(reordered)).toBe(entryHash(entry));
  });

  it.each<[string, Partial<ChainedEntry>]>([
    ['seq', { seq: 2 }],
    ['at', { at: '2026-01-15T09:00:00.001Z' }],
    ['actor', { actor: 'maijA' }],
    ['action', { action: 'update' }],
    ['outcome', { outcome: 'denied' }],
    ['registry', { registry: null }],
    ['records', { records: ['r1'] }],
    ['order of records', { records: ['r2', 'r1'] }],
    ['fields', { fields: ['nimi'] }],
    ['reason', { reason: 'role-may-not-read' }],
    ['ip', { ip: null }],
    ['prevHash', { prevHash: 'f'.repeat(64) }],
  ])('changes with the %s', (_, change) => {
    expect(entryHash({ ...entry, ...change })).not.toBe(entryHash(entry));
  });

  it('keeps apart values a joined text would confuse', () => {
    const pairs: [Partial<ChainedEntry>, Partial<ChainedEntry>][] = [
      [{ records: ['a,b'] }, { records: ['a', 'b'] }],
      [{ records: ['x'], fields: [] }, { records: [], fields: ['x'] }],
      [{ registry: null }, { registry: 'null' }],
      [{ reason: null, ip: 'x' }, { reason: 'x', ip: null }],
      [{ actor: 'a"', action: 'b' }, { actor: 'a', action: '"b' }],
      [{ records: [] }, { records: [''] }],
    ];
    for (const [a, b] of pairs) expect(canonicalEntry({ ...entry, ...a })).not.toBe(canonicalEntry({ ...entry, ...b }));
  });

  it('returns 64 lowercase hex digits', () => {
    expect(entryHash({ ...entry, actor: 'Åsa Öberg 😀' })).toMatch(/^[0-9a-f]{64}$/);
  });
});
