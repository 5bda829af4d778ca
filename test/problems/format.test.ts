import { describe, expect, it } from 'vitest';
import { formatProblem, problemMessage } from '../../src/problems/format.js';
import type { Problem } from '../../src/problems/problem.js';

const problem = (overrides: Partial<Problem>): Problem => ({
  code: 'unknown-key',
  severity: 'error',
  file: 'r.yaml',
  position: { line: 2, column: 3 },
  endColumn: 6,
  path: ['controller', 'nme'],
  params: { key: 'nme', suggestion: 'name', allowed: 'name, unit' },
  ...overrides,
});

describe('formatProblem', () => {
  it('shows location, severity, code, path, message and the source line with a caret', () => {
    expect(formatProblem(problem({}), 'en', 'controller:\n  nme: Raisio\n')).toMatchInlineSnapshot(`
      "r.yaml:2:3: error [unknown-key] controller.nme
        Unknown key "nme". Allowed here: name, unit. Did you mean "name"?
        2 |   nme: Raisio
          |   ^^^"
    `);
  });

  it('renders the message in Finnish and Swedish', () => {
    expect(problemMessage(problem({}), 'fi')).toBe('Tuntematon avain "nme". Tässä sallitut: name, unit. Tarkoititko "name"?');
    expect(problemMessage(problem({}), 'sv')).toBe('Okänd nyckel "nme". Tillåtna här: name, unit. Menade du "name"?');
  });

  it('keeps tabs in the caret line so the caret stays under the spot', () => {
    const text = 'a:\n\t\tbad: 1\n';
    const out = formatProblem(problem({ code: 'yaml-tab', position: { line: 2, column: 3 }, endColumn: undefined, params: {} }), 'en', text);
    expect(out.split('\n').slice(-2)).toEqual(['  2 | \t\tbad: 1', '    | \t\t^']);
  });

  it('shows a window of a very long line around the column', () => {
    const text = `${'x'.repeat(5000)}Y${'x'.repeat(5000)}\n`;
    const out = formatProblem(problem({ position: { line: 1, column: 5001 }, endColumn: 5002, params: { key: 'Y' } }), 'en', text);
    const [source, caret] = out.split('\n').slice(-2) as [string, string];
    expect(source.length).toBeLessThan(120);
    expect(source.charAt(caret.indexOf('^'))).toBe('Y');
  });

  it('never lets control characters from a hostile file reach the terminal', () => {
    const hostile = 'a\u001b[2J\u0007';
    const out = formatProblem(problem({ path: [hostile], params: { key: hostile } }), 'en', `x:\n  ${hostile}: 1\n`);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain('a\uFFFD[2J\uFFFD');
  });

  it('prints a file-level problem without a position', () => {
    expect(formatProblem(problem({ code: 'file-unreadable', position: undefined, path: [], params: { reason: 'ENOENT' } }), 'en')).toBe(
      'r.yaml: error [file-unreadable] (root)\n  The file cannot be read (ENOENT).',
    );
  });
});
