/**
 * The staff pages' templates, compiled once at start-up: `templates/ui/layout.hbs`, the pages in
 * `templates/ui/pages/` and the partials in `templates/ui/partials/`, plus their stylesheet.
 * Handlebars escapes every value; views hand templates finished strings (labels, messages, dates
 * already formatted), so the templates only lay out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { UI_MESSAGES } from '../i18n/ui-messages.js';
import { TEMPLATES_DIR } from '../notices/renderer.js';

export const UI_PAGES = ['login', 'home', 'list', 'record', 'form', 'delete', 'audit', 'error', 'requests', 'request', 'request-new', 'jobs'] as const;
export type UiPage = (typeof UI_PAGES)[number];

/** What every page's layout needs; pages add their own keys. */
export interface LayoutView {
  lang: Lang;
  title: string;
  /** The signed-in user, for the header (absent on the sign-in page). */
  user?: { name: string; csrfToken: string };
  languages: Array<{ lang: Lang; label: string; href: string; current: boolean }>;
  breadcrumbs?: Array<{ label: string; href?: string }>;
  /** A one-line notice at the top ("Tallennettu."), announced politely. */
  flash?: string;
}

export interface UiRenderer {
  page(name: UiPage, view: LayoutView & Record<string, unknown>): string;
  stylesheet: string;
  /** The pages' progressive enhancement (focus on the error summary, conditional fields). */
  script: string;
}

export function createUiRenderer(dir: string = TEMPLATES_DIR): UiRenderer {
  const hbs = Handlebars.create();
  hbs.registerHelper('t', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    const lang = (options.data as { root: { lang: Lang } }).root.lang;
    return translate(UI_MESSAGES, key, lang, options.hash as MessageParams);
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const partials = join(dir, 'ui', 'partials');
  for (const file of readdirSync(partials).filter((name) => name.endsWith('.hbs')).sort()) {
    hbs.registerPartial(`ui/${file.replace(/\.hbs$/, '')}`, readFileSync(join(partials, file), 'utf8'));
  }
  const compile = (file: string) => hbs.compile(readFileSync(file, 'utf8'), { strict: false, preventIndent: true });
  const layout = compile(join(dir, 'ui', 'layout.hbs'));
  const pages = new Map(UI_PAGES.map((name) => [name, compile(join(dir, 'ui', 'pages', `${name}.hbs`))]));
  return {
    page(name, view) {
      const body = pages.get(name)!(view);
      return layout({ ...view, body }).replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n');
    },
    stylesheet: readFileSync(join(dir, 'assets', 'app.css'), 'utf8'),
    script: readFileSync(join(dir, 'assets', 'app.js'), 'utf8'),
  };
}
