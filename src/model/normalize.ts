/**
 * Builds the normalized model from a definition that passed the meta-schema and the
 * cross-reference checks: texts become `{fi, sv?, en?}`, defaults are filled and category
 * settings are inherited by their fields. Only called on valid input, so shapes are trusted.
 */
import { createHash } from 'node:crypto';
import { FIELD_TYPES } from '../fields/registry.js';
import type { Lang } from '../i18n/catalogue.js';
import type * as M from './types.js';

type Raw = Record<string, unknown>;

const asRaw = (value: unknown): Raw => (value ?? {}) as Raw;
const rawList = (value: unknown): Raw[] => (Array.isArray(value) ? (value as Raw[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
const optString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const pointer = (...segments: Array<string | number>): string => `/${segments.join('/')}`;

/** A text as written (string = Finnish) to its normalized form. */
export function toText(value: unknown): M.Text {
  if (typeof value === 'string') return { fi: value };
  const raw = value as { fi: string; sv?: string; en?: string };
  return { fi: raw.fi, ...(raw.sv === undefined ? {} : { sv: raw.sv }), ...(raw.en === undefined ? {} : { en: raw.en }) };
}

const optText = (value: unknown): M.Text | undefined => (value === undefined ? undefined : toText(value));
const textList = (value: unknown): M.Text[] => (Array.isArray(value) ? value.map(toText) : []);

/** Drops keys whose value is undefined, so the model carries only what the definition says. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function normalize(input: unknown, file: string): M.Registry {
  const raw = asRaw(input);
  const categories = rawList(raw['categories']).map((category, index) => normalizeCategory(category, index, raw));
  const categoryIds = categories.map((category) => category.id);
  const registry: Omit<M.Registry, 'origin'> = compact({
    id: raw['id'] as string,
    languages: strings(raw['languages']) as Lang[],
    name: toText(raw['name']),
    description: optText(raw['description']),
    notice: normalizeNotice(asRaw(raw['notice'])),
    controller: raw['controller'] === undefined ? undefined : normalizeController(asRaw(raw['controller'])),
    jointControllers: rawList(raw['joint_controllers']).map((jc) =>
      compact({
        name: toText(jc['name']),
        businessId: optString(jc['business_id']),
        address: optText(jc['address']),
        phone: optString(jc['phone']),
        email: optString(jc['email']),
        responsibilities: toText(jc['responsibilities']),
      }),
    ),
    jointArrangement: optText(raw['joint_arrangement']),
    representatives: rawList(raw['representatives']).map(normalizePerson),
    contacts: rawList(raw['contacts']).map(normalizePerson),
    dpo: raw['dpo'] === undefined ? undefined : normalizePerson(asRaw(raw['dpo'])),
    registerForm: strings(raw['register_form']) as M.Registry['registerForm'],
    dataSubjects: rawList(raw['data_subjects']).map((group, i) =>
      compact({ id: group['id'] as string, name: toText(group['name']), description: optText(group['description']), pointer: pointer('data_subjects', i) }),
    ),
    purposes: rawList(raw['purposes']).map((purpose, i) =>
      compact({ id: purpose['id'] as string, name: toText(purpose['name']), description: optText(purpose['description']), pointer: pointer('purposes', i) }),
    ),
    legalBases: rawList(raw['legal_bases']).map((basis, i) =>
      compact({
        id: basis['id'] as string,
        gdpr: strings(basis['gdpr']),
        name: optText(basis['name']),
        description: optText(basis['description']),
        laws: textList(basis['laws']),
        purposes: strings(basis['purposes']),
        consent: optString(basis['consent']),
        legitimateInterests: optText(basis['legitimate_interests']),
        pointer: pointer('legal_bases', i),
      }),
    ),
    provision:
      raw['provision'] === undefined
        ? undefined
        : compact({
            requirement: optString(asRaw(raw['provision'])['requirement']) as M.ProvisionKind | undefined,
            description: optText(asRaw(raw['provision'])['description']),
            consequences: optText(asRaw(raw['provision'])['consequences']),
          }),
    secrecy:
      raw['secrecy'] === undefined
        ? undefined
        : compact({ statement: optText(asRaw(raw['secrecy'])['statement']), grounds: textList(asRaw(raw['secrecy'])['grounds']) }),
    consents: rawList(raw['consents']).map((consent, i) =>
      compact({
        id: consent['id'] as string,
        name: toText(consent['name']),
        description: optText(consent['description']),
        methods: strings(consent['methods']) as M.Consent['methods'],
        purposes: strings(consent['purposes']),
        withdrawal: optText(consent['withdrawal']),
        pointer: pointer('consents', i),
      }),
    ),
    categories,
    sources: rawList(raw['sources']).map((source, i) =>
      compact({
        id: source['id'] as string,
        name: toText(source['name']),
        kind: optString(source['kind']) as M.Source['kind'],
        withConsent: source['with_consent'] === true,
        description: optText(source['description']),
        pointer: pointer('sources', i),
      }),
    ),
    sourcesStatement: optText(raw['sources_statement']),
    disclosures: raw['disclosures'] === undefined ? undefined : normalizeDisclosures(asRaw(raw['disclosures'])),
    linkages: rawList(raw['linkages']).map((linkage, i) =>
      compact({
        id: linkage['id'] as string,
        target: toText(linkage['target']),
        description: optText(linkage['description']),
        categories: strings(linkage['categories']),
        frequency: optText(linkage['frequency']),
        pointer: pointer('linkages', i),
      }),
    ),
    systems: rawList(raw['systems']).map((system, i) =>
      compact({
        id: system['id'] as string,
        name: toText(system['name']),
        vendor: optText(system['vendor']),
        description: optText(system['description']),
        pointer: pointer('systems', i),
      }),
    ),
    processors: rawList(raw['processors']).map((processor, i) =>
      compact({
        id: processor['id'] as string,
        name: toText(processor['name']),
        description: optText(processor['description']),
        systems: strings(processor['systems']),
        pointer: pointer('processors', i),
      }),
    ),
    transfers: raw['transfers'] === undefined ? undefined : normalizeTransfers(asRaw(raw['transfers'])),
    automatedDecisions:
      raw['automated_decisions'] === undefined
        ? undefined
        : compact({
            used: asRaw(raw['automated_decisions'])['used'] === true,
            statement: optText(asRaw(raw['automated_decisions'])['statement']),
            logic: optText(asRaw(raw['automated_decisions'])['logic']),
            significance: optText(asRaw(raw['automated_decisions'])['significance']),
          }),
    security:
      raw['security'] === undefined
        ? undefined
        : compact({
            statement: optText(asRaw(raw['security'])['statement']),
            manual: textList(asRaw(raw['security'])['manual']),
            electronic: textList(asRaw(raw['security'])['electronic']),
            organisational: textList(asRaw(raw['security'])['organisational']),
          }),
    retention: raw['retention'] === undefined ? undefined : normalizeRetention(asRaw(raw['retention'])),
    rights: raw['rights'] === undefined ? undefined : normalizeRights(asRaw(raw['rights'])),
    administration: textList(raw['administration']),
    roles: rawList(raw['roles']).map((role, i) => normalizeRole(role, i, categoryIds)),
    lifecycle: raw['lifecycle'] === undefined ? undefined : normalizeLifecycle(asRaw(raw['lifecycle'])),
    reports: rawList(raw['reports']).map((report, i) =>
      compact({
        id: report['id'] as string,
        name: toText(report['name']),
        description: optText(report['description']),
        counts: optString(report['counts']),
        dimensions: strings(report['dimensions']),
        period: optString(report['period']),
        minCount: typeof report['min_count'] === 'number' ? report['min_count'] : 5,
        recipients: optText(report['recipients']),
        linkage: optString(report['linkage']),
        pointer: pointer('reports', i),
      }),
    ),
    dataChanges: rawList(raw['data_changes']).map((change, i) =>
      compact({
        field: change['field'] as string,
        action: change['action'] as M.DataChange['action'],
        to: optString(change['to']),
        date: optString(change['date']),
        reason: optText(change['reason']),
        pointer: pointer('data_changes', i),
      }),
    ),
  });
  return { ...registry, origin: { file, digest: digestOf(registry) } };
}

/** A stable digest of the model's content: the definition version records are written under. */
function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function normalizePerson(raw: Raw): M.Person {
  return compact({
    name: optString(raw['name']),
    role: optText(raw['role']),
    title: optText(raw['title']),
    unit: optText(raw['unit']),
    address: optText(raw['address']),
    phone: optString(raw['phone']),
    email: optString(raw['email']),
  });
}

function normalizeNotice(raw: Raw): M.NoticeMeta {
  return compact({
    title: optText(raw['title']),
    created: optString(raw['created']),
    updated: optString(raw['updated']),
    validity: optText(raw['validity']),
    availability: optText(raw['availability']),
    links: rawList(raw['links']).map((link) => ({ title: toText(link['title']), url: link['url'] as string })),
    changeLog: rawList(raw['change_log']).map((entry) => ({ date: entry['date'] as string, text: toText(entry['text']) })),
  });
}

function normalizeController(raw: Raw): M.Controller {
  return compact({
    name: toText(raw['name']),
    unit: optText(raw['unit']),
    businessId: optString(raw['business_id']),
    address: optText(raw['address']),
    phone: optString(raw['phone']),
    fax: optString(raw['fax']),
    email: optString(raw['email']),
    website: optString(raw['website']),
    officials: rawList(raw['officials']).map(normalizePerson),
  });
}

function normalizeCategory(raw: Raw, index: number, registry: Raw): M.Category {
  const id = raw['id'] as string;
  const inherited = {
    category: id,
    specialCategory: raw['special_category'] === true,
    confidentiality: optText(raw['confidentiality']),
    sources: strings(raw['sources']),
    purposes: strings(raw['purposes']),
  };
  return compact({
    id,
    name: toText(raw['name']),
    description: optText(raw['description']),
    dataSubjects: raw['data_subjects'] === undefined ? rawList(registry['data_subjects']).map((g) => g['id'] as string) : strings(raw['data_subjects']),
    specialCategory: inherited.specialCategory,
    confidentiality: inherited.confidentiality,
    sources: inherited.sources,
    purposes: inherited.purposes,
    fields: rawList(raw['fields']).map((field, i) => normalizeField(field, pointer('categories', index, 'fields', i), inherited)),
    pointer: pointer('categories', index),
  });
}

const FIELD_COMMON_KEYS = new Set([
  'id',
  'label',
  'type',
  'description',
  'required',
  'special_category',
  'confidentiality',
  'sources',
  'purposes',
  'protected_by',
  'fields',
]);

interface Inherited {
  category: string;
  group?: string;
  specialCategory: boolean;
  confidentiality?: M.Text;
  sources: string[];
  purposes: string[];
}

function normalizeField(raw: Raw, at: string, inherited: Inherited): M.Field {
  const id = raw['id'] as string;
  const own: Inherited = {
    ...inherited,
    specialCategory: typeof raw['special_category'] === 'boolean' ? raw['special_category'] : inherited.specialCategory,
    confidentiality: optText(raw['confidentiality']) ?? inherited.confidentiality,
    sources: raw['sources'] === undefined ? inherited.sources : strings(raw['sources']),
    purposes: raw['purposes'] === undefined ? inherited.purposes : strings(raw['purposes']),
  };
  const settings: M.FieldSettings = {};
  const declared = FIELD_TYPES.get(raw['type'] as string)?.settings ?? {};
  for (const [key, value] of Object.entries(raw)) {
    if (FIELD_COMMON_KEYS.has(key)) continue;
    if (key === 'options') (settings as Raw)[key] = rawList(value).map((o) => ({ id: o['id'] as string, label: toText(o['label']) }));
    else (settings as Raw)[key] = declared[key]?.['x-text'] === true ? toText(value) : value;
  }
  return compact({
    id,
    label: toText(raw['label']),
    type: raw['type'] as string,
    description: optText(raw['description']),
    required: raw['required'] === true,
    specialCategory: own.specialCategory,
    confidentiality: own.confidentiality,
    sources: own.sources,
    purposes: own.purposes,
    protectedBy: optString(raw['protected_by']),
    category: inherited.category,
    group: inherited.group,
    settings,
    fields: rawList(raw['fields']).map((member, i) => normalizeField(member, `${at}/fields/${i}`, { ...own, group: id })),
    pointer: at,
  });
}

function normalizeDisclosures(raw: Raw): M.Disclosures {
  return compact({
    regular: typeof raw['regular'] === 'boolean' ? raw['regular'] : undefined,
    statement: textList(raw['statement']),
    items: rawList(raw['items']).map((item, i) =>
      compact({
        id: item['id'] as string,
        recipient: toText(item['recipient']),
        data: optText(item['data']),
        categories: strings(item['categories']),
        fields: strings(item['fields']),
        basis: optString(item['basis']) as M.Disclosure['basis'],
        basisText: optText(item['basis_text']),
        consent: optString(item['consent']),
        laws: textList(item['laws']),
        method: optText(item['method']),
        purposes: strings(item['purposes']),
        optOut: optText(item['opt_out']),
        description: optText(item['description']),
        pointer: pointer('disclosures', 'items', i),
      }),
    ),
    laws: textList(raw['laws']),
    never: textList(raw['never']),
  });
}

function normalizeTransfers(raw: Raw): M.Transfers {
  return compact({
    outsideEea: raw['outside_eea'] === true,
    statement: optText(raw['statement']),
    destinations: rawList(raw['destinations']).map((d) =>
      compact({
        country: toText(d['country']),
        recipient: optText(d['recipient']),
        safeguard: d['safeguard'] as M.Transfers['destinations'][number]['safeguard'],
        description: optText(d['description']),
      }),
    ),
  });
}

function normalizeRetention(raw: Raw): M.Retention {
  return compact({
    statement: optText(raw['statement']),
    rules: rawList(raw['rules']).map((rule, i): M.RetentionRule => {
      const common = {
        id: rule['id'] as string,
        category: optString(rule['category']),
        reference: optText(rule['reference']),
        description: optText(rule['description']),
        pointer: pointer('retention', 'rules', i),
      };
      if (typeof rule['keep'] !== 'string') return compact({ kind: 'reference' as const, ...common });
      return compact({
        kind: 'enforceable' as const,
        ...common,
        keep: rule['keep'],
        from: rule['from'] as M.RetentionStart,
        then: rule['then'] as M.EnforceableRetention['then'],
      });
    }),
  });
}

function normalizeExercise(value: unknown): M.Exercise | undefined {
  if (value === undefined) return undefined;
  const raw = asRaw(value);
  return compact({
    channels: textList(raw['channels']),
    addressee: optText(raw['addressee']),
    identityCheck: optText(raw['identity_check']),
    deadline: optString(raw['deadline']),
    deadlineText: optText(raw['deadline_text']),
    cost: optText(raw['cost']),
  });
}

function normalizeRights(raw: Raw): M.Rights {
  return compact({
    statement: optText(raw['statement']),
    exercise: normalizeExercise(raw['exercise']),
    items: rawList(raw['items']).map((item, i) =>
      compact({
        right: item['right'] as M.RightKind,
        text: optText(item['text']),
        exercise: normalizeExercise(item['exercise']),
        restrictions: optText(item['restrictions']),
        pointer: pointer('rights', 'items', i),
      }),
    ),
    restrictions: textList(raw['restrictions']),
    contact: optText(raw['contact']),
  });
}

function normalizeRole(raw: Raw, index: number, categoryIds: string[]): M.Role {
  const expand = (value: unknown) => {
    const ids = strings(value);
    return ids.includes('*') ? [...categoryIds] : ids;
  };
  const write = expand(raw['write']);
  const read = [...new Set([...expand(raw['read']), ...write])];
  return compact({
    id: raw['id'] as string,
    name: toText(raw['name']),
    description: optText(raw['description']),
    read: categoryIds.filter((id) => read.includes(id)),
    write: categoryIds.filter((id) => write.includes(id)),
    protectedAddresses: raw['protected_addresses'] === true,
    can: strings(raw['can']) as M.RoleAbility[],
    pointer: pointer('roles', index),
  });
}

function normalizeLifecycle(raw: Raw): M.Lifecycle {
  return compact({
    description: optText(raw['description']),
    initial: raw['initial'] as string,
    states: rawList(raw['states']).map((state, i) =>
      compact({
        id: state['id'] as string,
        name: toText(state['name']),
        description: optText(state['description']),
        final: state['final'] === true,
        pointer: pointer('lifecycle', 'states', i),
      }),
    ),
    transitions: rawList(raw['transitions']).map((transition, i) =>
      compact({
        id: transition['id'] as string,
        name: toText(transition['name']),
        from: strings(transition['from']),
        to: transition['to'] as string,
        roles: strings(transition['roles']),
        requires: compact({
          fields: strings(asRaw(transition['requires'])['fields']),
          futureDates: asRaw(transition['requires'])['future_dates'] === undefined ? undefined : strings(asRaw(transition['requires'])['future_dates']),
          consent: optString(asRaw(transition['requires'])['consent']),
        }),
        description: optText(transition['description']),
        pointer: pointer('lifecycle', 'transitions', i),
      }),
    ),
    timers: rawList(raw['timers']).map((timer, i) =>
      compact({
        id: timer['id'] as string,
        state: timer['state'] as string,
        after: optString(timer['after']),
        fromField: optString(timer['from_field']),
        transition: optString(timer['transition']),
        action: optString(timer['action']) as M.Timer['action'],
        description: optText(timer['description']),
        pointer: pointer('lifecycle', 'timers', i),
      }),
    ),
  });
}
