/**
 * Broken-input fixtures that name, in their first line, the problems expected of them
 * (`# expect: code@line:column warning:code@line:column`): read the same way for registries and
 * forms, so the two suites cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_MESSAGES } from '../../src/i18n/problem-messages.js';
import type { Problem } from '../../src/problems/problem.js';

export interface Fixture {
  name: string;
  path: string;
  expected: string[];
}

const EXPECTATION = /^(warning:)?[a-z0-9-]+@[1-9]\d*:[1-9]\d*$/;

/** The fixture `name` of `dir` and its expectations; `headerless` for files that cannot hold a comment. */
export function readFixture(dir: string, name: string, headerless: Record<string, string[]>): Fixture {
  const path = join(dir, name);
  const bytes = readFileSync(path);
  const newline = bytes.indexOf(0x0a);
  // Latin-1, so that the header of a fixture that is not UTF-8 further on still reads.
  const first = bytes
    .subarray(0, newline === -1 ? bytes.length : newline)
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .replace(/\r$/, '');
  const header = /^# expect:(.*)$/.exec(first);
  const expected = header ? header[1]!.trim().split(/\s+/).filter(Boolean) : headerless[name];
  if (!expected || expected.length === 0) throw new Error(`${name}: no "# expect:" header and no entry in HEADERLESS`);
  for (const entry of expected) {
    if (!EXPECTATION.test(entry)) throw new Error(`${name}: malformed expectation "${entry}"`);
    const code = entry.replace(/^warning:/, '').split('@')[0]!;
    if (!PROBLEM_MESSAGES[code]) throw new Error(`${name}: expectation "${entry}" names a code that has no message`);
  }
  return { name, path, expected };
}

/** A problem as the expectations write it: `[warning:]code@line:column`. */
export const problemKey = (problem: Problem): string =>
  `${problem.severity === 'warning' ? 'warning:' : ''}${problem.code}@${problem.position?.line ?? '?'}:${problem.position?.column ?? '?'}`;

/** A formatted problem without its source excerpt (whose lines may hold `{…}` of the fixture itself). */
export function withoutExcerpt(formatted: string): string {
  return formatted
    .split('\n')
    .filter((line) => !/^\s+\d*\s*\| /.test(line))
    .join('\n');
}
