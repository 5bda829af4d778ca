/** Messages of the records API (problem+json `title` and `detail`), in fi, sv and en. */
import type { Catalogue } from './catalogue.js';
import { CONSENT_API_MESSAGES } from './consent-messages.js';
import { LIFECYCLE_API_MESSAGES } from './lifecycle-messages.js';
import { REPORT_API_MESSAGES } from './report-messages.js';
import { REQUEST_API_MESSAGES } from './request-messages.js';
import { RETENTION_API_MESSAGES } from './retention-messages.js';

export const API_MESSAGES: Catalogue = {
  'api.title.bad-request': { fi: 'Virheellinen pyyntö', sv: 'Felaktig begäran', en: 'Bad request' },
  'api.title.unauthenticated': { fi: 'Kirjautuminen vaaditaan', sv: 'Inloggning krävs', en: 'Authentication required' },
  'api.title.forbidden': { fi: 'Ei käyttöoikeutta', sv: 'Ingen behörighet', en: 'Forbidden' },
  'api.title.not-found': { fi: 'Ei löytynyt', sv: 'Hittades inte', en: 'Not found' },
  'api.title.conflict': { fi: 'Ristiriita', sv: 'Konflikt', en: 'Conflict' },
  'api.title.precondition-failed': { fi: 'Tietue on muuttunut', sv: 'Posten har ändrats', en: 'Precondition failed' },
  'api.title.invalid': { fi: 'Tiedoissa on virheitä', sv: 'Uppgifterna innehåller fel', en: 'The data has errors' },
  'api.title.payload-too-large': { fi: 'Pyyntö on liian suuri', sv: 'Begäran är för stor', en: 'Request too large' },
  'api.title.unsupported-media-type': { fi: 'Väärä sisältötyyppi', sv: 'Fel innehållstyp', en: 'Unsupported media type' },
  'api.title.internal': { fi: 'Sisäinen virhe', sv: 'Internt fel', en: 'Internal error' },
  'api.unauthenticated': {
    fi: 'Kirjaudu sisään (POST /api/login) tai käytä API-avainta (Authorization: Bearer).',
    sv: 'Logga in (POST /api/login) eller använd en API-nyckel (Authorization: Bearer).',
    en: 'Log in (POST /api/login) or use an API token (Authorization: Bearer).',
  },
  'api.registry-not-found': { fi: 'Rekisteriä "{id}" ei ole.', sv: 'Registret "{id}" finns inte.', en: 'There is no registry "{id}".' },
  'api.record-not-found': { fi: 'Tietuetta "{id}" ei ole tässä rekisterissä.', sv: 'Posten "{id}" finns inte i detta register.', en: 'There is no record "{id}" in this registry.' },
  'api.not-found': { fi: 'Osoitteessa ei ole rajapintaa.', sv: 'Det finns inget gränssnitt på adressen.', en: 'There is nothing at this address.' },
  'api.forbidden-registry': {
    fi: 'Sinulla ei ole roolia rekisterissä "{registry}".',
    sv: 'Du har ingen roll i registret "{registry}".',
    en: 'You hold no role in registry "{registry}".',
  },
  'api.forbidden-action': {
    fi: 'Roolisi rekisterissä "{registry}" ei salli tätä toimintoa.',
    sv: 'Din roll i registret "{registry}" tillåter inte denna åtgärd.',
    en: 'Your role in registry "{registry}" does not allow this.',
  },
  'api.forbidden-fields': {
    fi: 'Roolisi ei salli näiden tietojen muuttamista: {fields}.',
    sv: 'Din roll tillåter inte att dessa uppgifter ändras: {fields}.',
    en: 'Your role may not change these fields: {fields}.',
  },
  'api.forbidden-lookup': {
    fi: 'Roolisi ei salli henkilön hakua henkilötunnuksella missään rekisterissä.',
    sv: 'Din roll tillåter inte sökning av en person med personbeteckning i något register.',
    en: 'Your roles allow looking up a person by identity code in no registry.',
  },
  'api.body-not-object': {
    fi: 'Pyynnön rungon pitää olla JSON-objekti, jonka avaimet ovat kenttien tunnisteita.',
    sv: 'Begärans innehåll ska vara ett JSON-objekt med fältens id som nycklar.',
    en: 'The request body must be a JSON object keyed by field id.',
  },
  'api.malformed-json': {
    fi: 'Pyynnön runko ei ole kelvollista JSONia: {detail}',
    sv: 'Begärans innehåll är inte giltig JSON: {detail}',
    en: 'The request body is not valid JSON: {detail}',
  },
  'api.wrong-content-type': {
    fi: 'Lähetä runko sisältötyypillä application/json (saatiin "{type}").',
    sv: 'Skicka innehållet med innehållstypen application/json (fick "{type}").',
    en: 'Send the body as application/json (got "{type}").',
  },
  'api.body-too-large': {
    fi: 'Pyynnön runko on yli {max} tavua.',
    sv: 'Begärans innehåll är över {max} byte.',
    en: 'The request body is larger than {max} bytes.',
  },
  'api.invalid-record': {
    fi: 'Tietueessa on {count} virhettä; katso errors.',
    sv: 'Posten har {count} fel; se errors.',
    en: 'The record has {count} error(s); see errors.',
  },
  'api.version-mismatch': {
    fi: 'Tietue on muuttunut: pyysit versiota {expected}, nykyinen on {current}. Hae tietue uudelleen.',
    sv: 'Posten har ändrats: du begärde version {expected}, den nuvarande är {current}. Hämta posten på nytt.',
    en: 'The record changed: you asked for version {expected}, the current one is {current}. Fetch it again.',
  },
  'api.bad-if-match': {
    fi: 'If-Match-otsakkeen pitää olla tietueen versio lainausmerkeissä, esim. "3".',
    sv: 'If-Match ska vara postens version inom citattecken, t.ex. "3".',
    en: 'If-Match must be the record version in quotes, e.g. "3".',
  },
  'api.concurrent-update': {
    fi: 'Joku muu muutti tietuetta samaan aikaan. Hae se uudelleen ja tee muutos uudestaan.',
    sv: 'Någon annan ändrade posten samtidigt. Hämta den på nytt och gör ändringen igen.',
    en: 'Someone else changed the record at the same time. Fetch it again and redo the change.',
  },
  'api.idempotency-key-reused': {
    fi: 'Idempotency-Key on jo käytetty toiseen pyyntöön, jonka sisältö oli eri.',
    sv: 'Idempotency-Key har redan använts för en annan begäran med annat innehåll.',
    en: 'This Idempotency-Key was already used for a request with a different body.',
  },
  'api.idempotent-record-gone': {
    fi: 'Tällä Idempotency-Key-avaimella luotu tietue {id} on sittemmin poistettu.',
    sv: 'Posten {id} som skapades med denna Idempotency-Key har sedan raderats.',
    en: 'The record {id} created with this Idempotency-Key has since been deleted.',
  },
  'api.bad-idempotency-key': {
    fi: 'Idempotency-Key saa olla 1–200 näkyvää ASCII-merkkiä.',
    sv: 'Idempotency-Key ska vara 1–200 synliga ASCII-tecken.',
    en: 'Idempotency-Key must be 1–200 visible ASCII characters.',
  },
  'api.bad-limit': { fi: 'limit on kokonaisluku 1–{max}.', sv: 'limit är ett heltal 1–{max}.', en: 'limit must be a whole number from 1 to {max}.' },
  'api.bad-offset': { fi: 'offset on kokonaisluku, vähintään 0.', sv: 'offset är ett heltal, minst 0.', en: 'offset must be a whole number, 0 or more.' },
  'api.bad-sort': {
    fi: 'Kentällä "{field}" ei voi lajitella (tuntematon, et voi lukea sitä tai se ei ole yksittäinen arvo).',
    sv: 'Det går inte att sortera på fältet "{field}" (okänt, du får inte läsa det eller det är inte ett enkelt värde).',
    en: 'Cannot sort by "{field}" (unknown, not readable for you, or not a single value).',
  },
  'api.bad-filter': {
    fi: 'Kentällä "{field}" ei voi rajata (tuntematon, et voi lukea sitä tai se ei ole yksittäinen arvo).',
    sv: 'Det går inte att filtrera på fältet "{field}" (okänt, du får inte läsa det eller det är inte ett enkelt värde).',
    en: 'Cannot filter by "{field}" (unknown, not readable for you, or not a single value).',
  },
  'api.bad-filter-value': {
    fi: 'Rajauksen arvo "{value}" ei sovi kenttään "{field}".',
    sv: 'Filtervärdet "{value}" passar inte fältet "{field}".',
    en: 'The filter value "{value}" does not fit field "{field}".',
  },
  'api.bad-query': {
    fi: 'Tuntematon kyselyparametri "{name}". Sallitut: limit, offset, sort, q, state, filter[kenttä].',
    sv: 'Okänd frågeparameter "{name}". Tillåtna: limit, offset, sort, q, state, filter[fält].',
    en: 'Unknown query parameter "{name}". Allowed: limit, offset, sort, q, state, filter[field].',
  },
  'api.bad-number': { fi: '{name} pitää olla kokonaisluku.', sv: '{name} ska vara ett heltal.', en: '{name} must be a whole number.' },
  'api.bad-state': { fi: 'Tuntematon tila "{state}".', sv: 'Okänt tillstånd "{state}".', en: 'Unknown state "{state}".' },
  'api.bad-search': { fi: 'Hakuteksti saa olla enintään 200 merkkiä.', sv: 'Söktexten får vara högst 200 tecken.', en: 'The search text may be at most 200 characters.' },
  'api.bad-identity-code': {
    fi: 'personal_identity_code ei ole kelvollinen henkilötunnus.',
    sv: 'personal_identity_code är inte en giltig personbeteckning.',
    en: 'personal_identity_code is not a valid personal identity code.',
  },
  'api.audit-needs-registry': {
    fi: 'Anna rekisteri: ?registry=tunniste.',
    sv: 'Ange registret: ?registry=id.',
    en: 'Name the registry: ?registry=id.',
  },
  'api.internal': {
    fi: 'Palvelimella tapahtui virhe. Mitään ei tallennettu osittain; yritä uudelleen tai ota yhteys ylläpitoon.',
    sv: 'Ett fel inträffade på servern. Inget sparades delvis; försök igen eller kontakta administratören.',
    en: 'The server failed. Nothing was stored partially; try again or contact the administrator.',
  },
  // The report operations' problems (their own catalogue, included here for the problem mapping).
  ...REPORT_API_MESSAGES,
  // The workflows' problems, each from its own catalogue.
  ...LIFECYCLE_API_MESSAGES,
  ...RETENTION_API_MESSAGES,
  ...CONSENT_API_MESSAGES,
  ...REQUEST_API_MESSAGES,
};
