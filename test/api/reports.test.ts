/**
 * Aggregate reports over the API: Walmu's PAR statistics and Hakosalo's summary of customer
 * events, on generated records in a demo engine; JSON and CSV, access, and the audit entry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import type { Registry } from '../../src/model/types.js';
import { newRecord } from '../../src/operations/records.js';
import { runReport } from '../../src/reports/aggregate.js';
import { json, seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';

const TODAY = new Date('2026-03-02T08:00:00Z');
const WALMU = 'walmu-asiakashallinta';
const HAKOSALO = 'iisalmi-hakosalo';
const registryOf = (id: string): Registry => seedRegistries().find((registry) => registry.id === id)!;

let t: TestEngine;
let admin: string;
let worker: string;
let hakosaloAdmin: string;
const walmuData: Array<Record<string, unknown>> = [];
const hakosaloData: Array<Record<string, unknown>> = [];
const createdIds: string[] = [];

beforeAll(async () => {
  t = await testEngine({ demo: true });
  admin = await t.userWithToken('paakayttaja', [`${WALMU}:paakayttaja`]);
  worker = await t.userWithToken('tyontekija', [`${WALMU}:tyontekija`]);
  hakosaloAdmin = await t.userWithToken('hakosalo', [`${HAKOSALO}:paakayttaja`]);

  // More than one page (200) of Walmu records, through the store; a third start in the last full period (Sep–Dec 2025).
  const walmu = registryOf(WALMU);
  const months = ['2025-09-14', '2025-10-03', '2025-12-31', '2025-08-31', '2026-01-01', '2024-05-05'];
  generateRecords(walmu, { count: 230, seed: 11, today: TODAY }).forEach((data, i) => {
    data['asiakassuhde_alkoi'] = months[i % months.length];
    walmuData.push(data);
  });
  for (const data of walmuData) {
    const record = newRecord(t.engine.operations, walmu, data, 'system');
    await t.engine.operations.store.insert(record, { actor: 'system', action: 'create', outcome: 'ok', registry: WALMU });
    createdIds.push(record.id);
  }

  // Hakosalo records through the API.
  for (const data of generateRecords(registryOf(HAKOSALO), { count: 25, seed: 5, today: TODAY })) {
    const response = await t.call(hakosaloAdmin, 'POST', `/api/registries/${HAKOSALO}/records`, data);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    createdIds.push((await json(response)).id);
    hakosaloData.push(data);
  }
});

describe('reports API', () => {
  it('lists the reports the caller may run', async () => {
    const response = await t.call(admin, 'GET', `/api/registries/${WALMU}/reports`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect((await json(response)).items).toEqual([
      expect.objectContaining({ id: 'par_tilastot', counts: 'records', dimensions: ['asiakassuhteen_tyyppi', 'asiakassuhde_alkoi'], period: 'P4M', min_count: 5 }),
    ]);
    expect((await json(await t.call(worker, 'GET', `/api/registries/${WALMU}/reports`))).items).toEqual([]);
    expect((await t.call(hakosaloAdmin, 'GET', `/api/registries/${WALMU}/reports`)).status).toBe(403);
    expect((await t.call(admin, 'GET', '/api/registries/nope/reports')).status).toBe(404);
  });

  it('runs Walmu PAR over the latest full period, reading every page', async () => {
    const response = await t.call(admin, 'GET', `/api/registries/${WALMU}/reports/par_tilastot`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = await json(response);
    const walmu = registryOf(WALMU);
    const expected = runReport(walmu, walmu.reports[0]!, walmuData.map((data) => ({ data })), { today: TODAY });
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body).toMatchObject({ report: 'par_tilastot', from: '2025-09-01', to: '2025-12-31' });
    // 230 records, months cycling through six dates of which three lie in the period.
    const inPeriod = walmuData.filter((data) => ['2025-09-14', '2025-10-03', '2025-12-31'].includes(data['asiakassuhde_alkoi'] as string)).length;
    expect(inPeriod).toBe(116);
    const visible = body.rows.reduce((sum: number, row: { count: number | null }) => sum + (row.count ?? 0), 0);
    expect(body.total).toBe(116);
    expect(visible).toBeLessThanOrEqual(116);
    expect(new Set(body.rows.map((row: { values: Record<string, string> }) => row.values['asiakassuhde_alkoi']))).toEqual(new Set(['2025-09', '2025-10', '2025-12']));
    for (const row of body.rows) expect(row.count === null || row.count >= 5).toBe(true);
    expect(body.suppressed).toBe(body.rows.filter((row: { count: number | null }) => row.count === null).length);
  });

  it('takes an explicit period and answers CSV with a BOM as an attachment', async () => {
    const response = await t.call(admin, 'GET', `/api/registries/${WALMU}/reports/par_tilastot?from=2024-01-01&to=2024-12-31&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="par_tilastot-2024-01-01-2024-12-31.csv"');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Asiakassuhde tai toimenpide,Asiakassuhde alkoi,Lukumäärä');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toMatch(/^Yhteensä,,(\d+|<5)$/);
    const body = await json(await t.call(admin, 'GET', `/api/registries/${WALMU}/reports/par_tilastot?from=2024-01-01&to=2024-12-31`));
    expect(body.total).toBe(walmuData.filter((data) => data['asiakassuhde_alkoi'] === '2024-05-05').length);
    expect(lines).toHaveLength(body.rows.length + 3);
    for (const [i, row] of body.rows.entries()) {
      expect(lines[i + 1]).toBe(`${row.labels['asiakassuhteen_tyyppi']},2024-05,${row.count ?? '<5'}`);
    }
  });

  it('runs Hakosalo\'s summary of customer events over everything', async () => {
    const body = await json(await t.call(hakosaloAdmin, 'GET', `/api/registries/${HAKOSALO}/reports/yhteenvetopoytakirjat?lang=en`));
    const entries = hakosaloData.flatMap((data) => (data['tapahtumat'] as Array<Record<string, unknown>> | undefined) ?? []);
    expect(entries.length).toBeGreaterThan(20);
    expect(body).toMatchObject({ report: 'yhteenvetopoytakirjat', counts: 'tapahtumat', from: null, to: null, total: entries.length });
    const byType = new Map<string, number>();
    for (const entry of entries) byType.set(entry['tapahtuman_tyyppi'] as string, (byType.get(entry['tapahtuman_tyyppi'] as string) ?? 0) + 1);
    for (const row of body.rows) {
      const actual = byType.get(row.values['tapahtuman_tyyppi'])!;
      if (row.count !== null) expect(row.count).toBe(actual);
    }
    expect(body.rows.map((row: { labels: Record<string, string> }) => row.labels['tapahtuman_tyyppi'])).toEqual(
      expect.arrayContaining(['Tapaaminen']),
    );
    const csv = await t.call(hakosaloAdmin, 'GET', `/api/registries/${HAKOSALO}/reports/yhteenvetopoytakirjat?format=csv`);
    expect(csv.headers.get('Content-Disposition')).toBe('attachment; filename="yhteenvetopoytakirjat-start-end.csv"');
  });

  it('refuses the case worker (403, audited) and answers 404 and 400 as problems', async () => {
    const refused = await t.call(worker, 'GET', `/api/registries/${WALMU}/reports/par_tilastot`);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    const denied = t.engine.audit.list({ registry: WALMU, limit: 1000 }).entries.at(-1)!;
    expect(denied).toMatchObject({ action: 'export', outcome: 'denied', reason: 'role-may-not', records: [] });

    const unknown = await t.call(admin, 'GET', `/api/registries/${WALMU}/reports/nope`);
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).detail).toBe('Rekisterissä "walmu-asiakashallinta" ei ole raporttia "nope".');
    expect((await t.call(admin, 'GET', '/api/registries/nope/reports/par_tilastot')).status).toBe(404);
    for (const query of ['from=2025-02-30', 'to=yesterday', 'from=2025-05-01&to=2025-04-01', 'format=xlsx', 'colour=red']) {
      const response = await t.call(admin, 'GET', `/api/registries/${WALMU}/reports/par_tilastot?${query}`);
      expect(response.status, query).toBe(400);
      expect((await json(response)).type).toBe('urn:seloste:problem:bad-request');
    }
  });

  it('audits a run as an export without record ids or values', async () => {
    await t.call(admin, 'GET', `/api/registries/${WALMU}/reports/par_tilastot`);
    const entry = t.engine.audit.list({ registry: WALMU, limit: 1000 }).entries.at(-1)!;
    expect(entry).toMatchObject({ action: 'export', outcome: 'ok', registry: WALMU, reason: 'report', records: [], fields: ['asiakassuhteen_tyyppi', 'asiakassuhde_alkoi'] });
    const text = JSON.stringify(t.engine.audit.list({ limit: 1000, order: 'newest' }).entries.filter((e) => e.action === 'export'));
    for (const id of createdIds) expect(text).not.toContain(id);
    expect(t.engine.audit.verify()).toMatchObject({ ok: true });
  });
});
