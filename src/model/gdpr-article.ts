/**
 * GDPR legal-basis references: Art 6(1)(a–f) and Art 9(2)(a–j), written `6(1)(e)` and
 * `9(2)(a)`. Notices spell them in many ways (6.1.e, 6 art 1 kohta e); we accept one canonical
 * form and suggest it for the others.
 */
export const GDPR_ARTICLE_PATTERN = '^(6\\(1\\)\\([a-f]\\)|9\\(2\\)\\([a-j]\\))$';

export type Art6Point = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

export interface GdprArticle {
  article: 6 | 9;
  point: string;
  /** Canonical spelling, e.g. `6(1)(e)`. */
  ref: string;
}

export function parseGdprArticle(text: string): GdprArticle | undefined {
  if (!new RegExp(GDPR_ARTICLE_PATTERN).test(text)) return undefined;
  const article = text.startsWith('6') ? 6 : 9;
  return { article, point: text.charAt(text.length - 2), ref: text };
}

/** The canonical form of a loosely written reference, if one can be read from it. */
export function suggestGdprArticle(text: string): string | undefined {
  const match = /^\D*?(6|9)\D*?([12])\D*?\b([a-j])\W*$/i.exec(text.trim());
  if (!match) return undefined;
  const [, article, paragraph, point] = match;
  const candidate = `${article}(${paragraph})(${point!.toLowerCase()})`;
  return parseGdprArticle(candidate) ? candidate : undefined;
}
