/**
 * Signing in and out on the staff pages. The sign-in form carries a one-time token that must
 * match a SameSite=Strict cookie (no other site can sign a browser in as someone else); the
 * sign-out button carries the session's CSRF token. Failures are worded the same whatever the
 * reason, as in the API.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientIp } from '../api/request.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../auth/middleware.js';
import { randomToken } from '../auth/sessions.js';
import { signIn, signOut } from '../auth/sign-in.js';
import { csrfOk, errorPage, render, shell, t, type UiContext, type UiEnv } from './ui-context.js';

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
    if (c.get('principal')) return c.redirect('/app', 303);
    return loginPage(c, 200, c.req.query('out') ? { flash: t(c, 'ui.logged-out') } : {});
  });

  app.post('/login', bodyLimit({ maxSize: 16 * 1024, onError: (c) => errorPage(c as Context<UiEnv>, ctx, 400, t(c as Context<UiEnv>, 'ui.login.failed')) }), async (c) => {
    const body = await c.req.parseBody();
    const username = typeof body['username'] === 'string' ? body['username'] : '';
    const password = typeof body['password'] === 'string' ? body['password'] : '';
    const next = safeNext(typeof body['next'] === 'string' ? body['next'] : undefined);
    const expected = getCookie(c, LOGIN_COOKIE);
    const fail = (status: 400 | 401 | 429, errors: Record<string, string>, summary: string[]) =>
      loginPage(c, status, {
        username,
        next,
        errors,
        summary: { title: t(c, 'ui.form.errors', { count: summary.length }), items: summary.map((message, index) => ({ message, href: index === 0 && errors['username'] ? '#username' : errors['password'] ? '#password' : undefined })) },
      });
    if (!expected || typeof body['csrf'] !== 'string' || body['csrf'] !== expected) return fail(400, {}, [t(c, 'ui.login.expired')]);
    if (username.trim() === '' || password === '') {
      const errors: Record<string, string> = {};
      if (username.trim() === '') errors['username'] = t(c, 'ui.login.missing-username');
      if (password === '') errors['password'] = t(c, 'ui.login.missing-password');
      return loginPage(c, 400, {
        username,
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

  app.post('/logout', async (c) => {
    const body = await c.req.parseBody();
    // A sign-out without the session's token (another site's form) changes nothing.
    if (!csrfOk(c, body['csrf'])) return c.redirect('/app', 303);
    signOut(ctx.engine, audit, c.get('principal'), getCookie(c, SESSION_COOKIE), clientIp(c));
    clearSessionCookie(c, ctx.secureCookies);
    return c.redirect('/login?out=1', 303);
  });

  return app;
}

/** Where to go after signing in: a page of the staff app only, never another site. */
export function safeNext(next: string | undefined): string {
  return next !== undefined && /^\/app(?:[/?][^\\]*)?$/.test(next) && !next.startsWith('//') ? next : '/app';
}
