/** An engine on a fresh temporary database with the five seeds, the app over it and API tokens per role. */
import { parseRoleGrant } from '../../src/auth/users.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEngine, type Engine } from '../../src/engine/engine.js';
import type { Form } from '../../src/forms/types.js';
import type { Registry } from '../../src/model/types.js';
import { fakeClock, type FakeClock } from '../../src/runtime/clock.js';
import { createApp } from '../../src/server/app.js';
import { loadSeeds } from './seeds.js';

export interface TestEngine {
  engine: Engine;
  clock: FakeClock;
  app: ReturnType<typeof createApp>;
  dir: string;
  /** A user holding `grants` (`registry:role`) and a bearer token for them. */
  userWithToken(username: string, grants: string[]): Promise<string>;
  /** `app.request` with a bearer token and JSON body. */
  call(token: string | undefined, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  errors: unknown[];
}

let seeds: Registry[] | undefined;

export function seedRegistries(): Registry[] {
  seeds ??= loadSeeds();
  return seeds;
}

export interface TestEngineOptions {
  registries?: readonly Registry[];
  db?: string;
  /** A demo database: accepts the generator's temporary identity codes. */
  demo?: boolean;
  /** The staff forms (e.g. `loadForms(['forms'], registries).forms`); the derived default forms when absent. */
  forms?: readonly Form[];
}

export async function testEngine(options: TestEngineOptions = {}): Promise<TestEngine> {
  const registries = options.registries ?? seedRegistries();
  const dir = mkdtempSync(join(tmpdir(), 'seloste-engine-'));
  const clock = fakeClock('2026-03-02T08:00:00Z');
  let counter = 0;
  const engine = startEngine({
    registries,
    db: options.db ?? join(dir, 'test.db'),
    markDemo: options.demo ?? false,
    clock,
    passwordCost: 2 ** 10,
    newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  });
  const errors: unknown[] = [];
  const app = createApp({ registries, engine, ...(options.forms ? { forms: options.forms } : {}), logError: (cause) => errors.push(cause) });
  return {
    engine,
    clock,
    app,
    dir,
    errors,
    async userWithToken(username, grants) {
      await engine.users.add({
        username,
        displayName: username,
        password: 'correct horse battery staple',
        roles: grants.map((grant) => parseRoleGrant(grant)!),
      });
      return engine.tokens.issue(username, 'test').token;
    },
    async call(token, method, path, body, headers = {}) {
      return app.request(path, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    },
  };
}

/** A response's JSON body, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(response: Response): Promise<any> {
  return response.json();
}
