/**
 * The records API in process, on a file database (WAL) holding 5,000 Raisio customers (name,
 * protected address, choices, six repeating groups) and 5,000 Joensuu customers (the largest
 * records: nine repeating groups of long texts). Every request is authenticated with an API
 * token and audited, as in production: create one record (validation, row + group rows +
 * search index + audit entry in one transaction), read one, a page of 50, a text search, a
 * filtered page sorted by name, and a lookup by identity code across all registries.
 */
import { bench, describe } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import { json, seedRegistries, testEngine } from '../helpers/engine.js';

const TODAY = new Date('2026-03-02');
const t = await testEngine({ demo: true });
const admin = await t.userWithToken('paakayttaja', t.engine.registries.map((candidate) => `${candidate.id}:paakayttaja`));

async function fill(id: string) {
  const registry = seedRegistries().find((candidate) => candidate.id === id)!;
  const records = generateRecords(registry, { count: 5_000, seed: 11, today: TODAY });
  const ids: string[] = [];
  for (const data of records) ids.push((await json(await t.call(admin, 'POST', `/api/registries/${id}/records`, data))).id);
  return { path: `/api/registries/${id}/records`, records, ids };
}

const joensuu = await fill('joensuu-tyollisyyspalvelut');
const raisio = await fill('raisio-tyollisyyspalvelut');
const surname = String(raisio.records[0]!['nimi']).split(' ').at(-1)!.slice(0, 4);
const code = raisio.records[0]!['henkilotunnus'] as string;
let n = 0;

describe('records API (5,000 records in each of two registries, file database)', () => {
  bench('POST a Joensuu record (validate, store 9 groups, index, audit)', async () => {
    await t.call(admin, 'POST', joensuu.path, joensuu.records[n++ % joensuu.records.length]);
  });
  bench('GET one Joensuu record', async () => {
    await t.call(admin, 'GET', `${joensuu.path}/${joensuu.ids[n++ % joensuu.ids.length]}`);
  });
  bench('GET a page of 50 Raisio records (newest first)', async () => {
    await t.call(admin, 'GET', `${raisio.path}?limit=50`);
  });
  bench('GET a Raisio text search (prefix of a surname), page of 50', async () => {
    await t.call(admin, 'GET', `${raisio.path}?q=${encodeURIComponent(surname)}&limit=50`);
  });
  bench('GET a Raisio page filtered by a choice, sorted by name', async () => {
    await t.call(admin, 'GET', `${raisio.path}?filter[siviilisaaty]=naimaton&sort=nimi&limit=50`);
  });
  bench('POST /api/persons/lookup across five registries', async () => {
    await t.call(admin, 'POST', '/api/persons/lookup', { personal_identity_code: code });
  });
});
