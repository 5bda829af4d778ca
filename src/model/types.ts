/**
 * The normalized registry model: the only input of every later stage (schemas, storage, API,
 * forms, notices, workflows). Compared with the raw YAML: texts are always `{fi, sv?, en?}`,
 * defaults are filled, inherited settings (sources, purposes, special category, confidentiality)
 * are resolved down to each field, and every reference is known to resolve.
 *
 * A key the notice is silent on stays `undefined` (the lint reports what the law requires);
 * an explicit "none" is kept as such (e.g. `transfers.outsideEea === false`).
 */
import type { Lang } from '../i18n/catalogue.js';

export type { Lang };

/** A text in every declared language; Finnish always present. */
export interface Text {
  fi: string;
  sv?: string;
  en?: string;
}

/** Where an element stands in its source file, for located lint findings. */
export interface SourceRef {
  /** JSON pointer of the element, e.g. `/categories/0/fields/2`. */
  pointer: string;
}

export interface Person {
  name?: string;
  role?: Text;
  title?: Text;
  unit?: Text;
  address?: Text;
  phone?: string;
  email?: string;
}

export interface Controller {
  name: Text;
  unit?: Text;
  businessId?: string;
  address?: Text;
  phone?: string;
  fax?: string;
  email?: string;
  website?: string;
  officials: Person[];
}

export interface JointController {
  name: Text;
  businessId?: string;
  address?: Text;
  phone?: string;
  email?: string;
  responsibilities: Text;
}

export interface NoticeMeta {
  title?: Text;
  created?: string;
  updated?: string;
  validity?: Text;
  availability?: Text;
  links: Array<{ title: Text; url: string }>;
  changeLog: Array<{ date: string; text: Text }>;
}

export interface DataSubjectGroup extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
}

export interface Purpose extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
}

export interface LegalBasis extends SourceRef {
  id: string;
  /** Canonical GDPR points, e.g. `6(1)(e)`, `9(2)(a)`. */
  gdpr: string[];
  name?: Text;
  description?: Text;
  laws: Text[];
  purposes: string[];
  consent?: string;
  legitimateInterests?: Text;
}

export type ProvisionKind = 'statutory' | 'contractual' | 'contract-prerequisite' | 'voluntary';

export interface Provision {
  requirement?: ProvisionKind;
  description?: Text;
  consequences?: Text;
}

export interface Consent extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
  methods: Array<'signed-form' | 'written' | 'oral' | 'electronic'>;
  purposes: string[];
  withdrawal?: Text;
}

export interface Option {
  id: string;
  label: Text;
}

/** A field with its inherited settings resolved. */
export interface Field extends SourceRef {
  id: string;
  label: Text;
  type: string;
  description?: Text;
  required: boolean;
  specialCategory: boolean;
  confidentiality?: Text;
  sources: string[];
  purposes: string[];
  /** Boolean field whose `true` puts this address under address protection (turvakielto). */
  protectedBy?: string;
  /** The category the field belongs to. */
  category: string;
  /** The repeating group the field belongs to, for fields of a group. */
  group?: string;
  /** Type-specific settings as written (e.g. `max_length`, `options`, `allow_temporary`). */
  settings: FieldSettings;
  /** The fields of a repeating group; empty for other types. */
  fields: Field[];
}

export interface FieldSettings {
  options?: Option[];
  min_length?: number;
  max_length?: number;
  integer?: boolean;
  min?: number;
  max?: number;
  unit?: Text;
  allow_temporary?: boolean;
  accept?: string[];
  max_size_mb?: number;
  item_label?: Text;
  min_items?: number;
  max_items?: number;
}

export interface Category extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
  dataSubjects: string[];
  specialCategory: boolean;
  confidentiality?: Text;
  sources: string[];
  purposes: string[];
  fields: Field[];
}

export interface Source extends SourceRef {
  id: string;
  name: Text;
  kind?: 'data-subject' | 'authority' | 'organisation' | 'staff' | 'other';
  withConsent: boolean;
  description?: Text;
}

export interface Disclosure extends SourceRef {
  id: string;
  recipient: Text;
  data?: Text;
  categories: string[];
  fields: string[];
  /** Undefined where the notice does not state the basis (the lint reports it). */
  basis?: 'consent' | 'law';
  basisText?: Text;
  consent?: string;
  laws: Text[];
  method?: Text;
  purposes: string[];
  optOut?: Text;
  description?: Text;
}

export interface Disclosures {
  /** `false`: the notice states that data is not regularly disclosed. */
  regular?: boolean;
  statement: Text[];
  items: Disclosure[];
  laws: Text[];
  never: Text[];
}

export interface Linkage extends SourceRef {
  id: string;
  target: Text;
  description?: Text;
  categories: string[];
  frequency?: Text;
}

export interface InformationSystem extends SourceRef {
  id: string;
  name: Text;
  vendor?: Text;
  description?: Text;
}

export interface Processor extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
  systems: string[];
}

export interface Transfers {
  outsideEea: boolean;
  statement?: Text;
  destinations: Array<{
    country: Text;
    recipient?: Text;
    safeguard: 'adequacy-decision' | 'standard-contractual-clauses' | 'binding-corporate-rules' | 'derogation';
    description?: Text;
  }>;
}

export interface AutomatedDecisions {
  used: boolean;
  statement?: Text;
  logic?: Text;
  significance?: Text;
}

export interface Security {
  statement?: Text;
  manual: Text[];
  electronic: Text[];
  organisational: Text[];
}

/** Where a retention period starts. */
export type RetentionStart = { state: string } | { field: string } | { event: 'created' | 'updated' };

/** A rule the engine enforces with timers. */
export interface EnforceableRetention extends SourceRef {
  kind: 'enforceable';
  id: string;
  /** The category it applies to; undefined: the whole record. */
  category?: string;
  keep: string;
  from: RetentionStart;
  then: 'delete' | 'anonymize' | 'review';
  reference?: Text;
  description?: Text;
}

/** A rule kept elsewhere (the archive formation plan); shown, not enforced. */
export interface ReferenceRetention extends SourceRef {
  kind: 'reference';
  id: string;
  category?: string;
  reference?: Text;
  description?: Text;
}

export type RetentionRule = EnforceableRetention | ReferenceRetention;

export interface Retention {
  statement?: Text;
  rules: RetentionRule[];
}

export type RightKind =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'withdraw-consent'
  | 'complaint'
  | 'automated-decisions';

export interface Exercise {
  channels: Text[];
  addressee?: Text;
  identityCheck?: Text;
  /** ISO 8601 duration. */
  deadline?: string;
  deadlineText?: Text;
  cost?: Text;
}

export interface StatedRight extends SourceRef {
  right: RightKind;
  text?: Text;
  exercise?: Exercise;
  restrictions?: Text;
}

export interface Rights {
  statement?: Text;
  exercise?: Exercise;
  items: StatedRight[];
  restrictions: Text[];
  contact?: Text;
}

export type RoleAbility =
  | 'view-audit'
  | 'handle-requests'
  | 'record-disclosures'
  | 'manage-consents'
  | 'run-reports'
  | 'lookup-person'
  | 'export'
  | 'delete-records'
  | 'legal-hold';

export interface Role extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
  /** Category ids, wildcards expanded; `write` is included in `read`. */
  read: string[];
  write: string[];
  protectedAddresses: boolean;
  can: RoleAbility[];
}

export interface State extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
  final: boolean;
}

export interface Transition extends SourceRef {
  id: string;
  name: Text;
  from: string[];
  to: string;
  /** Empty: only timers take the transition. */
  roles: string[];
  /**
   * Guards: fields that must have a value, date fields that must be later than today (a renewal's
   * new validity date), a consent that must be on file.
   */
  requires: { fields: string[]; futureDates?: string[]; consent?: string };
  description?: Text;
}

export interface Timer extends SourceRef {
  id: string;
  state: string;
  after?: string;
  fromField?: string;
  transition?: string;
  action?: 'review';
  description?: Text;
}

export interface Lifecycle {
  description?: Text;
  initial: string;
  states: State[];
  transitions: Transition[];
  timers: Timer[];
}

export interface Report extends SourceRef {
  id: string;
  name: Text;
  description?: Text;
  /** A repeating group whose entries are counted; undefined: records. */
  counts?: string;
  dimensions: string[];
  period?: string;
  minCount: number;
  recipients?: Text;
  linkage?: string;
}

/** A decision on stored values that the schema sync may not take on its own. */
export interface DataChange extends SourceRef {
  field: string;
  action: 'delete' | 'rename' | 'convert' | 'clear';
  /** For `rename`: the new field id. */
  to?: string;
  date?: string;
  reason?: Text;
}

export interface Registry {
  id: string;
  languages: Lang[];
  name: Text;
  description?: Text;
  notice: NoticeMeta;
  controller?: Controller;
  jointControllers: JointController[];
  jointArrangement?: Text;
  representatives: Person[];
  contacts: Person[];
  dpo?: Person;
  registerForm: Array<'electronic' | 'manual'>;
  dataSubjects: DataSubjectGroup[];
  purposes: Purpose[];
  legalBases: LegalBasis[];
  provision?: Provision;
  secrecy?: { statement?: Text; grounds: Text[] };
  consents: Consent[];
  categories: Category[];
  sources: Source[];
  sourcesStatement?: Text;
  disclosures?: Disclosures;
  linkages: Linkage[];
  systems: InformationSystem[];
  processors: Processor[];
  transfers?: Transfers;
  automatedDecisions?: AutomatedDecisions;
  security?: Security;
  retention?: Retention;
  rights?: Rights;
  administration: Text[];
  roles: Role[];
  lifecycle?: Lifecycle;
  reports: Report[];
  dataChanges: DataChange[];
  /** Where the definition came from and a digest of its content (changes when the model does). */
  origin: { file: string; digest: string };
}
