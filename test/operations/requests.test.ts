/**
 * Data-subject requests end to end on the seeds: deadlines, the extension, overdue requests after
 * the clock moves, the identity check, and each kind carried out — an access package across two
 * registries, erasure refused by law and allowed on consent, restriction blocking changes until
 * lifted, consents withdrawn — every step in the request's history and the audit log, which never
 * holds the identity code.
 */
import { describe, expect, it } from 'vitest';
import { giveConsent } from '../../src/operations/consents.js';
import { recordDisclosure } from '../../src/operations/disclosures.js';
import { placeHold } from '../../src/operations/legal-holds.js';
import { carryOutRequest, liftRestriction } from '../../src/operations/request-actions.js';
import { requestPackage } from '../../src/operations/request-package.js';
import { deleteRecord, readRecord, updateRecord } from '../../src/operations/records.js';
import { closeRequest, createRequest, extendRequest, listRequests, readRequest, verifyIdentity } from '../../src/operations/requests.js';
import { transitionRecord } from '../../src/operations/transitions.js';
import { packageJson } from '../../src/requests/package-json.js';
import { createPackageRenderer } from '../../src/requests/package-page.js';
import { refusal } from '../helpers/refusals.js';
import { registryFrom } from '../helpers/registry-text.js';
import { OTHER_PERSON, PERSON, SEEDS, requestTest, type RequestTest } from '../helpers/subject-requests.js';

const DAY = 86_400_000;

/** A register whose only basis is consent (6(1)(a)): erasure is allowed outright. */
const CONSENT_REGISTRY = registryFrom(`id: suostumusrekisteri
languages: [fi]
name: Suostumusrekisteri
purposes:
  - { id: palvelu, name: Palvelu }
legal_bases:
  - { id: suostumus, gdpr: [6(1)(a)], name: Suostumus, purposes: [palvelu], consent: suostumus }
consents:
  - { id: suostumus, name: Suostumus, methods: [written], purposes: [palvelu] }
roles:
  - { id: paakayttaja, name: Pääkäyttäjä, write: ['*'], can: [handle-requests, delete-records, legal-hold, manage-consents] }
categories:
  - id: perustiedot
    name: Perustiedot
    fields:
      - { id: henkilotunnus, label: Henkilötunnus, type: personal-identity-code }
      - { id: nimi, label: Nimi, type: text }
`);

function auditRows(r: RequestTest): string[] {
  return (r.t.engine.db.prepare('SELECT * FROM audit_log').all() as Array<Record<string, unknown>>).map((row) => JSON.stringify(row));
}

describe('requests: deadlines', () => {
  it.each([
    // kind, registries with the person's records, received, expected deadline
    ['access', [SEEDS.walmu, SEEDS.raisio], undefined, '2026-03-16'],
    ['rectification', [SEEDS.walmu, SEEDS.raisio], undefined, '2026-04-02'],
    ['access', [SEEDS.raisio], '2026-01-31', '2026-02-28'],
    ['erasure', [SEEDS.joensuu], '2025-12-31', '2026-01-31'],
    ['access', [SEEDS.walmu], '2026-02-20', '2026-03-06'],
  ] as const)('%s in %j received %s: due %s', async (kind, registries, received, deadline) => {
    const r = await requestTest();
    for (const registry of registries) await r.addRecord(registry, PERSON);
    const request = await createRequest(r.t.engine.operations, r.caller(), { kind, personal_identity_code: PERSON, ...(received ? { received } : {}) });
    expect(request.registries.sort()).toEqual([...registries].sort());
    expect(request.receivedAt).toBe(received ?? '2026-03-02');
    expect(request.deadline).toBe(deadline);
    expect(request.status).toBe('open');
    expect(readRequestSync(r, request.id)[0]).toMatchObject({ event: 'created', actor: 'kasittelija' });
    r.t.engine.close();
  });

  it('concerns every handled registry when the person has no records, and the registries named when given', async () => {
    const r = await requestTest();
    const none = await createRequest(r.t.engine.operations, r.caller(), { kind: 'access', personal_identity_code: PERSON });
    expect(none.registries.sort()).toEqual(Object.values(SEEDS).sort());
    const named = await createRequest(r.t.engine.operations, r.caller(), { kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.walmu, SEEDS.walmu] });
    expect(named.registries).toEqual([SEEDS.walmu]);
    expect(named.deadline).toBe('2026-03-16');
    r.t.engine.close();
  });

  it('extends once, with a reason, by at most two months, and not after the deadline', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const request = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.raisio] });
    const noReason = await refusal(extendRequest(ops, r.caller(), request.id, {}));
    expect(noReason.kind).toBe('invalid');
    expect(noReason.errors.map((error) => error.field)).toEqual(['reason']);
    const tooFar = await refusal(extendRequest(ops, r.caller(), request.id, { reason: 'Laaja pyyntö', until: '2026-06-03' }));
    expect(tooFar.errors[0]).toMatchObject({ field: 'until', pointer: '/until' });
    expect(tooFar.errors[0]!.message).toContain('2.6.2026');
    expect((await refusal(extendRequest(ops, r.caller(), request.id, { reason: 'Laaja pyyntö', until: '2026-04-02' }))).errors[0]!.field).toBe('until');
    const extended = await extendRequest(ops, r.caller(), request.id, { reason: 'Pyyntö koskee 12 vuoden asiakirjoja.' });
    expect(extended).toMatchObject({ extendedTo: '2026-06-02', extensionReason: 'Pyyntö koskee 12 vuoden asiakirjoja.', due: '2026-06-02', version: 2 });
    const again = await refusal(extendRequest(ops, r.caller(), request.id, { reason: 'Vielä lisää' }));
    expect(again).toMatchObject({ kind: 'conflict', messageKey: 'api.request-already-extended' });

    const late = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.raisio] });
    r.t.clock.advance(32 * DAY);
    expect(await refusal(extendRequest(ops, r.caller(), late.id, { reason: 'Myöhässä' }))).toMatchObject({ kind: 'conflict', messageKey: 'api.request-extension-late' });
    r.t.engine.close();
  });
});

function readRequestSync(r: RequestTest, id: string) {
  return r.t.engine.operations.workflows.requests.events(id);
}

describe('requests: overdue', () => {
  it('lists open requests past their deadline, overdue first, after the clock moves', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const walmu = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.walmu] });
    const raisio = await createRequest(ops, r.caller(), { kind: 'rectification', personal_identity_code: OTHER_PERSON, registries: [SEEDS.raisio] });
    const extended = await createRequest(ops, r.caller(), { kind: 'objection', personal_identity_code: PERSON, registries: [SEEDS.walmu] });
    await extendRequest(ops, r.caller(), extended.id, { reason: 'Monimutkainen' });
    expect(listRequests(ops, r.caller(), { overdue: 'true' }).items).toEqual([]);

    r.t.clock.advance(10 * DAY);
    const soon = listRequests(ops, r.caller(), {});
    expect(soon.items.map((request) => [request.id, request.dueSoon, request.overdue])).toEqual([
      [walmu.id, true, false],
      [raisio.id, false, false],
      [extended.id, false, false],
    ]);

    r.t.clock.advance(5 * DAY);
    const overdue = listRequests(ops, r.caller(), { overdue: 'true' });
    expect(overdue.items.map((request) => request.id)).toEqual([walmu.id]);
    expect(overdue.items[0]).toMatchObject({ overdue: true, due: '2026-03-16' });

    // A closed request is not overdue, whatever its deadline.
    r.t.clock.advance(30 * DAY);
    await closeRequest(ops, r.caller(), walmu.id, 'completed', { resolution: 'Tiedot lähetetty.' });
    expect(listRequests(ops, r.caller(), { overdue: 'true' }).items.map((request) => request.id)).toEqual([raisio.id]);
    expect(listRequests(ops, r.caller(), { status: 'completed' }).items.map((request) => request.id)).toEqual([walmu.id]);
    r.t.engine.close();
  });
});

describe('requests: identity check', () => {
  it.each(['access', 'portability', 'erasure', 'restriction'] as const)('%s: refuses its action until the identity is verified', async (kind) => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    await r.addRecord(SEEDS.hakosalo, PERSON);
    const request = await createRequest(ops, r.caller(), { kind, personal_identity_code: PERSON });
    const act = () => (kind === 'access' || kind === 'portability' ? requestPackage(ops, r.caller(), request.id, 'json') : carryOutRequest(ops, r.caller(), request.id, {}));
    const refused = await refusal(act());
    expect(refused).toMatchObject({ kind: 'conflict', messageKey: 'api.request-identity-not-verified' });
    expect(r.t.engine.audit.list({ registry: SEEDS.hakosalo, limit: 1000 }).entries.at(-1)).toMatchObject({ action: 'request', outcome: 'conflict', reason: expect.stringMatching(/identity-not-verified$/) });
    await verifyIdentity(ops, r.caller(), request.id, { note: 'Passi esitetty' });
    await expect(act()).resolves.toBeDefined();
    r.t.engine.close();
  });
});

describe('requests: access package', () => {
  it('holds every record of the person in two registries, with consents, disclosures, states and audit entries', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const hakosalo = await r.addRecord(SEEDS.hakosalo, PERSON);
    const joensuu = await r.addRecord(SEEDS.joensuu, PERSON);
    await r.addRecord(SEEDS.hakosalo, OTHER_PERSON, 2);
    await giveConsent(ops, r.caller(), SEEDS.hakosalo, hakosalo, { consent: 'suostumus', method: 'written' });
    await recordDisclosure(ops, r.caller(), SEEDS.hakosalo, hakosalo, { disclosure: 'te_palvelut', method: 'Turvaposti' });
    await transitionRecord(ops, r.caller(), SEEDS.joensuu, joensuu, 'paata_asiakkuus');
    const request = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, identity_verified: true, lang: 'sv' });
    expect(request.registries.sort()).toEqual([SEEDS.hakosalo, SEEDS.joensuu]);

    const pkg = packageJson(await requestPackage(ops, r.caller(), request.id, 'json'));
    const registries = pkg['registries'] as Array<Record<string, any>>;
    expect(registries.map((registry) => registry['id']).sort()).toEqual([SEEDS.hakosalo, SEEDS.joensuu]);
    const h = registries.find((registry) => registry['id'] === SEEDS.hakosalo)!;
    expect(h['records']).toHaveLength(1);
    const record = h['records'][0];
    expect(record.id).toBe(hakosalo);
    expect(record.fields).toContainEqual({ id: 'henkilotunnus', label: 'Henkilötunnus', category: expect.any(String), value: PERSON });
    expect(record.fields.find((field: { id: string }) => field.id === 'tapahtumat')?.members).toContainEqual({ id: 'aihe', label: 'Aihe' });
    expect(record.consents).toEqual([expect.objectContaining({ consent: 'suostumus', event: 'given', method: 'written', recorded_by: 'staff' })]);
    // The person learns who handled their data as the controller's staff or the system, not by username.
    expect(JSON.stringify(record)).not.toContain('kasittelija');
    expect(record.audit.map((entry: { handled_by: string }) => entry.handled_by)).toEqual(expect.arrayContaining(['staff']));
    expect(record.disclosures).toEqual([expect.objectContaining({ disclosure: 'te_palvelut', recipient: 'TE-palvelut', basis: 'consent', method: 'Turvaposti' })]);
    expect(record.audit.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['create', 'consent', 'disclose', 'request']));
    expect(h['recipients'].map((recipient: { id: string }) => recipient.id)).toContain('te_palvelut');
    expect(h['legal_bases'].map((basis: { id: string }) => basis.id)).toEqual(['asiakassuhteen_hoitaminen', 'suostumus']);
    expect(h['sources'].length).toBeGreaterThan(0);
    expect(h['rights'].items.map((right: { right: string }) => right.right)).toContain('access');
    expect(h['rights'].deadline).toMatch(/1 månad/);
    const j = registries.find((registry) => registry['id'] === SEEDS.joensuu)!;
    expect(j['records'][0].state).toEqual({ id: 'paattynyt', name: 'Asiakkuus päättynyt' });
    expect(j['records'][0].state_history.map((entry: { state: string }) => entry.state)).toEqual(['asiakkuus', 'paattynyt']);
    expect(j['legal_bases'].find((basis: { id: string }) => basis.id === 'lainsaadanto').laws).toContain('Kuntalaki 410/2015');
    expect(j['retention']).toBeDefined();
    expect(pkg['person']).toEqual({ personal_identity_code: PERSON });

    // Producing it is an export naming the records and fields, and a step of the request.
    const exports = r.t.engine.audit.list({ limit: 1000 }).entries.filter((entry) => entry.action === 'export');
    expect(exports.map((entry) => [entry.registry, entry.records, entry.reason]).sort()).toEqual([
      [SEEDS.hakosalo, [hakosalo], 'request-package:access'],
      [SEEDS.joensuu, [joensuu], 'request-package:access'],
    ]);
    expect(exports.find((entry) => entry.registry === SEEDS.hakosalo)!.fields).toContain('henkilotunnus');
    expect(r.t.engine.operations.workflows.requests.events(request.id).map((event) => event.event)).toEqual(['created', 'package']);
    r.t.engine.close();
  });

  it('renders the package page in Swedish, with the address the person\'s own protection hides from others', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    await r.addRecord(SEEDS.raisio, PERSON, 3, { turvakielto: true, osoite: { street: 'Salainen tie 1', postal_code: '21200', post_office: 'Raisio' } });
    const request = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, identity_verified: true, lang: 'sv' });
    const html = createPackageRenderer().render(await requestPackage(ops, r.caller(), request.id, 'html'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).toContain('<h1>Uppgifter om dig</h1>');
    expect(html).toContain('Salainen tie 1');
    expect(html).toContain('<th scope="col">Uppgift</th>');
    expect(html).toContain('<caption>Behandling av dina uppgifter (loggar)</caption>');
    // Registry texts without a Swedish translation are marked Finnish.
    expect(html).toContain('<span lang="fi">Osoite</span>');
    expect(html).not.toMatch(/<script/i);
    r.t.engine.close();
  });

  it('is made only for access and portability requests, and not for a refused one', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const erasure = await createRequest(ops, r.caller(), { kind: 'erasure', personal_identity_code: PERSON, identity_verified: true, registries: [SEEDS.walmu] });
    expect(await refusal(requestPackage(ops, r.caller(), erasure.id, 'json'))).toMatchObject({ kind: 'conflict', messageKey: 'api.request-no-package' });
    const access = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, identity_verified: true, registries: [SEEDS.walmu] });
    await closeRequest(ops, r.caller(), access.id, 'refused', { resolution: 'Ei henkilöllisyyttä' });
    expect(await refusal(requestPackage(ops, r.caller(), access.id, 'json'))).toMatchObject({ kind: 'conflict', messageKey: 'api.request-closed' });
    r.t.engine.close();
  });
});

describe('requests: erasure', () => {
  it('is refused by law in a public-task registry, needs a decision in an undetermined one, and is allowed on consent', async () => {
    const r = await requestTest([CONSENT_REGISTRY]);
    const ops = r.t.engine.operations;
    const joensuu = await r.addRecord(SEEDS.joensuu, PERSON);
    const hakosalo = await r.addRecord(SEEDS.hakosalo, PERSON);
    const consent = await r.addRecord(CONSENT_REGISTRY.id, PERSON);
    const request = await createRequest(ops, r.caller(), { kind: 'erasure', personal_identity_code: PERSON, identity_verified: true, lang: 'en' });
    const first = await carryOutRequest(ops, r.caller(), request.id, {});
    const byRegistry = new Map(first.outcomes.map((outcome) => [outcome.registry, outcome]));
    expect(byRegistry.get(SEEDS.joensuu)).toMatchObject({ outcome: 'refused' });
    expect(byRegistry.get(SEEDS.joensuu)!.text).toMatch(/^Your data cannot be erased from the register Joensuun .*GDPR Article 17\(3\)\(b\).*GDPR Article 6\(1\)\(e\).*Laws: Työttömyysturvalaki 1370\/2014/);
    expect(byRegistry.get(SEEDS.hakosalo)).toMatchObject({ outcome: 'needs-decision' });
    expect(byRegistry.get(CONSENT_REGISTRY.id)).toMatchObject({ outcome: 'erased', records: [{ id: consent, outcome: 'erased' }] });
    expect(await ops.store.get(SEEDS.joensuu, joensuu)).toBeDefined();
    expect(await ops.store.get(SEEDS.hakosalo, hakosalo)).toBeDefined();
    expect(await ops.store.get(CONSENT_REGISTRY.id, consent)).toBeUndefined();

    // Staff assess Hakosalo and confirm.
    const second = await carryOutRequest(ops, r.caller(), request.id, { confirm: [SEEDS.hakosalo] });
    expect(second.outcomes.find((outcome) => outcome.registry === SEEDS.hakosalo)).toMatchObject({ outcome: 'erased' });
    expect(await ops.store.get(SEEDS.hakosalo, hakosalo)).toBeUndefined();
    expect(await ops.store.get(SEEDS.joensuu, joensuu)).toBeDefined();
    const history = ops.workflows.requests.events(request.id).filter((event) => event.event === 'erasure');
    expect(history.map((event) => [event.detail['registry'], event.detail['outcome']])).toEqual([
      [SEEDS.hakosalo, 'needs-decision'],
      [SEEDS.joensuu, 'refused'],
      [CONSENT_REGISTRY.id, 'erased'],
      [SEEDS.hakosalo, 'erased'],
      [SEEDS.joensuu, 'refused'],
      [CONSENT_REGISTRY.id, 'no-records'],
    ]);
    expect(r.t.engine.audit.list({ registry: SEEDS.hakosalo, records: [hakosalo], limit: 100 }).entries.map((entry) => entry.action)).toContain('erase');
    r.t.engine.close();
  });

  it('reports a record a legal hold keeps, and erases the rest', async () => {
    const r = await requestTest([CONSENT_REGISTRY]);
    const ops = r.t.engine.operations;
    const kept = await r.addRecord(CONSENT_REGISTRY.id, PERSON, 1);
    const gone = await r.addRecord(CONSENT_REGISTRY.id, PERSON, 2);
    await placeHold(ops, r.caller(), CONSENT_REGISTRY.id, kept, { reason: 'Oikeudenkäynti vireillä' });
    const request = await createRequest(ops, r.caller(), { kind: 'erasure', personal_identity_code: PERSON, identity_verified: true });
    const { outcomes } = await carryOutRequest(ops, r.caller(), request.id, {});
    expect(outcomes).toEqual([{ registry: CONSENT_REGISTRY.id, outcome: 'partly-erased', records: [{ id: kept, outcome: 'blocked', by: 'legal-hold' }, { id: gone, outcome: 'erased' }] }]);
    expect(await ops.store.get(CONSENT_REGISTRY.id, kept)).toBeDefined();
    r.t.engine.close();
  });

  it('refuses a confirmation naming a registry outside the request', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    await r.addRecord(SEEDS.hakosalo, PERSON);
    const request = await createRequest(ops, r.caller(), { kind: 'erasure', personal_identity_code: PERSON, identity_verified: true });
    const refused = await refusal(carryOutRequest(ops, r.caller(), request.id, { confirm: [SEEDS.walmu] }));
    expect(refused.errors.map((error) => error.field)).toEqual(['confirm']);
    expect(await ops.store.findByIdentityCode(SEEDS.hakosalo, PERSON)).toHaveLength(1);
    r.t.engine.close();
  });
});

describe('requests: restriction', () => {
  it('blocks changing and deleting the records until lifted; reading stays allowed', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const record = await r.addRecord(SEEDS.walmu, PERSON);
    const request = await createRequest(ops, r.caller(), { kind: 'restriction', personal_identity_code: PERSON, identity_verified: true });
    const placed = await carryOutRequest(ops, r.caller(), request.id, { reason: 'Henkilö kiistää tietojen oikeellisuuden' });
    expect(placed.outcomes).toEqual([{ registry: SEEDS.walmu, outcome: 'restricted', records: [{ id: record, outcome: 'restricted', restriction: expect.any(Number) }] }]);
    expect(ops.workflows.restrictions.active(SEEDS.walmu, record)).toEqual([expect.objectContaining({ requestId: request.id, reason: 'Henkilö kiistää tietojen oikeellisuuden' })]);

    const update = await refusal(updateRecord(ops, r.caller(), SEEDS.walmu, record, { nimi: 'Uusi Nimi' }));
    expect(update).toMatchObject({ kind: 'conflict', messageKey: 'api.record-restricted' });
    expect(await refusal(deleteRecord(ops, r.caller(), SEEDS.walmu, record))).toMatchObject({ kind: 'conflict', messageKey: 'api.record-restricted' });
    const refusals = r.t.engine.audit.list({ registry: SEEDS.walmu, records: [record], limit: 100 }).entries.filter((entry) => entry.reason === 'restricted');
    expect(refusals.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['update', 'denied'],
      ['delete', 'denied'],
    ]);
    await expect(readRecord(ops, r.caller(), SEEDS.walmu, record)).resolves.toMatchObject({ id: record });
    // Carrying it out again places nothing twice.
    const again = await carryOutRequest(ops, r.caller(), request.id, {});
    expect(again.outcomes[0]!.records[0]!.outcome).toBe('already-restricted');
    await closeRequest(ops, r.caller(), request.id, 'completed', { resolution: 'Käsittelyä rajoitettu tarkistuksen ajaksi.' });

    // Lifting is a step of the (completed) request.
    const lifted = await liftRestriction(ops, r.caller(), request.id, { reason: 'Tiedot tarkistettu oikeiksi' });
    expect(lifted.outcomes).toEqual([{ registry: SEEDS.walmu, outcome: 'lifted', records: [{ id: record, outcome: 'lifted', restriction: expect.any(Number) }] }]);
    await expect(updateRecord(ops, r.caller(), SEEDS.walmu, record, { nimi: 'Uusi Nimi' })).resolves.toMatchObject({ version: 2 });
    expect(await refusal(liftRestriction(ops, r.caller(), request.id, {}))).toMatchObject({ kind: 'conflict', messageKey: 'api.request-no-restriction' });
    expect(ops.workflows.requests.events(request.id).map((event) => event.event)).toEqual(['created', 'restriction-placed', 'restriction-placed', 'completed', 'restriction-lifted']);
    await deleteRecord(ops, r.caller(), SEEDS.walmu, record);
    r.t.engine.close();
  });
});

describe('requests: consent withdrawal', () => {
  it('withdraws every consent in force, with the method the person used, without an identity check', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const record = await r.addRecord(SEEDS.hakosalo, PERSON);
    const other = await r.addRecord(SEEDS.walmu, PERSON);
    await giveConsent(ops, r.caller(), SEEDS.hakosalo, record, { consent: 'suostumus', method: 'oral' });
    const request = await createRequest(ops, r.caller(), { kind: 'withdraw-consent', personal_identity_code: PERSON });
    const missing = await refusal(carryOutRequest(ops, r.caller(), request.id, {}));
    expect(missing.errors.map((error) => error.field)).toEqual(['method']);
    const { outcomes } = await carryOutRequest(ops, r.caller(), request.id, { method: 'written' });
    expect(outcomes.find((outcome) => outcome.registry === SEEDS.hakosalo)).toEqual({
      registry: SEEDS.hakosalo,
      outcome: 'consents-withdrawn',
      records: [{ id: record, outcome: 'consents-withdrawn', consents: ['suostumus'] }],
    });
    expect(outcomes.find((outcome) => outcome.registry === SEEDS.walmu)).toMatchObject({ outcome: 'no-consents', records: [{ id: other, outcome: 'no-consents', consents: [] }] });
    expect(ops.workflows.consents.valid(SEEDS.hakosalo, record, 'suostumus')).toBeUndefined();
    expect(ops.workflows.consents.history(SEEDS.hakosalo, record).map((event) => [event.event, event.method])).toEqual([
      ['given', 'oral'],
      ['withdrawn', 'written'],
    ]);
    r.t.engine.close();
  });
});

describe('requests: rectification and objection', () => {
  it.each(['rectification', 'objection'] as const)('%s: recorded, read with the person\'s records, closed by staff with a resolution', async (kind) => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const record = await r.addRecord(SEEDS.raisio, PERSON);
    const request = await createRequest(ops, r.caller(), { kind, personal_identity_code: PERSON });
    expect(await refusal(carryOutRequest(ops, r.caller(), request.id, {}))).toMatchObject({ kind: 'conflict', messageKey: 'api.request-nothing-to-carry-out' });
    const detail = await readRequest(ops, r.caller(), request.id);
    expect(detail.records).toEqual([{ registry: SEEDS.raisio, id: record }]);
    expect((await refusal(closeRequest(ops, r.caller(), request.id, 'completed', { resolution: '   ' }))).errors.map((error) => error.field)).toEqual(['resolution']);
    const closed = await closeRequest(ops, r.caller(), request.id, 'completed', { resolution: 'Osoite korjattu.' });
    expect(closed).toMatchObject({ status: 'completed', resolution: 'Osoite korjattu.' });
    expect(await refusal(closeRequest(ops, r.caller(), request.id, 'refused', { resolution: 'x' }))).toMatchObject({ kind: 'conflict', messageKey: 'api.request-closed' });
    r.t.engine.close();
  });

  it('is withdrawn by the person without a resolution', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const request = await createRequest(ops, r.caller(), { kind: 'objection', personal_identity_code: PERSON, registries: [SEEDS.joensuu] });
    await expect(closeRequest(ops, r.caller(), request.id, 'withdrawn', {})).resolves.toMatchObject({ status: 'withdrawn' });
    r.t.engine.close();
  });
});

describe('requests: who may, and what the audit log holds', () => {
  it('refuses callers without handle-requests, and hides requests concerning registries they do not handle', async () => {
    const r = await requestTest();
    const ops = r.t.engine.operations;
    const worker = { actor: 'tyontekija', roles: new Map([[SEEDS.walmu, ['tyontekija']]]), lang: 'fi' as const };
    expect(await refusal(createRequest(ops, worker, { kind: 'access', personal_identity_code: PERSON }))).toMatchObject({ kind: 'forbidden' });
    const walmuOnly = { actor: 'walmu', roles: new Map([[SEEDS.walmu, ['paakayttaja']]]), lang: 'fi' as const };
    expect(await refusal(createRequest(ops, walmuOnly, { kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.raisio] }))).toMatchObject({
      kind: 'forbidden',
      messageKey: 'api.request-forbidden-registries',
    });
    const both = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON, registries: [SEEDS.walmu, SEEDS.raisio] });
    const mine = await createRequest(ops, walmuOnly, { kind: 'access', personal_identity_code: PERSON });
    expect(mine.registries).toEqual([SEEDS.walmu]);
    expect(listRequests(ops, walmuOnly, {}).items.map((request) => request.id)).toEqual([mine.id]);
    expect(await refusal(readRequest(ops, walmuOnly, both.id))).toMatchObject({ kind: 'forbidden' });
    expect(await refusal(readRequest(ops, r.caller(), 'no-such-request'))).toMatchObject({ kind: 'not-found' });
    r.t.engine.close();
  });

  it('never writes the identity code into the audit log, whatever happens', async () => {
    const r = await requestTest([CONSENT_REGISTRY]);
    const ops = r.t.engine.operations;
    await r.addRecord(SEEDS.walmu, PERSON);
    await r.addRecord(CONSENT_REGISTRY.id, PERSON);
    const access = await createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: PERSON.toLowerCase() });
    expect(access.identityCode).toBe(PERSON);
    await refusal(requestPackage(ops, r.caller(), access.id, 'json'));
    await verifyIdentity(ops, r.caller(), access.id, {});
    await requestPackage(ops, r.caller(), access.id, 'html');
    await readRequest(ops, r.caller(), access.id);
    listRequests(ops, r.caller(), {});
    const erasure = await createRequest(ops, r.caller(), { kind: 'erasure', personal_identity_code: PERSON, identity_verified: true });
    await carryOutRequest(ops, r.caller(), erasure.id, { confirm: [SEEDS.walmu] });
    const restriction = await createRequest(ops, r.caller(), { kind: 'restriction', personal_identity_code: OTHER_PERSON, identity_verified: true });
    await carryOutRequest(ops, r.caller(), restriction.id, {});
    await refusal(createRequest(ops, r.caller(), { kind: 'access', personal_identity_code: '250675-940X' }));
    const rows = auditRows(r);
    expect(rows.length).toBeGreaterThan(20);
    for (const code of [PERSON, OTHER_PERSON, '250675', '250675-940X']) expect(rows.filter((row) => row.includes(code))).toEqual([]);
    expect(r.t.engine.audit.verify()).toMatchObject({ ok: true });
    r.t.engine.close();
  });
});
