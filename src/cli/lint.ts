/**
 * `seloste lint [paths...]`: what GDPR Art 13–14 and Finnish practice still require of each
 * notice. A file the loader rejects is reported with the loader's located problems (lint cannot
 * read what did not load); every loaded registry is linted. Output reads like `validate`:
 * located findings with the source line, a summary line per file, a total; `--format json` for
 * tools. Exit 1 when any error is found (a broken file or a missing required element), else 0:
 * warnings and infos are advice, never a failure.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { lintLoaded } from '../lint/lint.js';
import { formatProblem, problemLocation, problemMessage } from '../problems/format.js';
import { hasErrors, type Problem, type Severity } from '../problems/problem.js';
import { createLoader, loadAll, type LoadResult } from '../registry/loader.js';
import type { CliIo } from './io.js';

/** Where definitions are looked for when no path is given, as for `validate`. */
const DEFAULT_PATHS = ['registries'];

export interface LintOptions {
  paths: string[];
  lang: Lang;
  format: 'text' | 'json';
}

interface LintedFile {
  result: LoadResult;
  problems: Problem[];
}

type Counts = Record<'errors' | 'warnings' | 'infos', number>;

export function runLint(options: LintOptions, io: CliIo): number {
  const paths = options.paths.length > 0 ? options.paths : DEFAULT_PATHS;
  const { results, problems } = loadAll(createLoader(), paths);
  const files: LintedFile[] = results.map((result) => ({ result, problems: lintLoaded(result) }));
  const all = [...problems, ...files.flatMap((file) => file.problems)];
  const failed = hasErrors(all);

  if (results.length === 0 && problems.length === 0) {
    io.err(translate(CLI_MESSAGES, 'validate.none', options.lang, { paths: paths.join(', ') }));
    return 1;
  }

  if (options.format === 'json') {
    const report = {
      ok: !failed,
      registries: files.map(({ result, problems: found }) => ({
        file: result.file,
        ...(result.model ? { id: result.model.id } : {}),
        loaded: result.model !== undefined,
        ...count(found),
      })),
      problems: all.map((p) => ({ ...p, location: problemLocation(p), message: problemMessage(p, options.lang) })),
    };
    io.out(JSON.stringify(report, null, 2));
    return failed ? 1 : 0;
  }

  for (const problem of problems) io.out(`${formatProblem(problem, options.lang)}\n`);
  for (const { result, problems: found } of files) {
    for (const problem of found) io.out(`${formatProblem(problem, options.lang, result.text)}\n`);
    const counts = count(found);
    const params = { file: result.file, id: result.model?.id, mark: counts.errors > 0 ? '✗' : '✓', ...counts };
    io.out(translate(CLI_MESSAGES, result.model ? 'lint.registry' : 'lint.not-loaded', options.lang, params));
  }
  io.out(translate(CLI_MESSAGES, 'lint.summary', options.lang, { files: results.length, ...count(all) }));
  return failed ? 1 : 0;
}

function count(problems: readonly Problem[]): Counts {
  const of = (severity: Severity): number => problems.filter((p) => p.severity === severity).length;
  return { errors: of('error'), warnings: of('warning'), infos: of('info') };
}
