/**
 * Messages of the problems the form loader reports (codes prefixed `form-`), and the line
 * `seloste validate` prints for a valid form. The problem messages are merged into
 * `PROBLEM_MESSAGES`, so form problems render exactly like the registry loader's; codes whose
 * meaning is the same (unknown-key, YAML errors, texts, duplicate section ids) are not repeated.
 */
import type { Catalogue } from './catalogue.js';

export const FORM_MESSAGES: Catalogue = {
  'form-empty-file': {
    en: 'The file is empty: a form needs at least id, registry, title and sections.',
    fi: 'Tiedosto on tyhjä: lomakkeessa on oltava vähintään id, registry, title ja sections.',
    sv: 'Filen är tom: ett formulär behöver åtminstone id, registry, title och sections.',
  },
  'form-bad-id': {
    en: '"{value}" is not a valid id: use lowercase a–z, digits, _ and -, starting with a letter (write ä as a, ö as o).',
    fi: '"{value}" ei kelpaa tunnisteeksi: käytä pieniä kirjaimia a–z, numeroita sekä merkkejä _ ja -, alkaen kirjaimella (ä → a, ö → o).',
    sv: '"{value}" är inget giltigt id: använd små bokstäver a–z, siffror, _ och -, med en bokstav först (ä → a, ö → o).',
  },
  'form-unknown-registry': {
    en: 'No registry "{id}" is loaded. Registries: {declared}.',
    fi: 'Rekisteriä "{id}" ei ole ladattu. Rekisterit: {declared}.',
    sv: 'Inget register "{id}" är inläst. Register: {declared}.',
  },
  'form-duplicate-id': {
    en: 'The registry "{registry}" already has a form with the id "{id}" (in {first}); form ids are unique within a registry.',
    fi: 'Rekisterillä "{registry}" on jo lomake tunnisteella "{id}" (tiedostossa {first}); lomakkeiden tunnisteiden on oltava rekisterin sisällä yksilöllisiä.',
    sv: 'Registret "{registry}" har redan ett formulär med id "{id}" (i {first}); formulärens id måste vara unika inom registret.',
  },
  'form-unknown-field': {
    en: 'The registry "{registry}" has no top-level field "{field}". Top-level fields: {declared}.',
    fi: 'Rekisterissä "{registry}" ei ole ylimmän tason kenttää "{field}". Ylimmän tason kentät: {declared}.',
    sv: 'Registret "{registry}" har inget fält "{field}" på översta nivån. Fält på översta nivån: {declared}.',
  },
  'form-field-in-group': {
    en: '"{field}" is a member of the repeating group "{group}": list "{group}" here and "{field}" under its members.',
    fi: '"{field}" kuuluu toistuvaan ryhmään "{group}": luettele tässä "{group}" ja "{field}" sen jäsenissä (members).',
    sv: '"{field}" hör till den upprepade gruppen "{group}": ange "{group}" här och "{field}" bland dess medlemmar (members).',
  },
  'form-unknown-member': {
    en: 'The group "{group}" has no member field "{field}". Its members: {declared}.',
    fi: 'Ryhmässä "{group}" ei ole jäsenkenttää "{field}". Sen jäsenet: {declared}.',
    sv: 'Gruppen "{group}" har inget medlemsfält "{field}". Dess medlemmar: {declared}.',
  },
  'form-members-not-group': {
    en: '"{field}" is of type {type}, not a repeating group, so it has no members to list; remove members.',
    fi: '"{field}" on tyyppiä {type} eikä toistuva ryhmä, joten sillä ei ole jäseniä; poista members.',
    sv: '"{field}" är av typen {type} och ingen upprepad grupp, så den har inga medlemmar; ta bort members.',
  },
  'form-duplicate-field': {
    en: 'The field "{field}" is already on the form at {first}; a field is shown once.',
    fi: 'Kenttä "{field}" on jo lomakkeella kohdassa {first}; kenttä näytetään vain kerran.',
    sv: 'Fältet "{field}" finns redan på formuläret i {first}; ett fält visas en gång.',
  },
  'form-duplicate-member': {
    en: 'The member "{field}" is already listed at {first}; a member is shown once in each entry.',
    fi: 'Jäsen "{field}" on jo lueteltu kohdassa {first}; jäsen näytetään kussakin merkinnässä vain kerran.',
    sv: 'Medlemmen "{field}" finns redan i {first}; en medlem visas en gång i varje post.',
  },
  'form-condition-not-choice': {
    en: 'A condition reads a boolean or choice field, but "{field}" is of type {type}.',
    fi: 'Ehto voi lukea vain kyllä/ei- tai valintakenttää, mutta "{field}" on tyyppiä {type}.',
    sv: 'Ett villkor kan bara läsa ett ja/nej- eller valfält, men "{field}" är av typen {type}.',
  },
  'form-condition-value': {
    en: '{value} is not a value of "{field}". Its values: {allowed}.',
    fi: '{value} ei ole kentän "{field}" arvo. Sen arvot: {allowed}.',
    sv: '{value} är inget värde för "{field}". Dess värden: {allowed}.',
  },
  'form-condition-later-field': {
    en: 'The condition reads "{field}", which the form does not show before this field; forms are read top-down, so show "{field}" first.',
    fi: 'Ehto lukee kenttää "{field}", jota lomake ei näytä ennen tätä kenttää; lomake luetaan ylhäältä alas, joten näytä "{field}" ensin.',
    sv: 'Villkoret läser "{field}", som formuläret inte visar före det här fältet; formulär läses uppifrån och ned, så visa "{field}" först.',
  },
  'form-condition-not-shown': {
    en: 'The condition reads "{field}", which this form does not show: what is created with the form has no value for it. Show "{field}" before this field.',
    fi: 'Ehto lukee kenttää "{field}", jota tämä lomake ei näytä: lomakkeella luodulla tiedolla ei ole sille arvoa. Näytä "{field}" ennen tätä kenttää.',
    sv: 'Villkoret läser "{field}", som formuläret inte visar: det som skapas med formuläret har inget värde för det. Visa "{field}" före det här fältet.',
  },
  'form-unknown-role': {
    en: 'The registry "{registry}" has no role "{id}". Roles: {declared}.',
    fi: 'Rekisterissä "{registry}" ei ole roolia "{id}". Roolit: {declared}.',
    sv: 'Registret "{registry}" har ingen roll "{id}". Roller: {declared}.',
  },
  'form-role-cannot-write': {
    en: 'The role "{id}" may not write any field of this form, so it cannot save it.',
    fi: 'Roolilla "{id}" ei ole kirjoitusoikeutta yhteenkään tämän lomakkeen kenttään, joten se ei voi tallentaa lomaketta.',
    sv: 'Rollen "{id}" får inte skriva något fält i formuläret och kan därför inte spara det.',
  },
};

/** The lines `seloste validate` prints about forms. */
export const FORM_CLI_MESSAGES: Catalogue = {
  'validate.form-ok': {
    en: '✓ {file}: form {id} of {registry} — {fields} fields in {sections} sections, modes: {modes}',
    fi: '✓ {file}: rekisterin {registry} lomake {id} — {fields} kenttää {sections} osiossa, tilat: {modes}',
    sv: '✓ {file}: formulär {id} för {registry} — {fields} fält i {sections} avsnitt, lägen: {modes}',
  },
};
