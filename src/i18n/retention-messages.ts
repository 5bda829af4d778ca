/** Messages of durable timers, retention enforcement and legal holds: API problems and staff-page texts, in fi, sv and en. */
import type { Catalogue } from './catalogue.js';

/** Problem texts (`api.*` keys), included in the API catalogue. */
export const RETENTION_API_MESSAGES: Catalogue = {
  'api.hold-reason-invalid': {
    fi: 'Kirjoita pidon syy yhdelle riville (1–{max} merkkiä).',
    sv: 'Skriv orsaken till spärren på en rad (1–{max} tecken).',
    en: 'Write the reason for the hold on one line (1–{max} characters).',
  },
  'api.hold-not-found': {
    fi: 'Tietueella ei ole voimassa olevaa pitoa "{id}".',
    sv: 'Posten har ingen gällande spärr "{id}".',
    en: 'The record has no hold "{id}" in force.',
  },
  'api.record-on-legal-hold': {
    fi: 'Tietuetta ei voi poistaa, koska sillä on oikeudellinen pito: {reason}',
    sv: 'Posten kan inte raderas eftersom den har en rättslig spärr: {reason}',
    en: 'The record cannot be deleted because it is on legal hold: {reason}',
  },
  'api.bad-job-view': {
    fi: 'Tuntematon ajastettujen tehtävien näkymä "{view}". Näkymät: {views}.',
    sv: 'Okänd vy av schemalagda uppgifter "{view}". Vyer: {views}.',
    en: 'Unknown view of scheduled jobs "{view}". The views: {views}.',
  },
  'api.bad-job-id': {
    fi: 'Tehtävän tunnisteen on oltava positiivinen kokonaisluku.',
    sv: 'Uppgiftens identifierare måste vara ett positivt heltal.',
    en: 'A job id must be a positive whole number.',
  },
  'api.bad-hold-id': {
    fi: 'Pidon tunnisteen on oltava positiivinen kokonaisluku.',
    sv: 'Spärrens identifierare måste vara ett positivt heltal.',
    en: 'A hold id must be a positive whole number.',
  },
  'api.job-not-found': {
    fi: 'Tässä rekisterissä ei ole ajastettua tehtävää "{id}".',
    sv: 'Det finns ingen schemalagd uppgift "{id}" i detta register.',
    en: 'There is no scheduled job "{id}" in this registry.',
  },
  'api.job-not-in-review': {
    fi: 'Tehtävä {id} ei odota tarkistusta: se on jo tarkistettu tai sitä ei enää tarvita.',
    sv: 'Uppgift {id} väntar inte på granskning: den är redan granskad eller behövs inte längre.',
    en: 'Job {id} is not waiting for review: it was reviewed already or is no longer needed.',
  },
};

/** Staff-page texts (`ui.*` keys), included in the staff pages' catalogue. */
export const RETENTION_UI_MESSAGES: Catalogue = {
  // The record page's "Säilytys" section.
  'ui.retention.title': { fi: 'Säilytys', sv: 'Lagring', en: 'Retention' },
  'ui.retention.jobs': { fi: 'Tulevat ajastetut tehtävät', sv: 'Kommande schemalagda uppgifter', en: 'Upcoming scheduled jobs' },
  'ui.retention.jobs-caption': {
    fi: 'Mitä tietueelle tapahtuu ja milloin',
    sv: 'Vad som händer med posten och när',
    en: 'What will happen to the record, and when',
  },
  'ui.retention.no-jobs': { fi: 'Tietueelle ei ole ajastettu mitään.', sv: 'Inget är schemalagt för posten.', en: 'Nothing is scheduled for the record.' },
  'ui.retention.when': { fi: 'Milloin', sv: 'När', en: 'When' },
  'ui.retention.rule': { fi: 'Sääntö', sv: 'Regel', en: 'Rule' },
  'ui.retention.what': { fi: 'Mitä tapahtuu', sv: 'Vad som händer', en: 'What happens' },
  'ui.retention.status': { fi: 'Tilanne', sv: 'Läge', en: 'Status' },
  'ui.retention.record': { fi: 'Tietue', sv: 'Post', en: 'Record' },
  'ui.retention.action.transition': { fi: 'Tilasiirto: {transition}', sv: 'Övergång: {transition}', en: 'Transition: {transition}' },
  'ui.retention.action.review': { fi: 'Tarkistus', sv: 'Granskning', en: 'Review' },
  'ui.retention.action.delete': { fi: 'Tietojen poisto', sv: 'Radering av uppgifterna', en: 'Deletion of the data' },
  'ui.retention.action.anonymize': { fi: 'Tietojen anonymisointi', sv: 'Anonymisering av uppgifterna', en: 'Anonymization of the data' },
  'ui.retention.action.unknown': { fi: 'Sääntöä ei enää ole', sv: 'Regeln finns inte längre', en: 'The rule no longer exists' },
  'ui.retention.kind.timer': { fi: 'Ajastin "{id}"', sv: 'Timer "{id}"', en: 'Timer "{id}"' },
  'ui.retention.kind.retention': { fi: 'Säilytyssääntö "{id}"', sv: 'Lagringsregel "{id}"', en: 'Retention rule "{id}"' },
  'ui.retention.status.pending': { fi: 'Odottaa', sv: 'Väntar', en: 'Waiting' },
  'ui.retention.status.due': { fi: 'Erääntynyt, suoritetaan seuraavassa ajossa', sv: 'Förfallen, körs vid nästa körning', en: 'Due, runs at the next run' },
  'ui.retention.status.running': { fi: 'Käynnissä', sv: 'Pågår', en: 'Running' },
  'ui.retention.status.failed': {
    fi: 'Epäonnistui {attempts} kertaa, yritetään uudelleen {retry}',
    sv: 'Misslyckades {attempts} gånger, försöker igen {retry}',
    en: 'Failed {attempts} times, tried again {retry}',
  },
  'ui.retention.status.blocked': { fi: 'Estetty', sv: 'Spärrad', en: 'Blocked' },
  'ui.retention.status.review': { fi: 'Odottaa tarkistusta', sv: 'Väntar på granskning', en: 'Waiting for review' },
  'ui.retention.status.done': { fi: 'Tehty', sv: 'Utförd', en: 'Done' },
  'ui.retention.status.cancelled': { fi: 'Peruttu', sv: 'Avbruten', en: 'Cancelled' },
  'ui.retention.blocked-by.legal-hold': { fi: 'Oikeudellinen pito: {detail}', sv: 'Rättslig spärr: {detail}', en: 'Legal hold: {detail}' },
  'ui.retention.blocked-by.restriction': { fi: 'Käsittelyn rajoitus: {detail}', sv: 'Begränsning av behandlingen: {detail}', en: 'Restriction of processing: {detail}' },
  'ui.retention.mark-reviewed': { fi: 'Merkitse tarkistetuksi', sv: 'Markera som granskad', en: 'Mark as reviewed' },
  'ui.retention.reviewed': { fi: 'Tehtävä merkittiin tarkistetuksi.', sv: 'Uppgiften markerades som granskad.', en: 'The job was marked as reviewed.' },
  // Legal holds.
  'ui.hold.title': { fi: 'Oikeudellinen pito', sv: 'Rättslig spärr', en: 'Legal hold' },
  'ui.hold.explain': {
    fi: 'Pito estää tietueen poistamisen, myös säilytysajan päättyessä, kunnes pito vapautetaan.',
    sv: 'En spärr hindrar att posten raderas, även när lagringstiden löper ut, tills spärren hävs.',
    en: 'A hold stops the record from being deleted, also when its retention period ends, until the hold is released.',
  },
  'ui.hold.none': { fi: 'Tietueella ei ole pitoja.', sv: 'Posten har inga spärrar.', en: 'The record has no holds.' },
  'ui.hold.active': {
    fi: 'Voimassa {placed} alkaen (asettanut {by})',
    sv: 'Gäller från {placed} (satt av {by})',
    en: 'In force since {placed} (placed by {by})',
  },
  'ui.hold.ended': {
    fi: '{placed} – {ended} (asettanut {by}, vapauttanut {endedBy})',
    sv: '{placed} – {ended} (satt av {by}, hävd av {endedBy})',
    en: '{placed} – {ended} (placed by {by}, released by {endedBy})',
  },
  'ui.hold.reason': { fi: 'Pidon syy', sv: 'Orsak till spärren', en: 'Reason for the hold' },
  'ui.hold.reason-hint': {
    fi: 'Esimerkiksi vireillä oleva oikeudenkäynti tai kantelu. Yksi rivi, enintään 500 merkkiä.',
    sv: 'Till exempel en pågående rättegång eller ett klagomål. En rad, högst 500 tecken.',
    en: 'For example a pending court case or complaint. One line, at most 500 characters.',
  },
  'ui.hold.place': { fi: 'Aseta pito', sv: 'Sätt spärr', en: 'Place hold' },
  'ui.hold.release': { fi: 'Vapauta pito', sv: 'Häv spärren', en: 'Release hold' },
  'ui.hold.placed': { fi: 'Oikeudellinen pito asetettiin.', sv: 'Den rättsliga spärren sattes.', en: 'The legal hold was placed.' },
  'ui.hold.released': { fi: 'Oikeudellinen pito vapautettiin.', sv: 'Den rättsliga spärren hävdes.', en: 'The legal hold was released.' },
  'ui.hold.error-title': { fi: 'Pitoa ei voitu asettaa', sv: 'Spärren kunde inte sättas', en: 'The hold could not be placed' },
  // The admins' page of a registry's jobs.
  'ui.jobs.title': { fi: 'Ajastetut tehtävät', sv: 'Schemalagda uppgifter', en: 'Scheduled jobs' },
  'ui.jobs.link': { fi: 'Ajastetut tehtävät', sv: 'Schemalagda uppgifter', en: 'Scheduled jobs' },
  'ui.jobs.intro': {
    fi: 'Ajastimet ja säilytyssäännöt ajetaan automaattisesti. Tässä näkyvät erääntyneet tehtävät, epäonnistuneet virheineen, estetyt syineen ja tarkistusta odottavat.',
    sv: 'Timrar och lagringsregler körs automatiskt. Här visas förfallna uppgifter, misslyckade med sina fel, spärrade med sina orsaker och de som väntar på granskning.',
    en: 'Timers and retention rules run on their own. Here are the jobs that are due, failed ones with their error, blocked ones with the reason, and those waiting for review.',
  },
  'ui.jobs.view.due': { fi: 'Erääntyneet ({count})', sv: 'Förfallna ({count})', en: 'Due ({count})' },
  'ui.jobs.view.upcoming': { fi: 'Tulevat ({count})', sv: 'Kommande ({count})', en: 'Upcoming ({count})' },
  'ui.jobs.view.failed': { fi: 'Epäonnistuneet ({count})', sv: 'Misslyckade ({count})', en: 'Failed ({count})' },
  'ui.jobs.view.blocked': { fi: 'Estetyt ({count})', sv: 'Spärrade ({count})', en: 'Blocked ({count})' },
  'ui.jobs.view.review': { fi: 'Odottaa tarkistusta ({count})', sv: 'Väntar på granskning ({count})', en: 'Waiting for review ({count})' },
  'ui.jobs.view.done': { fi: 'Tehdyt ({count})', sv: 'Utförda ({count})', en: 'Done ({count})' },
  'ui.jobs.view.cancelled': { fi: 'Perutut ({count})', sv: 'Avbrutna ({count})', en: 'Cancelled ({count})' },
  'ui.jobs.views': { fi: 'Näkymät', sv: 'Vyer', en: 'Views' },
  'ui.jobs.caption': { fi: '{view}: {registry}', sv: '{view}: {registry}', en: '{view}: {registry}' },
  'ui.jobs.empty': { fi: 'Ei tehtäviä tässä näkymässä.', sv: 'Inga uppgifter i denna vy.', en: 'No jobs in this view.' },
  'ui.jobs.error': { fi: 'Virhe', sv: 'Fel', en: 'Error' },
  'ui.jobs.attempts': { fi: 'Yrityksiä', sv: 'Försök', en: 'Attempts' },
  'ui.jobs.next-attempt': { fi: 'Seuraava yritys {when}', sv: 'Nästa försök {when}', en: 'Next attempt {when}' },
  'ui.jobs.outcome': { fi: 'Lopputulos', sv: 'Utfall', en: 'Outcome' },
  'ui.jobs.open-record': { fi: 'Avaa tietue {id}', sv: 'Öppna posten {id}', en: 'Open record {id}' },
  // Outcome codes of jobs, as people read them.
  'ui.jobs.outcome.transitioned': { fi: 'Tilasiirto tehty', sv: 'Övergången gjord', en: 'Transition taken' },
  'ui.jobs.outcome.erased': { fi: 'Tiedot poistettu', sv: 'Uppgifterna raderade', en: 'Data deleted' },
  'ui.jobs.outcome.anonymized': { fi: 'Tiedot anonymisoitu', sv: 'Uppgifterna anonymiserade', en: 'Data anonymized' },
  'ui.jobs.outcome.reviewed': { fi: 'Tarkistettu', sv: 'Granskad', en: 'Reviewed' },
  'ui.jobs.outcome.review-due': { fi: 'Odottaa tarkistusta', sv: 'Väntar på granskning', en: 'Waiting for review' },
  'ui.jobs.outcome.record-deleted': { fi: 'Tietue oli jo poistettu', sv: 'Posten var redan raderad', en: 'The record had been deleted' },
  'ui.jobs.outcome.left-state': { fi: 'Tietue ei ole enää tilassa, jota sääntö koskee', sv: 'Posten är inte längre i det tillstånd regeln gäller', en: 'The record left the state the rule is for' },
  'ui.jobs.outcome.field-empty': { fi: 'Päivämäärä, josta aika lasketaan, puuttuu', sv: 'Datumet som tiden räknas från saknas', en: 'The date the time counts from is missing' },
  'ui.jobs.outcome.rule-removed': { fi: 'Sääntö poistettiin rekisterin kuvauksesta', sv: 'Regeln togs bort ur registrets beskrivning', en: 'The rule was removed from the definition' },
  'ui.jobs.outcome.rescheduled': { fi: 'Siirretty uuteen ajankohtaan', sv: 'Flyttad till en ny tidpunkt', en: 'Moved to a new time' },
  'ui.jobs.outcome.legal-hold': { fi: 'Oikeudellinen pito', sv: 'Rättslig spärr', en: 'Legal hold' },
  'ui.jobs.outcome.restriction': { fi: 'Käsittelyn rajoitus', sv: 'Begränsning av behandlingen', en: 'Restriction of processing' },
};

/** Output of `seloste tick` and `seloste retention`. */
export const RETENTION_CLI_MESSAGES: Catalogue = {
  'tick.summary': {
    fi: 'Ajastetut tehtävät ajettu: {ran} tehty, {review} odottaa tarkistusta, {failed} epäonnistui, {blocked} estetty, {cancelled} peruttu.',
    sv: 'Schemalagda uppgifter körda: {ran} utförda, {review} väntar på granskning, {failed} misslyckades, {blocked} spärrade, {cancelled} avbrutna.',
    en: 'Scheduled jobs run: {ran} done, {review} waiting for review, {failed} failed, {blocked} blocked, {cancelled} cancelled.',
  },
  'tick.failed': {
    fi: 'Epäonnistui: {registry} tietue {record} ({rule}): {message}',
    sv: 'Misslyckades: {registry} post {record} ({rule}): {message}',
    en: 'Failed: {registry} record {record} ({rule}): {message}',
  },
  'tick.blocked': {
    fi: 'Estetty: {registry} tietue {record} ({rule}): {message}',
    sv: 'Spärrad: {registry} post {record} ({rule}): {message}',
    en: 'Blocked: {registry} record {record} ({rule}): {message}',
  },
  'tick.run-failed': {
    fi: 'Ajastettuja tehtäviä ei voitu ajaa: {reason}. Yritetään uudelleen minuutin kuluttua.',
    sv: 'Schemalagda uppgifter kunde inte köras: {reason}. Nytt försök om en minut.',
    en: 'Scheduled jobs could not be run: {reason}. Trying again in a minute.',
  },
  'retention.heading': { fi: '{registry}', sv: '{registry}', en: '{registry}' },
  'retention.nothing': {
    fi: 'Mitään ei ole erääntynyt {until} mennessä.',
    sv: 'Inget förfaller till {until}.',
    en: 'Nothing is due by {until}.',
  },
  'retention.registry-nothing': { fi: '  ei erääntyviä tehtäviä', sv: '  inga förfallande uppgifter', en: '  nothing due' },
  'retention.finnish-time': { fi: '(Suomen aikaa)', sv: '(finsk tid)', en: '(Finnish time)' },
  'retention.line': {
    fi: '  {due}  {rule}  {what}  tietue {record}{status}',
    sv: '  {due}  {rule}  {what}  post {record}{status}',
    en: '  {due}  {rule}  {what}  record {record}{status}',
  },
  'retention.what.transition': { fi: 'tilasiirto {transition}', sv: 'övergång {transition}', en: 'transition {transition}' },
  'retention.what.review': { fi: 'tarkistus', sv: 'granskning', en: 'review' },
  'retention.what.delete': { fi: 'poisto', sv: 'radering', en: 'delete' },
  'retention.what.anonymize': { fi: 'anonymisointi', sv: 'anonymisering', en: 'anonymize' },
  'retention.status.blocked': { fi: ' – ESTETTY: {detail}', sv: ' – SPÄRRAD: {detail}', en: ' – BLOCKED: {detail}' },
  'retention.status.failed': { fi: ' – EPÄONNISTUNUT ({attempts} kertaa): {detail}', sv: ' – MISSLYCKAD ({attempts} gånger): {detail}', en: ' – FAILED ({attempts} times): {detail}' },
  'retention.status.review': { fi: ' – odottaa tarkistusta', sv: ' – väntar på granskning', en: ' – waiting for review' },
  'retention.total': {
    fi: 'Erääntyy {until} mennessä: {count} tehtävää, joista {blocked} estetty. Ajamatta (--dry-run).',
    sv: 'Förfaller till {until}: {count} uppgifter, varav {blocked} spärrade. Inte körda (--dry-run).',
    en: 'Due by {until}: {count} jobs, {blocked} of them blocked. Not run (--dry-run).',
  },
  'retention.no-database': {
    fi: 'Tietokantaa {path} ei ole. Anna olemassa oleva tietokanta: --db TIEDOSTO (tai SELOSTE_DB).',
    sv: 'Databasen {path} finns inte. Ange en befintlig databas: --db FIL (eller SELOSTE_DB).',
    en: 'There is no database {path}. Give an existing database: --db FILE (or SELOSTE_DB).',
  },
  'retention.bad-until': {
    fi: '--until: "{value}" ei ole päivämäärä (VVVV-KK-PP).',
    sv: '--until: "{value}" är inte ett datum (ÅÅÅÅ-MM-DD).',
    en: '--until: "{value}" is not a date (YYYY-MM-DD).',
  },
};
