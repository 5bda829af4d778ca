/**
 * The OpenAPI document of the five seed registries: valid by the official OpenAPI 3.1 schemas,
 * every `$ref` resolving, every operation named, secured and with a problem response, record
 * schemas identical to the ones the API validates with, and the same JSON for the same input.
 * The embedded schemas are also compiled with ajv (2020-12, strict), which the OpenAPI schemas
 * leave unchecked, and held to sample envelopes and patches.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PUBLIC_PATHS, openApiDocument, registrySchemaNames, registryTag } from '../../src/api/openapi.js';
import type { Registry } from '../../src/model/types.js';
import { addRecordFormats } from '../../src/schema/formats.js';
import { recordSchema } from '../../src/schema/record-schema.js';
import { loadSeeds } from '../helpers/seeds.js';

type Json = Record<string, unknown>;

const seeds = loadSeeds();
const doc = openApiDocument(seeds, { version: '1.2.3' });
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation as `[method, path, operation]`. */
function operations(document: Json): Array<[string, string, Json]> {
  return Object.entries(document['paths'] as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => [method, path, op as Json] as [string, string, Json]),
  );
}

/** Resolves a local reference such as `#/components/schemas/Problem`; undefined if it dangles. */
function resolve(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function deref(node: unknown): Json {
  let current = node as Json;
  while (typeof current['$ref'] === 'string') current = resolve(doc, current['$ref']) as Json;
  return current;
}

function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

const schemas = (doc['components'] as Json)['schemas'] as Record<string, Json>;

describe('openApiDocument', () => {
  it('is a valid OpenAPI 3.1 document by the official schemas', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has every $ref resolving inside the document', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((ref) => resolve(doc, ref) === undefined)).toEqual([]);
  });

  it('documents exactly the API surface', () => {
    const expected = [
      'get /health',
      'post /api/login',
      'post /api/logout',
      'get /api/me',
      'get /api/registries',
      'get /api/registries/{registryId}',
      'get /api/registries/{registryId}/schema.json',
      'get /api/registries/{registryId}/reports',
      'get /api/registries/{registryId}/reports/{reportId}',
      'get /api/registries/{registryId}/records/{recordId}/audit',
      'get /api/registries/{registryId}/records/{recordId}/transitions',
      'post /api/registries/{registryId}/records/{recordId}/transitions/{transitionId}',
      'get /api/registries/{registryId}/records/{recordId}/consents',
      'post /api/registries/{registryId}/records/{recordId}/consents',
      'get /api/registries/{registryId}/records/{recordId}/disclosures',
      'post /api/registries/{registryId}/records/{recordId}/disclosures',
      'get /api/registries/{registryId}/records/{recordId}/legal-holds',
      'post /api/registries/{registryId}/records/{recordId}/legal-holds',
      'post /api/registries/{registryId}/records/{recordId}/legal-holds/{holdId}/release',
      'get /api/registries/{registryId}/records/{recordId}/jobs',
      'get /api/registries/{registryId}/jobs',
      'post /api/registries/{registryId}/jobs/{jobId}/reviewed',
      'post /api/requests',
      'get /api/requests',
      'get /api/requests/{requestId}',
      'post /api/requests/{requestId}/verify-identity',
      'post /api/requests/{requestId}/extend',
      'post /api/requests/{requestId}/complete',
      'post /api/requests/{requestId}/refuse',
      'post /api/requests/{requestId}/withdraw',
      'post /api/requests/{requestId}/carry-out',
      'post /api/requests/{requestId}/lift-restriction',
      'get /api/requests/{requestId}/package',
      'get /api/requests/{requestId}/package.html',
      'get /api/audit',
      'post /api/persons/lookup',
      'post /api/persons/audit',
      'get /api/openapi.json',
      'get /api/docs',
      ...seeds.flatMap((registry) => {
        const base = `/api/registries/${registry.id}/records`;
        return [`get ${base}`, `post ${base}`, `get ${base}/{recordId}`, `patch ${base}/{recordId}`, `delete ${base}/{recordId}`];
      }),
    ];
    expect(operations(doc).map(([method, path]) => `${method} ${path}`).sort()).toEqual(expected.sort());
  });

  it('names every operation with a unique operationId', () => {
    const ids = operations(doc).map(([, , op]) => op['operationId']);
    expect(ids.every((id) => typeof id === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('requires a session or an API token on every operation but the public ones', () => {
    const declared = Object.keys((doc['components'] as Json)['securitySchemes'] as Json);
    expect(declared.sort()).toEqual(['apiToken', 'sessionCookie']);
    expect(doc['security']).toBeUndefined();
    for (const [method, path, op] of operations(doc)) {
      const security = op['security'] as Array<Record<string, string[]>>;
      if (PUBLIC_PATHS.includes(path)) {
        expect(security, `${method} ${path}`).toEqual([]);
      } else {
        expect(security.length, `${method} ${path}`).toBeGreaterThan(0);
        for (const requirement of security) for (const name of Object.keys(requirement)) expect(declared).toContain(name);
        // Every secured operation can answer 401.
        expect(Object.keys(op['responses'] as Json), `${method} ${path}`).toContain('401');
      }
    }
    const cookie = deref((doc['components'] as Json)['securitySchemes'] as Json)['sessionCookie'] as Json;
    expect(cookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'seloste_session' });
  });

  it('gives every operation that can fail on a client error a 4xx problem+json response', () => {
    // The health check, this document and its page take no input and need no session.
    const infallible = ['get /health', 'get /api/openapi.json', 'get /api/docs'];
    for (const [method, path, op] of operations(doc)) {
      const responses = op['responses'] as Record<string, Json>;
      const problems = Object.entries(responses)
        .filter(([status]) => /^4\d\d$/.test(status))
        .map(([, response]) => deref(response))
        .filter((response) => {
          const content = response['content'] as Record<string, Json> | undefined;
          return content?.['application/problem+json']?.['schema'] !== undefined;
        });
      if (infallible.includes(`${method} ${path}`)) continue;
      expect(problems.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const response of problems) {
        const content = response['content'] as Record<string, Json>;
        expect(content['application/problem+json']!['schema']).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
  });

  it('declares every path parameter a path template names', () => {
    for (const [method, path, op] of operations(doc)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = ((op['parameters'] as Json[] | undefined) ?? []).map(deref).filter((p) => p['in'] === 'path').map((p) => p['name']);
      expect(declared.sort(), `${method} ${path}`).toEqual(names.sort());
    }
  });

  it('embeds each record schema as recordSchema() without $schema and $id', () => {
    for (const registry of seeds) {
      const { $schema, $id, ...expected } = recordSchema(registry);
      expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect($id).toBeDefined();
      expect(schemas[registrySchemaNames(registry.id).record]).toEqual(expected);
    }
  });

  it('types each registry\'s record operations with its own schemas', () => {
    const raisio = seeds.find((registry) => registry.id === 'raisio-tyollisyyspalvelut')!;
    const names = registrySchemaNames(raisio.id);
    expect(names.record).toBe('Record_raisio_tyollisyyspalvelut');
    const item = (doc['paths'] as Record<string, Json>)['/api/registries/raisio-tyollisyyspalvelut/records'] as Record<string, Json>;
    const post = item['post']!;
    expect(post['tags']).toEqual([registryTag(raisio.id)]);
    expect(((post['requestBody'] as Json)['content'] as Record<string, Json>)['application/json']!['schema']).toEqual({
      $ref: `#/components/schemas/${names.record}`,
    });
    const created = (post['responses'] as Record<string, Json>)['201']!;
    expect(((created['content'] as Record<string, Json>)['application/json']!['schema'] as Json)['$ref']).toBe(`#/components/schemas/${names.envelope}`);
    expect(Object.keys(created['headers'] as Json)).toEqual(['Location', 'ETag']);
    const envelope = schemas[names.envelope]!;
    expect((envelope['properties'] as Record<string, Json>)['data']).toEqual({ $ref: `#/components/schemas/${names.data}` });
    expect((envelope['properties'] as Record<string, Json>)['registry']).toEqual({ type: 'string', const: raisio.id });
  });

  it('offers sorting, filtering and state only where they mean something', () => {
    const params = (registry: Registry) => {
      const item = (doc['paths'] as Record<string, Json>)[`/api/registries/${registry.id}/records`] as Record<string, Json>;
      return (item['get']!['parameters'] as Json[]).map(deref);
    };
    for (const registry of seeds) {
      const list = params(registry);
      const byName = new Map(list.map((p) => [p['name'], p]));
      expect([...byName.keys()]).toEqual(expect.arrayContaining(['limit', 'offset', 'sort', 'q', 'filter']));
      expect(byName.get('limit')!['schema']).toEqual({ type: 'integer', minimum: 1, maximum: 200, default: 50 });
      const sort = (byName.get('sort')!['schema'] as Json)['enum'] as string[];
      expect(sort).toEqual(expect.arrayContaining(['created_at', '-created_at', 'updated_at', '-updated_at']));
      const filter = byName.get('filter')!;
      expect(filter).toMatchObject({ in: 'query', style: 'deepObject', explode: true });
      // Repeating groups, addresses and files are not single values; a list of choices can be filtered on.
      for (const field of registry.categories.flatMap((category) => category.fields)) {
        const scalar = ['string', 'number', 'integer', 'boolean'].includes(String((recordSchema(registry)['properties'] as Record<string, Json>)[field.id]!['type']));
        expect(sort.includes(field.id), field.id).toBe(scalar);
        expect(Object.hasOwn((filter['schema'] as Json)['properties'] as Json, field.id), field.id).toBe(scalar || field.type === 'multi-choice');
      }
      const state = byName.get('state');
      if (registry.lifecycle) expect((state!['schema'] as Json)['enum']).toEqual(registry.lifecycle.states.map((s) => s.id));
      else expect(state).toBeUndefined();
    }
  });

  it('is deterministic: the same registries give the same JSON, in any order', () => {
    const again = JSON.stringify(openApiDocument(loadSeeds(), { version: '1.2.3' }));
    expect(again).toBe(JSON.stringify(doc));
    expect(JSON.stringify(openApiDocument([...seeds].reverse(), { version: '1.2.3' }))).toBe(JSON.stringify(doc));
  });

  it('names the server only when given one', () => {
    expect(doc['servers']).toBeUndefined();
    const withServer = openApiDocument(seeds, { version: '1.2.3', serverUrl: 'https://rekisterit.example.fi' });
    expect(withServer['servers']).toEqual([{ url: 'https://rekisterit.example.fi' }]);
    expect((withServer['info'] as Json)['version']).toBe('1.2.3');
  });

  it('documents a server without registers', async () => {
    const empty = openApiDocument([], { version: '0.0.0' });
    const result = await new Validator().validate(structuredClone(empty));
    expect(result.errors).toBeUndefined();
  });
});

describe('the embedded JSON Schemas', () => {
  // The OpenAPI meta-schema leaves schema objects open; ajv (2020-12, strict) checks them.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addRecordFormats(ajv);
  for (const format of ['uuid', 'uri-reference', 'password']) ajv.addFormat(format, true);
  ajv.addKeyword('discriminator');
  ajv.addKeyword('components');
  ajv.addSchema({ $id: 'urn:test:openapi', components: { schemas } });
  const check = (name: string, value: unknown) => {
    const validate = ajv.getSchema(`urn:test:openapi#/components/schemas/${name}`)!;
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };

  it('all compile in strict mode', () => {
    for (const name of Object.keys(schemas)) expect(ajv.getSchema(`urn:test:openapi#/components/schemas/${name}`), name).toBeDefined();
  });

  const raisio = registrySchemaNames('raisio-tyollisyyspalvelut');
  const envelope = {
    id: '0b8a6b0e-3c1f-4f5e-9a43-2f1f9d1c2b7a',
    registry: 'raisio-tyollisyyspalvelut',
    registry_version: 'sha256:abc',
    state: 'aktiivinen',
    version: 3,
    created_at: '2025-01-02T10:00:00Z',
    updated_at: '2025-01-03T10:00:00Z',
    created_by: 'maija',
    updated_by: 'maija',
    data: { henkilotunnus: '131052-308T', nimi: 'Maija Meikäläinen', turvakielto: true },
    hidden: ['osoite'],
  };

  it('accept a record envelope whose data leaves hidden fields out', () => {
    expect(check(raisio.envelope, envelope)).toEqual([]);
    expect(check(raisio.list, { items: [envelope], total: 1, limit: 50, offset: 0 })).toEqual([]);
    expect(check(raisio.envelope, { ...envelope, registry: 'walmu-asiakashallinta' })).not.toEqual([]);
    expect(check(raisio.envelope, { ...envelope, data: { tuntematon: 1 } })).not.toEqual([]);
  });

  it('accept a merge patch that clears an optional field, not a required one', () => {
    const registry = seeds.find((r) => r.id === 'raisio-tyollisyyspalvelut')!;
    const fields = registry.categories.flatMap((category) => category.fields);
    const optional = fields.find((field) => !field.required && field.type === 'text')!;
    const required = fields.find((field) => field.required && field.type === 'text')!;
    expect(check(raisio.patch, { [optional.id]: null })).toEqual([]);
    expect(check(raisio.patch, { [optional.id]: 'uusi arvo' })).toEqual([]);
    expect(check(raisio.patch, { [required.id]: null })).not.toEqual([]);
    expect(check(raisio.patch, {})).toEqual([]);
  });

  it('accept a problem with field errors and a person lookup result', () => {
    const problem = {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'The record is not valid.',
      errors: [{ pointer: '/henkilotunnus', field: 'henkilotunnus', message: 'Henkilötunnus: tarkistusmerkki ei täsmää', keyword: 'format' }],
    };
    expect(check('Problem', problem)).toEqual([]);
    expect(check('PersonLookupResult', { items: [{ registry: 'raisio-tyollisyyspalvelut', record: envelope }] })).toEqual([]);
    expect(check('PersonLookupResult', { items: [{ registry: 'walmu-asiakashallinta', record: envelope }] })).not.toEqual([]);
  });
});
