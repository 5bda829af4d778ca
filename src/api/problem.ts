/**
 * Errors as RFC 9457 problem details (`application/problem+json`): a stable `type` URI per kind,
 * a `title` and a `detail` in the caller's language, and for invalid records `errors` with one
 * entry per field (pointer, field id, message naming the field by its label).
 */
import type { Context } from 'hono';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import { OperationError, type ErrorKind } from '../operations/errors.js';
import type { FieldError } from '../schema/record-validator.js';

export type ProblemKind = ErrorKind | 'payload-too-large' | 'unsupported-media-type' | 'internal';

export const PROBLEM_STATUS: Record<ProblemKind, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 500> = {
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'precondition-failed': 412,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  invalid: 422,
  internal: 500,
};

/** An error a route raises before any operation runs (parsing the request). */
export class RequestError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(messageKey);
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

export function problem(kind: ProblemKind, messageKey: string, params: MessageParams, lang: Lang, errors: FieldError[] = []): Problem {
  return {
    type: `urn:seloste:problem:${kind}`,
    title: translate(API_MESSAGES, `api.title.${kind}`, lang),
    status: PROBLEM_STATUS[kind],
    detail: translate(API_MESSAGES, messageKey, lang, params),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** The problem response of an error; `undefined` for an unexpected one (the caller logs it, answers 500). */
export function problemOf(cause: unknown, lang: Lang): Problem | undefined {
  if (cause instanceof OperationError) return problem(cause.kind, cause.messageKey, cause.params, lang, cause.errors);
  if (cause instanceof RequestError) return problem(cause.kind, cause.messageKey, cause.params, lang);
  return undefined;
}

export function problemResponse(c: Context, body: Problem): Response {
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify({ ...body, instance: new URL(c.req.url).pathname }), body.status as 400, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
