/**
 * Messages of record validation that ajv-i18n does not word for people: missing and unknown
 * fields, our Finnish formats (with the precise reason), line breaks and control characters,
 * choices. Other keywords (lengths, ranges, counts) use ajv-i18n's fi/sv/en. The field's label is
 * put in front by the validator.
 */
import type { Catalogue } from './catalogue.js';

export const RECORD_MESSAGES: Catalogue = {
  'record.required': { fi: 'pakollinen tieto puuttuu', sv: 'obligatorisk uppgift saknas', en: 'is required' },
  'record.unknown-field': {
    fi: 'tuntematon kenttä "{field}"; rekisterissä ei ole tällaista tietoa',
    sv: 'okänt fält "{field}"; registret har ingen sådan uppgift',
    en: 'unknown field "{field}"; the register has no such data',
  },
  'record.type.string': { fi: 'pitää olla tekstiä', sv: 'ska vara text', en: 'must be text' },
  'record.type.number': { fi: 'pitää olla luku', sv: 'ska vara ett tal', en: 'must be a number' },
  'record.type.integer': { fi: 'pitää olla kokonaisluku', sv: 'ska vara ett heltal', en: 'must be a whole number' },
  'record.type.boolean': { fi: 'pitää olla kyllä tai ei', sv: 'ska vara ja eller nej', en: 'must be yes or no' },
  'record.type.array': { fi: 'pitää olla luettelo', sv: 'ska vara en lista', en: 'must be a list' },
  'record.type.object': { fi: 'pitää olla kokonaisuus (osoite, liite tai merkintä)', sv: 'ska vara en helhet (adress, bilaga eller post)', en: 'must be a whole (an address, file or entry)' },
  'record.enum': { fi: 'valitse jokin sallituista vaihtoehdoista', sv: 'välj ett av de tillåtna alternativen', en: 'choose one of the allowed options' },
  'record.single-line': {
    fi: 'ei saa sisältää rivinvaihtoja eikä ohjausmerkkejä',
    sv: 'får inte innehålla radbrytningar eller styrtecken',
    en: 'must not contain line breaks or control characters',
  },
  'record.multi-line': { fi: 'ei saa sisältää ohjausmerkkejä', sv: 'får inte innehålla styrtecken', en: 'must not contain control characters' },
  'record.language': { fi: 'pitää olla kielikoodi, esim. fi, sv tai smn', sv: 'ska vara en språkkod, t.ex. fi, sv eller smn', en: 'must be a language code such as fi, sv or smn' },
  'record.municipality': { fi: 'pitää olla kolminumeroinen kuntanumero, esim. 091', sv: 'ska vara ett tresiffrigt kommunnummer, t.ex. 091', en: 'must be a three-digit municipality code such as 091' },
  'record.country': { fi: 'pitää olla kaksikirjaiminen maakoodi, esim. FI', sv: 'ska vara en landskod med två bokstäver, t.ex. FI', en: 'must be a two-letter country code such as FI' },
  'record.file-id': { fi: 'liitteen tunniste ei kelpaa', sv: 'bilagans id är ogiltigt', en: 'the file reference is not valid' },
  'record.format.date': { fi: 'pitää olla päivämäärä muodossa VVVV-KK-PP', sv: 'ska vara ett datum i formen ÅÅÅÅ-MM-DD', en: 'must be a date as YYYY-MM-DD' },
  'record.format.date-time': {
    fi: 'pitää olla ajankohta muodossa VVVV-KK-PPTtt:mm, aikavyöhykkeen kanssa',
    sv: 'ska vara en tidpunkt i formen ÅÅÅÅ-MM-DDTtt:mm, med tidszon',
    en: 'must be a date and time as YYYY-MM-DDThh:mm with a time zone',
  },
  'record.format.email': { fi: 'ei ole kelvollinen sähköpostiosoite', sv: 'är inte en giltig e-postadress', en: 'is not a valid e-mail address' },
  'record.format.phone': {
    fi: 'ei ole kelvollinen puhelinnumero (esim. 040 123 4567 tai +358 40 123 4567)',
    sv: 'är inte ett giltigt telefonnummer (t.ex. 040 123 4567 eller +358 40 123 4567)',
    en: 'is not a valid phone number (e.g. 040 123 4567 or +358 40 123 4567)',
  },
  'record.format.fi-postal-code': { fi: 'postinumerossa pitää olla viisi numeroa', sv: 'postnumret ska ha fem siffror', en: 'a postal code has five digits' },
  'record.format.fi-business-id': {
    fi: 'ei ole kelvollinen Y-tunnus (muoto 1234567-8, tarkistusnumero täsmättävä)',
    sv: 'är inte ett giltigt FO-nummer (formen 1234567-8, kontrollsiffran ska stämma)',
    en: 'is not a valid business ID (1234567-8, with a matching check digit)',
  },
  'record.pic.format': {
    fi: 'henkilötunnuksen muoto on PPKKVV-NNNT, esim. 131052-308T (isot kirjaimet)',
    sv: 'personbeteckningen har formen DDMMÅÅ-NNNK, t.ex. 131052-308T (versaler)',
    en: 'a personal identity code has the form DDMMYY-NNNC, e.g. 131052-308T (capital letters)',
  },
  'record.pic.century': { fi: 'henkilötunnuksen välimerkki ei kelpaa', sv: 'personbeteckningens skiljetecken är ogiltigt', en: 'the century sign of the identity code is not valid' },
  'record.pic.date': { fi: 'henkilötunnuksen syntymäaika ei ole todellinen päivämäärä', sv: 'födelsedatumet i personbeteckningen finns inte', en: 'the birth date in the identity code is not a real date' },
  'record.pic.individual-number': {
    fi: 'henkilötunnuksen yksilönumero ei kelpaa (002–899)',
    sv: 'individnumret i personbeteckningen är ogiltigt (002–899)',
    en: 'the individual number of the identity code is not valid (002–899)',
  },
  'record.pic.temporary': {
    fi: 'tilapäinen henkilötunnus (yksilönumero 900–999) ei kelpaa tähän kenttään',
    sv: 'en tillfällig personbeteckning (individnummer 900–999) godtas inte i detta fält',
    en: 'a temporary identity code (individual number 900–999) is not accepted in this field',
  },
  'record.pic.check-character': {
    fi: 'henkilötunnuksen tarkistusmerkki ei täsmää; tarkista tunnus',
    sv: 'kontrolltecknet i personbeteckningen stämmer inte; kontrollera beteckningen',
    en: 'the check character of the identity code does not match; check the code',
  },
  'record.iban.format': { fi: 'IBAN-tilinumeron muoto on esim. FI21 1234 5600 0007 85', sv: 'IBAN-kontonumret har formen t.ex. FI21 1234 5600 0007 85', en: 'an IBAN looks like FI21 1234 5600 0007 85' },
  'record.iban.country': { fi: 'IBAN-tilinumeron maatunnus ei kelpaa', sv: 'landskoden i IBAN-kontonumret är ogiltig', en: 'the country code of the IBAN is not valid' },
  'record.iban.length': { fi: 'IBAN-tilinumeron pituus ei täsmää maahan', sv: 'IBAN-kontonumrets längd stämmer inte för landet', en: 'the IBAN has the wrong length for its country' },
  'record.iban.checksum': { fi: 'IBAN-tilinumeron tarkisteet eivät täsmää; tarkista numero', sv: 'IBAN-kontonumrets kontrollsiffror stämmer inte; kontrollera numret', en: 'the IBAN check digits do not match; check the number' },
  'record.part.street': { fi: 'katuosoite', sv: 'gatuadress', en: 'street address' },
  'record.part.postal_code': { fi: 'postinumero', sv: 'postnummer', en: 'postal code' },
  'record.part.post_office': { fi: 'postitoimipaikka', sv: 'postanstalt', en: 'post office' },
  'record.part.country': { fi: 'maa', sv: 'land', en: 'country' },
  'record.part.entry': { fi: 'merkintä {n}', sv: 'post {n}', en: 'entry {n}' },
  'record.not-object': { fi: 'Tietueen pitää olla JSON-objekti.', sv: 'Posten ska vara ett JSON-objekt.', en: 'A record must be a JSON object.' },
};
