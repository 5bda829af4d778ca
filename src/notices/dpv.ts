/**
 * The register as W3C Data Privacy Vocabulary (DPV 2.x) JSON-LD, for tools that read privacy
 * notices by machine (`/notices/:id.dpv.jsonld`, `<id>.dpv.jsonld` in the static build).
 *
 * The document is self-contained: its `@context` is inline and only declares prefixes, so every
 * key is a prefixed term (`dpv:hasPurpose`) or a JSON-LD keyword and every reference is written
 * `{"@id": …}`; nothing depends on fetching a remote context. Vocabularies:
 *
 * - `dpv:` https://w3id.org/dpv# (core, versionless: DPV 2.x), `pd:` https://w3id.org/dpv/pd#
 *   (personal-data categories), `eu-gdpr:` https://w3id.org/dpv/legal/eu/gdpr# (GDPR legal bases,
 *   rights and transfer tools), plus `dct:`, `skos:`, `schema:`, `rdf:` and `xsd:`.
 *
 * Node IRIs: `<base><kind>-<model id>`, where `<base>` is `urn:seloste:<registry id>:` by default,
 * or `<baseUrl>/<registry id>#` when a `baseUrl` is given (e.g. `https://seloste.example.fi/notices`
 * gives `https://seloste.example.fi/notices/raisio-tyollisyyspalvelut#purpose-asiakassuhteet`, the
 * notice page itself). Kinds: `processing`, `controller`, `dpo`, `purpose`, `legal-basis`,
 * `data-subject`, `category`, `data` (a field), `source`, `disclosure`, `recipient`, `linkage`,
 * `processor`, `system`, `transfer`, `retention`, `state`, `event`, `security`.
 *
 * Shape (a single root node, the processing; keys are left out where the notice is silent):
 *
 * ```
 * { "@context": {…prefixes},
 *   "@id": "<base>processing", "@type": "dpv:PersonalDataProcess",
 *   "dct:identifier", "dct:title", "dct:description", "dct:created", "dct:modified",
 *   "dpv:hasDataController": { "@type": "dpv:DataController", "dpv:hasName", "dpv:hasAddress",
 *       "dpv:hasIdentifier" (Y-tunnus), "dpv:hasOrganisationalUnit",
 *       "dpv:hasContact": [{ "@type": "schema:ContactPoint", "schema:email", "schema:telephone", … },
 *                          contact persons { "@type": "dpv:Entity", "dpv:hasName", "schema:jobTitle", … }],
 *       "dpv:hasResponsibleEntity" (officials), "dpv:hasRepresentative", "dpv:hasDataProtectionOfficer" },
 *     (with no controller stated, representatives, DPO and contact persons sit on the processing)
 *   "dpv:hasJointDataControllers": { "@type": "dpv:JointDataControllers", "dpv:hasDataController": […] },
 *   "dpv:hasPurpose": [{ "@type": "dpv:Purpose", "skos:prefLabel", "dct:description" }],
 *   "dpv:hasLegalBasis": [ eu-gdpr:A6-1-e …, { "@type": "dpv:LegalBasis", "skos:prefLabel",
 *       "skos:broader": eu-gdpr point, "dpv:hasApplicableLaw": [{ "@type": "dpv:Law" }] } ],
 *   "dpv:hasDataSubject": [{ "@type": "dpv:DataSubject", … }],
 *   "dpv:hasPersonalData": [ categories and fields: { "@type": "dpv:PersonalData" (and
 *       "dpv:SpecialCategoryPersonalData"), "skos:prefLabel", "skos:broader": [parent category or
 *       group, pd: concept of the field type], "dpv:hasDataSource", "dpv:hasPurpose" } ],
 *   "dpv:hasDataSource": [{ "@type": "dpv:DataSource", "skos:broader": dpv:DataSubjectDataSource … }],
 *   "dpv:hasRecipient": [recipient references], "dpv:hasDataProcessor": [{ "@type": "dpv:DataProcessor" }],
 *   "dpv:hasProcess": [ disclosures ("dpv:hasProcessing": dpv:Disclose), linkages (dpv:Transfer),
 *       transfers outside the EU/EEA (dpv:CrossBorderTransfer, "dpv:hasThirdCountry",
 *       transfer basis eu-gdpr:A45-3 / A46-2-b / A46-2-c; "dpv:hasApplicability": dpv:NotApplicable
 *       where the notice says there are none) ],
 *   "dpv:hasStorageCondition": [{ "@type": ["dpv:StorageDuration", "dpv:StorageDeletion"],
 *       "dpv:hasDuration": { "@type": "dpv:TemporalDuration", "rdf:value": "P1Y"^^xsd:duration },
 *       "dpv:hasContext": the state, date field or record event the period counts from,
 *       "dpv:hasProcessing": dpv:Erase | dpv:Anonymise }],
 *   "dpv:hasTechnicalOrganisationalMeasure": [ dpv:PhysicalMeasure (manual material),
 *       dpv:TechnicalMeasure (electronic), dpv:OrganisationalMeasure ],
 *   "dpv:hasRight": [ eu-gdpr:A15, A16, … the rights `deriveRights` finds applicable or limited ],
 *   "dpv:isImplementedUsingTechnology": [{ "@type": "dpv:Technology" }] }
 * ```
 *
 * Texts are language-tagged literals, one per language present (`{"@value", "@language": "fi"}`);
 * names of people, e-mail addresses and phone numbers are plain strings.
 */
import type {
  Category,
  Controller,
  Disclosure,
  Field,
  LegalBasis,
  Person,
  Registry,
  RetentionRule,
  Source,
  Text,
  Transfers,
} from '../model/types.js';
import { deriveRights } from './rights.js';

/** A JSON-LD node or value as this module writes them. */
export type JsonLd = string | JsonLdObject | JsonLd[];
export interface JsonLdObject {
  [key: string]: JsonLd;
}

export interface DpvOptions {
  /** Where the notices are published, e.g. `https://seloste.example.fi/notices`; default: `urn:seloste:` IRIs. */
  baseUrl?: string;
}

/** The prefixes of the inline context. */
export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/**
 * DPV-PD concepts for field types whose meaning is unambiguous. DPV has no concept for a national
 * identification number: `pd:OfficialID` ("an official identifier") is the nearest.
 */
const PD_BY_FIELD_TYPE: Readonly<Record<string, string>> = {
  'personal-identity-code': 'pd:OfficialID',
  email: 'pd:EmailAddress',
  phone: 'pd:TelephoneNumber',
  address: 'pd:PhysicalAddress',
  'postal-code': 'pd:PostalCode',
  iban: 'pd:BankAccount',
  language: 'pd:Language',
};

const SOURCE_KIND: Readonly<Record<NonNullable<Source['kind']>, string | undefined>> = {
  'data-subject': 'dpv:DataSubjectDataSource',
  staff: 'dpv:DataControllerDataSource',
  authority: 'dpv:ThirdPartyDataSource',
  organisation: 'dpv:ThirdPartyDataSource',
  other: undefined,
};

const TRANSFER_BASIS: Readonly<Record<Transfers['destinations'][number]['safeguard'], string>> = {
  'adequacy-decision': 'eu-gdpr:A45-3',
  'standard-contractual-clauses': 'eu-gdpr:A46-2-c',
  'binding-corporate-rules': 'eu-gdpr:A46-2-b',
  derogation: 'dpv:DataTransferLegalBasis',
};

const TRANSFER_TOOL: Readonly<Partial<Record<Transfers['destinations'][number]['safeguard'], string>>> = {
  'standard-contractual-clauses': 'eu-gdpr:SCCByCommission',
  'binding-corporate-rules': 'eu-gdpr:BindingCorporateRules',
};

/** Describes the register with DPV; see the module comment for the shape. */
export function toDpv(registry: Registry, options: DpvOptions = {}): JsonLdObject {
  const base = options.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(registry.id)}#` : `urn:seloste:${registry.id}:`;
  const iri = (kind: string, id?: string): string => `${base}${kind}${id === undefined ? '' : `-${id}`}`;
  const ref = (kind: string, id: string): JsonLdObject => ({ '@id': iri(kind, id) });
  const refs = (kind: string, ids: string[]): JsonLdObject[] => ids.map((id) => ref(kind, id));

  const states = new Map((registry.lifecycle?.states ?? []).map((state) => [state.id, state]));
  const disclosures = registry.disclosures?.items ?? [];

  const personNode = (person: Person, type: string, id?: string): JsonLdObject =>
    compact({
      ...(id ? { '@id': id } : {}),
      '@type': type,
      'dpv:hasName': person.name,
      'schema:jobTitle': literal(person.title),
      'schema:roleName': literal(person.role),
      'schema:worksFor': person.unit ? { '@type': 'schema:Organization', 'schema:name': literal(person.unit) } : undefined,
      'dpv:hasAddress': literal(person.address),
      'dpv:hasContact': contactPoint({ email: person.email, phone: person.phone }),
    });

  const representatives = registry.representatives.map((person) => personNode(person, 'dpv:Representative'));
  const dpo = registry.dpo ? personNode(registry.dpo, 'dpv:DataProtectionOfficer', iri('dpo')) : undefined;
  const contacts = registry.contacts.map((person) => personNode(person, 'dpv:Entity'));
  // DPV attaches representatives and the DPO to the legal entity; with no controller stated,
  // they stay on the processing so that they are not lost.
  const entityRoles = {
    'dpv:hasRepresentative': representatives,
    'dpv:hasDataProtectionOfficer': dpo,
    'dpv:hasContact': contacts,
  };
  const controller = registry.controller ? controllerNode(registry.controller, iri('controller'), entityRoles, personNode) : undefined;

  const dataNode = (field: Field, parent: JsonLdObject): JsonLdObject => {
    const pd = PD_BY_FIELD_TYPE[field.type];
    return compact({
      '@id': iri('data', field.id),
      '@type': field.specialCategory ? ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'] : 'dpv:PersonalData',
      'skos:prefLabel': literal(field.label),
      'dct:description': literal(field.description),
      'skos:broader': [parent, ...(pd ? [{ '@id': pd }] : []), ...(field.specialCategory ? [{ '@id': 'dpv:SpecialCategoryPersonalData' }] : [])],
      'dpv:hasDataSource': refs('source', field.sources),
      'dpv:hasPurpose': refs('purpose', field.purposes),
    });
  };
  const categoryNodes = registry.categories.flatMap((category) => {
    const own = ref('category', category.id);
    return [
      categoryNode(category, iri('category', category.id), refs),
      ...category.fields.flatMap((field) => [dataNode(field, own), ...field.fields.map((sub) => dataNode(sub, ref('data', field.id)))]),
    ];
  });

  const disclosureProcess = (item: Disclosure): JsonLdObject =>
    compact({
      '@id': iri('disclosure', item.id),
      '@type': 'dpv:PersonalDataProcess',
      'dpv:hasProcessing': { '@id': 'dpv:Disclose' },
      'dpv:hasRecipient': { '@id': iri('recipient', item.id), '@type': 'dpv:Recipient', 'dpv:hasName': literal(item.recipient) },
      'dpv:hasPersonalData': [...refs('category', item.categories), ...refs('data', item.fields)],
      'dct:description': [...literal(item.data), ...literal(item.description)],
      'dpv:hasLegalBasis': item.basis === 'consent' ? { '@id': 'dpv:Consent' } : undefined,
      'dpv:hasJustification': item.basisText ? { '@type': 'dpv:Justification', 'dct:description': literal(item.basisText) } : undefined,
      'dpv:hasApplicableLaw': item.laws.map(lawNode),
      'dpv:hasPurpose': refs('purpose', item.purposes),
    });

  const linkageProcesses = registry.linkages.map((linkage) =>
    compact({
      '@id': iri('linkage', linkage.id),
      '@type': 'dpv:PersonalDataProcess',
      'dpv:hasProcessing': { '@id': 'dpv:Transfer' },
      'dpv:hasRecipient': { '@type': 'dpv:Recipient', 'dpv:hasName': literal(linkage.target) },
      'dpv:hasPersonalData': refs('category', linkage.categories),
      'dct:description': literal(linkage.description),
    }),
  );

  const rights = deriveRights(registry)
    .items.filter((item) => item.status !== 'not-applicable')
    .map((item) => ({ '@id': gdprPointIri(item.article) }));

  const storage = [
    ...(registry.retention?.statement
      ? [{ '@id': iri('retention'), '@type': 'dpv:StorageCondition', 'dct:description': literal(registry.retention.statement) }]
      : []),
    ...(registry.retention?.rules ?? []).map((rule) => retentionNode(rule, iri, ref, states)),
  ];

  const security = registry.security;
  const measures = security
    ? [
        ...(security.statement ? [measure('dpv:TechnicalOrganisationalMeasure', iri('security'), security.statement)] : []),
        ...security.manual.map((text, i) => measure('dpv:PhysicalMeasure', iri('security-manual', String(i + 1)), text)),
        ...security.electronic.map((text, i) => measure('dpv:TechnicalMeasure', iri('security-electronic', String(i + 1)), text)),
        ...security.organisational.map((text, i) => measure('dpv:OrganisationalMeasure', iri('security-organisational', String(i + 1)), text)),
      ]
    : [];

  return compact({
    '@context': { ...DPV_CONTEXT },
    '@id': iri('processing'),
    '@type': 'dpv:PersonalDataProcess',
    'dct:identifier': registry.id,
    'dct:title': literal(registry.name),
    'dct:description': literal(registry.description),
    'dct:created': date(registry.notice.created),
    'dct:modified': date(registry.notice.updated),
    'dpv:hasDataController': controller,
    ...(controller ? {} : entityRoles),
    'dpv:hasJointDataControllers':
      registry.jointControllers.length > 0
        ? compact({
            '@type': 'dpv:JointDataControllers',
            'dct:description': literal(registry.jointArrangement),
            'dpv:hasDataController': [
              ...(controller ? [{ '@id': iri('controller') }] : []),
              ...registry.jointControllers.map((joint) =>
                compact({
                  '@type': 'dpv:DataController',
                  'dpv:hasName': literal(joint.name),
                  'dpv:hasIdentifier': joint.businessId,
                  'dpv:hasAddress': literal(joint.address),
                  'dpv:hasContact': contactPoint({ email: joint.email, phone: joint.phone }),
                  'dct:description': literal(joint.responsibilities),
                }),
              ),
            ],
          })
        : undefined,
    'dpv:hasPurpose': registry.purposes.map((purpose) =>
      compact({
        '@id': iri('purpose', purpose.id),
        '@type': 'dpv:Purpose',
        'skos:prefLabel': literal(purpose.name),
        'dct:description': literal(purpose.description),
      }),
    ),
    'dpv:hasLegalBasis': [
      ...unique(registry.legalBases.flatMap((basis) => basis.gdpr)).map((point) => ({ '@id': gdprPointIri(point) })),
      ...registry.legalBases.map((basis) => legalBasisNode(basis, iri('legal-basis', basis.id), refs)),
    ],
    'dpv:hasDataSubject': registry.dataSubjects.map((group) =>
      compact({
        '@id': iri('data-subject', group.id),
        '@type': 'dpv:DataSubject',
        'skos:prefLabel': literal(group.name),
        'dct:description': literal(group.description),
      }),
    ),
    'dpv:hasPersonalData': categoryNodes,
    'dpv:hasDataSource': registry.sources.map((source) =>
      compact({
        '@id': iri('source', source.id),
        '@type': 'dpv:DataSource',
        'skos:broader': source.kind && SOURCE_KIND[source.kind] ? { '@id': SOURCE_KIND[source.kind]! } : undefined,
        'skos:prefLabel': literal(source.name),
        'dct:description': literal(source.description),
      }),
    ),
    'dpv:hasRecipient': disclosures.map((item) => ref('recipient', item.id)),
    'dpv:hasDataProcessor': registry.processors.map((processor) =>
      compact({
        '@id': iri('processor', processor.id),
        '@type': 'dpv:DataProcessor',
        'dpv:hasName': literal(processor.name),
        'dct:description': literal(processor.description),
        'dpv:isImplementedUsingTechnology': refs('system', processor.systems),
      }),
    ),
    'dpv:hasProcess': [...disclosures.map(disclosureProcess), ...linkageProcesses, ...transferProcesses(registry.transfers, iri)],
    'dpv:hasStorageCondition': storage,
    'dpv:hasTechnicalOrganisationalMeasure': measures,
    'dpv:hasRight': rights,
    'dpv:isImplementedUsingTechnology': registry.systems.map((system) =>
      compact({
        '@id': iri('system', system.id),
        '@type': 'dpv:Technology',
        'skos:prefLabel': literal(system.name),
        'dct:description': literal(system.description),
        'dct:publisher': system.vendor ? { '@type': 'dpv:LegalEntity', 'dpv:hasName': literal(system.vendor) } : undefined,
      }),
    ),
  });
}

/**
 * A GDPR reference as its DPV EU-GDPR concept: `6(1)(e)` → `eu-gdpr:A6-1-e`, `9(2)(a)` →
 * `eu-gdpr:A9-2-a`, the right of Art `7(3)` → `eu-gdpr:A7-3`, of Art `15` → `eu-gdpr:A15`.
 */
export function gdprPointIri(point: string): string {
  return `eu-gdpr:A${point.replace(/\((\w+)\)/g, '-$1')}`;
}

/** One language-tagged literal per language the text has; empty for a missing text. */
export function literal(text: Text | undefined): JsonLdObject[] {
  if (!text) return [];
  return (['fi', 'sv', 'en'] as const).flatMap((lang) => {
    const value = text[lang];
    return value === undefined ? [] : [{ '@value': value, '@language': lang }];
  });
}

function controllerNode(
  controller: Controller,
  id: string,
  roles: Record<string, JsonLd | undefined>,
  personNode: (person: Person, type: string) => JsonLdObject,
): JsonLdObject {
  return compact({
    '@id': id,
    '@type': 'dpv:DataController',
    'dpv:hasName': literal(controller.name),
    'dpv:hasOrganisationalUnit': controller.unit ? { '@type': 'dpv:Organisation', 'dpv:hasName': literal(controller.unit) } : undefined,
    'dpv:hasIdentifier': controller.businessId,
    'dpv:hasAddress': literal(controller.address),
    ...roles,
    'dpv:hasContact': [
      ...asArray(contactPoint({ email: controller.email, phone: controller.phone, fax: controller.fax, website: controller.website })),
      ...asArray(roles['dpv:hasContact']),
    ],
    'dpv:hasResponsibleEntity': controller.officials.map((official) => personNode(official, 'dpv:Entity')),
  });
}

function categoryNode(category: Category, id: string, refs: (kind: string, ids: string[]) => JsonLdObject[]): JsonLdObject {
  return compact({
    '@id': id,
    '@type': category.specialCategory ? ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'] : 'dpv:PersonalData',
    'skos:prefLabel': literal(category.name),
    'dct:description': literal(category.description),
    'skos:broader': category.specialCategory ? { '@id': 'dpv:SpecialCategoryPersonalData' } : undefined,
    'dpv:hasDataSubject': refs('data-subject', category.dataSubjects),
    'dpv:hasDataSource': refs('source', category.sources),
    'dpv:hasPurpose': refs('purpose', category.purposes),
  });
}

function legalBasisNode(basis: LegalBasis, id: string, refs: (kind: string, ids: string[]) => JsonLdObject[]): JsonLdObject {
  return compact({
    '@id': id,
    '@type': 'dpv:LegalBasis',
    'skos:prefLabel': literal(basis.name),
    'dct:description': literal(basis.description),
    'skos:broader': basis.gdpr.map((point) => ({ '@id': gdprPointIri(point) })),
    'dpv:hasApplicableLaw': basis.laws.map(lawNode),
    'dpv:hasPurpose': refs('purpose', basis.purposes),
    'dpv:hasJustification': basis.legitimateInterests
      ? { '@type': 'dpv:Justification', 'dct:description': literal(basis.legitimateInterests) }
      : undefined,
  });
}

function retentionNode(
  rule: RetentionRule,
  iri: (kind: string, id?: string) => string,
  ref: (kind: string, id: string) => JsonLdObject,
  states: Map<string, { name: Text }>,
): JsonLdObject {
  const id = iri('retention', rule.id);
  const common = {
    'dpv:hasPersonalData': rule.category ? ref('category', rule.category) : undefined,
    'dct:description': literal(rule.description),
    // The rule kept elsewhere (archive formation plan) is a text, not a resource.
    'dct:bibliographicCitation': literal(rule.reference),
  };
  if (rule.kind === 'reference') return compact({ '@id': id, '@type': 'dpv:StorageDuration', ...common });
  const from = rule.from;
  const context =
    'state' in from
      ? { '@id': iri('state', from.state), 'skos:prefLabel': literal(states.get(from.state)?.name) }
      : 'field' in from
        ? ref('data', from.field)
        : { '@id': iri('event', from.event) };
  return compact({
    '@id': id,
    '@type': rule.then === 'delete' ? ['dpv:StorageDuration', 'dpv:StorageDeletion'] : 'dpv:StorageDuration',
    ...common,
    'dpv:hasDuration': {
      '@type': 'dpv:TemporalDuration',
      'rdf:value': { '@value': rule.keep, '@type': 'xsd:duration' },
    },
    'dpv:hasContext': compact(context),
    'dpv:hasProcessing': rule.then === 'delete' ? { '@id': 'dpv:Erase' } : rule.then === 'anonymize' ? { '@id': 'dpv:Anonymise' } : undefined,
  });
}

function transferProcesses(transfers: Transfers | undefined, iri: (kind: string, id?: string) => string): JsonLdObject[] {
  if (!transfers) return [];
  if (!transfers.outsideEea) {
    // An explicit "no transfers" is kept apart from silence (which writes nothing at all).
    return [
      compact({
        '@id': iri('transfer'),
        '@type': 'dpv:PersonalDataProcess',
        'dpv:hasProcessing': { '@id': 'dpv:CrossBorderTransfer' },
        'dpv:hasApplicability': { '@id': 'dpv:NotApplicable' },
        'dct:description': literal(transfers.statement),
      }),
    ];
  }
  return transfers.destinations.map((destination, i) =>
    compact({
      '@id': iri('transfer', String(i + 1)),
      '@type': 'dpv:PersonalDataProcess',
      'dpv:hasProcessing': { '@id': 'dpv:CrossBorderTransfer' },
      'dpv:hasThirdCountry': { '@type': 'dpv:ThirdCountry', 'skos:prefLabel': literal(destination.country) },
      'dpv:hasRecipient': destination.recipient ? { '@type': 'dpv:Recipient', 'dpv:hasName': literal(destination.recipient) } : undefined,
      'dpv:hasLegalBasis': { '@id': TRANSFER_BASIS[destination.safeguard] },
      'dpv:hasTechnicalOrganisationalMeasure': TRANSFER_TOOL[destination.safeguard] ? { '@id': TRANSFER_TOOL[destination.safeguard]! } : undefined,
      'dct:description': [...literal(destination.description), ...(i === 0 ? literal(transfers.statement) : [])],
    }),
  );
}

function measure(type: string, id: string, text: Text): JsonLdObject {
  return { '@id': id, '@type': type, 'dct:description': literal(text) };
}

function lawNode(law: Text): JsonLdObject {
  return { '@type': 'dpv:Law', 'skos:prefLabel': literal(law) };
}

function contactPoint(contact: { email?: string; phone?: string; fax?: string; website?: string }): JsonLdObject | undefined {
  const node = compact({
    '@type': 'schema:ContactPoint',
    'schema:email': contact.email,
    'schema:telephone': contact.phone,
    'schema:faxNumber': contact.fax,
    'schema:url': contact.website ? { '@id': contact.website } : undefined,
  });
  return Object.keys(node).length > 1 ? node : undefined;
}

function date(iso: string | undefined): JsonLdObject | undefined {
  return iso === undefined ? undefined : { '@value': iso, '@type': 'xsd:date' };
}

function asArray(value: JsonLd | undefined): JsonLd[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Drops keys whose value is undefined or an empty list, so silence leaves no empty key behind. */
function compact(node: Record<string, JsonLd | undefined>): JsonLdObject {
  const out: JsonLdObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}
