/**
 * The seloste web application. Built once at start-up from the loaded registries (templates and
 * views compiled then), it serves the public notices; later parts (API, staff forms) mount here.
 */
import { Hono } from 'hono';
import { createRenderer } from '../notices/renderer.js';
import { SERVER_LINKS } from '../notices/links.js';
import { createNoticeSite } from '../notices/site.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Registry } from '../model/types.js';
import { detectLanguage } from './detect-language.js';
import { noticeRoutes } from './notice-routes.js';
import { securityHeaders } from './security-headers.js';

export interface AppContext {
  registries: readonly Registry[];
  /** Templates directory; the installation's `templates/` by default. */
  templatesDir?: string;
}

export function createApp(context: AppContext): Hono<{ Variables: { language: string } }> {
  const site = createNoticeSite(context.registries, createRenderer(context.templatesDir), SERVER_LINKS);
  const app = new Hono<{ Variables: { language: string } }>();
  app.use('*', securityHeaders());
  // For every path, so that a mistyped address gets the not-found page in the reader's language.
  app.use('*', detectLanguage());
  app.get('/health', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok', registries: context.registries.length });
  });
  app.route('/', noticeRoutes(site));
  app.notFound((c) => {
    const lang = c.get('language') as Lang;
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language');
    c.header('Cache-Control', 'no-store');
    return c.html(site.notFound(lang), 404);
  });
  app.onError((cause, c) => {
    // Never a stack trace to the browser; the operator sees it in the server log.
    console.error(cause);
    return c.text('Internal error', 500);
  });
  return app;
}
