/** Messages of lifecycle transitions: API problems and staff-page texts, in fi, sv and en. */
import type { Catalogue } from './catalogue.js';

/** Problem texts (`api.*` keys), included in the API catalogue. */
export const LIFECYCLE_API_MESSAGES: Catalogue = {
  'api.no-lifecycle': {
    fi: 'Rekisterin "{registry}" tietueilla ei ole tiloja eikä tilasiirtoja.',
    sv: 'Posterna i registret "{registry}" har inga tillstånd eller tillståndsövergångar.',
    en: 'Records of the registry "{registry}" have no lifecycle states or transitions.',
  },
  'api.unknown-transition': {
    fi: 'Tilasiirtoa "{transition}" ei ole. Rekisterin "{registry}" tilasiirrot: {known}.',
    sv: 'Det finns ingen tillståndsövergång "{transition}". Registrets "{registry}" övergångar: {known}.',
    en: 'There is no transition "{transition}". The transitions of the registry "{registry}": {known}.',
  },
  'api.transition-wrong-state': {
    fi: 'Tilasiirtoa "{transition}" ei voi tehdä, kun tila on "{state}". Sen voi tehdä vain tilasta: {from}.',
    sv: 'Övergången "{transition}" kan inte göras i tillståndet "{state}". Den kan göras endast från: {from}.',
    en: 'The transition "{transition}" cannot be taken in the state "{state}". It can be taken only from: {from}.',
  },
  'api.transition-role-may-not': {
    fi: 'Roolisi ei salli tilasiirtoa "{transition}". Sen voi tehdä: {roles}.',
    sv: 'Din roll tillåter inte övergången "{transition}". Den kan göras av: {roles}.',
    en: 'Your role does not allow the transition "{transition}". It can be taken by: {roles}.',
  },
  'api.transition-timer-only': {
    fi: 'Tilasiirron "{transition}" tekee vain ajastin, kun määräaika täyttyy; sitä ei voi tehdä käsin.',
    sv: 'Övergången "{transition}" görs endast av en timer när tidsfristen löper ut; den kan inte göras för hand.',
    en: 'The transition "{transition}" is taken only by a timer when its time is up; it cannot be taken by hand.',
  },
  'api.transition-timer-mismatch': {
    fi: 'Ajastin "{timer}" ei tee tilasiirtoa "{transition}".',
    sv: 'Timern "{timer}" gör inte övergången "{transition}".',
    en: 'The timer "{timer}" does not take the transition "{transition}".',
  },
  'api.transition-timer-stale': {
    fi: 'Ajastin "{timer}" koskee tilaa "{timerState}", mutta tietueen tila on nyt "{state}".',
    sv: 'Timern "{timer}" gäller tillståndet "{timerState}", men postens tillstånd är nu "{state}".',
    en: 'The timer "{timer}" is for the state "{timerState}", but the record is now in the state "{state}".',
  },
  'api.transition-refused': {
    fi: 'Tilasiirtoa "{transition}" ei voi tehdä. {reason}',
    sv: 'Övergången "{transition}" kan inte göras. {reason}',
    en: 'The transition "{transition}" cannot be taken. {reason}',
  },
  // Why a transition offered to the caller cannot be taken now (shown next to it, and the reason of a refusal).
  'api.transition-blocked.restricted': {
    fi: 'Tietueen käsittely on rajoitettu (EU:n yleinen tietosuoja-asetus, 18 artikla).',
    sv: 'Behandlingen av posten är begränsad (EU:s allmänna dataskyddsförordning, artikel 18).',
    en: 'Processing of the record is restricted (GDPR Article 18).',
  },
  'api.transition-blocked.fields': { fi: 'Puuttuu: {fields}.', sv: 'Saknas: {fields}.', en: 'Missing: {fields}.' },
  'api.transition-blocked.dates': {
    fi: 'Päivämäärän pitää olla tämän päivän jälkeen: {fields}.',
    sv: 'Datumet måste vara senare än i dag: {fields}.',
    en: 'Must be a date after today: {fields}.',
  },
  'api.transition-blocked.consent': {
    fi: 'Suostumusta ei ole kirjattu: {consent}.',
    sv: 'Samtycket har inte registrerats: {consent}.',
    en: 'Consent not on file: {consent}.',
  },
  'api.transition-field-missing': { fi: '{label} puuttuu.', sv: '{label} saknas.', en: '{label} is missing.' },
  'api.transition-date-not-future': {
    fi: '{label}: päivämäärän pitää olla tämän päivän jälkeen.',
    sv: '{label}: datumet måste vara senare än i dag.',
    en: '{label}: must be a date after today.',
  },
};

/** Staff-page texts (`ui.*` keys), included in the staff pages' catalogue. */
export const LIFECYCLE_UI_MESSAGES: Catalogue = {
  'ui.lifecycle.title': { fi: 'Tila', sv: 'Tillstånd', en: 'State' },
  'ui.lifecycle.current': { fi: 'Nykyinen tila', sv: 'Nuvarande tillstånd', en: 'Current state' },
  'ui.lifecycle.since': { fi: 'alkaen {date}', sv: 'sedan {date}', en: 'since {date}' },
  'ui.lifecycle.final': {
    fi: 'Tämä on päättävä tila: tilasta ei siirrytä muualle.',
    sv: 'Detta är ett sluttillstånd: inga övergångar leder härifrån.',
    en: 'This is a final state: no transition leads out of it.',
  },
  'ui.lifecycle.actions': { fi: 'Tilan muuttaminen', sv: 'Ändra tillståndet', en: 'Change the state' },
  'ui.lifecycle.none': {
    fi: 'Roolisi ei voi muuttaa tietueen tilaa nyt.',
    sv: 'Din roll kan inte ändra postens tillstånd nu.',
    en: 'Your role cannot change the record\'s state now.',
  },
  'ui.lifecycle.to': { fi: 'Uusi tila: {state}', sv: 'Nytt tillstånd: {state}', en: 'New state: {state}' },
  'ui.lifecycle.blocked': { fi: 'Ei voi tehdä vielä', sv: 'Kan inte göras ännu', en: 'Not possible yet' },
  'ui.lifecycle.history': { fi: 'Tilahistoria', sv: 'Tillståndshistorik', en: 'State history' },
  'ui.lifecycle.history-caption': {
    fi: 'Tilat, joissa tietue on ollut, vanhimmasta uusimpaan',
    sv: 'Tillstånd som posten har haft, från det äldsta till det nyaste',
    en: 'The states the record has been in, oldest first',
  },
  'ui.lifecycle.when': { fi: 'Alkaen', sv: 'Sedan', en: 'Since' },
  'ui.lifecycle.state': { fi: 'Tila', sv: 'Tillstånd', en: 'State' },
  'ui.lifecycle.how': { fi: 'Miten', sv: 'Hur', en: 'How' },
  'ui.lifecycle.who': { fi: 'Kuka', sv: 'Vem', en: 'Who' },
  'ui.lifecycle.created': { fi: 'Tietue luotiin', sv: 'Posten skapades', en: 'Record created' },
  'ui.lifecycle.by-system': { fi: 'järjestelmä (ajastin)', sv: 'systemet (timer)', en: 'system (timer)' },
  'ui.lifecycle.done': { fi: 'Tila muutettu: {state}.', sv: 'Tillståndet ändrat: {state}.', en: 'State changed: {state}.' },
  'ui.lifecycle.error-title': { fi: 'Tilaa ei muutettu', sv: 'Tillståndet ändrades inte', en: 'The state was not changed' },
  'ui.lifecycle.stale': {
    fi: 'Tietue oli muuttunut sillä välin. Tarkista sen tiedot ja tila ja yritä uudelleen.',
    sv: 'Posten hade ändrats under tiden. Kontrollera uppgifterna och tillståndet och försök igen.',
    en: 'The record changed in the meantime. Check its data and state, and try again.',
  },
};
