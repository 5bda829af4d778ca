/**
 * Messages of `seloste audit` (the audit log, Tiedonhallintalaki 906/2019 § 17). The Finnish and
 * Swedish terms are the law's own: lokitiedot / logguppgifter.
 */
import type { Catalogue } from './catalogue.js';

export const AUDIT_MESSAGES: Catalogue = {
  'audit.no-sub': {
    en: 'Say what to do: `seloste audit verify` checks the audit log, `seloste audit list [--registry ID] [--record ID] [--limit N] [--format json]` lists its entries.',
    fi: 'Kerro, mitä tehdään: `seloste audit verify` tarkistaa lokitiedot, `seloste audit list [--registry TUNNUS] [--record TUNNUS] [--limit N] [--format json]` luettelee merkinnät.',
    sv: 'Ange vad som ska göras: `seloste audit verify` kontrollerar logguppgifterna, `seloste audit list [--registry ID] [--record ID] [--limit N] [--format json]` listar posterna.',
  },
  'audit.unknown-sub': {
    en: 'Unknown audit command "{sub}". Use `seloste audit verify` or `seloste audit list`.',
    fi: 'Tuntematon audit-komento "{sub}". Käytä komentoa `seloste audit verify` tai `seloste audit list`.',
    sv: 'Okänt audit-kommando "{sub}". Använd `seloste audit verify` eller `seloste audit list`.',
  },
  'audit.no-database': {
    en: 'There is no database at {path}. Give the right file with --db (or SELOSTE_DB); nothing was created.',
    fi: 'Tietokantaa ei ole polussa {path}. Anna oikea tiedosto valitsimella --db (tai SELOSTE_DB); mitään ei luotu.',
    sv: 'Det finns ingen databas i {path}. Ange rätt fil med --db (eller SELOSTE_DB); inget skapades.',
  },
  'audit.db-unusable': {
    en: 'The database {path} cannot be used: {reason}.',
    fi: 'Tietokantaa {path} ei voi käyttää: {reason}.',
    sv: 'Databasen {path} kan inte användas: {reason}.',
  },
  'audit.failed': {
    en: 'The audit log could not be read: {reason}. Nothing was changed.',
    fi: 'Lokitietoja ei voitu lukea: {reason}. Mitään ei muutettu.',
    sv: 'Logguppgifterna kunde inte läsas: {reason}. Inget ändrades.',
  },
  'audit.bad-limit': {
    en: 'The limit "{limit}" is not a whole number from 1 to {max}.',
    fi: 'Enimmäismäärä "{limit}" ei ole kokonaisluku väliltä 1–{max}.',
    sv: 'Gränsen "{limit}" är inte ett heltal från 1 till {max}.',
  },
  'audit.missing-value': {
    en: 'The option --{option} needs a value.',
    fi: 'Valitsin --{option} tarvitsee arvon.',
    sv: 'Flaggan --{option} behöver ett värde.',
  },
  'audit.intact': {
    en: 'audit log intact: {count} entries, head {head}',
    fi: 'lokitiedot ehjät: {count} merkintää, ketjun pää {head}',
    sv: 'logguppgifterna är intakta: {count} poster, kedjans huvud {head}',
  },
  'audit.not-intact': {
    en: 'audit log NOT intact: {problems} problem(s) in {count} entries. Keep a copy of the database file as evidence and tell the data protection officer.',
    fi: 'lokitiedot EIVÄT ole ehjät: {problems} ongelma(a) {count} merkinnässä. Ota tietokantatiedostosta kopio todisteeksi ja ilmoita tietosuojavastaavalle.',
    sv: 'logguppgifterna är INTE intakta: {problems} problem i {count} poster. Spara en kopia av databasfilen som bevis och meddela dataskyddsombudet.',
  },
  'audit.entry-one': {
    en: 'entry {seq}',
    fi: 'merkintä {seq}',
    sv: 'post {seq}',
  },
  'audit.entry-range': {
    en: 'entries {seq}–{last}',
    fi: 'merkinnät {seq}–{last}',
    sv: 'posterna {seq}–{last}',
  },
  'audit.entry-none': {
    en: 'start of the log',
    fi: 'lokin alku',
    sv: 'loggens början',
  },
  'audit.problem.altered': {
    en: '✗ {entries}: altered — no longer matches the hash chain',
    fi: '✗ {entries}: muutettu — ei enää vastaa tiivisteketjua',
    sv: '✗ {entries}: ändrad — stämmer inte längre med hashkedjan',
  },
  'audit.problem.removed': {
    en: '✗ {entries}: removed from the middle of the log',
    fi: '✗ {entries}: poistettu lokin keskeltä',
    sv: '✗ {entries}: borttagen mitt i loggen',
  },
  'audit.problem.inserted': {
    en: '✗ {entries}: inserted — not part of the hash chain',
    fi: '✗ {entries}: lisätty jälkikäteen — ei kuulu tiivisteketjuun',
    sv: '✗ {entries}: tillagd i efterhand — hör inte till hashkedjan',
  },
  'audit.problem.truncated': {
    en: '✗ {entries}: removed from the end of the log; the head of the chain still records them',
    fi: '✗ {entries}: poistettu lokin lopusta; ketjun pää kirjaa ne yhä',
    sv: '✗ {entries}: borttagen i slutet av loggen; kedjans huvud registrerar dem fortfarande',
  },
  'audit.problem.head-mismatch': {
    en: '✗ {entries}: the head of the chain records a different last entry (the last entry was replaced or the head was altered)',
    fi: '✗ {entries}: ketjun pää kirjaa eri viimeisen merkinnän (viimeinen merkintä on vaihdettu tai ketjun päätä on muutettu)',
    sv: '✗ {entries}: kedjans huvud registrerar en annan sista post (den sista posten har bytts ut eller huvudet har ändrats)',
  },
  'audit.list.empty': {
    en: 'No audit log entries match.',
    fi: 'Yksikään lokimerkintä ei täsmää hakuun.',
    sv: 'Inga loggposter matchar.',
  },
  'audit.list.summary': {
    en: 'Showing {shown} of {total} entries, oldest first.',
    fi: 'Näytetään {shown}/{total} merkintää, vanhin ensin.',
    sv: 'Visar {shown} av {total} poster, äldsta först.',
  },
  'audit.col.seq': { en: 'No.', fi: 'Nro', sv: 'Nr' },
  'audit.col.at': { en: 'Time (UTC)', fi: 'Aika (UTC)', sv: 'Tid (UTC)' },
  'audit.col.actor': { en: 'Actor', fi: 'Tekijä', sv: 'Aktör' },
  'audit.col.action': { en: 'Action', fi: 'Toiminto', sv: 'Åtgärd' },
  'audit.col.outcome': { en: 'Outcome', fi: 'Tulos', sv: 'Resultat' },
  'audit.col.registry': { en: 'Registry', fi: 'Rekisteri', sv: 'Register' },
  'audit.col.records': { en: 'Records', fi: 'Tietueet', sv: 'Registerposter' },
  'audit.col.fields': { en: 'Fields', fi: 'Kentät', sv: 'Fält' },
  'audit.col.reason': { en: 'Reason', fi: 'Syy', sv: 'Orsak' },
  'audit.col.ip': { en: 'IP address', fi: 'IP-osoite', sv: 'IP-adress' },
};
