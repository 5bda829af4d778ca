/**
 * Realistic synthetic records for any registry, for `seloste demo`: no code per registry. Values
 * follow each field's type and settings, and a text field's id and label say what it holds
 * ("etunimi", "ammatti", "aihe"…). Each record describes one invented person, so its values agree
 * with each other: the e-mail address spells the name, the identity code carries the birth date
 * and the sex of the first name, the age follows from the birth date, the home municipality from
 * the postal address, and the dates of repeating groups run in order within the customer
 * relationship, all before `today`.
 *
 * Output is deterministic for the same registry, count, seed and `today` (only the seeded
 * generator of `random.ts` is used). Identity codes are always temporary test codes (900–999):
 * validate demo records with validators made from `demoRegistry(registry)`, which allows them.
 */
import { mod97 } from '../formats/iban.js';
import type { Field, Registry } from '../model/types.js';
import * as data from './finnish-data.js';
import { createRng, type Rng } from './random.js';
import { randomBirthDate, testIdentityCode, type Sex } from './test-identity-codes.js';

export interface GenerateOptions {
  /** How many records. */
  count: number;
  /** Seed of the random generator (its low 32 bits): the same seed gives the same records. */
  seed: number;
  /** The day the records are made on (its UTC calendar date): past dates lie before it. */
  today: Date;
}

/** One record: values keyed by field id, repeating groups as arrays of entries keyed by member id. */
export type DemoRecord = Record<string, unknown>;

/** An optional field has a value this often. */
const OPTIONAL_PRESENCE = 0.7;
/** Share of people under address protection (turvakielto). */
const ADDRESS_PROTECTION_RATE = 0.03;
/** Other yes/no fields are true this often. */
const BOOLEAN_TRUE_RATE = 0.3;
/** Most entries of a dated group (events, attendance) and of an undated one (phone numbers). */
const MAX_DATED_ENTRIES = 8;
const MAX_UNDATED_ENTRIES = 3;
/** Customer relationships began at most this long ago, and at least a month ago. */
const MAX_CUSTOMER_DAYS = 6 * 365;
const MIN_CUSTOMER_DAYS = 30;
/** People become customers at 17 at the earliest. */
const MIN_CUSTOMER_AGE_DAYS = Math.ceil(17 * 365.25);
/** Default lengths of the text value schemas (`textValueSchema`). */
const TEXT_MAX_LENGTH = 200;
const LONG_TEXT_MAX_LENGTH = 20_000;
const DAY_MS = 86_400_000;

/**
 * `count` records for `registry`. Optional fields are present about 70% of the time, optional
 * files never; repeating groups get 0–8 entries (0–3 when they hold no dates) within their
 * `min_items`/`max_items`.
 */
export function generateRecords(registry: Registry, options: GenerateOptions): DemoRecord[] {
  const { count, seed, today } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  if (Number.isNaN(today.getTime())) throw new RangeError('today is not a valid date');

  // The registry's id is mixed in, so one seed gives each registry people of its own.
  const rng = createRng(seed ^ hash(registry.id));
  const fields = registry.categories.flatMap((category) => category.fields);
  const everyField = fields.flatMap((field) => [field, ...field.fields]);
  const protections = new Set(everyField.flatMap((field) => (field.protectedBy ? [field.protectedBy] : [])));
  const base: Generation = {
    rng,
    plans: new Map(everyField.map((field) => [field, planOf(field)])),
    today: dayNumber(today),
    municipalities: municipalityWeights(registry),
    protections,
    used: { codes: new Set<string>(), emails: new Set<string>(), usernames: new Set<string>() },
  };

  const records: DemoRecord[] = [];
  for (let i = 0; i < count; i++) {
    const context: Context = { ...base, person: makePerson(base) };
    const record: DemoRecord = {};
    for (const field of fields) {
      const value = field.type === 'group' ? groupValue(context, field) : presentValue(context, field, TOP);
      if (value !== undefined) record[field.id] = value;
    }
    records.push(record);
  }
  return records;
}

/**
 * A copy of `registry` whose personal-identity-code fields (group members too) allow temporary
 * codes, so that validators made from it accept demo records. The registry itself is not changed.
 */
export function demoRegistry(registry: Registry): Registry {
  const allowTemporary = (field: Field): Field => ({
    ...field,
    settings: field.type === 'personal-identity-code' ? { ...field.settings, allow_temporary: true } : field.settings,
    fields: field.fields.map(allowTemporary),
  });
  return {
    ...registry,
    categories: registry.categories.map((category) => ({ ...category, fields: category.fields.map(allowTemporary) })),
  };
}

// --- the person a record describes ---------------------------------------------------------

interface Address {
  street: string;
  postal_code: string;
  post_office: string;
}

interface Person {
  sex: Sex;
  firstName: string;
  surname: string;
  /** Day numbers (days since 1970-01-01). */
  birth: number;
  customerSince: number;
  identityCode: string;
  municipality: data.DemoMunicipality;
  address: Address;
  phone: string;
  email: string;
  username: string;
  language: string;
  occupation: string;
  education: string;
  employer: string;
  businessId: string;
}

interface Generation {
  rng: Rng;
  /** Day number of `today`. */
  today: number;
  municipalities: ReadonlyArray<readonly [data.DemoMunicipality, number]>;
  /** What each field's id and label say, worked out once per generation. */
  plans: ReadonlyMap<Field, FieldPlan>;
  /** Ids of the boolean fields that put an address under protection. */
  protections: ReadonlySet<string>;
  /** Values that must not repeat within one generation. */
  used: { codes: Set<string>; emails: Set<string>; usernames: Set<string> };
}

interface Context extends Generation {
  person: Person;
}

function makePerson(generation: Generation): Person {
  const { rng, today, used } = generation;
  const sex: Sex = rng.chance(0.5) ? 'female' : 'male';
  const firstName = rng.pick(sex === 'female' ? data.FEMALE_FIRST_NAMES : data.MALE_FIRST_NAMES);
  const surname = rng.pick(data.SURNAMES);
  const birthDate = randomBirthDate(rng, new Date((today - MIN_CUSTOMER_AGE_DAYS) * DAY_MS));
  const birth = dayNumber(birthDate);
  const earliest = Math.max(today - MAX_CUSTOMER_DAYS, birth + MIN_CUSTOMER_AGE_DAYS);
  const latest = today - MIN_CUSTOMER_DAYS;
  const customerSince = earliest <= latest ? rng.int(earliest, latest) : Math.min(earliest, today - 1);

  let identityCode = testIdentityCode(rng, birthDate, sex);
  // 50 individual numbers a day and sex: retry the rare collision (give up rather than loop forever).
  for (let tries = 0; used.codes.has(identityCode) && tries < 50; tries++) identityCode = testIdentityCode(rng, birthDate, sex);
  used.codes.add(identityCode);

  const municipality = rng.weighted(generation.municipalities);
  const domain = rng.chance(0.85) ? 'example.fi' : 'example.com';
  const email = unique(used.emails, `${ascii(firstName)}.${ascii(surname)}`, (local) => `${local}@${domain}`, rng);
  const username = unique(used.usernames, `${ascii(firstName).slice(0, 1)}${ascii(surname)}`.slice(0, 10), (name) => name, rng);

  return {
    sex,
    firstName,
    surname,
    birth,
    customerSince,
    identityCode,
    municipality,
    address: makeAddress(rng, municipality),
    phone: phoneNumber(rng, municipality),
    email,
    username,
    language: rng.weighted(data.LANGUAGES),
    occupation: rng.pick(data.OCCUPATIONS),
    education: rng.pick(data.EDUCATIONS),
    employer: rng.pick(data.EMPLOYERS),
    businessId: businessId(rng),
  };
}

/** FNV-1a, 32 bits: a stable number from a string. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}

/** `stem`, or `stem` with a number when taken; recorded as taken. */
function unique(taken: Set<string>, stem: string, format: (stem: string) => string, rng: Rng): string {
  let value = format(stem);
  while (taken.has(value)) value = format(`${stem}${rng.int(2, 999)}`);
  taken.add(value);
  return value;
}

/**
 * Where the registry's customers live: the municipality its id, name or controller names
 * (Raision kaupunki → Raisio), with some in the same region; every municipality alike when it
 * names none (a template such as Walmu).
 */
function municipalityWeights(registry: Registry): Array<readonly [data.DemoMunicipality, number]> {
  const haystack = ascii(`${registry.id} ${registry.name.fi} ${registry.controller?.name.fi ?? ''}`);
  const home = data.MUNICIPALITIES.find((municipality) => municipality.stems.some((stem) => haystack.includes(stem)));
  if (!home) return data.MUNICIPALITIES.map((municipality) => [municipality, 1] as const);
  const neighbours = data.MUNICIPALITIES.filter((municipality) => municipality.region === home.region && municipality !== home);
  return [[home, 8], ...neighbours.map((municipality) => [municipality, 2 / neighbours.length] as const)];
}

function makeAddress(rng: Rng, municipality: data.DemoMunicipality): Address {
  const house = rng.int(1, 80);
  const flat = rng.chance(0.6) ? ` ${rng.pick(['A', 'B', 'C', 'D'])} ${rng.int(1, 40)}` : '';
  return {
    street: `${rng.pick(municipality.streets)} ${house}${flat}`,
    postal_code: rng.pick(municipality.postalCodes),
    post_office: municipality.name,
  };
}

/** A mobile number mostly ("040 123 4567", some "+358 40 123 4567"), a landline of the home area sometimes. */
function phoneNumber(rng: Rng, municipality: data.DemoMunicipality): string {
  const three = String(rng.int(100, 999));
  const four = String(rng.int(0, 9999)).padStart(4, '0');
  if (rng.chance(0.1)) return `${municipality.areaCode} ${three} ${four}`;
  const prefix = rng.pick(data.MOBILE_PREFIXES);
  return rng.chance(0.15) ? `+358 ${prefix.slice(1)} ${three} ${four}` : `${prefix} ${three} ${four}`;
}

/** A business ID (Y-tunnus) with its check digit; numbers whose remainder is 1 are never issued. */
function businessId(rng: Rng): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  for (;;) {
    const digits = String(rng.int(1_000_000, 3_299_999)).padStart(7, '0');
    const remainder = weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

/**
 * A Finnish IBAN in print format. The BBAN starts with 123456, the bank and branch of the
 * standard documentation example (FI21 1234 5600 0007 85), and ends with the Luhn check digit
 * of Finnish account numbers; the IBAN check digits are computed (ISO 7064 MOD 97-10).
 */
function iban(rng: Rng): string {
  const body = `123456${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  const bban = body + luhn(body);
  const check = String(98 - mod97(`${bban}FI00`)).padStart(2, '0');
  return `FI${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The Luhn check digit: weights 2, 1, 2… from the left on the 13 digits, products' digits summed. */
function luhn(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return String((10 - (sum % 10)) % 10);
}

// --- values by field type --------------------------------------------------------------------

/** Where a value is made: the record itself, or one entry of a repeating group. */
interface Scope {
  entry?: {
    index: number;
    /** The entry's point in time: a day number and minutes past midnight. */
    day: number;
    minute: number;
    /** The first date or datetime member of the group, which carries `day`. */
    anchor?: string;
    /** For groups with a file member: the document the entry is about. */
    document?: string;
    /** The entry's values made so far (a note may follow a choice made before it). */
    values: DemoRecord;
  };
}

const TOP: Scope = {};

/**
 * The field's value, or undefined when an optional field is left out (optional files always are).
 * An entry's first date is always there: it is what dates and orders the entry.
 */
function presentValue(context: Context, field: Field, scope: Scope): unknown {
  const anchor = scope.entry?.anchor === field.id;
  if (!field.required && !anchor && (field.type === 'file' || !context.rng.chance(OPTIONAL_PRESENCE))) return undefined;
  return fieldValue(context, field, scope);
}

function fieldValue(context: Context, field: Field, scope: Scope): unknown {
  const { rng, person } = context;
  const top = scope.entry === undefined;
  switch (field.type) {
    case 'text':
      return fitText(rng, textValue(context, field, scope), field, false);
    case 'long-text':
      return fitText(rng, noteText(context, field, scope), field, true);
    case 'number':
      return numberValue(context, field);
    case 'boolean':
      return rng.chance(context.protections.has(field.id) || matches(context, field, /turvakielto|address protection|sparrmarkering/) ? ADDRESS_PROTECTION_RATE : BOOLEAN_TRUE_RATE);
    case 'date':
      return isoDate(dateValue(context, field, scope));
    case 'datetime':
      return dateTimeValue(context, field, scope);
    case 'choice':
      return choiceValue(rng, field);
    case 'multi-choice': {
      const options = (field.settings.options ?? []).map((option) => option.id);
      return options.length === 0 ? [] : rng.sample(options, rng.int(1, Math.min(3, options.length)));
    }
    case 'email':
      return top ? person.email : otherPerson(rng).email;
    case 'phone':
      return top || scope.entry?.index === 0 ? person.phone : phoneNumber(rng, person.municipality);
    case 'address':
      return top ? { ...person.address } : makeAddress(rng, person.municipality);
    case 'postal-code':
      return top ? person.address.postal_code : rng.pick(person.municipality.postalCodes);
    case 'personal-identity-code':
      return top ? person.identityCode : testIdentityCode(rng);
    case 'business-id':
      return top ? person.businessId : businessId(rng);
    case 'iban':
      return iban(rng);
    case 'language':
      return languageValue(context, field);
    case 'municipality':
      return top ? person.municipality.code : rng.weighted(context.municipalities).code;
    case 'file':
      return fileValue(rng, field, scope.entry?.document);
    default:
      // A field type added later: leave it out rather than guess (a required one will fail validation, visibly).
      return undefined;
  }
}

/** Earlier options are somewhat more common: definitions tend to list the usual case first. */
function choiceValue(rng: Rng, field: Field): string | undefined {
  const options = field.settings.options ?? [];
  if (options.length === 0) return undefined;
  return rng.weighted(options.map((option, i) => [option.id, 1 / (i + 1)] as const));
}

/** A mother tongue; a language of communication is the mother tongue, or Finnish or English. */
function languageValue(context: Context, field: Field): string {
  const { rng, person } = context;
  if (!matches(context, field, /kommunik|asiointi|yhteys|communicat|contact|kontakt/) || ['fi', 'sv'].includes(person.language)) return person.language;
  return rng.weighted([['fi', 60], ['en', 25], [person.language, 15]]);
}

function numberValue(context: Context, field: Field): number {
  const { rng, person, today } = context;
  const { min, max, integer } = field.settings;
  const clamp = (value: number): number => Math.min(max ?? Infinity, Math.max(min ?? -Infinity, value));
  if (matches(context, field, /\b(ika|age|alder)\b/)) return clamp(ageOn(person.birth, today));
  const unit = field.settings.unit?.fi ?? '';
  if (matches(context, field, /kesto|duration|langd|varaktighet/) && /^min/.test(unit)) return clamp(15 * rng.int(1, 8));
  const low = min ?? 0;
  const high = max ?? low + (integer ? 20 : 100);
  if (integer) return rng.int(low, high);
  return clamp(Math.round((low + rng.next() * (high - low)) * 100) / 100);
}

/** Whole years from `birth` to `day` (day numbers). */
function ageOn(birth: number, day: number): number {
  const from = new Date(birth * DAY_MS);
  const to = new Date(day * DAY_MS);
  const birthdayPassed = to.getUTCMonth() > from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() >= from.getUTCDate());
  return to.getUTCFullYear() - from.getUTCFullYear() - (birthdayPassed ? 0 : 1);
}

// --- dates ---------------------------------------------------------------------------------

const BIRTH = /syntym|birth|fodelse/;
const FUTURE = /voimassa|\basti\b|paattyy|paattymis|erapaiva|expir|valid until|until|giltig/;
const START = /alkoi|alkaa|alkaen|alkamis|aloitus|start|since|borja/;

/**
 * A day number. In the record: the birth date for a birth date field, the start of the customer
 * relationship for a start date, a day up to two years ahead for a validity end ("voimassa
 * asti"), else a day within the relationship. In a group entry: the entry's day for its first date,
 * a later day (still before today) for the others.
 */
function dateValue(context: Context, field: Field, scope: Scope): number {
  const { rng, person, today } = context;
  const entry = scope.entry;
  if (entry) {
    if (entry.anchor === field.id) return entry.day;
    return Math.min(today - 1, entry.day + (matches(context, field, FUTURE) ? rng.int(14, 365) : rng.int(0, 21)));
  }
  if (matches(context, field, BIRTH)) return person.birth;
  if (matches(context, field, START)) return person.customerSince;
  if (matches(context, field, FUTURE)) return today + rng.int(30, 730);
  return rng.int(person.customerSince, today - 1);
}

/** Office hours in Finnish local time, with the offset (+02:00, or +03:00 in summer time). */
function dateTimeValue(context: Context, field: Field, scope: Scope): string {
  const { rng } = context;
  const entry = scope.entry;
  const day = entry ? dateValue(context, field, scope) : rng.int(context.person.customerSince, context.today - 1);
  const minute = entry && entry.anchor === field.id ? entry.minute : officeMinute(rng);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${isoDate(day)}T${hh}:${mm}:00${helsinkiOffset(day)}`;
}

/** Minutes past midnight between 8:00 and 16:55, in steps of five. */
function officeMinute(rng: Rng): number {
  return 8 * 60 + 5 * rng.int(0, (9 * 60) / 5 - 1);
}

/**
 * Finland's UTC offset on a day: summer time since 1981 from the last Sunday of March to the last
 * Sunday of September, of October since 1996 (EU rule). The switch happens at night, so for times
 * of day from 8:00 on, the day decides.
 */
function helsinkiOffset(day: number): string {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  if (year < 1981) return '+02:00';
  const end = lastSunday(year, year < 1996 ? 8 : 9);
  return day >= lastSunday(year, 2) && day < end ? '+03:00' : '+02:00';
}

/** Day number of the last Sunday of `month` (0-based) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0) / DAY_MS;
  return last - new Date(last * DAY_MS).getUTCDay();
}

/** Days since 1970-01-01 of a date's UTC calendar day. */
function dayNumber(date: Date): number {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / DAY_MS);
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// --- repeating groups --------------------------------------------------------------------------

/**
 * The entries of a repeating group, in time order: each entry gets a point in time within the
 * customer relationship, before today; its first date or datetime member shows it. Undefined
 * for an optional group that got no entries.
 */
function groupValue(context: Context, field: Field): DemoRecord[] | undefined {
  const { rng, person, today } = context;
  const anchor = field.fields.find((member) => member.type === 'date' || member.type === 'datetime')?.id;
  const hasFile = field.fields.some((member) => member.type === 'file');
  const cap = anchor === undefined ? MAX_UNDATED_ENTRIES : MAX_DATED_ENTRIES;
  const low = field.settings.min_items ?? 0;
  const high = Math.max(low, Math.min(field.settings.max_items ?? cap, cap));
  const count = rng.int(low, high);
  if (count === 0 && !field.required) return undefined;

  const first = Math.min(person.customerSince, today - 1);
  // Entries fall on different days where the relationship is long enough (it nearly always is).
  const days = new Set<number>();
  const moments = Array.from({ length: count }, () => {
    let day = rng.int(first, today - 1);
    for (let tries = 0; days.has(day) && tries < 20; tries++) day = rng.int(first, today - 1);
    days.add(day);
    return { day, minute: officeMinute(rng) };
  });
  moments.sort((a, b) => a.day - b.day || a.minute - b.minute);

  return moments.map(({ day, minute }, index) => {
    const entry: DemoRecord = {};
    const document = hasFile ? rng.pick(data.DOCUMENT_NAMES) : undefined;
    const scope: Scope = { entry: { index, day, minute, ...(anchor ? { anchor } : {}), ...(document ? { document } : {}), values: entry } };
    for (const member of field.fields) {
      const value = presentValue(context, member, scope);
      if (value !== undefined) entry[member.id] = value;
    }
    return entry;
  });
}

// --- texts ---------------------------------------------------------------------------------

type TextMaker = (context: Context, scope: Scope) => string;

/** A full name: the record's person in the record, someone else in a group entry. */
const fullName: TextMaker = ({ rng, person }, scope) => fullNameOf(scope.entry ? otherPerson(rng) : person);

/**
 * What a one-line text holds, from words in its id and label (lower-case ASCII), tried in order:
 * specific before general, so "etunimi" and "asiakirjan nimi" are not taken for a full name and
 * "palveluntuottaja" is a provider, not a service.
 */
const TEXT_KINDS: ReadonlyArray<readonly [RegExp, TextMaker]> = [
  [/etunim|first name|given name|fornamn/, ({ person }) => person.firstName],
  [/sukunim|surname|last name|family name|efternamn/, ({ person }) => person.surname],
  [/kayttajatunnus|username|user name|login|anvandarnamn/, ({ person }) => person.username],
  [/asiakirja|dokument|document|tiedosto|liite|liitte|attachment/, ({ rng }, scope) => scope.entry?.document ?? rng.pick(data.DOCUMENT_NAMES)],
  [/yhteyshenkilo|contact person|kontaktperson/, ({ rng }) => fullNameOf(otherPerson(rng))],
  [/ammattiliit|trade union|union|fackforbund/, ({ rng }) => rng.pick(data.UNIONS)],
  [/ammatti|ammatin|occupation|profession|nimike|job title|yrke/, ({ rng, person }, scope) => capitalize(scope.entry ? rng.pick(data.OCCUPATIONS) : person.occupation)],
  [/koulutu|tutkinto|tutkinno|education|degree|utbildning/, ({ rng, person }, scope) => capitalize(scope.entry ? rng.pick(data.EDUCATIONS) : person.education)],
  [/tyonantaja|employer|yritys|yrityk|company|arbetsgivare/, ({ rng, person }, scope) => (scope.entry ? rng.pick(data.EMPLOYERS) : person.employer)],
  [/tuottaja|provider|jarjestaja|leverantor/, ({ rng }) => rng.pick(data.SERVICE_PROVIDERS)],
  [/vastaanottaja|recipient|mottagare/, ({ rng }) => rng.pick(data.RECIPIENTS)],
  [/tyopaikka|vacanc|job|arbetsplats/, ({ rng }) => `${capitalize(rng.pick(data.OCCUPATIONS))}, ${rng.pick(data.EMPLOYERS)}`],
  [/\baihe|topic|subject|amne/, ({ rng }) => rng.pick(data.EVENT_TOPICS)],
  [/osallistuja|participant|deltagare/, ({ rng }) => rng.pick(data.PARTICIPANTS)],
  [/paikka|paikan|place|location|sijainti|plats/, ({ rng }) => rng.pick(data.EVENT_PLACES)],
  [/palvelu|service|tjanst/, ({ rng }) => rng.pick(data.SERVICES)],
  [/peruste|basis|grund/, ({ rng }) => rng.pick(data.LEGAL_GROUNDS)],
  [/kesto|duration|langd|varaktighet/, ({ rng }) => rng.pick(data.DURATIONS)],
  [/nimi|name|namn/, fullName],
];

function textValue(context: Context, field: Field, scope: Scope): string {
  const make = planFor(context, field).text;
  if (make) return make(context, scope);
  // Unknown: in an entry about a document, its name ("Kuvaus" of a scanned file); else a short note.
  return scope.entry?.document ?? context.rng.pick(data.GENERAL_NOTE_PHRASES);
}

/** One to three case-note phrases on the field's topic (fewer where they would contradict), sometimes on lines of their own. */
function noteText(context: Context, field: Field, scope: Scope): string {
  const { rng } = context;
  const topic = planFor(context, field).topic;
  const byChoice = topic?.byChoice ?? {};
  const chosen = Object.values(scope.entry?.values ?? {}).find((value): value is string => typeof value === 'string' && Object.hasOwn(byChoice, value));
  const phrases = (chosen === undefined ? undefined : byChoice[chosen]) ?? topic?.phrases ?? data.GENERAL_NOTE_PHRASES;
  const most = topic ? (topic.maxPhrases ?? 3) : data.GENERAL_MAX_PHRASES;
  return rng.sample(phrases, rng.int(1, most)).join(rng.chance(0.2) ? '\n' : ' ');
}

/** A text within the field's length bounds: lengthened with notes, or cut at the maximum. */
function fitText(rng: Rng, value: string, field: Field, multiLine: boolean): string {
  const min = field.settings.min_length ?? (field.required ? 1 : 0);
  const max = field.settings.max_length ?? (multiLine ? LONG_TEXT_MAX_LENGTH : TEXT_MAX_LENGTH);
  let text = value;
  while (text.length < min) text += ` ${rng.pick(data.GENERAL_NOTE_PHRASES)}`;
  if (text.length > max) {
    text = text.slice(0, max);
    const trimmed = text.trimEnd();
    if (trimmed.length >= min) text = trimmed;
  }
  return text;
}

// --- files and other people ------------------------------------------------------------------

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'text/plain': 'txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** What a wildcard in `accept` is taken to mean. */
const WILDCARD_TYPES: Readonly<Record<string, string>> = { 'image/*': 'image/jpeg', 'text/*': 'text/plain', 'application/*': 'application/pdf' };

const ID_CHARACTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];

/** A file reference: a scanned PDF unless the field accepts other media types only. */
function fileValue(rng: Rng, field: Field, document?: string): DemoRecord {
  const accepted = field.settings.accept ?? [];
  const wanted = accepted.length === 0 || accepted.includes('application/pdf') ? 'application/pdf' : rng.pick(accepted);
  const mediaType = WILDCARD_TYPES[wanted] ?? wanted.replace('/*', '/octet-stream');
  const maxBytes = field.settings.max_size_mb === undefined ? 5 * 1024 * 1024 : field.settings.max_size_mb * 1024 * 1024;
  const stem = slug(document ?? field.label.fi) || 'liite';
  return {
    id: Array.from({ length: 20 }, () => rng.pick(ID_CHARACTERS)).join(''),
    name: `${stem}.${EXTENSIONS[mediaType] ?? 'bin'}`,
    media_type: mediaType,
    size: rng.int(Math.min(20_000, maxBytes), Math.min(3_000_000, maxBytes)),
  };
}

/** Someone other than the record's person (a contact, a participant). */
function otherPerson(rng: Rng): { firstName: string; surname: string; email: string } {
  const female = rng.chance(0.5);
  const firstName = rng.pick(female ? data.FEMALE_FIRST_NAMES : data.MALE_FIRST_NAMES);
  const surname = rng.pick(data.SURNAMES);
  return { firstName, surname, email: `${ascii(firstName)}.${ascii(surname)}@example.fi` };
}

function fullNameOf(person: { firstName: string; surname: string }): string {
  return `${person.firstName} ${person.surname}`;
}

// --- words -----------------------------------------------------------------------------------

/** What a field's words say: its id and labels folded, the kind of a text, the topic of a long text. */
interface FieldPlan {
  words: string;
  text?: TextMaker;
  topic?: data.NoteTopic;
}

function planOf(field: Field): FieldPlan {
  const words = wordsOf(field);
  const text = field.type === 'text' ? TEXT_KINDS.find(([pattern]) => pattern.test(words))?.[1] : undefined;
  const topic = field.type === 'long-text' ? data.NOTE_TOPICS.find((candidate) => candidate.keywords.some((keyword) => words.includes(keyword))) : undefined;
  return { words, ...(text ? { text } : {}), ...(topic ? { topic } : {}) };
}

function planFor(context: Generation, field: Field): FieldPlan {
  return context.plans.get(field) ?? planOf(field);
}

/** Whether the field's id or label (Finnish or English, folded to ASCII) matches `pattern`. */
function matches(context: Generation, field: Field, pattern: RegExp): boolean {
  return pattern.test(planFor(context, field).words);
}

/** A field's id and labels (Finnish and English) in lower-case ASCII, the text `matches` searches. */
function wordsOf(field: Field): string {
  // Punctuation becomes a space, so "Läsnä/poissa" is two words for `\b`.
  return ascii(`${field.id} ${field.label.fi} ${field.label.en ?? ''}`.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** Lower-case ASCII: ä → a, ö → o, å → a (as in e-mail addresses), other letters without accents. */
function ascii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ._-]/g, '');
}

/** A file-name stem: lower-case ASCII words joined by hyphens. */
function slug(text: string): string {
  return ascii(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
