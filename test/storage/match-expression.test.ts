/** What a person types into the search box becomes an FTS5 query of quoted prefixes, never syntax. */
import { describe, expect, it } from 'vitest';
import { matchExpression } from '../../src/storage/sqlite-record-store.js';

describe('matchExpression', () => {
  it.each([
    ['virt', '"virt"*'],
    ['  Maija   Meik ', '"Maija"* AND "Meik"*'],
    ['010190-900P', '"010190-900P"*'],
    ['NEAR(a b) OR c', '"NEAR(a"* AND "b)"* AND "OR"* AND "c"*'],
    ['"quoted" text', '"quoted"* AND "text"*'],
    ['a"b', '"ab"*'],
    ['Åke Ängström', '"Åke"* AND "Ängström"*'],
  ])('%j → %s', (input, expected) => {
    expect(matchExpression(input)).toBe(expected);
  });

  it.each(['', '   ', '***', '" "', '- + ()'])('%j has no words: no search', (input) => {
    expect(matchExpression(input)).toBeUndefined();
  });

  it('takes at most twelve words', () => {
    expect(matchExpression(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))!.split(' AND ')).toHaveLength(12);
  });
});
