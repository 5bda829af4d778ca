/**
 * Messages of staff authentication: the password policy, user and token input problems, the
 * sign-in API's problem details and the `seloste user` command. The keys of input problems are the
 * `code`s of `AuthInputError` and `PasswordProblem`, so any caller can render them.
 */
import type { Catalogue } from './catalogue.js';

export const AUTH_MESSAGES: Catalogue = {
  // The password policy.
  'password.too-short': {
    en: 'The password must have at least {min} characters (this one has {length}).',
    fi: 'Salasanassa on oltava vähintään {min} merkkiä (tässä on {length}).',
    sv: 'Lösenordet måste ha minst {min} tecken (detta har {length}).',
  },
  'password.too-long': {
    en: 'The password may have at most {max} characters.',
    fi: 'Salasanassa saa olla enintään {max} merkkiä.',
    sv: 'Lösenordet får ha högst {max} tecken.',
  },
  'password.one-character': {
    en: 'The password must not be one character repeated.',
    fi: 'Salasana ei saa olla yhtä ja samaa merkkiä toistettuna.',
    sv: 'Lösenordet får inte bestå av ett och samma tecken upprepat.',
  },
  'password.same-as-username': {
    en: 'The password must not be the username.',
    fi: 'Salasana ei saa olla sama kuin käyttäjätunnus.',
    sv: 'Lösenordet får inte vara detsamma som användarnamnet.',
  },

  // Users and tokens.
  'user.bad-username': {
    en: 'The username "{username}" is not valid: use 2–64 characters, lowercase letters a–z, digits, ".", "_" or "-".',
    fi: 'Käyttäjätunnus "{username}" ei kelpaa: käytä 2–64 merkkiä, pieniä kirjaimia a–z, numeroita, ".", "_" tai "-".',
    sv: 'Användarnamnet "{username}" är inte giltigt: använd 2–64 tecken, små bokstäver a–z, siffror, ".", "_" eller "-".',
  },
  'user.bad-name': {
    en: 'Give the person\'s name, at most {max} characters: --name "Anna Virtanen"',
    fi: 'Anna henkilön nimi, enintään {max} merkkiä: --name "Anna Virtanen"',
    sv: 'Ange personens namn, högst {max} tecken: --name "Anna Virtanen"',
  },
  'user.bad-role': {
    en: 'The role "{role}" is not of the form registry:role, e.g. raisio-tyollisyyspalvelut:tyontekija.',
    fi: 'Rooli "{role}" ei ole muotoa rekisteri:rooli, esim. raisio-tyollisyyspalvelut:tyontekija.',
    sv: 'Rollen "{role}" har inte formen register:roll, t.ex. raisio-tyollisyyspalvelut:tyontekija.',
  },
  'user.exists': {
    en: 'There is already a user "{username}".',
    fi: 'Käyttäjä "{username}" on jo olemassa.',
    sv: 'Det finns redan en användare "{username}".',
  },
  'user.unknown': {
    en: 'There is no user "{username}". `seloste user list` shows the users.',
    fi: 'Käyttäjää "{username}" ei ole. Käyttäjät: `seloste user list`.',
    sv: 'Det finns ingen användare "{username}". Användarna: `seloste user list`.',
  },
  'user.disabled': {
    en: 'The user "{username}" is disabled; enable them first (`seloste user enable {username}`).',
    fi: 'Käyttäjä "{username}" on poistettu käytöstä; ota käyttäjä ensin käyttöön (`seloste user enable {username}`).',
    sv: 'Användaren "{username}" är inaktiverad; aktivera användaren först (`seloste user enable {username}`).',
  },
  'token.bad-name': {
    en: 'Name the token, at most {max} characters, e.g. --name "nightly-export".',
    fi: 'Anna API-avaimelle nimi, enintään {max} merkkiä, esim. --name "yoajo-vienti".',
    sv: 'Ge API-nyckeln ett namn, högst {max} tecken, t.ex. --name "nattlig-export".',
  },
  'token.exists': {
    en: 'The user "{username}" already has an API token named "{name}"; revoke it first or choose another name.',
    fi: 'Käyttäjällä "{username}" on jo API-avain nimeltä "{name}"; mitätöi se ensin tai valitse toinen nimi.',
    sv: 'Användaren "{username}" har redan en API-nyckel med namnet "{name}"; återkalla den först eller välj ett annat namn.',
  },
  'token.unknown': {
    en: 'The user "{username}" has no API token named "{name}". `seloste user list` shows the tokens.',
    fi: 'Käyttäjällä "{username}" ei ole API-avainta nimeltä "{name}". Avaimet: `seloste user list`.',
    sv: 'Användaren "{username}" har ingen API-nyckel med namnet "{name}". Nycklarna: `seloste user list`.',
  },

  // The sign-in API (problem details, RFC 9457).
  'api.invalid-credentials.title': {
    en: 'Sign-in failed',
    fi: 'Kirjautuminen epäonnistui',
    sv: 'Inloggningen misslyckades',
  },
  'api.invalid-credentials.detail': {
    en: 'The username or password is wrong, or the account is not in use.',
    fi: 'Käyttäjätunnus tai salasana on väärin, tai tunnus ei ole käytössä.',
    sv: 'Användarnamnet eller lösenordet är fel, eller kontot används inte.',
  },
  'api.throttled.title': {
    en: 'Too many failed sign-ins',
    fi: 'Liian monta epäonnistunutta kirjautumista',
    sv: 'För många misslyckade inloggningar',
  },
  'api.throttled.detail': {
    en: 'Sign-in is blocked for a while. Try again in {minutes} min.',
    fi: 'Kirjautuminen on hetken estetty. Yritä uudelleen {minutes} min kuluttua.',
    sv: 'Inloggningen är spärrad en stund. Försök igen om {minutes} min.',
  },
  'api.malformed.title': {
    en: 'Malformed request',
    fi: 'Virheellinen pyyntö',
    sv: 'Felaktig begäran',
  },
  'api.malformed.detail': {
    en: 'Send a JSON object with "username" and "password" as strings.',
    fi: 'Lähetä JSON-olio, jossa "username" ja "password" ovat merkkijonoja.',
    sv: 'Skicka ett JSON-objekt med "username" och "password" som strängar.',
  },
  'api.unsupported-media-type.title': {
    en: 'Unsupported content type',
    fi: 'Sisältötyyppiä ei tueta',
    sv: 'Innehållstypen stöds inte',
  },
  'api.unsupported-media-type.detail': {
    en: 'Send the sign-in as JSON (Content-Type: application/json).',
    fi: 'Lähetä kirjautumistiedot JSON-muodossa (Content-Type: application/json).',
    sv: 'Skicka inloggningen som JSON (Content-Type: application/json).',
  },
  'api.too-large.title': {
    en: 'Request too large',
    fi: 'Pyyntö on liian suuri',
    sv: 'Begäran är för stor',
  },
  'api.too-large.detail': {
    en: 'A sign-in request may be at most {max} bytes.',
    fi: 'Kirjautumispyyntö saa olla enintään {max} tavua.',
    sv: 'En inloggningsbegäran får vara högst {max} byte.',
  },
  'api.unauthenticated.title': {
    en: 'Not signed in',
    fi: 'Et ole kirjautunut',
    sv: 'Du är inte inloggad',
  },
  'api.unauthenticated.detail': {
    en: 'Sign in first, or send a valid API token.',
    fi: 'Kirjaudu ensin sisään tai lähetä voimassa oleva API-avain.',
    sv: 'Logga in först eller skicka en giltig API-nyckel.',
  },

  // `seloste user`.
  'user.cli.usage': {
    en: `Usage:
  seloste user add <username> --name "Anna Virtanen" --role registry:role [--role …] [--password …]
  seloste user disable <username>
  seloste user enable <username>
  seloste user reset <username> [--password …]
  seloste user roles <username> --role registry:role [--role …]
  seloste user list
  seloste user token <username> --name <label>
  seloste user revoke-token <username> <label>
Options: --db FILE (the database), --lang fi|sv|en. The password comes from --password, else from
SELOSTE_PASSWORD, else a strong one is generated and shown once.`,
    fi: `Käyttö:
  seloste user add <tunnus> --name "Anna Virtanen" --role rekisteri:rooli [--role …] [--password …]
  seloste user disable <tunnus>
  seloste user enable <tunnus>
  seloste user reset <tunnus> [--password …]
  seloste user roles <tunnus> --role rekisteri:rooli [--role …]
  seloste user list
  seloste user token <tunnus> --name <nimi>
  seloste user revoke-token <tunnus> <nimi>
Valitsimet: --db TIEDOSTO (tietokanta), --lang fi|sv|en. Salasana otetaan valitsimesta --password,
muuten ympäristömuuttujasta SELOSTE_PASSWORD, muuten luodaan vahva salasana, joka näytetään kerran.`,
    sv: `Användning:
  seloste user add <namn> --name "Anna Virtanen" --role register:roll [--role …] [--password …]
  seloste user disable <namn>
  seloste user enable <namn>
  seloste user reset <namn> [--password …]
  seloste user roles <namn> --role register:roll [--role …]
  seloste user list
  seloste user token <namn> --name <etikett>
  seloste user revoke-token <namn> <etikett>
Flaggor: --db FIL (databasen), --lang fi|sv|en. Lösenordet tas från --password, annars från
SELOSTE_PASSWORD, annars skapas ett starkt lösenord som visas en gång.`,
  },
  'user.cli.unknown-sub': {
    en: 'Unknown subcommand "{sub}" of `seloste user`.',
    fi: 'Tuntematon alikomento "{sub}" komennolle `seloste user`.',
    sv: 'Okänt underkommando "{sub}" till `seloste user`.',
  },
  'user.cli.missing-sub': {
    en: 'Say what to do: `seloste user add|disable|enable|reset|roles|list|token|revoke-token`.',
    fi: 'Kerro, mitä tehdään: `seloste user add|disable|enable|reset|roles|list|token|revoke-token`.',
    sv: 'Ange vad som ska göras: `seloste user add|disable|enable|reset|roles|list|token|revoke-token`.',
  },
  'user.cli.missing-username': {
    en: 'Say which user: seloste user {sub} <username>',
    fi: 'Kerro, mikä käyttäjä: seloste user {sub} <tunnus>',
    sv: 'Ange vilken användare: seloste user {sub} <namn>',
  },
  'user.cli.missing-label': {
    en: 'Say which token: seloste user revoke-token <username> <label>',
    fi: 'Kerro, mikä API-avain: seloste user revoke-token <tunnus> <nimi>',
    sv: 'Ange vilken API-nyckel: seloste user revoke-token <namn> <etikett>',
  },
  'user.cli.missing-roles': {
    en: 'Give the roles: seloste user roles <username> --role registry:role [--role …]',
    fi: 'Anna roolit: seloste user roles <tunnus> --role rekisteri:rooli [--role …]',
    sv: 'Ange rollerna: seloste user roles <namn> --role register:roll [--role …]',
  },
  'user.cli.extra-argument': {
    en: 'Unexpected argument "{arg}" for `seloste user {sub}`.',
    fi: 'Ylimääräinen argumentti "{arg}" komennolle `seloste user {sub}`.',
    sv: 'Oväntat argument "{arg}" till `seloste user {sub}`.',
  },
  'user.cli.unknown-registry': {
    en: 'Unknown registry "{registry}" in the role "{grant}". The registries: {known}.',
    fi: 'Tuntematon rekisteri "{registry}" roolissa "{grant}". Rekisterit: {known}.',
    sv: 'Okänt register "{registry}" i rollen "{grant}". Registren: {known}.',
  },
  'user.cli.unknown-role': {
    en: 'The registry "{registry}" has no role "{role}". Its roles: {known}.',
    fi: 'Rekisterissä "{registry}" ei ole roolia "{role}". Sen roolit: {known}.',
    sv: 'Registret "{registry}" har ingen roll "{role}". Dess roller: {known}.',
  },
  'user.cli.db-failed': {
    en: 'Could not open the database {path}: {reason}. Nothing was changed.',
    fi: 'Tietokantaa {path} ei voitu avata: {reason}. Mitään ei muutettu.',
    sv: 'Databasen {path} kunde inte öppnas: {reason}. Inget ändrades.',
  },
  'user.cli.password-argument': {
    en: 'Note: a password given with --password stays in the shell history; SELOSTE_PASSWORD avoids that.',
    fi: 'Huom.: valitsimella --password annettu salasana jää komentohistoriaan; SELOSTE_PASSWORD välttää sen.',
    sv: 'Obs: ett lösenord som ges med --password blir kvar i kommandohistoriken; SELOSTE_PASSWORD undviker det.',
  },
  'user.cli.generated-password': {
    en: 'Password for {username} (shown only now; hand it over safely):',
    fi: 'Käyttäjän {username} salasana (näytetään vain nyt; toimita se turvallisesti):',
    sv: 'Lösenord för {username} (visas bara nu; överlämna det säkert):',
  },
  'user.cli.added': {
    en: 'Added the user {username} ({name}); roles: {roles}.',
    fi: 'Lisättiin käyttäjä {username} ({name}); roolit: {roles}.',
    sv: 'Lade till användaren {username} ({name}); roller: {roles}.',
  },
  'user.cli.no-roles': {
    en: 'none',
    fi: 'ei rooleja',
    sv: 'inga',
  },
  'user.cli.disabled': {
    en: 'Disabled the user {username}: {sessions} session(s) ended, {tokens} API token(s) revoked.',
    fi: 'Käyttäjä {username} poistettiin käytöstä: {sessions} istunto(a) päätettiin, {tokens} API-avain(ta) mitätöitiin.',
    sv: 'Användaren {username} inaktiverades: {sessions} session(er) avslutades, {tokens} API-nyckel/nycklar återkallades.',
  },
  'user.cli.enabled': {
    en: 'Enabled the user {username}. Revoked API tokens stay revoked.',
    fi: 'Käyttäjä {username} otettiin käyttöön. Mitätöidyt API-avaimet pysyvät mitätöityinä.',
    sv: 'Användaren {username} aktiverades. Återkallade API-nycklar förblir återkallade.',
  },
  'user.cli.reset': {
    en: 'Set a new password for {username}; their sessions were ended.',
    fi: 'Käyttäjälle {username} asetettiin uusi salasana; hänen istuntonsa päätettiin.',
    sv: 'Nytt lösenord för {username}; användarens sessioner avslutades.',
  },
  'user.cli.roles-set': {
    en: 'The roles of {username} are now: {roles}.',
    fi: 'Käyttäjän {username} roolit ovat nyt: {roles}.',
    sv: 'Rollerna för {username} är nu: {roles}.',
  },
  'user.cli.token-issued': {
    en: 'API token "{name}" for {username} (shown only now; store it in the client\'s secret store):',
    fi: 'Käyttäjän {username} API-avain "{name}" (näytetään vain nyt; tallenna se asiakasohjelman salaisuuksiin):',
    sv: 'API-nyckeln "{name}" för {username} (visas bara nu; spara den bland klientens hemligheter):',
  },
  'user.cli.token-revoked': {
    en: 'Revoked the API token "{name}" of {username}.',
    fi: 'Käyttäjän {username} API-avain "{name}" mitätöitiin.',
    sv: 'API-nyckeln "{name}" för {username} återkallades.',
  },
  'user.cli.no-users': {
    en: 'No users yet. Add one: seloste user add <username> --name "…" --role registry:role',
    fi: 'Käyttäjiä ei vielä ole. Lisää: seloste user add <tunnus> --name "…" --role rekisteri:rooli',
    sv: 'Inga användare ännu. Lägg till: seloste user add <namn> --name "…" --role register:roll',
  },
  'user.cli.list-header': {
    en: 'username\tname\tstatus\troles\tAPI tokens',
    fi: 'tunnus\tnimi\ttila\troolit\tAPI-avaimet',
    sv: 'användarnamn\tnamn\tstatus\troller\tAPI-nycklar',
  },
  'user.cli.active': {
    en: 'active',
    fi: 'käytössä',
    sv: 'aktiv',
  },
  'user.cli.inactive': {
    en: 'disabled',
    fi: 'poistettu käytöstä',
    sv: 'inaktiverad',
  },
};
