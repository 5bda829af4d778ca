/**
 * Sign-in API: `POST /api/login`, `POST /api/logout`, `GET /api/me`. Every failure of credentials
 * gets the same answer — unknown user, disabled user and wrong password alike — and the reason goes
 * to the audit log only. Sign-in takes JSON only: a cross-site HTML form cannot send
 * `application/json` without a CORS preflight, which is what keeps another site from signing a
 * browser in (login CSRF); afterwards the SameSite=Strict cookie does the same job. Nothing here is
 * cacheable. Errors are problem details (RFC 9457) in the caller's language.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { AUTH_MESSAGES } from '../i18n/auth-messages.js';
import { authenticate, clearSessionCookie, SESSION_COOKIE, setSessionCookie, type AuthContext, type AuthVariables } from '../auth/middleware.js';
import { rolesToJson, type Principal } from '../auth/principal.js';
import type { LoginThrottle } from '../auth/throttle.js';
import { signIn, signOut, type SignInAudit, type SignInAuditEntry } from '../auth/sign-in.js';

/** What the sign-in routes tell the audit log. */
export type AuthAuditEntry = SignInAuditEntry;
export type AuthAuditAppender = SignInAudit;

export interface AuthRoutesContext extends AuthContext {
  throttle: LoginThrottle;
  /**
   * The client's address, for the per-address limit. Default: the socket's peer address under
   * `@hono/node-server`. Behind a reverse proxy pass a function that reads the proxy's header —
   * only then, as anyone can send `X-Forwarded-For`.
   */
  clientIp?: (c: Context) => string | undefined;
}

type Env = { Variables: AuthVariables & { language: string } };

/** Larger than any honest sign-in; keeps megabytes out of the JSON parser and scrypt. */
export const LOGIN_BODY_LIMIT = 8 * 1024;

/** The sign-in routes as a sub-app; mount with `app.route('/', authRoutes(ctx, audit))`. */
export function authRoutes(ctx: AuthRoutesContext, audit: AuthAuditAppender): Hono<Env> {
  const app = new Hono<Env>();
  const clientIp = ctx.clientIp ?? socketAddress;
  
  for (const path of ['/api/login', '/api/logout', '/api/me']) {
    app.use(path, async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  }
  app.use('/api/logout', authenticate(ctx));
  app.use('/api/me', authenticate(ctx));

  app.post(
    '/api/login',
    async (c, next) => {
      const mediaType = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
      if (mediaType !== 'application/json') return problem(c, 415, 'unsupported-media-type');
      await next();
    },
    bodyLimit({ maxSize: LOGIN_BODY_LIMIT, onError: (c) => problem(c, 413, 'too-large', { max: LOGIN_BODY_LIMIT }) }),
    async (c) => {
      const credentials = parseCredentials(await c.req.text());
      if (!credentials) return problem(c, 400, 'malformed');
      const result = await signIn(ctx, audit, { ...credentials, ip: clientIp(c), previousToken: getCookie(c, SESSION_COOKIE) });
      if (!result.ok && result.reason === 'throttled') {
        c.header('Retry-After', String(result.retryAfterSeconds));
        return problem(c, 429, 'throttled', { minutes: Math.ceil(result.retryAfterSeconds / 60) });
      }
      if (!result.ok) return problem(c, 401, 'invalid-credentials');
      setSessionCookie(c, result.token, ctx.secureCookies);
      return c.json({
        username: result.user.username,
        displayName: result.user.displayName,
        roles: rolesToJson(result.user.roles),
        csrfToken: result.session.csrfToken,
      });
    },
  );

  app.post('/api/logout', (c) => {
    signOut(ctx, audit, c.get('principal'), getCookie(c, SESSION_COOKIE), clientIp(c));
    clearSessionCookie(c, ctx.secureCookies);
    return c.body(null, 204);
  });

  app.get('/api/me', (c) => {
    const principal = c.get('principal');
    if (!principal) {
      c.header('WWW-Authenticate', 'Bearer realm="seloste"');
      return problem(c, 401, 'unauthenticated');
    }
    return c.json(meJson(principal));
  });

  return app;
}

function meJson(principal: Principal) {
  return {
    username: principal.username,
    displayName: principal.displayName,
    roles: rolesToJson(principal.roles),
    via: principal.via,
    ...(principal.tokenName === undefined ? {} : { tokenName: principal.tokenName }),
    ...(principal.csrfToken === undefined ? {} : { csrfToken: principal.csrfToken }),
  };
}

function parseCredentials(text: string): { username: string; password: string } | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { username, password } = body as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string' || username === '' || password === '') return undefined;
  return { username, password };
}

/** A problem details response (RFC 9457) in the caller's language. */
function problem(c: Context, status: ContentfulStatusCode, slug: string, params: MessageParams = {}): Response {
  const lang = languageOf(c);
  const body = {
    type: `urn:seloste:problem:${slug}`,
    title: translate(AUTH_MESSAGES, `api.${slug}.title`, lang),
    status,
    detail: translate(AUTH_MESSAGES, `api.${slug}.detail`, lang, params),
  };
  c.header('Content-Language', lang);
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json; charset=utf-8' });
}

/** The language the app-level detector chose; Finnish when the sub-app runs without it. */
function languageOf(c: Context): Lang {
  const language: unknown = c.get('language');
  return language === 'sv' || language === 'en' || language === 'fi' ? language : 'fi';
}

/** The peer address under @hono/node-server, which passes the Node request as `c.env.incoming`. */
function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}
