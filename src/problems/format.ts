/**
 * Renders problems for people: `file:line:column`, severity, code and path on one line, then
 * the message in the reader's language, then the source line with a caret under the spot.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { PROBLEM_MESSAGES } from '../i18n/problem-messages.js';
import { formatPath, type Problem } from './problem.js';

/** Widest part of a source line shown around the caret (minified files have huge lines). */
const WINDOW = 100;

/** The message of a problem in one language, with its "did you mean" hint when there is one. */
export function problemMessage(problem: Problem, lang: Lang): string {
  let message = translate(PROBLEM_MESSAGES, problem.code, lang, problem.params);
  if (problem.params['suggestion']) message += translate(PROBLEM_MESSAGES, 'did-you-mean', lang, problem.params);
  return visible(message);
}

/** `file:line:column`, or just the file when there is no position. */
export function problemLocation(problem: Problem): string {
  return problem.position ? `${problem.file}:${problem.position.line}:${problem.position.column}` : problem.file;
}

/** The full, multi-line rendering; `text` is the source, for the excerpt under the message. */
export function formatProblem(problem: Problem, lang: Lang, text?: string): string {
  const severity = translate(PROBLEM_MESSAGES, problem.severity, lang);
  const head = `${problemLocation(problem)}: ${severity} [${problem.code}] ${visible(formatPath(problem.path))}`;
  const lines = [head, `  ${problemMessage(problem, lang)}`];
  const excerpt = text !== undefined && problem.position ? sourceExcerpt(text, problem) : undefined;
  if (excerpt) lines.push(...excerpt);
  return lines.join('\n');
}

function sourceExcerpt(text: string, problem: Problem): string[] | undefined {
  const { line, column } = problem.position!;
  const source = text.split('\n')[line - 1];
  if (source === undefined) return undefined;
  const start = source.length <= WINDOW ? 0 : Math.max(0, column - 1 - WINDOW / 2);
  const shown = visible(source.replace(/\r$/, '').slice(start, start + WINDOW));
  const width = Math.max(1, Math.min((problem.endColumn ?? column + 1) - column, shown.length - (column - 1 - start)));
  const gutter = String(line);
  const pad = shown.slice(0, column - 1 - start).replace(/[^\t]/g, ' ');
  return [`  ${gutter} | ${shown}`, `  ${' '.repeat(gutter.length)} | ${pad}${'^'.repeat(width)}`];
}

/** Control characters from a hostile file must not reach the terminal as escape sequences. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}
