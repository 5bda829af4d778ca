/**
 * Schema sync: additive changes keep the data; removed, renamed and re-typed fields are refused
 * while records hold values, until `data_changes` says what happens; a refusal changes nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEngine, type Engine } from '../../src/engine/engine.js';
import type { Registry } from '../../src/model/types.js';
import { fakeClock } from '../../src/runtime/clock.js';
import { SchemaSyncError } from '../../src/storage/schema-sync.js';
import type { RecordData } from '../../src/storage/record-store.js';
import { registryFrom, TEST_REGISTRY_HEAD } from '../helpers/registry-text.js';

const HEAD = `${TEST_REGISTRY_HEAD}      - { id: sukunimi, label: Sukunimi, type: text, required: true }
`;

/** A definition: the head plus more field lines (already indented) and top-level keys. */
function definition(fields: string, rest = ''): Registry {
  return registryFrom(`${HEAD}${fields}${rest}`);
}

const V1 = definition(`      - { id: puhelin, label: Puhelin, type: text }
      - { id: kesto, label: Kesto, type: text }
      - id: tapahtumat
        label: Tapahtumat
        type: group
        fields:
          - { id: aihe, label: Aihe, type: text }
`);

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'seloste-sync-')), 'sync.db');
}

function start(file: string, registries: Registry[]): Engine {
  let n = 0;
  return startEngine({ registries, db: file, clock: fakeClock(), newId: () => `rec-${++n}` });
}

async function insert(engine: Engine, data: RecordData, id = 'rec-1'): Promise<void> {
  const now = '2026-01-15T09:00:00.000Z';
  await engine.operations.store.insert(
    { id, registry: 'testi', registryVersion: engine.registries[0]!.origin.digest, state: null, version: 1, createdAt: now, updatedAt: now, createdBy: 'test', updatedBy: 'test', data },
    { actor: 'test', action: 'create', outcome: 'ok', registry: 'testi' },
  );
}

/** v1 with one record holding `data`, then closed. */
async function seeded(data: RecordData): Promise<string> {
  const file = tempDb();
  const engine = start(file, [V1]);
  await insert(engine, data);
  engine.close();
  return file;
}

function refusal(file: string, registries: Registry[]): SchemaSyncError {
  try {
    start(file, registries).close();
  } catch (cause) {
    if (cause instanceof SchemaSyncError) return cause;
    throw cause;
  }
  throw new Error('the sync was not refused');
}

async function readBack(file: string, registries: Registry[]): Promise<RecordData | undefined> {
  const engine = start(file, registries);
  const record = await engine.operations.store.get('testi', 'rec-1');
  engine.close();
  return record?.data;
}

describe('schema sync', () => {
  it('creates the tables of a new registry and does nothing when nothing changed', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', puhelin: '040 123 4567', tapahtumat: [{ aihe: 'Alkuhaastattelu' }] });
    const engine = start(file, [V1]);
    expect(engine.sync.plans[0]!.steps).toEqual([]);
    engine.close();
    expect(await readBack(file, [V1])).toEqual({ sukunimi: 'Virtanen', puhelin: '040 123 4567', tapahtumat: [{ aihe: 'Alkuhaastattelu' }] });
  });

  it('applies additive changes (a field, a group member, a group) and keeps the data', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', kesto: '30', tapahtumat: [{ aihe: 'Puhelu' }] });
    const v2 = definition(`      - { id: puhelin, label: Puhelin, type: text }
      - { id: kesto, label: Kesto, type: text }
      - { id: sahkoposti, label: Sähköposti, type: email }
      - id: tapahtumat
        label: Tapahtumat
        type: group
        fields:
          - { id: aihe, label: Aihe, type: text }
          - { id: paikka, label: Paikka, type: text }
      - id: poissaolot
        label: Poissaolot
        type: group
        fields:
          - { id: pvm, label: Päivä, type: date }
`);
    const engine = start(file, [v2]);
    expect(engine.sync.plans[0]!.steps.map((step) => step.kind)).toEqual(['add-column', 'add-column', 'add-group']);
    await engine.operations.store.update(
      { ...(await engine.operations.store.get('testi', 'rec-1'))!, data: { sukunimi: 'Virtanen', sahkoposti: 'a@example.fi', poissaolot: [{ pvm: '2026-01-02' }] } },
      1,
      { actor: 'test', action: 'update', outcome: 'ok', registry: 'testi' },
    );
    expect((await engine.operations.store.get('testi', 'rec-1'))!.data).toEqual({ sukunimi: 'Virtanen', sahkoposti: 'a@example.fi', poissaolot: [{ pvm: '2026-01-02' }] });
    engine.close();
  });

  it('refuses a removed field that holds data, names it and the count, and changes nothing', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', puhelin: '040 123 4567' });
    const v2 = definition(`      - { id: kesto, label: Kesto, type: text }
      - id: tapahtumat
        label: Tapahtumat
        type: group
        fields:
          - { id: aihe, label: Aihe, type: text }
      - { id: sahkoposti, label: Sähköposti, type: email }
`);
    const error = refusal(file, [v2]);
    expect(error.problems).toEqual([{ code: 'field-removed', registry: 'testi', file: 'registries/testi.yaml', field: 'puhelin', values: 1 }]);
    // Nothing applied: not even the additive part of the same change.
    expect(await readBack(file, [V1])).toEqual({ sukunimi: 'Virtanen', puhelin: '040 123 4567' });
  });

  it('drops a removed field automatically when no record holds a value for it', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', kesto: '30' });
    const v2 = definition(`      - { id: kesto, label: Kesto, type: text }
      - id: tapahtumat
        label: Tapahtumat
        type: group
        fields:
          - { id: aihe, label: Aihe, type: text }
`);
    const engine = start(file, [v2]);
    expect(engine.sync.plans[0]!.steps).toMatchObject([{ kind: 'drop-column', column: { field: 'puhelin' }, values: 0 }]);
    engine.close();
  });

  it.each([
    ['delete', `      - { field: puhelin, action: delete, reason: Puhelinnumeroa ei enää tarvita }`, { sukunimi: 'Virtanen', kesto: '30' }],
    ['rename', `      - { field: puhelin, action: rename, to: matkapuhelin }`, { sukunimi: 'Virtanen', kesto: '30', matkapuhelin: '040 123 4567' }],
  ])('applies a removal stated as %s', async (_action, change, expected) => {
    const file = await seeded({ sukunimi: 'Virtanen', puhelin: '040 123 4567', kesto: '30' });
    const v2 = definition(
      `      - { id: matkapuhelin, label: Matkapuhelin, type: text }
      - { id: kesto, label: Kesto, type: text }
      - id: tapahtumat
        label: Tapahtumat
        type: group
        fields:
          - { id: aihe, label: Aihe, type: text }
`,
      `data_changes:\n${change.replace(/^ {6}/, '  ')}\n`,
    );
    expect(await readBack(file, [v2])).toEqual(expected);
  });

  const retyped = (change: string) =>
    definition(
      `      - { id: puhelin, label: Puhelin, type: text }
      - { id: kesto, label: Kesto, type: number, integer: true }
      - id: tapahtumat
        label: Tapahtumat
        type: group
        fields:
          - { id: aihe, label: Aihe, type: text }
`,
      change === '' ? '' : `data_changes:\n  - ${change}\n`,
    );

  it('refuses a re-typed field holding data until a decision is stated', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', kesto: '45' });
    expect(refusal(file, [retyped('')]).problems).toEqual([
      { code: 'field-retyped', registry: 'testi', file: 'registries/testi.yaml', field: 'kesto', values: 1, from: 'text', to: 'number' },
    ]);
    expect(await readBack(file, [V1])).toEqual({ sukunimi: 'Virtanen', kesto: '45' });
  });

  it('converts a re-typed field when every value fits the new type', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', kesto: '45' });
    expect(await readBack(file, [retyped('{ field: kesto, action: convert }')])).toEqual({ sukunimi: 'Virtanen', kesto: 45 });
  });

  it('refuses the conversion, naming a record, when a value does not fit; nothing changes', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', kesto: 'puoli tuntia' });
    expect(refusal(file, [retyped('{ field: kesto, action: convert }')]).problems).toEqual([
      { code: 'convert-failed', registry: 'testi', file: 'registries/testi.yaml', field: 'kesto', values: 1, from: 'text', to: 'number', invalid: 1, example: 'rec-1' },
    ]);
    expect(await readBack(file, [V1])).toEqual({ sukunimi: 'Virtanen', kesto: 'puoli tuntia' });
  });

  it('clears a re-typed field when told so', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', kesto: 'puoli tuntia' });
    expect(await readBack(file, [retyped('{ field: kesto, action: clear }')])).toEqual({ sukunimi: 'Virtanen' });
  });

  it('refuses a removed group with entries, and drops it when stated', async () => {
    const file = await seeded({ sukunimi: 'Virtanen', tapahtumat: [{ aihe: 'Puhelu' }, { aihe: 'Tapaaminen' }] });
    const fields = `      - { id: puhelin, label: Puhelin, type: text }
      - { id: kesto, label: Kesto, type: text }
`;
    expect(refusal(file, [definition(fields)]).problems).toMatchObject([{ code: 'field-removed', field: 'tapahtumat', values: 2 }]);
    expect(await readBack(file, [definition(fields, 'data_changes:\n  - { field: tapahtumat, action: delete }\n')])).toEqual({ sukunimi: 'Virtanen' });
  });

  it('keeps the tables of a registry whose definition is no longer loaded, and says so', async () => {
    const file = await seeded({ sukunimi: 'Virtanen' });
    const other = registryFrom(HEAD.replace('id: testi', 'id: toinen'), 'registries/toinen.yaml');
    const engine = start(file, [other]);
    expect(engine.sync.orphans).toEqual(['testi']);
    engine.close();
    expect(await readBack(file, [V1])).toEqual({ sukunimi: 'Virtanen' });
  });

  it('records the definition version each record was written under', async () => {
    const file = await seeded({ sukunimi: 'Virtanen' });
    const engine = start(file, [V1]);
    const record = await engine.operations.store.get('testi', 'rec-1');
    expect(record!.registryVersion).toBe(V1.origin.digest);
    expect(engine.db.prepare('SELECT registry, version FROM registry_versions').all()).toEqual([{ registry: 'testi', version: V1.origin.digest }]);
    engine.close();
  });
});
