/**
 * The notice page's view: the model resolved into one language, ready for the templates. All
 * decisions live here (fallbacks, derived rights, generated sentences), so templates only lay
 * out; every string stays data that Handlebars escapes.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { NOTICE_MESSAGES } from '../i18n/notice-messages.js';
import type * as M from '../model/types.js';
import { formatDate, formatDuration } from './formatting.js';
import type { SiteLinks } from './links.js';
import { localize, plain, type Localized } from './localize.js';
import { deriveRights, type DerivedRight } from './rights.js';
import { allFields } from '../model/fields.js';

export interface LangLink {
  lang: Lang;
  label: string;
  href: string;
  current: boolean;
}

/** What every page has: language, links, the language switcher. */
export interface PageView {
  lang: Lang;
  title: string;
  links: { index: string; accessibility: string; stylesheet: string };
  languages: LangLink[];
}

export interface PersonView {
  name?: Localized;
  role?: Localized;
  title?: Localized;
  unit?: Localized;
  address?: Localized;
  phone?: string;
  email?: string;
}

export interface RightView {
  right: M.RightKind;
  title: string;
  body: string;
  article: string;
  status: DerivedRight['status'];
  limited: boolean;
  reason?: string;
  text?: Localized;
  restrictions?: Localized;
  exercise?: ExerciseView;
}

export interface ExerciseView {
  channels: Localized[];
  addressee?: Localized;
  identityCheck?: Localized;
  deadlineText?: Localized;
  /** The registry's own deadline for this right, as a sentence. */
  deadline?: string;
  cost?: Localized;
}

export interface NoticeView extends PageView {
  id: string;
  name: Localized;
  description?: Localized;
  documentTitle?: Localized;
  created?: { iso: string; text: string };
  updated?: { iso: string; text: string };
  json: string;
  dpv: string;
  usesFallback: boolean;
  controller?: {
    name: Localized;
    unit?: Localized;
    businessId?: string;
    address?: Localized;
    phone?: string;
    fax?: string;
    email?: string;
    website?: string;
    officials: PersonView[];
  };
  jointControllers: Array<{ name: Localized; businessId?: string; address?: Localized; phone?: string; email?: string; responsibilities: Localized }>;
  jointArrangement?: Localized;
  representatives: PersonView[];
  contacts: PersonView[];
  dpo?: PersonView;
  registerForm: string[];
  dataSubjects: Array<{ name: Localized; description?: Localized }>;
  purposes: Array<{ name: Localized; description?: Localized }>;
  legalBases: Array<{
    name?: Localized;
    articles: string[];
    description?: Localized;
    laws: Localized[];
    purposes: Localized[];
    legitimateInterests?: Localized;
  }>;
  provision?: { requirement?: string; description?: Localized; consequences?: Localized };
  secrecy?: { statement?: Localized; grounds: Localized[] };
  consents: Array<{ name: Localized; description?: Localized; methods: string; withdrawal?: Localized }>;
  categories: Array<{
    name: Localized;
    description?: Localized;
    special: boolean;
    confidentiality?: Localized;
    subjects: Localized[];
    fields: FieldView[];
  }>;
  sourcesStatement?: Localized;
  sources: Array<{ name: Localized; description?: Localized; withConsent: boolean }>;
  disclosures?: {
    none: boolean;
    statement: Localized[];
    items: Array<{
      recipient: Localized;
      data?: Localized;
      categories: Localized[];
      basis?: string;
      basisText?: Localized;
      laws: Localized[];
      method?: Localized;
      optOut?: Localized;
      description?: Localized;
    }>;
    laws: Localized[];
    never: Localized[];
  };
  linkages: Array<{ target: Localized; description?: Localized; categories: Localized[]; frequency?: Localized }>;
  systems: Array<{ name: Localized; vendor?: Localized; description?: Localized }>;
  processors: Array<{ name: Localized; description?: Localized }>;
  administration: Localized[];
  transfers?: {
    outsideEea: boolean;
    statement?: Localized;
    destinations: Array<{ country: Localized; recipient?: Localized; safeguard: string; description?: Localized }>;
  };
  automated?: { used: boolean; statement?: Localized; logic?: Localized; significance?: Localized };
  security?: { statement?: Localized; manual: Localized[]; electronic: Localized[]; organisational: Localized[] };
  retention?: {
    statement?: Localized;
    rules: Array<{ sentence?: Sentence; category?: Localized; reference?: Localized; description?: Localized }>;
  };
  rights: {
    statement?: Localized;
    applicable: RightView[];
    notApplicable: RightView[];
    objection?: RightView;
    /** What the registry says about complaints, beside the supervisory authority's details. */
    complaintText?: Localized;
    exercise?: ExerciseView;
    deadline: string;
    restrictions: Localized[];
    contact?: Localized;
  };
  changes: {
    validity?: Localized;
    availability?: Localized;
    links: Array<{ title: Localized; url: string }>;
    log: Array<{ iso: string; date: string; text: Localized }>;
  };
}

export interface FieldView {
  label: Localized;
  description?: Localized;
  special: boolean;
  confidential: boolean;
  protected: boolean;
  members: FieldView[];
}

/** The header, links and language switcher of any page. */
export function pageView(lang: Lang, title: string, links: SiteLinks, hrefFor: (lang: Lang) => string): PageView {
  return {
    lang,
    title,
    links: { index: links.index(lang), accessibility: links.accessibility(lang), stylesheet: links.stylesheet },
    languages: (['fi', 'sv', 'en'] as const).map((code) => ({
      lang: code,
      label: translate(NOTICE_MESSAGES, `lang.name.${code}`, code),
      href: hrefFor(code),
      current: code === lang,
    })),
  };
}

/** The whole notice of one registry in one language. */
export function noticeView(registry: M.Registry, lang: Lang, links: SiteLinks): NoticeView {
  let usesFallback = false;
  // Every registry text passes through here, so the page knows whether to say some text is Finnish only.
  const l = (text: M.Text): Localized => {
    const result = localize(text, lang);
    if (result.lang) usesFallback = true;
    return result;
  };
  const lo = (text: M.Text | undefined): Localized | undefined => (text === undefined ? undefined : l(text));
  const ui = (key: string, params = {}): string => translate(NOTICE_MESSAGES, key, lang, params);
  const person = (p: M.Person): PersonView => ({
    ...(p.name !== undefined ? { name: plain(p.name) } : {}),
    ...opt('role', lo(p.role)),
    ...opt('title', lo(p.title)),
    ...opt('unit', lo(p.unit)),
    ...opt('address', lo(p.address)),
    ...opt('phone', p.phone),
    ...opt('email', p.email),
  });
  const categoryName = new Map(registry.categories.map((c) => [c.id, c.name]));
  const purposeName = new Map(registry.purposes.map((p) => [p.id, p.name]));
  const subjectName = new Map(registry.dataSubjects.map((s) => [s.id, s.name]));
  const stateName = new Map((registry.lifecycle?.states ?? []).map((s) => [s.id, s.name]));
  const fieldLabel = new Map(allFields(registry).map((f) => [f.id, f.label]));
  const exercise = (e: M.Exercise | undefined): ExerciseView | undefined =>
    e === undefined
      ? undefined
      : {
          channels: e.channels.map(l),
          ...opt('addressee', lo(e.addressee)),
          ...opt('identityCheck', lo(e.identityCheck)),
          ...opt('deadlineText', lo(e.deadlineText)),
          ...opt('deadline', e.deadline === undefined ? undefined : ui('rights.deadline', { period: formatDuration(e.deadline, lang) })),
          ...opt('cost', lo(e.cost)),
        };
  const field = (f: M.Field): FieldView => ({
    label: l(f.label),
    ...opt('description', lo(f.description)),
    special: f.specialCategory,
    confidential: f.confidentiality !== undefined,
    protected: f.protectedBy !== undefined,
    members: f.fields.map(field),
  });

  const derived = deriveRights(registry);
  const rightView = (item: DerivedRight): RightView => ({
    right: item.right,
    title: ui(`right.${item.right}.title`),
    body: ui(`right.${item.right}.body`),
    article: ui('right.article', { article: item.article }),
    status: item.status,
    limited: item.status === 'limited',
    ...opt('reason', item.reason === undefined ? undefined : ui(`reason.${item.reason}`)),
    // A registry's text granting a right the law excludes is not shown (the lint warns about it).
    ...opt('text', item.status === 'not-applicable' ? undefined : lo(item.stated?.text)),
    ...opt('restrictions', lo(item.stated?.restrictions)),
    ...opt('exercise', exercise(item.stated?.exercise)),
  });
  const rights = derived.items.map(rightView);
  const meta = registry.notice;
  const date = (iso: string | undefined) => (iso === undefined ? undefined : { iso, text: formatDate(iso, lang) });

  const view: NoticeView = {
    ...pageView(lang, '', links, (code) => links.notice(registry.id, code)),
    id: registry.id,
    name: l(registry.name),
    ...opt('description', lo(registry.description)),
    ...opt('documentTitle', lo(meta.title)),
    ...opt('created', date(meta.created)),
    ...opt('updated', date(meta.updated)),
    json: links.json(registry.id),
    dpv: links.dpv(registry.id),
    usesFallback: false,
    ...opt(
      'controller',
      registry.controller && {
        name: l(registry.controller.name),
        ...opt('unit', lo(registry.controller.unit)),
        ...opt('businessId', registry.controller.businessId),
        ...opt('address', lo(registry.controller.address)),
        ...opt('phone', registry.controller.phone),
        ...opt('fax', registry.controller.fax),
        ...opt('email', registry.controller.email),
        ...opt('website', safeUrl(registry.controller.website)),
        officials: registry.controller.officials.map(person),
      },
    ),
    jointControllers: registry.jointControllers.map((j) => ({
      name: l(j.name),
      ...opt('businessId', j.businessId),
      ...opt('address', lo(j.address)),
      ...opt('phone', j.phone),
      ...opt('email', j.email),
      responsibilities: l(j.responsibilities),
    })),
    ...opt('jointArrangement', lo(registry.jointArrangement)),
    representatives: registry.representatives.map(person),
    contacts: registry.contacts.map(person),
    ...opt('dpo', registry.dpo && person(registry.dpo)),
    registerForm: registry.registerForm.map((form) => ui(`register.form.${form}`)),
    dataSubjects: registry.dataSubjects.map((s) => ({ name: l(s.name), ...opt('description', lo(s.description)) })),
    purposes: registry.purposes.map((p) => ({ name: l(p.name), ...opt('description', lo(p.description)) })),
    legalBases: registry.legalBases.map((b) => ({
      ...opt('name', lo(b.name)),
      articles: b.gdpr.map((ref) => `${ui('gdpr.article', { ref })}: ${ui(ref.startsWith('9') ? 'gdpr.9-2' : `gdpr.${ref.replace(/[()]+/g, '-').replace(/-$/, '')}`)}`),
      ...opt('description', lo(b.description)),
      laws: b.laws.map(l),
      purposes: b.purposes.map((id) => l(purposeName.get(id)!)),
      ...opt('legitimateInterests', lo(b.legitimateInterests)),
    })),
    ...opt(
      'provision',
      registry.provision && {
        ...opt('requirement', registry.provision.requirement && ui(`provision.${registry.provision.requirement}`)),
        ...opt('description', lo(registry.provision.description)),
        ...opt('consequences', lo(registry.provision.consequences)),
      },
    ),
    ...opt('secrecy', registry.secrecy && { ...opt('statement', lo(registry.secrecy.statement)), grounds: registry.secrecy.grounds.map(l) }),
    consents: registry.consents.map((c) => ({
      name: l(c.name),
      ...opt('description', lo(c.description)),
      methods: c.methods.map((m) => ui(`consent.method.${m}`)).join(', '),
      ...opt('withdrawal', lo(c.withdrawal)),
    })),
    categories: registry.categories.map((c) => ({
      name: l(c.name),
      ...opt('description', lo(c.description)),
      special: c.specialCategory,
      ...opt('confidentiality', lo(c.confidentiality)),
      subjects: c.dataSubjects.map((id) => l(subjectName.get(id)!)),
      fields: c.fields.map(field),
    })),
    ...opt('sourcesStatement', lo(registry.sourcesStatement)),
    sources: registry.sources.map((s) => ({ name: l(s.name), ...opt('description', lo(s.description)), withConsent: s.withConsent })),
    ...opt(
      'disclosures',
      registry.disclosures && {
        none: registry.disclosures.regular === false && registry.disclosures.items.length === 0,
        statement: registry.disclosures.statement.map(l),
        items: registry.disclosures.items.map((d) => ({
          recipient: l(d.recipient),
          ...opt('data', lo(d.data)),
          categories: [...d.categories.map((id) => l(categoryName.get(id)!)), ...d.fields.map((id) => l(fieldLabel.get(id)!))],
          ...opt('basis', d.basis && ui(`disclosures.basis.${d.basis}`)),
          ...opt('basisText', lo(d.basisText)),
          laws: d.laws.map(l),
          ...opt('method', lo(d.method)),
          ...opt('optOut', lo(d.optOut)),
          ...opt('description', lo(d.description)),
        })),
        laws: registry.disclosures.laws.map(l),
        never: registry.disclosures.never.map(l),
      },
    ),
    linkages: registry.linkages.map((k) => ({
      target: l(k.target),
      ...opt('description', lo(k.description)),
      categories: k.categories.map((id) => l(categoryName.get(id)!)),
      ...opt('frequency', lo(k.frequency)),
    })),
    systems: registry.systems.map((s) => ({ name: l(s.name), ...opt('vendor', lo(s.vendor)), ...opt('description', lo(s.description)) })),
    processors: registry.processors.map((p) => ({ name: l(p.name), ...opt('description', lo(p.description)) })),
    administration: registry.administration.map(l),
    ...opt(
      'transfers',
      registry.transfers && {
        outsideEea: registry.transfers.outsideEea,
        ...opt('statement', lo(registry.transfers.statement)),
        destinations: registry.transfers.destinations.map((d) => ({
          country: l(d.country),
          ...opt('recipient', lo(d.recipient)),
          safeguard: ui(`safeguard.${d.safeguard}`),
          ...opt('description', lo(d.description)),
        })),
      },
    ),
    ...opt(
      'automated',
      registry.automatedDecisions && {
        used: registry.automatedDecisions.used,
        ...opt('statement', lo(registry.automatedDecisions.statement)),
        ...opt('logic', lo(registry.automatedDecisions.logic)),
        ...opt('significance', lo(registry.automatedDecisions.significance)),
      },
    ),
    ...opt(
      'security',
      registry.security && {
        ...opt('statement', lo(registry.security.statement)),
        manual: registry.security.manual.map(l),
        electronic: registry.security.electronic.map(l),
        organisational: registry.security.organisational.map(l),
      },
    ),
    ...opt(
      'retention',
      registry.retention && {
        ...opt('statement', lo(registry.retention.statement)),
        rules: registry.retention.rules.map((rule) => ({
          ...opt('sentence', rule.kind === 'enforceable' ? retentionSentence(rule, lang, l, { stateName, fieldLabel }) : undefined),
          ...opt('category', rule.category === undefined ? undefined : l(categoryName.get(rule.category)!)),
          ...opt('reference', lo(rule.reference)),
          ...opt('description', lo(rule.description)),
        })),
      },
    ),
    rights: {
      ...opt('statement', lo(registry.rights?.statement)),
      // Art 21(4): the right to object is presented clearly and separately from other information.
      applicable: rights.filter((r) => r.status !== 'not-applicable' && r.right !== 'objection' && r.right !== 'complaint'),
      notApplicable: rights.filter((r) => r.status === 'not-applicable'),
      ...opt('objection', rights.find((r) => r.right === 'objection' && r.status !== 'not-applicable')),
      ...opt('complaintText', rights.find((r) => r.right === 'complaint')?.text),
      ...opt('exercise', exercise(registry.rights?.exercise)),
      deadline: ui('rights.deadline', { period: formatDuration(derived.deadline, lang) }),
      restrictions: (registry.rights?.restrictions ?? []).map(l),
      ...opt('contact', lo(registry.rights?.contact)),
    },
    changes: {
      ...opt('validity', lo(meta.validity)),
      ...opt('availability', lo(meta.availability)),
      links: meta.links.flatMap((link) => {
        const url = safeUrl(link.url);
        return url === undefined ? [] : [{ title: l(link.title), url }];
      }),
      log: meta.changeLog.map((entry) => ({ iso: entry.date, date: formatDate(entry.date, lang), text: l(entry.text) })),
    },
  };
  view.title = `${view.name.text} – ${ui('notice.kind')}`;
  view.usesFallback = usesFallback;
  return view;
}

/** A generated sentence around one registry text (a state or field name) that keeps its own language. */
export interface Sentence {
  before: string;
  name?: Localized;
  after: string;
}

/** Marks where the registry text goes, so the sentence can be split around it. */
const SLOT = '\u0000';

function retentionSentence(
  rule: M.EnforceableRetention,
  lang: Lang,
  name: (text: M.Text) => Localized,
  names: { stateName: Map<string, M.Text>; fieldLabel: Map<string, M.Text> },
): Sentence {
  const ui = (key: string, params = {}): string => translate(NOTICE_MESSAGES, key, lang, params);
  const from = rule.from;
  const [start, text] =
    'state' in from
      ? [ui('retention.start.state', { state: SLOT }), names.stateName.get(from.state) ?? { fi: from.state }]
      : 'field' in from
        ? [ui('retention.start.field', { field: SLOT }), names.fieldLabel.get(from.field) ?? { fi: from.field }]
        : [ui(`retention.start.${from.event}`), undefined];
  const whole = ui(`retention.rule.${rule.then}`, { period: formatDuration(rule.keep, lang), start });
  const [before, after = ''] = whole.split(SLOT) as [string, string?];
  // The state's or field's name may be Finnish on a Swedish page: it keeps its `lang` mark.
  return text === undefined ? { before, after } : { before, name: name(text), after };
}

/** Only http(s) and mailto links reach an `href`: a `javascript:` URL in a definition stays text. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : undefined;
}

function opt<K extends string, V>(key: K, value: V | undefined | false): { [P in K]?: V } {
  return value === undefined || value === false ? {} : ({ [key]: value } as { [P in K]: V });
}

