/**
 * Holds live HTTP exchanges to an OpenAPI 3.1 document: finds the operation by method and path
 * template (the most specific match, so a registry's own record paths win over `{registryId}`),
 * then checks that the status is documented, the media type is one the operation names, the
 * documented headers that are present have their shape, and the body validates against the
 * documented schema. Requests the app accepted are held to the document too (query parameters,
 * JSON body): a document stricter than the app is as wrong as a looser one. Schemas are compiled
 * with ajv 2020-12 — OpenAPI 3.1's own dialect — from the whole document, so every `$ref` into
 * `#/components/...` resolves as a client would resolve it. The checker remembers each operation
 * it saw, so a suite can tell what the document promises that nothing exercised.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { addRecordFormats } from '../../src/schema/formats.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The key under which the whole document is added to ajv. */
const DOC = 'openapi';

export interface DocumentedOperation {
  method: string;
  /** The path template as the document spells it. */
  path: string;
  operation: Json;
  /** Path-level and operation-level parameters, `$ref`s resolved. */
  parameters: Json[];
}

/** One request and its response, with the body already read as text. */
export interface Exchange {
  method: string;
  /** Path and query, e.g. `/api/registries/x/records?limit=5`. */
  url: string;
  requestBody?: unknown;
  status: number;
  headers: Headers;
  text: string;
}

/** `METHOD /path/template`, the name of an operation in reports. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

export class OpenApiContract {
  /** Operations seen at least once (`operationKey`). */
  readonly exercised = new Set<string>();
  private readonly ajv: Ajv2020;
  /** Parameters and headers arrive as strings: this instance coerces them to the schema's type. */
  private readonly ajvStrings: Ajv2020;
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  private readonly compiledStrings = new WeakMap<object, ValidateFunction>();
  private readonly warnings: string[] = [];
  private readonly matchers: Array<{ path: string; regex: RegExp; params: number; literal: number }>;

  constructor(readonly doc: Json) {
    const logger = { log: () => {}, warn: (...args: unknown[]) => this.warnings.push(args.join(' ')), error: (...args: unknown[]) => this.warnings.push(args.join(' ')) };
    const make = (coerceTypes: boolean): Ajv2020 => {
      // Not strict: OpenAPI adds keywords of its own (`discriminator`, `example`, …).
      const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes, logger });
      addRecordFormats(ajv);
      addFormats(ajv, ['uuid', 'uri-reference']);
      // OpenAPI's `password` is a hint to user interfaces, not a constraint.
      ajv.addFormat('password', true);
      ajv.addSchema(doc, DOC);
      return ajv;
    };
    this.ajv = make(false);
    this.ajvStrings = make(true);
    this.matchers = Object.keys(this.paths()).map((path) => {
      const parts = path.split(/(\{[^}]+\})/);
      const regex = new RegExp(`^${parts.map((part) => (/^\{.*\}$/.test(part) ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
      const params = parts.filter((part) => /^\{.*\}$/.test(part)).length;
      const literal = parts.filter((part) => !/^\{.*\}$/.test(part)).join('').length;
      return { path, regex, params, literal };
    });
  }

  /** Every operation of the document. */
  operations(): DocumentedOperation[] {
    return Object.entries(this.paths()).flatMap(([path, item]) =>
      HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => this.documented(method, path)),
    );
  }

  /** The operation answering `method` on `pathname`: of the templates that match, the one with fewest variables and most literal text. */
  find(method: string, pathname: string): DocumentedOperation | undefined {
    const lower = method.toLowerCase();
    const candidates = this.matchers
      .filter((matcher) => matcher.regex.test(pathname) && this.paths()[matcher.path]![lower] !== undefined)
      .sort((a, b) => a.params - b.params || b.literal - a.literal);
    return candidates[0] ? this.documented(lower, candidates[0].path) : undefined;
  }

  /** Operations never exercised, as `METHOD /path`. */
  unexercised(): string[] {
    return this.operations()
      .map(({ method, path }) => operationKey(method, path))
      .filter((key) => !this.exercised.has(key));
  }

  /** What ajv warned about while compiling (an unknown format silently checks nothing, so it counts as a problem). */
  compileWarnings(): string[] {
    return [...this.warnings];
  }

  /**
   * The ways `exchange` departs from the document; empty when it conforms. Marks the operation
   * exercised. A 2xx answer also holds the request to the document (its query and JSON body).
   */
  check(exchange: Exchange): string[] {
    const url = new URL(exchange.url, 'http://localhost');
    const name = `${exchange.method.toUpperCase()} ${url.pathname}${url.search} → ${exchange.status}`;
    const op = this.find(exchange.method, url.pathname);
    if (!op) return [`${name}: no operation in the document`];
    this.exercised.add(operationKey(op.method, op.path));
    const problems = [...this.checkResponse(op, exchange), ...(exchange.status < 300 ? this.checkRequest(op, exchange, url) : [])];
    return problems.map((problem) => `${name} (${operationKey(op.method, op.path)}): ${problem}`);
  }

  private checkResponse(op: DocumentedOperation, exchange: Exchange): string[] {
    const responses = (op.operation['responses'] ?? {}) as Json;
    const status = String(exchange.status);
    const declared = responses[status] ?? responses[`${status[0]}XX`] ?? responses['default'];
    if (declared === undefined) return [`status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
    const response = this.deref(declared);
    const problems: string[] = [];

    for (const [headerName, headerDecl] of Object.entries((response['headers'] ?? {}) as Json)) {
      const value = exchange.headers.get(headerName);
      const header = this.deref(headerDecl);
      if (value === null) {
        if (header['required'] === true) problems.push(`required header ${headerName} is missing`);
        continue;
      }
      if (header['schema'] !== undefined) problems.push(...this.validateString(header['schema'] as Json, value).map((e) => `header ${headerName}: ${e}`));
    }

    const content = response['content'] as Json | undefined;
    const contentType = exchange.headers.get('Content-Type');
    if (!content) {
      if (exchange.text !== '') problems.push(`a body is sent (${contentType ?? 'no Content-Type'}) where the document describes none`);
      return problems;
    }
    if (contentType === null) return [...problems, `no Content-Type; documented: ${Object.keys(content).join(', ')}`];
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    const key = Object.keys(content).find((candidate) => mediaTypeMatches(candidate, mediaType));
    if (key === undefined) return [...problems, `Content-Type ${mediaType} is not documented (documented: ${Object.keys(content).join(', ')})`];
    const schema = (content[key] as Json)['schema'] as Json | undefined;
    if (schema === undefined) return problems;
    let body: unknown = exchange.text;
    if (isJson(mediaType)) {
      try {
        body = JSON.parse(exchange.text);
      } catch {
        return [...problems, `the body is not JSON though the Content-Type is ${mediaType}`];
      }
    }
    problems.push(...this.validate(schema, body).map((e) => `body ${e}`));
    return problems;
  }

  private checkRequest(op: DocumentedOperation, exchange: Exchange, url: URL): string[] {
    const problems: string[] = [];
    const query = op.parameters.filter((parameter) => parameter['in'] === 'query');
    const deep = new Map<string, Json>();
    for (const [name, value] of url.searchParams) {
      const bracket = /^([^[\]]+)\[([^[\]]+)\]$/.exec(name);
      const parameter = query.find((candidate) => candidate['name'] === (bracket ? bracket[1] : name));
      if (!parameter) {
        problems.push(`query parameter ${name} is not documented`);
        continue;
      }
      if (bracket) {
        if (parameter['style'] !== 'deepObject') problems.push(`query parameter ${name}: ${parameter['name'] as string} is not a deepObject`);
        const object = deep.get(bracket[1]!) ?? {};
        object[bracket[2]!] = value;
        deep.set(bracket[1]!, object);
        continue;
      }
      problems.push(...this.validateString(parameter['schema'] as Json, value).map((e) => `query parameter ${name}: ${e}`));
    }
    for (const [name, object] of deep) {
      const parameter = query.find((candidate) => candidate['name'] === name)!;
      problems.push(...this.validateString(parameter['schema'] as Json, object).map((e) => `query parameter ${name}: ${e}`));
    }
    for (const parameter of query) {
      if (parameter['required'] === true && ![...url.searchParams.keys()].some((key) => key === parameter['name'] || key.startsWith(`${parameter['name'] as string}[`))) {
        problems.push(`required query parameter ${parameter['name'] as string} is missing`);
      }
    }
    const requestBody = op.operation['requestBody'];
    if (exchange.requestBody !== undefined && requestBody !== undefined) {
      const node = this.deref(requestBody);
      const schema = (((node['content'] ?? {}) as Json)['application/json'] as Json | undefined)?.['schema'] as Json | undefined;
      if (schema) problems.push(...this.validate(schema, exchange.requestBody).map((e) => `request body ${e}`));
    }
    return problems;
  }

  /** Whether `value` validates against a schema of the document (its `$ref`s resolved in the document). */
  validate(schema: Json, value: unknown): string[] {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema));
      this.compiled.set(schema, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
  }

  /** Like `validate`, for a value that arrived as text (a header, a query parameter): coerced to the schema's type first. */
  private validateString(schema: Json, value: unknown): string[] {
    let validate = this.compiledStrings.get(schema);
    if (!validate) {
      // ajv coerces only values that have a parent: wrap.
      validate = this.ajvStrings.compile({ type: 'object', properties: { value: rebase(schema) } });
      this.compiledStrings.set(schema, validate);
    }
    return validate({ value: structuredClone(value) }) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath.replace(/^\/value/, '') || '/'} ${error.message ?? error.keyword}`);
  }

  private paths(): Record<string, Json> {
    return this.doc['paths'] as Record<string, Json>;
  }

  private documented(method: string, path: string): DocumentedOperation {
    const item = this.paths()[path]!;
    const operation = item[method] as Json;
    const resolve = (list: unknown): Json[] => ((list ?? []) as Json[]).map((parameter) => this.deref(parameter));
    const own = resolve(operation['parameters']);
    const shared = resolve(item['parameters']).filter((parameter) => !own.some((o) => o['name'] === parameter['name'] && o['in'] === parameter['in']));
    return { method, path, operation, parameters: [...shared, ...own] };
  }

  /** Follows `$ref`s inside the document (responses, headers, parameters, request bodies). */
  private deref(node: unknown): Json {
    let current = node as Json;
    for (let hops = 0; typeof current['$ref'] === 'string'; hops++) {
      const ref = current['$ref'] as string;
      if (hops > 20) throw new Error(`$ref loop at ${ref}`);
      current = resolvePointer(this.doc, ref.slice(1)) as Json;
      if (current === undefined) throw new Error(`dangling $ref ${ref}`);
    }
    return current;
  }
}

/** A copy of a schema whose local references point into the document added to ajv. */
function rebase(node: unknown): Json {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' && inner.startsWith('#') ? `${DOC}${inner}` : walk(inner)]),
    );
  };
  return walk(node) as Json;
}

function resolvePointer(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/** A media type range of the document (`application/json`, `text/*`, `*\/*`) against a response's media type. */
function mediaTypeMatches(range: string, mediaType: string): boolean {
  const [type, subtype] = range.toLowerCase().split('/');
  const [actualType, actualSubtype] = mediaType.split('/');
  return (type === '*' || type === actualType) && (subtype === '*' || subtype === actualSubtype);
}

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}
