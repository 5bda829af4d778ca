/**
 * The newcomer's path through the API for each of the five registries: create, read, list,
 * search, filter, sort, update (with If-Match), delete — every access in the audit log and the
 * chain intact afterwards.
 */
import { describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import type { Registry } from '../../src/model/types.js';
import { json, seedRegistries, testEngine } from '../helpers/engine.js';

const TODAY = new Date('2026-03-02T08:00:00Z');

/** The first top-level text field the record has a value in, and the first word of it. */
function searchableWord(registry: Registry, data: Record<string, unknown>): string {
  for (const field of registry.categories.flatMap((category) => category.fields)) {
    const value = data[field.id];
    if (field.type === 'text' && typeof value === 'string' && /\p{L}{3}/u.test(value)) return value.split(/\s+/).find((word) => /\p{L}{3}/u.test(word))!;
  }
  throw new Error(`no text value in ${registry.id}`);
}

function editableTextField(registry: Registry): string {
  return registry.categories.flatMap((category) => category.fields).find((field) => field.type === 'long-text' || field.type === 'text')!.id;
}

describe.each(seedRegistries().map((registry) => [registry.id, registry] as const))('records API: %s', (id, registry) => {
  it('creates, finds, updates and deletes records, every access audited', async () => {
    const t = await testEngine({ demo: true });
    const admin = await t.userWithToken('paakayttaja', [`${id}:paakayttaja`]);
    const records = generateRecords(registry, { count: 3, seed: 7, today: TODAY });

    const created: string[] = [];
    for (const data of records) {
      const response = await t.call(admin, 'POST', `/api/registries/${id}/records`, data);
      const body = await json(response);
      expect(response.status, JSON.stringify(body)).toBe(201);
      expect(response.headers.get('Location')).toBe(`/api/registries/${id}/records/${body.id}`);
      expect(body).toMatchObject({ registry: id, version: 1, registry_version: registry.origin.digest, data, hidden: [], state: registry.lifecycle?.initial ?? null });
      created.push(body.id);
    }

    const first = created[0]!;
    const read = await t.call(admin, 'GET', `/api/registries/${id}/records/${first}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('ETag')).toBe('"1"');
    expect((await json(read)).data).toEqual(records[0]);

    const list = await json(await t.call(admin, 'GET', `/api/registries/${id}/records?limit=2&sort=created_at`));
    expect(list.total).toBe(3);
    expect(list.items.map((item: { id: string }) => item.id)).toEqual(created.slice(0, 2));
    const next = await json(await t.call(admin, 'GET', `/api/registries/${id}/records?limit=2&offset=2&sort=created_at`));
    expect(next.items.map((item: { id: string }) => item.id)).toEqual(created.slice(2));

    const word = searchableWord(registry, records[0]!);
    const found = await json(await t.call(admin, 'GET', `/api/registries/${id}/records?q=${encodeURIComponent(word.slice(0, 4))}`));
    expect(found.items.map((item: { id: string }) => item.id)).toContain(first);

    const field = editableTextField(registry);
    const patched = await t.call(admin, 'PATCH', `/api/registries/${id}/records/${first}`, { [field]: 'Muutettu tieto' }, { 'If-Match': '"1"' });
    const patchedBody = await json(patched);
    expect(patched.status, JSON.stringify(patchedBody)).toBe(200);
    expect(patchedBody.version).toBe(2);
    expect(patchedBody.data).toEqual({ ...records[0], [field]: 'Muutettu tieto' });
    const stale = await t.call(admin, 'PATCH', `/api/registries/${id}/records/${first}`, { [field]: 'Vanha' }, { 'If-Match': '"1"' });
    expect(stale.status).toBe(412);

    expect((await t.call(admin, 'DELETE', `/api/registries/${id}/records/${first}`)).status).toBe(204);
    expect((await t.call(admin, 'GET', `/api/registries/${id}/records/${first}`)).status).toBe(404);
    expect((await json(await t.call(admin, 'GET', `/api/registries/${id}/records`))).total).toBe(2);

    const trail = t.engine.audit.list({ registry: id, records: [first], limit: 100 }).entries.map((entry) => `${entry.action}:${entry.outcome}`);
    expect(trail).toEqual(['create:ok', 'read:ok', 'list:ok', 'search:ok', 'update:ok', 'update:conflict', 'delete:ok', 'read:not-found']);
    expect(t.engine.audit.verify()).toMatchObject({ ok: true });
    expect(t.errors).toEqual([]);
    t.engine.close();
  });
});

describe('records API: filtering and sorting', () => {
  it('filters by a choice, a boolean and a multi-choice, and sorts by a text field both ways', async () => {
    const t = await testEngine({ demo: true });
    const admin = await t.userWithToken('paakayttaja', ['raisio-tyollisyyspalvelut:paakayttaja']);
    const base = { henkilotunnus: '010190-900P', osoite: { street: 'Kauppakatu 1', postal_code: '21200', post_office: 'Raisio' } };
    const people = [
      { ...base, nimi: 'Bertta Ahola', siviilisaaty: 'naimaton', turvakielto: false },
      { ...base, nimi: 'aino Mäkinen', siviilisaaty: 'avioliitossa', turvakielto: true },
      { ...base, nimi: 'Cecilia Virtanen', siviilisaaty: 'naimaton' },
    ];
    for (const data of people) expect((await t.call(admin, 'POST', '/api/registries/raisio-tyollisyyspalvelut/records', data)).status).toBe(201);
    const names = async (query: string) =>
      ((await json(await t.call(admin, 'GET', `/api/registries/raisio-tyollisyyspalvelut/records?${query}`))).items as Array<{ data: { nimi: string } }>).map((item) => item.data.nimi);
    expect(await names('filter[siviilisaaty]=naimaton&sort=nimi')).toEqual(['Bertta Ahola', 'Cecilia Virtanen']);
    expect(await names('filter[turvakielto]=true')).toEqual(['aino Mäkinen']);
    expect(await names('sort=nimi')).toEqual(['aino Mäkinen', 'Bertta Ahola', 'Cecilia Virtanen']);
    expect(await names('sort=-nimi')).toEqual(['Cecilia Virtanen', 'Bertta Ahola', 'aino Mäkinen']);
    // Search ignores case and Finnish diacritics, and each word must match as a prefix.
    expect(await names('q=makin')).toEqual(['aino Mäkinen']);
    expect(await names('q=virt%20cec')).toEqual(['Cecilia Virtanen']);
    expect(await names('q=virt%20aino')).toEqual([]);
    t.engine.close();
  });
});
