/**
 * Where pages link to, for the two ways notices are published: served by `seloste serve`
 * (`/notices/raisio?lang=sv`) or written as a static site by `seloste build` (flat files with
 * relative links, `raisio.sv.html`, so the folder works under any path of any web server).
 */
import type { Lang } from '../i18n/catalogue.js';

export interface SiteLinks {
  index(lang: Lang): string;
  notice(id: string, lang: Lang): string;
  json(id: string): string;
  dpv(id: string): string;
  accessibility(lang: Lang): string;
  stylesheet: string;
}

export const SERVER_LINKS: SiteLinks = {
  index: (lang) => `/notices?lang=${lang}`,
  notice: (id, lang) => `/notices/${encodeURIComponent(id)}?lang=${lang}`,
  json: (id) => `/notices/${encodeURIComponent(id)}.json`,
  dpv: (id) => `/notices/${encodeURIComponent(id)}.dpv.jsonld`,
  accessibility: (lang) => `/accessibility?lang=${lang}`,
  stylesheet: '/assets/notice.css',
};

/** Finnish pages have no language suffix: `index.html`, `raisio.html`; others `raisio.sv.html`. */
export const STATIC_LINKS: SiteLinks = {
  index: (lang) => staticName('index', lang),
  notice: (id, lang) => staticName(id, lang),
  json: (id) => `${id}.json`,
  dpv: (id) => `${id}.dpv.jsonld`,
  accessibility: (lang) => staticName('saavutettavuus', lang),
  stylesheet: 'notice.css',
};

/** The file name of a static page. */
export function staticName(base: string, lang: Lang): string {
  return lang === 'fi' ? `${base}.html` : `${base}.${lang}.html`;
}
