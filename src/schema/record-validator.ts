/**
 * Record validation: each registry's record schema compiled once with ajv at start-up, and its
 * errors turned into messages people read — in fi, sv or en, each naming the field by its label
 * ("Henkilötunnus: henkilötunnuksen tarkistusmerkki ei täsmää"), never by a JSON pointer. The API
 * and the staff forms use the same validators.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import localizeModule from 'ajv-i18n';
import { MULTI_LINE, SINGLE_LINE } from '../fields/value-patterns.js';
import { translate, type Lang } from '../i18n/catalogue.js';
import { RECORD_MESSAGES } from '../i18n/record-messages.js';
import type { Field, Registry, Text } from '../model/types.js';
import { CUSTOM_FORMATS, addRecordFormats } from './formats.js';
import { recordSchema } from './record-schema.js';
import { allFields } from '../model/fields.js';

const localize = localizeModule as unknown as Record<Lang, (errors: ErrorObject[] | null | undefined) => void>;

/** One problem with one value of a record. */
export interface FieldError {
  /** JSON pointer of the value, e.g. `/asiakastapahtumat/0/kesto` (for programs). */
  pointer: string;
  /** The field's id; undefined for a problem with the record as a whole. */
  field?: string;
  /** What people read: the field's label (and the entry or part), then what is wrong. */
  message: string;
  /** The ajv keyword that failed (`required`, `format`, `maxLength`…), for programs. */
  keyword: string;
}

export type ValidationResult = { ok: true } | { ok: false; errors: FieldError[] };

export interface RecordValidator {
  registry: Registry;
  /** The record schema the validator was compiled from. */
  schema: Record<string, unknown>;
  validate(record: unknown, lang: Lang): ValidationResult;
}

/** Compiles the validators of all registries once; look them up by registry id. */
export function createRecordValidators(registries: readonly Registry[]): Map<string, RecordValidator> {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  addRecordFormats(ajv);
  return new Map(registries.map((registry) => [registry.id, compile(ajv, registry)]));
}

function compile(ajv: Ajv2020, registry: Registry): RecordValidator {
  const schema = recordSchema(registry);
  const check = ajv.compile(schema);
  const fields = new Map(allFields(registry).map((field) => [field.id, field]));
  return {
    registry,
    schema,
    validate(record, lang) {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        return { ok: false, errors: [{ pointer: '', message: translate(RECORD_MESSAGES, 'record.not-object', lang), keyword: 'type' }] };
      }
      if (check(record)) return { ok: true };
      return { ok: false, errors: describe(check, fields, lang) };
    },
  };
}

/** Pattern strings of the value schemas, by the message that explains them. */
const PATTERN_MESSAGES = new Map<string, string>([
  [SINGLE_LINE, 'record.single-line'],
  [MULTI_LINE, 'record.multi-line'],
  ['^[a-z]{2,3}$', 'record.language'],
  ['^[0-9]{3}$', 'record.municipality'],
  ['^[A-Z]{2}$', 'record.country'],
  ['^[A-Za-z0-9_-]{1,64}$', 'record.file-id'],
]);

function describe(check: ValidateFunction, fields: Map<string, Field>, lang: Lang): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of check.errors ?? []) {
    // `if` only says which branch failed; the branch's own error says what is wrong.
    if (error.keyword === 'if') continue;
    const pointer = pointerOf(error);
    const where = nameOf(pointer, fields, lang);
    const what = explain(error, lang);
    const message = where.label === undefined ? capitalize(what) : `${where.label}: ${what}`;
    if (seen.has(pointer + message)) continue;
    seen.add(pointer + message);
    errors.push({ pointer, ...(where.field ? { field: where.field } : {}), message, keyword: error.keyword });
  }
  return errors;
}

/** Where the error is: a missing or unknown property is below the object ajv reports. */
function pointerOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${escape((error.params as { missingProperty: string }).missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escape((error.params as { additionalProperty: string }).additionalProperty)}`;
  return error.instancePath;
}

/**
 * The label of the value at `pointer`: the innermost known field, plus the group entry's number
 * and the address part ("Asiakastapahtumat, merkintä 2: Kesto", "Osoite, postinumero").
 */
function nameOf(pointer: string, fields: Map<string, Field>, lang: Lang): { field?: string; label?: string } {
  const segments = pointer.split('/').slice(1).map(unescape);
  const parts: string[] = [];
  let field: string | undefined;
  for (const segment of segments) {
    const known = fields.get(segment);
    if (known) {
      field = known.id;
      parts.push(label(known.label, lang));
    } else if (/^\d+$/.test(segment)) {
      parts.push(translate(RECORD_MESSAGES, 'record.part.entry', lang, { n: Number(segment) + 1 }));
    } else if (RECORD_MESSAGES[`record.part.${segment}`]) {
      parts.push(translate(RECORD_MESSAGES, `record.part.${segment}`, lang));
    }
  }
  return { ...(field ? { field } : {}), ...(parts.length > 0 ? { label: parts.join(', ') } : {}) };
}

function explain(error: ErrorObject, lang: Lang): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return translate(RECORD_MESSAGES, 'record.required', lang);
    case 'additionalProperties':
      return translate(RECORD_MESSAGES, 'record.unknown-field', lang, { field: String(params['additionalProperty']) });
    case 'type':
      return translate(RECORD_MESSAGES, `record.type.${String(params['type']).split(',')[0]}`, lang);
    case 'enum':
      return translate(RECORD_MESSAGES, 'record.enum', lang);
    case 'format': {
      const format = String(params['format']);
      const custom = CUSTOM_FORMATS[format];
      const key = (custom && typeof error.data === 'string' ? custom.reason(error.data) : undefined) ?? `record.format.${format}`;
      return translate(RECORD_MESSAGES, key, lang);
    }
    case 'pattern': {
      const key = PATTERN_MESSAGES.get(String(params['pattern']));
      if (key) return translate(RECORD_MESSAGES, key, lang);
      break;
    }
  }
  // Lengths, ranges and counts: ajv-i18n words them in each language.
  const copy = { ...error };
  localize[lang]([copy]);
  return copy.message ?? error.keyword;
}

function label(text: Text, lang: Lang): string {
  return text[lang] ?? text.fi;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

