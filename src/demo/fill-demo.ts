/**
 * Fills a demo database: synthetic records for every registry (through the record store, each
 * creation audited as the `demo` actor) and one demo user per role, holding that role in every
 * registry that declares it. Run again on the same database, it adds no records but gives the
 * demo users new passwords, so the printed credentials always work.
 */
import { generatePassword } from '../auth/password.js';
import type { Engine } from '../engine/engine.js';
import { newRecord } from '../operations/records.js';
import { countRecords } from './demo-database.js';
import { generateRecords } from './generate-records.js';
import { applyTimeline, demoTimeline, holdOneDue } from './demo-lifecycle.js';
import { createRng } from './random.js';
import { reconcileAll } from '../workflows/schedule.js';

export interface DemoUser {
  username: string;
  displayName: string;
  password: string;
  roles: Array<{ registry: string; role: string }>;
}

export interface DemoResult {
  /** Records added per registry (none when the database already held demo records). */
  added: Map<string, number>;
  users: DemoUser[];
}

/** Fills `engine`'s database, which must be a demo database (`engine.demo`). */
export async function fillDemo(engine: Engine, options: { count: number; seed?: number; password?: () => string }): Promise<DemoResult> {
  if (!engine.demo) throw new Error('not a demo database');
  const added = new Map<string, number>();
  if (countRecords(engine.db) === 0) {
    const today = engine.clock();
    for (const [index, registry] of engine.registries.entries()) {
      const records = generateRecords(registry, { count: options.count, seed: (options.seed ?? 2026) + index, today });
      const validator = engine.operations.validators.get(registry.id)!;
      // A generator of its own: the records stay the same whether or not time is added to them.
      const time = createRng((options.seed ?? 2026) + index + 7919);
      for (const generated of records) {
        const timeline = demoTimeline(registry, generated, today, time);
        const data = timeline.data;
        // The generator's records are valid by construction; a failure here is a bug, not input.
        const check = validator.validate(data, 'en');
        if (!check.ok) throw new Error(`demo record of ${registry.id} is invalid: ${check.errors[0]!.message}`);
        const created = timeline.createdAt.toISOString();
        const record = { ...newRecord(engine.operations, registry, data, 'demo'), createdAt: created, updatedAt: created };
        await engine.operations.store.insert(record, { actor: 'demo', action: 'create', outcome: 'ok', registry: registry.id, fields: Object.keys(data), reason: 'demo-data' });
        await applyTimeline(engine.operations, record, timeline);
      }
      added.set(registry.id, records.length);
    }
    // The timers and retention jobs of the new records; one due deletion per registry held.
    reconcileAll(engine.operations);
    for (const registry of engine.registries) holdOneDue(engine.operations, registry, today);
  }
  return { added, users: await demoUsers(engine, options.password ?? generatePassword) };
}

async function demoUsers(engine: Engine, password: () => string): Promise<DemoUser[]> {
  const byRole = new Map<string, { name: string; roles: Array<{ registry: string; role: string }> }>();
  for (const registry of engine.registries) {
    for (const role of registry.roles) {
      const entry = byRole.get(role.id) ?? { name: role.name.fi, roles: [] };
      entry.roles.push({ registry: registry.id, role: role.id });
      byRole.set(role.id, entry);
    }
  }
  const users: DemoUser[] = [];
  for (const [roleId, { name, roles }] of byRole) {
    const username = `demo.${roleId.replace(/_/g, '-')}`;
    const displayName = `Demo ${name}`.slice(0, 200);
    const secret = password();
    if (engine.users.get(username)) {
      await engine.users.resetPassword(username, secret);
      engine.users.enable(username);
      engine.users.setRoles(username, roles);
    } else {
      await engine.users.add({ username, displayName, password: secret, roles });
    }
    users.push({ username, displayName, password: secret, roles });
  }
  return users;
}
