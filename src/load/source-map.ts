/**
 * Maps a path in the data (`categories/0/fields/2/type`) back to where it stands in the YAML
 * source, so every problem, however late it is found, points at a line and column.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from './parse-yaml.js';
import type { Path, Position } from '../problems/problem.js';

export interface Located {
  position: Position;
  /** End column when the node ends on the same line. */
  endColumn?: number;
}

/**
 * Locates a path. With `key: true` the key of the last segment is located (for "unknown key"),
 * otherwise its value. A path that no longer exists resolves to its deepest existing ancestor.
 */
export function locate(source: ParsedYaml, path: Path, options: { key?: boolean } = {}): Located {
  let node: unknown = source.doc.contents;
  let located: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      if (last && options.key) {
        located = pair.key;
        break;
      }
      node = pair.value ?? pair.key;
      located = node;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
      located = node;
    } else {
      break;
    }
  }
  return rangeOf(source, located);
}

function rangeOf(source: ParsedYaml, node: unknown): Located {
  const range = (node as Node | undefined)?.range;
  if (!range) return { position: { line: 1, column: 1 } };
  const start = source.lineCounter.linePos(range[0]);
  const end = source.lineCounter.linePos(Math.max(range[0], range[1]));
  const position = { line: start.line, column: start.col };
  if (end.line === start.line && end.col > start.col) return { position, endColumn: end.col };
  return { position };
}
