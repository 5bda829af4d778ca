/**
 * `seloste serve [paths]`: the notice site, staff sign-in and the records API on `--port` /
 * `PORT`, over the database `--db` / `SELOSTE_DB` (default `./data/seloste.db`).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { startEngine, type Engine } from '../engine/engine.js';
import { DEFAULT_DEMO_COUNT, DEFAULT_DEMO_DB, openDemo } from './demo.js';
import { createApp } from '../server/app.js';
import { DEFAULT_DB_PATH } from '../storage/database.js';
import { startFailure, syncLines } from './engine-messages.js';
import type { CliIo } from './io.js';
import { loadFormsFor, loadRegistries } from './load-registries.js';
import { startServeScheduler } from './serve-scheduler.js';

/** The running server, for whoever started it in process (tests). */
export interface ServerHandle {
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  paths: string[];
  lang: Lang;
  port: string | undefined;
  /** Database file; default `./data/seloste.db`. */
  db?: string | undefined;
  /** Serve a demo database (`./data/demo.db` unless `db` is given), filled on first use. */
  demo?: boolean;
  /** The address people use; an `https://` one marks the session cookie `Secure`. */
  publicUrl?: string | undefined;
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
  const forms = loadFormsFor(registries, options.lang, io, options.paths.length > 0);
  if (!forms) return 1;
  let engine: Engine | undefined;
  try {
    engine = options.demo
      ? await openDemo(registries, options.db || DEFAULT_DEMO_DB, DEFAULT_DEMO_COUNT, options.lang, io)
      : startEngine({ registries, db: options.db || DEFAULT_DB_PATH });
    if (!engine) return 1;
  } catch (cause) {
    const lines = startFailure(cause, options.lang);
    if (!lines) throw cause;
    for (const line of lines) io.err(line);
    return 1;
  }
  for (const line of syncLines(engine.sync, options.lang)) io.out(line);
  const running = engine;
  const app = createApp({ registries, engine, forms, secureCookies: options.publicUrl?.startsWith('https://') ?? false });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
      io.out(translate(CLI_MESSAGES, 'serve.listening', options.lang, { url: `http://localhost:${info.port}/notices`, count: registries.length }));
      // Timers and retention: at once (catching up downtime), then every minute.
      const scheduler = startServeScheduler(running, options.lang, io);
      options.onListening?.({
        port: (server.address() as AddressInfo).port,
        close: async () => {
          await scheduler.stop();
          return new Promise((done, fail) =>
            server.close((cause) => {
              running.close();
              if (cause) fail(cause);
              else done();
            }),
          );
        },
      });
      resolve(0);
    });
    server.on('error', (cause: NodeJS.ErrnoException) => {
      io.err(translate(CLI_MESSAGES, 'serve.failed', options.lang, { port, reason: cause.code ?? cause.message }));
      running.close();
      resolve(1);
    });
  });
}
