/** The real app on a real socket (port 0) for browser tests. */
import { parseRoleGrant } from '../../src/auth/users.js';
import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillDemo } from '../../src/demo/fill-demo.js';
import { startEngine, type Engine } from '../../src/engine/engine.js';
import { loadForms } from '../../src/forms/form-loader.js';
import type { Form } from '../../src/forms/types.js';
import type { Registry } from '../../src/model/types.js';
import { createApp, type AppContext } from '../../src/server/app.js';

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

export async function startServer(registries: readonly Registry[]): Promise<RunningServer> {
  return serveApp({ registries });
}

/** Serves `createApp(context)` on 127.0.0.1 and a free port. */
export async function serveApp(context: AppContext): Promise<RunningServer> {
  const app = createApp(context);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive connections of the browser would hold the server open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export interface StaffServer extends RunningServer {
  engine: Engine;
  registries: readonly Registry[];
  forms: readonly Form[];
  /** Errors the app's error handler caught (a 500 is a defect). */
  errors: unknown[];
  /** Adds a staff user holding `grants` (`registry:role`). */
  addUser(username: string, grants: readonly string[], password?: string): Promise<{ username: string; password: string }>;
}

export const TEST_PASSWORD = 'oikea hevonen paristo niitti';

/**
 * The staff pages over a fresh demo database (temporary identity codes accepted) in a temporary
 * folder, with the forms of `forms/`; `fill` adds that many demo records per registry.
 */
export async function startStaffServer(registries: readonly Registry[], options: { fill?: number } = {}): Promise<StaffServer> {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-browser-'));
  const engine = startEngine({ registries, db: join(dir, 'staff.db'), markDemo: true, passwordCost: 2 ** 10 });
  const loaded = loadForms(['forms'], registries);
  if (loaded.problems.length > 0) throw new Error(`forms/ does not load: ${loaded.problems.map((problem) => problem.code).join(', ')}`);
  if (options.fill) await fillDemo(engine, { count: options.fill, seed: 5, password: () => TEST_PASSWORD });
  const errors: unknown[] = [];
  const running = await serveApp({ registries, engine, forms: loaded.forms, logError: (cause) => errors.push(cause) });
  return {
    ...running,
    engine,
    registries,
    forms: loaded.forms,
    errors,
    async addUser(username, grants, password = TEST_PASSWORD) {
      await engine.users.add({
        username,
        displayName: `Testi ${username}`,
        password,
        roles: grants.map((grant) => parseRoleGrant(grant)!),
      });
      return { username, password };
    },
    async close() {
      await running.close();
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
