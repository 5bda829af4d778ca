/** Messages of the database and the schema sync, in fi, sv and en. */
import type { Catalogue } from './catalogue.js';

export const STORAGE_MESSAGES: Catalogue = {
  'storage.open-failed': {
    fi: 'Tietokantaa {path} ei voi avata: {reason}',
    sv: 'Databasen {path} kan inte öppnas: {reason}',
    en: 'The database {path} cannot be opened: {reason}',
  },
  'storage.sync-refused': {
    fi: 'Rekisterimäärittelyjen muutoksia ei viety tietokantaan, koska ne hävittäisivät tallennettuja tietoja. Tietokantaa ei muutettu.',
    sv: 'Ändringarna i registerdefinitionerna fördes inte in i databasen, eftersom de skulle förstöra sparade uppgifter. Databasen ändrades inte.',
    en: 'The changes to the registry definitions were not applied to the database because they would lose stored data. The database was not changed.',
  },
  'storage.sync.field-removed': {
    fi: '{file}: rekisteri {registry}: kenttä "{field}" on poistettu määrittelystä, mutta {values} tietueella on sille arvo. Kerro data_changes-kohdassa, mitä arvoille tehdään: { field: {field}, action: delete } poistaa ne, { field: {field}, action: rename, to: uusi_tunniste } siirtää ne uudelle nimelle.',
    sv: '{file}: register {registry}: fältet "{field}" har tagits bort ur definitionen, men {values} poster har ett värde för det. Ange under data_changes vad som händer med värdena: { field: {field}, action: delete } raderar dem, { field: {field}, action: rename, to: nytt_id } flyttar dem till det nya namnet.',
    en: '{file}: registry {registry}: field "{field}" was removed from the definition, but {values} records hold a value for it. State under data_changes what happens to the values: { field: {field}, action: delete } deletes them, { field: {field}, action: rename, to: new_id } moves them to the new name.',
  },
  'storage.sync.field-retyped': {
    fi: '{file}: rekisteri {registry}: kentän "{field}" tyyppi on muuttunut ({from} → {to}), ja {values} tietueella on sille arvo. Kerro data_changes-kohdassa: { field: {field}, action: convert } säilyttää uuteen tyyppiin sopivat arvot, { field: {field}, action: clear } tyhjentää arvot.',
    sv: '{file}: register {registry}: fältet "{field}" har bytt typ ({from} → {to}), och {values} poster har ett värde för det. Ange under data_changes: { field: {field}, action: convert } behåller värden som passar den nya typen, { field: {field}, action: clear } tömmer värdena.',
    en: '{file}: registry {registry}: field "{field}" changed type ({from} → {to}), and {values} records hold a value for it. State under data_changes: { field: {field}, action: convert } keeps the values that fit the new type, { field: {field}, action: clear } clears them.',
  },
  'storage.sync.convert-failed': {
    fi: '{file}: rekisteri {registry}: kentän "{field}" arvoista {invalid}/{values} ei sovi uuteen tyyppiin {to} (esim. tietue {example}). Korjaa arvot tai valitse action: clear.',
    sv: '{file}: register {registry}: {invalid}/{values} av värdena i fältet "{field}" passar inte den nya typen {to} (t.ex. posten {example}). Rätta värdena eller välj action: clear.',
    en: '{file}: registry {registry}: {invalid} of {values} values of field "{field}" do not fit the new type {to} (e.g. record {example}). Fix the values or choose action: clear.',
  },
  'storage.sync.rename-target-exists': {
    fi: '{file}: rekisteri {registry}: kenttää "{field}" ei voi nimetä uudelleen, koska kohdekenttä on jo tallennettu. Yhdistä tiedot ensin tai poista toinen kenttä.',
    sv: '{file}: register {registry}: fältet "{field}" kan inte byta namn eftersom målfältet redan finns sparat. Slå först ihop uppgifterna eller ta bort det ena fältet.',
    en: '{file}: registry {registry}: field "{field}" cannot be renamed because the target field is already stored. Merge the data first or remove one of the fields.',
  },
  'storage.sync.orphan': {
    fi: 'Huom: tietokannassa on rekisterin {registry} tietoja, mutta sen määrittelyä ei ladattu. Tiedot säilytetään koskemattomina.',
    sv: 'Obs: databasen har uppgifter i registret {registry}, men dess definition laddades inte. Uppgifterna bevaras orörda.',
    en: 'Note: the database holds data of registry {registry}, but its definition was not loaded. The data is kept untouched.',
  },
  'storage.sync.applied': {
    fi: 'Rekisteri {registry}: tietokanta päivitetty ({steps}).',
    sv: 'Register {registry}: databasen uppdaterad ({steps}).',
    en: 'Registry {registry}: database updated ({steps}).',
  },
};
