/**
 * Retention on the staff pages: the record page's "Säilytys" section (upcoming jobs with their
 * due dates and rules, legal holds; place and release forms only for `legal-hold` roles), holds
 * placed and released with plain form posts (hostile and empty reasons refused on the page with
 * the text kept), and the admins' jobs page (due, failed with the error, blocked with the reason,
 * review with a button). The pages are valid HTML.
 */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeEach, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/workflows/scheduler.js';
import { testEngine, type TestEngine } from '../helpers/engine.js';
import { create, endedRaisio, RAISIO, transition, TYORASTI, WALMU } from '../helpers/timers.js';
import { signedIn, summaryItems, textOf, unescapeHtml, type UiSession } from '../helpers/ui-session.js';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off', 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
  }),
);

let t: TestEngine;
let admin: UiSession;
let worker: UiSession;

beforeEach(async () => {
  t = await testEngine({ demo: true });
  admin = await signedIn(t, 'paavo', [RAISIO, TYORASTI, WALMU].map((id) => `${id}:paakayttaja`));
  worker = await signedIn(t, 'liisa', [RAISIO, TYORASTI, WALMU].map((id) => `${id}:tyontekija`));
});

function valid(html: string): void {
  const report = validator.validateStringSync(html);
  expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
}

function section(html: string): string {
  return /<section class="record-section retention"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
}

function csrfOf(html: string): string {
  return unescapeHtml(/name="csrf" value="([^"]+)"/.exec(html)![1]!);
}

const ended = (daysAgo: number) => endedRaisio(t, daysAgo);

describe('the record page', () => {
  it('shows what is scheduled for the record, and the hold forms only to legal-hold roles', async () => {
    const id = await ended(30);
    const page = await admin.get(`/app/${RAISIO}/${id}`);
    expect(page.status).toBe(200);
    valid(page.html);
    const text = textOf(section(page.html));
    expect(text).toContain('Säilytys');
    expect(text).toContain('Säilytyssääntö "asiakkuuden_paattyminen"');
    expect(text).toContain('Tietojen poisto');
    expect(text).toContain('31.1.2027');
    expect(text).toContain('Tietueella ei ole pitoja.');
    expect(section(page.html)).toContain(`action="/app/${RAISIO}/${id}/legal-holds"`);
    expect(section(page.html)).toContain(`href="/app/${RAISIO}/jobs"`);
    const plain = await worker.get(`/app/${RAISIO}/${id}`);
    expect(textOf(section(plain.html))).toContain('Tietojen poisto');
    expect(section(plain.html)).not.toContain('legal-holds');
    expect(section(plain.html)).not.toContain('/jobs"');
  });

  it('places and releases a hold with plain form posts', async () => {
    const id = await ended(400);
    const page = await admin.get(`/app/${RAISIO}/${id}`);
    const placed = await admin.post(`/app/${RAISIO}/${id}/legal-holds`, [['csrf', csrfOf(page.html)], ['reason', '  Kantelu eduskunnan oikeusasiamiehelle vireillä  ']]);
    expect(placed.status).toBe(303);
    const after = await admin.get(placed.location!);
    valid(after.html);
    expect(textOf(after.html)).toContain('Oikeudellinen pito asetettiin.');
    expect(textOf(section(after.html))).toContain('Kantelu eduskunnan oikeusasiamiehelle vireillä');
    // The due deletion is blocked, and the page says why.
    await runDueJobs(t.engine.operations);
    const blocked = await admin.get(`/app/${RAISIO}/${id}`);
    expect(textOf(section(blocked.html))).toContain('Oikeudellinen pito: Kantelu eduskunnan oikeusasiamiehelle vireillä');
    const release = /action="([^"]+\/release)"/.exec(section(blocked.html))![1]!;
    const released = await admin.post(unescapeHtml(release), [['csrf', csrfOf(blocked.html)]]);
    expect(released.status).toBe(303);
    expect(textOf((await admin.get(released.location!)).html)).toContain('Oikeudellinen pito vapautettiin.');
    await runDueJobs(t.engine.operations);
    expect((await admin.get(`/app/${RAISIO}/${id}`)).status).toBe(404);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['two lines', 'rivi\r\ntoinen rivi'],
    ['too long', 'pitkä '.repeat(100)],
    ['control characters', 'syy\u0000\u001b[31m'],
  ])('refuses a %s reason on the page, keeping what was typed', async (_name, reason) => {
    const id = await create(t, RAISIO);
    const page = await admin.get(`/app/${RAISIO}/${id}`);
    const refused = await admin.post(`/app/${RAISIO}/${id}/legal-holds`, [['csrf', csrfOf(page.html)], ['reason', reason]]);
    expect(refused.status).toBe(422);
    valid(refused.html);
    expect(summaryItems(refused.html)).toEqual([{ href: '#hold-reason', text: 'Kirjoita pidon syy yhdelle riville (1–500 merkkiä).' }]);
    expect(refused.html).toContain('aria-invalid="true"');
    expect(t.engine.operations.workflows.holds.history(RAISIO, id)).toEqual([]);
  });

  it('escapes a hostile reason and refuses holds from roles without the ability, forged posts and unknown ids', async () => {
    const id = await create(t, RAISIO);
    const page = await admin.get(`/app/${RAISIO}/${id}`);
    const hostile = '<script>alert(1)</script> "><img src=x onerror=alert(1)>';
    expect((await admin.post(`/app/${RAISIO}/${id}/legal-holds`, [['csrf', csrfOf(page.html)], ['reason', hostile]])).status).toBe(303);
    const shown = await admin.get(`/app/${RAISIO}/${id}`);
    valid(shown.html);
    expect(shown.html).not.toContain('<script>alert');
    expect(textOf(section(shown.html))).toContain(hostile);
    const workerPage = await worker.get(`/app/${RAISIO}/${id}`);
    expect((await worker.post(`/app/${RAISIO}/${id}/legal-holds`, [['csrf', csrfOf(workerPage.html)], ['reason', 'x']])).status).toBe(403);
    expect((await admin.post(`/app/${RAISIO}/${id}/legal-holds`, [['csrf', 'forged'], ['reason', 'x']])).status).toBe(403);
    expect((await admin.post(`/app/${RAISIO}/ffffffff-ffff-4fff-8fff-ffffffffffff/legal-holds`, [['csrf', csrfOf(page.html)], ['reason', 'x']])).status).toBe(404);
    expect((await admin.post(`/app/${RAISIO}/${id}/legal-holds/999/release`, [['csrf', csrfOf(page.html)]])).status).toBe(404);
    expect((await admin.post(`/app/${RAISIO}/${id}/legal-holds/abc/release`, [['csrf', csrfOf(page.html)]])).status).toBe(404);
    expect(t.engine.operations.workflows.holds.active(RAISIO, id)).toHaveLength(1);
  });
});

describe('the jobs page', () => {
  it('lists due, failed with the error, blocked with the reason, and reviews with a button', async () => {
    await ended(400);
    const held = await ended(400);
    t.engine.operations.workflows.holds.place({ registry: RAISIO, recordId: held, reason: 'Oikeudenkäynti', placedBy: 'paavo', placedAt: t.clock().toISOString() });
    const due = await admin.get(`/app/${RAISIO}/jobs`);
    expect(due.status).toBe(200);
    valid(due.html);
    expect(textOf(due.html)).toContain('Erääntyneet (2)');
    await runDueJobs(t.engine.operations);
    const blocked = await admin.get(`/app/${RAISIO}/jobs?view=blocked`);
    valid(blocked.html);
    expect(textOf(blocked.html)).toContain('Oikeudellinen pito: Oikeudenkäynti');
    expect(textOf(blocked.html)).toContain('Tehdyt (1)');

    const walmu = await create(t, WALMU);
    await transition(t, WALMU, walmu, 'paata');
    await runDueJobs(t.engine.operations);
    const review = await admin.get(`/app/${WALMU}/jobs?view=review`);
    valid(review.html);
    expect(textOf(review.html)).toContain('Ajastin "sailytyksen_tarkistus"');
    const action = /action="([^"]+\/reviewed)"/.exec(review.html)![1]!;
    const marked = await admin.post(unescapeHtml(action), [['csrf', csrfOf(review.html)], ['back', 'jobs']]);
    expect(marked.status).toBe(303);
    const after = await admin.get(marked.location!);
    expect(textOf(after.html)).toContain('Tehtävä merkittiin tarkistetuksi.');
    expect(textOf(after.html)).toContain('Ei tehtäviä tässä näkymässä.');
  });

  it('shows a failure with its error, and is for admins only', async () => {
    const id = await ended(400);
    const broken = { ...t.engine.operations, store: { ...t.engine.operations.store, delete: async () => { throw new Error('database disk image is malformed'); } } };
    await runDueJobs(broken);
    const failed = await admin.get(`/app/${RAISIO}/jobs?view=failed`);
    valid(failed.html);
    expect(textOf(failed.html)).toContain('Virhe: database disk image is malformed');
    expect(failed.html).toContain(`href="/app/${RAISIO}/${id}"`);
    expect((await worker.get(`/app/${RAISIO}/jobs`)).status).toBe(403);
    // Admins find the page from the registry's list; others are not offered it.
    expect((await admin.get(`/app/${RAISIO}`)).html).toContain(`href="/app/${RAISIO}/jobs"`);
    expect((await worker.get(`/app/${RAISIO}`)).html).not.toContain('/jobs"');
    expect((await admin.get('/app/no-such-registry/jobs')).status).toBe(404);
    // An unknown view shows the default one.
    expect((await admin.get(`/app/${RAISIO}/jobs?view=<script>`)).status).toBe(200);
  });
});
