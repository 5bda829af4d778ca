import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/check/suggest.js';

describe('suggest', () => {
  it.each([
    ['nmae', ['id', 'name', 'notice'], 'name'],
    ['typ', ['type', 'id', 'label'], 'type'],
    ['lables', ['label', 'labels'], 'labels'],
    ['catgories', ['categories', 'controller'], 'categories'],
    ['Name', ['name'], 'name'],
    ['zzzzzz', ['name', 'id'], undefined],
    ['x', [], undefined],
    // Short words are close to everything: one edit at most, and never a whole replacement.
    ['se', ['fi', 'sv', 'en'], 'sv'],
    ['de', ['fi', 'sv', 'en'], undefined],
    ['x', ['id'], undefined],
    ['1', ['id'], undefined],
  ])('%s among %j → %s', (input, candidates, expected) => {
    expect(suggest(input, candidates)).toBe(expected);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
