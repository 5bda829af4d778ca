/**
 * Signing in and out on the staff pages. The sign-in form carries a one-time token that must
 * match a SameSite=Strict cookie (no other site can sign a browser in as someone else); the
 * sign-out button carries the session's CSRF token. Failures are worded the same whatever the
 * reason, as in the API.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientIp } from '../api/request.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../auth/middleware.js';
import { randomToken } from '../auth/sessions.js';
import { signIn, signOut } from '../auth/sign-in.js';
import { csrfOk, formBodyLimit, SMALL_BODY_LIMIT, postedForm, postedValue, render, shell, t, type UiContext, type UiEnv } from './ui-context.js';

const LOGIN_COOKIE = 'seloste_login';


export function sessionPages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();
  const audit = (entry: Parameters<typeof ctx.engine.audit.append>[0]) => void ctx.engine.audit.append(entry);

  const loginPage = (c: Context<UiEnv>, status: 200 | 400 | 401 | 429, extra: Record<string, unknown> = {}) => {
    const csrf = randomToken();
    setCookie(c, LOGIN_COOKIE, csrf, { httpOnly: true, sameSite: 'Strict', path: '/login', secure: ctx.secureCookies });
    return render(c, ctx, 'login', { ...shell(c, t(c, 'ui.login.title')), csrf, next: safeNext(c.req.query('next')), ...extra }, status);
  };

  app.get('/login', (c) => {
    // Only a browser session opens the staff pages: anyone else (an API token) would loop back here.
    if (c.get('principal')?.via === 'session') return c.redirect('/app', 303);
    return loginPage(c, 200, c.req.query('out') ? { flash: t(c, 'ui.logged-out') } : {});
  });

  app.post('/login', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    // A body that cannot be read carries no token either: refused as an expired form below.
    const body = (await postedForm(c)) ?? [];
    const username = postedValue(body, 'username') ?? '';
    const password = postedValue(body, 'password') ?? '';
    const next = safeNext(postedValue(body, 'next'));
    const expected = getCookie(c, LOGIN_COOKIE);
    const fail = (status: 400 | 401 | 429, errors: Record<string, string>, summary: string[]) =>
      loginPage(c, status, {
        username,
        next,
        errors,
        summary: { title: t(c, 'ui.form.errors', { count: summary.length }), items: summary.map((message, index) => ({ message, href: index === 0 && errors['username'] ? '#username' : errors['password'] ? '#password' : undefined })) },
      });
    const posted = postedValue(body, 'csrf');
    if (!expected || posted === undefined || posted !== expected) return fail(400, {}, [t(c, 'ui.login.expired')]);
    if (username.trim() === '' || password === '') {
      const errors: Record<string, string> = {};
      if (username.trim() === '') errors['username'] = t(c, 'ui.login.missing-username');
      if (password === '') errors['password'] = t(c, 'ui.login.missing-password');
      return loginPage(c, 400, {
        username,
        next,
        errors,
        summary: { title: t(c, 'ui.form.errors', { count: Object.keys(errors).length }), items: Object.entries(errors).map(([id, message]) => ({ message, href: `#${id}` })) },
      });
    }
    const result = await signIn(ctx.engine, audit, { username, password, ip: clientIp(c), previousToken: getCookie(c, SESSION_COOKIE) });
    if (!result.ok && result.reason === 'throttled') {
      c.header('Retry-After', String(result.retryAfterSeconds));
      return fail(429, {}, [t(c, 'ui.login.throttled', { minutes: Math.ceil(result.retryAfterSeconds / 60) })]);
    }
    if (!result.ok) return fail(401, {}, [t(c, 'ui.login.failed')]);
    deleteCookie(c, LOGIN_COOKIE, { path: '/login' });
    setSessionCookie(c, result.token, ctx.secureCookies);
    return c.redirect(next, 303);
  });

  app.post('/logout', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const body = (await postedForm(c)) ?? [];
    // A sign-out without the session's token (another site's form) changes nothing.
    if (!csrfOk(c, postedValue(body, 'csrf'))) return c.redirect('/app', 303);
    signOut(ctx.engine, audit, c.get('principal'), getCookie(c, SESSION_COOKIE), clientIp(c));
    clearSessionCookie(c, ctx.secureCookies);
    return c.redirect('/login?out=1', 303);
  });

  return app;
}

/** Where to go after signing in: a page of the staff app only, never another site. */
export function safeNext(next: string | undefined): string {
  if (next === undefined || !next.startsWith('/app') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return '/app';
  // Resolved as a browser would (dot segments, %2e, stripped tabs), and given back resolved.
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/app';
  }
  if (url.origin !== BASE || (url.pathname !== '/app' && !url.pathname.startsWith('/app/'))) return '/app';
  return `${url.pathname}${url.search}`;
}

const BASE = 'http://seloste.invalid';
