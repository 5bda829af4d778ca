/**
 * The pipeline of the form files in `forms/`, with the discipline of the registry loader:
 * read → parse (positions kept) → meta-schema (compiled once) → cross-references against the
 * loaded registries → normalized `Form`. Every problem is collected and located at
 * file:line:column; a form is produced only when its file has no error. Every registry also gets
 * its derived form (`default`) unless a form file declares that id for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { LANGUAGES } from '../check/meta-schema.js';
import { createSchemaChecker, typeName, type SchemaChecker } from '../check/schema-check.js';
import { parseYaml, type ParsedYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import type { Registry } from '../model/types.js';
import type { Finding } from '../problems/finding.js';
import { hasErrors, sortProblems, type Problem } from '../problems/problem.js';
import { expandPaths, locateFinding } from '../registry/loader.js';
import { defaultForm } from './default-form.js';
import { checkFormCrossReferences } from './form-cross-refs.js';
import { DEFAULT_FORM_ID, FORM_META_SCHEMA } from './form-meta-schema.js';
import { normalizeForm } from './normalize-form.js';
import type { Form } from './types.js';

/** Where form files live by default; the directory may be missing (no form files). */
export const DEFAULT_FORM_PATHS: readonly string[] = ['forms'];

/** One form file and what became of it. */
export interface FormFileResult {
  file: string;
  /** Present when the file has no errors (warnings allowed). */
  form?: Form;
  /** The parsed source, for locating later findings in the file. */
  source?: ParsedYaml;
  /** The decoded text, for showing source lines under problems. */
  text?: string;
  problems: Problem[];
}

export interface FormsResult {
  /** Every valid form, grouped by registry in the order given, each registry's `default` first. */
  forms: Form[];
  /** Every problem of every file, sorted by file and position. */
  problems: Problem[];
  /** Per file (an unreadable path too), for commands that show source lines under problems. */
  results: FormFileResult[];
}

/** Compiles the form meta-schema; create it once and pass it to every `loadForms` call. */
export function createFormChecker(): SchemaChecker {
  return createSchemaChecker(FORM_META_SCHEMA);
}

/** Text problems that depend on the registry's languages, which an unknown registry leaves open. */
const LANGUAGE_CODES = new Set(['missing-translation', 'undeclared-language']);

/** Loads one form file and checks it against the registries it may name. */
export function loadFormFile(file: string, registries: readonly Registry[], checker: SchemaChecker = createFormChecker()): FormFileResult {
  const source = readSource(file);
  if (!source.ok) return { file, problems: [source.problem] };
  const { text } = source;
  const { parsed, problems } = parseYaml(file, text);
  if (!parsed) return { file, text, problems: sortProblems(problems.map(asFormProblem)) };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    const finding: Finding = { code: 'root-not-mapping', severity: 'error', path: [], params: { actual: typeName(parsed.value) } };
    return { file, text, source: parsed, problems: [locateFinding(parsed, finding)] };
  }
  const data = parsed.value as Record<string, unknown>;
  const registry = registries.find((candidate) => candidate.id === data['registry']);
  const schema = checker(data, { languages: registry?.languages ?? LANGUAGES });
  const schemaFindings = registry ? schema.findings : schema.findings.filter((finding) => !LANGUAGE_CODES.has(finding.code));
  const findings = [...schemaFindings, ...checkFormCrossReferences({ data, declarations: schema.declarations, registries, ...(registry ? { registry } : {}) })];
  const located = sortProblems(findings.map((finding) => locateFinding(parsed, finding)));
  if (hasErrors(located) || !registry) return { file, text, source: parsed, problems: located };
  return { file, text, source: parsed, form: normalizeForm(data, registry, file), problems: located };
}

/**
 * Loads the form files under `paths` (files, or directories' *.yaml and *.yml; default
 * `forms/`, which may be missing) against the loaded registries, checks what spans files (form
 * ids are unique within a registry) and adds each registry's derived `default` form.
 */
export function loadForms(
  paths: readonly string[] = DEFAULT_FORM_PATHS,
  registries: readonly Registry[],
  checker: SchemaChecker = createFormChecker(),
): FormsResult {
  const wanted = (paths.length > 0 ? paths : DEFAULT_FORM_PATHS).filter((path) => existsSync(path) || !isFormsDirectory(path));
  const expanded = expandPaths([...wanted]);
  const results: FormFileResult[] = [
    ...expanded.problems.map((problem) => ({ file: problem.file, problems: [problem] })),
    ...expanded.files.map((file) => loadFormFile(file, registries, checker)),
  ];
  rejectDuplicateIds(results);
  const fromFiles = results.flatMap((result) => (result.form ? [result.form] : []));
  const forms = registries.flatMap((registry) => {
    const own = fromFiles.filter((form) => form.registry === registry.id);
    const declared = own.find((form) => form.id === DEFAULT_FORM_ID);
    return [declared ?? defaultForm(registry), ...own.filter((form) => form !== declared)];
  });
  return { forms, problems: sortProblems(results.flatMap((result) => result.problems)), results };
}

/** The forms of one registry, its `default` first. */
export function formsOf(registry: Registry, forms: readonly Form[]): Form[] {
  const own = forms.filter((form) => form.registry === registry.id);
  return [...own.filter((form) => form.id === DEFAULT_FORM_ID), ...own.filter((form) => form.id !== DEFAULT_FORM_ID)];
}

/**
 * Whether a definition file is a form rather than a registry: it stands in a `forms` directory,
 * or its YAML has a top-level `registry:` key (a registry definition has none).
 */
export function isFormFile(file: string): boolean {
  if (dirname(file).split(/[\\/]/).includes('forms')) return true;
  try {
    return /^registry[ \t]*:/m.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

/** A form id is unique within its registry across files; the later file's form is rejected. */
function rejectDuplicateIds(results: FormFileResult[]): void {
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result.form || !result.source) continue;
    const key = `${result.form.registry}\u0000${result.form.id}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, result.file);
      continue;
    }
    const finding: Finding = { code: 'form-duplicate-id', severity: 'error', path: ['id'], params: { id: result.form.id, registry: result.form.registry, first } };
    result.problems.push(locateFinding(result.source, finding));
    delete result.form;
  }
}

/** A path named `forms` (the default place), whose absence only means there are no form files. */
function isFormsDirectory(path: string): boolean {
  return basename(path) === 'forms';
}

/** The parser's "empty file" speaks of registries; a form names what a form needs. */
function asFormProblem(problem: Problem): Problem {
  return problem.code === 'empty-file' ? { ...problem, code: 'form-empty-file' } : problem;
}
