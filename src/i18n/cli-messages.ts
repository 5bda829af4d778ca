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
  'lint.registry': {
    en: '{mark} {file}: {id} — {errors} error(s), {warnings} warning(s), {infos} info',
    fi: '{mark} {file}: {id} — {errors} virhe(ttä), {warnings} varoitus(ta), {infos} huomautus(ta)',
    sv: '{mark} {file}: {id} — {errors} fel, {warnings} varning(ar), {infos} upplysning(ar)',
  },
  'lint.not-loaded': {
    en: '✗ {file}: not linted — the definition has {errors} error(s); fix them first (`seloste validate` lists them).',
    fi: '✗ {file}: ei tarkistettu — määrittelyssä on {errors} virhe(ttä); korjaa ne ensin (`seloste validate` luettelee ne).',
    sv: '✗ {file}: inte granskad — definitionen har {errors} fel; rätta dem först (`seloste validate` listar dem).',
  },
  'lint.summary': {
    en: '{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info.',
    fi: '{files} tiedosto(a): {errors} virhe(ttä), {warnings} varoitus(ta), {infos} huomautus(ta).',
    sv: '{files} fil(er): {errors} fel, {warnings} varning(ar), {infos} upplysning(ar).',
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
  'cli.registries-invalid': {
    en: 'Nothing was done: fix the errors above first (`seloste validate` lists them).',
    fi: 'Mitään ei tehty: korjaa ensin yllä olevat virheet (`seloste validate` luettelee ne).',
    sv: 'Inget gjordes: rätta först felen ovan (`seloste validate` listar dem).',
  },
  'serve.listening': {
    en: 'seloste serves {count} registries at {url} (Ctrl+C stops)',
    fi: 'seloste tarjoaa {count} rekisteriä osoitteessa {url} (Ctrl+C pysäyttää)',
    sv: 'seloste tillhandahåller {count} register på {url} (Ctrl+C stoppar)',
  },
  'serve.bad-port': {
    en: 'The port "{port}" is not a number from 0 to 65535.',
    fi: 'Portti "{port}" ei ole luku väliltä 0–65535.',
    sv: 'Porten "{port}" är inte ett tal från 0 till 65535.',
  },
  'serve.failed': {
    en: 'The server could not start on port {port}: {reason}. Is another program using it? Try --port.',
    fi: 'Palvelin ei käynnistynyt porttiin {port}: {reason}. Onko portti toisen ohjelman käytössä? Kokeile --port-valitsinta.',
    sv: 'Servern kunde inte starta på port {port}: {reason}. Används porten av ett annat program? Prova --port.',
  },
  'build.no-out': {
    en: 'Say where to write the site: seloste build --out DIR',
    fi: 'Kerro, mihin sivusto kirjoitetaan: seloste build --out HAKEMISTO',
    sv: 'Ange var webbplatsen ska skrivas: seloste build --out KATALOG',
  },
  'build.reserved-id': {
    en: 'The registry id "{id}" ({file}) is the name of a page of the site itself; choose another id.',
    fi: 'Rekisterin tunnus "{id}" ({file}) on sivuston oman sivun nimi; valitse toinen tunnus.',
    sv: 'Registrets id "{id}" ({file}) är namnet på en av webbplatsens egna sidor; välj ett annat id.',
  },
  'build.write-failed': {
    en: 'Could not write the site to {dir}: {reason}.',
    fi: 'Sivustoa ei voitu kirjoittaa hakemistoon {dir}: {reason}.',
    sv: 'Webbplatsen kunde inte skrivas till {dir}: {reason}.',
  },
  'build.done': {
    en: 'Wrote {files} files for {registries} registries to {dir}.',
    fi: 'Kirjoitettiin {files} tiedostoa {registries} rekisteristä hakemistoon {dir}.',
    sv: 'Skrev {files} filer för {registries} register till {dir}.',
  },
  'ropa.bad-separator': {
    en: 'The separator "{separator}" is not one a spreadsheet reads: use --separator , or --separator \';\' (Finnish Excel).',
    fi: 'Erotin "{separator}" ei käy taulukkolaskentaan: käytä --separator , tai --separator \';\' (suomenkielinen Excel).',
    sv: 'Avgränsaren "{separator}" fungerar inte i kalkylprogram: använd --separator , eller --separator \';\' (Excel på finska eller svenska).',
  },
  'ropa.no-out': {
    en: 'Say which file to write: seloste ropa --out FILE (or leave --out out to write to standard output).',
    fi: 'Kerro, mihin tiedostoon kirjoitetaan: seloste ropa --out TIEDOSTO (ilman --out-valitsinta tulostetaan vakiotulosteeseen).',
    sv: 'Ange vilken fil som ska skrivas: seloste ropa --out FIL (utan --out skrivs till standard ut).',
  },
  'ropa.write-failed': {
    en: 'Could not write the record of processing activities to {file}: {reason}. Nothing was written.',
    fi: 'Käsittelytoimintojen selostetta ei voitu kirjoittaa tiedostoon {file}: {reason}. Mitään ei kirjoitettu.',
    sv: 'Registerförteckningen kunde inte skrivas till {file}: {reason}. Inget skrevs.',
  },
  'ropa.done': {
    en: 'Wrote the record of processing activities of {registries} registries to {file}.',
    fi: 'Kirjoitettiin {registries} rekisterin käsittelytoimintojen seloste tiedostoon {file}.',
    sv: 'Skrev registerförteckningen för {registries} register till {file}.',
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
  lint [paths...]       Check what the GDPR and Finnish law still require of each notice
  serve [paths...]      Serve the notices, staff sign-in and records API (--port, PORT; default 3000)
  build --out DIR       Write the notices as a static site (HTML, JSON, DPV, stylesheet)
  ropa [paths...]       Write the record of processing activities (GDPR Art 30) as CSV
  user <subcommand>     Staff accounts: add, disable, enable, reset, roles, list, token, revoke-token
  audit verify|list     Verify the audit log's hash chain (exit 1 if broken), or list its entries
  demo [paths...]       Make a demo database of invented customers; print the demo users and passwords
  tick [paths...]       Run the timers and retention jobs that are due (for cron); exit 1 if one failed
  retention --dry-run   List what is due, when and under which rule (--until DATE to look ahead);
                        without --dry-run: run the due retention jobs
  docs                  Print the registry language reference (registries/README.md)
  help                  Show this help (seloste user help: the user subcommands)

Options:
  --lang fi|sv|en       Language of messages (default: from LANG, else English)
  --format text|json    Output format of validate, lint and audit (default: text)
  --out FILE|DIR        Where build and ropa write (ropa: default standard output)
  --separator ,|;       CSV separator of ropa (';' for Excel in Finnish)
  --port N              Port of serve (default: PORT, else 3000)
  --db FILE             Database of serve, user, audit, demo, tick and retention (default: SELOSTE_DB, else
                        ./data/seloste.db; demo and serve --demo: ./data/demo.db)
  --demo                serve: serve the demo database, filled with invented customers on first use
  --public-url URL      serve: the address people use; https:// makes the sign-in cookie Secure
                        (default: SELOSTE_PUBLIC_URL)
  --role REGISTRY:ROLE  user add, roles: a role to grant; repeat for more
  --name NAME           user add: the person's name; user token: the token's label
  --password PASSWORD   user add, reset: the password (safer: SELOSTE_PASSWORD; else one is generated)
  --count N             demo: invented customers per registry (1–1000, default 25)
  --registry ID         audit list: only the entries of this registry
  --record ID           audit list: only the entries that name this record
  --limit N             audit list: at most N entries (1–1000, default 100)
  --until YYYY-MM-DD    retention --dry-run: what is due by the end of that day (default: now)`,
    fi: `seloste — tietosuojaseloste on rekisterin määrittely

Käyttö: seloste <komento> [valitsimet]

Komennot:
  validate [polut...]   Tarkista rekisterimäärittelyt (oletus: registries/); virheestä paluuarvo 1
  lint [polut...]       Tarkista, mitä tietosuoja-asetus ja Suomen laki vielä vaativat selosteelta
  serve [polut...]      Tarjoa selosteet, kirjautuminen ja tietue-API (--port, PORT; oletus 3000)
  build --out HAKEMISTO Kirjoita selosteet staattiseksi sivustoksi (HTML, JSON, DPV, tyylit)
  ropa [polut...]       Kirjoita käsittelytoimintojen seloste (tietosuoja-asetuksen 30 art.) CSV:nä
  user <alikomento>     Käyttäjät: add, disable, enable, reset, roles, list, token, revoke-token
  audit verify|list     Tarkista lokitietojen tiivisteketju (rikki: paluuarvo 1) tai luettele merkinnät
  demo [polut...]       Luo demotietokanta keksityistä asiakkaista; tulosta demokäyttäjät salasanoineen
  tick [polut...]       Aja erääntyneet ajastimet ja säilytystehtävät (cronille); virheestä paluuarvo 1
  retention --dry-run   Luettele, mitä erääntyy, milloin ja minkä säännön mukaan (--until PVM: tulevat);
                        ilman --dry-run-valitsinta: aja erääntyneet säilytystehtävät
  docs                  Tulosta rekisterikielen kuvaus (registries/README.md)
  help                  Näytä tämä ohje (seloste user help: user-komennon alikomennot)

Valitsimet:
  --lang fi|sv|en       Viestien kieli (oletus: LANG-ympäristömuuttujasta, muuten englanti)
  --format text|json    validate-, lint- ja audit-komentojen tulostemuoto (oletus: text)
  --out TIEDOSTO|HAK.   Mihin build ja ropa kirjoittavat (ropa: oletus vakiotuloste)
  --separator ,|;       ropa-komennon CSV-erotin (';' suomenkieliselle Excelille)
  --port N              serve-komennon portti (oletus: PORT, muuten 3000)
  --db TIEDOSTO         serve-, user-, audit-, demo-, tick- ja retention-komentojen tietokanta (oletus: SELOSTE_DB, muuten
                        ./data/seloste.db; demo ja serve --demo: ./data/demo.db)
  --demo                serve: tarjoa demotietokanta (täytetään keksityillä asiakkailla ensi kerralla)
  --public-url OSOITE   serve: palvelun osoite; https:// tekee kirjautumisevästeestä Secure-evästeen
                        (oletus: SELOSTE_PUBLIC_URL)
  --role REK.:ROOLI     user add, roles: myönnettävä rooli (rekisteri:rooli); toista tarvittaessa
  --name NIMI           user add: henkilön nimi; user token: tunnisteen nimi
  --password SALASANA   user add, reset: salasana (parempi: SELOSTE_PASSWORD; muuten luodaan uusi)
  --count N             demo: keksittyjä asiakkaita rekisteriä kohden (1–1000, oletus 25)
  --registry TUNNUS     audit list: vain tämän rekisterin merkinnät
  --record TUNNUS       audit list: vain tätä tietuetta koskevat merkinnät
  --limit N             audit list: enintään N merkintää (1–1000, oletus 100)
  --until VVVV-KK-PP    retention --dry-run: mitä erääntyy kyseisen päivän loppuun mennessä (oletus: nyt)`,
    sv: `seloste — dataskyddsbeskrivningen är registrets konfiguration

Användning: seloste <kommando> [flaggor]

Kommandon:
  validate [sökvägar...] Kontrollera registerdefinitionerna (standard: registries/); vid fel slutkod 1
  lint [sökvägar...]     Kontrollera vad dataskyddsförordningen och finsk lag ännu kräver av beskrivningen
  serve [sökvägar...]    Visa beskrivningarna, inloggningen och post-API:t (--port, PORT; standard 3000)
  build --out KATALOG    Skriv beskrivningarna som en statisk webbplats (HTML, JSON, DPV, stilmall)
  ropa [sökvägar...]     Skriv registret över behandlingar (artikel 30 i dataskyddsförordningen) som CSV
  user <underkommando>   Användare: add, disable, enable, reset, roles, list, token, revoke-token
  audit verify|list      Kontrollera loggens hashkedja (slutkod 1 om den är bruten) eller lista posterna
  demo [sökvägar...]     Skapa en demodatabas med påhittade kunder; visa demoanvändarna och lösenorden
  tick [sökvägar...]     Kör de timrar och lagringsuppgifter som förfallit (för cron); vid fel slutkod 1
  retention --dry-run    Lista vad som förfaller, när och enligt vilken regel (--until DATUM: framåt);
                         utan --dry-run: kör de förfallna lagringsuppgifterna
  docs                   Skriv ut beskrivningen av registerspråket (registries/README.md)
  help                   Visa denna hjälp (seloste user help: underkommandona till user)

Flaggor:
  --lang fi|sv|en        Meddelandenas språk (standard: från LANG, annars engelska)
  --format text|json     Utdataformat för validate, lint och audit (standard: text)
  --out FIL|KATALOG      Vart build och ropa skriver (ropa: standard är standardutdata)
  --separator ,|;        CSV-avgränsare för ropa (';' för Excel på finska eller svenska)
  --port N               Port för serve (standard: PORT, annars 3000)
  --db FIL               Databasen för serve, user, audit, demo, tick och retention (standard: SELOSTE_DB, annars
                         ./data/seloste.db; demo och serve --demo: ./data/demo.db)
  --demo                 serve: visa demodatabasen, som fylls med påhittade kunder första gången
  --public-url ADRESS    serve: adressen som används; https:// gör inloggningskakan Secure
                         (standard: SELOSTE_PUBLIC_URL)
  --role REGISTER:ROLL   user add, roles: en roll som beviljas (register:roll); upprepa vid behov
  --name NAMN            user add: personens namn; user token: nyckelns namn
  --password LÖSENORD    user add, reset: lösenordet (säkrare: SELOSTE_PASSWORD; annars skapas ett)
  --count N              demo: påhittade kunder per register (1–1000, standard 25)
  --registry ID          audit list: endast loggposterna för detta register
  --record ID            audit list: endast loggposterna som gäller denna post
  --limit N              audit list: högst N loggposter (1–1000, standard 100)
  --until ÅÅÅÅ-MM-DD     retention --dry-run: vad som förfaller före slutet av den dagen (standard: nu)`,
  },
};
