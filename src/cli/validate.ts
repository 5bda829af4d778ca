/** `seloste validate [paths...]`: located problems, a summary line per valid registry, exit 1 on error. */
import { translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import type { Registry } from '../model/types.js';
import { formatProblem, problemLocation, problemMessage } from '../problems/format.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { createLoader, loadAll } from '../registry/loader.js';
import type { CliIo } from './io.js';

export interface ValidateOptions {
  paths: string[];
  lang: Lang;
  format: 'text' | 'json';
}

export function runValidate(options: ValidateOptions, io: CliIo): number {
  const paths = options.paths.length > 0 ? options.paths : ['registries'];
  const { results, problems } = loadAll(createLoader(), paths);
  const all: Problem[] = [...problems, ...results.flatMap((result) => result.problems)];
  const failed = hasErrors(all);

  if (options.format === 'json') {
    const report = {
      ok: !failed,
      registries: results.filter((r) => r.model).map((r) => ({ file: r.file, ...summarize(r.model!) })),
      problems: all.map((p) => ({ ...p, location: problemLocation(p), message: problemMessage(p, options.lang) })),
    };
    io.out(JSON.stringify(report, null, 2));
    return failed ? 1 : 0;
  }

  for (const problem of problems) io.out(formatProblem(problem, options.lang));
  for (const result of results) {
    for (const problem of result.problems) io.out(`${formatProblem(problem, options.lang, result.text)}\n`);
    if (result.model) io.out(translate(CLI_MESSAGES, 'validate.ok', options.lang, { file: result.file, ...summarize(result.model) }));
  }
  if (results.length === 0 && problems.length === 0) {
    io.err(translate(CLI_MESSAGES, 'validate.none', options.lang, { paths: paths.join(', ') }));
    return 1;
  }
  io.out(
    translate(CLI_MESSAGES, 'validate.summary', options.lang, {
      files: results.length,
      valid: results.filter((r) => r.model).length,
      errors: all.filter((p) => p.severity === 'error').length,
      warnings: all.filter((p) => p.severity === 'warning').length,
    }),
  );
  return failed ? 1 : 0;
}

/** The one-line figures of a registry. */
export function summarize(model: Registry): { id: string; fields: number; categories: number; disclosures: number; retention: number } {
  const fields = model.categories.flatMap((category) => category.fields).reduce((n, field) => n + 1 + field.fields.length, 0);
  return {
    id: model.id,
    fields,
    categories: model.categories.length,
    disclosures: model.disclosures?.items.length ?? 0,
    retention: model.retention?.rules.length ?? 0,
  };
}
