/** Messages of the command-line interface. */
import type { Catalogue } from './catalogue.js';

export const CLI_MESSAGES: Catalogue = {
  'validate.ok': {
    en: '✓ {file}: {id} — {fields} fields in {categories} categories, {disclosures} disclosures, {retention} retention rules',
    fi: '✓ {file}: {id} — {fields} kenttää {categories} tietoryhmässä, {disclosures} luovutusta, {retention} säilytyssääntöä',
    sv: '✓ {file}: {id} — {fields} fält i {categories} kategorier, {disclosures} utlämnanden, {retention} gallringsregler',
  },
  'validate.summary': {
    en: '{files} file(s): {valid} valid, {errors} error(s), {warnings} warning(s).',
    fi: '{files} tiedosto(a): {valid} kunnossa, {errors} virhe(ttä), {warnings} varoitus(ta).',
    sv: '{files} fil(er): {valid} giltiga, {errors} fel, {warnings} varning(ar).',
  },
  'validate.none': {
    en: 'No definition files (*.yaml, *.yml) found in: {paths}',
    fi: 'Määrittelytiedostoja (*.yaml, *.yml) ei löytynyt: {paths}',
    sv: 'Inga definitionsfiler (*.yaml, *.yml) hittades i: {paths}',
  },
  'cli.unknown-command': {
    en: 'Unknown command "{command}". Run `seloste help` for the commands.',
    fi: 'Tuntematon komento "{command}". Komennot: `seloste help`.',
    sv: 'Okänt kommando "{command}". Kommandona: `seloste help`.',
  },
  'cli.unknown-option': {
    en: 'Unknown option "{option}" for `seloste {command}`.',
    fi: 'Tuntematon valitsin "{option}" komennolle `seloste {command}`.',
    sv: 'Okänd flagga "{option}" för `seloste {command}`.',
  },
  'cli.internal-error': {
    en: 'seloste stopped on an internal error: {detail}. Nothing was changed. Please report this.',
    fi: 'seloste pysähtyi sisäiseen virheeseen: {detail}. Mitään ei muutettu. Ilmoita tästä ylläpidolle.',
    sv: 'seloste stoppade på ett internt fel: {detail}. Inget ändrades. Rapportera detta.',
  },
  'cli.help': {
    en: `seloste — privacy notices that are the configuration of the register

Usage: seloste <command> [options]

Commands:
  validate [paths...]   Check registry definitions (default: registries/); exit 1 on any error
  docs                  Print the registry language reference (registries/README.md)
  help                  Show this help

Options:
  --lang fi|sv|en       Language of messages (default: from LANG, else English)
  --format text|json    Output format of validate (default: text)`,
    fi: `seloste — tietosuojaseloste on rekisterin määrittely

Käyttö: seloste <komento> [valitsimet]

Komennot:
  validate [polut...]   Tarkista rekisterimäärittelyt (oletus: registries/); virheestä paluuarvo 1
  docs                  Tulosta rekisterikielen kuvaus (registries/README.md)
  help                  Näytä tämä ohje

Valitsimet:
  --lang fi|sv|en       Viestien kieli (oletus: LANG-ympäristömuuttujasta, muuten englanti)
  --format text|json    validate-komennon tulostemuoto (oletus: text)`,
  },
};
