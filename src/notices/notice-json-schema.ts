/**
 * JSON Schema (2020-12) of the machine-readable notice: the documentation of its shape, served at
 * `/notices/notice.schema.json`, and the test that keeps `noticeJson` from drifting. Keys are the
 * registry language's keys in camelCase (see registries/README.md for what each one means).
 */
import { NOTICE_JSON_FORMAT } from './notice-json.js';

const text = { $ref: '#/$defs/text' };
const texts = { type: 'array', items: text };
const strings = { type: 'array', items: { type: 'string' } };
const list = (description: string, items: object = { type: 'object' }) => ({ type: 'array', description, items });
const object = (description: string) => ({ type: 'object', description });

export const NOTICE_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'notice.schema.json',
  title: 'seloste machine-readable privacy notice',
  description: `A register's privacy notice (GDPR Art 13 and 14) as published by seloste. Format ${NOTICE_JSON_FORMAT}.`,
  type: 'object',
  additionalProperties: false,
  required: ['format', 'id', 'version', 'languages', 'name', 'notice', 'categories', 'rights', 'supervisoryAuthority'],
  properties: {
    format: { const: NOTICE_JSON_FORMAT, description: 'Shape and version of this document.' },
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$', description: 'The registry id, stable across versions.' },
    // The model digest is SHA-256 cut to 16 hex digits (model/normalize.ts); the schema had 64 and rejected every notice.
    version: { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'Digest of the registry definition (16 hex digits of its SHA-256); changes whenever the notice does.' },
    languages: { type: 'array', items: { enum: ['fi', 'sv', 'en'] }, description: 'Languages the notice is written in; Finnish always.' },
    name: { ...text, description: 'Name of the register.' },
    description: text,
    notice: object('Title, dates (ISO 8601), validity, availability, links and change log of the notice.'),
    controller: object('The controller (Art 13(1)(a)): name, unit, business ID, address, phone, email, website, officials.'),
    jointControllers: list('Joint controllers (Art 26) with their responsibilities.'),
    jointArrangement: text,
    representatives: list('Representatives of the controller.', { $ref: '#/$defs/person' }),
    contacts: list('Contact people for matters about the register.', { $ref: '#/$defs/person' }),
    dpo: { $ref: '#/$defs/person', description: 'The data protection officer (Art 13(1)(b)).' },
    registerForm: { type: 'array', items: { enum: ['electronic', 'manual'] } },
    dataSubjects: list('Groups of people whose data the register holds.'),
    purposes: list('Purposes of the processing (Art 13(1)(c)).'),
    legalBases: list('Legal bases: GDPR points (6(1)(x), 9(2)(x)), national laws, purposes, consent, legitimate interests.', {
      type: 'object',
      required: ['id', 'gdpr', 'laws', 'purposes'],
      // Every required key is also declared: ajv's strict mode (strictRequired) rejects the schema otherwise.
      properties: { id: { type: 'string' }, gdpr: { type: 'array', items: { type: 'string', pattern: '^(6\\(1\\)\\([a-f]\\)|9\\(2\\)\\([a-j]\\))$' } }, laws: texts, purposes: strings },
    }),
    provision: object('Whether providing the data is statutory or contractual, and what follows if it is not (Art 13(2)(e)).'),
    secrecy: object('Confidentiality statement and grounds.'),
    consents: list('Consents the register asks for: purposes, methods, how to withdraw.'),
    categories: list('Categories of personal data and their fields.', {
      type: 'object',
      required: ['id', 'name', 'fields'],
      properties: { id: { type: 'string' }, name: text, fields: { type: 'array', items: { $ref: '#/$defs/field' } } },
    }),
    sources: list('Regular sources of the data (Art 14(2)(f)).'),
    sourcesStatement: text,
    disclosures: object('Regular disclosures: recipients, data, basis, method (Art 13(1)(e)).'),
    linkages: list('Linkages with other registers.'),
    systems: list('Information systems the register is kept in.'),
    processors: list('Processors acting for the controller.'),
    transfers: object('Transfers outside the EU/EEA and their safeguards (Art 13(1)(f)).'),
    automatedDecisions: object('Automated decision-making and profiling (Art 13(2)(f)).'),
    security: object('Security measures: manual, electronic, organisational.'),
    retention: object('Retention: statement and rules; enforceable rules carry an ISO 8601 duration, a start and an action.'),
    rights: {
      type: 'object',
      additionalProperties: false,
      required: ['deadline', 'deadlineFrom', 'items', 'restrictions'],
      description: "The data subject's rights as derived from the legal bases, with the register's own explanations.",
      properties: {
        statement: text,
        exercise: object('How to exercise the rights: channels, addressee, identity check, deadline, cost.'),
        restrictions: texts,
        contact: text,
        deadline: { type: 'string', description: 'ISO 8601 duration within which a request is answered (Art 12(3)).' },
        deadlineFrom: { enum: ['registry', 'law'] },
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['right', 'article', 'status', 'decidedBy'],
            properties: {
              right: { enum: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent', 'complaint', 'automated-decisions'] },
              article: { type: 'string', description: 'GDPR article granting the right.' },
              status: { enum: ['applies', 'limited', 'not-applicable'] },
              reason: { type: 'string', description: 'Why the right is limited or does not apply (a stable code).' },
              decidedBy: { ...strings, description: 'GDPR points of the legal bases that decided the status.' },
              text: text,
              restrictions: text,
              exercise: object('How to exercise this right, where the register says.'),
            },
          },
        },
      },
    },
    supervisoryAuthority: object('Where to complain (Art 13(2)(d)): the Finnish Data Protection Ombudsman.'),
    administration: texts,
  },
  $defs: {
    text: {
      type: 'object',
      description: 'A text in Finnish and, where written, Swedish and English.',
      additionalProperties: false,
      required: ['fi'],
      properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } },
    },
    person: {
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string' }, role: text, title: text, unit: text, address: text, phone: { type: 'string' }, email: { type: 'string' } },
    },
    field: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label', 'type', 'required', 'specialCategory', 'sources', 'purposes', 'category', 'settings', 'fields'],
      properties: {
        id: { type: 'string' },
        label: text,
        type: { type: 'string', description: 'Field type (see registries/README.md).' },
        description: text,
        required: { type: 'boolean' },
        specialCategory: { type: 'boolean', description: 'Special category of personal data (Art 9).' },
        confidentiality: text,
        sources: strings,
        purposes: strings,
        protectedBy: { type: 'string', description: 'Field whose value puts this address under address protection.' },
        category: { type: 'string' },
        group: { type: 'string' },
        settings: { type: 'object' },
        fields: { type: 'array', items: { $ref: '#/$defs/field' } },
      },
    },
  },
} as const;
