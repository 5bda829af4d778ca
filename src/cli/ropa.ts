/**
 * `seloste ropa [paths...] [--out FILE] [--lang fi|sv|en] [--separator ,|;]`: the record of
 * processing activities (GDPR Art 30) of every registry as one CSV file, to `--out` or to
 * standard output. All registries or none: a broken definition stops the command (exit 1) rather
 * than leave a register out of a record the controller keeps for the supervisory authority.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { CSV_SEPARATORS, type CsvSeparator } from '../notices/csv.js';
import { toRopaCsv } from '../notices/ropa.js';
import type { CliIo } from './io.js';
import { loadRegistries } from './load-registries.js';

export interface RopaOptions {
  paths: string[];
  lang: Lang;
  /** The file to write; undefined: standard output. */
  out: string | undefined;
  /** `,` (default) or `;`, as given on the command line. */
  separator?: string | undefined;
}

/** Runs the command; returns the exit code (0 done, 1 invalid definitions or write failure, 2 bad usage). */
export function runRopa(options: RopaOptions, io: CliIo): number {
  const t = (key: string, params: Record<string, string | number> = {}): string => translate(CLI_MESSAGES, key, options.lang, params);
  const separator = options.separator ?? ',';
  if (!isSeparator(separator)) {
    io.err(t('ropa.bad-separator', { separator }));
    return 2;
  }
  if (options.out === '') {
    io.err(t('ropa.no-out'));
    return 2;
  }

  const registries = loadRegistries(options.paths, options.lang, io);
  if (!registries) return 1;
  const csv = toRopaCsv(registries, { lang: options.lang, separator });

  if (options.out === undefined) {
    // io.out ends the line with "\n": leaving it off the final CRLF keeps the bytes identical to the file.
    io.out(csv.slice(0, -1));
    return 0;
  }
  const file = options.out;
  // Write beside the target and rename, so a failed write never leaves half a record behind.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, csv, 'utf8');
    renameSync(temporary, file);
  } catch (cause) {
    rmSync(temporary, { force: true });
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);
    io.err(t('ropa.write-failed', { file, reason }));
    return 1;
  }
  io.out(t('ropa.done', { registries: registries.length, file }));
  return 0;
}

function isSeparator(value: string): value is CsvSeparator {
  return (CSV_SEPARATORS as readonly string[]).includes(value);
}
