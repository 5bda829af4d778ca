/**
 * Deleting a record from the staff pages (a confirmation page; the post needs the session's
 * token) and the audit trail page of a record: its creation, reads, update and deletion, for the
 * main user — also after the record is gone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine, type TestEngine } from '../helpers/engine.js';
import { signedIn, submitForm, textOf, type UiSession } from '../helpers/ui-session.js';

const RAISIO = 'raisio-tyollisyyspalvelut';

let t: TestEngine;
let admin: UiSession;
let worker: UiSession;

beforeAll(async () => {
  t = await testEngine();
  admin = await signedIn(t, 'paakayttaja', [`${RAISIO}:paakayttaja`]);
  worker = await signedIn(t, 'tyontekija', [`${RAISIO}:tyontekija`]);
});

/** A record created through the create form by the case worker. */
async function created(name: string): Promise<string> {
  const answer = await submitForm(worker, await worker.get(`/app/${RAISIO}/new`), { 'f.henkilotunnus': '131052-308T', 'f.nimi': name });
  expect(answer.status).toBe(303);
  return /\/app\/[^/]+\/([^/?]+)/.exec(answer.location!)![1]!;
}

const exists = async (id: string): Promise<boolean> => (await t.engine.operations.store.get(RAISIO, id)) !== undefined;

describe('deleting a record', () => {
  it('the record page links to a confirmation page naming the record, with a way back', async () => {
    const id = await created('Poistettava Henkilö');
    const record = await admin.get(`/app/${RAISIO}/${id}`);
    expect(record.html).toContain(`<a class="button danger" href="/app/${RAISIO}/${id}/delete">Poista tietue</a>`);
    const page = await admin.get(`/app/${RAISIO}/${id}/delete`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Poistetaanko tietue?</h1>');
    expect(page.html).toContain('<strong>Poistettava Henkilö</strong>');
    expect(page.html).toContain(`<form method="post" action="/app/${RAISIO}/${id}/delete">`);
    expect(page.html).toContain(`<a href="/app/${RAISIO}/${id}">Peruuta</a>`);
    // Showing the page deletes nothing.
    expect(await exists(id)).toBe(true);
  });

  it.each([
    ['without the token', []],
    ['with a wrong token', [['csrf', 'x'.repeat(43)]]],
    ['with an empty token', [['csrf', '']]],
    ['with the token of another session', 'other'],
  ] as Array<[string, Array<[string, string]> | 'other']>)('a post %s does nothing', async (_name, fields) => {
    const id = await created('Säilyvä Henkilö');
    const body = fields === 'other' ? [['csrf', worker.hidden((await worker.get('/app')).html, 'csrf')] as [string, string]] : fields;
    const answer = await admin.post(`/app/${RAISIO}/${id}/delete`, body);
    expect(answer.status).toBe(403);
    expect(answer.html).toContain('Lomakkeen suojaus vanheni');
    expect(await exists(id)).toBe(true);
  });

  it('a post with the token deletes and lands on the list with "Tietue poistettiin."', async () => {
    const id = await created('Poistuva Henkilö');
    const page = await admin.get(`/app/${RAISIO}/${id}/delete`);
    const answer = await admin.post(`/app/${RAISIO}/${id}/delete`, [['csrf', admin.hidden(page.html, 'csrf')]]);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`/app/${RAISIO}?done=deleted`);
    expect(await exists(id)).toBe(false);
    const list = await admin.get(answer.location!);
    expect(list.html).toContain('<p class="flash" role="status">Tietue poistettiin.</p>');
    expect(list.html).not.toContain('Poistuva Henkilö');
    expect((await admin.get(`/app/${RAISIO}/${id}`)).status).toBe(404);
    // Deleting it again: not found, not a failure.
    expect((await admin.post(`/app/${RAISIO}/${id}/delete`, [['csrf', admin.hidden(page.html, 'csrf')]])).status).toBe(404);
  });
});

describe('the audit trail page', () => {
  it('lists the creation, reads, update and deletion of a record, newest first, for the main user', async () => {
    const id = await created('Seurattu Henkilö');
    await worker.get(`/app/${RAISIO}/${id}`);
    const edit = await worker.get(`/app/${RAISIO}/${id}/edit`);
    expect((await submitForm(worker, edit, { 'f.ammatti': 'Kokki', 'f.kotikunta': '680' })).status).toBe(303);
    t.clock.advance(10 * 60 * 1000);
    const trail = await admin.get(`/app/${RAISIO}/${id}/audit`);
    expect(trail.status).toBe(200);
    const rows = [...trail.html.matchAll(/<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((match) => match.slice(1));
    const actions = rows.map(([, who, action, outcome]) => `${who} ${action} ${outcome}`);
    expect(actions.at(-1)).toBe('tyontekija luonti onnistui');
    expect(actions).toContain('tyontekija muutos onnistui');
    expect(actions.filter((action) => action === 'tyontekija luku onnistui').length).toBeGreaterThanOrEqual(3);
    // Newest first: this reading of the trail, and the reading of the record it names.
    expect(actions.slice(0, 2)).toEqual(['paakayttaja lokin luku onnistui', 'paakayttaja luku onnistui']);
    // The update names the fields it changed, by their labels; the creation those it wrote.
    expect(rows.find(([, , action]) => action === 'muutos')![4]).toBe('Kotikunta, Ammatti');
    expect(rows.find(([, , action]) => action === 'luonti')![4]).toBe('Henkilötunnus, Nimi');
    expect(rows.at(-1)![0]).toBe('2.3.2026 klo 10.00');
    expect(rows[0]![0]).toBe('2.3.2026 klo 10.10');

    const page = await admin.get(`/app/${RAISIO}/${id}/delete`);
    expect((await admin.post(`/app/${RAISIO}/${id}/delete`, [['csrf', admin.hidden(page.html, 'csrf')]])).status).toBe(303);
    // After the deletion the trail is still there, the deletion on top.
    const after = await admin.get(`/app/${RAISIO}/${id}/audit`);
    expect(after.status).toBe(200);
    expect(textOf(after.html)).toContain(`Poistettu tietue ${id.slice(0, 8)}`);
    expect(after.html).toContain(`<a href="/app/${RAISIO}">`);
    const afterRows = [...after.html.matchAll(/<tr><td>[^<]*<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((match) => match.slice(1).join(' '));
    // Newest first: this reading of the trail (and its look for the record), then the deletion.
    expect(afterRows.slice(0, 3)).toEqual(['paakayttaja lokin luku onnistui', 'paakayttaja luku ei löytynyt', 'paakayttaja poisto onnistui']);
    expect(afterRows.at(-1)).toBe('tyontekija luonti onnistui');
    expect(textOf(after.html)).toContain('luonti');
    expect(textOf(after.html)).toContain('muutos');
  });

  it('is 404 for a record that never was, and 403 for the case worker', async () => {
    expect((await admin.get(`/app/${RAISIO}/00000000-0000-4000-8000-999999999999/audit`)).status).toBe(404);
    const id = await created('Toinen Henkilö');
    const refused = await worker.get(`/app/${RAISIO}/${id}/audit`);
    expect(refused.status).toBe(403);
    expect(refused.html).not.toContain('<table');
  });

  it.each(['sv', 'en'])('reads in %s', async (lang) => {
    const id = await created('Kielinen Henkilö');
    const trail = await admin.get(`/app/${RAISIO}/${id}/audit?lang=${lang}`);
    expect(trail.html).toContain(lang === 'sv' ? '<td>skapande</td><td>lyckades</td>' : '<td>create</td><td>done</td>');
    admin.cookies.delete('seloste_lang');
  });

  it('no request made the app log an error', () => {
    expect(t.errors).toEqual([]);
  });
});
