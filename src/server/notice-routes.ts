/**
 * Public notice routes: `/notices` (index), `/notices/:id` (page), `/notices/:id.json`,
 * `/notices/:id.dpv.jsonld`, `/notices/notice.schema.json`, `/accessibility` and the stylesheet.
 * Handlers only pick the language and call the site; every page is rendered from the model.
 */
import { Hono, type Context } from 'hono';
import type { Lang } from '../i18n/catalogue.js';
import { toDpv } from '../notices/dpv.js';
import { NOTICE_JSON_SCHEMA } from '../notices/notice-json-schema.js';
import { noticeJson } from '../notices/notice-json.js';
import type { NoticeSite } from '../notices/site.js';

type Env = { Variables: { language: string } };

/** Public pages may be cached briefly: they hold no personal data and change only on deploy. */
const PUBLIC_CACHE = 'public, max-age=300';

export function noticeRoutes(site: NoticeSite): Hono<Env> {
  const app = new Hono<Env>();
  // The language comes from the app-level `detectLanguage` middleware.
  const lang = (c: Context<Env>): Lang => c.get('language') as Lang;
  const html = (c: Context<Env>, body: string) => {
    c.header('Content-Language', lang(c));
    c.header('Vary', 'Accept-Language');
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.html(body);
  };

  app.get('/', (c) => c.redirect('/notices'));
  app.get('/notices', (c) => html(c, site.index(lang(c))));
  app.get('/notices/', (c) => c.redirect('/notices'));
  app.get('/accessibility', (c) => html(c, site.accessibility(lang(c))));
  app.get('/assets/notice.css', (c) => {
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.body(site.stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/notices/notice.schema.json', (c) => {
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(NOTICE_JSON_SCHEMA);
  });
  app.get('/notices/:name', (c) => {
    const name = c.req.param('name');
    const match = /^([a-z][a-z0-9-]{1,62})(\.json|\.dpv\.jsonld)?$/.exec(name);
    const registry = match ? site.find(match[1]!) : undefined;
    if (!registry) return c.notFound();
    c.header('Cache-Control', PUBLIC_CACHE);
    if (match![2] === '.json') return c.json(noticeJson(registry));
    if (match![2] === '.dpv.jsonld') {
      return c.body(JSON.stringify(toDpv(registry, {}), null, 2), 200, { 'Content-Type': 'application/ld+json; charset=utf-8' });
    }
    return html(c, site.notice(registry, lang(c)));
  });
  return app;
}
