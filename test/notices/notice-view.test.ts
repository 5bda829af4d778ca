/**
 * The notice view: the model resolved into one language, with every decision made (fallbacks,
 * derived rights, generated sentences) before a template sees it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/catalogue.js';
import type { Registry } from '../../src/model/types.js';
import { SERVER_LINKS, STATIC_LINKS } from '../../src/notices/links.js';
import { noticeView, safeUrl, type Sentence } from '../../src/notices/notice-view.js';
import { createLoader } from '../../src/registry/loader.js';
import { SEEDS, seed, trilingual } from './fixtures.js';

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const SEED_IDS = [...SEEDS.keys()].sort();

const loader = createLoader();

function load(yaml: string): Registry {
  const result = loader.loadBytes('x.yaml', Buffer.from(yaml));
  if (!result.model) throw new Error(JSON.stringify(result.problems.map((p) => [p.code, p.path])));
  return result.model;
}

describe('noticeView', () => {
  it('loads the five seeds', () => {
    expect(SEED_IDS).toEqual(['helsinki-tyorasti', 'iisalmi-hakosalo', 'joensuu-tyollisyyspalvelut', 'raisio-tyollisyyspalvelut', 'walmu-asiakashallinta']);
  });

  it.each(SEED_IDS)('%s: Finnish-only texts fall back to Finnish, marked, on Swedish and English pages only', (id) => {
    const model = seed(id);
    expect(model.languages).toEqual(['fi']);
    const fi = noticeView(model, 'fi', SERVER_LINKS);
    expect(fi.usesFallback).toBe(false);
    expect(fi.name).toEqual({ text: model.name.fi, paras: [model.name.fi] });
    for (const lang of ['sv', 'en'] as const) {
      const view = noticeView(model, lang, SERVER_LINKS);
      expect(view.lang).toBe(lang);
      expect(view.usesFallback).toBe(true);
      expect(view.name).toMatchObject({ text: model.name.fi, lang: 'fi' });
      for (const category of view.categories) {
        expect(category.name.lang).toBe('fi');
        for (const field of category.fields) expect(field.label.lang).toBe('fi');
      }
    }
  });

  it('uses the translations of a trilingual registry, with nothing marked', () => {
    for (const lang of LANGS) {
      const view = noticeView(trilingual(), lang, SERVER_LINKS);
      expect(view.usesFallback).toBe(false);
      expect(view.categories.map((c) => c.name)).toEqual(
        [{ fi: 'Perustiedot', sv: 'Grunduppgifter', en: 'Basic data' }, { fi: 'Terveystiedot', sv: 'Hälsouppgifter', en: 'Health data' }].map((t) => ({ text: t[lang], paras: [t[lang]] })),
      );
    }
    expect(noticeView(trilingual(), 'sv', SERVER_LINKS).title).toBe('Registret på svenska – Dataskyddsbeskrivning');
    expect(noticeView(trilingual(), 'en', SERVER_LINKS).title).toBe('The register in English – Privacy notice');
  });

  it('titles the page with the register name and the kind of document', () => {
    const model = seed('raisio-tyollisyyspalvelut');
    expect(noticeView(model, 'fi', SERVER_LINKS).title).toBe('Työllisyyspalvelujen asiakasrekisteri – Tietosuojaseloste');
    expect(noticeView(model, 'en', SERVER_LINKS).title).toBe('Työllisyyspalvelujen asiakasrekisteri – Privacy notice');
  });

  it('links the language versions and the machine-readable files for either way of publishing', () => {
    const served = noticeView(seed('walmu-asiakashallinta'), 'sv', SERVER_LINKS);
    expect(served.languages).toEqual([
      { lang: 'fi', label: 'Suomeksi', href: '/notices/walmu-asiakashallinta?lang=fi', current: false },
      { lang: 'sv', label: 'På svenska', href: '/notices/walmu-asiakashallinta?lang=sv', current: true },
      { lang: 'en', label: 'In English', href: '/notices/walmu-asiakashallinta?lang=en', current: false },
    ]);
    expect([served.json, served.dpv, served.links.index, served.links.stylesheet]).toEqual([
      '/notices/walmu-asiakashallinta.json',
      '/notices/walmu-asiakashallinta.dpv.jsonld',
      '/notices?lang=sv',
      '/assets/notice.css',
    ]);
    const built = noticeView(seed('walmu-asiakashallinta'), 'sv', STATIC_LINKS);
    expect(built.languages.map((l) => l.href)).toEqual(['walmu-asiakashallinta.html', 'walmu-asiakashallinta.sv.html', 'walmu-asiakashallinta.en.html']);
    expect([built.json, built.dpv, built.links.index, built.links.accessibility, built.links.stylesheet]).toEqual([
      'walmu-asiakashallinta.json',
      'walmu-asiakashallinta.dpv.jsonld',
      'index.sv.html',
      'saavutettavuus.sv.html',
      'notice.css',
    ]);
  });

  it('leaves the controller out where the notice names none (Työrasti, Walmu)', () => {
    expect(noticeView(seed('helsinki-tyorasti'), 'fi', SERVER_LINKS).controller).toBeUndefined();
    expect(noticeView(seed('walmu-asiakashallinta'), 'fi', SERVER_LINKS).controller).toBeUndefined();
    expect(noticeView(seed('raisio-tyollisyyspalvelut'), 'fi', SERVER_LINKS).controller?.name.text).toBe('Raision kaupunki');
  });

  it("writes Raisio's retention rule as a sentence, the state's name keeping its language", () => {
    const rules = noticeView(seed('raisio-tyollisyyspalvelut'), 'fi', SERVER_LINKS).retention!.rules;
    expect(rules[0]!.sentence!.name).toEqual({ text: 'Asiakkuus päättynyt', paras: ['Asiakkuus päättynyt'] });
    expect(noticeView(seed('raisio-tyollisyyspalvelut'), 'en', SERVER_LINKS).retention!.rules[0]!.sentence!.name!.lang).toBe('fi');
    expect(sentenceText(rules[0]!.sentence)).toBe('Tiedot poistetaan 1 vuoden kuluttua siitä, kun tila on ”Asiakkuus päättynyt”.');
    expect(sentenceText(noticeView(seed('raisio-tyollisyyspalvelut'), 'en', SERVER_LINKS).retention!.rules[0]!.sentence)).toBe(
      'The data is deleted 1 year after the status becomes “Asiakkuus päättynyt”.',
    );
    expect(sentenceText(noticeView(seed('raisio-tyollisyyspalvelut'), 'sv', SERVER_LINKS).retention!.rules[0]!.sentence)).toBe(
      'Uppgifterna raderas 1 år efter att statusen blivit ”Asiakkuus päättynyt”.',
    );
  });

  it('writes retention from a field and from an event in every language', () => {
    const sentences = (lang: Lang) => noticeView(trilingual(), lang, SERVER_LINKS).retention!.rules.map((rule) => sentenceText(rule.sentence));
    expect(sentences('fi')).toEqual([
      'Tiedot anonymisoidaan 2 vuoden ja 6 kuukauden kuluttua tiedon ”Asiakkuus alkoi” päivämäärästä.',
      'Tietojen tarpeellisuus arvioidaan 14 päivän kuluttua tietojen tallentamisesta.',
    ]);
    expect(sentences('en')).toEqual([
      'The data is anonymised 2 years and 6 months after the date in “Customer since”.',
      'Whether the data is still needed is reviewed 14 days after the data was recorded.',
    ]);
  });
});

/** A generated sentence as read: the text around the registry's name, and the name. */
function sentenceText(sentence: Sentence | undefined): string | undefined {
  return sentence && `${sentence.before}${sentence.name?.text ?? ''}${sentence.after}`;
}

describe('noticeView: rights', () => {
  it('puts objection in its own section only where 6(1)(e) or 6(1)(f) is a basis (Art 21(4))', () => {
    for (const id of SEED_IDS) {
      const view = noticeView(seed(id), 'fi', SERVER_LINKS);
      expect(view.rights.applicable.map((r) => r.right)).not.toContain('objection');
      expect(view.rights.applicable.map((r) => r.right)).not.toContain('complaint');
      if (id === 'joensuu-tyollisyyspalvelut') {
        expect(view.rights.objection).toMatchObject({ right: 'objection', status: 'applies', title: 'Oikeus vastustaa käsittelyä', article: 'tietosuoja-asetuksen 21 artikla' });
        expect(view.rights.notApplicable.map((r) => r.right)).not.toContain('objection');
      } else {
        expect(view.rights.objection).toBeUndefined();
        expect(view.rights.notApplicable.map((r) => r.right)).toContain('objection');
      }
    }
  });

  it('lists the rights that do not apply, each with the reason in the page language', () => {
    const fi = noticeView(seed('raisio-tyollisyyspalvelut'), 'fi', SERVER_LINKS).rights.notApplicable;
    expect(fi.map((r) => [r.right, r.article])).toEqual([
      ['portability', 'tietosuoja-asetuksen 20 artikla'],
      ['objection', 'tietosuoja-asetuksen 21 artikla'],
    ]);
    expect(fi[0]!.reason).toMatch(/^Oikeus koskee vain käsittelyä, joka perustuu suostumukseen tai sopimukseen/);
    const en = noticeView(seed('helsinki-tyorasti'), 'en', SERVER_LINKS).rights.notApplicable;
    expect(en.map((r) => r.right)).toEqual(['portability', 'objection', 'withdraw-consent']);
    expect(en.every((r) => r.reason !== undefined && /GDPR Article|consent/.test(r.reason))).toBe(true);
    expect(en[2]!.reason).toBe('The processing is not based on consent.');
  });

  it("does not show the registry's wording of a right the law excludes", () => {
    const view = noticeView(seed('raisio-tyollisyyspalvelut'), 'fi', SERVER_LINKS);
    const portability = view.rights.notApplicable.find((r) => r.right === 'portability')!;
    expect(portability.text).toBeUndefined();
    expect(view.rights.applicable.find((r) => r.right === 'access')!.text?.text).toBe(
      'Rekisteröidyllä on oikeus pyytää rekisterinpitäjältä pääsy häntä itseään koskeviin henkilötietoihin.',
    );
  });

  it('marks limited rights and says why (Joensuu: erasure and portability)', () => {
    const view = noticeView(seed('joensuu-tyollisyyspalvelut'), 'sv', SERVER_LINKS);
    const erasure = view.rights.applicable.find((r) => r.right === 'erasure')!;
    expect(erasure).toMatchObject({ status: 'limited', limited: true, title: 'Rätt till radering' });
    expect(erasure.reason).toContain('artikel 17.3 b');
    expect(view.rights.applicable.find((r) => r.right === 'portability')).toMatchObject({ status: 'limited', limited: true });
    expect(view.rights.applicable.find((r) => r.right === 'access')).toMatchObject({ status: 'applies', limited: false });
  });

  it('states the answer deadline: the law’s month, or the registry’s shorter one', () => {
    expect(noticeView(seed('raisio-tyollisyyspalvelut'), 'fi', SERVER_LINKS).rights.deadline).toBe(
      'Pyyntöösi vastataan ilman aiheetonta viivytystä ja viimeistään 1 kuukauden kuluessa siitä, kun pyyntö on saapunut.',
    );
    const base = 'id: testi\nlanguages: [fi]\nname: Testi\n';
    expect(noticeView(load(`${base}rights:\n  exercise:\n    deadline: P14D\n`), 'en', SERVER_LINKS).rights.deadline).toBe(
      'Your request is answered without undue delay and at the latest within 14 days of receiving it.',
    );
    expect(noticeView(load(`${base}rights:\n  exercise:\n    deadline: P2M\n`), 'sv', SERVER_LINKS).rights.deadline).toBe(
      'Din begäran besvaras utan onödigt dröjsmål och senast inom 1 månad från att den kom in.',
    );
  });

  it("keeps the registry's complaint text beside the authority", () => {
    expect(noticeView(seed('raisio-tyollisyyspalvelut'), 'fi', SERVER_LINKS).rights.complaintText?.text).toBe(
      'Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle tietosuojasetuksen mukaisesti.',
    );
    expect(noticeView(seed('walmu-asiakashallinta'), 'fi', SERVER_LINKS).rights.complaintText).toBeUndefined();
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.fi', 'https://example.fi'],
    ['http://www.tyorasti.fi', 'http://www.tyorasti.fi'],
    ['HTTPS://EXAMPLE.FI/', 'HTTPS://EXAMPLE.FI/'],
    ['mailto:kirjaamo@example.fi', 'mailto:kirjaamo@example.fi'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    [' https://example.fi', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['//evil.example', undefined],
    ['example.fi', undefined],
    [undefined, undefined],
  ])('%j → %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  it('drops a javascript: website and link even if one reached the model', () => {
    const model = seed('raisio-tyollisyyspalvelut');
    const hostile: Registry = {
      ...model,
      controller: { ...model.controller!, website: 'javascript:alert(1)' },
      notice: { ...model.notice, links: [{ title: { fi: 'Linkki' }, url: 'javascript:alert(1)' }, { title: { fi: 'Oikea' }, url: 'https://raisio.fi' }] },
    };
    const view = noticeView(hostile, 'fi', SERVER_LINKS);
    expect(view.controller!.website).toBeUndefined();
    expect(view.changes.links).toEqual([{ title: { text: 'Oikea', paras: ['Oikea'] }, url: 'https://raisio.fi' }]);
  });
});
