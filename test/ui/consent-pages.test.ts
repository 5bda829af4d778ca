/**
 * The record page's "Suostumukset" and "Luovutukset" sections, in process: status, history and
 * the small forms; recording with the CSRF token and a notice after; refusals shown the Suomi.fi
 * way (summary linking to the input, the message at it, what was typed kept) on valid HTML;
 * read-only for roles without the abilities; hostile input escaped.
 */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { CONSENT_TEST_REGISTRY, JOENSUU, RAISIO, TESTI, addRecord } from '../helpers/consent-fixtures.js';
import { checkedValues, inlineErrors, inputValue, signedIn, summaryItems, textOf, type UiAnswer, type UiSession } from '../helpers/ui-session.js';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off', 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
  }),
);

let t: TestEngine;
let worker: UiSession;
let reader: UiSession;

const registryOf = (id: string) => t.engine.registries.find((registry) => registry.id === id)!;

beforeAll(async () => {
  t = await testEngine({ registries: [...seedRegistries(), CONSENT_TEST_REGISTRY], demo: true });
  worker = await signedIn(t, 'tyontekija', [`${JOENSUU}:tyontekija`, `${RAISIO}:tyontekija`, `${TESTI}:kirjaaja`]);
  reader = await signedIn(t, 'lukija', [`${TESTI}:lukija`]);
});
afterAll(() => t?.engine.close());

/** The section of the page with this id. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section class="record-section ${id}" id="${id}"`);
  expect(start, `section ${id}`).toBeGreaterThan(-1);
  let depth = 0;
  const tags = /<section\b|<\/section>/g;
  tags.lastIndex = start;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[0] === '</section>' ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + '</section>'.length);
  }
  throw new Error(`unclosed section ${id}`);
}

async function valid(answer: UiAnswer): Promise<void> {
  const report = await validator.validateString(answer.html);
  expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
}

/** Posts a consent form of the record page as a browser would, with these changes. */
async function postConsent(session: UiSession, registry: string, id: string, fields: Record<string, string | undefined>): Promise<UiAnswer> {
  const page = await session.get(`/app/${registry}/${id}`);
  const posted = Object.entries({ csrf: session.hidden(page.html, 'csrf'), ...fields }).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return session.post(`/app/${registry}/${id}/consents`, posted);
}

async function postDisclosure(session: UiSession, registry: string, id: string, fields: Array<[string, string]>): Promise<UiAnswer> {
  const page = await session.get(`/app/${registry}/${id}`);
  return session.post(`/app/${registry}/${id}/disclosures`, [['csrf', session.hidden(page.html, 'csrf')], ...fields]);
}

describe('Suostumukset', () => {
  it('shows "Ei annettu" with a form offering the signed form only, records it, and shows it given with its history', async () => {
    const id = await addRecord(t, registryOf(JOENSUU));
    const page = await worker.get(`/app/${JOENSUU}/${id}`);
    const consents = section(page.html, 'consents');
    expect(textOf(consents)).toContain('Asiakkaan suostumus tietojenvaihtoon');
    expect(textOf(consents)).toContain('Ei annettu');
    expect(checkedValues(consents, 'method')).toEqual(['signed-form']);
    expect(consents).not.toContain('value="oral"');
    expect(inputValue(consents, 'at')).toBe('2.3.2026');
    await valid(page);

    const posted = await postConsent(worker, JOENSUU, id, { consent: 'tietojenvaihto', event: 'give', method: 'signed-form', at: '27.2.2026' });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe(`/app/${JOENSUU}/${id}?done=consent-given#consents`);
    const after = await worker.get(posted.location!);
    expect(after.html).toContain('<p class="flash" role="status">Suostumus kirjattiin annetuksi.</p>');
    const given = section(after.html, 'consents');
    expect(textOf(given)).toContain('Annettu 27.2.2026 (allekirjoitettu lomake), kirjasi tyontekija');
    expect(given).toMatch(/<tr><td>annettu<\/td><td>27\.2\.2026<\/td><td>allekirjoitettu lomake<\/td><td>tyontekija<\/td><td>2\.3\.2026 klo 10\.00<\/td><\/tr>/);
    // Now the form withdraws, by any method.
    expect(given).toContain('name="event" value="withdraw"');
    expect([...given.matchAll(/name="method" value="([^"]+)"/g)].map((match) => match[1])).toEqual(['signed-form', 'written', 'oral', 'electronic']);
    expect(checkedValues(given, 'method')).toEqual([]);
    expect(t.engine.operations.workflows.consents.valid(JOENSUU, id, 'tietojenvaihto')).toMatchObject({ method: 'signed-form', recordedBy: 'tyontekija' });
    await valid(after);

    const withdrawn = await postConsent(worker, JOENSUU, id, { consent: 'tietojenvaihto', event: 'withdraw', method: 'oral', at: '' });
    expect(withdrawn.location).toBe(`/app/${JOENSUU}/${id}?done=consent-withdrawn#consents`);
    const last = await worker.get(withdrawn.location!);
    expect(last.html).toContain('Suostumuksen peruutus kirjattiin.');
    expect(textOf(section(last.html, 'consents'))).toContain('Peruttu 2.3.2026 (suullisesti), kirjasi tyontekija');
    expect(t.engine.audit.list({ records: [id], limit: 100 }).entries.filter((entry) => entry.action === 'consent').map((entry) => [entry.actor, entry.reason])).toEqual([
      ['tyontekija', 'give:tietojenvaihto'],
      ['tyontekija', 'withdraw:tietojenvaihto'],
    ]);
  });

  it.each([
    ['a date in the future', { method: 'signed-form', at: '3.3.2026' }, 'consent-tietojenvaihto-at', 'Päivämäärä ei voi olla tulevaisuudessa.', '3.3.2026'],
    ['a date that is no date', { method: 'signed-form', at: '31.2.2026' }, 'consent-tietojenvaihto-at', 'Anna päivämäärä muodossa pp.kk.vvvv, esimerkiksi 2.3.2026.', '31.2.2026'],
    ['markup as the date', { method: 'signed-form', at: '"><script>alert(1)</script>' }, 'consent-tietojenvaihto-at', 'Anna päivämäärä muodossa pp.kk.vvvv, esimerkiksi 2.3.2026.', '"><script>alert(1)</script>'],
    ['no method', { at: '1.3.2026' }, 'consent-tietojenvaihto-method', 'Valitse tapa.', '1.3.2026'],
    ['a method the consent does not take', { method: 'oral', at: '1.3.2026' }, 'consent-tietojenvaihto-method', 'Suostumus "Asiakkaan suostumus tietojenvaihtoon" annetaan vain näin: allekirjoitettu lomake (signed-form). Tapa "oral" ei käy.', '1.3.2026'],
  ])('refuses %s with the summary, the message at the input and the input kept (422)', async (_name, fields, inputId, message, kept) => {
    const id = await addRecord(t, registryOf(JOENSUU), 3);
    const refused = await postConsent(worker, JOENSUU, id, { consent: 'tietojenvaihto', event: 'give', ...fields });
    expect(refused.status).toBe(422);
    const consents = section(refused.html, 'consents');
    expect(summaryItems(consents)).toEqual([{ href: `#${inputId}`, text: message }]);
    expect(inlineErrors(consents).get(`${inputId}-error`)).toBe(message);
    expect(inputValue(consents, 'at')).toBe(kept);
    expect(refused.html).not.toContain('<script>alert(1)');
    expect(t.engine.operations.workflows.consents.history(JOENSUU, id)).toEqual([]);
    await valid(refused);
  });

  it('refuses giving twice (a double submission) with the reason in the summary (409), and offers the withdrawal', async () => {
    const id = await addRecord(t, registryOf(JOENSUU), 4);
    const page = await worker.get(`/app/${JOENSUU}/${id}`);
    const fields: Array<[string, string]> = [['csrf', worker.hidden(page.html, 'csrf')], ['consent', 'tietojenvaihto'], ['event', 'give'], ['method', 'signed-form'], ['at', '2.3.2026']];
    expect((await worker.post(`/app/${JOENSUU}/${id}/consents`, fields)).status).toBe(303);
    const twice = await worker.post(`/app/${JOENSUU}/${id}/consents`, fields);
    expect(twice.status).toBe(409);
    expect(summaryItems(section(twice.html, 'consents'))).toEqual([{ href: undefined, text: expect.stringContaining('on jo voimassa: se annettiin 2.3.2026') }]);
    expect(section(twice.html, 'consents')).toContain('name="event" value="withdraw"');
    expect(t.engine.operations.workflows.consents.history(JOENSUU, id)).toHaveLength(1);
    await valid(twice);
  });

  it('refuses a post without the session\'s token (403), and records nothing', async () => {
    const id = await addRecord(t, registryOf(JOENSUU), 5);
    for (const csrf of [undefined, 'väärä']) {
      const fields: Array<[string, string]> = [['consent', 'tietojenvaihto'], ['event', 'give'], ['method', 'signed-form'], ...(csrf ? [['csrf', csrf] as [string, string]] : [])];
      expect((await worker.post(`/app/${JOENSUU}/${id}/consents`, fields)).status).toBe(403);
    }
    expect(t.engine.operations.workflows.consents.history(JOENSUU, id)).toEqual([]);
  });

  it('shows the status read-only to a role without the ability, and refuses its post', async () => {
    const id = await addRecord(t, CONSENT_TEST_REGISTRY);
    expect((await postConsent(worker, TESTI, id, { consent: 'vaihto', event: 'give', method: 'electronic', at: '1.3.2026' })).status).toBe(303);
    const page = await reader.get(`/app/${TESTI}/${id}`);
    const consents = section(page.html, 'consents');
    expect(textOf(consents)).toContain('Annettu 1.3.2026 (sähköisesti), kirjasi tyontekija');
    expect(consents).not.toContain('<form');
    expect(section(page.html, 'disclosures')).not.toContain('<form');
    await valid(page);
    const refused = await postConsent(reader, TESTI, id, { consent: 'vaihto', event: 'withdraw', method: 'oral' });
    expect(refused.status).toBe(403);
    expect(t.engine.operations.workflows.consents.valid(TESTI, id, 'vaihto')).toBeDefined();
  });

  it('answers an unknown record with 404 and sends a GET of the post address to the section', async () => {
    const missing = '00000000-0000-4000-8000-0000000fffff';
    expect((await postConsent(worker, JOENSUU, missing, { consent: 'tietojenvaihto', event: 'give', method: 'signed-form' })).status).toBe(404);
    const id = await addRecord(t, registryOf(JOENSUU), 6);
    const moved = await worker.get(`/app/${JOENSUU}/${id}/consents?lang=sv`);
    expect(moved.status).toBe(303);
    expect(moved.location).toBe(`/app/${JOENSUU}/${id}?lang=sv#consents`);
    worker.cookies.delete('seloste_lang');
  });

  it.each([
    ['sv', 'Samtycken', 'Inte givet', 'Registrera att samtycket getts'],
    ['en', 'Consents', 'Not given', 'Record that the consent was given'],
  ])('reads in %s', async (lang, title, none, legend) => {
    const id = await addRecord(t, CONSENT_TEST_REGISTRY);
    const page = await worker.get(`/app/${TESTI}/${id}?lang=${lang}`);
    const consents = section(page.html, 'consents');
    expect(consents).toContain(`<h2 id="consents-title">${title}</h2>`);
    expect(textOf(consents)).toContain(none);
    expect(textOf(consents)).toContain(legend);
    await valid(page);
    worker.cookies.delete('seloste_lang');
  });
});

describe('Luovutukset', () => {
  it('refuses the disclosure on consent without one (409) keeping what was typed, and records it once the consent is given', async () => {
    const id = await addRecord(t, registryOf(RAISIO));
    const refused = await postDisclosure(worker, RAISIO, id, [['disclosure', 'yhteistyotahot'], ['categories', 'tyokyky'], ['method', 'Turvaposti'], ['at', '1.3.2026']]);
    expect(refused.status).toBe(409);
    const disclosures = section(refused.html, 'disclosures');
    expect(summaryItems(disclosures)).toEqual([{ href: undefined, text: expect.stringContaining('"Suostumus tietojen vaihtoon ja käyttöön" (tietojenvaihto)') }]);
    expect(inputValue(disclosures, 'disclosure')).toBe('yhteistyotahot');
    expect(checkedValues(disclosures, 'categories')).toEqual(['tyokyky']);
    expect(inputValue(disclosures, 'method')).toBe('Turvaposti');
    expect(inputValue(disclosures, 'at')).toBe('1.3.2026');
    await valid(refused);

    expect((await postConsent(worker, RAISIO, id, { consent: 'tietojenvaihto', event: 'give', method: 'signed-form', at: '1.3.2026' })).status).toBe(303);
    const recorded = await postDisclosure(worker, RAISIO, id, [['disclosure', 'yhteistyotahot'], ['categories', 'tyokyky'], ['method', 'Turvaposti'], ['at', '2.3.2026']]);
    expect(recorded.status).toBe(303);
    expect(recorded.location).toBe(`/app/${RAISIO}/${id}?done=disclosure-recorded#disclosures`);
    const page = await worker.get(recorded.location!);
    expect(page.html).toContain('Luovutus kirjattiin.');
    const table = section(page.html, 'disclosures');
    expect(table).toMatch(/<tr><td>2\.3\.2026 klo 10\.00<\/td><td>Vain asiakkaan luvalla;[^<]*<\/td><td>Työ- ja toimintakyky<\/td><td>suostumus<\/td><td>Turvaposti<\/td><td>tyontekija<\/td><\/tr>/);
    await valid(page);
  });

  it.each([
    ['no recipient', [['disclosure', '']], 'disclosure-recipient', /^Valitse vastaanottaja\.$/],
    ['a recipient the notice does not declare', [['disclosure', 'naapurit']], 'disclosure-recipient', /ei ilmoita vastaanottajaa "naapurit"/],
    ['a category not declared for the recipient', [['disclosure', 'henkilomatrikkelit'], ['categories', 'henkilotiedot'], ['categories', 'tyokyky']], 'disclosure-categories', /näitä tietoryhmiä: tyokyky/],
    ['a date in the future', [['disclosure', 'henkilomatrikkelit'], ['at', '24.12.2026']], 'disclosure-at', /^Päivämäärä ei voi olla tulevaisuudessa\.$/],
    ['a method over the limit', [['disclosure', 'henkilomatrikkelit'], ['method', 'x'.repeat(201)]], 'disclosure-method', /enintään 200 merkkiä/],
  ] as Array<[string, Array<[string, string]>, string, RegExp]>)('refuses %s at its input (422)', async (_name, fields, inputId, message) => {
    const id = await addRecord(t, registryOf(RAISIO), 2);
    const refused = await postDisclosure(worker, RAISIO, id, fields);
    expect(refused.status).toBe(422);
    const disclosures = section(refused.html, 'disclosures');
    const [item] = summaryItems(disclosures);
    expect(item!.href).toBe(`#${inputId}`);
    expect(item!.text).toMatch(message);
    expect(inlineErrors(disclosures).get(`${inputId}-error`)).toMatch(message);
    for (const [name, value] of fields) if (name === 'categories') expect(checkedValues(disclosures, 'categories')).toContain(value);
    expect(t.engine.operations.workflows.disclosures.history(RAISIO, id)).toEqual([]);
    await valid(refused);
  });

  it('records by law with every declared category when none is ticked, and shows a hostile method as text', async () => {
    const id = await addRecord(t, registryOf(RAISIO), 3);
    const hostile = '<img src=x onerror=alert(1)> & "lainaus"';
    expect((await postDisclosure(worker, RAISIO, id, [['disclosure', 'henkilomatrikkelit'], ['method', hostile], ['at', '']])).status).toBe(303);
    const page = await worker.get(`/app/${RAISIO}/${id}`);
    const table = section(page.html, 'disclosures');
    expect(table).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; &quot;lainaus&quot;');
    expect(table).not.toContain('<img');
    expect(t.engine.operations.workflows.disclosures.history(RAISIO, id)).toEqual([expect.objectContaining({ categories: ['henkilotiedot'], basis: 'law', method: hostile })]);
  });

  it('offers recipients sharing a name with their categories, so they can be told apart', async () => {
    const id = await addRecord(t, registryOf(JOENSUU), 8);
    const disclosures = section((await worker.get(`/app/${JOENSUU}/${id}`)).html, 'disclosures');
    expect(disclosures).toContain('<option value="kela">KELA (lain perusteella)</option>');
    expect(disclosures).toContain('<option value="kt_kela">KELA (lain perusteella; Kuntouttavan työtoiminnan järjestämisen kannalta olennaiset tiedot)</option>');
  });

  it('no request made the app log an error', () => {
    expect(t.errors).toEqual([]);
  });
});
