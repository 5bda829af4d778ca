import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, parseYaml } from '../../src/load/parse-yaml.js';
import { locate } from '../../src/load/source-map.js';

const codes = (text: string) => parseYaml('t.yaml', text).problems.map((p) => `${p.code}@${p.position?.line}:${p.position?.column}`);

describe('parseYaml', () => {
  it.each([
    ['a tab for indentation', 'a:\n\tb: 1\n', ['yaml-tab@2:1']],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', ['duplicate-key@3:1']],
    ['two documents', 'a: 1\n---\nb: 2\n', ['yaml-multiple-documents@2:1']],
    ['an empty file', '', ['empty-file@1:1']],
    ['only comments', '# nothing\n\n# here\n', ['empty-file@1:1']],
    ['merge keys (YAML 1.1), which are plain keys here', 'a: &x {p: 1}\nb: {<<: *x}\n', []],
  ])('reports %s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('stops flow nesting before it exhausts the parser', () => {
    const depth = MAX_NESTING_DEPTH + 1;
    expect(codes(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toEqual([`yaml-too-deep@1:${4 + MAX_NESTING_DEPTH}`]);
    // Brackets inside quoted text and comments do not count.
    expect(codes(`a: "${'['.repeat(200)}"\n# ${'{'.repeat(200)}\nb: '${'['.repeat(200)}'\n`)).toEqual([]);
    // An escaped backslash closes the quote; the brackets after it count.
    expect(codes(`a: "x\\\\"\nb: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toEqual([`yaml-too-deep@2:${4 + MAX_NESTING_DEPTH}`]);
    expect(codes(`a: "x\\"[[[["\n`)).toEqual([]);
    // Thousands of levels, as an attacker would write, stay a located problem.
    expect(codes(`a: ${'['.repeat(20000)}\n`)).toHaveLength(1);
  });

  it('refuses an alias bomb at the first alias', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(codes(`${rows.join('\n')}\n`)).toEqual(['yaml-alias-bomb@2:8']);
  });

  it('keeps dates and numbers-looking strings as written (YAML 1.2 core schema)', () => {
    const { parsed } = parseYaml('t.yaml', 'd: 2018-05-24\nphone: 050 434 8641\nyes_no: yes\n');
    expect(parsed?.value).toEqual({ d: '2018-05-24', phone: '050 434 8641', yes_no: 'yes' });
  });
});

describe('locate', () => {
  const { parsed } = parseYaml('t.yaml', 'id: x\ncategories:\n  - id: a\n    fields:\n      - { id: f, type: txt }\n');

  it.each([
    [['id'], false, { line: 1, column: 5 }],
    [['categories', 0, 'fields', 0, 'type'], false, { line: 5, column: 24 }],
    [['categories', 0, 'fields', 0, 'type'], true, { line: 5, column: 18 }],
    [['categories', 0], false, { line: 3, column: 5 }],
    // A path that does not exist resolves to its deepest existing ancestor.
    [['categories', 0, 'name'], false, { line: 3, column: 5 }],
    [['categories', 7], false, { line: 3, column: 3 }],
  ])('%j (key: %s) → %j', (path, key, position) => {
    expect(locate(parsed!, path, { key }).position).toEqual(position);
  });
});
