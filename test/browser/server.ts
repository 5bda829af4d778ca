/** The real app on a real socket (port 0) for browser tests. */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Registry } from '../../src/model/types.js';
import { createApp } from '../../src/server/app.js';

export async function startServer(registries: readonly Registry[]): Promise<{ origin: string; close: () => Promise<void> }> {
  const app = createApp({ registries });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
