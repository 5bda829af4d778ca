/**
 * The staff pages as one sub-app: sign-in, the registries, record lists, records and their forms.
 * Every page needs a signed-in session (the sign-in page says where it came from); the language
 * chosen with `?lang=` is remembered in a cookie so a case worker chooses it once.
 */
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { authenticate } from '../auth/middleware.js';
import { STAFF_PAGE_CSP } from '../server/security-headers.js';
import { consentPages } from './consent-pages.js';
import { formPages } from './form-pages.js';
import { lifecyclePages } from './lifecycle-pages.js';
import { recordPages } from './record-pages.js';
import { requestPages } from './request-pages.js';
import { retentionPages } from './retention-pages.js';
import { sessionPages } from './session-pages.js';
import type { UiContext, UiEnv } from './ui-context.js';

const LANG_COOKIE = 'seloste_lang';
const ONE_YEAR = 365 * 24 * 60 * 60;

export function uiApp(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();
  const auth = authenticate({ users: ctx.engine.users, sessions: ctx.engine.sessions, tokens: ctx.engine.tokens, secureCookies: ctx.secureCookies });
  for (const path of ['/app', '/app/*', '/login', '/logout']) {
    app.use(path, async (c, next) => {
      const asked = c.req.query('lang');
      if (asked === 'fi' || asked === 'sv' || asked === 'en') {
        setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: ONE_YEAR, secure: ctx.secureCookies });
      } else {
        const remembered = getCookie(c, LANG_COOKIE);
        if (remembered === 'fi' || remembered === 'sv' || remembered === 'en') c.set('language', remembered);
      }
      await next();
    });
    app.use(path, auth);
    app.use(path, async (c, next) => {
      await next();
      c.header('Content-Security-Policy', STAFF_PAGE_CSP);
    });
  }
  app.use('/app', guard);
  app.use('/app/*', guard);

  app.get('/assets/app.css', (c) => c.body(ctx.renderer.stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  app.get('/assets/app.js', (c) => c.body(ctx.renderer.script, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  // Typing is activity: the form page's script calls this so a long note outlives the idle timeout.
  app.get('/app/keepalive', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });
  // Browsers ask for it on every page; an empty answer keeps their consoles clean.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' }));
  app.route('/', sessionPages(ctx));
  // Before the record pages: `/app/requests/…` is no registry's `/app/:registry/…`.
  app.route('/', requestPages(ctx));
  // Before the record pages too: `/app/:registry/jobs` is no record.
  app.route('/', retentionPages(ctx));
  app.route('/', formPages(ctx));
  app.route('/', recordPages(ctx));
  app.route('/', lifecyclePages(ctx));
  app.route('/', consentPages(ctx));
  return app;
}

/** Staff pages need a browser session; API tokens are for machines. */
const guard = async (c: Context<UiEnv>, next: () => Promise<void>) => {
  const principal = c.get('principal');
  if (!principal || principal.via !== 'session') {
    const url = new URL(c.req.url);
    return c.redirect(`/login?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`, 303);
  }
  await next();
  return undefined;
};
