import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/lint/rule.js';

describe('pathOf', () => {
  it('turns a model pointer into the loader path, list indexes as numbers', () => {
    expect(pathOf('/categories/0/fields/2')).toEqual(['categories', 0, 'fields', 2]);
    expect(pathOf('/legal_bases/1', 'gdpr', 0)).toEqual(['legal_bases', 1, 'gdpr', 0]);
  });

  it('unescapes ~1 and ~0 (RFC 6901), ~1 first so that ~01 stays ~1', () => {
    expect(pathOf('/a~1b/c~0d/e~01')).toEqual(['a/b', 'c~d', 'e~1']);
  });

  it('maps the root pointer to the empty path', () => {
    expect(pathOf('')).toEqual([]);
    expect(pathOf('', 'controller')).toEqual(['controller']);
  });
});
