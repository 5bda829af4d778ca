/**
 * Registry texts in the reader's language. A text with no translation falls back to Finnish, the
 * source language of every register, and carries `lang: 'fi'` so the page marks it with a `lang`
 * attribute (WCAG 3.1.2: screen readers then pronounce it as Finnish).
 */
import type { Lang, Text } from '../model/types.js';

/** A registry text ready for a template: the words, their paragraphs, and its language if not the page's. */
export interface Localized {
  text: string;
  /** Paragraphs (split on blank lines) for block rendering. */
  paras: string[];
  /** Set when the text is in another language than the page. */
  lang?: Lang;
}

/** Picks the reader's language, else Finnish (marked). */
export function localize(text: Text, lang: Lang): Localized {
  const own = text[lang];
  const value = own ?? text.fi;
  const result: Localized = { text: value, paras: paragraphs(value) };
  if (own === undefined && lang !== 'fi') result.lang = 'fi';
  return result;
}

/** `localize` for optional texts. */
export function localizeOptional(text: Text | undefined, lang: Lang): Localized | undefined {
  return text === undefined ? undefined : localize(text, lang);
}

/** A text seloste itself wrote in the page language (a catalogue string, a date). */
export function plain(text: string): Localized {
  return { text, paras: paragraphs(text) };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
