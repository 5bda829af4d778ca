/**
 * Messages of the problems the loader reports, by code. A message says what was found and what
 * is allowed; `{suggestion}` hints are appended by the formatter only when there is one.
 */
import type { Catalogue } from './catalogue.js';
import { FORM_MESSAGES } from './form-messages.js';
import { LINT_MESSAGES } from './lint-messages.js';

export const PROBLEM_MESSAGES: Catalogue = {
  // The compliance lint (`seloste lint`), rendered exactly like the loader's problems. Spread
  // first, so that a loader code of the same name would replace it and the lint's message test
  // (each lint code renders its own message) catches the clash.
  ...LINT_MESSAGES,
  // The form loader's own codes (all prefixed `form-`); form files share every other code.
  ...FORM_MESSAGES,

  // Reading and parsing
  'file-too-large': {
    en: 'The file is {size} bytes; a definition may be at most {max} bytes.',
    fi: 'Tiedosto on {size} tavua; määrittely saa olla enintään {max} tavua.',
    sv: 'Filen är {size} byte; en definition får vara högst {max} byte.',
  },
  'file-unreadable': {
    en: 'The file cannot be read ({reason}).',
    fi: 'Tiedostoa ei voi lukea ({reason}).',
    sv: 'Filen kan inte läsas ({reason}).',
  },
  'not-utf8': {
    en: 'The file is not UTF-8 text: the first invalid byte is here. Save the file as UTF-8.',
    fi: 'Tiedosto ei ole UTF-8-tekstiä: ensimmäinen virheellinen tavu on tässä. Tallenna tiedosto UTF-8-muodossa.',
    sv: 'Filen är inte UTF-8-text: den första ogiltiga byten står här. Spara filen som UTF-8.',
  },
  'binary-file': {
    en: 'The file contains a NUL character: it is not a text file.',
    fi: 'Tiedostossa on NUL-merkki: se ei ole tekstitiedosto.',
    sv: 'Filen innehåller ett NUL-tecken: den är ingen textfil.',
  },
  'empty-file': {
    en: 'The file is empty: a definition needs at least id, languages and name.',
    fi: 'Tiedosto on tyhjä: määrittelyssä on oltava vähintään id, languages ja name.',
    sv: 'Filen är tom: en definition behöver åtminstone id, languages och name.',
  },
  'yaml-syntax': {
    en: 'YAML syntax error: {detail}',
    fi: 'YAML-syntaksivirhe: {detail}',
    sv: 'YAML-syntaxfel: {detail}',
  },
  'yaml-tab': {
    en: 'A tab is used for indentation; YAML allows only spaces.',
    fi: 'Sisennyksessä on sarkain; YAML sallii vain välilyönnit.',
    sv: 'Indraget innehåller en tabb; YAML tillåter bara mellanslag.',
  },
  'duplicate-key': {
    en: 'This key appears twice in the same mapping; each key may appear once.',
    fi: 'Sama avain esiintyy kahdesti samassa rakenteessa; kukin avain saa esiintyä kerran.',
    sv: 'Samma nyckel förekommer två gånger i samma mappning; varje nyckel får förekomma en gång.',
  },
  'yaml-multiple-documents': {
    en: 'The file holds several YAML documents (---); a definition is one document.',
    fi: 'Tiedostossa on useita YAML-dokumentteja (---); määrittely on yksi dokumentti.',
    sv: 'Filen innehåller flera YAML-dokument (---); en definition är ett dokument.',
  },
  'yaml-tag': {
    en: 'YAML tags (!tag) are not used in definitions: {detail}',
    fi: 'YAML-tageja (!tag) ei käytetä määrittelyissä: {detail}',
    sv: 'YAML-taggar (!tag) används inte i definitioner: {detail}',
  },
  'yaml-alias': {
    en: 'Bad alias: {detail}',
    fi: 'Virheellinen alias: {detail}',
    sv: 'Felaktigt alias: {detail}',
  },
  'yaml-alias-bomb': {
    en: 'Aliases here would expand more than {max} times (an "alias bomb"); write the values out.',
    fi: 'Aliakset laajenisivat yli {max} kertaa ("alias-pommi"); kirjoita arvot auki.',
    sv: 'Aliasen skulle expanderas mer än {max} gånger (en "aliasbomb"); skriv ut värdena.',
  },
  'yaml-too-deep': {
    en: 'Brackets are nested more than {max} levels deep here.',
    fi: 'Sulkeita on sisäkkäin yli {max} tasoa.',
    sv: 'Hakparenteser är nästlade mer än {max} nivåer djupt här.',
  },
  'yaml-key-not-string': {
    en: 'A key must be a plain word, but this key is {key}.',
    fi: 'Avaimen on oltava tavallinen sana, mutta tämä avain on {key}.',
    sv: 'En nyckel måste vara ett vanligt ord, men den här nyckeln är {key}.',
  },
  'yaml-merge-key': {
    en: 'YAML merge keys (<<) are not supported; write the keys out.',
    fi: 'YAML-yhdistämisavaimia (<<) ei tueta; kirjoita avaimet auki.',
    sv: 'YAML-sammanslagningsnycklar (<<) stöds inte; skriv ut nycklarna.',
  },
  'root-not-mapping': {
    en: 'A definition is a mapping of keys (id: …, name: …), but this file holds a {actual}.',
    fi: 'Määrittely on avainten rakenne (id: …, name: …), mutta tiedostossa on {actual}.',
    sv: 'En definition är en mappning av nycklar (id: …, name: …), men filen innehåller {actual}.',
  },

  // Meta-schema
  'missing-key': {
    en: 'Required key "{key}" is missing here.',
    fi: 'Pakollinen avain "{key}" puuttuu tästä.',
    sv: 'Den obligatoriska nyckeln "{key}" saknas här.',
  },
  'unknown-key': {
    en: 'Unknown key "{key}". Allowed here: {allowed}.',
    fi: 'Tuntematon avain "{key}". Tässä sallitut: {allowed}.',
    sv: 'Okänd nyckel "{key}". Tillåtna här: {allowed}.',
  },
  'wrong-type': {
    en: 'Expected {expected}, found {actual}.',
    fi: 'Odotettiin: {expected}; löytyi: {actual}.',
    sv: 'Förväntade {expected}, hittade {actual}.',
  },
  'not-allowed-value': {
    en: '"{value}" is not allowed here. Allowed: {allowed}.',
    fi: '"{value}" ei ole sallittu tässä. Sallitut: {allowed}.',
    sv: '"{value}" är inte tillåtet här. Tillåtna: {allowed}.',
  },
  'unknown-field-type': {
    en: 'Unknown field type "{value}". Field types: {allowed}.',
    fi: 'Tuntematon kenttätyyppi "{value}". Kenttätyypit: {allowed}.',
    sv: 'Okänd fälttyp "{value}". Fälttyper: {allowed}.',
  },
  'nested-group': {
    en: 'A repeating group cannot contain another group; make it a separate group field of the category.',
    fi: 'Toistuva ryhmä ei voi sisältää toista ryhmää; tee siitä tietoryhmään oma ryhmäkenttänsä.',
    sv: 'En upprepad grupp kan inte innehålla en annan grupp; gör den till ett eget gruppfält i kategorin.',
  },
  'bad-id': {
    en: '"{value}" is not a valid id: use lowercase a–z, digits and _, starting with a letter (write ä as a, ö as o).',
    fi: '"{value}" ei kelpaa tunnisteeksi: käytä pieniä kirjaimia a–z, numeroita ja _-merkkiä, alkaen kirjaimella (ä → a, ö → o).',
    sv: '"{value}" är inget giltigt id: använd små bokstäver a–z, siffror och _, med en bokstav först (ä → a, ö → o).',
  },
  'bad-registry-id': {
    en: '"{value}" is not a valid registry id: use lowercase a–z, digits and hyphens, starting with a letter.',
    fi: '"{value}" ei kelpaa rekisterin tunnisteeksi: käytä pieniä kirjaimia a–z, numeroita ja väliviivoja, alkaen kirjaimella.',
    sv: '"{value}" är inget giltigt register-id: använd små bokstäver a–z, siffror och bindestreck, med en bokstav först.',
  },
  'bad-gdpr-article': {
    en: '"{value}" is not a GDPR legal-basis point. Write Art 6(1) points as 6(1)(a)–6(1)(f) and Art 9(2) conditions as 9(2)(a)–9(2)(j).',
    fi: '"{value}" ei ole tietosuoja-asetuksen käsittelyperuste. Kirjoita 6 artiklan 1 kohdan alakohdat muodossa 6(1)(a)–6(1)(f) ja 9 artiklan 2 kohdan ehdot muodossa 9(2)(a)–9(2)(j).',
    sv: '"{value}" är ingen rättslig grund i dataskyddsförordningen. Skriv artikel 6.1 som 6(1)(a)–6(1)(f) och artikel 9.2 som 9(2)(a)–9(2)(j).',
  },
  'bad-date': {
    en: '"{value}" is not a real calendar date in the form YYYY-MM-DD (e.g. 2021-11-08).',
    fi: '"{value}" ei ole todellinen päivämäärä muodossa VVVV-KK-PP (esim. 2021-11-08).',
    sv: '"{value}" är inget verkligt datum i formen ÅÅÅÅ-MM-DD (t.ex. 2021-11-08).',
  },
  'bad-duration': {
    en: '"{value}" is not an ISO 8601 duration such as P1Y (a year), P6M (six months), P14D (14 days) or PT2H (two hours).',
    fi: '"{value}" ei ole ISO 8601 -kesto, kuten P1Y (vuosi), P6M (kuusi kuukautta), P14D (14 päivää) tai PT2H (kaksi tuntia).',
    sv: '"{value}" är ingen ISO 8601-tidsperiod, som P1Y (ett år), P6M (sex månader), P14D (14 dagar) eller PT2H (två timmar).',
  },
  'bad-email': {
    en: '"{value}" is not an e-mail address.',
    fi: '"{value}" ei ole sähköpostiosoite.',
    sv: '"{value}" är ingen e-postadress.',
  },
  'bad-url': {
    en: '"{value}" is not a web address starting with http:// or https://.',
    fi: '"{value}" ei ole http:// tai https:// alkava verkko-osoite.',
    sv: '"{value}" är ingen webbadress som börjar med http:// eller https://.',
  },
  'bad-phone': {
    en: '"{value}" is not a phone number (digits, spaces, +, - and parentheses).',
    fi: '"{value}" ei ole puhelinnumero (numerot, välilyönnit, +, - ja sulkeet).',
    sv: '"{value}" är inget telefonnummer (siffror, mellanslag, +, - och parenteser).',
  },
  'bad-business-id': {
    en: '"{value}" is not a valid business ID (Y-tunnus 1234567-8 with a correct check digit).',
    fi: '"{value}" ei ole kelvollinen Y-tunnus (muoto 1234567-8 ja oikea tarkistusnumero).',
    sv: '"{value}" är inget giltigt FO-nummer (1234567-8 med rätt kontrollsiffra).',
  },
  'bad-media-type': {
    en: '"{value}" is not a media type such as application/pdf or image/*.',
    fi: '"{value}" ei ole mediatyyppi, kuten application/pdf tai image/*.',
    sv: '"{value}" är ingen medietyp som application/pdf eller image/*.',
  },
  'bad-format': {
    en: '"{value}" does not have the required form.',
    fi: '"{value}" ei ole vaaditussa muodossa.',
    sv: '"{value}" har inte den krävda formen.',
  },
  'languages-without-fi': {
    en: 'Finnish (fi) must be one of the languages.',
    fi: 'Suomen kielen (fi) on oltava kielten joukossa.',
    sv: 'Finska (fi) måste vara ett av språken.',
  },
  'exactly-one-key': {
    en: 'Give exactly one of: {allowed}.',
    fi: 'Anna täsmälleen yksi näistä: {allowed}.',
    sv: 'Ange exakt en av: {allowed}.',
  },
  'too-few-items': {
    en: 'The list needs at least {min} item(s); leave the key out if there is nothing to list.',
    fi: 'Luettelossa on oltava vähintään {min} kohta; jätä avain pois, jos luetteloitavaa ei ole.',
    sv: 'Listan behöver minst {min} post(er); utelämna nyckeln om det inte finns något att lista.',
  },
  'duplicate-item': {
    en: 'The value {value} is already in this list.',
    fi: 'Arvo {value} on jo tässä luettelossa.',
    sv: 'Värdet {value} finns redan i listan.',
  },
  'empty-value': {
    en: 'The value is empty.',
    fi: 'Arvo on tyhjä.',
    sv: 'Värdet är tomt.',
  },
  'too-long': {
    en: 'The value is longer than {max} characters.',
    fi: 'Arvo on yli {max} merkkiä pitkä.',
    sv: 'Värdet är längre än {max} tecken.',
  },
  'out-of-range': {
    en: 'The value must be {comparison} {limit}.',
    fi: 'Arvon on oltava {comparison} {limit}.',
    sv: 'Värdet måste vara {comparison} {limit}.',
  },
  'invalid-value': {
    en: 'Invalid value: {detail}.',
    fi: 'Virheellinen arvo: {detail}.',
    sv: 'Ogiltigt värde: {detail}.',
  },

  // Texts
  'control-character': {
    en: 'The text contains a control character (such as an escape code); only tabs and line breaks are allowed.',
    fi: 'Tekstissä on ohjausmerkki (esim. escape-koodi); vain sarkain ja rivinvaihto ovat sallittuja.',
    sv: 'Texten innehåller ett styrtecken (t.ex. en escape-kod); bara tabb och radbrytning är tillåtna.',
  },
  'empty-text': {
    en: 'The text is empty.',
    fi: 'Teksti on tyhjä.',
    sv: 'Texten är tom.',
  },
  'missing-translation': {
    en: 'The registry declares the language "{lang}", but this text has no "{lang}" version; write it as {fi: …, {lang}: …}.',
    fi: 'Rekisterin kieliin kuuluu "{lang}", mutta tästä tekstistä puuttuu "{lang}"-versio; kirjoita se muodossa {fi: …, {lang}: …}.',
    sv: 'Registret anger språket "{lang}", men texten saknar en "{lang}"-version; skriv den som {fi: …, {lang}: …}.',
  },
  'unknown-language': {
    en: '"{lang}" is not a supported language; texts are written in fi, sv and en.',
    fi: '"{lang}" ei ole tuettu kieli; tekstit kirjoitetaan kielillä fi, sv ja en.',
    sv: '"{lang}" är inget språk som stöds; texter skrivs på fi, sv och en.',
  },
  'undeclared-language': {
    en: 'This text has a version in "{lang}", but "{lang}" is not in the registry\'s languages, so it is never shown.',
    fi: 'Tekstillä on "{lang}"-versio, mutta "{lang}" ei ole rekisterin kielissä, joten sitä ei näytetä.',
    sv: 'Texten har en "{lang}"-version, men "{lang}" finns inte bland registrets språk och visas därför aldrig.',
  },

  // Cross-references
  'duplicate-id': {
    en: 'The {kind} id "{id}" is already used at {first}; ids must be unique.',
    fi: 'Tunniste "{id}" ({kind}) on jo käytössä kohdassa {first}; tunnisteiden on oltava yksilöllisiä.',
    sv: 'Id "{id}" ({kind}) används redan i {first}; id måste vara unika.',
  },
  'unknown-reference': {
    en: 'No {kind} "{id}" is declared. Declared: {declared}.',
    fi: 'Kohdetta "{id}" ({kind}) ei ole määritelty. Määritellyt: {declared}.',
    sv: 'Inget {kind} "{id}" är definierat. Definierade: {declared}.',
  },
  'duplicate-option': {
    en: 'The option id "{id}" appears twice in this field.',
    fi: 'Vaihtoehdon tunniste "{id}" esiintyy kentässä kahdesti.',
    sv: 'Alternativets id "{id}" förekommer två gånger i fältet.',
  },
  'range-inverted': {
    en: '{low} ({min}) is greater than {high} ({max}).',
    fi: '{low} ({min}) on suurempi kuin {high} ({max}).',
    sv: '{low} ({min}) är större än {high} ({max}).',
  },
  'protected-by-not-boolean': {
    en: 'Address protection needs a boolean field (yes/no), but "{id}" is of type {type}.',
    fi: 'Turvakielto edellyttää kyllä/ei-kenttää (boolean), mutta "{id}" on tyyppiä {type}.',
    sv: 'Spärrmarkering kräver ett ja/nej-fält (boolean), men "{id}" är av typen {type}.',
  },
  'not-a-date-field': {
    en: 'A period can only count from a date or date-time field, but "{id}" is of type {type}.',
    fi: 'Aika voi alkaa vain päivämäärä- tai aikaleimakentästä, mutta "{id}" on tyyppiä {type}.',
    sv: 'En period kan bara räknas från ett datum- eller tidsfält, men "{id}" är av typen {type}.',
  },
  'not-a-group': {
    en: 'A report counts records or the entries of a repeating group, but "{id}" is of type {type}.',
    fi: 'Raportti laskee tietueita tai toistuvan ryhmän merkintöjä, mutta "{id}" on tyyppiä {type}.',
    sv: 'En rapport räknar poster eller poster i en upprepad grupp, men "{id}" är av typen {type}.',
  },
  'not-a-dimension': {
    en: 'A report dimension needs a field with few values (choice, boolean, date, language, municipality…), but "{id}" is of type {type}.',
    fi: 'Raportin luokittelijaksi kelpaa vain kenttä, jolla on vähän arvoja (valinta, kyllä/ei, päivämäärä, kieli, kunta…), mutta "{id}" on tyyppiä {type}.',
    sv: 'En rapportdimension kräver ett fält med få värden (val, ja/nej, datum, språk, kommun…), men "{id}" är av typen {type}.',
  },
  'dimension-outside-group': {
    en: '"{id}" belongs to the group "{group}", so the report must count that group (counts: {group}).',
    fi: '"{id}" kuuluu ryhmään "{group}", joten raportin on laskettava sitä ryhmää (counts: {group}).',
    sv: '"{id}" hör till gruppen "{group}", så rapporten måste räkna den gruppen (counts: {group}).',
  },
  'retention-incomplete': {
    en: 'An enforceable retention rule needs keep, from and then; missing: {missing}.',
    fi: 'Valvottava säilytyssääntö tarvitsee avaimet keep, from ja then; puuttuu: {missing}.',
    sv: 'En verkställbar gallringsregel behöver keep, from och then; saknas: {missing}.',
  },
  'retention-empty': {
    en: 'The retention rule says nothing: give keep, from and then, or a reference (e.g. the archive formation plan).',
    fi: 'Säilytyssääntö ei sano mitään: anna keep, from ja then tai viittaus (esim. arkistonmuodostussuunnitelma).',
    sv: 'Gallringsregeln säger ingenting: ange keep, from och then, eller en hänvisning (t.ex. arkivbildningsplanen).',
  },
  'transition-from-final': {
    en: 'The state "{state}" is final; no transition may leave it.',
    fi: 'Tila "{state}" on lopputila; siitä ei voi siirtyä.',
    sv: 'Tillståndet "{state}" är slutligt; ingen övergång får lämna det.',
  },
  'timer-needs-one-action': {
    en: 'A timer takes either a transition or an action (review), not both and not neither.',
    fi: 'Ajastimella on joko siirtymä (transition) tai toimenpide (action: review), ei molempia eikä ei kumpaakaan.',
    sv: 'En timer har antingen en övergång eller en åtgärd (review), inte båda och inte ingen.',
  },
  'timer-transition-mismatch': {
    en: 'The timer runs in "{state}", but the transition "{transition}" cannot be taken from that state.',
    fi: 'Ajastin toimii tilassa "{state}", mutta siirtymää "{transition}" ei voi tehdä siitä tilasta.',
    sv: 'Timern körs i "{state}", men övergången "{transition}" kan inte tas från det tillståndet.',
  },
  'unreachable-state': {
    en: 'No transition leads to the state "{state}" from the initial state.',
    fi: 'Tilaan "{state}" ei johda mikään siirtymä alkutilasta.',
    sv: 'Ingen övergång leder från starttillståndet till "{state}".',
  },
  'legal-basis-empty': {
    en: 'A legal basis needs at least one of gdpr, laws or name.',
    fi: 'Käsittelyperusteessa on oltava vähintään yksi avaimista gdpr, laws tai name.',
    sv: 'En rättslig grund behöver minst en av gdpr, laws eller name.',
  },
  'legitimate-interests-without-6f': {
    en: 'Legitimate interests are stated only for the basis 6(1)(f); add 6(1)(f) to gdpr or remove this key.',
    fi: 'Oikeutetut edut ilmoitetaan vain perusteelle 6(1)(f); lisää 6(1)(f) avaimeen gdpr tai poista tämä avain.',
    sv: 'Berättigade intressen anges bara för grunden 6(1)(f); lägg till 6(1)(f) i gdpr eller ta bort nyckeln.',
  },
  'disclosures-contradiction': {
    en: 'regular: false says data is not regularly disclosed, but disclosures are listed.',
    fi: 'regular: false sanoo, ettei tietoja luovuteta säännönmukaisesti, mutta luovutuksia on lueteltu.',
    sv: 'regular: false säger att uppgifter inte lämnas ut regelbundet, men utlämnanden är listade.',
  },
  'consent-without-consent-basis': {
    en: 'A consent is named, but the basis of this disclosure is not consent.',
    fi: 'Suostumus on nimetty, mutta tämän luovutuksen peruste ei ole suostumus.',
    sv: 'Ett samtycke anges, men grunden för utlämnandet är inte samtycke.',
  },
  'transfers-contradiction': {
    en: 'outside_eea: false says nothing is transferred, but destinations are listed.',
    fi: 'outside_eea: false sanoo, ettei tietoja siirretä, mutta siirtokohteita on lueteltu.',
    sv: 'outside_eea: false säger att inget överförs, men mottagarländer är listade.',
  },
  'transfers-missing-destinations': {
    en: 'Data is transferred outside the EU/EEA: list the destinations and their safeguards.',
    fi: 'Tietoja siirretään EU:n/ETA:n ulkopuolelle: luettele kohteet ja niiden suojatoimet.',
    sv: 'Uppgifter överförs utanför EU/EES: lista mottagarna och deras skyddsåtgärder.',
  },
  'dates-out-of-order': {
    en: 'The notice was updated ({updated}) before it was created ({created}).',
    fi: 'Seloste on päivitetty ({updated}) ennen laatimistaan ({created}).',
    sv: 'Beskrivningen uppdaterades ({updated}) innan den skapades ({created}).',
  },
  'duplicate-registry-id': {
    en: 'The registry id "{id}" is already used by {first}.',
    fi: 'Rekisterin tunniste "{id}" on jo käytössä tiedostossa {first}.',
    sv: 'Register-id "{id}" används redan av {first}.',
  },
  'internal-check-failed': {
    en: 'Internal error in the check {check}: {detail}. Please report this.',
    fi: 'Sisäinen virhe tarkistuksessa {check}: {detail}. Ilmoita tästä ylläpidolle.',
    sv: 'Internt fel i kontrollen {check}: {detail}. Rapportera detta.',
  },

  // Appended hints and words used in messages
  'did-you-mean': { en: ' Did you mean "{suggestion}"?', fi: ' Tarkoititko "{suggestion}"?', sv: ' Menade du "{suggestion}"?' },
  error: { en: 'error', fi: 'virhe', sv: 'fel' },
  warning: { en: 'warning', fi: 'varoitus', sv: 'varning' },
  info: { en: 'info', fi: 'huomautus', sv: 'upplysning' },
};
