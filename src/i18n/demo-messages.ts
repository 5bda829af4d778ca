/** Messages of `seloste demo` and `seloste serve --demo`, in fi, sv and en. */
import type { Catalogue } from './catalogue.js';

export const DEMO_MESSAGES: Catalogue = {
  'demo.not-empty': {
    fi: 'Tietokannassa {path} on jo {records} oikeaa tietuetta: siihen ei lisätä keksittyjä henkilöitä. Anna toinen tiedosto --db-valitsimella.',
    sv: 'Databasen {path} innehåller redan {records} riktiga poster: påhittade personer läggs inte till i den. Ange en annan fil med --db.',
    en: 'The database {path} already holds {records} real records: invented people are not added to it. Choose another file with --db.',
  },
  'demo.bad-count': {
    fi: '--count "{count}" ei ole kokonaisluku väliltä 1–1000.',
    sv: '--count "{count}" är inte ett heltal från 1 till 1000.',
    en: '--count "{count}" is not a whole number from 1 to 1000.',
  },
  'demo.added': {
    fi: 'Demotietokanta {path}: {registry}: {count} keksittyä asiakasta.',
    sv: 'Demodatabasen {path}: {registry}: {count} påhittade kunder.',
    en: 'Demo database {path}: {registry}: {count} invented customers.',
  },
  'demo.kept': {
    fi: 'Demotietokannassa {path} on jo tietoja; niitä ei muutettu.',
    sv: 'Demodatabasen {path} innehåller redan uppgifter; de ändrades inte.',
    en: 'The demo database {path} already holds data; it was left as it is.',
  },
  'demo.users': {
    fi: 'Demokäyttäjät (salasanat vaihtuvat joka ajokerralla; vain kokeiluun):',
    sv: 'Demoanvändare (lösenorden byts vid varje körning; endast för test):',
    en: 'Demo users (passwords change at every run; for trying out only):',
  },
  'demo.user': {
    fi: '  {username}  salasana: {password}  roolit: {roles}',
    sv: '  {username}  lösenord: {password}  roller: {roles}',
    en: '  {username}  password: {password}  roles: {roles}',
  },
  'demo.identity-codes': {
    fi: 'Kaikki henkilötunnukset ovat tilapäisiä testitunnuksia (yksilönumero 900–999); yksikään ei voi kuulua oikealle henkilölle.',
    sv: 'Alla personbeteckningar är tillfälliga testbeteckningar (individnummer 900–999); ingen kan tillhöra en verklig person.',
    en: 'Every identity code is a temporary test code (individual number 900–999); none can belong to a real person.',
  },
};
