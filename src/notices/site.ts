/**
 * The notice site as functions of the registries: every page and file it has, in every language,
 * for either way of publishing (served or static). The server and `seloste build` both call these,
 * so the two can never show different notices.
 */
import { LANGS, type Lang } from '../i18n/catalogue.js';
import type { Registry } from '../model/types.js';
import { formatDate } from './formatting.js';
import { indexView, simpleView } from './index-view.js';
import type { SiteLinks } from './links.js';
import { noticeView } from './notice-view.js';
import type { Renderer } from './renderer.js';

/** When the accessibility statement was last assessed and written. */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-11-23';

export interface NoticeSite {
  readonly registries: readonly Registry[];
  /** A registry by its id. */
  find(id: string): Registry | undefined;
  index(lang: Lang): string;
  notice(registry: Registry, lang: Lang): string;
  accessibility(lang: Lang): string;
  notFound(lang: Lang): string;
  readonly stylesheet: string;
  readonly languages: readonly Lang[];
}

export function createNoticeSite(registries: readonly Registry[], renderer: Renderer, links: SiteLinks): NoticeSite {
  const byId = new Map(registries.map((registry) => [registry.id, registry]));
  // Pages are pure functions of the (immutable) models: render each once, on first request.
  const cache = new Map<string, string>();
  const once = (key: string, render: () => string): string => {
    let html = cache.get(key);
    if (html === undefined) cache.set(key, (html = render()));
    return html;
  };
  return {
    registries,
    find: (id) => byId.get(id),
    index: (lang) => once(`index/${lang}`, () => renderer.page('index', indexView(registries, lang, links))),
    notice: (registry, lang) => once(`notice/${registry.id}/${registry.origin.digest}/${lang}`, () => renderer.page('notice', noticeView(registry, lang, links))),
    accessibility: (lang) =>
      renderer.page('accessibility', {
        ...simpleView(lang, 'a11y.title', links, (code) => links.accessibility(code)),
        statementDate: formatDate(ACCESSIBILITY_STATEMENT_DATE, lang),
      } as ReturnType<typeof simpleView>),
    notFound: (lang) => renderer.page('not-found', simpleView(lang, 'error.not-found.title', links, (code) => links.index(code))),
    stylesheet: renderer.stylesheet,
    languages: LANGS,
  };
}
