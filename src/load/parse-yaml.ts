/**
 * Parses YAML keeping every node's source range, and turns each YAML error into a located
 * problem instead of throwing on the first one. Hostile inputs are bounded: file size (see
 * read-source), nesting depth (the parser exhausts its stack or memory beyond a few thousand
 * levels) and alias expansion (a "billion laughs" bomb).
 */
import { isAlias, isScalar, Lexer, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { Position, Problem } from '../problems/problem.js';

/** Nesting (flow or block) far deeper than any definition needs, far below what exhausts the parser. */
export const MAX_NESTING_DEPTH = 64;
/** Aliases expanded when converting to plain data; a bomb needs far more. */
export const MAX_ALIAS_EXPANSION = 200;

/** Markers the lexer emits that are not source text (document start, flow end, scalar). */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);

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
  const tooDeep = findExcessiveDepth(text);
  if (tooDeep !== undefined) {
    return { problems: [problem(file, 'yaml-too-deep', positionOf(text, tooDeep), { max: MAX_NESTING_DEPTH })] };
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
  const issues = [...doc.errors, ...doc.warnings];
  for (const issue of issues) {
    if (shadowed(issue, issues)) continue;
    const pos = lineCounter.linePos(errorOffset(text, issue));
    const code = YAML_CODES[issue.code] ?? 'yaml-syntax';
    const detail = issue.message.split('\n')[0] ?? '';
    problems.push(problem(file, code, { line: pos.line, column: pos.col }, { detail }));
  }
  if (problems.length === 0) problems.push(...nonStringKeys(file, doc, lineCounter));
  if (problems.length > 0) return { problems };

  if (doc.contents === null || isBlank(text)) {
    return { problems: [problem(file, 'empty-file', { line: 1, column: 1 }, {})] };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) {
      return { problems: [problem(file, 'yaml-alias-bomb', firstAlias(doc, lineCounter), { max: MAX_ALIAS_EXPANSION })] };
    }
    if (error instanceof ReferenceError) {
      return { problems: [problem(file, 'yaml-alias', firstAlias(doc, lineCounter, true), { detail: error.message })] };
    }
    throw error;
  }
  return { parsed: { file, text, doc, lineCounter, value }, problems };
}

function isBlank(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
}

/**
 * Offset where nesting first exceeds the limit, or undefined. Flow nesting is counted on the
 * lexer's tokens (the lexer is iterative and copes with any depth; the composer recurses and
 * exhausts the stack or memory). Block nesting is counted from indentation and compact
 * indicators (`- - - x`), line by line.
 */
function findExcessiveDepth(text: string): number | undefined {
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > MAX_NESTING_DEPTH) return offset;
    } else if ((token === ']' || token === '}') && depth > 0) {
      depth--;
    }
    // The lexer's own markers (document, flow end, scalar) are not source text.
    if (!LEXER_MARKERS.has(token)) offset += token.length;
  }
  const indents: number[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const content = /^( *)((?:[-?:] +)*)(.?)/.exec(line)!;
    const indent = content[1]!.length;
    if (content[3] !== '' && content[3] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      const compact = content[2]!.length === 0 ? 0 : content[2]!.trim().split(/ +/).length;
      if (indents.length + compact > MAX_NESTING_DEPTH) return lineStart + indent + 2 * (MAX_NESTING_DEPTH - indents.length);
    }
    lineStart += line.length + 1;
  }
  return undefined;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function firstAlias(doc: Document.Parsed, lineCounter: LineCounter, unresolved = false): Position {
  let found: Position = { line: 1, column: 1 };
  visit(doc, {
    Alias(_key, node) {
      // `resolve` finds only anchors set before the alias, as YAML requires.
      if (isAlias(node) && node.range && (!unresolved || node.resolve(doc) === undefined)) {
        const pos = lineCounter.linePos(node.range[0]);
        found = { line: pos.line, column: pos.col };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Where a YAML error really is. The parser notices a missing closing quote or bracket only where
 * the file or the collection ends; the author needs the opening one. A value that runs on to the
 * next line (bad indentation) is shown where the offending line starts.
 */
function errorOffset(text: string, issue: YAMLError): number {
  const [start, end] = issue.pos;
  const quote = /Missing closing (["'])quote/.exec(issue.message)?.[1];
  if (quote) {
    const opening = text.lastIndexOf(quote, start - 1);
    if (opening !== -1) return opening;
  }
  if (issue.code === 'BAD_INDENT' && /^Flow (sequence|mapping)/.test(issue.message)) {
    const opening = unclosedBracket(text, start, issue.message.startsWith('Flow sequence') ? '[' : '{');
    if (opening !== -1) return opening;
  }
  if (issue.code === 'MULTILINE_IMPLICIT_KEY') {
    const newline = text.indexOf('\n', start);
    if (newline !== -1 && newline < end) return newline + 1 + (/^ */.exec(text.slice(newline + 1))?.[0].length ?? 0);
  }
  return Math.min(start, Math.max(0, text.trimEnd().length - 1));
}

/** The opening bracket before `from` that is never closed. */
function unclosedBracket(text: string, from: number, open: '[' | '{'): number {
  const close = open === '[' ? ']' : '}';
  let depth = 0;
  for (let i = from - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return -1;
}

/** Errors reported twice for one fault: a multi-line key also reports its first line. */
function shadowed(issue: YAMLError, all: YAMLError[]): boolean {
  return issue.code !== 'MULTILINE_IMPLICIT_KEY' && all.some((other) => other.code === 'MULTILINE_IMPLICIT_KEY' && other.pos[0] === issue.pos[0]);
}

/** Keys must be plain strings: `~:` (null) or `? [a, b]` (a list) cannot name anything. */
function nonStringKeys(file: string, doc: Document.Parsed, lineCounter: LineCounter): Problem[] {
  const found: Problem[] = [];
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key as { range?: [number, number, number]; value?: unknown } | null;
      if (isScalar(key) && typeof key.value === 'string') return;
      const range = key?.range ?? (pair.value as { range?: [number, number, number] } | null)?.range;
      const pos = lineCounter.linePos(range?.[0] ?? 0);
      found.push(problem(file, 'yaml-key-not-string', { line: pos.line, column: pos.col }, { key: isScalar(key) ? String(key.value) : 'mapping or list' }));
    },
  });
  return found;
}

function problem(file: string, code: string, position: Position, params: Problem['params']): Problem {
  return { code, severity: 'error', file, position, path: [], params };
}
