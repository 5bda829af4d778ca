import { describe, expect, it } from 'vitest';
import { parseGdprArticle, suggestGdprArticle } from '../../src/model/gdpr-article.js';

describe('GDPR legal-basis references', () => {
  it.each([
    ['6(1)(a)', 6, 'a'],
    ['6(1)(f)', 6, 'f'],
    ['9(2)(a)', 9, 'a'],
    ['9(2)(j)', 9, 'j'],
  ])('parses %s', (text, article, point) => {
    expect(parseGdprArticle(text)).toEqual({ article, point, ref: text });
  });

  it.each(['6(1)(g)', '9(2)(k)', '6(2)(a)', '6.1.e', 'Art 6', '', '6(1)(E)'])('rejects %j', (text) => {
    expect(parseGdprArticle(text)).toBeUndefined();
  });

  it.each([
    ['6.1.e', '6(1)(e)'],
    ['6.1 e', '6(1)(e)'],
    ['artikla 6.1 kohta e', '6(1)(e)'],
    ['Art. 9(2)(H)', '9(2)(h)'],
    ['6(1)(g)', undefined],
    ['Art 6', undefined],
  ])('suggests a canonical form for %j', (text, expected) => {
    expect(suggestGdprArticle(text)).toBe(expected);
  });
});
