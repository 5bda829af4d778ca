/**
 * Loads the registries a command works on (`serve`, `build`, `ropa`): all of them or none.
 * A command that publishes notices must not publish some and silently skip a broken one, so any
 * error prints the located problems and the command stops.
 */
import type { Lang } from '../i18n/catalogue.js';
import { DEFAULT_FORM_PATHS, loadForms } from '../forms/form-loader.js';
import type { Form } from '../forms/types.js';
import type { Registry } from '../model/types.js';
import { formatProblem } from '../problems/format.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { createLoader, loadAll } from '../registry/loader.js';
import type { CliIo } from './io.js';
import { translate } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';

/** The default place of registry definitions. */
export const DEFAULT_REGISTRY_PATHS = ['registries'];

/** The models of every definition under `paths`, or `undefined` after printing what is wrong. */
export function loadRegistries(paths: string[], lang: Lang, io: CliIo): Registry[] | undefined {
  const wanted = paths.length > 0 ? paths : DEFAULT_REGISTRY_PATHS;
  const { results, problems } = loadAll(createLoader(), wanted);
  const all = [...problems, ...results.flatMap((result) => result.problems)];
  if (hasErrors(all)) {
    for (const problem of problems) io.err(formatProblem(problem, lang));
    for (const result of results) {
      for (const problem of result.problems) if (problem.severity === 'error') io.err(`${formatProblem(problem, lang, result.text)}\n`);
    }
    io.err(translate(CLI_MESSAGES, 'cli.registries-invalid', lang));
    return undefined;
  }
  if (results.length === 0) {
    io.err(translate(CLI_MESSAGES, 'validate.none', lang, { paths: wanted.join(', ') }));
    return undefined;
  }
  return results.map((result) => result.model!);
}

/**
 * The staff forms of `forms/` for the loaded registries (the derived default forms included), or
 * `undefined` after printing what is wrong: a server never runs with a form it could not read.
 * With `subset` (the registries were named on the command line), forms of registries not loaded
 * are left out instead of refused; `seloste validate` still reports a form naming no registry.
 */
export function loadFormsFor(registries: readonly Registry[], lang: Lang, io: CliIo, subset = false): Form[] | undefined {
  const { forms, results } = loadForms(DEFAULT_FORM_PATHS, registries);
  const counts = (problem: Problem) => problem.severity === 'error' && !(subset && problem.code === 'form-unknown-registry');
  if (!results.some((result) => result.problems.some(counts))) return forms;
  for (const result of results) {
    for (const problem of result.problems) if (counts(problem)) io.err(`${formatProblem(problem, lang, result.text)}\n`);
  }
  io.err(translate(CLI_MESSAGES, 'cli.registries-invalid', lang));
  return undefined;
}
