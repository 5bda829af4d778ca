/**
 * The OpenAPI paths and schemas of lifecycle transitions (`lifecycle-api.ts`), built with the
 * blocks of `openapi.ts`. The paths keep `{registryId}`: a registry without a lifecycle answers
 * them too (404). The record returned by a transition is the registry's own envelope.
 */
import type { Registry } from '../model/types.js';
import { headerRef, json, operation, parameterRef, problem, registrySchemaNames, responseRef, schemaRef, type Json } from './openapi.js';

export const LIFECYCLE_TAG = {
  name: 'Lifecycle',
  description:
    'The states a record goes through and the transitions between them, as the register defines them: which transitions the caller may take now (and why one is blocked), taking one, and the state history.',
};

const TAG = LIFECYCLE_TAG.name;

export function lifecyclePaths(registries: readonly Registry[]): Json {
  const withLifecycle = registries.filter((registry) => registry.lifecycle);
  const transitionIds = withLifecycle.map((registry) => `\`${registry.id}\`: ${registry.lifecycle!.transitions.map((transition) => `\`${transition.id}\``).join(', ')}`);
  const transitionId: Json = {
    name: 'transitionId',
    in: 'path',
    required: true,
    description: `The transition's id, as the register declares it (${transitionIds.join('; ') || 'no register has a lifecycle'}).`,
    schema: { type: 'string', minLength: 1 },
  };
  return {
    '/api/registries/{registryId}/records/{recordId}/transitions': {
      get: operation({
        operationId: 'getRecordTransitions',
        tag: TAG,
        summary: 'Transitions and state history of a record',
        description:
          'The record\'s current state, the transitions from it that the caller\'s roles may take — each with `allowed`, and where a guard is not met (a field without a value, a date not after today, a consent not on file, a restriction of processing) `blocked_by` saying why in the caller\'s language — and the states the record has been in, oldest first. Transitions that only timers take are not listed. Audited as a read of the record.',
        parameters: [parameterRef('RegistryId'), parameterRef('RecordId')],
        responses: {
          '200': { description: 'Where the record stands.', headers: { ETag: headerRef('ETag') }, content: json(schemaRef('RecordTransitions')) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or record.'),
        },
      }),
    },
    '/api/registries/{registryId}/records/{recordId}/transitions/{transitionId}': {
      post: operation({
        operationId: 'transitionRecord',
        tag: TAG,
        summary: 'Take a transition',
        description:
          'Moves the record to the transition\'s target state: the version grows by one and the state history and the audit log record who did it and when. Refused, with the reason in `detail` and an audit entry, when the transition does not leave the current state, the caller\'s roles may not take it (or only a timer does), a guard is not met or processing of the record is restricted (GDPR Art 18). With `If-Match`, taken only if the record is still at that version. No request body.',
        parameters: [parameterRef('RegistryId'), parameterRef('RecordId'), transitionId, parameterRef('IfMatch')],
        responses: {
          '200': { description: 'The record in its new state.', headers: { ETag: headerRef('ETag') }, content: json(schemaRef('TransitionedRecord')) },
          '400': responseRef('BadRequest'),
          '401': responseRef('Unauthorized'),
          '403': problem('The caller\'s roles may not take this transition, or only a timer takes it.'),
          '404': problem('No such register, record or transition (the `detail` lists the register\'s transitions), or the register has no lifecycle.'),
          '409': problem('The transition does not leave the record\'s current state (the `detail` names the states it leaves), processing of the record is restricted, or someone changed the record at the same time.'),
          '412': problem('The record is no longer at the version given in `If-Match`.'),
          '422': problem('A guard of the transition is not met: a field without a value or a date not after today (each in `errors`), or a consent not on file.'),
        },
      }),
    },
  };
}

export function lifecycleSchemas(registries: readonly Registry[]): Json {
  const envelopes = registries.filter((registry) => registry.lifecycle).map((registry) => schemaRef(registrySchemaNames(registry.id).envelope));
  const localized = schemaRef('LocalizedText');
  return {
    LifecycleTransition: {
      type: 'object',
      description: 'A transition as the register declares it.',
      required: ['id', 'name', 'from', 'to', 'roles', 'requires'],
      properties: {
        id: { type: 'string' },
        name: localized,
        description: localized,
        from: { type: 'array', items: { type: 'string' }, description: 'The states it leaves.' },
        to: { type: 'string', description: 'The state it leads to.' },
        roles: { type: 'array', items: { type: 'string' }, description: 'The roles that may take it; empty: only a timer takes it.' },
        requires: {
          type: 'object',
          description: 'Its guards.',
          required: ['fields'],
          properties: {
            fields: { type: 'array', items: { type: 'string' }, description: 'Fields that must have a value.' },
            future_dates: { type: 'array', items: { type: 'string' }, description: 'Date fields whose value must be after today.' },
            consent: { type: 'string', description: 'A consent that must be on file.' },
          },
        },
      },
    },
    OfferedTransition: {
      description: 'A transition the caller\'s roles may take from the record\'s current state.',
      allOf: [
        schemaRef('LifecycleTransition'),
        {
          type: 'object',
          required: ['allowed'],
          properties: {
            allowed: { type: 'boolean', description: 'Whether it can be taken now; if not, `blocked_by` says why.' },
            blocked_by: schemaRef('TransitionBlock'),
          },
        },
      ],
    },
    TransitionBlock: {
      type: 'object',
      description: 'Why a transition cannot be taken now.',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: ['restricted', 'missing-fields', 'date-not-future', 'no-consent'] },
        message: { type: 'string', description: 'The reason in the caller\'s language, e.g. "Puuttuu: Tunnuksen poiston syy."' },
        fields: { type: 'array', items: { type: 'string' }, description: 'The fields found wanting.' },
        consent: { type: 'string', description: 'The consent not on file.' },
      },
    },
    StateHistoryEntry: {
      type: 'object',
      description: 'A state the record entered. The first entry is its creation; for a record from before state history was kept it is made up from the record (its creation time and creator).',
      required: ['state', 'transition', 'entered_at', 'actor'],
      properties: {
        state: { type: 'string' },
        name: localized,
        transition: { type: ['string', 'null'], description: 'The transition taken; null for the creation.' },
        entered_at: { type: 'string', format: 'date-time', description: 'When; for a timer, the time it was due.' },
        actor: { type: 'string', description: 'Who: a user, an API token, or `system` for a timer.' },
      },
    },
    RecordTransitions: {
      type: 'object',
      required: ['record', 'version', 'state', 'transitions', 'history'],
      properties: {
        record: { type: 'string', format: 'uuid' },
        version: { type: 'integer', description: 'The record\'s version, also the `ETag`.' },
        state: {
          description: 'The current state; null where the register has no lifecycle.',
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['id'],
              properties: { id: { type: 'string' }, name: localized, description: localized, final: { type: 'boolean', description: 'No transition leaves it.' } },
            },
          ],
        },
        transitions: { type: 'array', items: schemaRef('OfferedTransition') },
        history: { type: 'array', items: schemaRef('StateHistoryEntry') },
      },
    },
    TransitionedRecord: envelopes.length > 0 ? { description: 'The record, as its register\'s envelope.', anyOf: envelopes } : { description: 'No register has a lifecycle.', not: {} },
  };
}
