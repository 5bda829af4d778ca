/**
 * The form codec: what each field type reads from posted strings (and keeps of what was typed),
 * what it cannot read and how it says so in fi, sv and en, empty and cleared values, groups and
 * their add/remove buttons, conditions, hostile posts, pre-filling a page — and the round trip
 * decode(encode(record)) = record for generated records of the five seed registries.
 */
import { describe, expect, it } from 'vitest';
import { demoRegistry, generateRecords } from '../../src/demo/generate-records.js';
import { decodeForm, encodeRecord, type DecodeOptions, type DecodedForm, type PostedFields } from '../../src/forms/codec.js';
import type { Form } from '../../src/forms/types.js';
import { LANGS, type Lang } from '../../src/i18n/catalogue.js';
import { FORM_INPUT_MESSAGES } from '../../src/i18n/form-input-messages.js';
import type { Registry } from '../../src/model/types.js';
import { createRecordValidators } from '../../src/schema/record-validator.js';
import type { RecordData } from '../../src/storage/record-store.js';
import { registryFrom } from '../helpers/registry-text.js';
import { loadSeeds } from '../helpers/seeds.js';

const t = (fi: string, sv: string, en: string): string => `{ fi: "${fi}", sv: "${sv}", en: "${en}" }`;

/** Every field type, labelled in three languages; a group with a conditional member and a file. */
const REGISTRY = registryFrom(`id: testi
languages: [fi, sv, en]
name: ${t('Testirekisteri', 'Testregister', 'Test register')}
roles:
  - { id: kirjaaja, name: ${t('Kirjaaja', 'Registrerare', 'Clerk')}, write: ['*'] }
categories:
  - id: perustiedot
    name: ${t('Perustiedot', 'Grunduppgifter', 'Basic data')}
    fields:
      - { id: nimi, label: ${t('Nimi', 'Namn', 'Name')}, type: text, required: true }
      - { id: kuvaus, label: ${t('Kuvaus', 'Beskrivning', 'Description')}, type: long-text }
      - { id: kesto, label: ${t('Kesto', 'Längd', 'Duration')}, type: number }
      - { id: lapsia, label: ${t('Lapsia', 'Barn', 'Children')}, type: number, integer: true, min: 0 }
      - { id: turvakielto, label: ${t('Turvakielto', 'Spärrmarkering', 'Address protection')}, type: boolean }
      - { id: syntymaaika, label: ${t('Syntymäaika', 'Födelsedatum', 'Date of birth')}, type: date }
      - { id: kaynti, label: ${t('Käynti', 'Besök', 'Visit')}, type: datetime }
      - id: tila
        label: ${t('Tila', 'Status', 'Status')}
        type: choice
        options:
          - { id: avoin, label: ${t('Avoin', 'Öppen', 'Open')} }
          - { id: suljettu, label: ${t('Suljettu', 'Stängd', 'Closed')} }
      - { id: sulkemisen_syy, label: ${t('Sulkemisen syy', 'Orsak', 'Reason')}, type: text }
      - id: kielet
        label: ${t('Kielet', 'Språk', 'Languages')}
        type: multi-choice
        options:
          - { id: fi, label: ${t('suomi', 'finska', 'Finnish')} }
          - { id: sv, label: ${t('ruotsi', 'svenska', 'Swedish')} }
          - { id: en, label: ${t('englanti', 'engelska', 'English')} }
      - { id: sahkoposti, label: ${t('Sähköposti', 'E-post', 'E-mail')}, type: email }
      - { id: puhelin, label: ${t('Puhelin', 'Telefon', 'Phone')}, type: phone }
      - { id: osoite, label: ${t('Osoite', 'Adress', 'Address')}, type: address }
      - { id: postinumero, label: ${t('Postinumero', 'Postnummer', 'Postal code')}, type: postal-code }
      - { id: henkilotunnus, label: ${t('Henkilötunnus', 'Personbeteckning', 'Identity code')}, type: personal-identity-code }
      - { id: ytunnus, label: ${t('Y-tunnus', 'FO-nummer', 'Business ID')}, type: business-id }
      - { id: tili, label: ${t('Tilinumero', 'Kontonummer', 'Account')}, type: iban }
      - { id: aidinkieli, label: ${t('Äidinkieli', 'Modersmål', 'Mother tongue')}, type: language }
      - { id: kotikunta, label: ${t('Kotikunta', 'Hemkommun', 'Municipality')}, type: municipality }
      - { id: liite, label: ${t('Liite', 'Bilaga', 'Attachment')}, type: file }
      - { id: muistiinpano, label: ${t('Muistiinpano', 'Anteckning', 'Note')}, type: text }
      - id: tapahtumat
        label: ${t('Tapahtumat', 'Händelser', 'Events')}
        type: group
        max_items: 5
        fields:
          - id: tyyppi
            label: ${t('Tyyppi', 'Typ', 'Type')}
            type: choice
            required: true
            options:
              - { id: puhelu, label: ${t('Puhelu', 'Samtal', 'Call')} }
              - { id: muu, label: ${t('Muu', 'Annat', 'Other')} }
          - { id: aihe, label: ${t('Aihe', 'Ämne', 'Topic')}, type: text }
          - { id: ajankohta, label: ${t('Ajankohta', 'Tidpunkt', 'Time')}, type: datetime }
          - { id: minuutit, label: ${t('Minuutit', 'Minuter', 'Minutes')}, type: number }
          - { id: selite, label: ${t('Selite', 'Förklaring', 'Explanation')}, type: long-text }
          - { id: paikka, label: ${t('Paikka', 'Plats', 'Place')}, type: address }
          - { id: poytakirja, label: ${t('Pöytäkirja', 'Protokoll', 'Minutes file')}, type: file }
          - { id: sisainen, label: ${t('Sisäinen', 'Intern', 'Internal')}, type: text }
      - id: numerot
        label: ${t('Numerot', 'Nummer', 'Numbers')}
        type: group
        required: true
        fields:
          - { id: numero, label: ${t('Numero', 'Nummer', 'Number')}, type: phone, required: true }
`);

/** Every field but `muistiinpano` (not in the form); `sisainen` is left out of the entries. */
const FORM: Form = {
  id: 'perus',
  registry: 'testi',
  title: { fi: 'Perustiedot' },
  modes: ['create', 'edit'],
  roles: [],
  origin: { derived: true },
  sections: [
    {
      id: 'henkilo',
      title: { fi: 'Henkilö' },
      items: [
        'nimi',
        'kuvaus',
        'kesto',
        'lapsia',
        'turvakielto',
        'syntymaaika',
        'kaynti',
        'tila',
        'kielet',
        'sahkoposti',
        'puhelin',
        'osoite',
        'postinumero',
        'henkilotunnus',
        'ytunnus',
        'tili',
        'aidinkieli',
        'kotikunta',
        'liite',
        'olematon',
      ].map((field) => ({ field })),
    },
    {
      id: 'tapahtumat',
      title: { fi: 'Tapahtumat' },
      items: [
        { field: 'sulkemisen_syy', showWhen: { field: 'tila', values: ['suljettu'] } },
        {
          field: 'tapahtumat',
          members: [
            { field: 'tyyppi' },
            { field: 'aihe' },
            { field: 'ajankohta' },
            { field: 'minuutit' },
            { field: 'selite', showWhen: { field: 'tyyppi', values: ['muu'] } },
            { field: 'paikka' },
            { field: 'poytakirja' },
          ],
        },
        { field: 'numerot' },
      ],
    },
  ],
};

const VALIDATOR = createRecordValidators([REGISTRY]).get('testi')!;

/** Posted pairs from an object (a value list posts the name once per value). */
function post(fields: Record<string, string | readonly string[]>): PostedFields {
  return Object.entries(fields).flatMap(([name, value]) => (typeof value === 'string' ? [value] : value).map((one) => [name, one] as const));
}

function decode(fields: Record<string, string | readonly string[]> | PostedFields, options: Partial<DecodeOptions> = {}): DecodedForm {
  const posted = Array.isArray(fields) ? (fields as PostedFields) : post(fields as Record<string, string | readonly string[]>);
  return decodeForm(REGISTRY, FORM, posted, { lang: 'fi', mode: 'create', ...options });
}

const FILE = { id: 'abc123', name: 'muistio.pdf', media_type: 'application/pdf', size: 1234 };

describe('decodeForm: values by field type', () => {
  it.each<[string, string, string | string[], unknown]>([
    ['a text, trimmed', 'f.nimi', '  Maija Meikäläinen \t', 'Maija Meikäläinen'],
    ['a long text: CRLF → LF, line breaks and leading space kept, the end trimmed', 'f.kuvaus', '  Rivi 1\r\n\r\nRivi 2  \r\n\r\n', '  Rivi 1\n\nRivi 2'],
    ['a long text with a lone CR', 'f.kuvaus', 'a\rb', 'a\nb'],
    ['a number with a decimal comma and a thousands space', 'f.kesto', '1 234,5', 1234.5],
    ['a number with no-break and narrow spaces (as Intl writes them)', 'f.kesto', '1\u00a0234\u202f567', 1234567],
    ['a number with a decimal point', 'f.kesto', '12.25', 12.25],
    ['a negative number with a minus sign', 'f.kesto', '−3,5', -3.5],
    ['a number with a sign', 'f.kesto', '+7', 7],
    ['a fraction without its zero', 'f.kesto', ',5', 0.5],
    ['a number in exponent form (a tiny or huge one written back)', 'f.kesto', '1,5e-7', 1.5e-7],
    ['zero with a sign', 'f.kesto', '-0', 0],
    ['0.125 is not ambiguous', 'f.kesto', '0.125', 0.125],
    ['an integer field keeps a fraction for the validator', 'f.lapsia', '2,5', 2.5],
    ['a yes radio button', 'f.turvakielto', 'true', true],
    ['a no radio button', 'f.turvakielto', 'false', false],
    ['a single checkbox', 'f.turvakielto', 'on', true],
    ['a checkbox after its hidden false', 'f.turvakielto', ['false', 'on'], true],
    ['an unchecked checkbox with its hidden false', 'f.turvakielto', ['false'], false],
    ['a date from <input type=date>', 'f.syntymaaika', '2024-02-29', '2024-02-29'],
    ['a date typed in Finnish', 'f.syntymaaika', '1.3.2024', '2024-03-01'],
    ['a date typed with two-digit day and month', 'f.syntymaaika', ' 24.12.1980 ', '1980-12-24'],
    ['a datetime in winter', 'f.kaynti', '2026-01-15T10:00', '2026-01-15T10:00:00+02:00'],
    ['a datetime in summer', 'f.kaynti', '2026-07-15T10:00', '2026-07-15T10:00:00+03:00'],
    ['a datetime with seconds', 'f.kaynti', '2026-07-15T10:00:30', '2026-07-15T10:00:30+03:00'],
    ['a datetime with milliseconds', 'f.kaynti', '2026-07-15T10:00:30.250', '2026-07-15T10:00:30.250+03:00'],
    ['a datetime typed in Finnish', 'f.kaynti', '15.7.2026 klo 14.30', '2026-07-15T14:30:00+03:00'],
    ['a datetime typed without klo', 'f.kaynti', '2.1.2026 9:05', '2026-01-02T09:05:00+02:00'],
    ['the last minute before summer time', 'f.kaynti', '2026-03-29T02:59', '2026-03-29T02:59:00+02:00'],
    ['the first hour of summer time', 'f.kaynti', '2026-03-29T04:00', '2026-03-29T04:00:00+03:00'],
    ['the repeated hour in October: its first (summer) time', 'f.kaynti', '2026-10-25T03:30', '2026-10-25T03:30:00+03:00'],
    ['after the repeated hour', 'f.kaynti', '2026-10-25T04:00', '2026-10-25T04:00:00+02:00'],
    ['October 1995: summer time then ended in September', 'f.kaynti', '1995-10-10T10:00', '1995-10-10T10:00:00+02:00'],
    ['a datetime with an offset, passed on', 'f.kaynti', '2026-01-15T08:00:00Z', '2026-01-15T08:00:00Z'],
    ['a choice', 'f.tila', ' avoin ', 'avoin'],
    ['an unknown choice, passed on for the validator', 'f.tila', 'olematon', 'olematon'],
    ['a multi-choice from repeated checkboxes, in posted order', 'f.kielet', ['sv', 'fi'], ['sv', 'fi']],
    ['a multi-choice: empty and repeated values dropped, unknown passed on', 'f.kielet', ['fi', '', 'fi', 'klingon'], ['fi', 'klingon']],
    ['an e-mail address', 'f.sahkoposti', ' maija@example.fi ', 'maija@example.fi'],
    ['a phone number', 'f.puhelin', '040 123 4567', '040 123 4567'],
    ['a postal code', 'f.postinumero', '00100 ', '00100'],
    ['an identity code as typed (the validator says what is wrong)', 'f.henkilotunnus', '131052-308t', '131052-308t'],
    ['a business id', 'f.ytunnus', '1572860-0', '1572860-0'],
    ['an IBAN', 'f.tili', 'FI21 1234 5600 0007 85', 'FI21 1234 5600 0007 85'],
    ['a language', 'f.aidinkieli', 'smn', 'smn'],
    ['a municipality', 'f.kotikunta', '091', '091'],
  ])('%s', (_, name, typed, value) => {
    const decoded = decode({ [name]: typed });
    const field = name.slice(2);
    expect(decoded.errors).toEqual([]);
    expect(decoded.data[field]).toEqual(value);
    expect(decoded.input.get(name)).toEqual(typeof typed === 'string' ? [typed] : typed);
  });

  it('reads valid values the validator accepts', () => {
    const decoded = decode({
      'f.nimi': 'Maija Meikäläinen',
      'f.kesto': '1 234,5',
      'f.turvakielto': 'false',
      'f.syntymaaika': '13.10.1952',
      'f.kaynti': '2026-01-15T10:00',
      'f.kielet': ['fi', 'sv'],
      'f.osoite.street': 'Nallinkatu 2 A 5',
      'f.osoite.postal_code': '21200',
      'f.osoite.post_office': 'Raisio',
      'f.henkilotunnus': '131052-308T',
      'f.numerot.0.numero': '040 123 4567',
    });
    expect(decoded.errors).toEqual([]);
    expect(VALIDATOR.validate(decoded.data, 'fi')).toEqual({ ok: true });
  });

  it('keeps a value posted twice for a one-value field as the last one', () => {
    expect(decode(post({ 'f.nimi': ['Eka', 'Toka'] })).data['nimi']).toBe('Toka');
  });
});

describe('decodeForm: addresses', () => {
  const parts = (street: string, postalCode: string, postOffice: string, country?: string): Record<string, string> => ({
    'f.osoite.street': street,
    'f.osoite.postal_code': postalCode,
    'f.osoite.post_office': postOffice,
    ...(country === undefined ? {} : { 'f.osoite.country': country }),
  });

  it('assembles the parts, trimmed, into one object', () => {
    const decoded = decode(parts(' Nallinkatu 2 ', '21200', 'Raisio'));
    expect(decoded.data['osoite']).toEqual({ street: 'Nallinkatu 2', postal_code: '21200', post_office: 'Raisio' });
    expect(decoded.input.get('f.osoite.street')).toEqual([' Nallinkatu 2 ']);
  });

  it('leaves out the default country FI and upper-cases another', () => {
    expect(decode(parts('Katu 1', '21200', 'Raisio', 'FI')).data['osoite']).toEqual({ street: 'Katu 1', postal_code: '21200', post_office: 'Raisio' });
    expect(decode(parts('Storgatan 1', '111 22', 'Stockholm', 'se')).data['osoite']).toEqual({ street: 'Storgatan 1', postal_code: '111 22', post_office: 'Stockholm', country: 'SE' });
  });

  it('gives no address when no part is filled (a preselected country does not count)', () => {
    expect(decode({ ...parts(' ', '', ''), 'f.nimi': 'X' }).data).not.toHaveProperty('osoite');
    expect(decode({ ...parts('', '', '', 'FI') }, { mode: 'edit' }).cleared).toContain('osoite');
  });

  it('keeps empty parts empty, so the validator names the missing part', () => {
    const decoded = decode({ ...parts('Katu 1', '', 'Raisio'), 'f.nimi': 'X', 'f.numerot.0.numero': '040 123 4567' });
    expect(decoded.data['osoite']).toEqual({ street: 'Katu 1', postal_code: '', post_office: 'Raisio' });
    const result = VALIDATOR.validate(decoded.data, 'fi');
    expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.message])).toEqual([['/osoite/postal_code', 'Osoite, postinumero: postinumerossa pitää olla viisi numeroa']]);
  });
});

describe('decodeForm: what cannot be read', () => {
  it.each<[string, string, Lang, string]>([
    ['f.kesto', '12,5,3', 'fi', 'Kesto: pitää olla luku, esim. 12 tai 1 234,5'],
    ['f.kesto', '12,5,3', 'sv', 'Längd: ska vara ett tal, t.ex. 12 eller 1 234,5'],
    ['f.kesto', '12,5,3', 'en', 'Duration: must be a number such as 12 or 1234.5'],
    ['f.kesto', 'kaksi', 'fi', 'Kesto: pitää olla luku, esim. 12 tai 1 234,5'],
    ['f.kesto', '12 34', 'fi', 'Kesto: pitää olla luku, esim. 12 tai 1 234,5'],
    ['f.kesto', '1e400', 'fi', 'Kesto: pitää olla luku, esim. 12 tai 1 234,5'],
    ['f.kesto', '-', 'fi', 'Kesto: pitää olla luku, esim. 12 tai 1 234,5'],
    ['f.kesto', '1.500', 'fi', 'Kesto: "1.500" voi tarkoittaa tuhansia tai desimaaleja; kirjoita tuhannet välilyönnillä (1 500) ja desimaalit pilkulla (1,5)'],
    ['f.kesto', '1,500', 'en', 'Duration: "1,500" could mean thousands or decimals; write thousands with a space (1 500) and decimals with a point (1.5)'],
    ['f.turvakielto', 'kyllä', 'fi', 'Turvakielto: valitse kyllä tai ei'],
    ['f.turvakielto', 'yes', 'en', 'Address protection: choose yes or no'],
    ['f.syntymaaika', '31.2.2024', 'fi', 'Syntymäaika: päivämäärää ei ole kalenterissa; tarkista päivä ja kuukausi'],
    ['f.syntymaaika', '2023-02-29', 'sv', 'Födelsedatum: datumet finns inte i kalendern; kontrollera dag och månad'],
    ['f.syntymaaika', '2024/01/01', 'sv', 'Födelsedatum: ska vara ett datum, t.ex. 24.5.2018'],
    ['f.syntymaaika', '24.5.18', 'en', 'Date of birth: must be a date such as 24.5.2018 or 2018-05-24'],
    ['f.kaynti', '2026-03-29T03:30', 'fi', 'Käynti: kellonaikaa ei ollut Suomessa sinä yönä, koska kelloja siirrettiin tunnilla eteenpäin'],
    ['f.kaynti', '2026-03-29T03:30', 'en', 'Visit: that time did not exist in Finland that night: the clocks were put forward an hour'],
    ['f.kaynti', 'huomenna', 'en', 'Visit: must be a date and time such as 24.5.2018 14:30'],
    ['f.kaynti', '2026-01-15T24:00', 'sv', 'Besök: ska vara en tidpunkt, t.ex. 24.5.2018 kl. 14.30'],
    ['f.kaynti', '2026-01-15', 'fi', 'Käynti: pitää olla ajankohta, esim. 24.5.2018 klo 14.30'],
  ])('%s = %j (%s)', (name, typed, lang, message) => {
    const decoded = decode({ [name]: typed }, { lang });
    const field = name.slice(2);
    expect(decoded.errors).toEqual([{ name, id: name.replace('.', '-'), field, message }]);
    expect(decoded.data).not.toHaveProperty(field);
    expect(decoded.input.get(name)).toEqual([typed]);
  });

  it('does not clear a field whose value cannot be read', () => {
    const decoded = decode({ 'f.kesto': 'paljon' }, { mode: 'edit' });
    expect(decoded.cleared).not.toContain('kesto');
    expect(decoded.data).not.toHaveProperty('kesto');
  });

  it('words a member error like the validator, with the entry number after renumbering', () => {
    // Entry 0 is empty and dropped: the bad entry becomes the first one.
    const posted = { 'f.tapahtumat.0.aihe': '', 'f.tapahtumat.4.tyyppi': 'puhelu', 'f.tapahtumat.4.minuutit': 'puoli tuntia' };
    const messages = Object.fromEntries(LANGS.map((lang) => [lang, decode(posted, { lang }).errors]));
    expect(messages['fi']).toEqual([
      { name: 'f.tapahtumat.0.minuutit', id: 'f-tapahtumat-0-minuutit', field: 'minuutit', message: 'Tapahtumat, merkintä 1, Minuutit: pitää olla luku, esim. 12 tai 1 234,5' },
    ]);
    expect(messages['sv']![0]!.message).toBe('Händelser, post 1, Minuter: ska vara ett tal, t.ex. 12 eller 1 234,5');
    expect(messages['en']![0]!.message).toBe('Events, entry 1, Minutes: must be a number such as 12 or 1234.5');
    // The validator names the same place the same way.
    const result = VALIDATOR.validate({ nimi: 'X', numerot: [], tapahtumat: [{ tyyppi: 'puhelu', minuutit: 'x' }] }, 'fi');
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['Tapahtumat, merkintä 1, Minuutit: pitää olla luku']);
    expect(decode(posted).input.get('f.tapahtumat.0.minuutit')).toEqual(['puoli tuntia']);
  });

  it('has every message in fi, sv and en', () => {
    for (const [key, entry] of Object.entries(FORM_INPUT_MESSAGES)) {
      for (const lang of LANGS) expect(entry[lang], `${key} ${lang}`).toBeTruthy();
    }
  });
});

describe('decodeForm: empty values, create and edit', () => {
  it('leaves empty inputs out on create', () => {
    const decoded = decode({ 'f.nimi': '  ', 'f.kesto': '', 'f.turvakielto': '', 'f.kuvaus': ' \r\n ', 'f.kaynti': '' });
    expect(decoded.data).toEqual({ numerot: [] });
    expect(decoded.cleared).toEqual([]);
  });

  it('lists empty optional fields as cleared on edit, a required one stays absent', () => {
    const decoded = decode({ 'f.nimi': '', 'f.kesto': '', 'f.sahkoposti': 'a@example.fi' }, { mode: 'edit' });
    expect(decoded.data).toEqual({ sahkoposti: 'a@example.fi', numerot: [] });
    expect(decoded.cleared).not.toContain('nimi');
    expect(decoded.cleared).toEqual(expect.arrayContaining(['kesto', 'kuvaus', 'kielet', 'osoite', 'tapahtumat', 'turvakielto']));
    // Not in the form: never cleared. A file: never touched.
    expect(decoded.cleared).not.toContain('muistiinpano');
    expect(decoded.cleared).not.toContain('liite');
    // A required field left empty: the validator says it is missing.
    const result = VALIDATOR.validate(decoded.data, 'fi');
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['Nimi: pakollinen tieto puuttuu']);
  });

  it('gives a required group without entries as an empty list, an optional one none', () => {
    const decoded = decode({ 'f.nimi': 'X' });
    expect(decoded.data['numerot']).toEqual([]);
    expect(decoded.data).not.toHaveProperty('tapahtumat');
  });
});

describe('decodeForm: groups', () => {
  it('reads entries in index order, renumbered, an empty entry dropped', () => {
    const decoded = decode(
      post({
        'f.tapahtumat.3.tyyppi': 'muu',
        'f.tapahtumat.3.selite': 'Kolmas\r\nrivi',
        'f.tapahtumat.0.tyyppi': 'puhelu',
        'f.tapahtumat.0.minuutit': '15',
        'f.tapahtumat.0.paikka.street': 'Katu 1',
        'f.tapahtumat.0.paikka.postal_code': '21200',
        'f.tapahtumat.0.paikka.post_office': 'Raisio',
        'f.tapahtumat.1.aihe': ' ',
        'f.tapahtumat.1.paikka.country': 'FI',
        'f.tapahtumat.2': '',
      }),
    );
    expect(decoded.data['tapahtumat']).toEqual([
      { tyyppi: 'puhelu', minuutit: 15, paikka: { street: 'Katu 1', postal_code: '21200', post_office: 'Raisio' } },
      { tyyppi: 'muu', selite: 'Kolmas\nrivi' },
    ]);
    expect(Object.fromEntries(decoded.input)).toEqual({
      'f.tapahtumat.1.tyyppi': ['muu'],
      'f.tapahtumat.1.selite': ['Kolmas\r\nrivi'],
      'f.tapahtumat.0.tyyppi': ['puhelu'],
      'f.tapahtumat.0.minuutit': ['15'],
      'f.tapahtumat.0.paikka.street': ['Katu 1'],
      'f.tapahtumat.0.paikka.postal_code': ['21200'],
      'f.tapahtumat.0.paikka.post_office': ['Raisio'],
      'f.tapahtumat.0': [''],
      'f.tapahtumat.1': [''],
    });
  });

  it('keeps the members the form does not show, and files, from the stored entry its marker names', () => {
    const current: RecordData = {
      nimi: 'X',
      liite: FILE,
      tapahtumat: [
        { tyyppi: 'puhelu', aihe: 'Eka', poytakirja: FILE, sisainen: 'salainen' },
        { tyyppi: 'muu', aihe: 'Toka', sisainen: 'toinen' },
      ],
    };
    const decoded = decode(
      {
        'f.nimi': 'X',
        'f.liite': 'forged',
        // The entries swapped places on the page; a forged file input is ignored.
        'f.tapahtumat.0': '1',
        'f.tapahtumat.0.tyyppi': 'muu',
        'f.tapahtumat.0.aihe': 'Toka',
        'f.tapahtumat.1': '0',
        'f.tapahtumat.1.tyyppi': 'puhelu',
        'f.tapahtumat.1.aihe': 'Eka muutettu',
        'f.tapahtumat.1.poytakirja': 'forged',
        // Claims the first stored entry again: gets nothing of it.
        'f.tapahtumat.2': '0',
        'f.tapahtumat.2.tyyppi': 'puhelu',
      },
      { mode: 'edit', current },
    );
    expect(decoded.data['liite']).toEqual(FILE);
    expect(decoded.data['tapahtumat']).toEqual([
      { tyyppi: 'muu', aihe: 'Toka', sisainen: 'toinen' },
      { tyyppi: 'puhelu', aihe: 'Eka muutettu', poytakirja: FILE, sisainen: 'salainen' },
      { tyyppi: 'puhelu' },
    ]);
    expect(decoded.input.has('f.liite')).toBe(false);
    expect(decoded.input.has('f.tapahtumat.1.poytakirja')).toBe(false);
  });

  it('keeps an entry that holds only a kept file, and a stored entry that was empty already', () => {
    const current: RecordData = { tapahtumat: [{ poytakirja: FILE }, {}, { tyyppi: 'puhelu' }] };
    const decoded = decode({ 'f.tapahtumat.0': '0', 'f.tapahtumat.1': '1', 'f.tapahtumat.2': '2', 'f.tapahtumat.2.tyyppi': '' }, { mode: 'edit', current });
    // The third entry was emptied by the user: it goes.
    expect(decoded.data['tapahtumat']).toEqual([{ poytakirja: FILE }, {}]);
  });

  it('ignores markers and stored entries in create mode', () => {
    const decoded = decode({ 'f.tapahtumat.0': '0', 'f.tapahtumat.0.tyyppi': 'puhelu' }, { current: { tapahtumat: [{ tyyppi: 'muu', sisainen: 'x' }] } });
    expect(decoded.data['tapahtumat']).toEqual([{ tyyppi: 'puhelu' }]);
  });
});

describe('decodeForm: conditions', () => {
  it('discards a hidden top-level value: absent on create, cleared on edit; what was typed stays in input', () => {
    const typed = { 'f.nimi': 'X', 'f.tila': 'avoin', 'f.sulkemisen_syy': 'Muutti pois' };
    expect(decode(typed).data).not.toHaveProperty('sulkemisen_syy');
    expect(decode(typed, { mode: 'edit' }).cleared).toContain('sulkemisen_syy');
    expect(decode(typed).input.get('f.sulkemisen_syy')).toEqual(['Muutti pois']);
    expect(decode({ ...typed, 'f.tila': 'suljettu' }).data['sulkemisen_syy']).toBe('Muutti pois');
    expect(decode({ 'f.sulkemisen_syy': 'Muutti pois' }).data).not.toHaveProperty('sulkemisen_syy');
  });

  it('discards a hidden member in its own entry only', () => {
    const decoded = decode({
      'f.tapahtumat.0.tyyppi': 'puhelu',
      'f.tapahtumat.0.selite': 'ei näy',
      'f.tapahtumat.1.tyyppi': 'muu',
      'f.tapahtumat.1.selite': 'näkyy',
    });
    expect(decoded.data['tapahtumat']).toEqual([{ tyyppi: 'puhelu' }, { tyyppi: 'muu', selite: 'näkyy' }]);
  });

  it('drops an entry whose only value is hidden, and ignores what cannot be read in a hidden field', () => {
    const form: Form = { ...FORM, sections: [{ id: 'a', title: { fi: 'A' }, items: [{ field: 'tila' }, { field: 'kesto', showWhen: { field: 'tila', values: ['suljettu'] } }, FORM.sections[1]!.items[1]!] }] };
    const decoded = decodeForm(REGISTRY, form, post({ 'f.kesto': 'paljon', 'f.tapahtumat.0.selite': 'piilossa' }), { lang: 'fi', mode: 'create' });
    expect(decoded.errors).toEqual([]);
    expect(decoded.data).toEqual({});
  });

  it('reads a condition on a field the form does not show from the stored record on edit', () => {
    const form: Form = { ...FORM, sections: [{ id: 'a', title: { fi: 'A' }, items: [{ field: 'sulkemisen_syy', showWhen: { field: 'tila', values: ['suljettu'] } }] }] };
    const posted = post({ 'f.sulkemisen_syy': 'Muutti', 'f.tila': 'avoin' });
    expect(decodeForm(REGISTRY, form, posted, { lang: 'fi', mode: 'edit', current: { tila: 'suljettu' } }).data).toEqual({ sulkemisen_syy: 'Muutti' });
    expect(decodeForm(REGISTRY, form, posted, { lang: 'fi', mode: 'edit', current: { tila: 'avoin' } }).cleared).toEqual(['sulkemisen_syy']);
  });
});

describe('decodeForm: add and remove entries', () => {
  const two = { 'f.nimi': 'X', 'f.tapahtumat.0.tyyppi': 'puhelu', 'f.tapahtumat.0.aihe': 'Eka', 'f.tapahtumat.1.aihe': '', 'f.tapahtumat.2.tyyppi': 'muu', 'f.tapahtumat.2.aihe': 'Kolmas' };

  it('adds an empty entry after the others, keeping the empty ones', () => {
    const decoded = decode({ ...two, action: 'add:tapahtumat' });
    expect(decoded.action).toEqual({ kind: 'add', group: 'tapahtumat' });
    expect(decoded.data['tapahtumat']).toEqual([{ tyyppi: 'puhelu', aihe: 'Eka' }, {}, { tyyppi: 'muu', aihe: 'Kolmas' }, {}]);
    expect(decoded.input.get('f.tapahtumat.3')).toEqual(['']);
    expect(decoded.input.get('f.tapahtumat.2.aihe')).toEqual(['Kolmas']);
  });

  it('adds nothing beyond max_items', () => {
    const full = Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`f.tapahtumat.${i}.aihe`, `Aihe ${i}`]));
    const decoded = decode({ ...full, action: 'add:tapahtumat' });
    expect(decoded.action).toEqual({ kind: 'add', group: 'tapahtumat' });
    expect(decoded.data['tapahtumat']).toHaveLength(5);
    expect(decoded.input.has('f.tapahtumat.5')).toBe(false);
  });

  it('removes the entry and renumbers the rest in data and input', () => {
    const decoded = decode({ ...two, 'f.tapahtumat.2': '7', action: 'remove:tapahtumat:0' });
    expect(decoded.action).toEqual({ kind: 'remove', group: 'tapahtumat', index: 0 });
    expect(decoded.data['tapahtumat']).toEqual([{}, { tyyppi: 'muu', aihe: 'Kolmas' }]);
    expect(Object.fromEntries([...decoded.input].filter(([name]) => name.startsWith('f.tapahtumat')))).toEqual({
      'f.tapahtumat.0.aihe': [''],
      'f.tapahtumat.1.tyyppi': ['muu'],
      'f.tapahtumat.1.aihe': ['Kolmas'],
      'f.tapahtumat.1': ['7'],
      'f.tapahtumat.0': [''],
    });
  });

  it('adds the first entry of an empty group', () => {
    const decoded = decode({ 'f.nimi': 'X', action: 'add:numerot' });
    expect(decoded.data['numerot']).toEqual([{}]);
    expect(decoded.input.get('f.numerot.0')).toEqual(['']);
  });

  it.each(['add:nimi', 'add:olematon', 'add:muistiinpano', 'remove:tapahtumat', 'remove:tapahtumat:-1', 'tallenna', ''])('ignores the action %j', (value) => {
    const decoded = decode({ ...two, action: value });
    expect(decoded).not.toHaveProperty('action');
    expect(decoded.data['tapahtumat']).toHaveLength(2);
  });

  it('takes the first action when several are posted', () => {
    expect(decode(post({ action: ['remove:tapahtumat:2', 'add:tapahtumat'] })).action).toEqual({ kind: 'remove', group: 'tapahtumat', index: 2 });
  });
});

describe('decodeForm: hostile input', () => {
  it('ignores every name that is not an input of the form', () => {
    const posted: PostedFields = [
      ['f.nimi', 'X'],
      ['f.muistiinpano', 'not in the form'],
      ['f.olematon', 'not in the registry'],
      ['nimi', 'no prefix'],
      ['f.nimi.street', 'a part of a text'],
      ['f.osoite', 'an address without a part'],
      ['f.kielet.fi', 'a part of a multi-choice'],
      ['f.liite', '{"id":"x","name":"x","media_type":"x","size":1}'],
      ['f.numero', 'a member at the top'],
      ['f.tapahtumat', 'a group without an entry'],
      ['f.tapahtumat.0.numero', 'a member of another group'],
      ['f.tapahtumat.0.sisainen', 'a member the form does not show'],
      ['f.tapahtumat.0.poytakirja', 'a file member'],
      ['f.tapahtumat.0.aihe.street', 'a part of a text member'],
      ['f.__proto__', 'x'],
      ['__proto__', 'x'],
      ['f.constructor', 'x'],
      ['f.tapahtumat.0.__proto__', 'x'],
      ['f.tapahtumat.0.constructor', 'x'],
      ['f.toString', 'x'],
    ];
    const decoded = decode(posted);
    expect(decoded.data).toEqual({ nimi: 'X', numerot: [] });
    expect([...decoded.input.keys()]).toEqual(['f.nimi']);
    expect(decoded.errors).toEqual([]);
    expect(Object.getPrototypeOf(decoded.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('ignores entry indexes that are signed, exponents, padded or beyond the group maximum', () => {
    const posted: PostedFields = [
      ['f.tapahtumat.99999999.aihe', 'huge'],
      ['f.tapahtumat.999999.aihe', 'big'],
      ['f.tapahtumat.-1.aihe', 'negative'],
      ['f.tapahtumat.1e3.aihe', 'exponent'],
      ['f.tapahtumat.01.aihe', 'padded'],
      ['f.tapahtumat.5.aihe', 'max_items is 5'],
      ['f.tapahtumat.4.aihe', 'the last allowed'],
      ['f.numerot.199.numero', '040 1'],
      ['f.numerot.200.numero', '040 2'],
    ];
    const decoded = decode(posted);
    expect(decoded.data['tapahtumat']).toEqual([{ aihe: 'the last allowed' }]);
    expect(decoded.data['numerot']).toEqual([{ numero: '040 1' }]);
    expect([...decoded.input.keys()].sort()).toEqual(['f.numerot.0', 'f.numerot.0.numero', 'f.tapahtumat.0', 'f.tapahtumat.0.aihe']);
  });

  it('never builds more entries than the bound, however many names are posted', () => {
    const posted: PostedFields = Array.from({ length: 5000 }, (_, i) => [`f.numerot.${i}.numero`, `040 ${i}`] as const);
    const decoded = decode(posted);
    expect(decoded.data['numerot']).toHaveLength(200);
    const add = decode([...posted.slice(0, 200), ['action', 'add:numerot']]);
    expect(add.data['numerot']).toHaveLength(200);
  });

  it('takes File values of FormData as nothing', () => {
    const posted = [['f.nimi', new Blob(['x']) as unknown as string], ['f.kuvaus', 'ok']] as PostedFields;
    expect(decode(posted).data).toEqual({ kuvaus: 'ok', numerot: [] });
  });
});

describe('encodeRecord', () => {
  const RECORD: RecordData = {
    nimi: 'Maija',
    kuvaus: 'Rivi 1\nRivi 2',
    kesto: 1234.5,
    lapsia: 2,
    turvakielto: false,
    syntymaaika: '1952-10-13',
    kaynti: '2026-07-15T10:00:00+03:00',
    kielet: ['sv', 'fi'],
    osoite: { street: 'Storgatan 1', postal_code: '111 22', post_office: 'Stockholm', country: 'SE' },
    liite: FILE,
    muistiinpano: 'not in the form',
    tapahtumat: [{ tyyppi: 'puhelu', ajankohta: '2026-01-15T08:00:00Z', minuutit: 0.5, poytakirja: FILE, sisainen: 'x' }],
    numerot: [],
  };

  it('gives the input values that pre-fill the page', () => {
    expect(Object.fromEntries(encodeRecord(REGISTRY, FORM, RECORD, 'fi'))).toEqual({
      'f.nimi': ['Maija'],
      'f.kuvaus': ['Rivi 1\nRivi 2'],
      'f.kesto': ['1234,5'],
      'f.lapsia': ['2'],
      'f.turvakielto': ['false'],
      'f.syntymaaika': ['1952-10-13'],
      'f.kaynti': ['2026-07-15T10:00'],
      'f.kielet': ['sv', 'fi'],
      'f.osoite.street': ['Storgatan 1'],
      'f.osoite.postal_code': ['111 22'],
      'f.osoite.post_office': ['Stockholm'],
      'f.osoite.country': ['SE'],
      'f.tapahtumat.0': ['0'],
      'f.tapahtumat.0.tyyppi': ['puhelu'],
      'f.tapahtumat.0.ajankohta': ['2026-01-15T10:00'],
      'f.tapahtumat.0.minuutit': ['0,5'],
    });
  });

  it('writes numbers with a decimal comma in fi and sv, a point in en', () => {
    for (const [lang, text] of [['fi', '1234,5'], ['sv', '1234,5'], ['en', '1234.5']] as const) {
      expect(encodeRecord(REGISTRY, FORM, { kesto: 1234.5 }, lang).get('f.kesto')).toEqual([text]);
    }
  });

  it('writes a datetime in Finnish local time, seconds only when there are some', () => {
    const local = (value: string): string | undefined => encodeRecord(REGISTRY, FORM, { kaynti: value }, 'fi').get('f.kaynti')?.[0];
    expect(local('2026-10-25T00:30:00Z')).toBe('2026-10-25T03:30');
    expect(local('2026-10-25T01:30:00Z')).toBe('2026-10-25T03:30');
    expect(local('2026-12-31T23:00:05+01:00')).toBe('2027-01-01T00:00:05');
    expect(local('not a datetime')).toBe('not a datetime');
  });

  it.each<[string, unknown]>([
    ['huge', 1e21],
    ['tiny', 1.5e-7],
    ['negative', -12.75],
    ['zero', 0],
  ])('reads a %s number back as it was', (_, value) => {
    for (const lang of LANGS) {
      const encoded = encodeRecord(REGISTRY, FORM, { kesto: value }, lang);
      expect(decode([...encoded].flatMap(([name, values]) => values.map((one) => [name, one] as const)), { lang }).data['kesto']).toBe(value);
    }
  });
});

// --- the round trip over the seed registries ----------------------------------------------------

/** A form as the registry would get by default: every top-level field and group member, files aside. */
function wholeForm(registry: Registry): Form {
  return {
    id: 'default',
    registry: registry.id,
    title: registry.name,
    modes: ['create', 'edit'],
    roles: [],
    origin: { derived: true },
    sections: registry.categories
      .filter((category) => category.fields.some((field) => field.type !== 'file'))
      .map((category) => ({
        id: category.id,
        title: category.name,
        items: category.fields
          .filter((field) => field.type !== 'file')
          .map((field) => (field.type === 'group' ? { field: field.id, members: field.fields.filter((member) => member.type !== 'file').map((member) => ({ field: member.id })) } : { field: field.id })),
      })),
  };
}

/** What a browser posts for the encoded values: through a real urlencoded body and back. */
function submit(encoded: Map<string, string[]>): PostedFields {
  const body = new URLSearchParams();
  for (const [name, values] of encoded) for (const value of values) body.append(name, value);
  return [...new URLSearchParams(body.toString())];
}

/**
 * A record as a create form can give it: no files, no entries left with nothing in them, and no
 * optional group left with no entries.
 */
function withoutFiles(registry: Registry, record: RecordData): RecordData {
  const fields = registry.categories.flatMap((category) => category.fields);
  const files = new Set(fields.flatMap((field) => [field, ...field.fields]).filter((field) => field.type === 'file').map((field) => field.id));
  const strip = (values: RecordData): RecordData => Object.fromEntries(Object.entries(values).filter(([key]) => !files.has(key)));
  const out = strip(record);
  for (const group of fields.filter((field) => field.type === 'group')) {
    const entries = out[group.id];
    if (!Array.isArray(entries)) continue;
    const kept = entries.map((entry) => strip(entry as RecordData)).filter((entry) => Object.keys(entry).length > 0);
    if (kept.length > 0 || group.required) out[group.id] = kept;
    else delete out[group.id];
  }
  return out;
}

describe('round trip: decodeForm(encodeRecord(record)) = record', () => {
  const seeds = loadSeeds();

  it.each(seeds.map((registry) => [registry.id, registry] as const))('%s', (_, registry) => {
    const form = wholeForm(registry);
    const validator = createRecordValidators([demoRegistry(registry)]).get(registry.id)!;
    const records = generateRecords(registry, { count: 40, seed: 5, today: new Date('2026-06-15T12:00:00Z') });
    for (const [i, record] of records.entries()) {
      for (const lang of LANGS) {
        const posted = submit(encodeRecord(registry, form, record, lang));
        const edited = decodeForm(registry, form, posted, { lang, mode: 'edit', current: record });
        expect(edited.errors, `${registry.id} #${i} ${lang}`).toEqual([]);
        expect(edited.data, `${registry.id} #${i} ${lang}`).toEqual(record);
        expect(validator.validate(edited.data, lang)).toEqual({ ok: true });
        const created = decodeForm(registry, form, posted, { lang, mode: 'create' });
        expect(created.data, `${registry.id} #${i} ${lang} create`).toEqual(withoutFiles(registry, record));
      }
    }
  });

  it('holds for every field type of the test registry, in every language', () => {
    const record: RecordData = {
      nimi: 'Maija Meikäläinen',
      kuvaus: 'Rivi 1\n\n  Rivi 2',
      kesto: -1234.125,
      lapsia: 3,
      turvakielto: true,
      syntymaaika: '1952-10-13',
      kaynti: '2026-10-25T03:30:00+03:00',
      tila: 'suljettu',
      sulkemisen_syy: 'Muutti',
      kielet: ['en', 'fi'],
      sahkoposti: 'maija@example.fi',
      puhelin: '+358 40 123 4567',
      osoite: { street: 'Nallinkatu 2 A 5', postal_code: '21200', post_office: 'Raisio' },
      postinumero: '21200',
      henkilotunnus: '131052-308T',
      ytunnus: '1572860-0',
      tili: 'FI21 1234 5600 0007 85',
      aidinkieli: 'fi',
      kotikunta: '680',
      tapahtumat: [
        { tyyppi: 'muu', selite: 'Selitys', ajankohta: '2026-03-29T04:00:00+03:00', paikka: { street: '', postal_code: '00100', post_office: '' } },
        { tyyppi: 'puhelu', minuutit: 45, aihe: 'Työnhaku' },
      ],
      numerot: [{ numero: '040 123 4567' }],
    };
    expect(VALIDATOR.validate(record, 'fi')).toEqual({ ok: true });
    for (const lang of LANGS) {
      const decoded = decodeForm(REGISTRY, FORM, submit(encodeRecord(REGISTRY, FORM, record, lang)), { lang, mode: 'create' });
      expect(decoded.errors).toEqual([]);
      expect(decoded.data).toEqual(record);
    }
  });
});
