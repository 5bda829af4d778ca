/**
 * The API reference page (`/api/docs`): the OpenAPI document laid out for people, grouped by tag.
 * Each operation shows its method, path, summary, who may call it, its parameters, request body and
 * responses; every schema is a table of fields (name, label, type, required) rather than raw JSON,
 * nested fields written as `osoite.street` and `merkinnat[].merkinta_pvm`.
 *
 * The view is built from the document alone, so the page can never drift from `/api/openapi.json`.
 * The template is compiled once and each language rendered once. Every value is escaped: field
 * labels come from register definitions and are data, never markup. The page needs no JavaScript
 * and loads nothing but the site's own stylesheet; the only links are anchors within the page and
 * the site's own addresses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { API_DOCS_MESSAGES } from '../i18n/api-docs-messages.js';
import { LANGS, translate, type Lang, type MessageParams } from '../i18n/catalogue.js';
import { TEMPLATES_DIR } from '../notices/renderer.js';
import { isRecordSchemaName } from './openapi.js';

type Json = Record<string, unknown>;

/** Where the page links to. */
export interface ApiDocsLinks {
  stylesheet: string;
  openapi: string;
  self(lang: Lang): string;
  notices(lang: Lang): string;
  accessibility(lang: Lang): string;
}

/** The addresses of `seloste serve`. */
export const API_DOCS_LINKS: ApiDocsLinks = {
  stylesheet: '/assets/notice.css',
  openapi: '/api/openapi.json',
  self: (lang) => `/api/docs?lang=${lang}`,
  notices: (lang) => `/notices?lang=${lang}`,
  accessibility: (lang) => `/accessibility?lang=${lang}`,
};

export interface ApiDocsOptions {
  /** Templates directory; the installation's `templates/` by default. */
  templatesDir?: string;
  links?: ApiDocsLinks;
}

/** Renders the page in one language; the same string every time for the same language. */
export type ApiDocsPage = (lang: Lang) => string;

/**
 * Compiles `templates/api/docs.hbs` once and returns the page of `doc` (an OpenAPI 3.1 document,
 * as `openApiDocument` makes it). Each language is rendered on first use and then kept.
 */
export function createApiDocsPage(doc: Record<string, unknown>, options: ApiDocsOptions = {}): ApiDocsPage {
  const links = options.links ?? API_DOCS_LINKS;
  const hbs = Handlebars.create();
  hbs.registerHelper('ui', function (this: unknown, key: string, helperOptions: Handlebars.HelperOptions) {
    const lang = (helperOptions.data as { root: { lang: Lang } }).root.lang;
    return translate(API_DOCS_MESSAGES, key, lang, helperOptions.hash as MessageParams);
  });
  const file = join(options.templatesDir ?? TEMPLATES_DIR, 'api', 'docs.hbs');
  const template = hbs.compile(readFileSync(file, 'utf8'), { strict: false, preventIndent: true });
  const rendered = new Map<Lang, string>();
  return (lang) => {
    let html = rendered.get(lang);
    if (html === undefined) {
      html = tidy(template(docsView(doc, lang, links)));
      rendered.set(lang, html);
    }
    return html;
  };
}

// ---------------------------------------------------------------------------------------------
// The view: every decision is made here; the template only lays it out.

/** A piece of text in a known language, with `code` spans (written in backticks in the document). */
interface Prose {
  /** Set when the text's language is not the page's. */
  lang?: Lang;
  parts: Array<{ text: string; code: boolean }>;
}

/** A piece of a line: words (in `lang` where not the page's), code, or a link within the page. */
type TypePart = { text: string; code?: boolean; href?: string; lang?: Lang };

interface FieldRow {
  name: string;
  label?: Prose;
  type: TypePart[];
  required: string;
  description?: Prose;
}

interface ParameterRow {
  name: string;
  in: string;
  type: TypePart[];
  required: string;
  description?: Prose;
}

/** The fields of a schema, one entry per field, under a heading or their own caption. */
interface FieldTable {
  rows: FieldRow[];
  caption?: string;
}

interface BodyView extends FieldTable {
  media: string[];
  type: TypePart[];
}

interface ResponseView {
  status: string;
  description?: Prose;
  headers: Array<{ name: string; description?: Prose; type: TypePart[] }>;
  body?: BodyView;
}

interface OperationView {
  anchor: string;
  method: string;
  path: string;
  summary?: Prose;
  description?: Prose;
  public: boolean;
  security: TypePart[];
  parameters: ParameterRow[];
  requestBody?: BodyView & { required: string };
  responses: ResponseView[];
}

interface TagView {
  anchor: string;
  heading: TypePart[];
  description?: Prose;
  operations: OperationView[];
}

interface SchemaView extends FieldTable {
  anchor: string;
  name: string;
  title?: Prose;
  description?: Prose;
  type: TypePart[];
}

/** Everything the template shows. */
export interface ApiDocsView {
  lang: Lang;
  title: string;
  apiTitle: Prose;
  version: string;
  description?: Prose;
  servers: string[];
  links: { stylesheet: string; openapi: string; self: string; notices: string; accessibility: string };
  languages: Array<{ lang: Lang; label: string; href: string; current: boolean }>;
  schemes: Array<{ name: string; kind: string; description?: Prose }>;
  tags: TagView[];
  schemas: SchemaView[];
}

/** Where a schema's texts stand: titles are field labels from definitions, descriptions by owner. */
interface Context {
  doc: Json;
  lang: Lang;
  /** The component schema the current node lies in, if any. */
  owner?: string;
  ui(key: string, params?: MessageParams): string;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'] as const;
const MAX_DEPTH = 8;

/** The view of the whole page in one language. */
export function docsView(doc: Json, lang: Lang, links: ApiDocsLinks): ApiDocsView {
  const ctx: Context = { doc, lang, ui: (key, params = {}) => translate(API_DOCS_MESSAGES, key, lang, params) };
  const info = obj(doc['info']) ?? {};
  const components = obj(doc['components']) ?? {};
  const schemes = obj(components['securitySchemes']) ?? {};
  return {
    lang,
    title: `${ctx.ui('docs.title')}: ${str(info['title']) ?? ''}`,
    apiTitle: prose(str(info['title']) ?? '', 'en', lang),
    version: str(info['version']) ?? '',
    ...opt('description', proseOf(info['description'], 'en', lang)),
    servers: (arr(doc['servers']) ?? []).map((server) => str(obj(server)?.['url']) ?? '').filter((url) => url !== ''),
    links: {
      stylesheet: links.stylesheet,
      openapi: links.openapi,
      self: links.self(lang),
      notices: links.notices(lang),
      accessibility: links.accessibility(lang),
    },
    languages: LANGS.map((code) => ({
      lang: code,
      label: translate(API_DOCS_MESSAGES, `docs.lang.${code}`, code),
      href: links.self(code),
      current: code === lang,
    })),
    schemes: Object.entries(schemes).map(([name, scheme]) => ({
      name,
      kind: schemeKind(obj(scheme) ?? {}, ctx),
      ...opt('description', proseOf(obj(scheme)?.['description'], 'en', lang)),
    })),
    tags: tagViews(doc, ctx),
    schemas: Object.entries(obj(components['schemas']) ?? {}).map(([name, schema]) => schemaView(name, schema, ctx)),
  };
}

function schemeKind(scheme: Json, ctx: Context): string {
  const name = str(scheme['name']) ?? '';
  switch (scheme['type']) {
    case 'apiKey':
      return ctx.ui(`docs.scheme.${scheme['in'] === 'cookie' ? 'cookie' : scheme['in'] === 'query' ? 'query' : 'header'}`, { name });
    case 'http':
      return str(scheme['scheme'])?.toLowerCase() === 'bearer'
        ? ctx.ui('docs.scheme.bearer')
        : ctx.ui('docs.scheme.http', { scheme: str(scheme['scheme']) ?? '' });
    default:
      return ctx.ui('docs.scheme.other', { type: String(scheme['type'] ?? '') });
  }
}

/** Operations grouped by their first tag, in the order of the document's `tags`. */
function tagViews(doc: Json, ctx: Context): TagView[] {
  const declared = (arr(doc['tags']) ?? []).map((tag) => obj(tag) ?? {});
  const groups = new Map<string, OperationView[]>(declared.map((tag) => [str(tag['name']) ?? '', []]));
  const anchors = new Set<string>();
  for (const [path, item] of Object.entries(obj(doc['paths']) ?? {})) {
    const pathItem = obj(item) ?? {};
    for (const method of METHODS) {
      const op = obj(pathItem[method]);
      if (!op) continue;
      const tag = str(arr(op['tags'])?.[0]) ?? '';
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push(operationView(path, method, op, pathItem, anchors, ctx));
    }
  }
  return [...groups.entries()]
    .filter(([, operations]) => operations.length > 0)
    .map(([name, operations], index) => {
      const tag = declared.find((candidate) => candidate['name'] === name) ?? {};
      const registryName = obj(tag['x-registry-name']);
      return {
        anchor: `tag-${index + 1}`,
        heading: registryName ? registryHeading(registryName, ctx) : [inLang(name, 'en', ctx.lang)],
        ...opt('description', proseOf(tag['description'], 'en', ctx.lang)),
        operations,
      };
    });
}

/** "Tietueet: <the register's name>", the name in the page's language where the register has it. */
function registryHeading(name: Json, ctx: Context): TypePart[] {
  const own = str(name[ctx.lang]);
  // The name may be in Finnish only, and is marked as such.
  const part = own !== undefined ? { text: own } : inLang(str(name['fi']) ?? '', 'fi', ctx.lang);
  return slot(ctx.ui('docs.tag.registry', { name: SLOT }), [part]);
}

function inLang(text: string, textLang: Lang, pageLang: Lang): TypePart {
  return textLang === pageLang ? { text } : { text, lang: textLang };
}

function operationView(path: string, method: string, op: Json, pathItem: Json, anchors: Set<string>, ctx: Context): OperationView {
  const security = arr(op['security']) ?? arr(ctx.doc['security']) ?? [];
  const requirements = security.map((requirement) => Object.keys(obj(requirement) ?? {}));
  const isPublic = requirements.length === 0 || requirements.some((names) => names.length === 0);
  const parameters = [...(arr(pathItem['parameters']) ?? []), ...(arr(op['parameters']) ?? [])].map((p) => deref(p, ctx.doc));
  const body = deref(op['requestBody'], ctx.doc);
  return {
    anchor: uniqueAnchor(`op-${str(op['operationId']) ?? `${method}-${path}`}`, anchors),
    method: method.toUpperCase(),
    path,
    ...opt('summary', proseOf(op['summary'], 'en', ctx.lang)),
    ...opt('description', proseOf(op['description'], 'en', ctx.lang)),
    public: isPublic,
    security: isPublic
      ? []
      : requirements.flatMap((names, index) => [
          ...(index > 0 ? [{ text: ctx.ui('docs.type.or') }] : []),
          ...names.flatMap((name, at) => [...(at > 0 ? [{ text: ' + ' }] : []), { text: name, code: true, href: '#auth' }]),
        ]),
    parameters: parameters.flatMap((parameter) => parameterRows(parameter, ctx)),
    ...opt(
      'requestBody',
      op['requestBody'] === undefined
        ? undefined
        : {
            ...bodyView(body, ctx),
            required: ctx.ui(body['required'] === true ? 'docs.request-body.required' : 'docs.request-body.optional'),
          },
    ),
    responses: Object.entries(obj(op['responses']) ?? {}).map(([status, response]) => responseView(status, deref(response, ctx.doc), ctx)),
  };
}

function parameterRows(parameter: Json, ctx: Context): ParameterRow[] {
  const name = str(parameter['name']) ?? '';
  const where = str(parameter['in']) ?? '';
  const schema = parameter['schema'];
  const base: ParameterRow = {
    name,
    in: ctx.ui(`docs.in.${where}`),
    type: describeType(schema, ctx),
    required: ctx.ui(parameter['required'] === true ? 'docs.required' : 'docs.optional'),
    ...opt('description', proseOf(parameter['description'], 'en', ctx.lang)),
  };
  const structure = parameter['style'] === 'deepObject' ? structural(schema, ctx) : undefined;
  const properties = structure && obj(structure.schema['properties']);
  if (!structure || !properties) return [base];
  // `filter[nimi]=…`: one row per key, labelled like a field.
  return [
    { ...base, type: [{ text: ctx.ui('docs.in.deep-object', { name }), code: true }] },
    ...Object.entries(properties).map(([key, sub]) => ({
      name: `${name}[${key}]`,
      in: base.in,
      type: describeType(sub, structure.ctx),
      required: ctx.ui('docs.optional'),
      ...opt('description', titleOf(sub, structure.ctx)),
    })),
  ];
}

function responseView(status: string, response: Json, ctx: Context): ResponseView {
  const content = obj(response['content']);
  return {
    status,
    ...opt('description', proseOf(response['description'], 'en', ctx.lang)),
    headers: Object.entries(obj(response['headers']) ?? {}).map(([name, header]) => {
      const resolved = deref(header, ctx.doc);
      return { name, type: describeType(resolved['schema'], ctx), ...opt('description', proseOf(resolved['description'], 'en', ctx.lang)) };
    }),
    ...opt('body', content ? { ...bodyView(response, ctx), caption: ctx.ui('docs.fields-of-response', { status }) } : undefined),
  };
}

/** A request or response body: its media types, the type of its schema and, if written in place, its fields. */
function bodyView(body: Json, ctx: Context): BodyView {
  const content = obj(body['content']) ?? {};
  const media = Object.keys(content);
  const schema = media.map((type) => obj(content[type])?.['schema']).find((candidate) => candidate !== undefined);
  return { media, type: describeType(schema, ctx), rows: fieldRows(schema, ctx) };
}

function schemaView(name: string, schema: unknown, ctx: Context): SchemaView {
  const inner = { ...ctx, owner: name };
  const node = obj(schema) ?? {};
  return {
    anchor: schemaAnchor(name),
    name,
    ...opt('title', proseOf(node['title'], 'fi', ctx.lang)),
    ...opt('description', proseOf(node['description'], textLang(inner), ctx.lang)),
    rows: fieldRows(schema, inner),
    type: describeType({ ...node, title: undefined, description: undefined }, inner),
  };
}

// ---------------------------------------------------------------------------------------------
// Schemas as tables

/**
 * The rows of an object schema written in place: one per property, nested objects and the entries
 * of lists expanded below their parent. A named schema (a component) is not expanded: its row links
 * to its own table.
 */
function fieldRows(schema: unknown, ctx: Context, prefix = '', depth = 0, rows: FieldRow[] = []): FieldRow[] {
  if (depth > MAX_DEPTH) return rows;
  const found = structural(schema, ctx);
  const properties = found && obj(found.schema['properties']);
  if (!found || !properties) return rows;
  const required = new Set((arr(found.schema['required']) ?? []).map(String));
  for (const [key, sub] of Object.entries(properties)) {
    const name = `${prefix}${key}`;
    const described = labelled(sub, found.ctx);
    rows.push({
      name,
      ...opt('label', described.title),
      type: describeType(sub, found.ctx),
      required: ctx.ui(required.has(key) ? 'docs.required' : 'docs.optional'),
      ...opt('description', described.description),
    });
    const child = structural(sub, found.ctx);
    // A field borrowed from another schema (`RecordData_x` from `Record_x`) is laid out there.
    if (!child || child.ctx.owner !== found.ctx.owner) continue;
    if (obj(child.schema['properties'])) fieldRows(sub, found.ctx, `${name}.`, depth + 1, rows);
    else if (child.schema['type'] === 'array' && child.schema['items'] !== undefined) fieldRows(child.schema['items'], child.ctx, `${name}[].`, depth + 1, rows);
  }
  return rows;
}

/**
 * The schema that gives a node its structure: references into other schemas followed, a "value or
 * null" reduced to the value. Undefined at a named schema, which has its own table.
 */
function structural(schema: unknown, ctx: Context, depth = 0): { schema: Json; ctx: Context } | undefined {
  const node = obj(schema);
  if (!node || depth > MAX_DEPTH) return undefined;
  const ref = str(node['$ref']);
  if (ref !== undefined) {
    if (componentName(ref) !== undefined) return undefined;
    const target = resolvePointer(ctx.doc, ref);
    return target === undefined ? undefined : structural(target, { ...ctx, owner: ownerOf(ref) }, depth + 1);
  }
  const alternatives = (arr(node['anyOf']) ?? arr(node['oneOf']) ?? []).filter((alt) => obj(alt)?.['type'] !== 'null');
  if (alternatives.length === 1) return structural(alternatives[0], ctx, depth + 1);
  return { schema: node, ctx };
}

/** A property's label and description, looked up through references into other schemas. */
function labelled(schema: unknown, ctx: Context, depth = 0): { title?: Prose; description?: Prose } {
  const node = obj(schema) ?? {};
  const ref = str(node['$ref']);
  const own = { title: titleOf(node, ctx), description: proseOf(node['description'], textLang(ctx), ctx.lang) };
  if (depth > MAX_DEPTH || (ref !== undefined && componentName(ref) !== undefined)) return own;
  // A "value or null" is labelled by its value.
  const alternatives = (arr(node['anyOf']) ?? arr(node['oneOf']) ?? []).filter((alt) => obj(alt)?.['type'] !== 'null');
  let further: { title?: Prose; description?: Prose } = {};
  if (ref !== undefined) {
    const target = resolvePointer(ctx.doc, ref);
    if (target !== undefined) further = labelled(target, { ...ctx, owner: ownerOf(ref) }, depth + 1);
  } else if (alternatives.length === 1) {
    further = labelled(alternatives[0], ctx, depth + 1);
  }
  return { title: own.title ?? further.title, description: own.description ?? further.description };
}

function titleOf(schema: unknown, ctx: Context): Prose | undefined {
  // Titles in this document are field labels from the register definitions, in Finnish.
  return proseOf(obj(schema)?.['title'], 'fi', ctx.lang);
}

/** What a value is, in words: `string (format date, at most 200 characters)`, `array of Foo`, … */
function describeType(schema: unknown, ctx: Context, depth = 0): TypePart[] {
  const node = obj(schema);
  if (schema === true || (node && Object.keys(node).every((key) => ['title', 'description'].includes(key) || node[key] === undefined))) {
    return [{ text: ctx.ui('docs.type.any') }];
  }
  if (!node || depth > MAX_DEPTH) return [{ text: ctx.ui('docs.type.any') }];
  const ref = str(node['$ref']);
  if (ref !== undefined) {
    const component = componentName(ref);
    if (component !== undefined) return [{ text: component, code: true, href: `#${schemaAnchor(component)}` }];
    const target = resolvePointer(ctx.doc, ref);
    if (target === undefined) return [{ text: ref, code: true }];
    const owner = ownerOf(ref);
    const parts = describeType(target, { ...ctx, owner }, depth + 1);
    // Where the borrowed value has fields of its own, they are listed in the schema it comes from.
    if (owner === undefined || owner === ctx.owner || !hasFields(target, { ...ctx, owner })) return parts;
    const link = { text: owner, code: true, href: `#${schemaAnchor(owner)}` };
    return [...parts, { text: ' (' }, ...slot(ctx.ui('docs.type.see', { name: SLOT }), [link]), { text: ')' }];
  }
  const alternatives = arr(node['anyOf']) ?? arr(node['oneOf']);
  if (alternatives) return joinParts(alternatives.map((alt) => describeType(alt, ctx, depth + 1)), ctx.ui('docs.type.or'));
  if (node['const'] !== undefined) return slot(ctx.ui('docs.type.const', { value: SLOT }), [{ text: literal(node['const']), code: true }]);
  const enumeration = arr(node['enum']);
  if (enumeration) {
    const values = joinParts(enumeration.map((value) => [{ text: literal(value), code: true }]), ', ');
    return slot(ctx.ui('docs.type.one-of', { values: SLOT }), values);
  }
  const types = arr(node['type'])?.map(String) ?? (str(node['type']) !== undefined ? [str(node['type'])!] : []);
  if (types.length === 0) return [{ text: ctx.ui('docs.type.any') }];
  const parts = joinParts(types.map((type) => baseType(type, node, ctx, depth)), ctx.ui('docs.type.or'));
  const notes = constraints(node, ctx);
  return notes.length ? [...parts, { text: ` (${notes.join(', ')})` }] : parts;
}

/** An object with properties, or a list of such objects. */
function hasFields(schema: unknown, ctx: Context): boolean {
  const found = structural(schema, ctx);
  if (!found) return false;
  if (obj(found.schema['properties'])) return true;
  return found.schema['type'] === 'array' && obj(structural(found.schema['items'], found.ctx)?.schema['properties']) !== undefined;
}

function baseType(type: string, node: Json, ctx: Context, depth: number): TypePart[] {
  if (type === 'array') return [{ text: ctx.ui('docs.type.array-of') }, ...describeType(node['items'], ctx, depth + 1)];
  const map = obj(node['additionalProperties']);
  if (type === 'object' && map && !obj(node['properties'])) return [{ text: ctx.ui('docs.type.map-of') }, ...describeType(map, ctx, depth + 1)];
  return [{ text: type }];
}

function constraints(node: Json, ctx: Context): string[] {
  const notes: string[] = [];
  if (str(node['format']) !== undefined) notes.push(ctx.ui('docs.type.format', { format: str(node['format']) }));
  const range = (min: string, max: string, both: string, atLeast: string, atMost: string) => {
    const low = typeof node[min] === 'number' && (min !== 'minLength' || node[min] !== 0) ? (node[min] as number) : undefined;
    const high = typeof node[max] === 'number' ? (node[max] as number) : undefined;
    if (low !== undefined && high !== undefined) notes.push(ctx.ui(both, { min: low, max: high }));
    else if (low !== undefined) notes.push(ctx.ui(atLeast, { n: low }));
    else if (high !== undefined) notes.push(ctx.ui(atMost, { n: high }));
  };
  // `minLength: 0` says nothing.
  range('minLength', 'maxLength', 'docs.type.length', 'docs.type.min-length', 'docs.type.max-length');
  range('minimum', 'maximum', 'docs.type.range', 'docs.type.min', 'docs.type.max');
  range('minItems', 'maxItems', 'docs.type.items', 'docs.type.min-items', 'docs.type.max-items');
  if (node['uniqueItems'] === true) notes.push(ctx.ui('docs.type.unique'));
  if (node['default'] !== undefined) notes.push(ctx.ui('docs.type.default', { value: literal(node['default']) }));
  return notes;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** A marker for where parts go into a translated sentence. */
const SLOT = '\u0000';

function slot(sentence: string, parts: TypePart[]): TypePart[] {
  const [before = '', after = ''] = sentence.split(SLOT);
  return [...(before ? [{ text: before }] : []), ...parts, ...(after ? [{ text: after }] : [])];
}

function joinParts(groups: TypePart[][], separator: string): TypePart[] {
  return groups.flatMap((group, index) => (index === 0 ? group : [{ text: separator }, ...group]));
}

function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Text with backtick spans as code; `lang` set only where it differs from the page's. */
function prose(text: string, textLang: Lang, pageLang: Lang): Prose {
  const parts = text.split('`').map((piece, index) => ({ text: piece, code: index % 2 === 1 })).filter((part) => part.text !== '');
  return { ...(textLang === pageLang ? {} : { lang: textLang }), parts };
}

function proseOf(value: unknown, textLang: Lang, pageLang: Lang): Prose | undefined {
  return typeof value === 'string' && value.trim() !== '' ? prose(value, textLang, pageLang) : undefined;
}

/** Descriptions inside a register's record schema come from its definition, in Finnish. */
function textLang(ctx: Context): Lang {
  return ctx.owner !== undefined && isRecordSchemaName(ctx.owner) ? 'fi' : 'en';
}

function componentName(ref: string): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match ? decodeSegment(match[1]!) : undefined;
}

function ownerOf(ref: string): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)/.exec(ref);
  return match ? decodeSegment(match[1]!) : undefined;
}

function decodeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A local JSON pointer reference (`#/components/…`) resolved in `doc`. */
function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = doc;
  for (const segment of ref.slice(1).split('/').slice(1)) {
    const key = decodeSegment(segment);
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/** A parameter, body, response or header, its `$ref` followed. */
function deref(value: unknown, doc: Json): Json {
  let node = obj(value) ?? {};
  for (let hops = 0; typeof node['$ref'] === 'string' && hops < MAX_DEPTH; hops++) node = obj(resolvePointer(doc, node['$ref'])) ?? {};
  return node;
}

function schemaAnchor(name: string): string {
  return `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function uniqueAnchor(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9_-]/g, '-');
  let anchor = base;
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
  taken.add(anchor);
  return anchor;
}

function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function arr(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Drops the blank lines and trailing blanks that template blocks leave behind. */
function tidy(html: string): string {
  return html.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n').trimStart();
}
