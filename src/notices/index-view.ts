/** The index page: every published notice with its controller and date. */
import { translate, type Lang } from '../i18n/catalogue.js';
import { NOTICE_MESSAGES } from '../i18n/notice-messages.js';
import type { Registry } from '../model/types.js';
import { formatDate } from './formatting.js';
import type { SiteLinks } from './links.js';
import { localize, type Localized } from './localize.js';
import { pageView, type PageView } from './notice-view.js';

export interface IndexView extends PageView {
  /** Some names are shown in Finnish on a Swedish or English page. */
  usesFallback: boolean;
  notices: Array<{ id: string; href: string; name: Localized; controller?: Localized; updated?: { iso: string; text: string } }>;
}

/** Notices in alphabetical order of their name in the reader's language. */
export function indexView(registries: readonly Registry[], lang: Lang, links: SiteLinks): IndexView {
  const notices = registries
    .map((registry) => ({
      id: registry.id,
      href: links.notice(registry.id, lang),
      name: localize(registry.name, lang),
      ...(registry.controller ? { controller: localize(registry.controller.name, lang) } : {}),
      ...(registry.notice.updated ? { updated: { iso: registry.notice.updated, text: formatDate(registry.notice.updated, lang) } } : {}),
    }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, lang));
  const usesFallback = notices.some((notice) => notice.name.lang !== undefined || notice.controller?.lang !== undefined);
  return { ...pageView(lang, translate(NOTICE_MESSAGES, 'index.title', lang), links, (code) => links.index(code)), usesFallback, notices };
}

/** A page with only the common parts (accessibility statement, not found). */
export function simpleView(lang: Lang, titleKey: string, links: SiteLinks, hrefFor: (lang: Lang) => string): PageView {
  return pageView(lang, translate(NOTICE_MESSAGES, titleKey, lang), links, hrefFor);
}
