/**
 * The record of processing activities (käsittelytoimintojen seloste, GDPR Art 30(1)): one row per
 * register, a column for every point of Art 30(1) (a)–(g), and a few more the data protection
 * officer needs beside them (legal bases, sources, systems, processors, when the notice was last
 * updated).
 *
 * Headers and the phrases seloste writes are in the chosen language; registry texts are in that
 * language where the registry has it, else in Finnish. A cell the notice is silent on says so
 * ("ei ilmoitettu"), never empty: in a record kept for the supervisory authority an empty cell
 * reads as "none". Several items in one cell are separated by line breaks.
 */
import { translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { ROPA_MESSAGES } from '../i18n/ropa-messages.js';
import { spellDuration } from './formatting.js';
import type { Category, Field, Person, Registry, RetentionRule, Security, Text } from '../model/types.js';
import { toCsv, type CsvSeparator } from './csv.js';
import { allFields } from '../model/fields.js';

/** The columns, in order; each header is the catalogue entry `ropa.col.<column>`. */
export const ROPA_COLUMNS = [
  'registry',
  'name',
  'controller',
  'contacts',
  'joint-controllers',
  'representatives',
  'dpo',
  'purposes',
  'legal-bases',
  'data-subjects',
  'personal-data',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'systems',
  'processors',
  'updated',
] as const;

export type RopaColumn = (typeof ROPA_COLUMNS)[number];

export interface RopaTable {
  /** Column headers in the chosen language, in the order of `ROPA_COLUMNS`. */
  header: string[];
  /** One row per registry, cells in the order of `ROPA_COLUMNS`. */
  rows: string[][];
}

export interface RopaCsvOptions {
  lang: Lang;
  separator?: CsvSeparator;
}

/** The record as a table: a header and one row per registry. */
export function ropaRows(registries: readonly Registry[], lang: Lang): RopaTable {
  const words = wordsIn(lang);
  return {
    header: ROPA_COLUMNS.map((column) => words.t(`ropa.col.${column}`)),
    rows: registries.map((registry) => {
      const cells = rowCells(registry, words);
      return ROPA_COLUMNS.map((column) => cells[column] ?? words.t('ropa.not-stated'));
    }),
  };
}

/** The record as CSV (RFC 4180, UTF-8 with BOM, CRLF), ready for a spreadsheet. */
export function toRopaCsv(registries: readonly Registry[], options: RopaCsvOptions): string {
  const table = ropaRows(registries, options.lang);
  return toCsv([table.header, ...table.rows], { separator: options.separator ?? ',' });
}

/** The output language: seloste's own phrases (`t`) and registry texts (`text`, Finnish fallback). */
interface Words {
  lang: Lang;
  t(key: string, params?: MessageParams): string;
  text(value: Text | undefined): string | undefined;
}

function wordsIn(lang: Lang): Words {
  return {
    lang,
    t: (key, params) => translate(ROPA_MESSAGES, key, lang, params),
    text: (value) => (value === undefined ? undefined : (value[lang] ?? value.fi)),
  };
}

/** The cells of one registry; a column left undefined is "not stated". */
function rowCells(registry: Registry, words: Words): Partial<Record<RopaColumn, string>> {
  const { t, text } = words;
  const person = (p: Person): string | undefined =>
    join([p.name, text(p.title), text(p.role), text(p.unit), text(p.address), p.phone && t('ropa.phone', { phone: p.phone }), p.email]);
  const controller = registry.controller;
  const categoryName = new Map(registry.categories.map((category) => [category.id, text(category.name)]));

  return {
    registry: registry.id,
    name: text(registry.name),
    controller:
      controller &&
      lines([
        join([
          text(controller.name),
          text(controller.unit),
          controller.businessId && t('ropa.business-id', { id: controller.businessId }),
          text(controller.address),
          controller.phone && t('ropa.phone', { phone: controller.phone }),
          controller.fax && t('ropa.fax', { fax: controller.fax }),
          controller.email,
          controller.website,
        ]),
        ...controller.officials.map(person),
      ]),
    contacts: lines(registry.contacts.map(person)),
    'joint-controllers': lines(
      registry.jointControllers.map((joint) =>
        join([text(joint.name), joint.businessId, text(joint.address), joint.phone && t('ropa.phone', { phone: joint.phone }), joint.email, text(joint.responsibilities)]),
      ),
    ),
    representatives: lines(registry.representatives.map(person)),
    dpo: registry.dpo && person(registry.dpo),
    purposes: lines(registry.purposes.map((purpose) => dash([text(purpose.name), text(purpose.description)]))),
    'legal-bases': lines(
      registry.legalBases.map((basis) => {
        const points = basis.gdpr.length > 0 ? t('ropa.gdpr', { points: basis.gdpr.join(', ') }) : t('ropa.gdpr-missing');
        return dash([text(basis.name), points, join(basis.laws.map(text), '; ')]);
      }),
    ),
    'data-subjects': lines(registry.dataSubjects.map((group) => dash([text(group.name), text(group.description)]))),
    'personal-data': lines(registry.categories.map((category) => categoryLine(category, words))),
    sources: lines([...registry.sources.map((source) => dash([text(source.name), text(source.description)])), registry.sources.length === 0 ? text(registry.sourcesStatement) : undefined]),
    recipients: recipients(registry, words),
    transfers: transfers(registry, words),
    retention: lines([
      ...(registry.retention?.rules ?? []).map((rule) => retentionLine(rule, registry, words, categoryName)),
      registry.retention?.rules.length ? undefined : text(registry.retention?.statement),
    ]),
    security: registry.security && security(registry.security, words),
    systems: lines(registry.systems.map((system) => (system.vendor ? `${text(system.name)} (${text(system.vendor)})` : text(system.name)))),
    processors: lines(
      registry.processors.map((processor) => {
        const systems = processor.systems.map((id) => text(registry.systems.find((system) => system.id === id)?.name));
        return dash([text(processor.name), text(processor.description), join(systems)]);
      }),
    ),
    updated: registry.notice.updated ?? (registry.notice.created && t('ropa.created', { date: registry.notice.created })),
  };
}

function categoryLine(category: Category, { t, text }: Words): string {
  const fieldLabel = (field: Field): string => {
    const special = field.specialCategory && !category.specialCategory ? ` [${t('ropa.special-category')}]` : '';
    const label = `${text(field.label)}${special}`;
    return field.fields.length > 0 ? `${label} (${field.fields.map(fieldLabel).join(', ')})` : label;
  };
  const name = category.specialCategory ? `${text(category.name)} [${t('ropa.special-category')}]` : text(category.name);
  return category.fields.length > 0 ? `${name}: ${category.fields.map(fieldLabel).join(', ')}` : dash([name, text(category.description)])!;
}

function recipients(registry: Registry, { t, text }: Words): string | undefined {
  const disclosures = registry.disclosures;
  const items = (disclosures?.items ?? []).map((item) => {
    const basis = item.basis ? t(`ropa.basis.${item.basis}`) : undefined;
    const grounds = join([basis, ...item.laws.map(text)], '; ');
    const line = dash([text(item.recipient), text(item.data)]);
    return grounds ? `${line} (${grounds})` : line;
  });
  const linkages = registry.linkages.map((linkage) => t('ropa.linkage', { target: text(linkage.target) }));
  const abroad = registry.transfers?.outsideEea
    ? registry.transfers.destinations.filter((d) => d.recipient).map((d) => `${text(d.recipient)} (${text(d.country)})`)
    : [];
  const none = disclosures?.regular === false && items.length === 0 ? [t('ropa.no-regular-disclosures')] : [];
  return lines([...none, ...items, ...linkages, ...abroad]);
}

function transfers(registry: Registry, { t, text }: Words): string | undefined {
  const transfers = registry.transfers;
  if (!transfers) return undefined;
  if (!transfers.outsideEea) return t('ropa.no-transfers');
  return lines([
    ...transfers.destinations.map((d) => dash([join([text(d.country), text(d.recipient)]), t(`ropa.safeguard.${d.safeguard}`), text(d.description)])),
    text(transfers.statement),
  ]);
}

function security(measures: Security, { t, text }: Words): string | undefined {
  const group = (key: string, items: Text[]): string | undefined =>
    items.length > 0 ? `${t(key)}: ${items.map(text).join(' ')}` : undefined;
  return lines([
    measures.statement && `${t('ropa.security.statement')}: ${text(measures.statement)}`,
    group('ropa.security.manual', measures.manual),
    group('ropa.security.electronic', measures.electronic),
    group('ropa.security.organisational', measures.organisational),
  ]);
}

/** An enforceable rule in plain words ("1 vuosi tilasta ”Asiakkuus päättynyt”, sitten poisto"); a reference rule in the notice's. */
function retentionLine(rule: RetentionRule, registry: Registry, { lang, t, text }: Words, categoryName: Map<string, string | undefined>): string | undefined {
  const scope = rule.category ? `${categoryName.get(rule.category) ?? rule.category}: ` : '';
  if (rule.kind === 'reference') {
    const reference = rule.reference ? t('ropa.retention.reference', { reference: text(rule.reference) }) : undefined;
    const body = rule.description ? (reference ? `${text(rule.description)} (${reference})` : text(rule.description)) : reference;
    return body === undefined ? undefined : `${scope}${body}`;
  }
  const then = t(`ropa.retention.then.${rule.then}`);
  const duration = formatDuration(rule.keep, lang);
  const from = rule.from;
  let phrase: string;
  if ('state' in from) {
    const state = registry.lifecycle?.states.find((s) => s.id === from.state);
    phrase = t('ropa.retention.from-state', { duration, then, state: text(state?.name) ?? from.state });
  } else if ('field' in from) {
    const field = allFields(registry).find((f) => f.id === from.field);
    phrase = t('ropa.retention.from-field', { duration, then, field: text(field?.label) ?? from.field });
  } else {
    phrase = t(`ropa.retention.from-${from.event}`, { duration, then });
  }
  return `${scope}${phrase}`;
}

/** An ISO 8601 duration in words, in the nominative: `P1Y6M` → "1 vuosi ja 6 kuukautta". */
export function formatDuration(iso: string, lang: Lang): string {
  return spellDuration(
    iso,
    (unit, n) => translate(ROPA_MESSAGES, `ropa.duration.${unit}.${n === 1 ? 'one' : 'other'}`, lang, { n }),
    translate(ROPA_MESSAGES, 'ropa.duration.and', lang),
  );
}

/** The items that are present, one per line; undefined when none is (the cell then says "not stated"). */
function lines(items: Array<string | undefined>): string | undefined {
  return join(items, '\n');
}

/** Joins the parts that are present with ", ". */
function join(parts: Array<string | undefined | false>, separator = ', '): string | undefined {
  const present = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  return present.length > 0 ? present.join(separator) : undefined;
}

/** Joins a name and its explanation with " – ". */
function dash(parts: Array<string | undefined>): string | undefined {
  return join(parts, ' – ');
}
