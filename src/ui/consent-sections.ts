/**
 * The record page's "Suostumukset" and "Luovutukset" sections. Every declared consent with where
 * it stands (annettu pvm, tapa, kirjaaja / ei annettu / peruttu), its history and a small form to
 * record the next event (giving when not in force, withdrawal when in force); the disclosure
 * history and a form to record a disclosure. Anyone who may read the record sees the status and
 * the histories (staff must know whether a consent is on file before they act on it); the forms
 * are shown only to roles with `manage-consents` (withdrawal also `handle-requests`) and
 * `record-disclosures`. After a refused post the section carries the error summary, the inline
 * errors and what was typed (the Suomi.fi pattern). Templates only lay this out.
 */
import type { Context } from 'hono';
import type { Access } from '../access/access.js';
import type { Registry } from '../model/types.js';
import { CONSENT_METHODS, consentStatus, methodName, type ConsentStatus } from '../operations/consents.js';
import { disclosureHistory, MAX_METHOD_LENGTH } from '../operations/disclosures.js';
import { helsinkiDate } from '../operations/event-time.js';
import { OperationError } from '../operations/errors.js';
import type { RecordView } from '../operations/records.js';
import type { DisclosureEntry } from '../workflows/disclosure-store.js';
import { formatDate } from '../notices/formatting.js';
import { formatDateTime, textIn } from './format-value.js';
import type { ControlView } from './form-view.js';
import { langOf, t, uiCaller, type UiContext, type UiEnv } from './ui-context.js';

/** `?done=` after a recorded event. */
export const CONSENT_DONE = { given: 'consent-given', withdrawn: 'consent-withdrawn', disclosed: 'disclosure-recorded' } as const;

/** A refused post, for the section to show: which form, the messages by input, what was typed. */
export interface PostedForm {
  /** The consent whose form was posted (consent forms). */
  consent?: string;
  verb?: 'give' | 'withdraw';
  /** Input name → error message. */
  errors: Map<string, string>;
  /** Messages not tied to an input (shown in the summary only). */
  general: string[];
  /** Input name → the values posted. */
  values: Map<string, string[]>;
}

/** Refused posts by section, as the record page's `extra.consentPosted` carries them. */
export interface PostedForms {
  consents?: PostedForm;
  disclosures?: PostedForm;
}

type Section = Record<string, unknown>;

/**
 * The sections of the record page (`consentSection`, `disclosureSection`) and the notice after a
 * recorded event (`flash`); nothing for a registry that declares neither consents nor recipients.
 * `extra.consentPosted` (the record page's extra view, set by `consent-pages.ts`) puts a refused post's
 * errors and values into the section it came from.
 */
export async function consentRecordSections(
  c: Context<UiEnv>,
  ctx: UiContext,
  registry: Registry,
  record: RecordView,
  access: Access,
  extra: Record<string, unknown> = {},
): Promise<{ consentSection?: Section; disclosureSection?: Section; flash?: string }> {
  const posted = (extra['consentPosted'] ?? {}) as PostedForms;
  const context = ctx.engine.operations;
  const done = c.req.query('done');
  const flash =
    done === CONSENT_DONE.given ? t(c, 'ui.consents.done.given') : done === CONSENT_DONE.withdrawn ? t(c, 'ui.consents.done.withdrawn') : done === CONSENT_DONE.disclosed ? t(c, 'ui.disclosures.done') : undefined;
  const result: { consentSection?: Section; disclosureSection?: Section; flash?: string } = flash ? { flash } : {};
  try {
    if (registry.consents.length > 0) {
      const statuses = await consentStatus(context, uiCaller(c), registry.id, record.id);
      result.consentSection = consentSection(c, ctx, registry, record, access, statuses, posted.consents);
    }
    if ((registry.disclosures?.items.length ?? 0) > 0) {
      const history = await disclosureHistory(context, uiCaller(c), registry.id, record.id);
      result.disclosureSection = disclosureSection(c, ctx, registry, record, access, history, posted.disclosures);
    }
  } catch (cause) {
    // The page's own read succeeded a moment ago; a record deleted in between shows without these.
    if (!(cause instanceof OperationError)) throw cause;
  }
  return result;
}

function consentSection(c: Context<UiEnv>, ctx: UiContext, registry: Registry, record: RecordView, access: Access, statuses: ConsentStatus[], posted: PostedForm | undefined): Section {
  const lang = langOf(c);
  const csrf = c.get('principal')?.csrfToken ?? '';
  const mayGive = access.can.has('manage-consents');
  const mayWithdraw = mayGive || access.can.has('handle-requests');
  const items = statuses.map((status) => {
    const { consent } = status;
    const id = `consent-${consent.id}`;
    const latest = status.history.at(-1);
    const shown = status.valid ?? latest;
    const verb: 'give' | 'withdraw' = status.valid ? 'withdraw' : 'give';
    const mine = posted && posted.consent === consent.id && posted.verb === verb ? posted : undefined;
    const value = (name: string) => mine?.values.get(name)?.[0];
    const methods = verb === 'give' ? consent.methods : CONSENT_METHODS;
    const chosen = value('method') ?? (methods.length === 1 ? methods[0] : undefined);
    const form =
      (verb === 'give' ? mayGive : mayWithdraw) && {
        action: `/app/${registry.id}/${record.id}/consents`,
        csrf,
        consent: consent.id,
        verb,
        legend: t(c, `ui.consents.${verb}.legend`),
        submit: t(c, `ui.consents.${verb}.submit`),
        secondary: verb === 'withdraw',
        ...(verb === 'withdraw' && consent.withdrawal ? { withdrawal: t(c, 'ui.consents.withdrawal', { text: textIn(consent.withdrawal, lang) }) } : {}),
        method: radios(`${id}-method`, 'method', t(c, 'ui.consents.method'), t(c, `ui.consents.${verb}.method-hint`), mine?.errors.get('method'),
          methods.map((method) => ({ id: `${id}-method-${method}`, value: method, label: methodName(method, lang), checked: method === chosen }))),
        at: textInput(`${id}-at`, 'at', t(c, 'ui.consents.at'), t(c, `ui.consents.${verb}.at-hint`), mine?.errors.get('at'), value('at') ?? todayFinnish(ctx), { size: 10 }),
      };
    return {
      id,
      name: textIn(consent.name, lang),
      ...(consent.description ? { description: textIn(consent.description, lang) } : {}),
      status:
        status.state === 'none' || !shown
          ? t(c, 'ui.consents.status.none')
          : t(c, `ui.consents.status.${status.state}`, { at: dayOf(shown.at, lang), method: methodName(shown.method, lang), by: shown.recordedBy }),
      given: status.state === 'given',
      ...(status.history.length > 0
        ? {
            history: {
              caption: t(c, 'ui.consents.history', { name: textIn(consent.name, lang) }),
              rows: status.history.map((event) => ({
                event: t(c, `ui.consents.event.${event.event}`),
                at: dayOf(event.at, lang),
                method: methodName(event.method, lang),
                by: event.recordedBy,
                recorded: formatDateTime(event.recordedAt, lang),
              })),
            },
          }
        : {}),
      ...(form ? { form } : {}),
    };
  });
  return { items, ...summaryOf(c, posted, (name) => (posted?.consent ? `consent-${posted.consent}-${name}` : undefined)) };
}

function disclosureSection(c: Context<UiEnv>, ctx: UiContext, registry: Registry, record: RecordView, access: Access, history: DisclosureEntry[], posted: PostedForm | undefined): Section {
  const lang = langOf(c);
  const items = registry.disclosures?.items ?? [];
  const categoryName = (id: string) => {
    const category = registry.categories.find((candidate) => candidate.id === id);
    return category ? textIn(category.name, lang) : id;
  };
  const value = (name: string) => posted?.values.get(name)?.[0];
  const chosenCategories = posted?.values.get('categories') ?? [];
  const basisName = (basis: 'consent' | 'law') => t(c, `ui.disclosures.basis.${basis}`);
  const form = access.can.has('record-disclosures') && {
    action: `/app/${registry.id}/${record.id}/disclosures`,
    csrf: c.get('principal')?.csrfToken ?? '',
    legend: t(c, 'ui.disclosures.legend'),
    submit: t(c, 'ui.disclosures.submit'),
    recipient: {
      ...control('disclosure-recipient', 'disclosure', t(c, 'ui.disclosures.recipient'), t(c, 'ui.disclosures.recipient-hint'), posted?.errors.get('disclosure')),
      kind: 'select',
      options: [
        { value: '', label: t(c, 'ui.disclosures.recipient.choose'), selected: !value('disclosure') },
        ...items.map((item) => ({
          value: item.id,
          // Two recipients may share a name (Joensuu's KELA, by law and for rehabilitative work): their categories tell them apart.
          label: t(c, item.categories.length > 0 ? 'ui.disclosures.recipient.option-categories' : 'ui.disclosures.recipient.option', {
            recipient: textIn(item.recipient, lang),
            basis: t(c, `ui.disclosures.basis-option.${item.basis ?? 'none'}`),
            categories: item.categories.map(categoryName).join(', '),
          }),
          selected: value('disclosure') === item.id,
        })),
      ],
    },
    // Every category: which ones a recipient may get is checked on posting, with a message naming them.
    categories: radios('disclosure-categories', 'categories', t(c, 'ui.disclosures.categories'), t(c, 'ui.disclosures.categories-hint'), posted?.errors.get('categories'),
      registry.categories.map((category) => ({ id: `disclosure-category-${category.id}`, value: category.id, label: textIn(category.name, lang), checked: chosenCategories.includes(category.id) })), 'checkboxes'),
    method: textInput('disclosure-method', 'method', t(c, 'ui.disclosures.method'), t(c, 'ui.disclosures.method-hint'), posted?.errors.get('method'), value('method') ?? '', { maxlength: MAX_METHOD_LENGTH, optional: true }),
    at: textInput('disclosure-at', 'at', t(c, 'ui.disclosures.at'), t(c, 'ui.disclosures.at-hint'), posted?.errors.get('at'), value('at') ?? todayFinnish(ctx), { size: 10 }),
  };
  return {
    rows: history.map((entry) => {
      const declared = items.find((item) => item.id === entry.disclosure);
      return {
        when: formatDateTime(entry.disclosedAt, lang),
        recipient: declared ? textIn(declared.recipient, lang) : entry.disclosure,
        categories: entry.categories.map(categoryName).join(', '),
        basis: basisName(entry.basis),
        method: entry.method ?? (declared?.method ? textIn(declared.method, lang) : ''),
        by: entry.recordedBy,
      };
    }),
    ...(form ? { form } : {}),
    ...summaryOf(c, posted, (name) => ({ disclosure: 'disclosure-recipient', categories: 'disclosure-categories', method: 'disclosure-method', at: 'disclosure-at' })[name]),
  };
}

/** The error summary of a refused post: each message, linked to its input where it has one. */
function summaryOf(c: Context<UiEnv>, posted: PostedForm | undefined, inputId: (name: string) => string | undefined): { summary?: Record<string, unknown> } {
  if (!posted) return {};
  const items = [
    ...[...posted.errors].map(([name, message]) => {
      const id = inputId(name);
      return { message, ...(id ? { href: `#${id}` } : {}) };
    }),
    ...posted.general.map((message) => ({ message })),
  ];
  if (items.length === 0) return {};
  return { summary: { title: t(c, 'ui.form.errors', { count: items.length }), items } };
}

function control(id: string, name: string, label: string, hint: string, error: string | undefined): ControlView {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { kind: 'text', id, name, label, hint, describedBy, ...(error ? { error } : {}) };
}

function radios(id: string, name: string, label: string, hint: string, error: string | undefined, options: NonNullable<ControlView['options']>, kind: 'radios' | 'checkboxes' = 'radios'): ControlView {
  return { ...control(id, name, label, hint, error), kind, options };
}

function textInput(id: string, name: string, label: string, hint: string, error: string | undefined, value: string, extra: Partial<ControlView> = {}): ControlView {
  return { ...control(id, name, label, hint, error), inputType: 'text', value, ...extra };
}

/** Today in Finland as staff type it: 2.3.2026. */
function todayFinnish(ctx: UiContext): string {
  const [year, month, day] = helsinkiDate(ctx.engine.clock()).split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/** The day of an event in Finnish time, as people read dates. */
function dayOf(iso: string, lang: 'fi' | 'sv' | 'en'): string {
  return formatDate(helsinkiDate(iso), lang);
}
