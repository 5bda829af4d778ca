/** Consents and disclosures of records. Handlers parse, call an operation and shape the response. */
import { Hono } from 'hono';
import type { OperationContext } from '../operations/context.js';
import type { ApiEnv } from './request.js';

export function consentsApi(_context: OperationContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  return app;
}
