/**
 * The seloste web application. Built once at start-up from the loaded registries (templates and
 * views compiled then): the public notices, and — with an engine (database, stores) — the staff
 * sign-in and the records API. One error handler: problem+json under `/api/`, a page elsewhere;
 * never a stack trace to the client.
 */
import { Hono } from 'hono';
import { createApiDocsPage } from '../api/api-docs-page.js';
import { authRoutes } from '../api/auth-routes.js';
import { openApiDocument } from '../api/openapi.js';
import { problem, problemOf, problemResponse } from '../api/problem.js';
import { recordsApi } from '../api/records-api.js';
import { consentsApi } from '../api/consents-api.js';
import { lifecycleApi } from '../api/lifecycle-api.js';
import { requestsApi } from '../api/requests-api.js';
import { retentionApi } from '../api/retention-api.js';
import type { ApiEnv } from '../api/request.js';
import { authenticate } from '../auth/middleware.js';
import { demoRegistry } from '../demo/generate-records.js';
import type { Engine } from '../engine/engine.js';
import { defaultForm } from '../forms/default-form.js';
import type { Form } from '../forms/types.js';
import { uiApp } from '../ui/ui-app.js';
import { createUiRenderer } from '../ui/ui-renderer.js';
import { createRenderer } from '../notices/renderer.js';
import { SERVER_LINKS } from '../notices/links.js';
import { createNoticeSite } from '../notices/site.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Registry } from '../model/types.js';
import { SELOSTE_VERSION } from '../runtime/version.js';
import { detectLanguage } from './detect-language.js';
import { noticeRoutes } from './notice-routes.js';
import { securityHeaders } from './security-headers.js';

export interface AppContext {
  registries: readonly Registry[];
  /** Templates directory; the installation's `templates/` by default. */
  templatesDir?: string;
  /** The database and stores; without it only the public notices are served. */
  engine?: Engine;
  /** The staff forms (from `forms/`, default forms included); default forms only when absent. */
  forms?: readonly Form[];
  /** Mark the session cookie `Secure` (set when served over HTTPS). */
  secureCookies?: boolean;
  /** Where unexpected errors are reported (the server log); tests collect them. */
  logError?: (cause: unknown) => void;
}

export function createApp(context: AppContext): Hono<ApiEnv> {
  const site = createNoticeSite(context.registries, createRenderer(context.templatesDir), SERVER_LINKS);
  const logError = context.logError ?? ((cause: unknown) => console.error(cause));
  const engine = context.engine;
  const app = new Hono<ApiEnv>();
  app.use('*', securityHeaders());
  // For every path, so that a mistyped address gets the not-found page in the reader's language.
  app.use('*', detectLanguage());
  app.get('/health', (c) => {
    c.header('Cache-Control', 'no-store');
    let database: 'ok' | 'none' | 'failing' = 'none';
    if (engine) {
      try {
        engine.db.prepare('SELECT 1').get();
        database = 'ok';
      } catch {
        database = 'failing';
      }
    }
    return c.json({ status: database === 'failing' ? 'failing' : 'ok', registries: context.registries.length, database }, database === 'failing' ? 503 : 200);
  });
  if (engine) {
    // The API reference is built once, from the same models as the routes it describes.
    // A demo database accepts temporary identity codes; its document says so.
    const openApi = openApiDocument(engine.demo ? context.registries.map(demoRegistry) : context.registries, { version: SELOSTE_VERSION });
    const docsPage = createApiDocsPage(openApi, context.templatesDir === undefined ? {} : { templatesDir: context.templatesDir });
    app.get('/api/openapi.json', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.json(openApi);
    });
    app.get('/api/docs', (c) => {
      const lang = c.get('language') as Lang;
      c.header('Content-Language', lang);
      c.header('Vary', 'Accept-Language');
      c.header('Cache-Control', 'no-cache');
      return c.html(docsPage(lang));
    });
    const auth = { users: engine.users, sessions: engine.sessions, tokens: engine.tokens, secureCookies: context.secureCookies ?? false };
    app.use('/api/*', authenticate(auth));
    app.route('/', authRoutes({ ...auth, throttle: engine.throttle }, (entry) => engine.audit.append(entry)));
    app.route('/', recordsApi(engine.operations));
    app.route('/', lifecycleApi(engine.operations));
    app.route('/', retentionApi(engine.operations));
    app.route('/', consentsApi(engine.operations));
    app.route('/', requestsApi(engine.operations, context.templatesDir === undefined ? {} : { templatesDir: context.templatesDir }));
    app.route(
      '/',
      uiApp({ engine, renderer: createUiRenderer(context.templatesDir), forms: context.forms ?? context.registries.map(defaultForm), secureCookies: context.secureCookies ?? false }),
    );
  }
  app.route('/', noticeRoutes(site));
  app.notFound((c) => {
    const lang = c.get('language') as Lang;
    if (c.req.path.startsWith('/api/')) return problemResponse(c, problem('not-found', 'api.not-found', {}, lang));
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language');
    c.header('Cache-Control', 'no-store');
    return c.html(site.notFound(lang), 404);
  });
  app.onError((cause, c) => {
    const lang = (c.get('language') as Lang | undefined) ?? 'fi';
    const known = problemOf(cause, lang);
    if (known) return problemResponse(c, known);
    // Never a stack trace to the client; the operator sees it in the server log.
    logError(cause);
    if (c.req.path.startsWith('/api/')) return problemResponse(c, problem('internal', 'api.internal', {}, lang));
    c.header('Cache-Control', 'no-store');
    return c.text('Internal error', 500);
  });
  return app;
}
