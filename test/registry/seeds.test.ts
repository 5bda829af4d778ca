/**
 * The five registries encode their source notices (seeds/). This suite loads them through the
 * real pipeline and pins the facts each notice states, and the silences it keeps, so that an edit
 * of a definition cannot quietly lose what the notice says.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Registry } from '../../src/model/types.js';
import { createLoader, loadAll } from '../../src/registry/loader.js';

const { results } = loadAll(createLoader(), ['registries']);
const byId = new Map(results.filter((r) => r.model).map((r) => [r.model!.id, r.model!]));
const registry = (id: string): Registry => {
  const model = byId.get(id);
  if (!model) throw new Error(`registry ${id} did not load`);
  return model;
};
const allFields = (model: Registry) => model.categories.flatMap((c) => c.fields.flatMap((f) => [f, ...f.fields]));
const field = (model: Registry, id: string) => allFields(model).find((f) => f.id === id);

describe('the seed registries', () => {
  it('are five, one per source notice, and load without any problem', () => {
    expect(readdirSync('registries').filter((f) => f.endsWith('.yaml')).sort()).toEqual([
      'helsinki-tyorasti.yaml',
      'iisalmi-hakosalo.yaml',
      'joensuu-tyollisyyspalvelut.yaml',
      'raisio-tyollisyyspalvelut.yaml',
      'walmu.yaml',
    ]);
    for (const result of results) {
      expect({ file: result.file, problems: result.problems }).toEqual({ file: result.file, problems: [] });
    }
    expect([...byId.keys()].sort()).toEqual([
      'helsinki-tyorasti',
      'iisalmi-hakosalo',
      'joensuu-tyollisyyspalvelut',
      'raisio-tyollisyyspalvelut',
      'walmu-asiakashallinta',
    ]);
  });

  it('are written in Finnish only, as their notices are', () => {
    for (const model of byId.values()) expect(model.languages).toEqual(['fi']);
  });
});

describe('Raisio (seeds/004)', () => {
  const model = registry('raisio-tyollisyyspalvelut');

  it('states controller, representative, contact person and DPO as the notice does', () => {
    expect(model.controller).toMatchObject({
      name: { fi: 'Raision kaupunki' },
      unit: { fi: 'Sosiaali- ja terveystieteiden lautakunta' },
      phone: '(02) 434 3111',
      fax: '(02) 435 4382',
      email: 'raision.kaupunki@raisio.fi',
    });
    expect(model.representatives).toEqual([{ title: { fi: 'Sosiaali- ja terveystieteiden johtaja' } }]);
    expect(model.contacts[0]).toMatchObject({ name: 'Kimmo Rinne', email: 'kimmo.rinne@raisio.fi' });
    expect(model.dpo).toMatchObject({ name: 'Raision kaupungin tietosuojavastaava', email: 'tietosuojavastaava@raisio.fi' });
    expect(model.notice).toMatchObject({ created: '2018-05-24', updated: '2021-11-08' });
    expect(model.registerForm).toEqual(['electronic', 'manual']);
  });

  it('keeps the address under address protection (turvakielto) and work ability as special-category data', () => {
    expect(field(model, 'osoite')).toMatchObject({ type: 'address', protectedBy: 'turvakielto' });
    expect(field(model, 'turvakielto')?.type).toBe('boolean');
    expect(field(model, 'henkilotunnus')?.type).toBe('personal-identity-code');
    expect(field(model, 'kotikunta')?.type).toBe('municipality');
    expect(field(model, 'tyokyky_havainnot')?.specialCategory).toBe(true);
  });

  it('deletes data one year after the customer relationship ends', () => {
    expect(model.retention?.rules).toEqual([
      expect.objectContaining({ kind: 'enforceable', keep: 'P1Y', from: { state: 'paattynyt' }, then: 'delete' }),
    ]);
    expect(model.lifecycle?.transitions.find((t) => t.to === 'paattynyt')).toBeDefined();
  });

  it('discloses only with consent, never for marketing, and not outside the EU/EEA', () => {
    const withConsent = model.disclosures?.items.find((d) => d.basis === 'consent');
    expect(withConsent?.consent).toBe('tietojenvaihto');
    expect(withConsent?.method?.fi).toContain('Tapauskohtaisesti harkittu');
    expect(model.disclosures?.never[0]?.fi).toContain('suoramainontaan');
    expect(model.transfers).toMatchObject({ outsideEea: false });
    expect(model.automatedDecisions).toMatchObject({ used: false });
    expect(model.security?.electronic[0]?.fi).toContain('Palvelimet sijaitsevat Suomessa');
  });

  it('states how rights are exercised: identity check, no cost once a year', () => {
    expect(model.rights?.exercise?.identityCheck?.fi).toContain('henkilöllisyys tarkastetaan');
    expect(model.rights?.exercise?.cost?.fi).toContain('maksutonta kerran vuoden aikana');
    expect(model.rights?.items.map((r) => r.right)).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'objection',
      'portability',
      'withdraw-consent',
      'complaint',
    ]);
  });
});

describe('Joensuu (seeds/001)', () => {
  const model = registry('joensuu-tyollisyyspalvelut');

  it('names controller, representative and DPO', () => {
    expect(model.controller).toMatchObject({ name: { fi: 'Joensuun kaupunki' }, address: { fi: 'Kauppakatu 29, 80100 Joensuu' } });
    expect(model.representatives[0]).toMatchObject({ name: 'Riikka Vartiainen', phone: '050 434 8641', email: 'riikka.vartiainen@joensuu.fi' });
    expect(model.dpo).toMatchObject({ email: 'tietosuojavastaava@joensuu.fi' });
    expect(model.notice.created).toBe('2022-12-14');
  });

  it('lists the laws, public interest 6(1)(e) and consent as legal bases', () => {
    const [laws, publicInterest, consent] = model.legalBases;
    expect(laws?.gdpr).toEqual([]);
    expect(laws?.laws.map((l) => l.fi)).toContain('Laki kuntouttavasta työtoiminnasta (2.3.2001/189)');
    expect(laws?.laws).toHaveLength(7);
    expect(publicInterest?.gdpr).toEqual(['6(1)(e)']);
    expect(consent?.gdpr).toEqual(['6(1)(a)']);
  });

  it('names the seven information systems with their vendors', () => {
    expect(model.systems.map((s) => s.name.fi)).toHaveLength(7);
    expect(model.systems.find((s) => s.name.fi.startsWith('ForeAmmatti'))?.vendor?.fi).toBe('ForeData Oy');
    expect(model.systems.find((s) => s.name.fi.startsWith('Kykyviisari'))?.vendor?.fi).toBe('Työterveyslaitos');
  });

  it('lets a multi-agency service start only after the signed consent is recorded', () => {
    expect(model.consents[0]).toMatchObject({ methods: ['signed-form'] });
    const start = model.lifecycle?.transitions.find((t) => t.requires.consent !== undefined);
    expect(start?.requires.consent).toBe(model.consents[0]!.id);
  });

  it('keeps data per the archive formation plan, transfers nothing, decides nothing automatically', () => {
    expect(model.retention?.rules).toEqual([expect.objectContaining({ kind: 'reference' })]);
    expect(model.retention?.rules[0]?.reference?.fi ?? model.retention?.statement?.fi).toContain('arkistonmuodostussuunnitelma');
    expect(model.transfers).toMatchObject({ outsideEea: false });
    expect(model.automatedDecisions).toMatchObject({ used: false });
    expect(model.secrecy?.statement?.fi).toBe('Tiedot ovat salassa pidettäviä');
  });
});

describe('Iisalmi Hakosalo (seeds/003)', () => {
  const model = registry('iisalmi-hakosalo');

  it('names controller officials, contact person and DPO', () => {
    expect(model.controller?.officials.map((o) => o.name)).toEqual(['Jarmo Ronkainen', 'Terho Savolainen']);
    expect(model.contacts[0]).toMatchObject({ name: 'Tuuli Sokka-Hukkanen', email: 'tuuli.sokka-hukkanen@iisalmi.fi' });
    expect(model.dpo).toMatchObject({ name: 'Tuomas Rähä', phone: '040 489 4975', email: 'tuomas.raiha@iisalmi.fi' });
  });

  it('records customer events as a repeating group with the four event types', () => {
    const events = allFields(model).find((f) => f.type === 'group');
    expect(events).toBeDefined();
    const type = events!.fields.find((f) => f.type === 'choice');
    expect(type?.settings.options?.map((o) => o.label.fi)).toEqual(['Tapaaminen', 'Puhelu', 'Taustatyö', 'Tilaisuus']);
    expect(events!.fields.some((f) => f.type === 'datetime')).toBe(true);
  });

  it('counts events in aggregate reports and discloses only with consent', () => {
    expect(model.reports[0]?.counts).toBeDefined();
    expect(model.disclosures?.items.every((d) => d.basis === 'consent')).toBe(true);
    expect(model.consents[0]?.methods.sort()).toEqual(['oral', 'written']);
  });

  it('is silent on retention, as its notice is', () => {
    expect(model.retention).toBeUndefined();
  });
});

describe('Walmu (seeds/002), a template', () => {
  const model = registry('walmu-asiakashallinta');

  it('leaves the blank controller and contacts out instead of inventing them', () => {
    expect(model.controller).toBeUndefined();
    expect(model.contacts).toEqual([]);
    expect(model.dpo).toBeUndefined();
  });

  it('does not disclose regularly, and links to the PAR statistics system three times a year', () => {
    expect(model.disclosures).toMatchObject({ regular: false, items: [] });
    expect(model.linkages[0]).toMatchObject({ frequency: { fi: 'kolmesti vuodessa' } });
    expect(model.linkages[0]!.target.fi).toContain('PAR');
    expect(model.reports.find((r) => r.linkage === model.linkages[0]!.id)).toMatchObject({ period: 'P4M', minCount: 5 });
  });

  it('documents attendance and absence, and keeps scanned documents as files', () => {
    expect(allFields(model).some((f) => f.type === 'group' && /läsnä|poissa/i.test(f.label.fi))).toBe(true);
    expect(allFields(model).some((f) => f.type === 'file')).toBe(true);
    expect(allFields(model).filter((f) => f.specialCategory).length).toBeGreaterThan(0);
  });

  it('answers access requests in writing 14 days after receipt, addressed to the main user', () => {
    const access = model.rights?.items.find((r) => r.right === 'access');
    expect(access?.exercise?.deadline ?? model.rights?.exercise?.deadline).toBe('P14D');
    expect(JSON.stringify(access)).toContain('pääkäyttäjä');
  });
});

describe('Työrasti Helsinki (seeds/000)', () => {
  const model = registry('helsinki-tyorasti');

  it('states the three rights of the terms of use, with the erasure restriction', () => {
    expect(model.rights?.items.map((r) => r.right)).toEqual(['access', 'rectification', 'erasure']);
    expect(model.rights?.items[2]?.restrictions?.fi).toContain('lakisääteisen velvoitteen');
  });

  it('checks labour-market subsidy data from Kela and records login counts', () => {
    expect(model.sources.some((s) => s.name.fi.includes('Kela'))).toBe(true);
    expect(allFields(model).some((f) => f.type === 'group' && f.fields.some((m) => m.type === 'datetime'))).toBe(true);
  });

  it('keeps a user account valid for a fixed period, removed when the person leaves the target group', () => {
    const lifecycle = model.lifecycle!;
    const timer = lifecycle.timers.find((t) => t.fromField !== undefined);
    expect(field(model, timer!.fromField!)?.type).toBe('date');
    expect(lifecycle.states.find((s) => s.final)).toBeDefined();
    expect(lifecycle.description?.fi).toContain('voimassa määräajan');
  });

  it('states a disclosure to partners without inventing its basis, and that the terms are valid until further notice', () => {
    expect(model.disclosures?.items).toEqual([expect.objectContaining({ id: 'yhteistyotahot' })]);
    expect(model.disclosures?.items[0]?.basis).toBeUndefined();
    expect(model.notice.validity?.fi).toContain('toistaiseksi');
    expect(model.controller).toBeUndefined();
    expect(model.legalBases).toEqual([]);
  });
});
