/**
 * Parses YAML keeping every node's source range, and turns each YAML error into a located
 * problem instead of throwing on the first one. Hostile inputs are bounded: file size (see
 * read-source), flow nesting depth (the parser exhausts memory beyond a few thousand levels)
 * and alias expansion (a "billion laughs" bomb).
 */
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Position, Problem } from '../problems/problem.js';

/** Far deeper than any definition needs; far below what would exhaust the parser. */
export const MAX_FLOW_DEPTH = 64;
/** Aliases expanded when converting to plain data; a bomb needs far more. */
export const MAX_ALIAS_EXPANSION = 200;

export interface ParsedYaml {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain data, available when the document parsed without errors. */
  value: unknown;
}

export interface ParseResult {
  parsed?: ParsedYaml;
  problems: Problem[];
}

const YAML_CODES: Record<string, string> = {
  TAB_AS_INDENT: 'yaml-tab',
  DUPLICATE_KEY: 'duplicate-key',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
  TAG_RESOLVE_FAILED: 'yaml-tag',
  BAD_ALIAS: 'yaml-alias',
};

export function parseYaml(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const tooDeep = findExcessiveFlowDepth(text);
  if (tooDeep !== undefined) {
    return { problems: [problem(file, 'yaml-too-deep', positionOf(text, tooDeep), { max: MAX_FLOW_DEPTH })] };
  }

  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
  });
  const problems: Problem[] = [];
  for (const issue of [...doc.errors, ...doc.warnings]) {
    const pos = lineCounter.linePos(issue.pos[0]);
    const code = YAML_CODES[issue.code] ?? 'yaml-syntax';
    const detail = issue.message.split('\n')[0] ?? '';
    problems.push(problem(file, code, { line: pos.line, column: pos.col }, { detail }));
  }
  if (problems.length > 0) return { problems };

  if (doc.contents === null || isBlank(text)) {
    return { problems: [problem(file, 'empty-file', { line: 1, column: 1 }, {})] };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return { problems: [problem(file, 'yaml-alias-bomb', firstAlias(doc, lineCounter), { max: MAX_ALIAS_EXPANSION })] };
    }
    throw error;
  }
  return { parsed: { file, text, doc, lineCounter, value }, problems };
}

function isBlank(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
}

/**
 * Offset where `[`/`{` nesting first exceeds the limit, or undefined. Quoted scalars and
 * comments are skipped; brackets inside plain text can only over-count a little, never hide
 * real depth, so the check stays conservative.
 */
function findExcessiveFlowDepth(text: string): number | undefined {
  let depth = 0;
  let quote = 0;
  let previous = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === BACKSLASH && quote === DQUOTE) i++; // an escape: the next character is literal
      else if (c === quote) quote = 0;
    } else if (c === HASH && (i === 0 || isSpace(previous))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if ((c === DQUOTE || c === SQUOTE) && (depth > 0 || QUOTE_OPENERS.has(previous))) {
      quote = c;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
    previous = text.charCodeAt(i);
  }
  return undefined;
}

const [HASH, DQUOTE, SQUOTE, BACKSLASH] = [35, 34, 39, 92];
/** Characters after which a quote starts a quoted scalar: space, `:`, `[`, `{`, `,`, `-`. */
const QUOTE_OPENERS = new Set([32, 9, 10, 13, 58, 91, 123, 44, 45]);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function firstAlias(doc: Document.Parsed, lineCounter: LineCounter): Position {
  let found: Position = { line: 1, column: 1 };
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        found = { line: pos.line, column: pos.col };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function problem(file: string, code: string, position: Position, params: Problem['params']): Problem {
  return { code, severity: 'error', file, position, path: [], params };
}
