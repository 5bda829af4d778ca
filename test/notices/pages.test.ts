/**
 * The rendered notice site (Handlebars templates over the views) for the five seeds in fi, sv and
 * en: language, headings, marked Finnish fallbacks, the sections the law requires, and hostile
 * definitions that must come out as text.
 */
import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../src/i18n/catalogue.js';
import { NOTICE_MESSAGES } from '../../src/i18n/notice-messages.js';
import type { Registry } from '../../src/model/types.js';
import { SERVER_LINKS } from '../../src/notices/links.js';
import { createRenderer } from '../../src/notices/renderer.js';
import { createNoticeSite } from '../../src/notices/site.js';
import { createLoader } from '../../src/registry/loader.js';
import { SEEDS, seed } from './fixtures.js';

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const SEED_IDS = [...SEEDS.keys()].sort();
const renderer = createRenderer();
const site = createNoticeSite([...SEEDS.values()], renderer, SERVER_LINKS);
const loader = createLoader();

function load(yaml: string): Registry {
  const result = loader.loadBytes('x.yaml', Buffer.from(yaml));
  if (!result.model) throw new Error(JSON.stringify(result.problems.map((p) => [p.code, p.path])));
  return result.model;
}

/** Handlebars' escaping of a text, to find registry texts in a page. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);

/** One `<section id=…>` of a page (sections do not nest). */
function section(html: string, id: string): string | undefined {
  return new RegExp(`<section id="${id}"[^>]*>[\\s\\S]*?</section>`).exec(html)?.[0];
}

const mainOf = (html: string): string => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/** The Finnish words of every text of a model (objects `{fi, sv?, en?}`), paragraph by paragraph. */
function finnishTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) finnishTexts(item, out);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['fi'] === 'string' && Object.keys(record).every((key) => key === 'fi' || key === 'sv' || key === 'en')) {
      out.push(...record['fi'].split(/\n\s*\n/).map((part) => part.trim()));
    } else {
      for (const item of Object.values(record)) finnishTexts(item, out);
    }
  }
  return out;
}

/** Registry texts on the page that are not inside an element marked `lang="fi"`. */
function unmarkedFinnish(model: Registry, html: string, skip: (text: string) => boolean = () => false): string[] {
  const rest = mainOf(html).replace(/<(span|p) lang="fi">[^<]*<\/\1>/g, '');
  // Short texts ("Nimi") could match inside other words; eight characters are distinctive enough.
  const texts = finnishTexts(model).filter((text) => text.length >= 8 && !skip(text));
  return [...new Set(texts.filter((text) => rest.includes(escapeHtml(text))))];
}

const HEADINGS: Record<Lang, string[]> = {
  fi: ['Rekisterinpitäjä', 'Tietosuojavastaava', 'Rekisterin tietosisältö', 'Tietojen säilytysaika', 'Rekisteröidyn oikeudet', 'Oikeus tehdä valitus valvontaviranomaiselle'],
  sv: ['Personuppgiftsansvarig', 'Dataskyddsombud', 'Registrets innehåll', 'Hur länge uppgifterna sparas', 'Den registrerades rättigheter', 'Rätt att klaga hos tillsynsmyndigheten'],
  en: ['Controller', 'Data protection officer', 'What data the register holds', 'How long the data is kept', 'Your rights', 'Right to complain to the supervisory authority'],
};

const AUTHORITY: Record<Lang, string[]> = {
  fi: ['Tietosuojavaltuutetun toimisto', 'Lintulahdenkuja 4, 00530 Helsinki', 'PL 800, 00531 Helsinki', '029 566 6700', 'href="https://tietosuoja.fi"'],
  sv: ['Dataombudsmannens byrå', 'Lintulahdsgränden 4, 00530 Helsingfors', 'PB 800, 00531 Helsingfors', '029 566 6700', 'href="https://tietosuoja.fi/sv"'],
  en: ['Office of the Data Protection Ombudsman', 'Lintulahdenkuja 4, 00530 Helsinki', 'P.O. Box 800, 00531 Helsinki, Finland', '+358 29 566 6700', 'href="https://tietosuoja.fi/en"'],
};

const NOT_STATED: Record<Lang, string> = {
  fi: 'Tätä tietoa ei ole ilmoitettu selosteessa.',
  sv: 'Denna uppgift anges inte i beskrivningen.',
  en: 'This notice does not state this.',
};

const FALLBACK_NOTE: Record<Lang, string> = {
  fi: 'Osa tekstistä on saatavilla vain suomeksi.',
  sv: 'En del av texten finns endast på finska.',
  en: 'Some of the text is available in Finnish only.',
};

const cases = SEED_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const));

describe('notice pages of the seeds', () => {
  it.each(cases)('%s (%s): language, headings and the supervisory authority', (id, lang) => {
    const html = site.notice(seed(id), lang);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="' + lang + '">')).toBe(true);
    for (const heading of HEADINGS[lang]) expect(html).toContain(`>${escapeHtml(heading)}</`);
    const complaint = section(html, 'complaint')!;
    for (const fact of AUTHORITY[lang]) expect(complaint).toContain(fact);
    expect(complaint).toContain('<a href="mailto:tietosuoja@om.fi">tietosuoja@om.fi</a>');
  });

  it.each(cases)('%s (%s): Finnish-only texts marked lang="fi" on sv/en pages, with the note', (id, lang) => {
    const model = seed(id);
    const html = site.notice(model, lang);
    const name = escapeHtml(model.name.fi);
    if (lang === 'fi') {
      expect(html).not.toContain('class="fallback-note"');
      expect(mainOf(html)).not.toContain('lang="fi"');
      expect(html).toContain(`<h1>${name}</h1>`);
    } else {
      expect(html).toContain(`<p class="fallback-note">${FALLBACK_NOTE[lang]}</p>`);
      expect(html).toContain(`<h1><span lang="fi">${name}</span></h1>`);
      expect(unmarkedFinnish(model, html)).toEqual([]);
    }
  });

  // Was a bug: the state name was interpolated into the page-language sentence as plain text, so on
  // sv/en pages "Asiakkuus päättynyt" was Finnish without `lang="fi"` (WCAG 3.1.2).
  it.each(['sv', 'en'] as const)('Raisio (%s): the Finnish state name in the retention sentence is marked', (lang) => {
    const model = seed('raisio-tyollisyyspalvelut');
    expect(unmarkedFinnish(model, site.notice(model, lang))).toEqual([]);
  });

  it.each(LANGS)('Työrasti (%s): the controller section says the notice does not name one', (lang) => {
    const controller = section(site.notice(seed('helsinki-tyorasti'), lang), 'controller')!;
    expect(controller).toContain(`<p class="not-stated">${NOT_STATED[lang]}</p>`);
    expect(controller).not.toContain('<dl');
    // A notice that names the controller does not say so.
    expect(section(site.notice(seed('raisio-tyollisyyspalvelut'), lang), 'controller')).not.toContain('not-stated');
  });

  it("Raisio: the retention rule as a sentence, after the notice's own words", () => {
    const retention = section(site.notice(seed('raisio-tyollisyyspalvelut'), 'fi'), 'retention')!;
    expect(retention).toContain('Tiedot poistetaan 1 vuoden kuluttua siitä, kun tila on ”Asiakkuus päättynyt”.');
    expect(retention).toContain('<p>1v asiakkuuden päättymisen jälkeen.</p>');
    expect(section(site.notice(seed('raisio-tyollisyyspalvelut'), 'en'), 'retention')).toContain('The data is deleted 1 year after the status becomes “<span lang="fi">Asiakkuus päättynyt</span>”.');
  });

  it.each(cases)('%s (%s): the objection section only where 6(1)(e) or 6(1)(f) is a basis', (id, lang) => {
    const html = site.notice(seed(id), lang);
    const objection = section(html, 'objection');
    if (id === 'joensuu-tyollisyyspalvelut') {
      expect(objection).toBeDefined();
      expect(html).toContain('<li><a href="#objection">');
      expect(objection).toContain({ fi: 'tietosuoja-asetuksen 21 artikla', sv: 'artikel 21 i dataskyddsförordningen', en: 'GDPR Article 21' }[lang]);
    } else {
      expect(objection).toBeUndefined();
      expect(html).not.toContain('href="#objection"');
    }
  });

  it('lists the rights that do not apply with their reasons', () => {
    const rights = section(site.notice(seed('helsinki-tyorasti'), 'fi'), 'rights')!;
    const list = /<ul class="not-applicable">([\s\S]*?)<\/ul>/.exec(rights)![1]!;
    const items = [...list.matchAll(/<li><strong>(.*?)<\/strong> \((.*?)\): (.*?)<\/li>/g)].map((m) => [m[1], m[2], m[3]]);
    const reason = (key: string) => escapeHtml(translate(NOTICE_MESSAGES, `reason.${key}`, 'fi'));
    expect(items).toEqual([
      ['Oikeus siirtää tiedot järjestelmästä toiseen', 'tietosuoja-asetuksen 20 artikla', reason('portability-no-consent-or-contract')],
      ['Oikeus vastustaa käsittelyä', 'tietosuoja-asetuksen 21 artikla', reason('objection-no-public-task-or-interest')],
      ['Oikeus peruuttaa suostumus', 'tietosuoja-asetuksen 7(3) artikla', 'Käsittely ei perustu suostumukseen.'],
    ]);
    // Joensuu: all rights apply (two limited), so there is no such list.
    expect(section(site.notice(seed('joensuu-tyollisyyspalvelut'), 'en'), 'rights')).not.toContain('not-applicable');
    expect(section(site.notice(seed('joensuu-tyollisyyspalvelut'), 'en'), 'rights')).toContain('<span class="label">Limitation:</span> Data is not erased on request');
  });

  it('states the deadline and that using the rights is free unless the notice says otherwise', () => {
    const walmu = section(site.notice(seed('walmu-asiakashallinta'), 'fi'), 'rights')!;
    expect(walmu).toContain('viimeistään 1 kuukauden kuluessa');
    expect(walmu).toContain('Oikeuksien käyttäminen on maksutonta.');
    // Raisio states its own cost.
    const raisio = section(site.notice(seed('raisio-tyollisyyspalvelut'), 'fi'), 'rights')!;
    expect(raisio).not.toContain('Oikeuksien käyttäminen on maksutonta.');
    expect(raisio).toContain('Tarkastusoikeuden käyttäminen on maksutonta kerran vuoden aikana toteutettuna.');
  });

  it("states a right's own deadline as a sentence (Walmu: access within 14 days)", () => {
    const rights = section(site.notice(seed('walmu-asiakashallinta'), 'fi'), 'rights')!;
    expect(rights).toContain('<p>Pyyntöösi vastataan ilman aiheetonta viivytystä ja viimeistään 14 päivän kuluessa siitä, kun pyyntö on saapunut.</p>');
  });

  it('loads nothing from another host: no scripts, no images, only the own stylesheet', () => {
    const pages = [...cases.map(([id, lang]) => site.notice(seed(id), lang)), ...LANGS.flatMap((lang) => [site.index(lang), site.accessibility(lang), site.notFound(lang)])];
    for (const html of pages) {
      expect(html).not.toMatch(/<script|<img|<iframe|<object|<embed/i);
      expect(html).not.toMatch(/\ssrc=/i);
      expect([...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="stylesheet" href="/assets/notice.css">']);
      expect(html).not.toMatch(/\sstyle=/i);
    }
  });

  it('every in-page link points at an element of the page', () => {
    for (const [id, lang] of cases) {
      const html = site.notice(seed(id), lang);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, target] of html.matchAll(/href="#([^"]*)"/g)) expect(ids.has(target), `${id} ${lang} #${target}`).toBe(true);
      const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(all.length, `${id} ${lang}: duplicate ids`).toBe(new Set(all).size);
    }
  });
});

describe('the index, accessibility and not-found pages', () => {
  it.each(LANGS)('index (%s) lists every notice with its controller', (lang) => {
    const html = site.index(lang);
    expect(html).toContain(`<html lang="${lang}">`);
    for (const id of SEED_IDS) expect(html).toContain(`href="/notices/${id}?lang&#x3D;${lang}"`);
    expect(html.match(/<li>\s*<h2>/g)).toHaveLength(5);
    const raisio = seed('raisio-tyollisyyspalvelut');
    const name = lang === 'fi' ? raisio.name.fi : `<span lang="fi">${raisio.name.fi}</span>`;
    expect(html).toContain(`>${name}</a></h2>`);
    expect(html).toContain({ fi: 'Tietosuojaselosteet', sv: 'Dataskyddsbeskrivningar', en: 'Privacy notices' }[lang]);
  });

  it('index (sv) notes that some names are in Finnish only; the Finnish index does not', () => {
    expect(site.index('sv')).toContain(`<p class="fallback-note">${translate(NOTICE_MESSAGES, 'lang.fallback', 'sv')}</p>`);
    expect(site.index('fi')).not.toContain('fallback-note');
  });

  it('index says so when nothing is published', () => {
    expect(createNoticeSite([], renderer, SERVER_LINKS).index('en')).toContain('No notices have been published.');
  });

  it.each(LANGS)('accessibility statement (%s)', (lang) => {
    const html = site.accessibility(lang);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain({ fi: '<h1>Saavutettavuusseloste</h1>', sv: '<h1>Tillgänglighetsutlåtande</h1>', en: '<h1>Accessibility statement</h1>' }[lang]);
    expect(html).toContain({ fi: 'laadittu 23.11.2026', sv: 'upprättats 23.11.2026', en: 'prepared on 23 November 2026' }[lang]);
    expect(html).toContain(`href="/accessibility?lang&#x3D;${lang}" lang="${lang}" hreflang="${lang}" aria-current="page"`);
  });

  it.each(LANGS)('not found (%s)', (lang) => {
    const html = site.notFound(lang);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain({ fi: 'Sivua ei löytynyt', sv: 'Sidan hittades inte', en: 'Page not found' }[lang]);
    expect(html).toContain(`href="/notices?lang&#x3D;${lang}"`);
  });
});

describe('a fragment people read, reviewed on change', () => {
  it('the objection section of a public-task register, in Finnish', () => {
    const model = load('id: testi\nlanguages: [fi]\nname: Testi\nlegal_bases:\n  - id: yleinen_etu\n    gdpr: [6(1)(e)]\n');
    const html = createNoticeSite([model], renderer, SERVER_LINKS).notice(model, 'fi');
    expect(section(html, 'objection')).toMatchInlineSnapshot(`
      "<section id="objection" class="objection" aria-labelledby="objection-heading">
        <h2 id="objection-heading">Oikeus vastustaa käsittelyä</h2>
        <p>Sinulla on oikeus milloin tahansa vastustaa tietojesi käsittelyä henkilökohtaiseen, erityiseen tilanteeseesi liittyvällä perusteella. Sen jälkeen tietojasi ei saa käsitellä, ellei rekisterinpitäjä osoita, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka menee etujesi, oikeuksiesi ja vapauksiesi edelle, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi. <span class="article">(tietosuoja-asetuksen 21 artikla)</span></p>
      </section>"
    `);
  });
});

const HOSTILE = '<script>alert(1)</script> {{constructor}} {{> layout}} "><img src=x onerror=alert(1)> javascript:alert(1)';
const q = (label: string) => JSON.stringify(`${label} ${HOSTILE}`);

const HOSTILE_YAML = `id: vihamielinen
languages: [fi]
name: ${q('Nimi')}
description: ${q('Kuvaus')}
notice:
  title: ${q('Otsikko')}
  links:
    - { title: ${q('Linkki')}, url: "https://example.fi/?q=1" }
  change_log:
    - { date: 2026-01-01, text: ${q('Muutos')} }
controller:
  name: ${q('Rekisterinpitäjä')}
  unit: ${q('Yksikkö')}
  website: https://example.fi
dpo:
  name: ${q('Vastaava')}
  title: ${q('Tehtävä')}
data_subjects:
  - { id: asiakkaat, name: ${q('Asiakkaat')} }
purposes:
  - { id: palvelu, name: ${q('Tarkoitus')}, description: ${q('Tarkoituksen kuvaus')} }
legal_bases:
  - id: yleinen_etu
    gdpr: [6(1)(e)]
    name: ${q('Peruste')}
    laws: [${q('Laki')}]
    purposes: [palvelu]
categories:
  - id: perus
    name: ${q('Ryhmä')}
    description: ${q('Ryhmän kuvaus')}
    fields:
      - { id: nimi, label: ${q('Kenttä')}, description: ${q('Kentän kuvaus')}, type: text }
disclosures:
  items:
    - { id: kela, recipient: ${q('Vastaanottaja')}, categories: [perus], basis: law, laws: [${q('Luovutuslaki')}] }
retention:
  statement: ${q('Säilytys')}
rights:
  statement: ${q('Oikeudet')}
  items:
    - { right: objection, text: ${q('Vastustus')} }
    - { right: complaint, text: ${q('Valitus')} }
`;

describe('hostile definitions come out as text', () => {
  const hostile = load(HOSTILE_YAML);
  // The loader refuses javascript: URLs; the view must not need that to keep them out of an href.
  const evenWorse: Registry = {
    ...hostile,
    controller: { ...hostile.controller!, website: 'javascript:alert(1)' },
    notice: { ...hostile.notice, links: [{ title: { fi: HOSTILE }, url: 'javascript:alert(1)' }, { title: { fi: 'x' }, url: 'https://example.fi/"><script>alert(1)</script>' }] },
  };
  const hostileSite = createNoticeSite([evenWorse], renderer, SERVER_LINKS);

  it('the loader keeps javascript: URLs out of a definition', () => {
    const result = loader.loadBytes('x.yaml', Buffer.from(HOSTILE_YAML.replace('website: https://example.fi', 'website: "javascript:alert(1)"')));
    expect(result.model).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toContain('bad-url');
  });

  it.each(LANGS)('notice page (%s)', (lang) => {
    const html = hostileSite.notice(evenWorse, lang);
    // Every hostile text is on the page, escaped (the link whose URL was dropped is not shown).
    const labels = [...HOSTILE_YAML.matchAll(/"([^"\\]+) <script>/g)].map((m) => m[1]!).filter((label) => label !== 'Linkki');
    expect(labels).toHaveLength(23);
    for (const label of labels) expect(html, label).toContain(`${escapeHtml(label)} ${escapeHtml(HOSTILE)}`);
    expect(html).toContain('{{constructor}}');
    expect(html).toContain('{{&gt; layout}}');
    expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\sonerror\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    // Handlebars never evaluated the braces (it would print the Object constructor).
    expect(html).not.toContain('[native code]');
    expect(html).not.toContain('function Object');
    // The quote-breaking URL stays inside its attribute, escaped.
    expect(html).toContain('href="https://example.fi/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it.each(LANGS)('index page (%s)', (lang) => {
    const html = hostileSite.index(lang);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{constructor}} {{&gt; layout}}');
    expect(html).not.toMatch(/<script|<img|\sonerror\s*=|href\s*=\s*["']?\s*javascript:/i);
  });

  it('the page title holds the escaped name', () => {
    const html = hostileSite.notice(evenWorse, 'fi');
    expect(/<title>(.*)<\/title>/.exec(html)![1]).toBe(`Nimi ${escapeHtml(HOSTILE)} – Tietosuojaseloste`);
  });
});
