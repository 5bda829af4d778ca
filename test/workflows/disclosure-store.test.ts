/** The disclosure log, and the consent and disclosure writes that commit with their audit entry or not at all. */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/storage/database.js';
import { createWorkflowStores, type WorkflowStores } from '../../src/workflows/workflow-stores.js';
import type { DisclosureEntry } from '../../src/workflows/disclosure-store.js';

let db: Db | undefined;
function stores(): WorkflowStores {
  db = openDatabase(':memory:');
  return createWorkflowStores(db);
}
afterEach(() => db?.close());

const entry = (id: string, disclosedAt: string, extra: Partial<DisclosureEntry> = {}): DisclosureEntry => ({
  id,
  registry: 'r',
  recordId: 'a',
  disclosure: 'kela',
  categories: ['perustiedot', 'tyokyky'],
  basis: 'law',
  disclosedAt,
  recordedBy: 'maija',
  recordedAt: '2026-03-02T08:00:00.000Z',
  ...extra,
});

describe('the disclosure log', () => {
  it('keeps entries in the order the data was disclosed, with their categories, consent event and method', () => {
    const { disclosures, consents } = stores();
    const given = consents.record({ registry: 'r', recordId: 'a', consent: 'c', event: 'given', at: '2026-01-01T00:00:00.000Z', method: 'written', recordedBy: 'maija', recordedAt: '2026-01-01T00:00:00.000Z' });
    disclosures.record(entry('2', '2026-02-01T12:00:00.000Z', { basis: 'consent', consentEvent: given.id, method: 'Turvaposti' }));
    disclosures.record(entry('1', '2026-01-15T12:00:00.000Z'));
    disclosures.record(entry('3', '2026-01-15T12:00:00.000Z', { recordId: 'b' }));
    expect(disclosures.history('r', 'a')).toEqual([entry('1', '2026-01-15T12:00:00.000Z'), entry('2', '2026-02-01T12:00:00.000Z', { basis: 'consent', consentEvent: given.id, method: 'Turvaposti' })]);
    expect(disclosures.history('r', 'b').map((row) => row.id)).toEqual(['3']);
    expect(disclosures.history('other', 'a')).toEqual([]);
  });

  it('refuses a basis other than consent or law, and a consent event that does not exist', () => {
    const { disclosures } = stores();
    expect(() => disclosures.record(entry('1', '2026-01-15T12:00:00.000Z', { basis: 'contract' as 'law' }))).toThrow(/CHECK constraint/);
    expect(() => disclosures.record(entry('2', '2026-01-15T12:00:00.000Z', { basis: 'consent', consentEvent: 999 }))).toThrow(/FOREIGN KEY/);
    expect(disclosures.history('r', 'a')).toEqual([]);
  });
});

describe('written together with the audit entry', () => {
  it('a disclosure whose audit entry fails is not logged', () => {
    const { disclosures } = stores();
    expect(() =>
      disclosures.record(entry('1', '2026-01-15T12:00:00.000Z'), () => {
        throw new Error('audit refused');
      }),
    ).toThrow('audit refused');
    expect(disclosures.history('r', 'a')).toEqual([]);
  });

  it('a consent event whose audit entry fails is not recorded', () => {
    const { consents } = stores();
    const event = { registry: 'r', recordId: 'a', consent: 'c', event: 'given' as const, at: '2026-01-01T00:00:00.000Z', method: 'oral' as const, recordedBy: 'maija', recordedAt: '2026-01-01T00:00:00.000Z' };
    expect(() =>
      consents.record(event, () => {
        throw new Error('audit refused');
      }),
    ).toThrow('audit refused');
    expect(consents.history('r', 'a')).toEqual([]);
    let ran = false;
    expect(consents.record(event, () => (ran = true)).id).toBeGreaterThan(0);
    expect(ran).toBe(true);
    expect(consents.valid('r', 'a', 'c')).toBeDefined();
  });
});
