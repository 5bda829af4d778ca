/**
 * The OpenAPI paths and schemas of consents and disclosures (`consents-api.ts`), built with the
 * blocks of `openapi.ts`. The paths keep `{registryId}`: the shape does not depend on the
 * register; the consents and recipients each register declares are named in the descriptions.
 */
import type { Registry } from '../model/types.js';
import { CONSENT_METHODS } from '../operations/consents.js';
import { MAX_METHOD_LENGTH } from '../operations/disclosures.js';
import { json, jsonBody, operation, parameterRef, problem, responseRef, schemaRef, type Json } from './openapi.js';

export const CONSENTS_TAG = {
  name: 'Consents and disclosures',
  description:
    'The consents of the person of a record (given and withdrawn, with how, when and by whom, the history kept) and the disclosures of their data to the recipients the register declares.',
};

const TAG = CONSENTS_TAG.name;

/** `2026-03-02`, or a date-time with its offset. */
const EVENT_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?$';

export function consentPaths(registries: readonly Registry[]): Json {
  const consents = registries.filter((registry) => registry.consents.length > 0).map((registry) => `\`${registry.id}\`: ${registry.consents.map((consent) => `\`${consent.id}\` (${consent.methods.join(', ')})`).join(', ')}`);
  const recipients = registries
    .filter((registry) => (registry.disclosures?.items.length ?? 0) > 0)
    .map((registry) => `\`${registry.id}\`: ${registry.disclosures!.items.map((item) => `\`${item.id}\` (${item.basis ?? 'no basis stated'})`).join(', ')}`);
  const parameters = [parameterRef('RegistryId'), parameterRef('RecordId')];
  const postErrors = {
    '400': problem('The body is not JSON, not an object, has an unknown property or a property of the wrong type.'),
    '401': responseRef('Unauthorized'),
    '403': responseRef('Forbidden'),
    '404': problem('No such register or record.'),
    '413': responseRef('PayloadTooLarge'),
    '415': responseRef('UnsupportedMediaType'),
  };
  return {
    '/api/registries/{registryId}/records/{recordId}/consents': {
      get: operation({
        operationId: 'getRecordConsents',
        tag: TAG,
        summary: 'Consents of a record',
        description:
          'Every consent the register declares, with its current state (`given`, `withdrawn` or `none`), the giving in force and the history of events, oldest first. ' +
          'For any role that may read the record; audited as a read. ' +
          `Declared consents and their methods — ${consents.join('; ') || 'no register declares consents'}.`,
        parameters,
        responses: {
          '200': { description: 'The consents.', content: json(schemaRef('ConsentStatusList')) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or record.'),
        },
      }),
      post: operation({
        operationId: 'recordConsentEvent',
        tag: TAG,
        summary: 'Record that a consent was given or withdrawn',
        description:
          'Appends an event to the consent\'s history (nothing is overwritten). Giving needs the `manage-consents` ability and one of the methods the register declares for the consent; ' +
          'withdrawing needs `manage-consents` or `handle-requests` and accepts any method, so withdrawing is never harder than giving. ' +
          '`at` is when the person gave or withdrew it (default now): not in the future, not before the previous event of the consent. ' +
          'A restriction of processing blocks neither. Audited with the reason `give:<consent>` or `withdraw:<consent>`.',
        parameters,
        requestBody: jsonBody(schemaRef('ConsentEventRequest'), 'The event.'),
        responses: {
          '201': { description: 'Recorded; the consent\'s new status.', content: json(schemaRef('ConsentStatus')) },
          ...postErrors,
          '409': problem('Giving a consent already in force, or withdrawing one not in force (the `detail` says when it was given or withdrawn).'),
          '422': problem('The register declares no such consent (the `detail` lists those it does), the method is not allowed (the `detail` lists those that are), or the time is not valid, in the future or before the previous event.'),
        },
      }),
    },
    '/api/registries/{registryId}/records/{recordId}/disclosures': {
      get: operation({
        operationId: 'getRecordDisclosures',
        tag: TAG,
        summary: 'Disclosure history of a record',
        description:
          'Every disclosure of the record\'s data, in the order they were made, and the recipients the register declares. For any role that may read the record; audited as a read.',
        parameters,
        responses: {
          '200': { description: 'The disclosures.', content: json(schemaRef('DisclosureList')) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or record.'),
        },
      }),
      post: operation({
        operationId: 'recordDisclosure',
        tag: TAG,
        summary: 'Record a disclosure',
        description:
          'Logs that the record\'s data was disclosed to a recipient the register declares. Needs the `record-disclosures` ability. ' +
          'Without `categories`, every category declared for the recipient is logged. A disclosure on consent needs a consent covering it in force at `disclosed_at` ' +
          '(the one the disclosure names, else one of a legal basis covering its purposes, else any declared consent covering them). ' +
          'Audited as `disclose` with the field ids of the categories and the reason `disclosure:<id>`. ' +
          `Declared recipients and their basis — ${recipients.join('; ') || 'no register declares recipients'}.`,
        parameters,
        requestBody: jsonBody(schemaRef('DisclosureRequest'), 'The disclosure.'),
        responses: {
          '201': { description: 'Logged.', content: json(schemaRef('DisclosureEntry')) },
          ...postErrors,
          '409': problem('Processing of the record is restricted (GDPR Art 18), or the disclosure is on consent and no consent covering it was in force (the `detail` names it).'),
          '422': problem(
            'The register declares no such recipient (the `detail` lists those it does), the definition states no basis for it, a category is not declared for it, the definition names no consent covering it, or the time is not valid or in the future.',
          ),
        },
      }),
    },
  };
}

export function consentSchemas(): Json {
  const localized = schemaRef('LocalizedText');
  const time = (description: string): Json => ({ type: 'string', format: 'date-time', description });
  const method: Json = { type: 'string', enum: [...CONSENT_METHODS], description: 'How: `signed-form`, `written`, `oral` or `electronic`.' };
  return {
    ConsentEvent: {
      type: 'object',
      description: 'A consent given or withdrawn.',
      required: ['id', 'event', 'at', 'method', 'recorded_by', 'recorded_at'],
      additionalProperties: false,
      properties: {
        id: { type: 'integer', minimum: 1 },
        event: { type: 'string', enum: ['given', 'withdrawn'] },
        at: time('When the person gave or withdrew it.'),
        method,
        recorded_by: { type: 'string', description: 'Who recorded it.' },
        recorded_at: time('When it was recorded.'),
      },
    },
    ConsentStatus: {
      type: 'object',
      description: 'A consent the register declares, and where it stands for the person of the record.',
      required: ['consent', 'name', 'methods', 'purposes', 'state', 'valid', 'history'],
      additionalProperties: false,
      properties: {
        consent: { type: 'string', description: 'The consent\'s id.' },
        name: localized,
        description: localized,
        methods: { type: 'array', items: method, description: 'How it may be given.' },
        purposes: { type: 'array', items: { type: 'string' }, description: 'The purposes it covers.' },
        withdrawal: localized,
        state: { type: 'string', enum: ['given', 'withdrawn', 'none'], description: '`none`: never given.' },
        valid: { type: 'boolean', description: 'The consent is in force.' },
        current: { ...schemaRef('ConsentEvent'), description: 'The giving in force.' },
        history: { type: 'array', items: schemaRef('ConsentEvent'), description: 'Every event, oldest first.' },
      },
    },
    ConsentStatusList: {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: schemaRef('ConsentStatus') } },
    },
    ConsentEventRequest: {
      type: 'object',
      required: ['consent', 'action', 'method'],
      additionalProperties: false,
      properties: {
        consent: { type: 'string', minLength: 1, description: 'The id of a consent the register declares.' },
        action: { type: 'string', enum: ['give', 'withdraw'] },
        method: { type: 'string', minLength: 1, description: 'How the person gave (one of the consent\'s `methods`) or withdrew it (any of `signed-form`, `written`, `oral`, `electronic`).' },
        at: { type: 'string', pattern: EVENT_TIME_PATTERN, description: 'When: a date (the day in Finnish time) or a date-time with its offset; default now.' },
      },
    },
    DisclosureEntry: {
      type: 'object',
      description: 'A disclosure of the record\'s data.',
      required: ['id', 'disclosure', 'categories', 'basis', 'disclosed_at', 'recorded_by', 'recorded_at'],
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        disclosure: { type: 'string', description: 'The declared disclosure\'s id.' },
        recipient: { ...localized, description: 'The recipient as the register declares it (absent if the definition no longer does).' },
        categories: { type: 'array', items: { type: 'string' }, description: 'The category ids disclosed.' },
        basis: { type: 'string', enum: ['consent', 'law'] },
        consent_event: { type: 'integer', minimum: 1, description: 'The consent event in force that allowed it (basis `consent`).' },
        method: { type: 'string', description: 'How it was disclosed, in the staff member\'s words.' },
        disclosed_at: time('When the data was disclosed.'),
        recorded_by: { type: 'string' },
        recorded_at: time('When it was recorded.'),
      },
    },
    DisclosureList: {
      type: 'object',
      required: ['items', 'declared'],
      properties: {
        items: { type: 'array', items: schemaRef('DisclosureEntry'), description: 'Oldest first.' },
        declared: {
          type: 'array',
          description: 'The recipients the register declares.',
          items: {
            type: 'object',
            required: ['disclosure', 'recipient', 'categories'],
            additionalProperties: false,
            properties: {
              disclosure: { type: 'string' },
              recipient: localized,
              basis: { type: 'string', enum: ['consent', 'law'], description: 'Absent where the definition states none (no disclosure can be recorded then).' },
              consent: { type: 'string', description: 'The consent it names.' },
              categories: { type: 'array', items: { type: 'string' }, description: 'The categories it may carry.' },
            },
          },
        },
      },
    },
    DisclosureRequest: {
      type: 'object',
      required: ['disclosure'],
      additionalProperties: false,
      properties: {
        disclosure: { type: 'string', minLength: 1, description: 'The id of a disclosure (recipient) the register declares.' },
        categories: { type: 'array', items: { type: 'string' }, maxItems: 100, description: 'The category ids disclosed; default every category declared for the recipient.' },
        method: { type: 'string', maxLength: MAX_METHOD_LENGTH, description: 'How it was disclosed, one line.' },
        disclosed_at: { type: 'string', pattern: EVENT_TIME_PATTERN, description: 'When: a date or a date-time with its offset; default now.' },
      },
    },
  };
}
