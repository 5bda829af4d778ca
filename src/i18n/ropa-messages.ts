/**
 * Messages of the record of processing activities (GDPR Art 30(1)): column headers and the phrases
 * seloste writes itself. Registry texts are not here: they come from the definitions.
 */
import type { Catalogue } from './catalogue.js';

export const ROPA_MESSAGES: Catalogue = {
  // Column headers; the Art 30(1) point each column answers is in the header.
  'ropa.col.registry': { fi: 'Rekisterin tunnus', sv: 'Registrets id', en: 'Registry id' },
  'ropa.col.name': { fi: 'Rekisterin nimi', sv: 'Registrets namn', en: 'Name of the register' },
  'ropa.col.controller': {
    fi: 'Rekisterinpitäjä ja yhteystiedot (30 art. 1 a)',
    sv: 'Personuppgiftsansvarig och kontaktuppgifter (art. 30.1 a)',
    en: 'Controller and contact details (Art 30(1)(a))',
  },
  'ropa.col.contacts': {
    fi: 'Rekisteriasioita hoitava henkilö (30 art. 1 a)',
    sv: 'Kontaktperson i registerärenden (art. 30.1 a)',
    en: 'Contact person for the register (Art 30(1)(a))',
  },
  'ropa.col.joint-controllers': {
    fi: 'Yhteisrekisterinpitäjät (30 art. 1 a)',
    sv: 'Gemensamt personuppgiftsansvariga (art. 30.1 a)',
    en: 'Joint controllers (Art 30(1)(a))',
  },
  'ropa.col.representatives': {
    fi: 'Rekisterinpitäjän edustaja (30 art. 1 a)',
    sv: 'Den personuppgiftsansvariges företrädare (art. 30.1 a)',
    en: "Controller's representative (Art 30(1)(a))",
  },
  'ropa.col.dpo': { fi: 'Tietosuojavastaava (30 art. 1 a)', sv: 'Dataskyddsombud (art. 30.1 a)', en: 'Data protection officer (Art 30(1)(a))' },
  'ropa.col.purposes': {
    fi: 'Käsittelyn tarkoitukset (30 art. 1 b)',
    sv: 'Ändamålen med behandlingen (art. 30.1 b)',
    en: 'Purposes of the processing (Art 30(1)(b))',
  },
  'ropa.col.legal-bases': {
    fi: 'Käsittelyn oikeusperusteet (6 ja 9 art.)',
    sv: 'Rättsliga grunder för behandlingen (art. 6 och 9)',
    en: 'Legal bases (Art 6 and 9)',
  },
  'ropa.col.data-subjects': {
    fi: 'Rekisteröityjen ryhmät (30 art. 1 c)',
    sv: 'Kategorier av registrerade (art. 30.1 c)',
    en: 'Categories of data subjects (Art 30(1)(c))',
  },
  'ropa.col.personal-data': {
    fi: 'Henkilötietoryhmät (30 art. 1 c)',
    sv: 'Kategorier av personuppgifter (art. 30.1 c)',
    en: 'Categories of personal data (Art 30(1)(c))',
  },
  'ropa.col.sources': { fi: 'Tietolähteet', sv: 'Uppgiftskällor', en: 'Sources of the data' },
  'ropa.col.recipients': {
    fi: 'Vastaanottajaryhmät, myös kolmansissa maissa (30 art. 1 d)',
    sv: 'Kategorier av mottagare, även i tredjeländer (art. 30.1 d)',
    en: 'Categories of recipients, including in third countries (Art 30(1)(d))',
  },
  'ropa.col.transfers': {
    fi: 'Siirrot kolmansiin maihin ja suojatoimet (30 art. 1 e)',
    sv: 'Överföringar till tredjeländer och skyddsåtgärder (art. 30.1 e)',
    en: 'Transfers to third countries and safeguards (Art 30(1)(e))',
  },
  'ropa.col.retention': {
    fi: 'Tietojen poistamisen määräajat (30 art. 1 f)',
    sv: 'Tidsfrister för radering (art. 30.1 f)',
    en: 'Time limits for erasure (Art 30(1)(f))',
  },
  'ropa.col.security': {
    fi: 'Tekniset ja organisatoriset turvatoimet (30 art. 1 g)',
    sv: 'Tekniska och organisatoriska säkerhetsåtgärder (art. 30.1 g)',
    en: 'Technical and organisational security measures (Art 30(1)(g))',
  },
  'ropa.col.systems': { fi: 'Tietojärjestelmät', sv: 'Informationssystem', en: 'Information systems' },
  'ropa.col.processors': { fi: 'Henkilötietojen käsittelijät', sv: 'Personuppgiftsbiträden', en: 'Processors' },
  'ropa.col.updated': { fi: 'Seloste päivitetty', sv: 'Beskrivningen uppdaterad', en: 'Notice updated' },

  // Silence is written out, so that an empty cell is never read as "none".
  'ropa.not-stated': { fi: 'ei ilmoitettu', sv: 'inte angivet', en: 'not stated' },

  'ropa.phone': { fi: 'puh. {phone}', sv: 'tfn {phone}', en: 'tel. {phone}' },
  'ropa.fax': { fi: 'faksi {fax}', sv: 'fax {fax}', en: 'fax {fax}' },
  'ropa.business-id': { fi: 'Y-tunnus {id}', sv: 'FO-nummer {id}', en: 'business ID {id}' },
  'ropa.created': { fi: '{date} (laadittu)', sv: '{date} (upprättad)', en: '{date} (drawn up)' },

  'ropa.gdpr': { fi: 'tietosuoja-asetus {points}', sv: 'dataskyddsförordningen art. {points}', en: 'GDPR Art {points}' },
  'ropa.gdpr-missing': {
    fi: 'tietosuoja-asetuksen kohtaa ei ilmoitettu',
    sv: 'artikel i dataskyddsförordningen inte angiven',
    en: 'GDPR point not stated',
  },
  'ropa.special-category': { fi: 'erityinen henkilötietoryhmä', sv: 'särskild kategori av personuppgifter', en: 'special category' },

  'ropa.basis.consent': { fi: 'suostumus', sv: 'samtycke', en: 'consent' },
  'ropa.basis.law': { fi: 'laki', sv: 'lag', en: 'law' },
  'ropa.no-regular-disclosures': {
    fi: 'Tietoja ei luovuteta säännönmukaisesti',
    sv: 'Uppgifter lämnas inte ut regelbundet',
    en: 'No regular disclosures',
  },
  'ropa.linkage': { fi: '{target} (rekisterien yhdistäminen)', sv: '{target} (samkörning av register)', en: '{target} (linkage of registers)' },

  'ropa.no-transfers': {
    fi: 'Ei siirtoja EU:n tai ETA:n ulkopuolelle',
    sv: 'Inga överföringar utanför EU eller EES',
    en: 'No transfers outside the EU or EEA',
  },
  'ropa.safeguard.adequacy-decision': {
    fi: 'komission päätös tietosuojan riittävyydestä (45 art.)',
    sv: 'kommissionens beslut om adekvat skyddsnivå (art. 45)',
    en: 'adequacy decision (Art 45)',
  },
  'ropa.safeguard.standard-contractual-clauses': {
    fi: 'vakiosopimuslausekkeet (46 art. 2 c)',
    sv: 'standardavtalsklausuler (art. 46.2 c)',
    en: 'standard contractual clauses (Art 46(2)(c))',
  },
  'ropa.safeguard.binding-corporate-rules': {
    fi: 'yritystä koskevat sitovat säännöt (47 art.)',
    sv: 'bindande företagsbestämmelser (art. 47)',
    en: 'binding corporate rules (Art 47)',
  },
  'ropa.safeguard.derogation': {
    fi: 'poikkeus erityistilanteissa (49 art.)',
    sv: 'undantag i särskilda situationer (art. 49)',
    en: 'derogation for specific situations (Art 49)',
  },

  'ropa.retention.from-state': {
    fi: '{duration} tilasta ”{state}”, sitten {then}',
    sv: '{duration} från tillståndet ”{state}”, därefter {then}',
    en: '{duration} from the state "{state}", then {then}',
  },
  'ropa.retention.from-field': {
    fi: '{duration} kentän ”{field}” päivämäärästä, sitten {then}',
    sv: '{duration} från datumet i fältet ”{field}”, därefter {then}',
    en: '{duration} from the date in the field "{field}", then {then}',
  },
  'ropa.retention.from-created': {
    fi: '{duration} tietueen luomisesta, sitten {then}',
    sv: '{duration} från att posten skapades, därefter {then}',
    en: "{duration} from the record's creation, then {then}",
  },
  'ropa.retention.from-updated': {
    fi: '{duration} tietueen viimeisimmästä muutoksesta, sitten {then}',
    sv: '{duration} från postens senaste ändring, därefter {then}',
    en: "{duration} from the record's last change, then {then}",
  },
  'ropa.retention.then.delete': { fi: 'poisto', sv: 'radering', en: 'deletion' },
  'ropa.retention.then.anonymize': { fi: 'anonymisointi', sv: 'anonymisering', en: 'anonymisation' },
  'ropa.retention.then.review': { fi: 'tarkistus', sv: 'granskning', en: 'review' },
  'ropa.retention.reference': { fi: 'viite: {reference}', sv: 'hänvisning: {reference}', en: 'reference: {reference}' },

  'ropa.security.statement': { fi: 'Yleisesti', sv: 'Allmänt', en: 'In general' },
  'ropa.security.manual': { fi: 'Manuaalinen aineisto', sv: 'Manuellt material', en: 'Manual material' },
  'ropa.security.electronic': { fi: 'Sähköinen aineisto', sv: 'Elektroniskt material', en: 'Electronic data' },
  'ropa.security.organisational': { fi: 'Organisatoriset toimet', sv: 'Organisatoriska åtgärder', en: 'Organisational measures' },

  // Durations in the nominative ("1 vuosi"), as a table cell states them.
  'ropa.duration.and': { fi: 'ja', sv: 'och', en: 'and' },
  'ropa.duration.Y.one': { fi: '{n} vuosi', sv: '{n} år', en: '{n} year' },
  'ropa.duration.Y.other': { fi: '{n} vuotta', sv: '{n} år', en: '{n} years' },
  'ropa.duration.M.one': { fi: '{n} kuukausi', sv: '{n} månad', en: '{n} month' },
  'ropa.duration.M.other': { fi: '{n} kuukautta', sv: '{n} månader', en: '{n} months' },
  'ropa.duration.W.one': { fi: '{n} viikko', sv: '{n} vecka', en: '{n} week' },
  'ropa.duration.W.other': { fi: '{n} viikkoa', sv: '{n} veckor', en: '{n} weeks' },
  'ropa.duration.D.one': { fi: '{n} päivä', sv: '{n} dag', en: '{n} day' },
  'ropa.duration.D.other': { fi: '{n} päivää', sv: '{n} dagar', en: '{n} days' },
  'ropa.duration.H.one': { fi: '{n} tunti', sv: '{n} timme', en: '{n} hour' },
  'ropa.duration.H.other': { fi: '{n} tuntia', sv: '{n} timmar', en: '{n} hours' },
  'ropa.duration.MIN.one': { fi: '{n} minuutti', sv: '{n} minut', en: '{n} minute' },
  'ropa.duration.MIN.other': { fi: '{n} minuuttia', sv: '{n} minuter', en: '{n} minutes' },
  'ropa.duration.S.one': { fi: '{n} sekunti', sv: '{n} sekund', en: '{n} second' },
  'ropa.duration.S.other': { fi: '{n} sekuntia', sv: '{n} sekunder', en: '{n} seconds' },
};
