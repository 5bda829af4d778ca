/**
 * UI strings of the API reference page (`/api/docs`): the page's own headings, column names and
 * the words that describe types. The operations' summaries and descriptions come from the OpenAPI
 * document, in English, since they are for developers; registry texts come from the definitions.
 */
import type { Catalogue } from './catalogue.js';

export const API_DOCS_MESSAGES: Catalogue = {
  // Page chrome
  'docs.site': { fi: 'seloste-rajapinta', sv: 'seloste-API', en: 'seloste API' },
  'docs.title': { fi: 'Rajapinnan kuvaus', sv: 'API-beskrivning', en: 'API reference' },
  'docs.skip': { fi: 'Siirry sisältöön', sv: 'Gå till innehållet', en: 'Skip to content' },
  'docs.language': { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  'docs.lang.fi': { en: 'Suomeksi' },
  'docs.lang.sv': { en: 'På svenska' },
  'docs.lang.en': { en: 'In English' },
  'docs.notices': { fi: 'Tietosuojaselosteet', sv: 'Dataskyddsbeskrivningar', en: 'Privacy notices' },
  'docs.accessibility': { fi: 'Saavutettavuusseloste', sv: 'Tillgänglighetsutlåtande', en: 'Accessibility statement' },
  'docs.version': { fi: 'Versio {version}', sv: 'Version {version}', en: 'Version {version}' },
  'docs.intro': {
    fi: 'Tämä sivu kuvaa rekisterien tietueiden REST-rajapinnan. Toimintojen kuvaukset ovat kehittäjille ja siksi englanniksi; kenttien nimet tulevat rekisterien määrittelyistä.',
    sv: 'Denna sida beskriver REST-API:t för registrens poster. Beskrivningarna av funktionerna är avsedda för utvecklare och därför på engelska; fältens namn kommer från registrens definitioner.',
    en: 'This page describes the REST API of the registers\' records. The field labels come from the register definitions.',
  },
  'docs.machine-readable': {
    fi: 'Sama kuvaus koneluettavana (OpenAPI 3.1, JSON)',
    sv: 'Samma beskrivning maskinläsbar (OpenAPI 3.1, JSON)',
    en: 'The same description, machine-readable (OpenAPI 3.1, JSON)',
  },
  'docs.servers': { fi: 'Palvelimen osoite', sv: 'Serverns adress', en: 'Server address' },
  'docs.contents': { fi: 'Sisältö', sv: 'Innehåll', en: 'Contents' },

  // Authentication
  'docs.auth.heading': { fi: 'Tunnistautuminen', sv: 'Autentisering', en: 'Authentication' },
  'docs.auth.intro': {
    fi: 'Julkisia ovat vain toiminnot, joiden kohdalla niin sanotaan. Muut vaativat jonkin seuraavista:',
    sv: 'Endast de funktioner som anges som offentliga är öppna. Övriga kräver något av följande:',
    en: 'Only the operations marked public are open. The others need one of the following:',
  },
  'docs.scheme.cookie': { fi: 'eväste {name}', sv: 'kakan {name}', en: 'cookie {name}' },
  'docs.scheme.header': { fi: 'otsake {name}', sv: 'huvudet {name}', en: 'header {name}' },
  'docs.scheme.query': { fi: 'kyselyparametri {name}', sv: 'frågeparametern {name}', en: 'query parameter {name}' },
  'docs.scheme.bearer': { fi: 'HTTP Bearer -tunniste', sv: 'HTTP Bearer-token', en: 'HTTP bearer token' },
  'docs.scheme.http': { fi: 'HTTP-tunnistautuminen ({scheme})', sv: 'HTTP-autentisering ({scheme})', en: 'HTTP authentication ({scheme})' },
  'docs.scheme.other': { fi: 'tyyppi {type}', sv: 'typ {type}', en: 'type {type}' },
  'docs.op.public': { fi: 'Julkinen: ei vaadi tunnistautumista.', sv: 'Offentlig: kräver ingen autentisering.', en: 'Public: no authentication needed.' },
  'docs.op.secured': { fi: 'Vaatii tunnistautumisen:', sv: 'Kräver autentisering:', en: 'Needs authentication:' },

  // Registry tags
  'docs.tag.registry': { fi: 'Tietueet: {name}', sv: 'Poster: {name}', en: 'Records: {name}' },

  // Parameters, bodies, responses
  'docs.parameters': { fi: 'Parametrit', sv: 'Parametrar', en: 'Parameters' },
  'docs.request-body': { fi: 'Pyynnön runko', sv: 'Begärans innehåll', en: 'Request body' },
  'docs.request-body.required': { fi: 'Pakollinen.', sv: 'Obligatoriskt.', en: 'Required.' },
  'docs.request-body.optional': { fi: 'Valinnainen.', sv: 'Valfritt.', en: 'Optional.' },
  'docs.responses': { fi: 'Vastaukset', sv: 'Svar', en: 'Responses' },
  'docs.no-body': { fi: 'ei sisältöä', sv: 'inget innehåll', en: 'no content' },
  'docs.fields-of-response': { fi: 'Vastauksen {status} kentät', sv: 'Fälten i svar {status}', en: 'Fields of response {status}' },
  'docs.in.path': { fi: 'polku', sv: 'sökväg', en: 'path' },
  'docs.in.query': { fi: 'kysely', sv: 'fråga', en: 'query' },
  'docs.in.header': { fi: 'otsake', sv: 'huvud', en: 'header' },
  'docs.in.cookie': { fi: 'eväste', sv: 'kaka', en: 'cookie' },
  'docs.in.deep-object': { fi: '{name}[kenttä]=arvo', sv: '{name}[fält]=värde', en: '{name}[field]=value' },
  'docs.header': { fi: 'Otsake:', sv: 'Huvud:', en: 'Header:' },
  'docs.required': { fi: 'pakollinen', sv: 'obligatorisk', en: 'required' },
  'docs.optional': { fi: 'valinnainen', sv: 'valfri', en: 'optional' },
  'docs.body': { fi: 'Sisältö:', sv: 'Innehåll:', en: 'Body:' },
  'docs.type': { fi: 'Tyyppi:', sv: 'Typ:', en: 'Type:' },

  // Schemas
  'docs.schemas': { fi: 'Tietorakenteet', sv: 'Datastrukturer', en: 'Schemas' },
  'docs.schemas.intro': {
    fi: 'Rakenteet, joihin toiminnot viittaavat. Sisäkkäisten kenttien nimet on kirjoitettu pisteellä (osoite.street) ja luetteloiden alkioiden kentät hakasulkein (merkinnat[].merkinta_pvm).',
    sv: 'Strukturerna som funktionerna hänvisar till. Inre fält skrivs med punkt (osoite.street) och fälten i listors element med hakparenteser (merkinnat[].merkinta_pvm).',
    en: 'The structures the operations refer to. Nested fields are written with a dot (osoite.street), and the fields of list entries with brackets (merkinnat[].merkinta_pvm).',
  },

  // Describing types
  'docs.type.array-of': { fi: 'luettelo, alkiot: ', sv: 'lista med element: ', en: 'array of ' },
  'docs.type.map-of': { fi: 'avain–arvo-parit, arvot: ', sv: 'nyckel–värde-par med värden: ', en: 'map of names to ' },
  'docs.type.or': { fi: ' tai ', sv: ' eller ', en: ' or ' },
  'docs.type.one-of': { fi: 'jokin arvoista {values}', sv: 'ett av värdena {values}', en: 'one of {values}' },
  'docs.type.const': { fi: 'aina {value}', sv: 'alltid {value}', en: 'always {value}' },
  'docs.type.any': { fi: 'mikä tahansa arvo', sv: 'vilket värde som helst', en: 'any value' },
  'docs.type.range': { fi: '{min}–{max}', sv: '{min}–{max}', en: '{min}–{max}' },
  'docs.type.length': { fi: 'pituus {min}–{max}', sv: 'längd {min}–{max}', en: 'length {min}–{max}' },
  'docs.type.items': { fi: 'alkioita {min}–{max}', sv: '{min}–{max} element', en: '{min}–{max} entries' },
  'docs.type.min': { fi: 'vähintään {n}', sv: 'minst {n}', en: 'at least {n}' },
  'docs.type.max': { fi: 'enintään {n}', sv: 'högst {n}', en: 'at most {n}' },
  'docs.type.min-length': { fi: 'pituus vähintään {n}', sv: 'längd minst {n}', en: 'length at least {n}' },
  'docs.type.max-length': { fi: 'pituus enintään {n}', sv: 'längd högst {n}', en: 'length at most {n}' },
  'docs.type.min-items': { fi: 'alkioita vähintään {n}', sv: 'minst {n} element', en: 'entries at least {n}' },
  'docs.type.max-items': { fi: 'alkioita enintään {n}', sv: 'högst {n} element', en: 'entries at most {n}' },
  'docs.type.unique': { fi: 'ei toistoja', sv: 'inga dubbletter', en: 'no duplicates' },
  'docs.type.default': { fi: 'oletus {value}', sv: 'standard {value}', en: 'default {value}' },
  'docs.type.see': { fi: 'ks. {name}', sv: 'se {name}', en: 'see {name}' },
  'docs.type.format': { fi: 'muoto {format}', sv: 'format {format}', en: 'format {format}' },
};
