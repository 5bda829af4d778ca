/**
 * Record validation over the seeds: every registry's record schema compiles in ajv's strict mode,
 * realistic records pass, and each kind of bad value gets a message that names the field by its
 * label, in fi, sv and en.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/catalogue.js';
import { createRecordValidators, type FieldError } from '../../src/schema/record-validator.js';
import { loadSeeds } from '../helpers/seeds.js';

const validators = createRecordValidators(loadSeeds());
const raisio = validators.get('raisio-tyollisyyspalvelut')!;
const hakosalo = validators.get('iisalmi-hakosalo')!;

/** A valid Raisio customer (a DVV example code, not a real person's). */
const RAISIO = {
  henkilotunnus: '131052-308T',
  nimi: 'Maija Meikäläinen',
  osoite: { street: 'Nallinkatu 2 A 5', postal_code: '21200', post_office: 'Raisio' },
  turvakielto: false,
  puhelinnumerot: [{ puhelinnumero: '040 123 4567' }, { puhelinnumero: '+358 2 434 3111' }],
  kotikunta: '680',
  aidinkieli: 'fi',
  siviilisaaty: 'naimaton',
  merkinnat: [{ merkinta_pvm: '2026-11-23', merkinta_teksti: 'Ensikäynti.\nSovittu seuraava tapaaminen.' }],
};

function errorsOf(validator: typeof raisio, record: unknown, lang: Lang = 'fi'): FieldError[] {
  const result = validator.validate(record, lang);
  return result.ok ? [] : result.errors;
}

describe('record schemas', () => {
  it('compile for every seed registry (strict mode)', () => {
    expect([...validators.keys()].sort()).toEqual([
      'helsinki-tyorasti',
      'iisalmi-hakosalo',
      'joensuu-tyollisyyspalvelut',
      'raisio-tyollisyyspalvelut',
      'walmu-asiakashallinta',
    ]);
  });

  it('accepts a realistic Raisio record and a Hakosalo record with customer events', () => {
    expect(raisio.validate(RAISIO, 'fi')).toEqual({ ok: true });
    const hakosaloRecord = {
      nimi: 'Matti Virtanen',
      tapahtumat: [
        { tapahtuman_tyyppi: hakosalo.registry.categories.flatMap((c) => c.fields).find((f) => f.id === 'tapahtumat')!.fields[0]!.settings.options![0]!.id, aihe: 'Työnhaku', ajankohta: '2026-11-23T10:00:00+02:00', kesto: 45 },
      ],
    };
    expect(hakosalo.validate(hakosaloRecord, 'fi')).toEqual({ ok: true });
  });

  it.each<[string, Record<string, unknown>, FieldError[]]>([
    ['a missing required field', { nimi: 'X' }, [{ pointer: '/henkilotunnus', field: 'henkilotunnus', keyword: 'required', message: 'Henkilötunnus: pakollinen tieto puuttuu' }]],
    ['a wrong check character', { ...RAISIO, henkilotunnus: '131052-308U' }, [{ pointer: '/henkilotunnus', field: 'henkilotunnus', keyword: 'format', message: 'Henkilötunnus: henkilötunnuksen tarkistusmerkki ei täsmää; tarkista tunnus' }]],
    ['a temporary code where not allowed', { ...RAISIO, henkilotunnus: '010101-900R' }, [{ pointer: '/henkilotunnus', field: 'henkilotunnus', keyword: 'format', message: 'Henkilötunnus: tilapäinen henkilötunnus (yksilönumero 900–999) ei kelpaa tähän kenttään' }]],
    ['an unknown field', { ...RAISIO, nmi: 'x' }, [{ pointer: '/nmi', keyword: 'additionalProperties', message: 'Tuntematon kenttä "nmi"; rekisterissä ei ole tällaista tietoa' }]],
    ['a line break in a one-line text', { ...RAISIO, nimi: 'Maija\nMeikäläinen' }, [{ pointer: '/nimi', field: 'nimi', keyword: 'pattern', message: 'Nimi: ei saa sisältää rivinvaihtoja eikä ohjausmerkkejä' }]],
    ['a bad postal code in an address', { ...RAISIO, osoite: { street: 'Katu 1', postal_code: '2120', post_office: 'Raisio' } }, [{ pointer: '/osoite/postal_code', field: 'osoite', keyword: 'format', message: 'Osoite, postinumero: postinumerossa pitää olla viisi numeroa' }]],
    ['a bad phone number in the second entry', { ...RAISIO, puhelinnumerot: [{ puhelinnumero: '040 123 4567' }, { puhelinnumero: 'soita illalla' }] }, [{ pointer: '/puhelinnumerot/1/puhelinnumero', field: 'puhelinnumero', keyword: 'format', message: 'Puhelinnumerot, merkintä 2, Puhelinnumero: ei ole kelvollinen puhelinnumero (esim. 040 123 4567 tai +358 40 123 4567)' }]],
    ['an option that does not exist', { ...RAISIO, siviilisaaty: 'eronnut_ehka' }, [{ pointer: '/siviilisaaty', field: 'siviilisaaty', keyword: 'enum', message: 'Siviilisääty: valitse jokin sallituista vaihtoehdoista' }]],
    ['a number as text', { ...RAISIO, nimi: 42 }, [{ pointer: '/nimi', field: 'nimi', keyword: 'type', message: 'Nimi: pitää olla tekstiä' }]],
  ])('%s', (_name, record, expected) => {
    const errors = errorsOf(raisio, record);
    // Labels come from the registry; compare with the registry's own label text.
    expect(errors).toEqual(expected.map((error) => ({ ...error, message: error.message })));
  });

  it('a foreign address skips the Finnish postal-code check', () => {
    expect(errorsOf(raisio, { ...RAISIO, osoite: { street: 'Drottninggatan 1', postal_code: '111 51', post_office: 'Stockholm', country: 'SE' } })).toEqual([]);
  });

  it('words lengths with ajv-i18n in each language, still naming the field', () => {
    const long = { ...RAISIO, nimi: 'x'.repeat(201) };
    expect(errorsOf(raisio, long, 'fi')[0]!.message).toMatch(/^Nimi: .*200/);
    expect(errorsOf(raisio, long, 'sv')[0]!.message).toMatch(/^Nimi: .*200/);
    expect(errorsOf(raisio, long, 'en')[0]!.message).toBe('Nimi: must NOT be longer than 200 characters');
  });

  it('messages in Swedish and English', () => {
    const record = { ...RAISIO, henkilotunnus: '131052-308U' };
    expect(errorsOf(raisio, record, 'sv')[0]!.message).toBe('Henkilötunnus: kontrolltecknet i personbeteckningen stämmer inte; kontrollera beteckningen');
    expect(errorsOf(raisio, record, 'en')[0]!.message).toBe('Henkilötunnus: the check character of the identity code does not match; check the code');
  });

  it.each([null, [], 'text', 42])('refuses %j as a record', (value) => {
    expect(errorsOf(raisio, value)).toEqual([{ pointer: '', keyword: 'type', message: 'Tietueen pitää olla JSON-objekti.' }]);
  });

  it('hostile strings are values like any other (stored literally later), not errors', () => {
    expect(errorsOf(raisio, { ...RAISIO, nimi: "Robert'); DROP TABLE records;-- <script>alert(1)</script> {{x}}" })).toEqual([]);
  });
});
