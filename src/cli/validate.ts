/**
 * `seloste validate [paths...]`: located problems, a summary line per valid registry and per valid
 * form, exit 1 on error. Without paths it checks `registries/` and then `forms/` (when it exists);
 * among given paths, a file in a `forms` directory or with a top-level `registry:` key is a form.
 */
import { existsSync } from 'node:fs';
import { createFormChecker, isFormFile, loadForms, type FormFileResult } from '../forms/form-loader.js';
import type { Form } from '../forms/types.js';
import { translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { FORM_CLI_MESSAGES } from '../i18n/form-messages.js';
import type { Registry } from '../model/types.js';
import { formatProblem, problemLocation, problemMessage } from '../problems/format.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { createLoader, expandPaths, loadAll } from '../registry/loader.js';
import type { CliIo } from './io.js';
import { DEFAULT_REGISTRY_PATHS } from './load-registries.js';

export interface ValidateOptions {
  paths: string[];
  lang: Lang;
  format: 'text' | 'json';
}

export function runValidate(options: ValidateOptions, io: CliIo): number {
  const explicit = options.paths.length > 0;
  const paths = explicit ? options.paths : DEFAULT_REGISTRY_PATHS;
  const expanded = expandPaths(paths);
  const formFiles = explicit ? expanded.files.filter(isFormFile) : [];
  const registryFiles = expanded.files.filter((file) => !formFiles.includes(file));
  const loader = createLoader();
  const { results } = loadAll(loader, registryFiles);
  const problems = expanded.problems;
  const models = results.flatMap((result) => (result.model ? [result.model] : []));
  const formResults = validateForms(explicit ? formFiles : undefined, explicit && registryFiles.length === 0 ? referenceRegistries() : models);
  const all: Problem[] = [...problems, ...results.flatMap((result) => result.problems), ...formResults.flatMap((result) => result.problems)];
  const failed = hasErrors(all);

  if (options.format === 'json') {
    const report = {
      ok: !failed,
      registries: results.filter((r) => r.model).map((r) => ({ file: r.file, ...summarize(r.model!) })),
      forms: formResults.filter((r) => r.form).map((r) => ({ file: r.file, ...summarizeForm(r.form!) })),
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
  for (const result of formResults) {
    for (const problem of result.problems) io.out(`${formatProblem(problem, options.lang, result.text)}\n`);
    if (result.form) io.out(translate(FORM_CLI_MESSAGES, 'validate.form-ok', options.lang, { file: result.file, ...summarizeForm(result.form) }));
  }
  if (results.length === 0 && problems.length === 0 && formResults.length === 0) {
    io.err(translate(CLI_MESSAGES, 'validate.none', options.lang, { paths: paths.join(', ') }));
    return 1;
  }
  io.out(
    translate(CLI_MESSAGES, 'validate.summary', options.lang, {
      files: results.length + formResults.length,
      valid: results.filter((r) => r.model).length + formResults.filter((r) => r.form).length,
      errors: all.filter((p) => p.severity === 'error').length,
      warnings: all.filter((p) => p.severity === 'warning').length,
    }),
  );
  return failed ? 1 : 0;
}

/**
 * The form files checked against the registries: the given ones, or (`undefined`) those in
 * `forms/`, which may be missing. None given among explicit paths: nothing to check.
 */
function validateForms(files: string[] | undefined, registries: readonly Registry[]): FormFileResult[] {
  if (files !== undefined && files.length === 0) return [];
  return loadForms(files, registries, createFormChecker()).results;
}

/** Forms given without their registries are checked against `registries/`, whose own problems are not repeated. */
function referenceRegistries(): Registry[] {
  if (!DEFAULT_REGISTRY_PATHS.every((path) => existsSync(path))) return [];
  return loadAll(createLoader(), DEFAULT_REGISTRY_PATHS).results.flatMap((result) => (result.model ? [result.model] : []));
}

/** The one-line figures of a form. */
export function summarizeForm(form: Form): { id: string; registry: string; sections: number; fields: number; modes: string } {
  const items = form.sections.flatMap((section) => section.items);
  return {
    id: form.id,
    registry: form.registry,
    sections: form.sections.length,
    fields: items.reduce((n, item) => n + 1 + (item.members?.length ?? 0), 0),
    modes: form.modes.join(', '),
  };
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
