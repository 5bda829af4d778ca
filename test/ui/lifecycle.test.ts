/**
 * The lifecycle on the record page: the "Tila" section (state, since when, its description, one
 * button per transition the user may take, a blocked one with its reason instead of a button that
 * fails, the state history in Finnish dates), taking a transition with a plain form post (CSRF,
 * the record's version) and every refusal shown on the record page in an error summary. The
 * pages are valid HTML in fi, sv and en.
 */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/demo/generate-records.js';
import { createRecord, updateRecord } from '../../src/operations/records.js';
import { transitionRecord } from '../../src/operations/transitions.js';
import { seedRegistries, testEngine, type TestEngine } from '../helpers/engine.js';
import { HAKOSALO, JOENSUU, LIFECYCLE_TEST_REGISTRY, RAISIO, TEST, TODAY, TYORASTI, callerOf } from '../helpers/lifecycle.js';
import { registryFrom } from '../helpers/registry-text.js';
import { signedIn, summaryItems, textOf, unescapeHtml, type UiAnswer, type UiSession } from '../helpers/ui-session.js';

// As in `pages.test.ts`: long official names, and lists of checkboxes of one name (other sections of the page).
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off', 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
  }),
);
const elinkaari = registryFrom(LIFECYCLE_TEST_REGISTRY, 'registries/elinkaari.yaml');

let t: TestEngine;
let worker: UiSession;

beforeEach(async () => {
  t = await testEngine({ registries: [...seedRegistries(), elinkaari], demo: true });
  worker = await signedIn(t, 'tyontekija', [`${TYORASTI}:tyontekija`, `${JOENSUU}:tyontekija`, `${RAISIO}:tyontekija`, `${HAKOSALO}:tyontekija`, `${TEST}:kasittelija`]);
});

async function create(registry: string, changes: Record<string, unknown> = {}): Promise<string> {
  const registryModel = t.engine.operations.registries.get(registry)!;
  const data: Record<string, unknown> = registry === TEST ? { nimi: 'Testi Henkilö' } : { ...generateRecords(registryModel, { count: 1, seed: 4, today: TODAY })[0]! };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  const roles = registry === TEST ? ['kasittelija'] : ['tyontekija'];
  return (await createRecord(t.engine.operations, callerOf(registry, roles, 'fi', 'liisa'), registry, data)).record.id;
}

/** The lifecycle section of a record page. */
function section(html: string): string {
  const match = /<section class="record-section lifecycle"[\s\S]*?<\/section>/.exec(html);
  return match ? match[0] : '';
}

/** The transition forms of the section: action, version and the button's text. */
function forms(html: string): Array<{ action: string; version: string; button: string }> {
  return [...section(html).matchAll(/<form method="post" action="([^"]+)">[\s\S]*?name="version" value="([^"]*)"[\s\S]*?<button type="submit"[^>]*>([^<]*)<\/button>/g)].map((match) => ({
    action: unescapeHtml(match[1]!),
    version: match[2]!,
    button: unescapeHtml(match[3]!),
  }));
}

/** Posts the transition button of the page with the session's token and the version the page showed. */
async function press(session: UiSession, page: UiAnswer, button: string, overrides: Array<[string, string]> = []): Promise<UiAnswer> {
  const form = forms(page.html).find((candidate) => candidate.button === button);
  if (!form) throw new Error(`no button "${button}" on the page`);
  const fields: Array<[string, string]> = [['csrf', session.hidden(page.html, 'csrf')], ['version', form.version]];
  const names = new Set(overrides.map(([name]) => name));
  return session.post(form.action, [...fields.filter(([name]) => !names.has(name)), ...overrides]);
}

async function state(registry: string, id: string): Promise<string | null> {
  return (await t.engine.operations.store.get(registry, id))!.state;
}

function valid(html: string): void {
  const report = validator.validateStringSync(html);
  expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
}

describe('the record page shows the lifecycle', () => {
  it('with the state, its description and since when, the transitions offered and the history', async () => {
    const id = await create(TYORASTI, { poiston_syy: undefined });
    const page = await worker.get(`/app/${TYORASTI}/${id}`);
    expect(page.status).toBe(200);
    const html = section(page.html);
    expect(html).toContain('<h2 id="lifecycle-title">Tila</h2>');
    expect(html).toContain('<p class="state-now"><strong>Tunnus voimassa</strong> <span class="muted">alkaen 2.3.2026 klo 10.00</span></p>');
    expect(html).toContain('<p>Henkilökohtainen käyttäjätunnus on voimassa määräajan.</p>');
    // `poista` needs a reason: shown, focusable, described by why — no form to fail.
    expect(forms(page.html)).toEqual([]);
    expect(html).toContain('<button type="button" class="button secondary" aria-disabled="true" aria-describedby="transition-poista-to transition-poista-why">Poista tunnus</button>');
    expect(html).toContain('<p class="blocked" id="transition-poista-why"><strong>Ei voi tehdä vielä:</strong> Puuttuu: Tunnuksen poiston syy.</p>');
    // The timer's own transition is never offered to people.
    expect(html).not.toContain('Tunnus vanhenee');
    expect(textOf(html)).toMatch(/2\.3\.2026 klo 10\.00\s+Tunnus voimassa\s+Tietue luotiin\s+liisa/);
    valid(page.html);
  });

  it('offers one form per transition, carrying the token and the version', async () => {
    const id = await create(RAISIO);
    const page = await worker.get(`/app/${RAISIO}/${id}`);
    expect(forms(page.html)).toEqual([{ action: `/app/${RAISIO}/${id}/transition/paata`, version: '1', button: 'Päätä asiakkuus' }]);
    expect(section(page.html)).toContain('<input type="hidden" name="csrf" value="');
    expect(section(page.html)).toContain('<p class="hint" id="transition-paata-to">Uusi tila: Asiakkuus päättynyt</p>');
  });

  it('says so when the role can take no transition, and shows a final state as final', async () => {
    const reader = await signedIn(t, 'lukija', [`${TEST}:lukija`]);
    const id = await create(TEST, { syy: 'Muutto', lisatieto: 'Ei muuta' });
    expect(section((await reader.get(`/app/${TEST}/${id}`)).html)).toContain('Roolisi ei voi muuttaa tietueen tilaa nyt.');
    await transitionRecord(t.engine.operations, callerOf(TEST, ['esihenkilo']), TEST, id, 'paata');
    const ended = section((await reader.get(`/app/${TEST}/${id}?lang=en`)).html);
    expect(ended).toContain('This is a final state: no transition leads out of it.');
    expect(textOf(ended)).toMatch(/Ended\s+End\s+maija/);
  });

  it('has no lifecycle section for a registry without a lifecycle', async () => {
    const id = await create(HAKOSALO);
    const page = await worker.get(`/app/${HAKOSALO}/${id}`);
    expect(page.status).toBe(200);
    expect(section(page.html)).toBe('');
  });

  it('names a timer as the system in the history, with the time it was due', async () => {
    const id = await create(TYORASTI);
    await transitionRecord(t.engine.operations, callerOf(TYORASTI, []), TYORASTI, id, 'vanhene', { byTimer: { timer: 'maaraaika_paattyy', at: '2026-03-01T22:00:00.000Z' } });
    const html = section((await worker.get(`/app/${TYORASTI}/${id}`)).html);
    expect(textOf(html)).toMatch(/2\.3\.2026 klo 0\.00\s+Tunnus vanhentunut\s+Tunnus vanhenee\s+järjestelmä \(ajastin\)/);
  });

  it.each(['fi', 'sv', 'en'] as const)('is valid HTML with an error summary (%s)', async (lang) => {
    const id = await create(JOENSUU);
    const page = await worker.get(`/app/${JOENSUU}/${id}?lang=${lang}`);
    valid(page.html);
    const refused = await worker.post(`/app/${JOENSUU}/${id}/transition/aloita_monialainen_palvelu?lang=${lang}`, [['csrf', worker.hidden(page.html, 'csrf')], ['version', '1']]);
    expect(refused.status).toBe(422);
    valid(refused.html);
  });
});

describe('taking a transition from the record page', () => {
  it('changes the state and comes back with "Tila muutettu" and the new history row', async () => {
    const id = await create(RAISIO);
    const page = await worker.get(`/app/${RAISIO}/${id}`);
    const answer = await press(worker, page, 'Päätä asiakkuus');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`/app/${RAISIO}/${id}?done=transition`);
    expect(await state(RAISIO, id)).toBe('paattynyt');
    const after = await worker.get(answer.location!);
    expect(after.html).toContain('<p class="flash" role="status">Tila muutettu: Asiakkuus päättynyt.</p>');
    expect(textOf(section(after.html))).toMatch(/Asiakkuus päättynyt\s+Päätä asiakkuus\s+tyontekija/);
    expect(forms(after.html).map((form) => form.button)).toEqual(['Aloita asiakkuus uudelleen']);
    // In Swedish the notice is in Swedish.
    expect((await worker.get(`${answer.location!}&lang=sv`)).html).toContain('Tillståndet ändrat: Asiakkuus päättynyt.');
    // The audit log names the transition.
    const entry = t.engine.audit.list({ records: [id] }).entries.find((candidate) => candidate.action === 'transition')!;
    expect(entry).toMatchObject({ actor: 'tyontekija', outcome: 'ok', reason: 'paata' });
  });

  it.each([
    ['without the token', [['csrf', '']]],
    ['with a wrong token', [['csrf', 'x'.repeat(43)]]],
  ] as Array<[string, Array<[string, string]>]>)('does nothing when posted %s', async (_name, overrides) => {
    const id = await create(RAISIO);
    const answer = await press(worker, await worker.get(`/app/${RAISIO}/${id}`), 'Päätä asiakkuus', overrides);
    expect(answer.status).toBe(403);
    expect(answer.html).toContain('Lomakkeen suojaus vanheni');
    expect(await state(RAISIO, id)).toBe('aktiivinen');
  });

  it('shows the record page again, with the reason in an error summary, when someone changed the record meanwhile', async () => {
    const id = await create(RAISIO);
    const page = await worker.get(`/app/${RAISIO}/${id}`);
    await updateRecord(t.engine.operations, callerOf(RAISIO, ['tyontekija']), RAISIO, id, { nimi: 'Toinen Nimi' });
    const answer = await press(worker, page, 'Päätä asiakkuus');
    expect(answer.status).toBe(409);
    expect(summaryItems(answer.html)).toEqual([{ href: undefined, text: 'Tietue oli muuttunut sillä välin. Tarkista sen tiedot ja tila ja yritä uudelleen.' }]);
    expect(answer.html).toContain('<h2 id="error-summary-title">Tilaa ei muutettu</h2>');
    expect(answer.html).toContain('<h1>Toinen Nimi</h1>');
    expect(await state(RAISIO, id)).toBe('aktiivinen');
    // The page shown carries the current version: pressing again is deliberate, and works.
    expect(forms(answer.html)[0]!.version).toBe('2');
    expect((await press(worker, answer, 'Päätä asiakkuus')).status).toBe(303);
  });

  it('names the state when the transition no longer leaves it (a second tab)', async () => {
    const id = await create(RAISIO);
    const page = await worker.get(`/app/${RAISIO}/${id}`);
    expect((await press(worker, page, 'Päätä asiakkuus')).status).toBe(303);
    const again = await worker.post(`/app/${RAISIO}/${id}/transition/paata`, [['csrf', worker.hidden(page.html, 'csrf')]]);
    expect(again.status).toBe(409);
    expect(summaryItems(again.html)[0]!.text).toBe('Tilasiirtoa "Päätä asiakkuus" ei voi tehdä, kun tila on "Asiakkuus päättynyt". Sen voi tehdä vain tilasta: "Asiakkuus voimassa".');
  });

  it('refuses a guard not met (Joensuu without consent) with the consent named, and allows it once recorded', async () => {
    const id = await create(JOENSUU);
    const page = await worker.get(`/app/${JOENSUU}/${id}`);
    expect(section(page.html)).toContain('Suostumusta ei ole kirjattu: Asiakkaan suostumus tietojenvaihtoon.');
    const refused = await worker.post(`/app/${JOENSUU}/${id}/transition/aloita_monialainen_palvelu`, [['csrf', worker.hidden(page.html, 'csrf')], ['version', '1']]);
    expect(refused.status).toBe(422);
    expect(summaryItems(refused.html)[0]!.text).toBe('Tilasiirtoa "Aloita monialainen palvelu" ei voi tehdä. Suostumusta ei ole kirjattu: Asiakkaan suostumus tietojenvaihtoon.');
    expect(await state(JOENSUU, id)).toBe('asiakkuus');
    const now = t.clock().toISOString();
    t.engine.operations.workflows.consents.record({ registry: JOENSUU, recordId: id, consent: 'tietojenvaihto', event: 'given', at: now, method: 'signed-form', recordedBy: 'tyontekija', recordedAt: now });
    const allowed = await worker.get(`/app/${JOENSUU}/${id}`);
    expect((await press(worker, allowed, 'Aloita monialainen palvelu')).status).toBe(303);
    expect(await state(JOENSUU, id)).toBe('monialainen_palvelu');
  });

  it('refuses a transition the role may not take, naming who may', async () => {
    const id = await create(TEST, { syy: 'Muutto', lisatieto: 'Ei muuta' });
    const page = await worker.get(`/app/${TEST}/${id}`);
    const refused = await worker.post(`/app/${TEST}/${id}/transition/paata`, [['csrf', worker.hidden(page.html, 'csrf')], ['version', '1']]);
    expect(refused.status).toBe(403);
    expect(summaryItems(refused.html)[0]!.text).toBe('Roolisi ei salli tilasiirtoa "Päätä". Sen voi tehdä: Esihenkilö.');
    expect(await state(TEST, id)).toBe('uusi');
  });

  it('refuses the timer\'s own transition by hand', async () => {
    const id = await create(TYORASTI);
    const page = await worker.get(`/app/${TYORASTI}/${id}`);
    const refused = await worker.post(`/app/${TYORASTI}/${id}/transition/vanhene`, [['csrf', worker.hidden(page.html, 'csrf')], ['version', '1']]);
    expect(refused.status).toBe(403);
    expect(summaryItems(refused.html)[0]!.text).toMatch(/tekee vain ajastin/);
  });

  it.each([
    ['an unknown transition', (id: string) => `/app/${RAISIO}/${id}/transition/lopeta`, 404, 'Tilasiirtoa "lopeta" ei ole. Rekisterin "raisio-tyollisyyspalvelut" tilasiirrot: paata, aktivoi.'],
    ['a hostile transition id', (id: string) => `/app/${RAISIO}/${id}/transition/${encodeURIComponent('<script>alert(1)</script>')}`, 404, 'Tilasiirtoa "<script>alert(1)</script>" ei ole.'],
    ['an unknown record', () => `/app/${RAISIO}/ffffffff-ffff-4fff-8fff-ffffffffffff/transition/paata`, 404, 'ei ole tässä rekisterissä'],
    ['an unknown registry', (id: string) => `/app/no-such-registry/${id}/transition/paata`, 404, 'Rekisteriä "no-such-registry" ei ole.'],
    ['a registry without a lifecycle', (id: string) => `/app/${HAKOSALO}/${id}/transition/paata`, 404, 'tietueilla ei ole tiloja eikä tilasiirtoja'],
    ['a registry without a role', (id: string) => `/app/walmu-asiakashallinta/${id}/transition/paata`, 403, 'Sinulla ei ole roolia'],
  ] as const)('answers %s with an error page, never a crash', async (_name, path, status, message) => {
    const id = await create(RAISIO);
    const page = await worker.get(`/app/${RAISIO}/${id}`);
    const answer = await worker.post(path(id), [['csrf', worker.hidden(page.html, 'csrf')], ['version', '1']]);
    expect(answer.status).toBe(status);
    expect(textOf(answer.html)).toContain(message);
    expect(answer.html).not.toContain('<script>alert');
    expect(await state(RAISIO, id)).toBe('aktiivinen');
    expect(t.errors).toEqual([]);
  });

  it('takes a post without a version like an API call without If-Match, and ignores a garbled one', async () => {
    const id = await create(RAISIO);
    const page = await worker.get(`/app/${RAISIO}/${id}`);
    expect((await worker.post(`/app/${RAISIO}/${id}/transition/paata`, [['csrf', worker.hidden(page.html, 'csrf')], ['version', 'kolme']])).status).toBe(303);
    expect(await state(RAISIO, id)).toBe('paattynyt');
  });

  it('refuses an unreadable or oversized body without a crash', async () => {
    const id = await create(RAISIO);
    const oversized = await worker.send(`/app/${RAISIO}/${id}/transition/paata`, { body: `csrf=${'a'.repeat(32 * 1024)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(oversized.status).toBe(413);
    const garbled = await worker.send(`/app/${RAISIO}/${id}/transition/paata`, { body: '--x\r\nnot multipart', headers: { 'Content-Type': 'multipart/form-data; boundary=y' } });
    expect([400, 403]).toContain(garbled.status);
    expect(await state(RAISIO, id)).toBe('aktiivinen');
    expect(t.errors).toEqual([]);
  });

  it('renews a Työrasti account: expired by the timer, the new end date edited, then "Uusi tunnus"', async () => {
    const id = await create(TYORASTI, { tunnus_voimassa_asti: '2026-03-01' });
    await transitionRecord(t.engine.operations, callerOf(TYORASTI, []), TYORASTI, id, 'vanhene', { byTimer: { timer: 'maaraaika_paattyy', at: '2026-02-28T22:00:00.000Z' } });
    const expired = await worker.get(`/app/${TYORASTI}/${id}`);
    expect(section(expired.html)).toContain('Päivämäärän pitää olla tämän päivän jälkeen: Tunnus voimassa asti.');
    await updateRecord(t.engine.operations, callerOf(TYORASTI, ['tyontekija']), TYORASTI, id, { tunnus_voimassa_asti: '2026-09-30' });
    const renewable = await worker.get(`/app/${TYORASTI}/${id}`);
    const answer = await press(worker, renewable, 'Uusi tunnus');
    expect(answer.status).toBe(303);
    expect((await worker.get(answer.location!)).html).toContain('Tila muutettu: Tunnus voimassa.');
  });
});
