/**
 * Reading what a request carries: the caller (401 for anonymous), a JSON body (415 for another
 * content type, 413 over the limit, 400 for malformed JSON), the client address and the
 * `Idempotency-Key` / `If-Match` headers. Every refusal is a `RequestError` the error handler
 * words as problem+json.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Principal } from '../auth/principal.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Caller } from '../operations/context.js';
import { RequestError, problem, problemResponse } from './problem.js';

/** Largest JSON body a record route accepts: far above any record, far below harm. */
export const RECORD_BODY_LIMIT = 1024 * 1024;

export type ApiEnv = { Variables: { language: string; principal: Principal | undefined } };

export function lang(c: Context<ApiEnv>): Lang {
  return (c.get('language') as Lang | undefined) ?? 'fi';
}

/** The caller, or 401. */
export function caller(c: Context<ApiEnv>): Caller {
  const principal = c.get('principal');
  if (!principal) throw new RequestError('unauthenticated', 'api.unauthenticated');
  return callerOf(principal, clientIp(c), lang(c));
}

/** Who acts, as operations and the audit log see them: a token names itself and its user. */
export function callerOf(principal: Principal, ip: string | undefined, language: Lang): Caller {
  return {
    actor: principal.via === 'token' ? `token:${principal.tokenName ?? ''}@${principal.username}` : principal.username,
    roles: principal.roles,
    ...(ip ? { ip } : {}),
    lang: language,
  };
}

/** The peer address of the socket; undefined in process (tests). Proxy headers are not trusted. */
export function clientIp(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** Refuses bodies over the limit before they are read into memory. */
export function jsonBodyLimit(maxSize = RECORD_BODY_LIMIT): MiddlewareHandler<ApiEnv> {
  return bodyLimit({
    maxSize,
    onError: (c) => problemResponse(c, problem('payload-too-large', 'api.body-too-large', { max: maxSize }, lang(c as Context<ApiEnv>))),
  });
}

/** The parsed JSON body; `application/json` only. */
export async function jsonBody(c: Context<ApiEnv>): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (type.split(';')[0]!.trim().toLowerCase() !== 'application/json') {
    throw new RequestError('unsupported-media-type', 'api.wrong-content-type', { type: type.slice(0, 100) });
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new RequestError('bad-request', 'api.malformed-json', { detail: cause instanceof Error ? cause.message.slice(0, 200) : '' });
  }
}

/** `Idempotency-Key`: 1–200 visible ASCII characters, or absent. */
export function idempotencyKey(c: Context): string | undefined {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) throw new RequestError('bad-request', 'api.bad-idempotency-key');
  return key;
}

/** `If-Match: "3"` → 3; `*` or absent → undefined. */
export function ifMatch(c: Context): number | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,12})"\s*$/.exec(header);
  if (!match) throw new RequestError('bad-request', 'api.bad-if-match');
  return Number(match[1]);
}

/** A whole number query parameter, or undefined when absent. */
export function integerParam(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new RequestError('bad-request', 'api.bad-number', { name });
  return Number(value);
}
