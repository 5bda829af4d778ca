/** An engine on the five seeds with a request handler, and people with records in several registries. */
import { generateRecords } from '../../src/demo/generate-records.js';
import type { Lang } from '../../src/i18n/catalogue.js';
import type { Registry } from '../../src/model/types.js';
import type { Caller } from '../../src/operations/context.js';
import { json, seedRegistries, testEngine, type TestEngine } from './engine.js';

export const SEEDS = {
  helsinki: 'helsinki-tyorasti',
  hakosalo: 'iisalmi-hakosalo',
  joensuu: 'joensuu-tyollisyyspalvelut',
  raisio: 'raisio-tyollisyyspalvelut',
  walmu: 'walmu-asiakashallinta',
} as const;

/** Temporary identity codes (900–999): never a living person's code. */
export const PERSON = '250675-940M';
export const OTHER_PERSON = '020502A9970';

export const TODAY = new Date('2026-03-02T08:00:00Z');

export interface RequestTest {
  t: TestEngine;
  /** `kasittelija`: main user (`paakayttaja`, with `handle-requests`) in every seed. */
  token: string;
  /** The same user as an operations caller. */
  caller(lang?: Lang): Caller;
  /** Creates a record of `registry` for the person with `code`; returns its id. */
  addRecord(registry: string, code: string, seed?: number, changes?: Record<string, unknown>): Promise<string>;
  /** Creates a request through the API; returns the response body. */
  createRequest(body: Record<string, unknown>, token?: string): Promise<Record<string, unknown> & { id: string; version: number }>;
}

/** `extra`: registries besides the seeds (their main user role must be `paakayttaja`). */
export async function requestTest(extra: readonly Registry[] = []): Promise<RequestTest> {
  const t = await testEngine({ demo: true, registries: [...seedRegistries(), ...extra] });
  const ids: string[] = [...Object.values(SEEDS), ...extra.map((registry) => registry.id)];
  const token = await t.userWithToken('kasittelija', ids.map((id) => `${id}:paakayttaja`));
  return {
    t,
    token,
    caller: (lang = 'fi') => ({ actor: 'kasittelija', roles: new Map(ids.map((id) => [id, ['paakayttaja']])), lang }),
    async addRecord(registry, code, seed = 1, changes = {}) {
      const model = [...seedRegistries(), ...extra].find((candidate) => candidate.id === registry)!;
      const [data] = generateRecords(model, { count: 1, seed, today: TODAY });
      const response = await t.call(token, 'POST', `/api/registries/${registry}/records`, { ...data, henkilotunnus: code, ...changes });
      const body = await json(response);
      if (response.status !== 201) throw new Error(`record not created in ${registry}: ${JSON.stringify(body)}`);
      return body.id as string;
    },
    async createRequest(body, as = token) {
      const response = await t.call(as, 'POST', '/api/requests', body);
      const created = await json(response);
      if (response.status !== 201) throw new Error(`request not created: ${response.status} ${JSON.stringify(created)}`);
      return created;
    },
  };
}
