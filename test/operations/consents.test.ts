/**
 * Consents of a record: giving and withdrawing with the declared methods, the status and the
 * history (never overwritten), who may, what a restriction does, every refusal with its message
 * and audit entry — on the seeds (Joensuu's signed consent to data exchange, Walmu's consent to
 * disclosure) and a test registry.
 */
import { describe, expect, it } from 'vitest';
import { consentHistory, consentStatus, giveConsent, recordConsentEvent, withdrawConsent, type ConsentInput } from '../../src/operations/consents.js';
import type { Caller } from '../../src/operations/context.js';
import { CONSENT_TEST_REGISTRY, HAKOSALO, JOENSUU, TESTI, WALMU, addRecord, callerWith, consentSuite } from '../helpers/consent-fixtures.js';

const { t, ops, registry, trail, refusal } = consentSuite();
const worker = callerWith('tyontekija', [`${JOENSUU}:tyontekija`, `${WALMU}:tyontekija`, `${HAKOSALO}:tyontekija`, `${TESTI}:kirjaaja`]);
const reader = callerWith('lukija', [`${TESTI}:lukija`]);
const handler = callerWith('kasittelija', [`${TESTI}:pyynnot`]);
const outsider = callerWith('ulkopuolinen', [`${WALMU}:tyontekija`]);

describe('Joensuu: the signed consent to data exchange', () => {
  it('given on a signed form is valid; orally it is refused, naming the allowed method', async () => {
    const id = await addRecord(t(), registry(JOENSUU));
    const oral = await refusal(id, () => giveConsent(ops(), worker, JOENSUU, id, { consent: 'tietojenvaihto', method: 'oral' }));
    expect(oral.kind).toBe('invalid');
    expect(oral.message).toBe('Suostumus "Asiakkaan suostumus tietojenvaihtoon" annetaan vain näin: allekirjoitettu lomake (signed-form). Tapa "oral" ei käy.');
    expect(oral.entry).toMatchObject({ action: 'consent', outcome: 'invalid', registry: JOENSUU, records: [id], fields: [], reason: 'give:tietojenvaihto:method-not-allowed' });
    expect(ops().workflows.consents.valid(JOENSUU, id, 'tietojenvaihto')).toBeUndefined();

    const status = await giveConsent(ops(), worker, JOENSUU, id, { consent: 'tietojenvaihto', method: 'signed-form' });
    expect(status.state).toBe('given');
    expect(status.valid).toMatchObject({ event: 'given', method: 'signed-form', at: '2026-03-02T08:00:00.000Z', recordedBy: 'tyontekija', recordedAt: '2026-03-02T08:00:00.000Z' });
    // What the lifecycle guard asks.
    expect(ops().workflows.consents.valid(JOENSUU, id, 'tietojenvaihto')?.id).toBe(status.valid!.id);
    expect(trail(id).at(-1)).toMatchObject({ actor: 'tyontekija', action: 'consent', outcome: 'ok', records: [id], fields: [], reason: 'give:tietojenvaihto' });
  });

  it('withdrawn (any method, as easily as given) it is no longer valid; the history keeps all three events in order', async () => {
    const id = await addRecord(t(), registry(JOENSUU), 2);
    await giveConsent(ops(), worker, JOENSUU, id, { consent: 'tietojenvaihto', method: 'signed-form', at: '2026-01-10' });
    const withdrawn = await withdrawConsent(ops(), worker, JOENSUU, id, { consent: 'tietojenvaihto', method: 'oral', at: '2026-02-03' });
    expect(withdrawn.state).toBe('withdrawn');
    expect(withdrawn.valid).toBeUndefined();
    expect(ops().workflows.consents.valid(JOENSUU, id, 'tietojenvaihto')).toBeUndefined();
    t().clock.advance(60_000);
    const again = await giveConsent(ops(), worker, JOENSUU, id, { consent: 'tietojenvaihto', method: 'signed-form' });
    expect(again.state).toBe('given');
    expect(again.history.map((event) => [event.event, event.at, event.method])).toEqual([
      ['given', '2026-01-10T12:00:00.000Z', 'signed-form'],
      ['withdrawn', '2026-02-03T12:00:00.000Z', 'oral'],
      ['given', '2026-03-02T08:01:00.000Z', 'signed-form'],
    ]);
    expect(trail(id).filter((entry) => entry.action === 'consent').map((entry) => entry.reason)).toEqual(['give:tietojenvaihto', 'withdraw:tietojenvaihto', 'give:tietojenvaihto']);
    const history = await consentHistory(ops(), worker, JOENSUU, id);
    expect(history.map((event) => event.event)).toEqual(['given', 'withdrawn', 'given']);
    t().clock.set('2026-03-02T08:00:00Z');
  });
});

describe('Walmu: the written consent to disclosure', () => {
  it('is given in writing and shown among both declared consents; orally it is refused', async () => {
    const id = await addRecord(t(), registry(WALMU));
    const refused = await refusal(id, () => giveConsent(ops(), worker, WALMU, id, { consent: 'luovutus', method: 'oral' }));
    expect(refused.message).toContain('kirjallisesti (written)');
    await giveConsent(ops(), worker, WALMU, id, { consent: 'luovutus', method: 'written', at: '2026-02-20' });
    const statuses = await consentStatus(ops(), worker, WALMU, id);
    expect(statuses.map((status) => [status.consent.id, status.state])).toEqual([
      ['kasittely', 'none'],
      ['luovutus', 'given'],
    ]);
    expect(trail(id).at(-1)).toMatchObject({ action: 'read', outcome: 'ok', reason: 'consents', fields: [] });
  });
});

type Setup = Array<['give' | 'withdraw', ConsentInput]>;
type Case = [name: string, setup: Setup, verb: 'give' | 'withdraw', input: ConsentInput, kind: string, outcome: string, reason: string, message: RegExp];

const REFUSALS: Case[] = [
  ['an undeclared consent', [], 'give', { consent: 'mainonta', method: 'written' }, 'invalid', 'invalid', 'give:mainonta:unknown-consent',
    /ei ilmoita suostumusta "mainonta"\. Ilmoitetut suostumukset: Suostumus tietojen vaihtoon \(vaihto\), Tutkimuslupa \(tutkimuslupa\), Uutiskirje \(uutiskirje\)\./],
  ['a method the consent does not declare', [], 'give', { consent: 'vaihto', method: 'oral' }, 'invalid', 'invalid', 'give:vaihto:method-not-allowed',
    /annetaan vain näin: allekirjoitettu lomake \(signed-form\), sähköisesti \(electronic\)\. Tapa "oral" ei käy\./],
  ['a method no one knows, to withdraw', [['give', { consent: 'vaihto', method: 'signed-form' }]], 'withdraw', { consent: 'vaihto', method: 'telepathy' }, 'invalid', 'invalid', 'withdraw:vaihto:method-not-allowed',
    /Tapa "telepathy" on tuntematon\. .*millä tahansa näistä tavoista: allekirjoitettu lomake \(signed-form\), kirjallisesti \(written\), suullisesti \(oral\), sähköisesti \(electronic\)\./],
  ['giving a consent in force', [['give', { consent: 'vaihto', method: 'signed-form', at: '2026-02-01' }]], 'give', { consent: 'vaihto', method: 'electronic' }, 'conflict', 'conflict', 'give:vaihto:already-given',
    /on jo voimassa: se annettiin 1\.2\.2026 \(allekirjoitettu lomake\)\./],
  ['withdrawing a consent never given', [], 'withdraw', { consent: 'vaihto', method: 'oral' }, 'conflict', 'conflict', 'withdraw:vaihto:not-in-force', /ei ole annettu, joten sitä ei voi perua/],
  ['withdrawing it twice', [['give', { consent: 'vaihto', method: 'signed-form', at: '2026-01-01' }], ['withdraw', { consent: 'vaihto', method: 'oral', at: '2026-02-14' }]], 'withdraw', { consent: 'vaihto', method: 'oral' }, 'conflict', 'conflict', 'withdraw:vaihto:not-in-force',
    /ei ole voimassa: se peruttiin 14\.2\.2026\./],
  ['a date tomorrow', [], 'give', { consent: 'vaihto', method: 'signed-form', at: '2026-03-03' }, 'invalid', 'invalid', 'give:vaihto:future-time', /aika "2026-03-03" on tulevaisuudessa/],
  ['a time an hour ahead', [], 'give', { consent: 'vaihto', method: 'signed-form', at: '2026-03-02T11:00:00+02:00' }, 'invalid', 'invalid', 'give:vaihto:future-time', /tulevaisuudessa/],
  ['a Finnish date', [], 'give', { consent: 'vaihto', method: 'signed-form', at: '1.3.2026' }, 'invalid', 'invalid', 'give:vaihto:bad-time', /"1\.3\.2026" ei ole päivämäärä \(vvvv-kk-pp\)/],
  ['no such day', [], 'give', { consent: 'vaihto', method: 'signed-form', at: '2026-02-29' }, 'invalid', 'invalid', 'give:vaihto:bad-time', /ei ole päivämäärä/],
  ['a withdrawal dated before the giving', [['give', { consent: 'vaihto', method: 'signed-form', at: '2026-02-10' }]], 'withdraw', { consent: 'vaihto', method: 'oral', at: '2026-02-01' }, 'invalid', 'invalid', 'withdraw:vaihto:before-previous',
    /on ennen suostumuksen edellistä kirjausta \(10\.2\.2026\)/],
  ['markup as the consent id', [], 'give', { consent: '<script>alert(1)</script>', method: 'written' }, 'invalid', 'invalid', 'give:unknown-consent', /ei ilmoita suostumusta "<script>alert\(1\)<\/script>"/],
  ['a very long method', [], 'give', { consent: 'vaihto', method: 'x'.repeat(10_000) }, 'invalid', 'invalid', 'give:vaihto:method-not-allowed', /Tapa "x{100}" ei käy/],
];

describe('refusals', () => {
  it.each(REFUSALS)('%s', async (_name, setup, verb, input, kind, outcome, reason, message) => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    for (const [step, stepInput] of setup) await (step === 'give' ? giveConsent : withdrawConsent)(ops(), worker, TESTI, id, stepInput);
    const events = ops().workflows.consents.history(TESTI, id).length;
    const refused = await refusal(id, () => (verb === 'give' ? giveConsent : withdrawConsent)(ops(), worker, TESTI, id, input));
    expect(refused.kind).toBe(kind);
    expect(refused.message).toMatch(message);
    expect(refused.entry).toMatchObject({ actor: 'tyontekija', action: 'consent', outcome, registry: TESTI, records: [id], fields: [], reason });
    // Nothing recorded, nothing overwritten.
    expect(ops().workflows.consents.history(TESTI, id)).toHaveLength(events);
  });

  it('refuses a record that does not exist (404, audited)', async () => {
    const missing = '00000000-0000-4000-8000-999999999999';
    const refused = await refusal(missing, () => giveConsent(ops(), worker, TESTI, missing, { consent: 'vaihto', method: 'signed-form' }));
    expect(refused.kind).toBe('not-found');
    expect(refused.entry).toMatchObject({ action: 'consent', outcome: 'not-found', records: [missing] });
    await expect(consentStatus(ops(), worker, TESTI, missing)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('refuses an unknown registry', async () => {
    await expect(giveConsent(ops(), worker, 'no-such-registry', 'x', { consent: 'vaihto', method: 'written' })).rejects.toMatchObject({ kind: 'not-found', messageKey: 'api.registry-not-found' });
  });
});

describe('who may', () => {
  it.each([
    ['a reader gives', reader, 'give', 'forbidden', 'role-may-not'],
    ['a reader withdraws', reader, 'withdraw', 'forbidden', 'role-may-not'],
    ['a request handler gives', handler, 'give', 'forbidden', 'role-may-not'],
    ['someone with no role in the registry withdraws', outsider, 'withdraw', 'forbidden', 'no-role'],
  ] as const)('%s: refused', async (_name, who, verb, kind, reason) => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await giveConsent(ops(), worker, TESTI, id, { consent: 'uutiskirje', method: 'oral', at: '2026-02-01' });
    const refused = await refusal(id, () => (verb === 'give' ? giveConsent : withdrawConsent)(ops(), who as Caller, TESTI, id, { consent: 'uutiskirje', method: 'oral' }));
    expect(refused.kind).toBe(kind);
    expect(refused.entry).toMatchObject({ action: 'consent', outcome: 'denied', reason });
  });

  it('a request handler may withdraw (a consent-withdrawal request), and a reader may read the status', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await giveConsent(ops(), worker, TESTI, id, { consent: 'uutiskirje', method: 'oral', at: '2026-02-01' });
    const withdrawn = await withdrawConsent(ops(), handler, TESTI, id, { consent: 'uutiskirje', method: 'written' });
    expect(withdrawn.state).toBe('withdrawn');
    const seen = await consentStatus(ops(), reader, TESTI, id);
    expect(seen.find((status) => status.consent.id === 'uutiskirje')!.history.map((event) => [event.event, event.recordedBy])).toEqual([
      ['given', 'tyontekija'],
      ['withdrawn', 'kasittelija'],
    ]);
    await expect(consentStatus(ops(), outsider, TESTI, id)).rejects.toMatchObject({ kind: 'forbidden' });
    expect(trail(id).at(-1)).toMatchObject({ actor: 'ulkopuolinen', action: 'read', outcome: 'denied', reason: 'no-role' });
  });
});

describe('a restriction of processing', () => {
  it('blocks neither withdrawing (always possible) nor giving (GDPR 18(2): processing with consent)', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await giveConsent(ops(), worker, TESTI, id, { consent: 'vaihto', method: 'signed-form', at: '2026-02-01' });
    ops().workflows.restrictions.place({ registry: TESTI, recordId: id, reason: 'Asiakas kiistää tietojen oikeellisuuden', placedBy: 'paakayttaja', placedAt: '2026-02-02T10:00:00.000Z' });
    expect((await withdrawConsent(ops(), worker, TESTI, id, { consent: 'vaihto', method: 'oral', at: '2026-02-05' })).state).toBe('withdrawn');
    expect((await giveConsent(ops(), worker, TESTI, id, { consent: 'vaihto', method: 'electronic' })).state).toBe('given');
  });
});

describe('dates', () => {
  it('keeps events of one day in order: a withdrawal dated the day of the giving comes after it', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await giveConsent(ops(), worker, TESTI, id, { consent: 'uutiskirje', method: 'oral', at: '2026-02-10T16:30:00+02:00' });
    const withdrawn = await withdrawConsent(ops(), worker, TESTI, id, { consent: 'uutiskirje', method: 'oral', at: '2026-02-10' });
    expect(withdrawn.state).toBe('withdrawn');
    expect(withdrawn.history.map((event) => event.at)).toEqual(['2026-02-10T14:30:00.000Z', '2026-02-10T14:30:00.000Z']);
  });

  it('keeps consents of one record apart', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await giveConsent(ops(), worker, TESTI, id, { consent: 'vaihto', method: 'signed-form' });
    await giveConsent(ops(), worker, TESTI, id, { consent: 'tutkimuslupa', method: 'written' });
    await withdrawConsent(ops(), worker, TESTI, id, { consent: 'vaihto', method: 'oral' });
    const states = Object.fromEntries((await consentStatus(ops(), worker, TESTI, id)).map((status) => [status.consent.id, status.state]));
    expect(states).toEqual({ vaihto: 'withdrawn', tutkimuslupa: 'given', uutiskirje: 'none' });
    expect((await consentHistory(ops(), worker, TESTI, id, 'vaihto')).map((event) => event.event)).toEqual(['given', 'withdrawn']);
  });
});

describe('recordConsentEvent: the body as the API and the forms send it', () => {
  it.each([
    ['not an object', ['vaihto'], 'api.consent.body'],
    ['null', null, 'api.consent.body'],
    ['an unknown property', { consent: 'vaihto', action: 'give', method: 'written', by: 'joku' }, 'api.consent.unknown-property'],
    ['no method', { consent: 'vaihto', action: 'give' }, 'api.consent.missing'],
    ['a number as the consent', { consent: 7, action: 'give', method: 'written' }, 'api.consent.missing'],
    ['a number as the date', { consent: 'vaihto', action: 'give', method: 'written', at: 20260301 }, 'api.consent.missing'],
    ['an unknown action', { consent: 'vaihto', action: 'renew', method: 'written' }, 'api.consent.bad-action'],
  ])('refuses %s (400, audited)', async (_name, body, key) => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    const refused = await refusal(id, () => recordConsentEvent(ops(), worker, TESTI, id, body));
    expect(refused.kind).toBe('bad-request');
    expect(refused.message).not.toBe(key);
    expect(refused.entry).toMatchObject({ action: 'consent', outcome: 'invalid', reason: 'bad-body' });
  });

  it('gives and withdraws', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    expect((await recordConsentEvent(ops(), worker, TESTI, id, { consent: 'vaihto', action: 'give', method: 'electronic', at: '2026-03-01' })).state).toBe('given');
    expect((await recordConsentEvent(ops(), handler, TESTI, id, { consent: 'vaihto', action: 'withdraw', method: 'oral' })).state).toBe('withdrawn');
  });
});

describe('Hakosalo', () => {
  it('takes the consent orally or in writing', async () => {
    const id = await addRecord(t(), registry(HAKOSALO));
    expect((await giveConsent(ops(), worker, HAKOSALO, id, { consent: 'suostumus', method: 'oral' })).state).toBe('given');
    const refused = await refusal(id, () => withdrawConsent(ops(), worker, HAKOSALO, id, { consent: 'suostumus', method: 'oral', at: '2026-03-01' }));
    expect(refused.entry.reason).toBe('withdraw:suostumus:before-previous');
  });
});
