/**
 * Problems are data: a stable code for tests and tools, a location for people, and the
 * parameters from which a message is rendered in the reader's language.
 */
import type { MessageParams } from '../i18n/catalogue.js';

/**
 * `error`: the definition is broken, or (lint) the notice lacks what the law requires and seloste
 * cannot supply; `warning`: likely wrong or weak; `info` (lint only): the notice is silent on
 * something seloste states on the generated page from the law.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  column: number;
}

/** A path into the YAML document: keys and list indexes, from the root. */
export type Path = ReadonlyArray<string | number>;

export interface Problem {
  /** Stable code such as `unknown-key`; see `src/i18n/problem-messages.ts`. */
  code: string;
  severity: Severity;
  file: string;
  /** Where the problem is; `undefined` only when the file itself cannot be read. */
  position?: Position;
  /** End of the offending range on the same line, when known (for a longer caret). */
  endColumn?: number;
  path: Path;
  /** Parameters of the message; rendered by `formatProblem` in the reader's language. */
  params: MessageParams;
}

/** Renders a path the way people read it: `categories[0].fields[2].type`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(root)' : out;
}

/** Sorts problems by file, then line and column, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}

/** Whether any problem is an error; warnings and lint infos never fail a command. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
