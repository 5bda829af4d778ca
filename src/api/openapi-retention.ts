/**
 * The OpenAPI paths and schemas of timers, retention and legal holds (`retention-api.ts`), built
 * with the blocks of `openapi.ts`. The paths keep `{registryId}`: the shapes do not depend on the
 * register; the rules each register declares are named in the descriptions.
 */
import type { Registry } from '../model/types.js';
import { DEFAULT_JOB_LIMIT, JOB_VIEWS, MAX_JOB_LIMIT } from '../operations/jobs.js';
import { MAX_HOLD_REASON } from '../operations/legal-holds.js';
import { enforceableRules } from '../workflows/schedule.js';
import { json, jsonBody, operation, parameterRef, problem, responseRef, schemaRef, type Json } from './openapi.js';

export const RETENTION_TAG = {
  name: 'Retention and timers',
  description:
    'What happens to records over time: the jobs of lifecycle timers and retention rules (when each is due, failed, blocked or waiting for review), and legal holds, which stop a record from being deleted.',
};

const TAG = RETENTION_TAG.name;

const JOB_STATUSES = ['pending', 'running', 'done', 'failed', 'blocked', 'review', 'cancelled'];

export function retentionPaths(registries: readonly Registry[]): Json {
  const rules = registries
    .map((registry) => {
      const timers = (registry.lifecycle?.timers ?? []).map((timer) => `\`timer:${timer.id}\``);
      const retention = enforceableRules(registry).map((rule) => `\`retention:${rule.id}\` (${rule.then} ${rule.keep} after ${'state' in rule.from ? `entering ${rule.from.state}` : 'field' in rule.from ? rule.from.field : rule.from.event})`);
      return [...timers, ...retention].length > 0 ? `\`${registry.id}\`: ${[...timers, ...retention].join(', ')}` : undefined;
    })
    .filter((line) => line !== undefined);
  const record = [parameterRef('RegistryId'), parameterRef('RecordId')];
  const id = (name: string, description: string): Json => ({ name, in: 'path', required: true, description, schema: { type: 'integer', minimum: 1 } });
  return {
    '/api/registries/{registryId}/records/{recordId}/legal-holds': {
      get: operation({
        operationId: 'getRecordLegalHolds',
        tag: TAG,
        summary: 'Legal holds of a record',
        description: 'The holds placed on the record, in force and released, oldest first. For any role that may read the record; audited as a read.',
        parameters: record,
        responses: {
          '200': { description: 'The holds.', content: json(schemaRef('LegalHoldList')) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or record.'),
        },
      }),
      post: operation({
        operationId: 'placeLegalHold',
        tag: TAG,
        summary: 'Place a legal hold',
        description:
          'Stops the record from being deleted — by its retention rule or by staff — until the hold is released, for example while a court case or a complaint is pending. ' +
          `Needs the \`legal-hold\` ability and a reason in plain words (one line, 1–${MAX_HOLD_REASON} characters). Audited (\`legal-hold\`).`,
        parameters: record,
        requestBody: jsonBody(schemaRef('LegalHoldInput'), 'Why the record is held.'),
        responses: {
          '201': { description: 'The hold, in force.', content: json(schemaRef('LegalHold')) },
          '400': problem('The body is not JSON.'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or record.'),
          '413': responseRef('PayloadTooLarge'),
          '415': responseRef('UnsupportedMediaType'),
          '422': problem('The reason is missing, not text, too long or not one line.'),
        },
      }),
    },
    '/api/registries/{registryId}/records/{recordId}/legal-holds/{holdId}/release': {
      post: operation({
        operationId: 'releaseLegalHold',
        tag: TAG,
        summary: 'Release a legal hold',
        description:
          'Ends a hold in force (it stays in the record\'s history). Jobs it blocked are due again at once and run at the scheduler\'s next run, unless something else still blocks them. Needs the `legal-hold` ability; audited. No request body.',
        parameters: [...record, id('holdId', 'The hold\'s id.')],
        responses: {
          '200': { description: 'The released hold.', content: json(schemaRef('LegalHold')) },
          '400': problem('The hold id is not a positive whole number.'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register, or the record has no hold of that id in force.'),
        },
      }),
    },
    '/api/registries/{registryId}/records/{recordId}/jobs': {
      get: operation({
        operationId: 'getRecordJobs',
        tag: TAG,
        summary: 'Upcoming jobs of a record',
        description:
          'What will happen to the record and when: its timers and retention rules still to run, failed (with the error), blocked (with the reason) or waiting for review, soonest first. For any role that may read the record; audited as a read. ' +
          `Rules by register — ${rules.join('; ') || 'no register has timers or enforceable retention rules'}.`,
        parameters: record,
        responses: {
          '200': { description: 'The jobs.', content: json(schemaRef('JobList')) },
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register or record.'),
        },
      }),
    },
    '/api/registries/{registryId}/jobs': {
      get: operation({
        operationId: 'getRegistryJobs',
        tag: TAG,
        summary: 'Jobs of a register',
        description:
          'One view of the register\'s jobs, with the number of jobs in each status: `due` (pending and due now), `upcoming`, `failed` (with the last error), `blocked` (with the reason), `review` (waiting for a person), `done`, `cancelled`. For roles with the `view-audit` ability; audited.',
        parameters: [
          parameterRef('RegistryId'),
          { name: 'view', in: 'query', required: false, description: 'Which jobs.', schema: { type: 'string', enum: [...JOB_VIEWS], default: 'due' } },
          { name: 'limit', in: 'query', required: false, description: 'How many jobs at most.', schema: { type: 'integer', minimum: 1, maximum: MAX_JOB_LIMIT, default: DEFAULT_JOB_LIMIT } },
        ],
        responses: {
          '200': { description: 'The jobs.', content: json(schemaRef('RegistryJobs')) },
          '400': problem('Unknown view, or a limit out of range.'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register.'),
        },
      }),
    },
    '/api/registries/{registryId}/jobs/{jobId}/reviewed': {
      post: operation({
        operationId: 'markJobReviewed',
        tag: TAG,
        summary: 'Mark a review done',
        description: 'A person has reviewed the record a timer or a retention rule asked to review: the job is done. For roles that may change the register\'s records; audited (`review`). No request body.',
        parameters: [parameterRef('RegistryId'), id('jobId', 'The job\'s id.')],
        responses: {
          '200': { description: 'The job, done.', content: json(schemaRef('Job')) },
          '400': problem('The job id is not a positive whole number.'),
          '401': responseRef('Unauthorized'),
          '403': responseRef('Forbidden'),
          '404': problem('No such register, or no job of that id in it.'),
          '409': problem('The job is not waiting for review.'),
        },
      }),
    },
  };
}

export function retentionSchemas(): Json {
  const time = { type: 'string', format: 'date-time' };
  return {
    LegalHoldInput: {
      type: 'object',
      required: ['reason'],
      properties: { reason: { type: 'string', minLength: 1, maxLength: MAX_HOLD_REASON, description: 'Why the record is held, in plain words, one line.' } },
    },
    LegalHold: {
      type: 'object',
      required: ['id', 'record', 'reason', 'active', 'placed_by', 'placed_at'],
      additionalProperties: false,
      properties: {
        id: { type: 'integer' },
        record: { type: 'string' },
        reason: { type: 'string' },
        active: { type: 'boolean', description: 'In force (not released).' },
        placed_by: { type: 'string' },
        placed_at: time,
        released_by: { type: 'string' },
        released_at: time,
      },
    },
    LegalHoldList: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: schemaRef('LegalHold') } } },
    Job: {
      type: 'object',
      description: 'A job of a timer or a retention rule for one record. Holds no field values.',
      required: ['id', 'record', 'rule', 'due_at', 'status', 'attempts'],
      additionalProperties: false,
      properties: {
        id: { type: 'integer' },
        record: { type: 'string' },
        rule: { type: 'string', description: '`timer:<id>` or `retention:<id>`.', pattern: '^(timer|retention):' },
        kind: { type: 'string', enum: ['timer', 'retention'], description: 'Absent for a rule the definition no longer has.' },
        action: { type: 'string', enum: ['transition', 'review', 'delete', 'anonymize'], description: 'What running it does.' },
        transition: { type: 'string', description: 'The transition a timer takes.' },
        due_at: { ...time, description: 'When it is due.' },
        status: { type: 'string', enum: JOB_STATUSES },
        attempts: { type: 'integer', minimum: 0, description: 'Failed attempts.' },
        last_error: { type: 'string', description: 'Why the last attempt failed, or what blocks the job (a hold\'s or a restriction\'s reason).' },
        next_attempt_at: { ...time, description: 'When a failed or blocked job is tried again.' },
        outcome: {
          type: 'string',
          description: 'How it ended or what blocks it: `transitioned`, `erased`, `anonymized`, `review-due`, `reviewed`, `record-deleted`, `left-state`, `field-empty`, `rule-removed`, `rescheduled`, `legal-hold`, `restriction`.',
        },
        finished_at: time,
      },
    },
    JobList: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: schemaRef('Job') } } },
    RegistryJobs: {
      type: 'object',
      required: ['view', 'counts', 'items'],
      properties: {
        view: { type: 'string', enum: [...JOB_VIEWS] },
        counts: {
          type: 'object',
          description: 'Jobs in each status; `due`: pending jobs due now.',
          additionalProperties: { type: 'integer', minimum: 0 },
          propertyNames: { enum: [...JOB_STATUSES, 'due'] },
        },
        items: { type: 'array', items: schemaRef('Job') },
      },
    },
  };
}
