/**
 * The pipeline of one definition file: read → parse (positions kept) → meta-schema →
 * cross-references → normalized model. Every problem is collected and located; the model is
 * produced only when there is no error. The loader holds the compiled meta-schema: create it
 * once at start-up and reuse it for every file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkCrossReferences } from '../check/cross-refs.js';
import { createSchemaChecker, typeName, type SchemaChecker } from '../check/schema-check.js';
import { parseYaml, type ParsedYaml } from '../load/parse-yaml.js';
import { decodeSource, readSource, type SourceResult } from '../load/read-source.js';
import { locate } from '../load/source-map.js';
import { normalize } from '../model/normalize.js';
import type { Registry } from '../model/types.js';
import type { Finding } from '../problems/finding.js';
import { hasErrors, sortProblems, type Problem } from '../problems/problem.js';

export interface LoadResult {
  file: string;
  /** Present when the file has no errors (warnings allowed). */
  model?: Registry;
  /** The parsed source, for locating later findings (the lint) in the file. */
  source?: ParsedYaml;
  /** The decoded text, for showing source lines under problems. */
  text?: string;
  problems: Problem[];
}

export interface Loader {
  /** Loads one file from disk. */
  loadFile(file: string): LoadResult;
  /** Loads a definition held in memory (tests, uploads); `file` names it in messages. */
  loadBytes(file: string, bytes: Uint8Array): LoadResult;
}

export function createLoader(checker: SchemaChecker = createSchemaChecker()): Loader {
  const run = (file: string, source: SourceResult): LoadResult => {
    if (!source.ok) return { file, problems: [source.problem] };
    const { text } = source;
    const { parsed, problems } = parseYaml(file, text);
    if (!parsed) return { file, text, problems: sortProblems(problems) };
    if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      const finding: Finding = { code: 'root-not-mapping', severity: 'error', path: [], params: { actual: typeName(parsed.value) } };
      return { file, text, source: parsed, problems: [locateFinding(parsed, finding)] };
    }
    const schema = checker(parsed.value);
    const findings = [...schema.findings, ...checkCrossReferences(parsed.value, schema)];
    const located = sortProblems(findings.map((finding) => locateFinding(parsed, finding)));
    if (hasErrors(located)) return { file, text, source: parsed, problems: located };
    return { file, text, source: parsed, model: normalize(parsed.value, file), problems: located };
  };
  return {
    loadFile: (file) => run(file, readSource(file)),
    loadBytes: (file, bytes) => run(file, decodeSource(file, bytes)),
  };
}

/** Turns a finding into a problem with the line and column of the path it names. */
export function locateFinding(source: ParsedYaml, finding: Finding): Problem {
  const { position, endColumn } = locate(source, finding.path, { key: finding.atKey === true });
  return {
    code: finding.code,
    severity: finding.severity,
    file: source.file,
    position,
    ...(endColumn === undefined ? {} : { endColumn }),
    path: finding.path,
    params: finding.params,
  };
}

/** Definition files named by the arguments: files as given, directories' *.yaml and *.yml. */
export function expandPaths(paths: string[]): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (cause) {
      problems.push({ code: 'file-unreadable', severity: 'error', file: path, path: [], params: { reason: (cause as NodeJS.ErrnoException).code ?? String(cause) } });
      continue;
    }
    if (!isDirectory) files.push(path);
    else files.push(...readdirSync(path).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(path, name)));
  }
  return { files, problems };
}

/** Loads many files and checks what spans them: registry ids are unique across files. */
export function loadAll(loader: Loader, paths: string[]): { results: LoadResult[]; problems: Problem[] } {
  const { files, problems } = expandPaths(paths);
  const results = files.map((file) => loader.loadFile(file));
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result.model || !result.source) continue;
    const earlier = seen.get(result.model.id);
    if (earlier) {
      const finding: Finding = { code: 'duplicate-registry-id', severity: 'error', path: ['id'], params: { id: result.model.id, first: earlier } };
      result.problems.push(locateFinding(result.source, finding));
      delete result.model;
    } else {
      seen.set(result.model.id, result.file);
    }
  }
  return { results, problems };
}
