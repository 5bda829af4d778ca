/** `seloste build --out DIR [paths]`: the notices as a static site. */
import { translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { createRenderer } from '../notices/renderer.js';
import { RESERVED_IDS, staticSiteFiles, writeStaticSite } from '../notices/static-site.js';
import type { CliIo } from './io.js';
import { loadRegistries } from './load-registries.js';

export interface BuildOptions {
  paths: string[];
  lang: Lang;
  out: string | undefined;
}

export function runBuild(options: BuildOptions, io: CliIo): number {
  if (options.out === undefined || options.out === '') {
    io.err(translate(CLI_MESSAGES, 'build.no-out', options.lang));
    return 2;
  }
  const registries = loadRegistries(options.paths, options.lang, io);
  if (!registries) return 1;
  const clash = registries.find((registry) => RESERVED_IDS.includes(registry.id));
  if (clash) {
    io.err(translate(CLI_MESSAGES, 'build.reserved-id', options.lang, { id: clash.id, file: clash.origin.file }));
    return 1;
  }
  const files = staticSiteFiles(registries, createRenderer());
  try {
    writeStaticSite(files, options.out);
  } catch (cause) {
    io.err(translate(CLI_MESSAGES, 'build.write-failed', options.lang, { dir: options.out, reason: (cause as NodeJS.ErrnoException).code ?? String(cause) }));
    return 1;
  }
  io.out(translate(CLI_MESSAGES, 'build.done', options.lang, { files: files.size, registries: registries.length, dir: options.out }));
  return 0;
}
