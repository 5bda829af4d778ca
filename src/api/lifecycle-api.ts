/**
 * Lifecycle transitions of records: what the caller may do with a record's state now (with why
 * an offered transition is blocked) and its state history; taking a transition (`If-Match` as for
 * updates). Handlers parse, call an operation and shape the response. Every response may concern
 * personal data: `Cache-Control: no-store` (set for all of `/api/*` by the records API).
 */
import { Hono } from 'hono';
import { translate, type Lang } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import type { Lifecycle } from '../model/types.js';
import type { OperationContext } from '../operations/context.js';
import { recordLifecycle, transitionRecord, type OfferedTransition } from '../operations/transitions.js';
import { stateOf } from '../workflows/lifecycle-state.js';
import type { StateEntry } from '../workflows/workflow-stores.js';
import { transitionJson } from './lifecycle-json.js';
import { envelope } from './records-api.js';
import { caller, ifMatch, type ApiEnv } from './request.js';

export function lifecycleApi(context: OperationContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/api/registries/:id/records/:recordId/transitions', async (c) => {
    const who = caller(c);
    const { registry, record, state, offered, history } = await recordLifecycle(context, who, c.req.param('id'), c.req.param('recordId'));
    c.header('Cache-Control', 'no-store');
    c.header('ETag', `"${record.version}"`);
    const lifecycle = registry.lifecycle;
    const current = stateOf(lifecycle, state);
    return c.json({
      record: record.id,
      version: record.version,
      state: state === undefined ? null : { id: state, ...(current ? { name: current.name, ...(current.description ? { description: current.description } : {}), final: current.final } : {}) },
      transitions: offered.map((item) => offeredJson(item, who.lang)),
      history: history.map((entry) => historyJson(lifecycle, entry)),
    });
  });

  app.post('/api/registries/:id/records/:recordId/transitions/:transitionId', async (c) => {
    const who = caller(c);
    const expected = ifMatch(c);
    const record = await transitionRecord(context, who, c.req.param('id'), c.req.param('recordId'), c.req.param('transitionId'), expected === undefined ? {} : { expectedVersion: expected });
    c.header('Cache-Control', 'no-store');
    c.header('ETag', `"${record.version}"`);
    return c.json(envelope(record));
  });

  return app;
}

/** A transition offered to the caller, as the API shows it. */
function offeredJson({ transition, blockedBy }: OfferedTransition, lang: Lang): Record<string, unknown> {
  return {
    ...transitionJson(transition),
    allowed: blockedBy === undefined,
    ...(blockedBy
      ? {
          blocked_by: {
            code: blockedBy.code,
            message: translate(API_MESSAGES, blockedBy.key, lang, blockedBy.params),
            ...(blockedBy.fields ? { fields: blockedBy.fields } : {}),
            ...(blockedBy.consent ? { consent: blockedBy.consent } : {}),
          },
        }
      : {}),
  };
}

function historyJson(lifecycle: Lifecycle | undefined, entry: StateEntry): Record<string, unknown> {
  const state = stateOf(lifecycle, entry.state);
  return {
    state: entry.state,
    ...(state ? { name: state.name } : {}),
    transition: entry.transition ?? null,
    entered_at: entry.enteredAt,
    actor: entry.actor,
  };
}
