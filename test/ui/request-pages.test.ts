/**
 * The staff pages of data-subject requests: the link on the home page, the new-request form with
 * the Suomi.fi error pattern (summary, inline messages, what was typed kept), the list with
 * overdue requests first and marked in words, a request's page with its steps as CSRF-protected
 * forms, the package links, and a restricted record's edit refused with the reason.
 */
import { describe, expect, it } from 'vitest';
import { createRequest } from '../../src/operations/requests.js';
import { inlineErrors, inputValue, signedIn, submitForm, summaryItems, textOf, unescapeHtml, type UiSession } from '../helpers/ui-session.js';
import { OTHER_PERSON, PERSON, SEEDS, requestTest, type RequestTest } from '../helpers/subject-requests.js';

const DAY = 86_400_000;
const HOSTILE = '<script>alert("x")</script>{{csrf}} & \u202e';

async function handler(r: RequestTest): Promise<UiSession> {
  return signedIn(r.t, 'pk', Object.values(SEEDS).map((id) => `${id}:paakayttaja`));
}

function csrfOf(session: UiSession, html: string): string {
  return session.hidden(html, 'csrf');
}

/** Posts a step form of the request page as the browser would: the page's token and version, and `fields`. */
async function step(session: UiSession, id: string, name: string, fields: Array<[string, string]>): Promise<{ status: number; html: string; location: string | null }> {
  const page = await session.get(`/app/requests/${id}`);
  const version = /<input type="hidden" name="version" value="(\d+)">/.exec(page.html)?.[1] ?? '';
  return session.post(`/app/requests/${id}/${name}`, [['csrf', csrfOf(session, page.html)], ['version', version], ...fields]);
}

describe('request pages', () => {
  it('links the home page to the requests of those who handle them, and only theirs', async () => {
    const r = await requestTest();
    const pk = await handler(r);
    expect((await pk.get('/app')).html).toContain('<a href="/app/requests">Rekisteröityjen pyynnöt</a>');
    const worker = await signedIn(r.t, 'tt', [`${SEEDS.walmu}:tyontekija`]);
    expect((await worker.get('/app')).html).not.toContain('/app/requests');
    const refused = await worker.get('/app/requests');
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain('Roolisi ei salli rekisteröityjen pyyntöjen käsittelyä missään rekisterissä.');
    expect((await worker.get('/app/requests/new')).status).toBe(403);
    r.t.engine.close();
  });

  it('shows every error of the new-request form in a summary and by its input, keeping what was typed', async () => {
    const r = await requestTest();
    const pk = await handler(r);
    const form = await pk.get('/app/requests/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<h1>Uusi rekisteröidyn pyyntö</h1>');
    const answer = await pk.post('/app/requests/new', [
      ['csrf', csrfOf(pk, form.html)],
      ['personal_identity_code', HOSTILE],
      ['received', '31.2.2026'],
      ['registries', SEEDS.walmu],
      ['lang', 'sv'],
    ]);
    expect(answer.status).toBe(422);
    expect(summaryItems(answer.html)).toEqual([
      { href: '#kind', text: expect.stringMatching(/^Valitse pyynnön laji/) },
      { href: '#personal_identity_code', text: expect.stringMatching(/^Henkilötunnus ei ole kelvollinen/) },
      { href: '#received', text: 'Anna päivämäärä muodossa VVVV-KK-PP, esim. 2026-03-02.' },
    ]);
    expect([...inlineErrors(answer.html).keys()]).toEqual(['kind-error', 'personal_identity_code-error', 'received-error']);
    expect(inputValue(answer.html, 'personal_identity_code')).toBe(HOSTILE);
    expect(answer.html).not.toContain('<script>alert');
    expect(inputValue(answer.html, 'received')).toBe('31.2.2026');
    expect(inputValue(answer.html, 'lang')).toBe('sv');
    expect(answer.html).toContain(`value="${SEEDS.walmu}" checked`);
    expect(r.t.engine.operations.workflows.requests.list({ excluded: [], limit: 10, offset: 0 }).total).toBe(0);
    r.t.engine.close();
  });

  it('refuses a form without the session\'s token and keeps what was typed', async () => {
    const r = await requestTest();
    const pk = await handler(r);
    const answer = await pk.post('/app/requests/new', [['csrf', 'x'.repeat(43)], ['kind', 'access'], ['personal_identity_code', PERSON]]);
    expect(answer.status).toBe(422);
    expect(summaryItems(answer.html)[0]!.text).toMatch(/Lomakkeen suojaus vanheni/);
    expect(inputValue(answer.html, 'personal_identity_code')).toBe(PERSON);
    expect(r.t.engine.operations.workflows.requests.list({ excluded: [], limit: 10, offset: 0 }).total).toBe(0);
    r.t.engine.close();
  });

  it('records a request from a Finnish date and shows it with its deadline and history', async () => {
    const r = await requestTest();
    await r.addRecord(SEEDS.walmu, PERSON);
    const pk = await handler(r);
    const form = await pk.get('/app/requests/new');
    const answer = await pk.post('/app/requests/new', [
      ['csrf', csrfOf(pk, form.html)],
      ['kind', 'access'],
      ['personal_identity_code', ` ${PERSON.toLowerCase()} `],
      ['received', '20.2.2026'],
      ['lang', 'fi'],
    ]);
    expect(answer.status).toBe(303);
    const id = /^\/app\/requests\/([^?]+)\?done=created$/.exec(answer.location!)![1]!;
    const page = await pk.get(answer.location!);
    expect(page.html).toContain('<p class="flash" role="status">Pyyntö kirjattu.</p>');
    expect(page.html).toContain('<h1>Tarkastuspyyntö</h1>');
    const text = textOf(page.html);
    expect(text).toContain(PERSON);
    expect(text).toContain('Määräaika  6.3.2026');
    expect(text).toContain('Erääntyy pian');
    expect(text).toContain('Pyyntö kirjattu');
    expect(page.html).toContain(`/app/${SEEDS.walmu}/`);
    // The package needs the identity verified first.
    expect(text).toContain('Varmista henkilöllisyys ennen kuin laadit tietokoosteen.');
    expect(page.html).not.toContain(`/api/requests/${id}/package`);
    r.t.engine.close();
  });

  it('lists overdue requests first, marked "Myöhässä" in words', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const late = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.walmu] });
    await createRequest(ops, r.caller(), { kind: 'rectification', personal_identity_code: OTHER_PERSON, registries: [SEEDS.raisio], received: '2026-02-25' });
    const pk = await handler(r);
    expect((await pk.get('/app/requests')).html).not.toContain('Myöhässä</strong>');
    r.t.clock.advance(20 * DAY);
    // The first session has timed out meanwhile.
    const later = await signedIn(r.t, 'pk', [], undefined, { existing: true });
    const list = await later.get('/app/requests');
    expect(list.status).toBe(200);
    expect(list.html).toContain('<p class="warning" role="status">Myöhässä: 1 pyyntöä on ohittanut määräaikansa.</p>');
    const rows = [...list.html.matchAll(/<tr( class="late")?>\s*<th scope="row"><a href="\/app\/requests\/([^"]+)">/g)].map((match) => [match[2], Boolean(match[1])]);
    expect(rows[0]).toEqual([late.id, true]);
    expect(rows).toHaveLength(2);
    expect(list.html).toContain('<strong class="tag late">Myöhässä</strong>');
    expect(list.html).toContain('<strong class="tag">Erääntyy pian</strong>');
    // Only the birth date part of the code in the list.
    expect(list.html).toContain('250675-****');
    expect(list.html).not.toContain(PERSON);
    const overdue = await later.get('/app/requests?status=overdue');
    expect([...overdue.html.matchAll(/href="\/app\/requests\/([0-9a-f-]{36})"/g)].map((match) => match[1])).toEqual([late.id]);
    r.t.engine.close();
  });

  it('takes the steps as forms: verify, extend (errors kept), package links, complete', async () => {
    const r = await requestTest();
    await r.addRecord(SEEDS.hakosalo, PERSON);
    const request = await createRequest(r.t.engine.operations, r.caller(), { kind: 'access', personal_identity_code: PERSON, lang: 'sv' });
    const pk = await handler(r);

    const forged = await pk.post(`/app/requests/${request.id}/verify-identity`, [['csrf', 'forged'], ['note', 'Passi']]);
    expect(forged.status).toBe(422);
    expect(r.t.engine.operations.workflows.requests.get(request.id)!.identityVerified).toBe(false);
    expect((await step(pk, request.id, 'verify-identity', [['note', 'Passi esitetty']])).location).toBe(`/app/requests/${request.id}?done=verify-identity`);

    const bad = await step(pk, request.id, 'extend', [['reason', ''], ['until', HOSTILE]]);
    expect(bad.status).toBe(422);
    expect(summaryItems(bad.html).map((item) => item.href)).toEqual(['#extend-reason', '#extend-until']);
    expect(inputValue(bad.html, 'until')).toBe(HOSTILE);
    expect(bad.html).not.toContain('<script>alert');
    expect((await step(pk, request.id, 'extend', [['reason', 'Laaja aineisto'], ['until', '1.5.2026']])).status).toBe(303);

    const page = await pk.get(`/app/requests/${request.id}`);
    expect(page.html).toContain(`<a href="/api/requests/${request.id}/package.html">Avaa luettava tietokooste (HTML)</a>`);
    expect(page.html).toContain(`href="/api/requests/${request.id}/package" download="tiedot-${request.id.slice(0, 8)}.json"`);
    expect(textOf(page.html)).toContain('Uusi määräaika 1.5.2026. Laaja aineisto');
    // The link opens with the staff session: the page in the person's language, no scripts allowed.
    const opened = await pk.get(`/api/requests/${request.id}/package.html`);
    expect(opened.status).toBe(200);
    expect(opened.html).toMatch(/<html lang="sv">/);
    expect(opened.headers.get('Content-Security-Policy')).toMatch(/script-src|default-src 'none'/);

    expect((await step(pk, request.id, 'complete', [['resolution', '']])).status).toBe(422);
    const done = await step(pk, request.id, 'complete', [['resolution', 'Kooste lähetetty kirjattuna kirjeenä.']]);
    expect(done.status).toBe(303);
    const closed = await pk.get(done.location!);
    expect(textOf(closed.html)).toContain('Tila: Käsitelty');
    expect(closed.html).not.toContain(`action="/app/requests/${request.id}/complete"`);
    const again = await pk.post(`/app/requests/${request.id}/refuse`, [['csrf', csrfOf(pk, closed.html)], ['resolution', 'x']]);
    expect(again.status).toBe(409);
    expect(textOf(again.html)).toContain('Pyyntö on jo käsitelty');
    expect((await pk.post(`/app/requests/${request.id}/no-such-step`, [['csrf', csrfOf(pk, closed.html)]])).status).toBe(404);
    r.t.engine.close();
  });

  it('shows the legal reason per registry for an erasure and erases what staff confirm', async () => {
    const r = await requestTest();
    const joensuu = await r.addRecord(SEEDS.joensuu, PERSON);
    const hakosalo = await r.addRecord(SEEDS.hakosalo, PERSON);
    const request = await createRequest(r.t.engine.operations, r.caller(), { kind: 'erasure', personal_identity_code: PERSON });
    const pk = await handler(r);
    const page = await pk.get(`/app/requests/${request.id}`);
    const text = textOf(page.html);
    expect(text).toContain('Henkilöllisyyttä ei ole varmistettu.');
    expect(text).toMatch(/Tietojasi ei voi poistaa rekisteristä Joensuun .*Lait: Työttömyysturvalaki 1370\/2014/);
    expect(page.html).toContain(`name="confirm" value="${SEEDS.hakosalo}"`);
    expect(page.html).not.toContain(`name="confirm" value="${SEEDS.joensuu}"`);
    const unverified = await step(pk, request.id, 'carry-out', [['confirm', SEEDS.hakosalo]]);
    expect(unverified.status).toBe(409);
    expect(textOf(unverified.html)).toContain('Henkilöllisyyttä ei ole vielä varmistettu');
    // The box stays ticked on the page sent back.
    expect(unverified.html).toContain(`value="${SEEDS.hakosalo}" checked`);
    await step(pk, request.id, 'verify-identity', []);
    expect((await step(pk, request.id, 'carry-out', [['confirm', SEEDS.hakosalo]])).status).toBe(303);
    expect(await r.t.engine.operations.store.get(SEEDS.hakosalo, hakosalo)).toBeUndefined();
    expect(await r.t.engine.operations.store.get(SEEDS.joensuu, joensuu)).toBeDefined();
    const after = textOf((await pk.get(`/app/requests/${request.id}`)).html);
    expect(after).toContain('poistoa ei tehty, koska laki estää sen.');
    expect(after).toContain('tiedot poistettu (1 tietuetta)');
    r.t.engine.close();
  });

  it('restricts processing: the record form says why it cannot be saved, until the restriction is lifted', async () => {
    const r = await requestTest();
    const record = await r.addRecord(SEEDS.raisio, PERSON);
    const request = await createRequest(r.t.engine.operations, r.caller(), { kind: 'restriction', personal_identity_code: PERSON, identity_verified: true });
    const pk = await handler(r);
    expect((await step(pk, request.id, 'carry-out', [['reason', HOSTILE]])).status).toBe(303);
    const page = await pk.get(`/app/requests/${request.id}`);
    expect(page.html).toContain('<strong class="tag">Käsittelyä rajoitettu</strong>');
    expect(unescapeHtml(page.html)).toContain(HOSTILE);
    expect(page.html).not.toContain('<script>alert');

    // The record page says so first and offers neither editing nor deleting.
    const recordPage = await pk.get(`/app/${SEEDS.raisio}/${record}`);
    expect(textOf(recordPage.html)).toContain('Tietueen käsittelyä on rajoitettu rekisteröidyn pyynnöstä');
    expect(recordPage.html).not.toContain(`/app/${SEEDS.raisio}/${record}/edit`);
    expect(recordPage.html).not.toContain(`/app/${SEEDS.raisio}/${record}/delete`);

    const edit = await pk.get(`/app/${SEEDS.raisio}/${record}/edit`);
    const saved = await submitForm(pk, edit, { 'f.nimi': 'Uusi Nimi' });
    expect(saved.status).toBe(409);
    expect(textOf(saved.html)).toContain('Tietueen käsittelyä on rajoitettu rekisteröidyn pyynnöstä');
    expect(inputValue(saved.html, 'f.nimi')).toBe('Uusi Nimi');
    const deletePage = await pk.get(`/app/${SEEDS.raisio}/${record}/delete`);
    const deleted = await pk.post(`/app/${SEEDS.raisio}/${record}/delete`, [['csrf', csrfOf(pk, deletePage.html)]]);
    expect(deleted.status).toBe(409);

    expect((await step(pk, request.id, 'lift-restriction', [['reason', 'Tiedot tarkistettu']])).status).toBe(303);
    expect((await submitForm(pk, await pk.get(`/app/${SEEDS.raisio}/${record}/edit`), { 'f.nimi': 'Uusi Nimi' })).status).toBe(303);
    const lifted = await pk.get(`/app/${SEEDS.raisio}/${record}`);
    expect(textOf(lifted.html)).not.toContain('Tietueen käsittelyä on rajoitettu');
    expect(lifted.html).toContain(`/app/${SEEDS.raisio}/${record}/delete`);
    r.t.engine.close();
  });

  it('withdraws consents with the method chosen, and says which is missing', async () => {
    const r = await requestTest();
    await r.addRecord(SEEDS.walmu, PERSON);
    const request = await createRequest(r.t.engine.operations, r.caller(), { kind: 'withdraw-consent', personal_identity_code: PERSON, lang: 'en' });
    const pk = await handler(r);
    const missing = await step(pk, request.id, 'carry-out', [['method', '']]);
    expect(missing.status).toBe(422);
    expect(summaryItems(missing.html)).toEqual([{ href: '#method', text: expect.stringMatching(/^Valitse tapa/) }]);
    expect((await step(pk, request.id, 'carry-out', [['method', 'oral']])).status).toBe(303);
    expect(textOf((await pk.get(`/app/requests/${request.id}?lang=sv`)).html)).toContain('inga gällande samtycken');
    r.t.engine.close();
  });
});
