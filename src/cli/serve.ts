/** `seloste serve [paths]`: the notice site (and later the staff app) on `--port` / `PORT`. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { createApp } from '../server/app.js';
import type { CliIo } from './io.js';
import { loadRegistries } from './load-registries.js';

/** The running server, for whoever started it in process (tests). */
export interface ServerHandle {
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  paths: string[];
  lang: Lang;
  port: string | undefined;
  /** Called once the server listens; the CLI leaves the server running until the process ends. */
  onListening?: (server: ServerHandle) => void;
}

export const DEFAULT_PORT = 3000;

/** Starts the server and resolves once it listens (the process then stays up); exit code otherwise. */
export async function runServe(options: ServeOptions, io: CliIo): Promise<number> {
  // Digits only: Number() alone took "1e3", "0x50" and " 80" for ports.
  const port = options.port === undefined || options.port === '' ? DEFAULT_PORT : /^\d{1,5}$/.test(options.port) ? Number(options.port) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(translate(CLI_MESSAGES, 'serve.bad-port', options.lang, { port: options.port }));
    return 2;
  }
  const registries = loadRegistries(options.paths, options.lang, io);
  if (!registries) return 1;
  const app = createApp({ registries });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
      io.out(translate(CLI_MESSAGES, 'serve.listening', options.lang, { url: `http://localhost:${info.port}/notices`, count: registries.length }));
      options.onListening?.({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise((done, fail) => server.close((cause) => (cause ? fail(cause) : done()))),
      });
      resolve(0);
    });
    server.on('error', (cause: NodeJS.ErrnoException) => {
      io.err(translate(CLI_MESSAGES, 'serve.failed', options.lang, { port, reason: cause.code ?? cause.message }));
      resolve(1);
    });
  });
}
