/**
 * The OpenAPI 3.1 document of the records API, generated from the registry models once at
 * start-up. OpenAPI 3.1 speaks JSON Schema 2020-12, so each registry's record schema is the very
 * one the API validates with (`recordSchema`), not a copy in another dialect. Every registry gets
 * its own concrete record paths (`/api/registries/raisio-tyollisyyspalvelut/records`) so that each
 * operation carries that registry's typed schemas; the endpoints whose shape does not depend on the
 * registry keep the `{registryId}` form. Summaries and descriptions are in English: the document is
 * for developers. The output depends only on the models and the options (registries are sorted by
 * id), so the same input always gives the same JSON.
 */
import { ROLE_ABILITIES } from '../check/meta-schema.js';
import { FIELD_TYPES } from '../fields/registry.js';
import type { Registry } from '../model/types.js';
import { recordSchema } from '../schema/record-schema.js';
import { LIFECYCLE_TAG, lifecyclePaths, lifecycleSchemas } from './openapi-lifecycle.js';
import { CONSENTS_TAG, consentPaths, consentSchemas } from './openapi-consents.js';
import { RETENTION_TAG, retentionPaths, retentionSchemas } from './openapi-retention.js';
import { REQUESTS_TAG, requestPaths, requestSchemas } from './openapi-requests.js';

export type Json = Record<string, unknown>;

export interface OpenApiOptions {
  /** The API's version (`info.version`), e.g. the package version. */
  version: string;
  /** Base URL of the server; without it clients use the document's own origin. */
  serverUrl?: string;
}

/** Operations anyone may call; every other operation needs a session or an API token. */
export const PUBLIC_PATHS: readonly string[] = ['/health', '/api/login', '/api/openapi.json', '/api/docs'];


/** Security schemes by name, as in `components.securitySchemes`. */
const SESSION = 'sessionCookie';
const BEARER = 'apiToken';
const AUTHENTICATED = [{ [SESSION]: [] }, { [BEARER]: [] }];

/** Registry ids hold `a–z`, digits and `-`, never `_`: swapping `-` for `_` keeps names unique. */
function suffix(registryId: string): string {
  return registryId.replace(/-/g, '_');
}

/** The component names of one registry's schemas (`Record_raisio_tyollisyyspalvelut`, …). */
export function registrySchemaNames(registryId: string): {
  record: string;
  data: string;
  patch: string;
  envelope: string;
  list: string;
  personMatch: string;
} {
  const s = suffix(registryId);
  return {
    record: `Record_${s}`,
    data: `RecordData_${s}`,
    patch: `RecordPatch_${s}`,
    envelope: `RecordEnvelope_${s}`,
    list: `RecordList_${s}`,
    personMatch: `PersonMatch_${s}`,
  };
}

/** Whether a component schema is a registry's record schema (its texts come from the definition, in Finnish). */
export function isRecordSchemaName(name: string): boolean {
  return name.startsWith('Record_');
}

/** The tag of a registry's record operations. */
export function registryTag(registryId: string): string {
  return `Records: ${registryId}`;
}

/**
 * The OpenAPI 3.1 document of the API serving `registries`. Build it once at start-up and serve
 * the same object at `/api/openapi.json`.
 */
export function openApiDocument(registries: readonly Registry[], options: OpenApiOptions): Record<string, unknown> {
  const sorted = [...registries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const paths: Json = {
    ...systemPaths(),
    ...sessionPaths(),
    ...registryPaths(),
    ...Object.assign({}, ...sorted.map(recordPaths)),
    ...auditPaths(),
    ...personPaths(sorted),
    ...reportPaths(),
    ...lifecyclePaths(sorted),
    ...consentPaths(sorted),
    ...retentionPaths(sorted),
    ...requestPaths(sorted),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'seloste records API',
      version: options.version,
      description:
        'The records of the personal-data registers served by this seloste installation. Each register is described by its ' +
        'definition; the record schemas, the paths under `/api/registries/<id>/records` and this document are generated from it. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`). Every read and write of personal data is written to the audit log.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [
      { name: 'System', description: 'Health check and the description of this API.' },
      { name: 'Session', description: 'Signing in and out with a staff account; the session is kept in the `seloste_session` cookie.' },
      { name: 'Registries', description: 'The registers the caller holds a role in, with what the caller may read and write.' },
      ...sorted.map((registry) => ({
        name: registryTag(registry.id),
        description: `Records of the register \`${registry.id}\`.`,
        'x-registry-name': Object.fromEntries(Object.entries(registry.name).filter(([, text]) => text !== undefined)),
      })),
      { name: 'Audit', description: 'The append-only, hash-chained audit log of reads and writes of personal data.' },
      { name: 'Persons', description: 'Finding a person across registers by personal identity code, and who has handled their data.' },
      LIFECYCLE_TAG,
      CONSENTS_TAG,
      RETENTION_TAG,
      REQUESTS_TAG,
    ],
    paths,
    components: components(sorted),
  };
}

// ---------------------------------------------------------------------------------------------
// Building blocks (exported for the workflows' paths, `openapi-*.ts`)

export const ref = (kind: string, name: string): Json => ({ $ref: `#/components/${kind}/${name}` });
export const schemaRef = (name: string): Json => ref('schemas', name);
export const responseRef = (name: string): Json => ref('responses', name);
export const parameterRef = (name: string): Json => ref('parameters', name);
export const headerRef = (name: string): Json => ref('headers', name);

export function json(schema: Json, mediaType = 'application/json'): Json {
  return { [mediaType]: { schema } };
}

export function problem(description: string, headers?: Json): Json {
  return { description, ...(headers ? { headers } : {}), content: json(schemaRef('Problem'), 'application/problem+json') };
}

export interface OperationSpec {
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Public operations are listed in PUBLIC_PATHS. */
  public?: boolean;
  parameters?: Json[];
  requestBody?: Json;
  responses: Json;
}

export function operation(spec: OperationSpec): Json {
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    security: spec.public ? [] : AUTHENTICATED,
    ...(spec.parameters?.length ? { parameters: spec.parameters } : {}),
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses: spec.responses,
  };
}

export function jsonBody(schema: Json, description: string): Json {
  return { description, required: true, content: json(schema) };
}

// ---------------------------------------------------------------------------------------------
// Paths

function systemPaths(): Json {
  return {
    '/health': {
      get: operation({
        operationId: 'getHealth',
        tag: 'System',
        summary: 'Health check',
        description: 'Whether the server runs and its database answers; for load balancers and monitoring.',
        public: true,
        responses: { '200': { description: 'The server is healthy.', content: json(schemaRef('Health')) } },
      }),
    },
    '/api/openapi.json': {
      get: operation({
        operationId: 'getOpenApiDocument',
        tag: 'System',
        summary: 'This OpenAPI document',
        description: 'The OpenAPI 3.1 description of this API, generated from the register definitions at start-up.',
        public: true,
        responses: {
          '200': {
            description: 'The OpenAPI document.',
            content: json({ type: 'object', description: 'An OpenAPI 3.1 document.' }),
          },
        },
      }),
    },
    '/api/docs': {
      get: operation({
        operationId: 'getApiDocs',
        tag: 'System',
        summary: 'API reference page',
        description: 'This document as a readable HTML page, in Finnish, Swedish or English (`lang` or Accept-Language).',
        public: true,
        parameters: [
          {
            name: 'lang',
            in: 'query',
            required: false,
            description: 'Language of the page; without it the Accept-Language header decides, else Finnish.',
            schema: { type: 'string', enum: ['fi', 'sv', 'en'] },
          },
        ],
        responses: { '200': { description: 'The page.', content: json({ type: 'string' }, 'text/html') } },
      }),
    },
  };
}

function sessionPaths(): Json {
  return {
    '/api/login': {
      post: operation({
        operationId: 'login',
        tag: 'Session',
        summary: 'Sign in',
        description: 'Checks a staff account\'s username and password and starts a session. Repeated failures are throttled.',
        public: true,
        requestBody: jsonBody(schemaRef('LoginRequest'), 'The credentials.'),
        responses: {
          '200': {
            description: 'Signed in; the session cookie is set.',
            headers: { 'Set-Cookie': headerRef('SetSessionCookie') },
            content: json(schemaRef('Session')),
          },
          '400': responseRef('BadRequest'),
          '401': problem('Wrong username or password.'),
          '413': responseRef('PayloadTooLarge'),
          '415': responseRef('UnsupportedMediaType'),
          '429': responseRef('TooManyRequests'),
        },
      }),
    },
    '/api/logout': {
      post: operation({
        operationId: 'logout',
        tag: 'Session',
        summary: 'Sign out',
        description: 'Ends the session and clears the session cookie.',
        responses: {
          '204': { description: 'Signed out.', headers: { 'Set-Cookie': headerRef('ClearSessionCookie') } },
          '401': responseRef('Unauthorized'),
        },
      }),
    },
    '/api/me': {
      get: operation({
        operationId: 'getSession',
        tag: 'Session',
        summary: 'The signed-in user',
        description: 'Who the caller is and the roles they hold in each register.',
        responses: { '200': { description: 'The caller.', content: json(schemaRef('Session')) }, '401': responseRef('Unauthorized') },
      }),
    },
  };
}

function registryPaths(): Json {
  return {
    '/api/registries': {
      get: operation({
        operationId: 'listRegistries',
        tag: 'Registries',
        summary: 'List registers',
        description: 'The registers in which the caller holds a role.',
        responses: { '200': { description: 'The registers.', content: json(schemaRef('RegistryList')) }, '401': responseRef('Unauthorized') },
      }),
    },
    '/api/registries/{registryId}': {
      get: operation({
        operationId: 'getRegistry',
        tag: 'Registries',
        summary: 'Describe a register',
        description: 'The categories and fields of a register, which of them the caller may read and write, and its lifecycle states.',
        parameters: [parameterRef('RegistryId')],
        responses: {
          '200': { description: 'The register.', content: json(schemaRef('RegistryDetail')) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register.'),
        },
      }),
    },
    '/api/registries/{registryId}/schema.json': {
      get: operation({
        operationId: 'getRecordSchema',
        tag: 'Registries',
        summary: 'Record schema',
        description:
          'The JSON Schema (2020-12) of a record of the register, the one the API validates with. It is also in this document as `Record_<registry id>` (with `-` written as `_`).',
        parameters: [parameterRef('RegistryId')],
        responses: {
          '200': {
            description: 'The record schema.',
            content: json({ type: 'object', description: 'A JSON Schema (2020-12).' }, 'application/schema+json'),
          },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register.'),
        },
      }),
    },
  };
}

/** The concrete record paths of one registry, typed with its own schemas. */
function recordPaths(registry: Registry): Json {
  const names = registrySchemaNames(registry.id);
  const s = suffix(registry.id);
  const tag = registryTag(registry.id);
  const base = `/api/registries/${registry.id}/records`;
  const notFound = problem('No such record in this register.');
  return {
    [base]: {
      get: operation({
        operationId: `listRecords_${s}`,
        tag,
        summary: 'List records',
        description:
          'Records of the register, a page at a time. Fields the caller may not read are left out of each record; a protected address withheld from the caller is named in its `hidden`.',
        parameters: listParameters(registry),
        responses: {
          '200': { description: 'One page of records.', content: json(schemaRef(names.list)) },
          '400': problem('A query parameter is not valid (unknown sort field, limit out of range, …).'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register.'),
        },
      }),
      post: operation({
        operationId: `createRecord_${s}`,
        tag,
        summary: 'Create a record',
        description:
          'Validates the record against the register\'s record schema and stores it. With an `Idempotency-Key`, a retry of the same request returns the record created the first time instead of creating another.',
        parameters: [parameterRef('IdempotencyKey')],
        requestBody: jsonBody(schemaRef(names.record), 'The record.'),
        responses: {
          '201': {
            description: 'Created.',
            headers: { Location: headerRef('Location'), ETag: headerRef('ETag') },
            content: json(schemaRef(names.envelope)),
          },
          '200': {
            description: 'A replay: this `Idempotency-Key` with this body already created the record, which is returned again.',
            headers: { 'Idempotent-Replayed': headerRef('IdempotentReplayed'), ETag: headerRef('ETag') },
            content: json(schemaRef(names.envelope)),
          },
          '400': responseRef('BadRequest'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '409': problem('This `Idempotency-Key` created a record that has since been deleted.'),
          '413': responseRef('PayloadTooLarge'),
          '415': responseRef('UnsupportedMediaType'),
          '422': problem(
            'The record is not valid (each problem is in `errors`, with its JSON pointer, field and message), or the `Idempotency-Key` was already used with a different body.',
          ),
        },
      }),
    },
    [`${base}/{recordId}`]: {
      get: operation({
        operationId: `getRecord_${s}`,
        tag,
        summary: 'Read a record',
        parameters: [parameterRef('RecordId')],
        responses: {
          '200': { description: 'The record.', headers: { ETag: headerRef('ETag') }, content: json(schemaRef(names.envelope)) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': notFound,
        },
      }),
      patch: operation({
        operationId: `updateRecord_${s}`,
        tag,
        summary: 'Update a record',
        description:
          'A JSON merge patch of the record\'s values: each top-level key given replaces that field\'s value, `null` clears an optional field, keys not given stay as they are. The result is validated as a whole. With `If-Match`, the update is made only if the record is still at that version.',
        parameters: [parameterRef('RecordId'), parameterRef('IfMatch')],
        requestBody: jsonBody(schemaRef(names.patch), 'The fields to change.'),
        responses: {
          '200': { description: 'The updated record.', headers: { ETag: headerRef('ETag') }, content: json(schemaRef(names.envelope)) },
          '400': responseRef('BadRequest'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': notFound,
          '409': problem('The record was changed by someone else (read it again and retry), or its processing is restricted at the person\'s request (GDPR 18: nothing but storage until the restriction is lifted).'),
          '412': problem('The record is no longer at the version given in `If-Match`.'),
          '413': responseRef('PayloadTooLarge'),
          '415': responseRef('UnsupportedMediaType'),
          '422': problem('The updated record would not be valid; each problem is in `errors`.'),
        },
      }),
      delete: operation({
        operationId: `deleteRecord_${s}`,
        tag,
        summary: 'Delete a record',
        parameters: [parameterRef('RecordId')],
        responses: {
          '204': { description: 'Deleted.' },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': notFound,
          '409': problem('The record cannot be deleted now: its processing is restricted at the person\'s request (GDPR 18), or a legal hold keeps it.'),
        },
      }),
    },
  };
}

function auditPaths(): Json {
  return {
    '/api/registries/{registryId}/records/{recordId}/audit': {
      get: operation({
        operationId: 'getRecordAudit',
        tag: 'Audit',
        summary: 'Audit trail of a record',
        description: 'Every logged read and write of the record, oldest first. Needs a role with the `view-audit` ability.',
        parameters: [parameterRef('RegistryId'), parameterRef('RecordId'), parameterRef('AuditLimit'), parameterRef('Offset')],
        responses: {
          '200': { description: 'The record\'s audit entries.', content: json(schemaRef('AuditList')) },
          '400': problem('A query parameter is not valid.'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or record.'),
        },
      }),
    },
    '/api/audit': {
      get: operation({
        operationId: 'listAuditEntries',
        tag: 'Audit',
        summary: 'Search the audit log',
        description: 'Audit entries, filtered by register, record and actor, a page at a time. Needs the `view-audit` ability.',
        parameters: [
          { name: 'registry', in: 'query', required: false, description: 'Only entries of this register.', schema: schemaRef('RegistryIdValue') },
          { name: 'record', in: 'query', required: false, description: 'Only entries that concern this record.', schema: { type: 'string', format: 'uuid' } },
          { name: 'actor', in: 'query', required: false, description: 'Only entries of this user or API token.', schema: { type: 'string', minLength: 1 } },
          parameterRef('AuditLimit'),
          parameterRef('Offset'),
        ],
        responses: {
          '200': { description: 'The matching audit entries.', content: json(schemaRef('AuditList')) },
          '400': problem('A query parameter is not valid.'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
        },
      }),
    },
  };
}

function personPaths(registries: readonly Registry[]): Json {
  const personBody = jsonBody(schemaRef('PersonQuery'), 'Whom to look for.');
  const personErrors = {
    '400': problem('The body is not JSON, or the personal identity code is missing or not valid.'),
    '401': responseRef('Unauthorized'),
    '403': responseRef('Forbidden'),
    '413': responseRef('PayloadTooLarge'),
    '415': responseRef('UnsupportedMediaType'),
  };
  const lookupRegistries = registries.filter(allowsLookup).map((registry) => `\`${registry.id}\``);
  return {
    '/api/persons/lookup': {
      post: operation({
        operationId: 'lookupPerson',
        tag: 'Persons',
        summary: 'Find a person\'s records',
        description:
          'The records of the person in every register where the caller\'s role has the `lookup-person` ability' +
          (lookupRegistries.length ? ` (registers that allow it: ${lookupRegistries.join(', ')}).` : ' (no register allows it).') +
          ' The code is sent in the body, never in the URL, so that it stays out of logs.',
        requestBody: personBody,
        responses: { '200': { description: 'The person\'s records.', content: json(schemaRef('PersonLookupResult')) }, ...personErrors },
      }),
    },
    '/api/persons/audit': {
      post: operation({
        operationId: 'personAudit',
        tag: 'Persons',
        summary: 'Who handled a person\'s data',
        description: 'Every audit entry about the person\'s records, across registers. Needs the `view-audit` ability.',
        requestBody: personBody,
        responses: { '200': { description: 'The audit entries.', content: json(schemaRef('PersonAuditList')) }, ...personErrors },
      }),
    },
  };
}

function reportPaths(): Json {
  const reportId: Json = { name: 'reportId', in: 'path', required: true, description: 'The report\'s id, as the definition declares it.', schema: { type: 'string', minLength: 1 } };
  return {
    '/api/registries/{registryId}/reports': {
      get: operation({
        operationId: 'listReports',
        tag: 'Registries',
        summary: 'List reports',
        description: 'The reports the register declares that the caller may run: all of them with the `run-reports` ability, none without.',
        parameters: [parameterRef('RegistryId')],
        responses: {
          '200': { description: 'The reports.', content: json(schemaRef('ReportList')) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register.'),
        },
      }),
    },
    '/api/registries/{registryId}/reports/{reportId}': {
      get: operation({
        operationId: 'runReport',
        tag: 'Registries',
        summary: 'Run a report',
        description:
          'Counts the records (or the entries of a repeating group) by the report\'s dimensions over a period; date dimensions are counted by month. ' +
          'Counts below the report\'s minimum (default 5) are suppressed (`null`, in CSV `<5`), and a further cell when one alone could be worked out from the total. ' +
          'Without `from` and `to` the period is the latest full period of the report ending today (everything for a report without a period). ' +
          'Needs the `run-reports` ability; the run is audited as an export without record ids.',
        parameters: [
          parameterRef('RegistryId'),
          reportId,
          { name: 'from', in: 'query', required: false, description: 'First day of the period (inclusive), `YYYY-MM-DD`.', schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', required: false, description: 'Last day of the period (inclusive), `YYYY-MM-DD`.', schema: { type: 'string', format: 'date' } },
          { name: 'format', in: 'query', required: false, description: '`json` (default) or `csv` (UTF-8 with BOM, RFC 4180).', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
          { name: 'lang', in: 'query', required: false, description: 'The language of labels: `fi`, `sv` or `en`.', schema: { type: 'string', enum: ['fi', 'sv', 'en'] } },
        ],
        responses: {
          '200': {
            description: 'The report.',
            headers: { 'Content-Disposition': { description: 'For CSV: `attachment; filename="<report>-<from>-<to>.csv"`.', schema: { type: 'string' } } },
            content: { ...json(schemaRef('ReportResult')), ...json({ type: 'string', description: 'CSV: a header of the dimension labels and the count, a row per combination, the total last.' }, 'text/csv') },
          },
          '400': problem('A date is not `YYYY-MM-DD`, the period ends before it starts, or the format or another query parameter is not valid.'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or report.'),
        },
      }),
    },
  };
}

function allowsLookup(registry: Registry): boolean {
  return registry.roles.some((role) => role.can.includes('lookup-person'));
}

// ---------------------------------------------------------------------------------------------
// Query parameters of a record list

const PLAIN_TYPES = ['string', 'number', 'integer', 'boolean'];

/**
 * The values a list can be sorted and filtered by: top-level fields with one plain value (text,
 * number, yes/no, date, choice…), and for filters also lists of choices (a record matches when its
 * list holds the option). Addresses, files and repeating groups are neither.
 */
function queryableFields(registry: Registry): { sort: string[]; filter: Array<[string, Json]> } {
  const properties = recordSchema(registry)['properties'] as Record<string, Json>;
  const sort: string[] = [];
  const filter: Array<[string, Json]> = [];
  for (const field of registry.categories.flatMap((category) => category.fields)) {
    const schema = properties[field.id] ?? {};
    if (PLAIN_TYPES.includes(schema['type'] as string)) {
      sort.push(field.id);
      filter.push([field.id, pick(schema, ['title', 'type', 'enum', 'format'])]);
    } else if (field.type === 'multi-choice') {
      filter.push([field.id, { title: schema['title'], ...pick((schema['items'] ?? {}) as Json, ['type', 'enum']) }]);
    }
  }
  return { sort, filter };
}

function listParameters(registry: Registry): Json[] {
  const queryable = queryableFields(registry);
  const sortKeys = [...queryable.sort, 'created_at', 'updated_at'];
  const parameters: Json[] = [
    parameterRef('Limit'),
    parameterRef('Offset'),
    {
      name: 'sort',
      in: 'query',
      required: false,
      description: 'The field to sort by; a `-` before it sorts in descending order.',
      schema: { type: 'string', enum: sortKeys.flatMap((key) => [key, `-${key}`]) },
    },
    {
      name: 'q',
      in: 'query',
      required: false,
      description: 'Words to search for in the fields the caller may read.',
      schema: { type: 'string', maxLength: 200 },
    },
  ];
  if (queryable.filter.length > 0) {
    parameters.push({
      name: 'filter',
      in: 'query',
      required: false,
      style: 'deepObject',
      explode: true,
      description:
        'Only records whose field has this value: `filter[<field id>]=<value>`, one per field, all of them matching. For a list of choices: records whose list holds the option.',
      schema: { type: 'object', additionalProperties: false, properties: Object.fromEntries(queryable.filter) },
    });
  }
  if (registry.lifecycle) {
    parameters.push({
      name: 'state',
      in: 'query',
      required: false,
      description: 'Only records in this lifecycle state.',
      schema: { type: 'string', enum: registry.lifecycle.states.map((state) => state.id) },
    });
  }
  return parameters;
}

function pick(schema: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((key) => schema[key] !== undefined).map((key) => [key, schema[key]]));
}

// ---------------------------------------------------------------------------------------------
// Components

function components(registries: readonly Registry[]): Json {
  return {
    schemas: {
      ...sharedSchemas(registries),
      ...Object.assign({}, ...registries.map(registrySchemas)),
      ...personSchemas(registries),
      ...lifecycleSchemas(registries),
      ...consentSchemas(),
      ...retentionSchemas(),
      ...requestSchemas(),
    },
    parameters: {
      RegistryId: {
        name: 'registryId',
        in: 'path',
        required: true,
        description: 'The register\'s id.',
        schema: schemaRef('RegistryIdValue'),
      },
      RecordId: { name: 'recordId', in: 'path', required: true, description: 'The record\'s id.', schema: { type: 'string', format: 'uuid' } },
      Limit: {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'How many items to return at most.',
        schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
      },
      AuditLimit: {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'How many entries to return at most.',
        schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
      },
      Offset: {
        name: 'offset',
        in: 'query',
        required: false,
        description: 'How many items to skip.',
        schema: { type: 'integer', minimum: 0, default: 0 },
      },
      IdempotencyKey: {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'A key of the client\'s choice (e.g. a UUID; 1–200 visible ASCII characters) that makes retrying the request safe: the same key with the same body creates the record only once.',
        schema: { type: 'string', pattern: '^[!-~]{1,200}$' },
      },
      IfMatch: {
        name: 'If-Match',
        in: 'header',
        required: false,
        description: 'The version the update is based on, as the `ETag` of the read gave it, e.g. `"3"`; `*` or no header: any version.',
        schema: { type: 'string', pattern: '^(\\*|(W/)?"[0-9]{1,12}")$' },
      },
    },
    headers: {
      Location: { description: 'The URL of the new record.', schema: { type: 'string', format: 'uri-reference' } },
      ETag: { description: 'The record\'s version as an entity tag, e.g. `"3"`; send it back in `If-Match`.', schema: { type: 'string' } },
      RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
      IdempotentReplayed: { description: 'Present on a replayed response.', schema: { type: 'string', const: 'true' } },
      SetSessionCookie: {
        description: 'The session cookie `seloste_session` (HttpOnly, SameSite=Strict).',
        schema: { type: 'string' },
      },
      ClearSessionCookie: { description: 'Clears the session cookie.', schema: { type: 'string' } },
    },
    responses: {
      BadRequest: problem('The request is malformed: the body is not JSON, or a parameter is not valid.'),
      Unauthorized: problem('No valid session or API token.'),
      Forbidden: problem('The caller\'s role does not allow this.'),
      PayloadTooLarge: problem('The request body is too large.'),
      UnsupportedMediaType: problem('The request body is not `application/json`.'),
      TooManyRequests: problem('Too many failed attempts; wait before trying again.', { 'Retry-After': headerRef('RetryAfter') }),
    },
    securitySchemes: {
      [SESSION]: {
        type: 'apiKey',
        in: 'cookie',
        name: 'seloste_session',
        description: 'The session of a signed-in staff user, set by `POST /api/login`.',
      },
      [BEARER]: {
        type: 'http',
        scheme: 'bearer',
        description: 'An API token for a machine client: `Authorization: Bearer <token>`.',
      },
    },
  };
}

const text = (description: string): Json => ({ type: 'string', description });
const count = (description: string): Json => ({ type: 'integer', minimum: 0, description });

function sharedSchemas(registries: readonly Registry[]): Json {
  const ids = registries.map((registry) => registry.id);
  const fieldTypes = [...FIELD_TYPES.keys()].sort();
  return {
    Problem: {
      type: 'object',
      description: 'An RFC 9457 problem detail.',
      required: ['type', 'title', 'status', 'detail'],
      properties: {
        type: { type: 'string', format: 'uri-reference', description: 'Identifies the kind of problem.' },
        title: text('A short summary of the kind of problem.'),
        status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status code.' },
        detail: text('What went wrong in this case.'),
        instance: { type: 'string', format: 'uri-reference', description: 'The request the problem concerns.' },
        errors: { type: 'array', items: schemaRef('FieldError'), description: 'Each problem with the values of a record.' },
      },
    },
    FieldError: {
      type: 'object',
      description: 'One problem with one value of a record.',
      required: ['pointer', 'message', 'keyword'],
      properties: {
        pointer: text('JSON pointer of the value, e.g. `/puhelinnumerot/1/numero`; empty for the record as a whole.'),
        field: text('The field\'s id.'),
        message: text('What people read: the field\'s label and what is wrong with the value.'),
        keyword: text('The JSON Schema keyword that failed (`required`, `format`, `maxLength`, …).'),
      },
    },
    Health: {
      type: 'object',
      required: ['status', 'registries', 'database'],
      properties: {
        status: { type: 'string', const: 'ok' },
        registries: count('How many registers are served.'),
        database: { type: 'string', const: 'ok', description: 'The database answers.' },
      },
    },
    LoginRequest: {
      type: 'object',
      required: ['username', 'password'],
      properties: {
        username: { type: 'string', minLength: 1 },
        password: { type: 'string', minLength: 1, format: 'password' },
      },
    },
    Session: {
      type: 'object',
      description: 'The signed-in user.',
      required: ['username', 'displayName', 'roles'],
      properties: {
        username: { type: 'string' },
        displayName: text('The user\'s name as shown to people.'),
        roles: {
          type: 'object',
          description: 'The role ids the user holds, by register id.',
          additionalProperties: false,
          properties: Object.fromEntries(
            registries.map((registry) => [
              registry.id,
              { type: 'array', uniqueItems: true, items: { type: 'string', enum: registry.roles.map((role) => role.id) } },
            ]),
          ),
        },
      },
    },
    RegistryIdValue: { type: 'string', enum: ids, description: 'A register\'s id.' },
    LocalizedText: {
      type: 'object',
      description: 'A text in Finnish and, where the register has them, Swedish and English.',
      required: ['fi'],
      properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } },
    },
    RegistrySummary: {
      type: 'object',
      required: ['id', 'name', 'version', 'roles', 'links'],
      properties: {
        id: schemaRef('RegistryIdValue'),
        name: schemaRef('LocalizedText'),
        version: text('A digest of the register\'s definition; it changes whenever the definition does.'),
        roles: { type: 'array', items: { type: 'string' }, description: 'The ids of the roles the caller holds in the register.' },
        links: schemaRef('RegistryLinks'),
      },
    },
    RegistryLinks: {
      type: 'object',
      required: ['self', 'records', 'schema', 'notice'],
      properties: {
        self: { type: 'string', format: 'uri-reference', description: 'The register.' },
        records: { type: 'string', format: 'uri-reference', description: 'Its records.' },
        schema: { type: 'string', format: 'uri-reference', description: 'Its record schema.' },
        notice: { type: 'string', format: 'uri-reference', description: 'Its public privacy notice.' },
      },
    },
    ReportList: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'name', 'counts', 'dimensions', 'min_count', 'links'],
            properties: {
              id: text('The report\'s id.'),
              name: schemaRef('LocalizedText'),
              description: schemaRef('LocalizedText'),
              counts: text('`records`, or the id of the repeating group whose entries are counted.'),
              dimensions: { type: 'array', items: { type: 'string' }, description: 'The field ids counted by.' },
              period: text('The reporting period, an ISO 8601 duration such as `P4M`.'),
              min_count: { type: 'integer', minimum: 1, description: 'Counts below this are suppressed.' },
              links: { type: 'object', additionalProperties: { type: 'string' } },
            },
          },
        },
      },
    },
    ReportResult: {
      type: 'object',
      description: 'An aggregate report: counts only, no personal data.',
      required: ['report', 'registry', 'from', 'to', 'counts', 'minCount', 'dimensions', 'rows', 'total', 'suppressed'],
      properties: {
        report: text('The report\'s id.'),
        registry: schemaRef('RegistryIdValue'),
        from: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }], description: 'First day of the period; null: unbounded.' },
        to: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }], description: 'Last day of the period; null: unbounded.' },
        counts: text('`records`, or the id of the repeating group whose entries are counted.'),
        minCount: { type: 'integer', minimum: 1, description: 'Counts below this are suppressed.' },
        dimensions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'label', 'type'],
            properties: {
              id: text('The field\'s id.'),
              label: text('The field\'s label in the caller\'s language.'),
              type: text('The field type.'),
              bucket: { type: 'string', const: 'month', description: 'Dates are counted by month (`YYYY-MM`).' },
            },
          },
        },
        rows: {
          type: 'array',
          items: {
            type: 'object',
            required: ['values', 'labels', 'count'],
            properties: {
              values: { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'boolean' }, { type: 'null' }] }, description: 'Dimension id → option id, `YYYY-MM`, yes/no or null.' },
              labels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Dimension id → the value as people read it.' },
              count: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], description: 'Null: suppressed.' },
            },
          },
        },
        total: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }], description: 'Null: suppressed.' },
        suppressed: count('How many rows are suppressed.'),
      },
    },
    RegistryList: {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: schemaRef('RegistrySummary') } },
    },
    FieldDescription: {
      type: 'object',
      required: ['id', 'label', 'type', 'required', 'protected'],
      properties: {
        id: text('The field\'s id: its key in a record.'),
        label: schemaRef('LocalizedText'),
        type: { type: 'string', enum: fieldTypes, description: 'The field type.' },
        required: { type: 'boolean' },
        protected: { type: 'boolean', description: 'An address under address protection (turvakielto) when the record says so.' },
        readable: { type: 'boolean', description: 'The caller may read the field.' },
        writable: { type: 'boolean', description: 'The caller may write the field.' },
        fields: { type: 'array', items: schemaRef('FieldDescription'), description: 'The fields of one entry of a repeating group.' },
      },
    },
    CategoryDescription: {
      type: 'object',
      required: ['id', 'name', 'readable', 'writable', 'fields'],
      properties: {
        id: { type: 'string' },
        name: schemaRef('LocalizedText'),
        readable: { type: 'boolean', description: 'The caller may read the category\'s fields.' },
        writable: { type: 'boolean', description: 'The caller may write the category\'s fields.' },
        fields: { type: 'array', items: schemaRef('FieldDescription') },
      },
    },
    RegistryDetail: {
      type: 'object',
      required: ['id', 'name', 'version', 'roles', 'categories'],
      properties: {
        id: schemaRef('RegistryIdValue'),
        name: schemaRef('LocalizedText'),
        version: text('A digest of the register\'s definition.'),
        roles: { type: 'array', items: { type: 'string' }, description: 'The ids of the roles the caller holds in the register.' },
        abilities: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', enum: [...ROLE_ABILITIES] },
          description: 'What the caller\'s roles allow beyond reading and writing fields.',
        },
        categories: { type: 'array', items: schemaRef('CategoryDescription') },
        lifecycle: {
          type: 'object',
          description: 'The states a record goes through; absent where the register has none.',
          required: ['initial', 'states'],
          properties: {
            initial: text('The state of a new record.'),
            states: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'name'],
                properties: { id: { type: 'string' }, name: schemaRef('LocalizedText') },
              },
            },
            transitions: { type: 'array', items: schemaRef('LifecycleTransition'), description: 'The transitions between the states.' },
          },
        },
        links: schemaRef('RegistryLinks'),
      },
    },
    AuditEntry: {
      type: 'object',
      description: 'One entry of the append-only audit log; each entry\'s hash covers the previous one\'s.',
      required: ['seq', 'at', 'actor', 'action', 'outcome', 'registry', 'records', 'fields', 'reason', 'ip', 'prevHash', 'hash'],
      properties: {
        seq: { type: 'integer', minimum: 1, description: 'Position in the log.' },
        at: { type: 'string', format: 'date-time' },
        actor: text('The user or API token that acted.'),
        action: text('What was done (read, create, update, delete, …).'),
        outcome: text('Whether it was allowed and succeeded.'),
        registry: { type: ['string', 'null'] },
        records: { type: 'array', items: { type: 'string' }, description: 'The ids of the records concerned.' },
        fields: { type: 'array', items: { type: 'string' }, description: 'The ids of the fields read or written.' },
        reason: { type: ['string', 'null'], description: 'The reason given for the access.' },
        ip: { type: ['string', 'null'], description: 'The client\'s address.' },
        prevHash: text('The hash of the previous entry.'),
        hash: text('The hash of this entry.'),
      },
    },
    AuditList: {
      type: 'object',
      required: ['items', 'total'],
      properties: { items: { type: 'array', items: schemaRef('AuditEntry') }, total: count('How many entries match in all.') },
    },
    PersonQuery: {
      type: 'object',
      required: ['personal_identity_code'],
      properties: {
        personal_identity_code: { type: 'string', minLength: 11, maxLength: 11, description: 'A Finnish personal identity code (henkilötunnus).' },
      },
    },
    PersonAuditList: {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: schemaRef('AuditEntry') } },
    },
  };
}

/** One registry's record schema and the schemas built on it. */
function registrySchemas(registry: Registry): Json {
  const names = registrySchemaNames(registry.id);
  const { $schema: _dialect, $id: _id, ...record } = recordSchema(registry);
  const topFields = registry.categories.flatMap((category) => category.fields);
  const fieldRef = (id: string): Json => ({ $ref: `#/components/schemas/${names.record}/properties/${id}` });
  const states = registry.lifecycle?.states.map((state) => state.id);
  return {
    [names.record]: record,
    [names.data]: {
      type: 'object',
      description:
        'The values of a record as the caller may see them. Left out: optional fields without a value, fields of categories outside the caller\'s role, and addresses under protection that the caller may not see (these are named in the envelope\'s `hidden`).',
      additionalProperties: false,
      properties: Object.fromEntries(topFields.map((field) => [field.id, fieldRef(field.id)])),
    },
    [names.patch]: {
      type: 'object',
      description: 'A JSON merge patch: the fields to change. `null` clears an optional field; a required field cannot be cleared.',
      additionalProperties: false,
      properties: Object.fromEntries(
        topFields.map((field) => [field.id, field.required ? fieldRef(field.id) : { anyOf: [fieldRef(field.id), { type: 'null' }] }]),
      ),
    },
    [names.envelope]: {
      type: 'object',
      description: `A record of the register \`${registry.id}\` with its metadata.`,
      required: ['id', 'registry', 'registry_version', 'state', 'version', 'created_at', 'updated_at', 'created_by', 'updated_by', 'data', 'hidden'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        registry: { type: 'string', const: registry.id },
        registry_version: text('The version (digest) of the register\'s definition the record was last written under.'),
        state: states
          ? { type: ['string', 'null'], enum: [...states, null], description: 'The record\'s lifecycle state.' }
          : { type: 'null', description: 'The register has no lifecycle.' },
        version: { type: 'integer', description: 'Grows by one on every change; the `ETag` of the record.' },
        created_at: { type: 'string', format: 'date-time' },
        updated_at: { type: 'string', format: 'date-time' },
        created_by: text('Who created the record.'),
        updated_by: text('Who last changed the record.'),
        data: schemaRef(names.data),
        hidden: {
          type: 'array',
          uniqueItems: true,
          description: 'Fields that have a value but are withheld from this caller, such as an address under protection.',
          items: { type: 'string', enum: topFields.map((field) => field.id) },
        },
      },
    },
    [names.list]: {
      type: 'object',
      required: ['items', 'total', 'limit', 'offset'],
      properties: {
        items: { type: 'array', items: schemaRef(names.envelope) },
        total: count('How many records match in all.'),
        limit: { type: 'integer', minimum: 1 },
        offset: { type: 'integer', minimum: 0 },
      },
    },
  };
}

/** A person lookup's result: one variant per registry that allows lookups, told apart by `registry`. */
function personSchemas(registries: readonly Registry[]): Json {
  const lookups = registries.filter(allowsLookup);
  const matches = Object.fromEntries(
    lookups.map((registry) => {
      const names = registrySchemaNames(registry.id);
      return [
        names.personMatch,
        {
          type: 'object',
          required: ['registry', 'record'],
          properties: { registry: { type: 'string', const: registry.id }, record: schemaRef(names.envelope) },
        },
      ];
    }),
  );
  const items: Json =
    lookups.length > 0
      ? {
          type: 'array',
          items: {
            oneOf: lookups.map((registry) => schemaRef(registrySchemaNames(registry.id).personMatch)),
            discriminator: {
              propertyName: 'registry',
              mapping: Object.fromEntries(lookups.map((registry) => [registry.id, `#/components/schemas/${registrySchemaNames(registry.id).personMatch}`])),
            },
          },
        }
      : { type: 'array', maxItems: 0, description: 'No register allows person lookups.' };
  return {
    ...matches,
    PersonLookupResult: { type: 'object', required: ['items'], properties: { items } },
  };
}
