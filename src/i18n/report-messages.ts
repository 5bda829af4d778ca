/**
 * Messages of aggregate reports: the words of a report table (CSV header, the total row, empty
 * and yes/no values) and the API errors of running one, in fi, sv and en.
 */
import type { Catalogue } from './catalogue.js';

export const REPORT_MESSAGES: Catalogue = {
  'report.count': { fi: 'Lukumäärä', sv: 'Antal', en: 'Count' },
  'report.total': { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
  'report.empty': { fi: '(ei tietoa)', sv: '(uppgift saknas)', en: '(no value)' },
  'report.yes': { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
  'report.no': { fi: 'Ei', sv: 'Nej', en: 'No' },
  /** A suppressed cell (small-cell suppression): fewer than `min` — or hidden so that none can be derived. */
  'report.suppressed': { fi: '<{min}', sv: '<{min}', en: '<{min}' },
};

/** The problem details of the report operations; the API's catalogue includes them. */
export const REPORT_API_MESSAGES: Catalogue = {
  'api.report-not-found': {
    fi: 'Rekisterissä "{registry}" ei ole raporttia "{id}".',
    sv: 'Registret "{registry}" har ingen rapport "{id}".',
    en: 'Registry "{registry}" has no report "{id}".',
  },
  'api.bad-report-date': {
    fi: '{name} pitää olla päivämäärä muodossa VVVV-KK-PP.',
    sv: '{name} ska vara ett datum i formen ÅÅÅÅ-MM-DD.',
    en: '{name} must be a date in the form YYYY-MM-DD.',
  },
  'api.bad-report-period': {
    fi: 'Jakson alku ({from}) on sen lopun ({to}) jälkeen.',
    sv: 'Periodens början ({from}) ligger efter dess slut ({to}).',
    en: 'The period starts ({from}) after it ends ({to}).',
  },
  'api.bad-report-format': {
    fi: 'Tuntematon muoto "{format}". Sallitut: json, csv.',
    sv: 'Okänt format "{format}". Tillåtna: json, csv.',
    en: 'Unknown format "{format}". Allowed: json, csv.',
  },
  'api.bad-report-query': {
    fi: 'Tuntematon kyselyparametri "{name}". Sallitut: from, to, format, lang.',
    sv: 'Okänd frågeparameter "{name}". Tillåtna: from, to, format, lang.',
    en: 'Unknown query parameter "{name}". Allowed: from, to, format, lang.',
  },
};
