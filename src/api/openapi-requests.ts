/**
 * The OpenAPI paths and schemas of data-subject requests (`requests-api.ts`), built with the
 * blocks of `openapi.ts`. The person's identity code is only ever in request and response bodies.
 */
import type { Registry } from '../model/types.js';
import { CONSENT_METHODS } from '../operations/consents.js';
import { MAX_REASON_LENGTH, MAX_RESOLUTION_LENGTH } from '../operations/requests.js';
import { PACKAGE_FORMAT } from '../requests/package-json.js';
import { REQUEST_KINDS, REQUEST_STATUSES } from '../workflows/request-store.js';
import { headerRef, json, jsonBody, operation, parameterRef, problem, responseRef, schemaRef, type Json } from './openapi.js';

export const REQUESTS_TAG = {
  name: 'Data-subject requests',
  description:
    'Requests of the people whose data the registers hold (GDPR Art 15–21 and 7(3)): access, rectification, erasure, restriction, objection, portability and withdrawal of consent, ' +
    'with their deadlines (one month, or the register\'s shorter time; extendable once by two months), history and outcome. Needs the `handle-requests` ability in every register a request concerns.',
};

const TAG = REQUESTS_TAG.name;
const DATE = { type: 'string', format: 'date' };

export function requestPaths(registries: readonly Registry[]): Json {
  const handled = registries.filter((registry) => registry.roles.some((role) => role.can.includes('handle-requests'))).map((registry) => `\`${registry.id}\``);
  const requestId: Json = { name: 'requestId', in: 'path', required: true, description: 'The request\'s id.', schema: { type: 'string', minLength: 1 } };
  const stepErrors = {
    '400': problem('The body is not JSON or not an object, or `If-Match` is malformed.'),
    '401': responseRef('Unauthorized'),
    '403': problem('The caller lacks `handle-requests` in a register the request concerns.'),
    '404': problem('No such request.'),
    '413': responseRef('PayloadTooLarge'),
    '415': responseRef('UnsupportedMediaType'),
    '412': problem('The request is no longer at the version given in `If-Match`.'),
  };
  const result = { '200': { description: 'The request as it now stands.', headers: { ETag: headerRef('ETag') }, content: json(schemaRef('SubjectRequest')) } };
  const step = (operationId: string, summary: string, description: string, body: Json | undefined, conflicts: string, invalid?: string): Json =>
    operation({
      operationId,
      tag: TAG,
      summary,
      description,
      parameters: [requestId, parameterRef('IfMatch')],
      ...(body ? { requestBody: body } : {}),
      responses: { ...result, ...stepErrors, '409': problem(conflicts), ...(invalid ? { '422': problem(invalid) } : {}) },
    });
  const optionalBody = (schema: string, description: string): Json => ({ description, required: false, content: json(schemaRef(schema)) });
  return {
    '/api/requests': {
      post: operation({
        operationId: 'createRequest',
        tag: TAG,
        summary: 'Record a data-subject request',
        description:
          'Records a request with its deadline: the received date plus the register\'s time for that right (`rights.items[].exercise.deadline`, else `rights.exercise.deadline`), ' +
          'never more than one month (GDPR 12(3)); the earliest of the registers concerned. Without `registries`, the request concerns the registers where the caller handles requests ' +
          `and the person has records (all of them when there are none). Registers that allow handling requests: ${handled.join(', ') || 'none'}. ` +
          'The identity code is in the body, never in the URL. Audited as `request` (reason `<kind>:create`), without the code.',
        requestBody: jsonBody(schemaRef('SubjectRequestCreate'), 'The request.'),
        responses: {
          '201': {
            description: 'Recorded.',
            headers: { Location: headerRef('Location'), ETag: headerRef('ETag') },
            content: json(schemaRef('SubjectRequest')),
          },
          '400': problem('The body is not JSON or not an object.'),
          '401': responseRef('Unauthorized'),
          '403': problem('The caller handles requests in no register, or not in a register named.'),
          '413': responseRef('PayloadTooLarge'),
          '415': responseRef('UnsupportedMediaType'),
          '422': problem('A value is missing or not valid (an unknown kind, an invalid identity code, an unknown register, a received date in the future…); each in `errors`.'),
        },
      }),
      get: operation({
        operationId: 'listRequests',
        tag: TAG,
        summary: 'List data-subject requests',
        description:
          'The requests all of whose registers the caller handles: open ones first, the earliest deadline first; closed ones after, the latest first. `overdue=true`: open requests past their (extended) deadline. ' +
          'No personal data goes in the query.',
        parameters: [
          { name: 'status', in: 'query', required: false, description: 'Only requests with this status.', schema: { type: 'string', enum: [...REQUEST_STATUSES] } },
          { name: 'overdue', in: 'query', required: false, description: '`true`: only open requests past their deadline.', schema: { type: 'string', enum: ['true', 'false'] } },
          parameterRef('Limit'),
          parameterRef('Offset'),
        ],
        responses: {
          '200': { description: 'The requests.', content: json(schemaRef('SubjectRequestList')) },
          '400': problem('A query parameter is not valid.'),
          '401': responseRef('Unauthorized'),
          '403': problem('The caller handles requests in no register.'),
        },
      }),
    },
    '/api/requests/{requestId}': {
      get: operation({
        operationId: 'getRequest',
        tag: TAG,
        summary: 'Read a data-subject request',
        description: 'The request, the person\'s records in its registers (ids and links) and its history, every step with who took it and when.',
        parameters: [requestId],
        responses: {
          '200': { description: 'The request.', headers: { ETag: headerRef('ETag') }, content: json(schemaRef('SubjectRequestDetail')) },
          '401': responseRef('Unauthorized'),
          '403': problem('The caller lacks `handle-requests` in a register the request concerns.'),
          '404': problem('No such request.'),
        },
      }),
    },
    '/api/requests/{requestId}/verify-identity': {
      post: step(
        'verifyRequestIdentity',
        'Mark the person\'s identity verified',
        'Needed before the access or portability package, erasure and restriction. `note` says how it was verified. Marking it again changes nothing.',
        optionalBody('RequestVerification', 'How the identity was verified (optional).'),
        'The request is closed.',
        'The note is not text or too long.',
      ),
    },
    '/api/requests/{requestId}/extend': {
      post: step(
        'extendRequest',
        'Extend the deadline',
        'Once, with a reason, by at most two further months (GDPR 12(3)), before the deadline has passed. `until` defaults to the latest date allowed.',
        jsonBody(schemaRef('RequestExtension'), 'The reason and the new deadline.'),
        'The request is closed, already extended, or past its deadline.',
        'The reason is missing, or `until` is not after the deadline or more than two months after it.',
      ),
    },
    '/api/requests/{requestId}/complete': {
      post: step('completeRequest', 'Complete the request', 'Closes it as completed with the resolution: what was done.', jsonBody(schemaRef('RequestResolution'), 'The resolution.'), 'The request is closed.', 'The resolution is missing or too long.'),
    },
    '/api/requests/{requestId}/refuse': {
      post: step('refuseRequest', 'Refuse the request', 'Closes it as refused with the resolution: why, and how the person can appeal.', jsonBody(schemaRef('RequestResolution'), 'The resolution.'), 'The request is closed.', 'The resolution is missing or too long.'),
    },
    '/api/requests/{requestId}/withdraw': {
      post: step('withdrawRequest', 'The person withdrew the request', 'Closes it as withdrawn; a resolution is optional.', optionalBody('RequestResolution', 'The resolution (optional).'), 'The request is closed.', 'The resolution is too long.'),
    },
    '/api/requests/{requestId}/carry-out': {
      post: step(
        'carryOutRequest',
        'Carry out an erasure, restriction or consent withdrawal',
        'Acts on the person\'s records register by register and keeps each register\'s outcome in the history. ' +
          'Erasure: refused with the legal reason where a basis is a legal obligation or public task (GDPR 17(3)(b)); done where the bases are consent or contract; ' +
          'where the definition does not tell, only for the registers staff confirm in `confirm`; a legal hold or a restriction keeps a record. ' +
          'Restriction: each record restricted (nothing but storage) until lifted. Withdrawal of consent: every consent in force withdrawn with `method`. ' +
          'Erasure and restriction need the identity verified.',
        optionalBody('RequestCarryOut', 'What the kind needs: `confirm` (erasure), `reason` (restriction), `method` (withdrawal of consent).'),
        'The request is closed, of a kind with nothing to carry out, or the identity is not verified.',
        'A value of the body is not valid (a register not in the request, a method not known).',
      ),
    },
    '/api/requests/{requestId}/lift-restriction': {
      post: step(
        'liftRequestRestriction',
        'Lift the restriction a request placed',
        'Ends the restrictions this request placed that are still in force, also after the request was completed. Tell the person before (GDPR 18(3)).',
        optionalBody('RequestLift', 'Why it is lifted (optional).'),
        'No restriction of this request is in force.',
        'The reason is not text or too long.',
      ),
    },
    '/api/requests/{requestId}/package': {
      get: operation({
        operationId: 'getRequestPackage',
        tag: TAG,
        summary: 'The person\'s data package (JSON)',
        description:
          'For an access or portability request whose identity is verified: every record of the person in the registers concerned (all fields by id, with labels in the person\'s language), ' +
          'its state history, consents, disclosures and audit entries, and per register the purposes, legal bases, sources, recipients, retention and rights. ' +
          'It includes the person\'s own address under address protection. Audited as an `export` naming the records and fields.',
        parameters: [requestId],
        responses: {
          '200': {
            description: 'The package, as a download.',
            headers: { 'Content-Disposition': { description: '`attachment; filename="…json"`.', schema: { type: 'string' } } },
            content: json(schemaRef('SubjectDataPackage')),
          },
          '401': responseRef('Unauthorized'),
          '403': problem('The caller lacks `handle-requests` in a register the request concerns.'),
          '404': problem('No such request.'),
          '409': problem('Not an access or portability request, refused or withdrawn, or the identity is not verified.'),
        },
      }),
    },
    '/api/requests/{requestId}/package.html': {
      get: operation({
        operationId: 'getRequestPackagePage',
        tag: TAG,
        summary: 'The person\'s data package (readable page)',
        description:
          'The same package as a self-contained, printable and accessible HTML page in the person\'s language (inline style, no scripts). Audited as an `export`.',
        parameters: [requestId],
        responses: {
          '200': {
            description: 'The page.',
            headers: { 'Content-Disposition': { description: '`inline; filename="…html"`.', schema: { type: 'string' } } },
            content: json({ type: 'string' }, 'text/html'),
          },
          '401': responseRef('Unauthorized'),
          '403': problem('The caller lacks `handle-requests` in a register the request concerns.'),
          '404': problem('No such request.'),
          '409': problem('Not an access or portability request, refused or withdrawn, or the identity is not verified.'),
        },
      }),
    },
  };
}

/** An object with these two string properties required (and no others named). */
function named(id: string, name: string): Json {
  return { type: 'object', required: [id, name], properties: { [id]: { type: 'string' }, [name]: { type: 'string' } } };
}

const recordOutcome: Json = {
  type: 'object',
  required: ['id', 'outcome'],
  properties: {
    id: { type: 'string' },
    outcome: { type: 'string', enum: ['erased', 'blocked', 'gone', 'restricted', 'already-restricted', 'lifted', 'consents-withdrawn', 'no-consents'] },
    by: { type: 'string', enum: ['legal-hold', 'restriction'] },
    consents: { type: 'array', items: { type: 'string' } },
    restriction: { type: 'integer' },
  },
};

export function requestSchemas(): Json {
  return {
    SubjectRequestCreate: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'personal_identity_code'],
      properties: {
        kind: { type: 'string', enum: [...REQUEST_KINDS] },
        personal_identity_code: { type: 'string', description: 'The person\'s identity code (temporary codes too).' },
        registries: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'The registers the request concerns; default: see the operation.' },
        received: { ...DATE, description: 'The day it was received; default today. Not in the future.' },
        identity_verified: { type: 'boolean', default: false },
        lang: { type: 'string', enum: ['fi', 'sv', 'en'], default: 'fi', description: 'The person\'s language: the package and refusal texts are in it.' },
      },
    },
    SubjectRequest: {
      type: 'object',
      required: ['id', 'kind', 'personal_identity_code', 'registries', 'received', 'identity_verified', 'lang', 'deadline', 'due', 'overdue', 'due_soon', 'status', 'version', 'links'],
      properties: {
        id: { type: 'string' },
        kind: { type: 'string', enum: [...REQUEST_KINDS] },
        personal_identity_code: { type: 'string' },
        registries: { type: 'array', items: { type: 'string' } },
        received: DATE,
        identity_verified: { type: 'boolean' },
        lang: { type: 'string', enum: ['fi', 'sv', 'en'] },
        deadline: { ...DATE, description: 'The last day to answer, before any extension.' },
        extended_to: DATE,
        extension_reason: { type: 'string' },
        due: { ...DATE, description: 'The deadline in force.' },
        overdue: { type: 'boolean', description: 'Open and past `due`.' },
        due_soon: { type: 'boolean', description: 'Open and due within a week.' },
        status: { type: 'string', enum: [...REQUEST_STATUSES] },
        resolution: { type: 'string' },
        version: { type: 'integer', minimum: 1 },
        created_by: { type: 'string' },
        created_at: { type: 'string', format: 'date-time' },
        updated_at: { type: 'string', format: 'date-time' },
        outcomes: { type: 'array', items: schemaRef('RequestOutcome'), description: 'After `carry-out` and `lift-restriction`: what happened in each register.' },
        links: {
          type: 'object',
          required: ['self'],
          properties: { self: { type: 'string' }, package: { type: 'string' }, package_html: { type: 'string' } },
        },
      },
    },
    SubjectRequestList: {
      type: 'object',
      required: ['items', 'total', 'limit', 'offset'],
      properties: { items: { type: 'array', items: schemaRef('SubjectRequest') }, total: { type: 'integer', minimum: 0 }, limit: { type: 'integer' }, offset: { type: 'integer' } },
    },
    SubjectRequestDetail: {
      allOf: [
        schemaRef('SubjectRequest'),
        {
          type: 'object',
          required: ['records', 'history'],
          properties: {
            records: {
              type: 'array',
              items: { type: 'object', required: ['registry', 'id'], properties: { registry: { type: 'string' }, id: { type: 'string' }, links: { type: 'object' } } },
            },
            history: {
              type: 'array',
              items: {
                type: 'object',
                required: ['at', 'actor', 'event', 'detail'],
                properties: { at: { type: 'string', format: 'date-time' }, actor: { type: 'string' }, event: { type: 'string' }, detail: { type: 'object' } },
              },
            },
          },
        },
      ],
    },
    RequestOutcome: {
      type: 'object',
      required: ['registry', 'outcome', 'records'],
      properties: {
        registry: { type: 'string' },
        outcome: { type: 'string', enum: ['erased', 'partly-erased', 'refused', 'needs-decision', 'restricted', 'lifted', 'consents-withdrawn', 'no-consents', 'no-records'] },
        records: { type: 'array', items: recordOutcome },
        text: { type: 'string', description: 'The legal reason of a refusal, or what the register says about limits of erasure, in the person\'s language.' },
      },
    },
    RequestVerification: { type: 'object', additionalProperties: false, properties: { note: { type: 'string', maxLength: MAX_REASON_LENGTH } } },
    RequestExtension: {
      type: 'object',
      additionalProperties: false,
      required: ['reason'],
      properties: { reason: { type: 'string', minLength: 1, maxLength: MAX_REASON_LENGTH }, until: DATE },
    },
    RequestResolution: { type: 'object', additionalProperties: false, properties: { resolution: { type: 'string', maxLength: MAX_RESOLUTION_LENGTH } } },
    RequestCarryOut: {
      type: 'object',
      additionalProperties: false,
      properties: {
        confirm: { type: 'array', items: { type: 'string' }, description: 'Erasure: registers whose undetermined grounds staff have assessed as allowing erasure.' },
        reason: { type: 'string', maxLength: MAX_REASON_LENGTH, description: 'Restriction: why.' },
        method: { type: 'string', enum: [...CONSENT_METHODS], description: 'Withdrawal of consent: how the person withdrew it.' },
      },
    },
    RequestLift: { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', maxLength: MAX_REASON_LENGTH } } },
    SubjectDataPackage: {
      type: 'object',
      description: 'Everything held about the person in the registers concerned; labels and texts in the person\'s language.',
      required: ['format', 'request', 'produced_at', 'person', 'registries'],
      properties: {
        format: { type: 'string', const: PACKAGE_FORMAT },
        request: {
          type: 'object',
          required: ['id', 'kind', 'received', 'lang'],
          properties: { id: { type: 'string' }, kind: { type: 'string', enum: [...REQUEST_KINDS] }, received: DATE, lang: { type: 'string', enum: ['fi', 'sv', 'en'] } },
        },
        produced_at: { type: 'string', format: 'date-time' },
        person: { type: 'object', required: ['personal_identity_code'], properties: { personal_identity_code: { type: 'string' } } },
        registries: { type: 'array', items: schemaRef('SubjectDataRegistry') },
      },
    },
    SubjectDataRegistry: {
      type: 'object',
      required: ['id', 'name', 'purposes', 'legal_bases', 'sources', 'recipients', 'retention', 'rights', 'records'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        controller: { type: 'object', properties: { name: { type: 'string' }, address: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' } } },
        purposes: { type: 'array', items: named('id', 'name') },
        legal_bases: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'gdpr', 'laws'],
            properties: { id: { type: 'string' }, name: { type: 'string' }, gdpr: { type: 'array', items: { type: 'string' } }, laws: { type: 'array', items: { type: 'string' } }, description: { type: 'string' } },
          },
        },
        sources: { type: 'array', items: named('id', 'name') },
        recipients: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'recipient'],
            properties: {
              id: { type: 'string' },
              recipient: { type: 'string' },
              basis: { type: 'string', enum: ['consent', 'law'] },
              categories: { type: 'array', items: { type: 'string' } },
              laws: { type: 'array', items: { type: 'string' } },
              description: { type: 'string' },
            },
          },
        },
        retention: { type: 'object', properties: { statement: { type: 'string' }, rules: { type: 'array', items: { type: 'string' } } } },
        rights: {
          type: 'object',
          required: ['deadline', 'items'],
          properties: { deadline: { type: 'string' }, items: { type: 'array', items: named('right', 'title') } },
        },
        records: { type: 'array', items: schemaRef('SubjectDataRecord') },
      },
    },
    SubjectDataRecord: {
      type: 'object',
      required: ['id', 'created_at', 'updated_at', 'fields', 'state_history', 'consents', 'disclosures', 'audit'],
      properties: {
        id: { type: 'string' },
        state: named('id', 'name'),
        created_at: { type: 'string', format: 'date-time' },
        updated_at: { type: 'string', format: 'date-time' },
        fields: {
          type: 'array',
          description: 'Every field with a value, under its id, with its label; a repeating group\'s value is its entries, `members` labels their fields.',
          items: {
            type: 'object',
            required: ['id', 'label', 'category', 'value'],
            properties: { id: { type: 'string' }, label: { type: 'string' }, category: { type: 'string' }, value: {}, members: { type: 'array', items: named('id', 'label') } },
          },
        },
        state_history: {
          type: 'array',
          items: {
            type: 'object',
            required: ['state', 'entered_at', 'handled_by'],
            properties: { state: { type: 'string' }, transition: { type: 'string' }, entered_at: { type: 'string', format: 'date-time' }, handled_by: { type: 'string', enum: ['staff', 'system'], description: 'The controller\'s staff or the system (timers); not the staff member (CJEU C-579/21).' } },
          },
        },
        consents: {
          type: 'array',
          items: {
            type: 'object',
            required: ['consent', 'event', 'at', 'method'],
            properties: {
              consent: { type: 'string' },
              event: { type: 'string', enum: ['given', 'withdrawn'] },
              at: { type: 'string', format: 'date-time' },
              method: { type: 'string' },
              recorded_by: { type: 'string', enum: ['staff', 'system'], description: 'The controller\'s staff or the system (timers); not the staff member (CJEU C-579/21).' },
              recorded_at: { type: 'string', format: 'date-time' },
            },
          },
        },
        disclosures: {
          type: 'array',
          items: {
            type: 'object',
            required: ['disclosure', 'categories', 'basis', 'disclosed_at'],
            properties: {
              disclosure: { type: 'string' },
              recipient: { type: 'string' },
              categories: { type: 'array', items: { type: 'string' } },
              basis: { type: 'string', enum: ['consent', 'law'] },
              method: { type: 'string' },
              disclosed_at: { type: 'string', format: 'date-time' },
              recorded_by: { type: 'string', enum: ['staff', 'system'], description: 'The controller\'s staff or the system (timers); not the staff member (CJEU C-579/21).' },
            },
          },
        },
        audit: {
          type: 'array',
          items: {
            type: 'object',
            required: ['at', 'handled_by', 'action', 'outcome', 'fields'],
            properties: { at: { type: 'string', format: 'date-time' }, handled_by: { type: 'string', enum: ['staff', 'system'], description: 'The controller\'s staff or the system (timers); not the staff member (CJEU C-579/21).' }, action: { type: 'string' }, outcome: { type: 'string' }, fields: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
    },
  };
}
