/**
 * Recording consents and disclosures from the record page: plain form posts with the session's
 * CSRF token, no JavaScript needed. A recorded event lands back on the record page with a notice
 * ("Suostumus kirjattiin annetuksi."); a refused one shows the record page again with the error
 * summary in the section, the message at the input and what was typed kept (422 or 409). A
 * registry, record or permission that is not there gets the error page. A GET of the post address
 * (the language links of a refused post's page) goes to the record page's section.
 */
import { Hono, type Context } from 'hono';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';
import { recordConsentEvent } from '../operations/consents.js';
import { recordDisclosure } from '../operations/disclosures.js';
import { OperationError } from '../operations/errors.js';
import { CONSENT_DONE, type PostedForm, type PostedForms } from './consent-sections.js';
import { operationErrorPage, recordPage } from './record-pages.js';
import { csrfOk, errorPage, formBodyLimit, langOf, postedForm, postedValue, SMALL_BODY_LIMIT, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

export function consentPages(ctx: UiContext): Hono<UiEnv> {
  const app = new Hono<UiEnv>();

  for (const section of ['consents', 'disclosures']) {
    app.get(`/app/:registry/:id/${section}`, (c) => {
      const lang = c.req.query('lang');
      const query = lang === 'fi' || lang === 'sv' || lang === 'en' ? `?lang=${lang}` : '';
      return c.redirect(`/app/${encodeURIComponent(c.req.param('registry'))}/${encodeURIComponent(c.req.param('id'))}${query}#${section}`, 303);
    });
  }

  app.post('/app/:registry/:id/consents', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const fields = await postedForm(c);
    if (!fields) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    if (!csrfOk(c, postedValue(fields, 'csrf'))) return errorPage(c, ctx, 403, t(c, 'ui.form.expired'));
    const registryId = c.req.param('registry');
    const id = c.req.param('id');
    const consent = postedValue(fields, 'consent') ?? '';
    const event = postedValue(fields, 'event');
    const method = postedValue(fields, 'method');
    const at = postedValue(fields, 'at') ?? '';
    const body = { consent, action: event ?? '', ...(method ? { method } : {}), ...(at.trim() ? { at: isoDate(at) } : {}) };
    try {
      const status = await recordConsentEvent(ctx.engine.operations, uiCaller(c), registryId, id, body);
      return c.redirect(`/app/${registryId}/${id}?done=${status.state === 'given' ? CONSENT_DONE.given : CONSENT_DONE.withdrawn}#consents`, 303);
    } catch (cause) {
      if (!(cause instanceof OperationError) || cause.kind === 'not-found' || cause.kind === 'forbidden') return operationErrorPage(c, ctx, cause);
      const posted = refusal(c, cause, { method: method ? [method] : [], at: [at] });
      return refusedPage(c, ctx, cause, { consents: { ...posted, consent, ...(event === 'give' || event === 'withdraw' ? { verb: event } : {}) } });
    }
  });

  app.post('/app/:registry/:id/disclosures', formBodyLimit(ctx, SMALL_BODY_LIMIT), async (c) => {
    const fields = await postedForm(c);
    if (!fields) return errorPage(c, ctx, 400, t(c, 'ui.error.unreadable'));
    if (!csrfOk(c, postedValue(fields, 'csrf'))) return errorPage(c, ctx, 403, t(c, 'ui.form.expired'));
    const registryId = c.req.param('registry');
    const id = c.req.param('id');
    const disclosure = postedValue(fields, 'disclosure') ?? '';
    const categories = fields.filter(([name]) => name === 'categories').map(([, value]) => value);
    const method = postedValue(fields, 'method') ?? '';
    const at = postedValue(fields, 'at') ?? '';
    const input = {
      disclosure,
      // None ticked: every category declared for the recipient (the form says so).
      ...(categories.length > 0 ? { categories } : {}),
      ...(method.trim() ? { method } : {}),
      ...(at.trim() ? { disclosedAt: isoDate(at) } : {}),
    };
    try {
      await recordDisclosure(ctx.engine.operations, uiCaller(c), registryId, id, input);
      return c.redirect(`/app/${registryId}/${id}?done=${CONSENT_DONE.disclosed}#disclosures`, 303);
    } catch (cause) {
      if (!(cause instanceof OperationError) || cause.kind === 'not-found' || cause.kind === 'forbidden') return operationErrorPage(c, ctx, cause);
      const posted = refusal(c, cause, { disclosure: [disclosure], categories, method: [method], at: [at] });
      return refusedPage(c, ctx, cause, { disclosures: posted });
    }
  });

  return app;
}

/** The record page again, with the refused post in its section (`consentRecordSections` reads `consentPosted`). */
function refusedPage(c: Context<UiEnv>, ctx: UiContext, cause: OperationError, posted: PostedForms): Promise<Response> {
  return recordPage(c, ctx, { consentPosted: posted }, cause.kind === 'conflict' ? 409 : 422);
}

/**
 * Where a refusal belongs: the input it is about (with words for a form where the API's would
 * speak of JSON), or the summary alone.
 */
function refusal(c: Context<UiEnv>, cause: OperationError, values: Record<string, string[]>): Omit<PostedForm, 'consent' | 'verb'> {
  const message = translate(API_MESSAGES, cause.messageKey, langOf(c), cause.params);
  const key = cause.messageKey;
  const at = (): [string, string] => [
    'at',
    key.startsWith('api.event-time.') ? t(c, `ui.${key.slice('api.'.length)}`, { previous: String(cause.params['previous'] ?? '') }) : t(c, 'ui.event-time.bad-time'),
  ];
  const input: [string, string] | undefined =
    key === 'api.consent.missing' && cause.params['name'] === 'method'
      ? ['method', t(c, 'ui.consents.error.method')]
      : key === 'api.consent.method-not-allowed' || key === 'api.consent.unknown-method' || key === 'api.disclosure.shape.method'
        ? ['method', message]
        : key.startsWith('api.event-time.') || key === 'api.disclosure.shape.disclosed-at'
          ? at()
          : key === 'api.disclosure.shape.disclosure'
            ? ['disclosure', t(c, 'ui.disclosures.error.recipient')]
            : key === 'api.disclosure.unknown-recipient' || key === 'api.disclosure.no-basis' || key === 'api.disclosure.none-declared'
              ? ['disclosure', message]
              : key === 'api.disclosure.undeclared-categories' || key === 'api.disclosure.no-categories' || key === 'api.disclosure.shape.categories'
                ? ['categories', message]
                : undefined;
  return {
    errors: new Map(input ? [input] : []),
    general: input ? [] : [message],
    values: new Map(Object.entries(values)),
  };
}

/** A date typed the Finnish way (2.3.2026) as ISO; anything else as typed, for the operation to refuse. */
function isoDate(text: string): string {
  const match = FINNISH_DATE.exec(text.trim());
  if (!match) return text.trim();
  return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}
