/**
 * The package of an access request as a readable HTML page in the person's language: one
 * self-contained document (styles inline, no scripts, nothing fetched) that prints well and can
 * be sent to the person. Accessible (WCAG 2.1 AA): the page's language, a heading structure,
 * tables with captions and header cells, registry texts without a translation marked as
 * Finnish. The template (`templates/requests/package.hbs`) is compiled once at start-up.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { REQUEST_PACKAGE_MESSAGES } from '../i18n/request-messages.js';
import type { Field, Registry, Text } from '../model/types.js';
import { formatDate } from '../notices/formatting.js';
import { SERVER_LINKS } from '../notices/links.js';
import { localize, type Localized } from '../notices/localize.js';
import { noticeView } from '../notices/notice-view.js';
import { TEMPLATES_DIR } from '../notices/renderer.js';
import type { PackageRecord, RequestPackage } from '../operations/request-package.js';
import { formatDateTime, formatValue } from '../ui/format-value.js';
import { handlerKind, retentionRules } from './package-json.js';

export interface PackageRenderer {
  /** The whole page. */
  render(pkg: RequestPackage): string;
  /** The Content-Security-Policy of the page: its own inline style, nothing else. */
  csp: string;
}

export function createPackageRenderer(dir: string = TEMPLATES_DIR): PackageRenderer {
  const hbs = Handlebars.create();
  hbs.registerHelper('t', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    const lang = (options.data as { root: { lang: Lang } }).root.lang;
    return translate(REQUEST_PACKAGE_MESSAGES, key, lang, options.hash as MessageParams);
  });
  // A registry text, marked with its language where it is not the page's.
  hbs.registerPartial('text', '{{#if lang}}<span lang="{{lang}}">{{text}}</span>{{else}}{{text}}{{/if}}');
  const template = hbs.compile(readFileSync(join(dir, 'requests', 'package.hbs'), 'utf8'), { strict: false, preventIndent: true });
  const style = readFileSync(join(dir, 'requests', 'package.css'), 'utf8').trim();
  const hash = createHash('sha256').update(style).digest('base64');
  return {
    render: (pkg) => template({ ...packageView(pkg), style }).replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n'),
    csp: `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`,
  };
}

function packageView(pkg: RequestPackage) {
  const lang = pkg.request.lang;
  const m = (key: string, params: MessageParams = {}) => translate(REQUEST_PACKAGE_MESSAGES, key, lang, params);
  let usesFallback = false;
  const l = (text: Text): Localized => {
    const result = localize(text, lang);
    if (result.lang) usesFallback = true;
    return result;
  };
  const registries = pkg.registries.map(({ registry, records }, index) => {
    const view = noticeView(registry, lang, SERVER_LINKS);
    if (view.usesFallback) usesFallback = true;
    const rules = retentionRules(view);
    const categoryName = new Map(registry.categories.map((category) => [category.id, category.name]));
    return {
      anchor: `registry-${index + 1}`,
      name: l(registry.name),
      ...(view.controller
        ? { controller: { name: view.controller.name, ...(view.controller.address ? { address: view.controller.address } : {}), phone: view.controller.phone, email: view.controller.email } }
        : {}),
      records: records.map((entry, n) => recordView(registry, entry, lang, `registry-${index + 1}-record-${n + 1}`, n + 1, l, m, categoryName)),
      purposes: view.purposes,
      legalBases: view.legalBases,
      sources: view.sources,
      recipients: (view.disclosures?.items ?? []).map((item) => ({ recipient: item.recipient, ...(item.basis ? { basis: item.basis } : {}) })),
      retention: { ...(view.retention?.statement ? { statement: view.retention.statement } : {}), rules, any: rules.length > 0 || view.retention?.statement !== undefined },
      rights: [...view.rights.applicable, ...(view.rights.objection ? [view.rights.objection] : [])],
      deadline: view.rights.deadline,
    };
  });
  return {
    lang,
    title: m('package.title'),
    kindName: m(`package.kind.${pkg.request.kind}`),
    personCode: pkg.request.identityCode,
    received: formatDate(pkg.request.receivedAt, lang),
    produced: formatDateTime(pkg.producedAt, lang),
    registries,
    usesFallback,
  };
}

function recordView(
  registry: Registry,
  entry: PackageRecord,
  lang: Lang,
  anchor: string,
  n: number,
  l: (text: Text) => Localized,
  m: (key: string, params?: MessageParams) => string,
  categoryName: Map<string, Text>,
) {
  const { record } = entry;
  const stateName = (id: string) => {
    const state = registry.lifecycle?.states.find((candidate) => candidate.id === id);
    return state ? l(state.name) : { text: id, paras: [id] };
  };
  // Every field of the record, their own protected address included (the package is for them).
  const fields = registry.categories.flatMap((category) =>
    category.fields
      .filter((field) => record.data[field.id] !== undefined)
      .map((field) => (field.type === 'group' ? { label: l(field.label), group: groupView(field, record.data[field.id], lang, l) } : { label: l(field.label), lines: formatValue(field, record.data[field.id], lang) })),
  );
  const consentName = (id: string) => {
    const consent = registry.consents.find((candidate) => candidate.id === id);
    return consent ? l(consent.name) : { text: id, paras: [id] };
  };
  const fieldLabel = new Map(registry.categories.flatMap((category) => category.fields.flatMap((field) => [field, ...field.fields])).map((field) => [field.id, field.label]));
  return {
    anchor,
    heading: m('package.record', { n }),
    meta: m(record.state !== null ? 'package.record-meta-state' : 'package.record-meta', {
      created: formatDateTime(record.createdAt, lang),
      updated: formatDateTime(record.updatedAt, lang),
      state: record.state !== null ? stateName(record.state).text : '',
    }),
    fields,
    states: entry.states.map((state) => ({ state: stateName(state.state), when: formatDateTime(state.enteredAt, lang), by: m(`package.handler.${handlerKind(state.actor)}`) })),
    consents: entry.consents.map((event) => ({
      consent: consentName(event.consent),
      event: m(`package.consent-event.${event.event}`),
      when: formatDateTime(event.at, lang),
      method: m(`package.consent-method.${event.method}`),
      by: m(`package.handler.${handlerKind(event.recordedBy)}`),
    })),
    disclosures: entry.disclosures.map((disclosure) => {
      const declared = registry.disclosures?.items.find((item) => item.id === disclosure.disclosure);
      return {
        recipient: declared ? l(declared.recipient) : { text: disclosure.disclosure, paras: [] },
        categories: disclosure.categories.map((id) => (categoryName.has(id) ? l(categoryName.get(id)!).text : id)).join(', '),
        basis: m(`package.basis.${disclosure.basis}`),
        when: formatDateTime(disclosure.disclosedAt, lang),
        method: disclosure.method ?? '',
      };
    }),
    audit: entry.audit.map((item) => ({
      when: formatDateTime(item.at, lang),
      by: m(`package.handler.${handlerKind(item.actor)}`),
      action: m(`package.action.${item.action}`),
      outcome: m(`package.outcome.${item.outcome}`),
      fields: item.fields.map((id) => (fieldLabel.has(id) ? l(fieldLabel.get(id)!).text : id)).join(', '),
    })),
  };
}

function groupView(field: Field, value: unknown, lang: Lang, l: (text: Text) => Localized) {
  const entries = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
  const members = field.fields.filter((member) => entries.some((entry) => entry[member.id] !== undefined));
  return {
    columns: members.map((member) => l(member.label)),
    rows: entries.map((entry) => members.map((member) => (entry[member.id] === undefined ? [] : formatValue(member, entry[member.id], lang)))),
  };
}
