/**
 * The lifecycle on the staff pages: the record page's "Tila" section (the current state with its
 * description and since when, one button per transition the user may take — a blocked one says
 * why instead of failing — and the state history), and taking a transition (a plain form post
 * with the session's CSRF token and the version the page showed; no JavaScript needed). A taken
 * transition lands back on the record page with "Tila muutettu: …"; a refused one shows the
 * record page again with the reason in an error summary.
 */
import { Hono, type Context } from 'hono';
import type { Access } from '../access/access.js';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import type { Registry } from '../model/types.js';
import { OperationError } from '../operations/errors.js';
import type { RecordView } from '../operations/records.js';
import { availableTransitions, transitionRecord } from '../operations/transitions.js';
import { currentState, stateEnteredAt, stateHistoryOf, stateOf } from '../workflows/lifecycle-state.js';
import { formatDateTime, textIn } from './format-value.js';
import { operationErrorPage, recordPage } from './record-pages.js';
import { csrfOk, errorPage, formBodyLimit, langOf, postedForm, postedValue, SMALL_BODY_LIMIT, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

/** The `?done=` value of a taken transition. */
const DONE = 'transition';

export function lifecyclePages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();

  app.post('/app/:registry/:id/transition/:transitionId', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const posted = await postedForm(c);
    if (!posted) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    if (!csrfOk(c, postedValue(posted, 'csrf'))) return errorPage(c, ctx, 403, t(c, 'ui.form.expired'));
    const registryId = c.req.param('registry');
    const id = c.req.param('id');
    const version = Number(postedValue(posted, 'version'));
    try {
      await transitionRecord(ctx.engine.operations, uiCaller(c), registryId, id, c.req.param('transitionId'), Number.isSafeInteger(version) && version > 0 ? { expectedVersion: version } : {});
    } catch (cause) {
      return refusedPage(c, ctx, cause);
    }
    return c.redirect(`/app/${registryId}/${id}?done=${DONE}`, 303);
  });

  return app;
}

/**
 * The record page's lifecycle section (`lifecycle`), and its notice after a taken transition
 * (`flash`); nothing for a registry without a lifecycle. The page's read of the record is the
 * audited one: this reads the stored record only to check the guards against all its values.
 */
export async function lifecycleSection(c: Context<UiEnv>, ctx: UiContext, registry: Registry, record: RecordView, _access: Access): Promise<{ lifecycle?: Record<string, unknown>; flash?: string }> {
  const lifecycle = registry.lifecycle;
  if (!lifecycle) return {};
  const context = ctx.engine.operations;
  const lang = langOf(c);
  // Guards are judged on the whole record: the caller's view may lack a protected address a guard needs.
  const stored = (await context.store.get(registry.id, record.id)) ?? record;
  const stateId = currentState(lifecycle, stored)!;
  const state = stateOf(lifecycle, stateId);
  const name = (id: string) => {
    const found = stateOf(lifecycle, id);
    return found ? textIn(found.name, lang) : id;
  };
  const csrf = c.get('principal')?.csrfToken ?? '';
  const transitionName = (id: string | undefined) => {
    const found = lifecycle.transitions.find((transition) => transition.id === id);
    return found ? textIn(found.name, lang) : (id ?? '');
  };
  return {
    ...(c.req.query('done') === DONE ? { flash: t(c, 'ui.lifecycle.done', { state: name(stateId) }) } : {}),
    lifecycle: {
      state: {
        name: name(stateId),
        since: t(c, 'ui.lifecycle.since', { date: formatDateTime(stateEnteredAt(context, stored), lang) }),
        ...(state?.description ? { description: textIn(state.description, lang) } : {}),
        final: state?.final === true,
      },
      transitions: availableTransitions(context, uiCaller(c), registry.id, stored).map(({ transition, blockedBy }) => ({
        id: `transition-${transition.id}`,
        name: textIn(transition.name, lang),
        to: t(c, 'ui.lifecycle.to', { state: name(transition.to) }),
        ...(blockedBy
          ? { blocked: translate(API_MESSAGES, blockedBy.key, lang, blockedBy.params) }
          : { action: `/app/${registry.id}/${record.id}/transition/${transition.id}`, csrf, version: stored.version }),
      })),
      history: stateHistoryOf(context, stored).map((entry) => ({
        when: formatDateTime(entry.enteredAt, lang),
        state: name(entry.state),
        how: entry.transition === undefined ? t(c, 'ui.lifecycle.created') : transitionName(entry.transition),
        who: entry.actor === 'system' ? t(c, 'ui.lifecycle.by-system') : entry.actor,
      })),
    },
  };
}

/**
 * A refused transition: the record page again with the reason in an error summary (403, 409 or
 * 422); a record, registry or transition that is not there gets the error page.
 */
async function refusedPage(c: Context<UiEnv>, ctx: UiContext, cause: unknown): Promise<Response> {
  if (!(cause instanceof OperationError) || cause.kind === 'not-found' || cause.messageKey === 'api.forbidden-registry') return operationErrorPage(c, ctx, cause);
  const stale = cause.kind === 'precondition-failed' || cause.messageKey === 'api.concurrent-update';
  const message = stale ? t(c, 'ui.lifecycle.stale') : translate(API_MESSAGES, cause.messageKey, langOf(c), cause.params);
  const status = cause.kind === 'forbidden' ? 403 : cause.kind === 'invalid' ? 422 : 409;
  return recordPage(c, ctx, { lifecycleSummary: { title: t(c, 'ui.lifecycle.error-title'), items: [{ message }] } }, status);
}
