/**
 * `seloste demo [--db FILE] [--count N]`: a demo database (default `./data/demo.db`) with
 * synthetic customers in every registry and a demo user per role, whose credentials it prints.
 * It refuses a database that already holds real records.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { DEMO_MESSAGES } from '../i18n/demo-messages.js';
import { NotEmptyError } from '../demo/demo-database.js';
import { fillDemo } from '../demo/fill-demo.js';
import { startEngine, type Engine } from '../engine/engine.js';
import type { Registry } from '../model/types.js';
import { startFailure } from './engine-messages.js';
import type { CliIo } from './io.js';
import { loadRegistries } from './load-registries.js';

export const DEFAULT_DEMO_DB = './data/demo.db';
export const DEFAULT_DEMO_COUNT = 25;

export interface DemoOptions {
  paths: string[];
  lang: Lang;
  db?: string | undefined;
  count?: string | undefined;
}

export async function runDemo(options: DemoOptions, io: CliIo): Promise<number> {
  const count = parseCount(options.count);
  if (count === undefined) {
    io.err(translate(DEMO_MESSAGES, 'demo.bad-count', options.lang, { count: options.count }));
    return 2;
  }
  const registries = loadRegistries(options.paths, options.lang, io);
  if (!registries) return 1;
  const engine = await openDemo(registries, options.db || DEFAULT_DEMO_DB, count, options.lang, io);
  if (!engine) return 1;
  engine.close();
  return 0;
}

/** Opens (creating and filling if needed) a demo database and prints its demo users; undefined after printing why not. */
export async function openDemo(registries: readonly Registry[], path: string, count: number, lang: Lang, io: CliIo): Promise<Engine | undefined> {
  let engine: Engine;
  try {
    engine = startEngine({ registries, db: path, markDemo: true });
  } catch (cause) {
    if (cause instanceof NotEmptyError) {
      io.err(translate(DEMO_MESSAGES, 'demo.not-empty', lang, { path, records: cause.records }));
      return undefined;
    }
    const lines = startFailure(cause, lang);
    if (!lines) throw cause;
    for (const line of lines) io.err(line);
    return undefined;
  }
  const result = await fillDemo(engine, { count });
  if (result.added.size === 0) io.out(translate(DEMO_MESSAGES, 'demo.kept', lang, { path }));
  for (const [registry, added] of result.added) io.out(translate(DEMO_MESSAGES, 'demo.added', lang, { path, registry, count: added }));
  io.out(translate(DEMO_MESSAGES, 'demo.identity-codes', lang));
  io.out(translate(DEMO_MESSAGES, 'demo.users', lang));
  for (const user of result.users) {
    const roles = user.roles.map((grant) => `${grant.registry}:${grant.role}`).join(', ');
    io.out(translate(DEMO_MESSAGES, 'demo.user', lang, { username: user.username, password: user.password, roles }));
  }
  return engine;
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return DEFAULT_DEMO_COUNT;
  if (!/^\d{1,4}$/.test(value)) return undefined;
  const count = Number(value);
  return count >= 1 && count <= 1000 ? count : undefined;
}
