/**
 * Reads a definition file as text: refuses files too large to be a definition and bytes that
 * are not UTF-8, locating the first bad byte so the author can find it in an editor.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../problems/problem.js';

/** Larger than any real notice by two orders of magnitude; protects memory and the parser. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; problem: Problem };

export function readSource(file: string, maxBytes = MAX_SOURCE_BYTES): SourceResult {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      return fail(file, 'file-too-large', { size, max: maxBytes }, { line: 1, column: 1 });
    }
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail(file, 'file-unreadable', { reason });
  }
  return decodeSource(file, bytes, maxBytes);
}

/** Decodes bytes already in memory (used for files and for tests). */
export function decodeSource(file: string, bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): SourceResult {
  if (bytes.length > maxBytes) {
    return fail(file, 'file-too-large', { size: bytes.length, max: maxBytes }, { line: 1, column: 1 });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(file, 'not-utf8', {}, locateInvalidUtf8(bytes));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    const offset = text.indexOf('\u0000');
    const lines = text.slice(0, offset).split('\n');
    return fail(file, 'binary-file', {}, { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 });
  }
  return { ok: true, text };
}

/**
 * Where the first invalid byte is: the lenient decoder turns it into U+FFFD; a U+FFFD that the
 * file really contains (bytes EF BF BD) is skipped.
 */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  let from = 0;
  for (;;) {
    const index = text.indexOf('\uFFFD', from);
    if (index === -1) return { line: 1, column: 1 };
    const prefix = text.slice(0, index);
    const offset = Buffer.byteLength(prefix, 'utf8');
    const literal = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!literal) {
      const lines = prefix.split('\n');
      return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
    }
    from = index + 1;
  }
}

function fail(file: string, code: string, params: Problem['params'], position?: Problem['position']): SourceResult {
  return { ok: false, problem: { code, severity: 'error', file, path: [], params, ...(position ? { position } : {}) } };
}
