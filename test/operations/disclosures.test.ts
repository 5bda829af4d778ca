/**
 * Recording disclosures: refused for an undeclared recipient, a definition without a basis,
 * undeclared categories, a restriction, a disclosure on consent without a consent in force;
 * accepted by law without consent; the log and its audit entries (field ids only) — on the
 * seeds (Raisio, Joensuu) and a test registry with every way to find a disclosure's consent.
 */
import { describe, expect, it } from 'vitest';
import { categoryFields } from '../../src/model/fields.js';
import { giveConsent, withdrawConsent } from '../../src/operations/consents.js';
import { coveringConsents, declaredCategories, disclosureHistory, recordDisclosure, type DisclosureInput } from '../../src/operations/disclosures.js';
import { CONSENT_TEST_REGISTRY, JOENSUU, RAISIO, TESTI, WALMU, addRecord, callerWith, consentSuite } from '../helpers/consent-fixtures.js';

const { t, ops, registry, trail, refusal } = consentSuite();
const worker = callerWith('tyontekija', [`${RAISIO}:tyontekija`, `${JOENSUU}:tyontekija`, `${WALMU}:tyontekija`, `${TESTI}:kirjaaja`]);
const reader = callerWith('lukija', [`${TESTI}:lukija`]);

const fieldsOf = (registryId: string, categories: string[]) =>
  registry(registryId).categories.filter((category) => categories.includes(category.id)).flatMap((category) => categoryFields(category).map((field) => field.id));

describe('Raisio: disclosure to the cooperation partners on consent', () => {
  it('is refused without the consent, naming it, and accepted once it is given', async () => {
    const id = await addRecord(t(), registry(RAISIO));
    const refused = await refusal(id, () => recordDisclosure(ops(), worker, RAISIO, id, { disclosure: 'yhteistyotahot' }));
    expect(refused.kind).toBe('conflict');
    expect(refused.message).toMatch(/perustuu suostumukseen, eikä voimassa olevaa suostumusta ollut luovutushetkellä: "Suostumus tietojen vaihtoon ja käyttöön" \(tietojenvaihto\)\./);
    expect(refused.entry).toMatchObject({ action: 'disclose', outcome: 'denied', records: [id], fields: [], reason: 'disclosure:yhteistyotahot:no-consent' });
    expect(ops().workflows.disclosures.history(RAISIO, id)).toEqual([]);

    const consent = await giveConsent(ops(), worker, RAISIO, id, { consent: 'tietojenvaihto', method: 'signed-form', at: '2026-02-20' });
    t().clock.advance(60_000);
    const entry = await recordDisclosure(ops(), worker, RAISIO, id, { disclosure: 'yhteistyotahot', method: 'Turvaposti' });
    expect(entry).toEqual({
      id: expect.any(String),
      registry: RAISIO,
      recordId: id,
      disclosure: 'yhteistyotahot',
      categories: ['palvelutarve', 'tyollisyyspalvelut', 'tyokyky'],
      basis: 'consent',
      consentEvent: consent.valid!.id,
      method: 'Turvaposti',
      disclosedAt: '2026-03-02T08:01:00.000Z',
      recordedBy: 'tyontekija',
      recordedAt: '2026-03-02T08:01:00.000Z',
    });
    const audited = trail(id).at(-1)!;
    expect(audited).toMatchObject({ action: 'disclose', outcome: 'ok', records: [id], reason: 'disclosure:yhteistyotahot' });
    expect(audited.fields.sort()).toEqual(fieldsOf(RAISIO, ['palvelutarve', 'tyollisyyspalvelut', 'tyokyky']).sort());
    expect(audited.fields).toContain('tyokyky_havainnot');
    // The entry holds ids and codes: no method text, no values.
    expect(JSON.stringify(audited)).not.toContain('Turvaposti');
    expect(await disclosureHistory(ops(), worker, RAISIO, id)).toEqual([entry]);
    t().clock.set('2026-03-02T08:00:00Z');
  });

  it('checks the consent at the time of the disclosure: before the giving or after the withdrawal it is refused, in between accepted', async () => {
    const id = await addRecord(t(), registry(RAISIO), 2);
    await giveConsent(ops(), worker, RAISIO, id, { consent: 'tietojenvaihto', method: 'signed-form', at: '2026-01-10' });
    await withdrawConsent(ops(), worker, RAISIO, id, { consent: 'tietojenvaihto', method: 'oral', at: '2026-02-10' });
    for (const at of ['2026-01-05', '2026-02-11', '2026-03-02']) {
      expect((await refusal(id, () => recordDisclosure(ops(), worker, RAISIO, id, { disclosure: 'yhteistyotahot', disclosedAt: at }))).entry.reason, at).toBe('disclosure:yhteistyotahot:no-consent');
    }
    const entry = await recordDisclosure(ops(), worker, RAISIO, id, { disclosure: 'yhteistyotahot', categories: ['tyokyky'], disclosedAt: '2026-01-20' });
    expect(entry.categories).toEqual(['tyokyky']);
    expect(trail(id).at(-1)!.fields).toEqual(fieldsOf(RAISIO, ['tyokyky']));
  });

  it('discloses public names and addresses by law without any consent: only the declared fields are audited', async () => {
    const id = await addRecord(t(), registry(RAISIO), 3);
    const entry = await recordDisclosure(ops(), worker, RAISIO, id, { disclosure: 'henkilomatrikkelit', disclosedAt: '2026-02-27T13:45:00+02:00' });
    expect(entry).toMatchObject({ basis: 'law', categories: ['henkilotiedot'], disclosedAt: '2026-02-27T11:45:00.000Z' });
    expect(entry.consentEvent).toBeUndefined();
    expect(trail(id).at(-1)).toMatchObject({ action: 'disclose', outcome: 'ok', fields: ['nimi', 'osoite'], reason: 'disclosure:henkilomatrikkelit' });
  });
});

describe('Joensuu', () => {
  it('discloses to KELA by law, and refuses a recipient the notice does not declare, listing those it does', async () => {
    const id = await addRecord(t(), registry(JOENSUU));
    expect((await recordDisclosure(ops(), worker, JOENSUU, id, { disclosure: 'kela' })).basis).toBe('law');
    const kt = await recordDisclosure(ops(), worker, JOENSUU, id, { disclosure: 'kt_kela', categories: ['kuntouttava_tyotoiminta'] });
    expect(kt.categories).toEqual(['kuntouttava_tyotoiminta']);
    const refused = await refusal(id, () => recordDisclosure(ops(), worker, JOENSUU, id, { disclosure: 'vakuutusyhtio' }));
    expect(refused.kind).toBe('invalid');
    expect(refused.message).toMatch(/^Rekisteri ei ilmoita vastaanottajaa "vakuutusyhtio", joten sille ei voi luovuttaa tietoja\. Ilmoitetut vastaanottajat: suostumuksella \(Kolmannet osapuolet\); kela \(KELA\); te_toimisto \(TE-toimisto \/ Työllisyyden Kuntakokeilut\);/);
    expect(refused.entry).toMatchObject({ action: 'disclose', outcome: 'invalid', reason: 'unknown-recipient' });
    // The disclosure on consent waits for the signed consent.
    expect((await refusal(id, () => recordDisclosure(ops(), worker, JOENSUU, id, { disclosure: 'suostumuksella' }))).message).toContain('"Asiakkaan suostumus tietojenvaihtoon" (tietojenvaihto)');
    await giveConsent(ops(), worker, JOENSUU, id, { consent: 'tietojenvaihto', method: 'signed-form' });
    expect((await recordDisclosure(ops(), worker, JOENSUU, id, { disclosure: 'suostumuksella' })).basis).toBe('consent');
    expect((await disclosureHistory(ops(), worker, JOENSUU, id)).map((entry) => entry.disclosure)).toEqual(['kela', 'kt_kela', 'suostumuksella']);
  });
});

type Case = [name: string, input: DisclosureInput, kind: string, outcome: string, reason: string, message: RegExp];

const REFUSALS: Case[] = [
  ['an undeclared recipient', { disclosure: 'naapuri' }, 'invalid', 'invalid', 'unknown-recipient',
    /ei ilmoita vastaanottajaa "naapuri".*Ilmoitetut vastaanottajat: kumppani \(Kumppani\); yliopisto \(Yliopisto\); kauppa \(Kauppa\); kaikille \(Kaikki kumppanit\); tuntematon \(Peruste puuttuu\); virasto \(Virasto\)\./],
  ['a disclosure whose basis the definition does not state', { disclosure: 'tuntematon' }, 'invalid', 'invalid', 'disclosure:tuntematon:no-basis',
    /Luovutukselle "Peruste puuttuu" \(tuntematon\) ei ole ilmoitettu perustetta\. Rekisterin määrittelyn pitää kertoa, luovutetaanko tiedot suostumuksella vai lain perusteella/],
  ['a category not declared for the recipient', { disclosure: 'kumppani', categories: ['perustiedot', 'terveys'] }, 'invalid', 'invalid', 'disclosure:kumppani:bad-categories',
    /ei ole ilmoitettu luovutettavan näitä tietoryhmiä: terveys \(Terveystiedot\)\. Sille voi luovuttaa: perustiedot \(Perustiedot\), palvelutiedot \(Palvelutiedot\)\./],
  ['an unknown category', { disclosure: 'virasto', categories: ['<b>salainen</b>'] }, 'invalid', 'invalid', 'disclosure:virasto:bad-categories', /näitä tietoryhmiä: <b>salainen<\/b>\. Sille voi luovuttaa: perustiedot \(Perustiedot\)\./],
  ['no categories at all', { disclosure: 'virasto', categories: [] }, 'invalid', 'invalid', 'disclosure:virasto:bad-categories', /Valitse ainakin yksi tietoryhmä/],
  ['consent: none in force (named on the disclosure)', { disclosure: 'kumppani' }, 'conflict', 'denied', 'disclosure:kumppani:no-consent', /"Suostumus tietojen vaihtoon" \(vaihto\)/],
  ['consent: none in force (through a legal basis)', { disclosure: 'yliopisto' }, 'conflict', 'denied', 'disclosure:yliopisto:no-consent', /: "Tutkimuslupa" \(tutkimuslupa\)\./],
  ['consent: none in force (by purposes)', { disclosure: 'kauppa' }, 'conflict', 'denied', 'disclosure:kauppa:no-consent', /: "Uutiskirje" \(uutiskirje\)\./],
  ['consent: the definition names none that covers it', { disclosure: 'kaikille' }, 'invalid', 'invalid', 'disclosure:kaikille:no-consent-declared', /ei kerro, mikä suostumus sen kattaa/],
  ['a date in the future', { disclosure: 'virasto', disclosedAt: '2026-03-03' }, 'invalid', 'invalid', 'disclosure:virasto:future-time', /"disclosedAt" aika "2026-03-03" on tulevaisuudessa/],
  ['a date that is no date', { disclosure: 'virasto', disclosedAt: 'huomenna' }, 'invalid', 'invalid', 'disclosure:virasto:bad-time', /"huomenna" ei ole päivämäärä/],
  ['not an object', 'kumppani' as unknown as DisclosureInput, 'bad-request', 'invalid', 'bad-body', /JSON-oliona/],
  ['an unknown property', { disclosure: 'virasto', recipient: 'Virasto' } as unknown as DisclosureInput, 'bad-request', 'invalid', 'bad-body', /kenttää "recipient"/],
  ['no recipient', { disclosure: '' }, 'bad-request', 'invalid', 'bad-body', /Kenttä "disclosure" puuttuu/],
  ['categories as text', { disclosure: 'virasto', categories: 'perustiedot' } as unknown as DisclosureInput, 'bad-request', 'invalid', 'bad-body', /luettelo tietoryhmien tunnuksista/],
  ['a method over two lines', { disclosure: 'virasto', method: 'Turvaposti\nja puhelin' }, 'bad-request', 'invalid', 'bad-body', /yksirivinen teksti, enintään 200 merkkiä/],
  ['a method of a letter\'s length', { disclosure: 'virasto', method: 'x'.repeat(201) }, 'bad-request', 'invalid', 'bad-body', /enintään 200 merkkiä/],
  ['a number as the date', { disclosure: 'virasto', disclosedAt: 20260301 } as unknown as DisclosureInput, 'bad-request', 'invalid', 'bad-body', /"disclosed_at"/],
];

describe('refusals', () => {
  it.each(REFUSALS)('%s', async (_name, input, kind, outcome, reason, message) => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    const refused = await refusal(id, () => recordDisclosure(ops(), worker, TESTI, id, input));
    expect(refused.kind).toBe(kind);
    expect(refused.message).toMatch(message);
    expect(refused.entry).toMatchObject({ actor: 'tyontekija', action: 'disclose', outcome, registry: TESTI, records: [id], fields: [], reason });
    expect(ops().workflows.disclosures.history(TESTI, id)).toEqual([]);
  });

  it('refuses a record under restriction, even by law and with consent (GDPR 18)', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await giveConsent(ops(), worker, TESTI, id, { consent: 'vaihto', method: 'signed-form', at: '2026-02-01' });
    const restriction = ops().workflows.restrictions.place({ registry: TESTI, recordId: id, reason: 'pyyntö', placedBy: 'paakayttaja', placedAt: '2026-02-02T10:00:00.000Z' });
    for (const disclosure of ['virasto', 'kumppani']) {
      const refused = await refusal(id, () => recordDisclosure(ops(), worker, TESTI, id, { disclosure }));
      expect(refused.kind).toBe('conflict');
      expect(refused.message).toMatch(/käsittelyä on rajoitettu \(tietosuoja-asetuksen 18 artikla\)/);
      expect(refused.entry).toMatchObject({ outcome: 'denied', reason: `disclosure:${disclosure}:restricted` });
    }
    ops().workflows.restrictions.end(restriction.id, 'paakayttaja', '2026-02-03T10:00:00.000Z');
    expect((await recordDisclosure(ops(), worker, TESTI, id, { disclosure: 'kumppani' })).basis).toBe('consent');
  });

  it('refuses a record that does not exist, and callers without the ability', async () => {
    const missing = '00000000-0000-4000-8000-999999999998';
    const gone = await refusal(missing, () => recordDisclosure(ops(), worker, TESTI, missing, { disclosure: 'virasto' }));
    expect(gone.kind).toBe('not-found');
    expect(gone.entry).toMatchObject({ action: 'disclose', outcome: 'not-found' });
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    const denied = await refusal(id, () => recordDisclosure(ops(), reader, TESTI, id, { disclosure: 'virasto' }));
    expect(denied.kind).toBe('forbidden');
    expect(denied.entry).toMatchObject({ action: 'disclose', outcome: 'denied', reason: 'role-may-not' });
    // Walmu's case worker manages consents but records no disclosures; Walmu declares none anyway.
    const walmu = await addRecord(t(), registry(WALMU));
    expect((await refusal(walmu, () => recordDisclosure(ops(), worker, WALMU, walmu, { disclosure: 'par' }))).kind).toBe('forbidden');
    // The history is there for any reader of the record, and for no one else.
    expect(await disclosureHistory(ops(), reader, TESTI, id)).toEqual([]);
    await expect(disclosureHistory(ops(), callerWith('muu', [`${RAISIO}:tyontekija`]), TESTI, id)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('which consent covers a disclosure, and which categories it may carry', () => {
  it.each([
    ['kumppani', ['vaihto'], ['perustiedot', 'palvelutiedot']],
    ['yliopisto', ['tutkimuslupa'], ['perustiedot', 'palvelutiedot', 'terveys']],
    ['kauppa', ['uutiskirje'], ['perustiedot', 'palvelutiedot', 'terveys']],
    ['kaikille', [], ['perustiedot', 'palvelutiedot', 'terveys']],
    ['virasto', [], ['perustiedot']],
  ])('%s: consents %j, categories %j', (id, consents, categories) => {
    const disclosure = CONSENT_TEST_REGISTRY.disclosures!.items.find((item) => item.id === id)!;
    if (disclosure.basis === 'consent') expect(coveringConsents(CONSENT_TEST_REGISTRY, disclosure)).toEqual(consents);
    expect(declaredCategories(CONSENT_TEST_REGISTRY, disclosure)).toEqual(categories);
  });

  it('accepts a disclosure through the consent of a legal basis once it is given', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await giveConsent(ops(), worker, TESTI, id, { consent: 'tutkimuslupa', method: 'written' });
    const entry = await recordDisclosure(ops(), worker, TESTI, id, { disclosure: 'yliopisto', categories: ['terveys', 'perustiedot', 'perustiedot'] });
    expect(entry.categories).toEqual(['terveys', 'perustiedot']);
    expect(trail(id).at(-1)!.fields).toEqual(['nimi', 'puhelin', 'tyokyky']);
  });
});

describe('the history', () => {
  it('lists disclosures in the order they were made, not recorded, and is audited as a read', async () => {
    const id = await addRecord(t(), CONSENT_TEST_REGISTRY);
    await recordDisclosure(ops(), worker, TESTI, id, { disclosure: 'virasto', disclosedAt: '2026-02-20' });
    await recordDisclosure(ops(), worker, TESTI, id, { disclosure: 'virasto', disclosedAt: '2026-01-15' });
    await recordDisclosure(ops(), worker, TESTI, id, { disclosure: 'virasto' });
    const history = await disclosureHistory(ops(), worker, TESTI, id);
    expect(history.map((entry) => entry.disclosedAt)).toEqual(['2026-01-15T12:00:00.000Z', '2026-02-20T12:00:00.000Z', '2026-03-02T08:00:00.000Z']);
    expect(trail(id).at(-1)).toMatchObject({ action: 'read', outcome: 'ok', reason: 'disclosures', fields: [] });
  });
});
