/**
 * Checks a parsed definition against the meta-schema with ajv (compiled once) and turns ajv's
 * errors into findings with stable codes and the parameters people need: the unknown key and
 * what was meant, the value found and what is allowed. While validating it also collects every
 * declared id and every reference (keywords `x-id`, `x-ref`), for the cross-reference checks.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { FIELD_TYPES } from '../fields/registry.js';
import { isBusinessId } from '../formats/business-id.js';
import { parseDuration } from '../model/duration.js';
import { suggestGdprArticle } from '../model/gdpr-article.js';
import { error, type Finding } from '../problems/finding.js';
import type { Path } from '../problems/problem.js';
import { LANGUAGES, META_SCHEMA } from './meta-schema.js';
import type { SchemaNode } from './schema-nodes.js';
import { suggest } from './suggest.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface Declaration {
  kind: string;
  id: string;
  path: Path;
}

export interface Reference extends Declaration {
  wildcard: boolean;
}

export interface SchemaResult {
  findings: Finding[];
  declarations: Declaration[];
  references: Reference[];
}

/** Per-validation context, passed to our keywords as `this` (ajv `passContext`). */
interface Collector {
  declarations: Declaration[];
  references: Reference[];
  /** Languages texts are checked against instead of the data's own `languages` key. */
  languages?: readonly string[];
}

interface DataContext {
  instancePath: string;
  rootData: unknown;
}

export interface CheckOptions {
  /**
   * The declared languages every text is checked against. Without: the `languages` key of the
   * checked data itself (a registry). A form's texts follow the languages of its registry.
   */
  languages?: readonly string[];
}

export type SchemaChecker = (data: unknown, options?: CheckOptions) => SchemaResult;

/** Compiles the meta-schema once; the returned checker is reused for every file. */
export function createSchemaChecker(schema: SchemaNode = META_SCHEMA): SchemaChecker {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, discriminator: true, passContext: true });
  addFormats(ajv, ['date', 'email']);
  ajv.addFormat('iso-duration', { type: 'string', validate: (value: string) => parseDuration(value) !== undefined });
  ajv.addFormat('business-id', { type: 'string', validate: isBusinessId });
  ajv.addVocabulary(['x-code', 'x-doc-type', 'x-wildcard']);

  ajv.addKeyword({
    keyword: 'x-id',
    schemaType: 'string',
    validate(this: Collector, kind: string, data: unknown, _parent: unknown, cxt?: DataContext) {
      if (typeof data === 'string' && cxt) this.declarations.push({ kind, id: data, path: toPath(cxt.instancePath) });
      return true;
    },
  });
  ajv.addKeyword({
    keyword: 'x-ref',
    schemaType: 'string',
    validate(this: Collector, kind: string, data: unknown, parent?: SchemaNode, cxt?: DataContext) {
      if (typeof data === 'string' && cxt) {
        this.references.push({ kind, id: data, path: toPath(cxt.instancePath), wildcard: parent?.['x-wildcard'] === true });
      }
      return true;
    },
  });
  ajv.addKeyword({ keyword: 'x-text', schemaType: 'boolean', errors: true, validate: validateText });

  const validate = ajv.compile(schema);
  return (data, options = {}) => {
    const collector: Collector = { declarations: [], references: [], ...(options.languages ? { languages: options.languages } : {}) };
    const valid = validate.call(collector, data);
    // Errors from inside `contains` only say which items did not match; `contains` itself reports.
    const errors = (validate.errors ?? []).filter((e) => !e.schemaPath.includes('/contains/'));
    const findings = valid ? [] : dedupe(errors.flatMap(toFindings));
    return { findings, ...collector };
  };
}

type TextValidator = ((this: unknown, schema: boolean, data: unknown, parent?: SchemaNode, cxt?: DataContext) => boolean) & {
  errors?: Partial<ErrorObject>[];
};

/**
 * A text is a plain string (Finnish) or an object of fi, sv and en strings; every language the
 * registry declares must be present. Reported here so the finding points at the text itself.
 */
const validateText: TextValidator = function (this: unknown, _schema, data, _parent, cxt) {
  const errors: Partial<ErrorObject>[] = [];
  const declared = (this as Partial<Collector> | undefined)?.languages ?? declaredLanguages(cxt?.rootData);
  const fail = (code: string, params: Record<string, unknown> = {}, suffix = '') =>
    errors.push({ keyword: 'x-text', instancePath: `${cxt?.instancePath ?? ''}${suffix}`, params: { code, ...params } });

  if (typeof data === 'string') {
    if (data.trim() === '') fail('empty-text');
    if (CONTROL_CHARACTER.test(data)) fail('control-character');
    for (const lang of declared) if (lang !== 'fi') fail('missing-translation', { lang });
  } else if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const entries = Object.entries(data as Record<string, unknown>);
    for (const [lang, value] of entries) {
      if (!(LANGUAGES as readonly string[]).includes(lang)) {
        fail('unknown-language', { lang, suggestion: suggest(lang, LANGUAGES) }, `/${lang}`);
      } else if (typeof value !== 'string') {
        fail('wrong-type', { expected: 'string', actual: typeName(value) }, `/${lang}`);
      } else if (value.trim() === '') {
        fail('empty-text', {}, `/${lang}`);
      } else if (CONTROL_CHARACTER.test(value)) {
        fail('control-character', {}, `/${lang}`);
      } else if (!declared.includes(lang)) {
        fail('undeclared-language', { lang }, `/${lang}`);
      }
    }
    for (const lang of declared) if (!(lang in (data as object))) fail('missing-translation', { lang });
  } else {
    fail('wrong-type', { expected: 'text', actual: typeName(data) });
  }
  validateText.errors = errors;
  return errors.length === 0;
};

/** Control characters other than tab and line breaks have no place in a text people read. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function declaredLanguages(root: unknown): string[] {
  const languages = (root as { languages?: unknown } | null)?.languages;
  if (!Array.isArray(languages)) return ['fi'];
  const known = languages.filter((lang): lang is string => typeof lang === 'string' && (LANGUAGES as readonly string[]).includes(lang));
  return known.length > 0 ? known : ['fi'];
}

function toFindings(e: ErrorObject): Finding[] {
  if (e.keyword === 'discriminator' && (e.params as { tagValue?: unknown }).tagValue === undefined) {
    return [discriminatorFinding(toPath(e.instancePath), e.params as Record<string, unknown>), ...unknownFieldKeys(e)];
  }
  return [toFinding(e)];
}

/**
 * A field without `type` matches no branch, so ajv never checks its keys; a typo such as `typ`
 * would go unreported. Keys that no field type accepts are reported here, with "did you mean".
 */
function unknownFieldKeys(e: ErrorObject): Finding[] {
  const data = e.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const allowed = new Set((((e.parentSchema as SchemaNode)['oneOf'] as SchemaNode[]) ?? []).flatMap((branch) => Object.keys((branch['properties'] as object) ?? {})));
  const path = toPath(e.instancePath);
  return Object.keys(data)
    .filter((key) => !allowed.has(key))
    .map((key) => error('unknown-key', [...path, key], { key, suggestion: suggest(key, allowed), allowed: [...allowed].join(', ') }, true));
}

function toFinding(e: ErrorObject): Finding {
  const path = toPath(e.instancePath);
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'x-text': {
      const { code, ...rest } = params as { code: string } & Record<string, string>;
      const atKey = code === 'unknown-language' || code === 'undeclared-language';
      return { ...error(code, path, rest, atKey), severity: code === 'undeclared-language' ? 'warning' : 'error' };
    }
    case 'required':
      return error('missing-key', path, { key: String(params['missingProperty']) });
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      if (key === '<<') return error('yaml-merge-key', [...path, key], {}, true);
      const allowed = Object.keys((parent['properties'] as object | undefined) ?? {});
      return error('unknown-key', [...path, key], { key, suggestion: suggest(key, allowed), allowed: allowed.join(', ') }, true);
    }
    case 'type':
      return error('wrong-type', path, { expected: describeType(parent, String(params['type'])), actual: typeName(e.data) });
    case 'enum': {
      const allowed = (e.schema as unknown[]).map(String);
      return error('not-allowed-value', path, { value: String(e.data), allowed: allowed.join(', '), suggestion: suggest(String(e.data), allowed) });
    }
    case 'discriminator':
      return discriminatorFinding(path, params);
    case 'pattern':
    case 'format':
      return formatFinding(path, parent, e.data);
    case 'contains':
      return error('languages-without-fi', path);
    case 'minProperties':
    case 'maxProperties':
      return error('exactly-one-key', path, { allowed: Object.keys((parent['properties'] as object | undefined) ?? {}).join(', ') });
    case 'minItems':
      return error('too-few-items', path, { min: Number(params['limit']) });
    case 'uniqueItems': {
      // ajv names both copies; the later one is the duplicate.
      const later = Math.max(Number(params['i']), Number(params['j']));
      return error('duplicate-item', [...path, later], { value: JSON.stringify((e.data as unknown[])[later]) });
    }
    case 'minLength':
      return error('empty-value', path);
    case 'maxLength':
      return error('too-long', path, { max: Number(params['limit']) });
    case 'minimum':
    case 'maximum':
      return error('out-of-range', path, { comparison: String(params['comparison']), limit: Number(params['limit']) });
    default:
      return error('invalid-value', path, { detail: e.message ?? e.keyword });
  }
}

function discriminatorFinding(path: Path, params: Record<string, unknown>): Finding {
  const value = params['tagValue'];
  if (value === undefined) return error('missing-key', path, { key: 'type' });
  if (typeof value !== 'string') return error('wrong-type', [...path, 'type'], { expected: 'string', actual: typeName(value) });
  // A known type the branch list lacks can only be a group inside a group.
  if (FIELD_TYPES.has(value)) return error('nested-group', [...path, 'type']);
  const names = [...FIELD_TYPES.keys()];
  return error('unknown-field-type', [...path, 'type'], { value, suggestion: suggest(value, names), allowed: names.join(', ') });
}

function formatFinding(path: Path, parent: SchemaNode, data: unknown): Finding {
  const code = typeof parent['x-code'] === 'string' ? parent['x-code'] : 'bad-format';
  const value = String(data);
  const params: Record<string, string | undefined> = { value };
  if (code === 'bad-gdpr-article') params['suggestion'] = suggestGdprArticle(value);
  if (code === 'bad-id') params['suggestion'] = suggestId(value);
  return error(code, path, params);
}

/** An id people would write with Finnish letters or spaces, made into a valid one. */
function suggestId(value: string): string | undefined {
  const candidate = value
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 63);
  return candidate !== '' && candidate !== value ? candidate : undefined;
}

function describeType(parent: SchemaNode, type: string): string {
  return typeof parent['x-doc-type'] === 'string' ? parent['x-doc-type'] : type;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

/** JSON pointer (`/categories/0/fields`) to a path; digits are list indexes. */
export function toPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** ajv can report one fault from two keywords; keep the first finding per code and place. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}|${finding.path.join('/')}|${JSON.stringify(finding.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
