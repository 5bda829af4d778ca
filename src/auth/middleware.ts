/**
 * Authentication as Hono middleware: finds out who is calling — an API token in
 * `Authorization: Bearer …`, else the session cookie — and sets `principal` (undefined for an
 * anonymous caller). It never refuses a request itself: each route decides what anonymity means
 * (the API answers 401, public pages do not care). A request that presents a bearer token is judged
 * by that token alone, so a bad token is never rescued by a cookie the browser happened to send.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ApiTokenStore } from './api-tokens.js';
import { sessionPrincipal, tokenPrincipal, type Principal } from './principal.js';
import type { SessionStore } from './sessions.js';
import type { UserStore } from './users.js';

export const SESSION_COOKIE = 'seloste_session';

export interface AuthContext {
  users: UserStore;
  sessions: SessionStore;
  tokens: ApiTokenStore;
  /** Mark the cookie `Secure` (served over HTTPS; off only for local development over http). */
  secureCookies: boolean;
}

export type AuthVariables = { principal: Principal | undefined };

/** The middleware; mount it before every route that needs to know the caller. */
export function authenticate(ctx: AuthContext): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    // Already resolved by an outer mount of this middleware: do not look up (and touch) twice.
    if (c.get('principal') === undefined) {
      c.set('principal', resolvePrincipal(ctx, c.req.header('Authorization'), getCookie(c, SESSION_COOKIE)));
    }
    await next();
  };
}

/**
 * The principal of an `Authorization` header value and a session cookie value, either possibly
 * absent. A session is touched (its inactivity timeout restarts); a session whose user is gone or
 * disabled is ended.
 */
export function resolvePrincipal(ctx: AuthContext, authorization: string | undefined, cookie: string | undefined): Principal | undefined {
  const bearer = bearerToken(authorization);
  if (bearer !== undefined) {
    const token = ctx.tokens.verify(bearer);
    const user = token && ctx.users.get(token.username);
    return token && user && !user.disabled ? tokenPrincipal(user, token.name) : undefined;
  }
  if (cookie === undefined || cookie === '') return undefined;
  const session = ctx.sessions.find(cookie);
  if (!session) return undefined;
  const user = ctx.users.get(session.username);
  if (!user || user.disabled) {
    ctx.sessions.end(session.id);
    return undefined;
  }
  ctx.sessions.touch(session.id);
  return sessionPrincipal(user, session);
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Path=/, Secure when configured; no Max-Age (ends with the browser). */
export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', ...(secure ? { secure: true } : {}) });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', ...(secure ? { secure: true } : {}) });
}

/** The token of `Bearer <token>` (scheme case-insensitive); undefined for no header or another scheme. */
function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^\s*bearer\s+(\S*)\s*$/i.exec(authorization ?? '');
  return match ? match[1]! : undefined;
}
