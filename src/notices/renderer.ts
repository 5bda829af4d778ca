/**
 * The notice site's templates, compiled once at start-up: `templates/layout.hbs`, the pages in
 * `templates/pages/`, one partial per notice section in `templates/partials/notice/`, and the
 * stylesheet. Handlebars escapes every value; registry texts are only ever data, never compiled,
 * so a definition holding `<script>` or `{{` shows it as text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { NOTICE_MESSAGES } from '../i18n/notice-messages.js';
import type { PageView } from './notice-view.js';

/** `templates/` of the installation (the same from `src/` under vitest and from `dist/`). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export type PageName = 'index' | 'notice' | 'accessibility' | 'not-found';

export interface Renderer {
  /** A whole HTML page: the page template inside the layout. */
  page(name: PageName, view: PageView): string;
  /** The stylesheet the pages link to. */
  stylesheet: string;
}

export function createRenderer(dir: string = TEMPLATES_DIR): Renderer {
  const hbs = Handlebars.create();
  hbs.registerHelper('ui', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    const lang = (options.data as { root: { lang: Lang } }).root.lang;
    return translate(NOTICE_MESSAGES, key, lang, options.hash as MessageParams);
  });
  const partials = join(dir, 'partials');
  for (const file of listTemplates(partials)) {
    hbs.registerPartial(relative(partials, file).replace(/\\/g, '/').replace(/\.hbs$/, ''), readFileSync(file, 'utf8'));
  }
  const compile = (file: string) => hbs.compile(readFileSync(file, 'utf8'), { strict: false, preventIndent: true });
  const layout = compile(join(dir, 'layout.hbs'));
  const pages = new Map<PageName, Handlebars.TemplateDelegate>();
  for (const name of ['index', 'notice', 'accessibility', 'not-found'] as const) pages.set(name, compile(join(dir, 'pages', `${name}.hbs`)));
  const stylesheet = readFileSync(join(dir, 'assets', 'notice.css'), 'utf8');
  return {
    page(name, view) {
      const body = pages.get(name)!(view);
      return tidy(layout({ ...view, body }));
    },
    stylesheet,
  };
}

function listTemplates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listTemplates(path);
      return entry.name.endsWith('.hbs') ? [path] : [];
    });
}

/**
 * Drops the blank lines and trailing blanks that template blocks leave behind. Registry texts are
 * unaffected in meaning: they are split into paragraphs on blank lines before rendering.
 */
function tidy(html: string): string {
  return html.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n');
}
