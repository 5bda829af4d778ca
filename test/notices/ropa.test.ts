import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/catalogue.js';
import { ROPA_MESSAGES } from '../../src/i18n/ropa-messages.js';
import { formatDuration, ROPA_COLUMNS, ropaRows, toRopaCsv, type RopaColumn } from '../../src/notices/ropa.js';
import { allFields, FORMULA, HOSTILE_RECIPIENT, SEEDS, seed, trilingual } from './fixtures.js';
import { parseCsv } from './parse-csv.js';

const seeds = [...SEEDS.values()];
const column = (name: RopaColumn): number => ROPA_COLUMNS.indexOf(name);
/** The cell of `registryId`'s row in `column`, in `lang`. */
const cell = (registryId: string, name: RopaColumn, lang: 'fi' | 'sv' | 'en' = 'fi'): string => {
  const table = ropaRows(seeds, lang);
  const row = table.rows.find((r) => r[column('registry')] === registryId);
  if (!row) throw new Error(`no row for ${registryId}`);
  return row[column(name)]!;
};

describe('ropaRows', () => {
  it('has one row per registry and a column for every point of Art 30(1)', () => {
    const table = ropaRows(seeds, 'fi');
    expect(table.rows).toHaveLength(5);
    expect(table.header).toHaveLength(ROPA_COLUMNS.length);
    for (const row of table.rows) expect(row).toHaveLength(ROPA_COLUMNS.length);
    const header = table.header.join('\n');
    for (const point of ['1 a', '1 b', '1 c', '1 d', '1 e', '1 f', '1 g']) expect(header).toContain(`(30 art. ${point})`);
  });

  it('has Finnish, Swedish and English headers for every column', () => {
    for (const name of ROPA_COLUMNS) {
      const entry = ROPA_MESSAGES[`ropa.col.${name}`];
      expect(entry, name).toBeDefined();
      for (const lang of LANGS) expect(entry![lang], `${name} ${lang}`).toBeTruthy();
    }
    expect(ropaRows(seeds, 'fi').header.slice(0, 3)).toEqual(['Rekisterin tunnus', 'Rekisterin nimi', 'Rekisterinpitäjä ja yhteystiedot (30 art. 1 a)']);
    expect(ropaRows(seeds, 'sv').header[column('retention')]).toBe('Tidsfrister för radering (art. 30.1 f)');
    expect(ropaRows(seeds, 'en').header[column('security')]).toBe('Technical and organisational security measures (Art 30(1)(g))');
  });

  it('states the facts of the Raisio notice', () => {
    const id = 'raisio-tyollisyyspalvelut';
    expect(cell(id, 'controller')).toBe(
      'Raision kaupunki, Sosiaali- ja terveystieteiden lautakunta, Nallinkatu 2, 21200 Raisio, puh. (02) 434 3111, faksi (02) 435 4382, raision.kaupunki@raisio.fi',
    );
    expect(cell(id, 'dpo')).toBe(
      'Raision kaupungin tietosuojavastaava, Konsernihallintopalvelut/Tietosuojavastaava, PL 100, 21201 Raisio, tietosuojavastaava@raisio.fi',
    );
    expect(cell(id, 'contacts')).toBe('Kimmo Rinne, Työllisyyspalveluiden johtaja, kimmo.rinne@raisio.fi');
    expect(cell(id, 'representatives')).toBe('Sosiaali- ja terveystieteiden johtaja');
    // The notice says "Lakiperuste" and names no GDPR point: the record shows the gap.
    expect(cell(id, 'legal-bases')).toBe('Lakiperuste – tietosuoja-asetuksen kohtaa ei ilmoitettu');
    expect(cell(id, 'retention')).toBe('1 vuosi tilasta ”Asiakkuus päättynyt”, sitten poisto');
    expect(cell(id, 'retention', 'sv')).toBe('1 år från tillståndet ”Asiakkuus päättynyt”, därefter radering');
    expect(cell(id, 'retention', 'en')).toBe('1 year from the state "Asiakkuus päättynyt", then deletion');
    expect(cell(id, 'transfers')).toBe('Ei siirtoja EU:n tai ETA:n ulkopuolelle');
    expect(cell(id, 'personal-data')).toContain('Työ- ja toimintakyky [erityinen henkilötietoryhmä]: Työ- ja toimintakykyyn liittyvät havainnot ja arviot');
    expect(cell(id, 'personal-data')).toContain('Puhelinnumerot (Puhelinnumero)');
    expect(cell(id, 'recipients')).toContain('Ulkopuoliset henkilömatrikkelia ja sukututkimusten tekoa varten – Julkiset nimi- ja osoitetiedot (laki; Laki viranomaisen toiminnan julkisuudesta 16 § 3 mom.; henkilötietolaki 17 §, 18 § ja 30 §)');
    expect(cell(id, 'security').split('\n').map((line) => line.split(':')[0])).toEqual(['Manuaalinen aineisto', 'Sähköinen aineisto', 'Organisatoriset toimet']);
    expect(cell(id, 'updated')).toBe('2021-11-08');
  });

  it('states the facts of the other notices', () => {
    expect(cell('joensuu-tyollisyyspalvelut', 'legal-bases')).toContain('Yleinen etu / sopimus EU 679/2016, artikla 6.1 kohta e – tietosuoja-asetus 6(1)(e)');
    expect(cell('joensuu-tyollisyyspalvelut', 'retention')).toBe(
      'Tietojen säilytysajat määräytyvät organisaation arkistonmuodostussuunnitelman mukaisesti (viite: organisaation arkistonmuodostussuunnitelma)',
    );
    expect(cell('joensuu-tyollisyyspalvelut', 'processors')).toMatch(/^Käytettävien ylläpitojärjestelmien toimittajat – .* – ForeAmmatti, Microsoft Sharepoint, Dynasty/);
    expect(cell('joensuu-tyollisyyspalvelut', 'systems').split('\n')).toContain('ForeAmmatti (ForeData Oy)');
    expect(cell('joensuu-tyollisyyspalvelut', 'updated')).toBe('2022-12-14 (laadittu)');
    expect(cell('iisalmi-hakosalo', 'controller').split('\n')).toEqual([
      'Iisalmen kaupunki, elinvoimapalvelut, PL10, 74101 Iisalmi, puh. (017) 27231, faksi (017) 824 339, etunimi.sukunimi@iisalmi.fi',
      'Jarmo Ronkainen, kaupunginjohtaja, Toimialajohtaja',
      'Terho Savolainen, elinkeinojohtaja, Vastuualueen päällikkö',
    ]);
    expect(cell('walmu-asiakashallinta', 'recipients').split('\n')).toEqual([
      'Tietoja ei luovuteta säännönmukaisesti',
      'PAR-asiakas- ja tilastointijärjestelmä (rekisterien yhdistäminen)',
    ]);
    expect(cell('walmu-asiakashallinta', 'personal-data')).toContain('Ammattiliitto [erityinen henkilötietoryhmä]');
  });

  it('names every category, field, purpose and data-subject group of every seed', () => {
    for (const model of seeds) {
      const data = cell(model.id, 'personal-data');
      for (const category of model.categories) expect(data, `${model.id}/${category.id}`).toContain(category.name.fi);
      for (const field of allFields(model)) expect(data, `${model.id}/${field.id}`).toContain(field.label.fi);
      for (const purpose of model.purposes) expect(cell(model.id, 'purposes')).toContain(purpose.name.fi);
      for (const group of model.dataSubjects) expect(cell(model.id, 'data-subjects')).toContain(group.name.fi);
    }
  });

  it('writes out silence in the output language and never leaves a cell empty', () => {
    expect(cell('helsinki-tyorasti', 'controller')).toBe('ei ilmoitettu');
    expect(cell('helsinki-tyorasti', 'controller', 'sv')).toBe('inte angivet');
    expect(cell('helsinki-tyorasti', 'controller', 'en')).toBe('not stated');
    expect(cell('helsinki-tyorasti', 'retention')).toBe('ei ilmoitettu');
    expect(cell('helsinki-tyorasti', 'transfers', 'en')).toBe('not stated');
    expect(cell('walmu-asiakashallinta', 'dpo', 'sv')).toBe('inte angivet');
    for (const lang of LANGS) {
      for (const row of ropaRows([...seeds, trilingual()], lang).rows) {
        row.forEach((value, i) => expect(value.trim(), `${row[0]} ${ROPA_COLUMNS[i]} ${lang}`).not.toBe(''));
      }
    }
  });

  it('writes registry texts in the chosen language, Finnish where a translation is missing', () => {
    const model = trilingual();
    const sv = ropaRows([model], 'sv').rows[0]!;
    const en = ropaRows([model], 'en').rows[0]!;
    expect(sv[column('name')]).toBe('Registret på svenska');
    expect(en[column('name')]).toBe('The register in English');
    expect(sv[column('controller')]).toBe('Exempelstad, FO-nummer 0204819-8, kirjaamo@example.fi, https://example.fi');
    expect(en[column('legal-bases')]).toBe('Public interest – GDPR Art 6(1)(e), 9(2)(h) – Act on the status of clients');
    expect(en[column('joint-controllers')]).toBe('Partner Municipality, Answers requests');
    expect(en[column('personal-data')]).toBe('Basic data: Name, E-mail, Customer since\nHealth data [special category]: Diagnosis');
    // The seeds are in Finnish only: a Swedish record shows their Finnish texts.
    expect(cell('raisio-tyollisyyspalvelut', 'name', 'sv')).toBe('Työllisyyspalvelujen asiakasrekisteri');
  });

  it('writes transfers with their safeguards and recipients in third countries', () => {
    const model = trilingual();
    expect(ropaRows([model], 'fi').rows[0]![column('transfers')]).toBe('Yhdysvallat, Pilvipalvelu Oy – vakiosopimuslausekkeet (46 art. 2 c)');
    expect(ropaRows([model], 'en').rows[0]![column('transfers')]).toBe('United States, Cloud Service Ltd – standard contractual clauses (Art 46(2)(c))');
    expect(ropaRows([model], 'en').rows[0]![column('recipients')]!.split('\n')).toEqual(['Recipient (law; Act)', 'Cloud Service Ltd (United States)']);
  });

  it('writes retention from a date field and from a record event plainly', () => {
    const model = trilingual();
    expect(ropaRows([model], 'fi').rows[0]![column('retention')]!.split('\n')).toEqual([
      'Perustiedot: 2 vuotta ja 6 kuukautta kentän ”Asiakkuus alkoi” päivämäärästä, sitten anonymisointi',
      '14 päivää tietueen luomisesta, sitten tarkistus',
    ]);
    expect(ropaRows([model], 'en').rows[0]![column('retention')]!.split('\n')).toEqual([
      'Basic data: 2 years and 6 months from the date in the field "Customer since", then anonymisation',
      "14 days from the record's creation, then review",
    ]);
  });
});

describe('formatDuration', () => {
  it('writes ISO 8601 durations in words, in the nominative', () => {
    expect(formatDuration('P1Y', 'fi')).toBe('1 vuosi');
    expect(formatDuration('P6M', 'fi')).toBe('6 kuukautta');
    expect(formatDuration('P1Y6M', 'sv')).toBe('1 år och 6 månader');
    expect(formatDuration('P1Y2M3D', 'en')).toBe('1 year, 2 months and 3 days');
    expect(formatDuration('PT2H', 'fi')).toBe('2 tuntia');
    expect(formatDuration('nonsense', 'fi')).toBe('nonsense');
  });
});

describe('toRopaCsv', () => {
  it('is UTF-8 with a BOM and CRLF records, and parses back to the table', () => {
    const csv = toRopaCsv(seeds, { lang: 'fi' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    const table = ropaRows(seeds, 'fi');
    expect(parseCsv(csv.slice(1))).toEqual([table.header, ...table.rows]);
  });

  it('uses ";" when asked, for Finnish Excel', () => {
    const csv = toRopaCsv(seeds, { lang: 'fi', separator: ';' });
    const parsed = parseCsv(csv.slice(1), ';');
    expect(parsed[0]![0]).toBe('Rekisterin tunnus');
    expect(parsed).toHaveLength(6);
    expect(parsed.every((row) => row.length === ROPA_COLUMNS.length)).toBe(true);
  });

  it('round-trips hostile registry texts and defuses formulas', () => {
    for (const separator of [',', ';'] as const) {
      const csv = toRopaCsv([trilingual()], { lang: 'fi', separator });
      const [, row] = parseCsv(csv.slice(1), separator);
      expect(row![column('name')]).toBe(`'${FORMULA}`);
      expect(row![column('recipients')]).toContain(HOSTILE_RECIPIENT);
      expect(row![column('recipients')]).toContain('(laki; +358 laki)');
    }
  });
});
