/**
 * The package of an access or portability request as JSON: structured and machine-readable
 * (GDPR Art 20(1)) — every value as stored, under its field id, with the field's label in the
 * person's language beside it — and with what the registry's notice says about the processing:
 * purposes, legal bases, sources, recipients, retention and rights (Art 15(1)(a)–(h)).
 */
import type { Lang } from '../i18n/catalogue.js';
import type { Field, Registry, Text } from '../model/types.js';
import { SERVER_LINKS } from '../notices/links.js';
import type { Localized } from '../notices/localize.js';
import { noticeView, type NoticeView } from '../notices/notice-view.js';
import type { PackageRecord, RequestPackage } from '../operations/request-package.js';

export const PACKAGE_FORMAT = 'seloste-subject-data/1';

/**
 * Who handled the data, as the person is told: the controller's staff or the system (timers),
 * not the staff member's username. The right of access covers when and why the data was used,
 * not, as a rule, which employee used it (CJEU C-579/21, Pankki S, a Finnish case); the
 * controller answers a complaint about a particular use from its own audit log.
 */
export function handlerKind(actor: string): 'system' | 'staff' {
  return actor === 'system' ? 'system' : 'staff';
}

type Json = Record<string, unknown>;

export function packageJson(pkg: RequestPackage): Json {
  const lang = pkg.request.lang;
  return {
    format: PACKAGE_FORMAT,
    request: { id: pkg.request.id, kind: pkg.request.kind, received: pkg.request.receivedAt, lang },
    produced_at: pkg.producedAt,
    person: { personal_identity_code: pkg.request.identityCode },
    registries: pkg.registries.map(({ registry, records }) => registryJson(registry, records, lang)),
  };
}

function registryJson(registry: Registry, records: PackageRecord[], lang: Lang): Json {
  const view = noticeView(registry, lang, SERVER_LINKS);
  const text = (value: Text | undefined) => (value === undefined ? undefined : (value[lang] ?? value.fi));
  const t = (value: Localized | undefined) => value?.text;
  return {
    id: registry.id,
    name: text(registry.name),
    ...(view.controller ? { controller: compact({ name: t(view.controller.name), address: t(view.controller.address), phone: view.controller.phone, email: view.controller.email }) } : {}),
    purposes: registry.purposes.map((purpose) => compact({ id: purpose.id, name: text(purpose.name), description: text(purpose.description) })),
    legal_bases: registry.legalBases.map((basis) => compact({ id: basis.id, name: text(basis.name), gdpr: basis.gdpr, laws: basis.laws.map((law) => text(law)!), description: text(basis.description) })),
    sources: registry.sources.map((source) => compact({ id: source.id, name: text(source.name), description: text(source.description) })),
    recipients: (registry.disclosures?.items ?? []).map((item) =>
      compact({ id: item.id, recipient: text(item.recipient), basis: item.basis, categories: item.categories, laws: item.laws.map((law) => text(law)!), description: text(item.description) }),
    ),
    retention: compact({ statement: t(view.retention?.statement), rules: retentionRules(view) }),
    rights: {
      deadline: view.rights.deadline,
      items: [...view.rights.applicable, ...(view.rights.objection ? [view.rights.objection] : [])].map((right) => compact({ right: right.right, title: right.title, article: right.article, text: t(right.text) })),
    },
    records: records.map((entry) => recordJson(registry, entry, lang)),
  };
}

function recordJson(registry: Registry, entry: PackageRecord, lang: Lang): Json {
  const { record } = entry;
  const label = (field: Field) => field.label[lang] ?? field.label.fi;
  const fields = registry.categories.flatMap((category) =>
    category.fields
      .filter((field) => record.data[field.id] !== undefined)
      .map((field) =>
        compact({
          id: field.id,
          label: label(field),
          category: category.id,
          value: record.data[field.id],
          members: field.fields.length > 0 ? field.fields.map((member) => ({ id: member.id, label: label(member) })) : undefined,
        }),
      ),
  );
  const state = registry.lifecycle?.states.find((candidate) => candidate.id === record.state);
  return {
    id: record.id,
    ...(record.state !== null ? { state: { id: record.state, name: state ? (state.name[lang] ?? state.name.fi) : record.state } } : {}),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    fields,
    state_history: entry.states.map((state) => compact({ state: state.state, transition: state.transition, entered_at: state.enteredAt, handled_by: handlerKind(state.actor) })),
    consents: entry.consents.map((event) => ({ consent: event.consent, event: event.event, at: event.at, method: event.method, recorded_by: handlerKind(event.recordedBy), recorded_at: event.recordedAt })),
    disclosures: entry.disclosures.map((disclosure) =>
      compact({
        disclosure: disclosure.disclosure,
        recipient: (() => {
          const declared = registry.disclosures?.items.find((item) => item.id === disclosure.disclosure);
          return declared ? (declared.recipient[lang] ?? declared.recipient.fi) : undefined;
        })(),
        categories: disclosure.categories,
        basis: disclosure.basis,
        method: disclosure.method,
        disclosed_at: disclosure.disclosedAt,
        recorded_by: handlerKind(disclosure.recordedBy),
      }),
    ),
    audit: entry.audit.map((item) => ({ at: item.at, handled_by: handlerKind(item.actor), action: item.action, outcome: item.outcome, fields: item.fields })),
  };
}

/** Retention rules as sentences in the person's language. */
export function retentionRules(view: NoticeView): string[] {
  return (view.retention?.rules ?? []).flatMap((rule) => {
    const parts = [
      rule.sentence ? `${rule.sentence.before}${rule.sentence.name?.text ?? ''}${rule.sentence.after}` : undefined,
      rule.category ? rule.category.text : undefined,
      rule.reference?.text,
      rule.description?.text,
    ].filter((part): part is string => part !== undefined && part !== '');
    return parts.length > 0 ? [parts.join(' – ')] : [];
  });
}

function compact(object: Record<string, unknown>): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
