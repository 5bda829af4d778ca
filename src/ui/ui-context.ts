/**
 * What the staff pages run on, and the small things every page handler needs: the caller, the
 * page shell (language links, user, breadcrumbs), CSRF checks and error pages.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { clientIp, callerOf, type ApiEnv } from '../api/request.js';
import { csrfTokenMatches } from '../auth/sessions.js';
import type { Principal } from '../auth/principal.js';
import type { Engine } from '../engine/engine.js';
import type { Form } from '../forms/types.js';
import { LANGS, translate, type Lang } from '../i18n/catalogue.js';
import { UI_MESSAGES } from '../i18n/ui-messages.js';
import type { Caller } from '../operations/context.js';
import type { LayoutView, UiPage, UiRenderer } from './ui-renderer.js';

export interface UiContext {
  engine: Engine;
  renderer: UiRenderer;
  /** Every form of every registry (the derived default forms included). */
  forms: readonly Form[];
  secureCookies: boolean;
}

export type UiEnv = ApiEnv;

const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

export function langOf(c: Context<UiEnv>): Lang {
  const language = c.get('language');
  return language === 'sv' || language === 'en' ? language : 'fi';
}

export function t(c: Context<UiEnv>, key: string, params: Record<string, string | number | undefined> = {}): string {
  return translate(UI_MESSAGES, key, langOf(c), params);
}

/** The signed-in principal; the auth guard of `/app` makes sure there is one. */
export function principalOf(c: Context<UiEnv>): Principal {
  return c.get('principal')!;
}

export function uiCaller(c: Context<UiEnv>): Caller {
  return callerOf(principalOf(c), clientIp(c), langOf(c));
}

/** The layout's part of a page view. */
export function shell(c: Context<UiEnv>, title: string, extra: Partial<LayoutView> = {}): LayoutView {
  const lang = langOf(c);
  const url = new URL(c.req.url);
  const principal = c.get('principal');
  return {
    lang,
    title,
    languages: LANGS.map((code) => {
      const target = new URL(url);
      target.searchParams.set('lang', code);
      // A one-time notice ("Tallennettu.") is not shown again in another language.
      target.searchParams.delete('done');
      return { lang: code, label: LANGUAGE_NAMES[code], href: `${target.pathname}${target.search}`, current: code === lang };
    }),
    ...(principal?.via === 'session' && principal.csrfToken ? { user: { name: principal.displayName, csrfToken: principal.csrfToken } } : {}),
    ...extra,
  };
}

/** Renders a page with the no-store header every staff page needs (they hold personal data). */
export function render(c: Context<UiEnv>, ctx: UiContext, page: UiPage, view: LayoutView & Record<string, unknown>, status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 = 200): Response {
  c.header('Cache-Control', 'no-store');
  c.header('Content-Language', view.lang);
  return c.html(ctx.renderer.page(page, view), status);
}

export function errorPage(c: Context<UiEnv>, ctx: UiContext, status: 400 | 403 | 404 | 409 | 413 | 500, message: string): Response {
  return render(c, ctx, 'error', { ...shell(c, t(c, 'ui.error.title')), heading: t(c, 'ui.error.title'), message }, status);
}

/** The posted CSRF token matches the session's. */
export function csrfOk(c: Context<UiEnv>, posted: unknown): boolean {
  const principal = c.get('principal');
  return principal?.via === 'session' && principal.csrfToken !== undefined && typeof posted === 'string' && csrfTokenMatches({ csrfToken: principal.csrfToken }, posted);
}

/** The sign-in, sign-out and delete forms are a few short fields. */
export const SMALL_BODY_LIMIT = 16 * 1024;

/** Refuses a posted body over `maxSize` bytes, before it is read, with a page saying so (413). */
export function formBodyLimit(ctx: UiContext, maxSize: number): MiddlewareHandler<UiEnv> {
  return bodyLimit({ maxSize, onError: (c) => errorPage(c as Context<UiEnv>, ctx, 413, t(c as Context<UiEnv>, 'ui.error.too-large')) });
}

/**
 * The posted name–value pairs of a form, in order: URL-encoded or multipart (files are left out);
 * none for another content type; undefined for a body that cannot be read as its type says.
 */
export async function postedForm(c: Context<UiEnv>): Promise<Array<[string, string]> | undefined> {
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return [];
  let data: FormData;
  try {
    data = await c.req.formData();
  } catch {
    return undefined;
  }
  const fields: Array<[string, string]> = [];
  data.forEach((value, name) => {
    if (typeof value === 'string') fields.push([name, value]);
  });
  return fields;
}

/** The last value posted under `name`. */
export function postedValue(fields: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  for (let i = fields.length - 1; i >= 0; i--) if (fields[i]![0] === name) return fields[i]![1];
  return undefined;
}

/** The previous and next links of a paged list; undefined when everything fits on one page. */
export function pagesOf(total: number, offset: number, size: number, href: (offset: number) => string): { previous?: string; next?: string } | undefined {
  if (total <= size) return undefined;
  return {
    ...(offset > 0 ? { previous: href(Math.max(0, offset - size)) } : {}),
    ...(offset + size < total ? { next: href(offset + size) } : {}),
  };
}
