/**
 * UI strings of the citizen-facing notice pages: headings, labels and the explanations seloste
 * adds from the law. Plain language for citizens (Selkokieli-minded, second person); registry
 * texts themselves come from the definitions, never from here.
 */
import type { Catalogue } from './catalogue.js';

export const NOTICE_MESSAGES: Catalogue = {
  // Site chrome
  'site.name': { fi: 'Tietosuojaselosteet', sv: 'Dataskyddsbeskrivningar', en: 'Privacy notices' },
  'site.skip': { fi: 'Siirry sisältöön', sv: 'Gå till innehållet', en: 'Skip to content' },
  'site.language': { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  'site.accessibility': { fi: 'Saavutettavuusseloste', sv: 'Tillgänglighetsutlåtande', en: 'Accessibility statement' },
  'site.machine-readable': { fi: 'Koneluettavat muodot', sv: 'Maskinläsbara format', en: 'Machine-readable formats' },
  'site.json': { fi: 'Seloste JSON-muodossa', sv: 'Beskrivningen i JSON-format', en: 'This notice as JSON' },
  'site.dpv': { fi: 'Seloste W3C DPV -sanastolla (JSON-LD)', sv: 'Beskrivningen med W3C DPV (JSON-LD)', en: 'This notice in W3C DPV (JSON-LD)' },
  'site.generated': {
    fi: 'Tämä seloste on tuotettu suoraan rekisterin määrittelystä, jonka mukaan järjestelmä käsittelee tietoja.',
    sv: 'Denna beskrivning har skapats direkt ur registrets definition, enligt vilken systemet behandlar uppgifterna.',
    en: 'This notice is generated from the same register definition the system uses to process the data.',
  },
  'lang.fi': { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  'lang.sv': { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  'lang.en': { fi: 'englanti', sv: 'engelska', en: 'English' },
  'lang.name.fi': { en: 'Suomeksi' },
  'lang.name.sv': { en: 'På svenska' },
  'lang.name.en': { en: 'In English' },
  'lang.fallback': {
    fi: 'Osa tekstistä on saatavilla vain suomeksi.',
    sv: 'En del av texten finns endast på finska.',
    en: 'Some of the text is available in Finnish only.',
  },

  // Index
  'index.title': { fi: 'Tietosuojaselosteet', sv: 'Dataskyddsbeskrivningar', en: 'Privacy notices' },
  'index.intro': {
    fi: 'Näistä selosteista näet, mitä henkilötietoja rekistereissä käsitellään, miksi, kuka niistä vastaa ja mitä oikeuksia sinulla on.',
    sv: 'I dessa beskrivningar ser du vilka personuppgifter som behandlas i registren, varför, vem som ansvarar för dem och vilka rättigheter du har.',
    en: 'These notices tell you which personal data the registers hold, why, who is responsible for it and what rights you have.',
  },
  'index.controller': { fi: 'Rekisterinpitäjä', sv: 'Personuppgiftsansvarig', en: 'Controller' },
  'index.updated': { fi: 'Päivitetty', sv: 'Uppdaterad', en: 'Updated' },
  'index.empty': { fi: 'Selosteita ei ole julkaistu.', sv: 'Inga beskrivningar har publicerats.', en: 'No notices have been published.' },

  // Notice header
  'notice.kind': { fi: 'Tietosuojaseloste', sv: 'Dataskyddsbeskrivning', en: 'Privacy notice' },
  'notice.articles': {
    fi: 'EU:n yleinen tietosuoja-asetus (2016/679), 13 ja 14 artikla',
    sv: 'EU:s allmänna dataskyddsförordning (2016/679), artiklarna 13 och 14',
    en: 'EU General Data Protection Regulation (2016/679), Articles 13 and 14',
  },
  'notice.created': { fi: 'Laadittu', sv: 'Upprättad', en: 'Drawn up' },
  'notice.updated': { fi: 'Päivitetty', sv: 'Uppdaterad', en: 'Updated' },
  'notice.contents': { fi: 'Sisällys', sv: 'Innehåll', en: 'Contents' },
  'notice.back': { fi: 'Kaikki selosteet', sv: 'Alla beskrivningar', en: 'All notices' },
  'notice.not-stated': {
    fi: 'Tätä tietoa ei ole ilmoitettu selosteessa.',
    sv: 'Denna uppgift anges inte i beskrivningen.',
    en: 'This notice does not state this.',
  },

  // Section headings, in the order Finnish privacy notices use
  'section.controller': { fi: 'Rekisterinpitäjä', sv: 'Personuppgiftsansvarig', en: 'Controller' },
  'section.dpo': { fi: 'Tietosuojavastaava', sv: 'Dataskyddsombud', en: 'Data protection officer' },
  'section.register': { fi: 'Rekisterin nimi ja rekisteröidyt', sv: 'Registrets namn och de registrerade', en: 'The register and the people in it' },
  'section.purposes': {
    fi: 'Käsittelyn tarkoitus ja oikeusperuste',
    sv: 'Ändamålet med behandlingen och den rättsliga grunden',
    en: 'Why the data is processed and on what legal basis',
  },
  'section.content': { fi: 'Rekisterin tietosisältö', sv: 'Registrets innehåll', en: 'What data the register holds' },
  'section.sources': { fi: 'Säännönmukaiset tietolähteet', sv: 'Regelbundna uppgiftskällor', en: 'Where the data comes from' },
  'section.disclosures': { fi: 'Tietojen säännönmukaiset luovutukset', sv: 'Regelbundna utlämnanden av uppgifter', en: 'Who the data is disclosed to' },
  'section.transfers': {
    fi: 'Tietojen siirto EU:n tai ETA:n ulkopuolelle',
    sv: 'Överföring av uppgifter utanför EU eller EES',
    en: 'Transfers outside the EU or EEA',
  },
  'section.automated': {
    fi: 'Automaattinen päätöksenteko ja profilointi',
    sv: 'Automatiserat beslutsfattande och profilering',
    en: 'Automated decision-making and profiling',
  },
  'section.security': { fi: 'Rekisterin suojauksen periaatteet', sv: 'Hur registret skyddas', en: 'How the register is protected' },
  'section.retention': { fi: 'Tietojen säilytysaika', sv: 'Hur länge uppgifterna sparas', en: 'How long the data is kept' },
  'section.rights': { fi: 'Rekisteröidyn oikeudet', sv: 'Den registrerades rättigheter', en: 'Your rights' },
  'section.objection': { fi: 'Oikeus vastustaa käsittelyä', sv: 'Rätt att invända mot behandling', en: 'Right to object' },
  'section.complaint': {
    fi: 'Oikeus tehdä valitus valvontaviranomaiselle',
    sv: 'Rätt att klaga hos tillsynsmyndigheten',
    en: 'Right to complain to the supervisory authority',
  },
  'section.changes': { fi: 'Selosteen päivitykset', sv: 'Uppdateringar av beskrivningen', en: 'Changes to this notice' },

  // Controller and contacts
  'label.name': { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  'label.unit': { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' },
  'label.business-id': { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
  'label.address': { fi: 'Osoite', sv: 'Adress', en: 'Address' },
  'label.phone': { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  'label.fax': { fi: 'Faksi', sv: 'Fax', en: 'Fax' },
  'label.email': { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
  'label.website': { fi: 'Verkkosivut', sv: 'Webbplats', en: 'Website' },
  'label.title': { fi: 'Tehtävä', sv: 'Befattning', en: 'Position' },
  'label.role': { fi: 'Rooli', sv: 'Roll', en: 'Role' },
  'controller.officials': { fi: 'Vastuuhenkilöt', sv: 'Ansvariga personer', en: 'Responsible people' },
  'controller.joint': { fi: 'Yhteisrekisterinpitäjät', sv: 'Gemensamt personuppgiftsansvariga', en: 'Joint controllers' },
  'controller.joint-responsibilities': { fi: 'Vastuunjako', sv: 'Ansvarsfördelning', en: 'Division of responsibilities' },
  'controller.representatives': { fi: 'Rekisterinpitäjän edustaja', sv: 'Den personuppgiftsansvariges företrädare', en: "Controller's representative" },
  'controller.contacts': {
    fi: 'Yhteyshenkilö rekisteriä koskevissa asioissa',
    sv: 'Kontaktperson i ärenden som gäller registret',
    en: 'Contact person for the register',
  },

  // Register
  'register.description': { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
  'register.form': { fi: 'Rekisterin pitotapa', sv: 'Hur registret förs', en: 'How the register is kept' },
  'register.form.electronic': { fi: 'sähköisesti', sv: 'elektroniskt', en: 'electronically' },
  'register.form.manual': { fi: 'paperilla (manuaalinen aineisto)', sv: 'på papper (manuellt material)', en: 'on paper (manual records)' },
  'register.subjects': { fi: 'Keiden tietoja rekisterissä on', sv: 'Vems uppgifter registret innehåller', en: 'Whose data the register holds' },
  'register.systems': { fi: 'Tietojärjestelmät', sv: 'Informationssystem', en: 'Information systems' },
  'register.processors': { fi: 'Henkilötietojen käsittelijät', sv: 'Personuppgiftsbiträden', en: 'Processors acting for the controller' },
  'register.administration': { fi: 'Rekisterin ylläpito', sv: 'Underhåll av registret', en: 'Maintenance of the register' },

  // Purposes and legal bases
  'purposes.purposes': { fi: 'Käsittelyn tarkoitukset', sv: 'Ändamål med behandlingen', en: 'Purposes of the processing' },
  'purposes.bases': { fi: 'Oikeusperusteet', sv: 'Rättsliga grunder', en: 'Legal bases' },
  'purposes.laws': { fi: 'Lainsäädäntö', sv: 'Lagstiftning', en: 'Legislation' },
  'purposes.for': { fi: 'Tarkoitukset', sv: 'Ändamål', en: 'Purposes' },
  'purposes.interests': { fi: 'Oikeutetut edut', sv: 'Berättigade intressen', en: 'Legitimate interests' },
  'purposes.provision': { fi: 'Onko tietojen antaminen pakollista', sv: 'Är det obligatoriskt att lämna uppgifterna', en: 'Do you have to provide the data' },
  'purposes.consequences': { fi: 'Jos tietoja ei anneta', sv: 'Om uppgifterna inte lämnas', en: 'If the data is not provided' },
  'purposes.consents': { fi: 'Suostumukset', sv: 'Samtycken', en: 'Consents' },
  'purposes.consent-methods': { fi: 'Miten suostumus annetaan', sv: 'Hur samtycket ges', en: 'How consent is given' },
  'purposes.consent-withdrawal': { fi: 'Suostumuksen peruuttaminen', sv: 'Återkallande av samtycke', en: 'Withdrawing consent' },
  'purposes.secrecy': { fi: 'Salassapito', sv: 'Sekretess', en: 'Confidentiality' },
  'provision.statutory': {
    fi: 'Tietojen antaminen perustuu lakiin.',
    sv: 'Skyldigheten att lämna uppgifterna följer av lag.',
    en: 'Providing the data is required by law.',
  },
  'provision.contractual': {
    fi: 'Tietojen antaminen perustuu sopimukseen.',
    sv: 'Skyldigheten att lämna uppgifterna följer av ett avtal.',
    en: 'Providing the data is required by a contract.',
  },
  'provision.contract-prerequisite': {
    fi: 'Tietojen antaminen on sopimuksen tekemisen edellytys.',
    sv: 'Uppgifterna måste lämnas för att ett avtal ska kunna ingås.',
    en: 'Providing the data is needed to enter into a contract.',
  },
  'provision.voluntary': { fi: 'Tietojen antaminen on vapaaehtoista.', sv: 'Det är frivilligt att lämna uppgifterna.', en: 'Providing the data is voluntary.' },
  'consent.method.signed-form': { fi: 'allekirjoitettu lomake', sv: 'undertecknad blankett', en: 'signed form' },
  'consent.method.written': { fi: 'kirjallisesti', sv: 'skriftligt', en: 'in writing' },
  'consent.method.oral': { fi: 'suullisesti', sv: 'muntligt', en: 'orally' },
  'consent.method.electronic': { fi: 'sähköisesti', sv: 'elektroniskt', en: 'electronically' },
  'gdpr.article': { fi: 'tietosuoja-asetuksen {ref} artikla', sv: 'artikel {ref} i dataskyddsförordningen', en: 'GDPR Article {ref}' },
  'gdpr.6-1-a': { fi: 'suostumus', sv: 'samtycke', en: 'consent' },
  'gdpr.6-1-b': { fi: 'sopimus', sv: 'avtal', en: 'contract' },
  'gdpr.6-1-c': { fi: 'lakisääteinen velvoite', sv: 'rättslig förpliktelse', en: 'legal obligation' },
  'gdpr.6-1-d': { fi: 'elintärkeä etu', sv: 'grundläggande intresse', en: 'vital interests' },
  'gdpr.6-1-e': {
    fi: 'yleisen edun mukainen tehtävä tai julkisen vallan käyttö',
    sv: 'uppgift av allmänt intresse eller myndighetsutövning',
    en: 'task in the public interest or official authority',
  },
  'gdpr.6-1-f': { fi: 'oikeutettu etu', sv: 'berättigat intresse', en: 'legitimate interests' },
  'gdpr.9-2': { fi: 'erityisten henkilötietoryhmien käsittely', sv: 'behandling av särskilda kategorier av personuppgifter', en: 'special categories of personal data' },

  // Data content
  'content.special': { fi: 'erityinen henkilötietoryhmä', sv: 'särskild kategori av personuppgifter', en: 'special category of personal data' },
  'content.confidential': { fi: 'Salassa pidettävä', sv: 'Sekretessbelagd', en: 'Confidential' },
  'content.protected': {
    fi: 'Turvakiellon alainen osoite näytetään vain siihen oikeutetuille.',
    sv: 'En adress som omfattas av spärrmarkering visas endast för dem som har rätt till det.',
    en: 'An address under address protection (turvakielto) is shown only to those entitled to see it.',
  },
  'content.group': { fi: 'Toistuva tieto; kustakin merkinnästä kirjataan:', sv: 'Återkommande uppgift; för varje post registreras:', en: 'Repeated entries; each entry records:' },
  'content.subjects': { fi: 'Koskee', sv: 'Gäller', en: 'Concerns' },

  // Sources, disclosures, linkages
  'sources.with-consent': { fi: 'suostumuksellasi', sv: 'med ditt samtycke', en: 'with your consent' },
  'disclosures.none': {
    fi: 'Tietoja ei luovuteta säännönmukaisesti.',
    sv: 'Uppgifterna lämnas inte ut regelbundet.',
    en: 'The data is not regularly disclosed.',
  },
  'disclosures.recipient': { fi: 'Vastaanottaja', sv: 'Mottagare', en: 'Recipient' },
  'disclosures.data': { fi: 'Luovutettavat tiedot', sv: 'Uppgifter som lämnas ut', en: 'Data disclosed' },
  'disclosures.basis': { fi: 'Peruste', sv: 'Grund', en: 'Basis' },
  'disclosures.basis.consent': { fi: 'suostumuksesi', sv: 'ditt samtycke', en: 'your consent' },
  'disclosures.basis.law': { fi: 'laki', sv: 'lag', en: 'law' },
  'disclosures.method': { fi: 'Miten', sv: 'Hur', en: 'How' },
  'disclosures.opt-out': { fi: 'Kieltäytyminen', sv: 'Att avstå', en: 'Opting out' },
  'disclosures.laws': { fi: 'Luovutusten lainsäädäntö', sv: 'Lagstiftning om utlämnanden', en: 'Legislation on disclosures' },
  'disclosures.never': { fi: 'Tietoja ei luovuteta', sv: 'Uppgifter lämnas inte ut', en: 'Data is not disclosed' },
  'disclosures.linkages': { fi: 'Rekisterien yhdistäminen', sv: 'Samkörning av register', en: 'Register linkages' },
  'disclosures.frequency': { fi: 'Kuinka usein', sv: 'Hur ofta', en: 'How often' },
  'disclosures.categories': { fi: 'Tietoryhmät', sv: 'Kategorier', en: 'Categories' },

  // Transfers and automated decisions
  'transfers.none': {
    fi: 'Tietoja ei siirretä EU:n tai Euroopan talousalueen ulkopuolelle.',
    sv: 'Uppgifterna överförs inte utanför EU eller Europeiska ekonomiska samarbetsområdet.',
    en: 'The data is not transferred outside the EU or the European Economic Area.',
  },
  'transfers.country': { fi: 'Maa', sv: 'Land', en: 'Country' },
  'transfers.safeguard': { fi: 'Suojatoimi', sv: 'Skyddsåtgärd', en: 'Safeguard' },
  'safeguard.adequacy-decision': {
    fi: 'Euroopan komission tietosuojan riittävyyttä koskeva päätös',
    sv: 'Europeiska kommissionens beslut om adekvat skyddsnivå',
    en: 'European Commission adequacy decision',
  },
  'safeguard.standard-contractual-clauses': {
    fi: 'Euroopan komission vakiosopimuslausekkeet',
    sv: 'Europeiska kommissionens standardavtalsklausuler',
    en: 'European Commission standard contractual clauses',
  },
  'safeguard.binding-corporate-rules': { fi: 'yritystä koskevat sitovat säännöt', sv: 'bindande företagsbestämmelser', en: 'binding corporate rules' },
  'safeguard.derogation': {
    fi: 'erityistilanteita koskeva poikkeus (49 artikla)',
    sv: 'undantag i särskilda situationer (artikel 49)',
    en: 'derogation for specific situations (Article 49)',
  },
  'automated.none': {
    fi: 'Rekisterin tietojen perusteella ei tehdä automaattisia päätöksiä eikä profilointia.',
    sv: 'Inga automatiserade beslut eller profilering görs utifrån registrets uppgifter.',
    en: 'No automated decisions or profiling are based on the data in this register.',
  },
  'automated.logic': { fi: 'Miten päätös tehdään', sv: 'Hur beslutet fattas', en: 'How the decision is made' },
  'automated.significance': { fi: 'Merkitys ja seuraukset sinulle', sv: 'Betydelse och följder för dig', en: 'What it means for you' },

  // Security
  'security.manual': { fi: 'Manuaalinen aineisto', sv: 'Manuellt material', en: 'Paper records' },
  'security.electronic': { fi: 'Sähköinen aineisto', sv: 'Elektroniskt material', en: 'Electronic records' },
  'security.organisational': { fi: 'Organisatoriset toimet', sv: 'Organisatoriska åtgärder', en: 'Organisational measures' },

  // Retention
  'retention.rule.delete': {
    fi: 'Tiedot poistetaan {period} kuluttua {start}.',
    sv: 'Uppgifterna raderas {period} efter {start}.',
    en: 'The data is deleted {period} after {start}.',
  },
  'retention.rule.anonymize': {
    fi: 'Tiedot anonymisoidaan {period} kuluttua {start}.',
    sv: 'Uppgifterna anonymiseras {period} efter {start}.',
    en: 'The data is anonymised {period} after {start}.',
  },
  'retention.rule.review': {
    fi: 'Tietojen tarpeellisuus arvioidaan {period} kuluttua {start}.',
    sv: 'Behovet av uppgifterna bedöms {period} efter {start}.',
    en: 'Whether the data is still needed is reviewed {period} after {start}.',
  },
  'retention.start.state': { fi: 'siitä, kun tila on ”{state}”', sv: 'att statusen blivit ”{state}”', en: 'the status becomes “{state}”' },
  'retention.start.field': { fi: 'tiedon ”{field}” päivämäärästä', sv: 'datumet i uppgiften ”{field}”', en: 'the date in “{field}”' },
  'retention.start.created': { fi: 'tietojen tallentamisesta', sv: 'att uppgifterna registrerades', en: 'the data was recorded' },
  'retention.start.updated': { fi: 'tietojen viimeisestä muuttamisesta', sv: 'att uppgifterna senast ändrades', en: 'the data was last changed' },
  'retention.applies-to': { fi: 'Koskee tietoryhmää', sv: 'Gäller kategorin', en: 'Applies to' },
  'retention.reference': { fi: 'Säilytysajat määräytyvät', sv: 'Bevarandetiderna bestäms av', en: 'Retention periods are set by' },

  // Durations (Finnish in the genitive the sentences need: "1 vuoden kuluttua"), by plural form
  'duration.fi.Y.one': { en: '{n} vuoden' },
  'duration.fi.Y.other': { en: '{n} vuoden' },
  'duration.fi.M.one': { en: '{n} kuukauden' },
  'duration.fi.M.other': { en: '{n} kuukauden' },
  'duration.fi.W.one': { en: '{n} viikon' },
  'duration.fi.W.other': { en: '{n} viikon' },
  'duration.fi.D.one': { en: '{n} päivän' },
  'duration.fi.D.other': { en: '{n} päivän' },
  'duration.fi.H.one': { en: '{n} tunnin' },
  'duration.fi.H.other': { en: '{n} tunnin' },
  'duration.sv.Y.one': { en: '{n} år' },
  'duration.sv.Y.other': { en: '{n} år' },
  'duration.sv.M.one': { en: '{n} månad' },
  'duration.sv.M.other': { en: '{n} månader' },
  'duration.sv.W.one': { en: '{n} vecka' },
  'duration.sv.W.other': { en: '{n} veckor' },
  'duration.sv.D.one': { en: '{n} dag' },
  'duration.sv.D.other': { en: '{n} dagar' },
  'duration.sv.H.one': { en: '{n} timme' },
  'duration.sv.H.other': { en: '{n} timmar' },
  'duration.en.Y.one': { en: '{n} year' },
  'duration.en.Y.other': { en: '{n} years' },
  'duration.en.M.one': { en: '{n} month' },
  'duration.en.M.other': { en: '{n} months' },
  'duration.en.W.one': { en: '{n} week' },
  'duration.en.W.other': { en: '{n} weeks' },
  'duration.en.D.one': { en: '{n} day' },
  'duration.en.D.other': { en: '{n} days' },
  'duration.en.H.one': { en: '{n} hour' },
  'duration.en.H.other': { en: '{n} hours' },
  'duration.and': { fi: 'ja', sv: 'och', en: 'and' },

  // Rights
  'rights.intro': {
    fi: 'Sinulla on tietosuoja-asetuksen mukaan seuraavat oikeudet. Ne määräytyvät sen mukaan, millä oikeusperusteella tietojasi käsitellään.',
    sv: 'Enligt dataskyddsförordningen har du följande rättigheter. De beror på den rättsliga grunden för behandlingen av dina uppgifter.',
    en: 'Under the GDPR you have the following rights. Which ones apply depends on the legal basis on which your data is processed.',
  },
  'rights.not-applicable': {
    fi: 'Oikeudet, jotka eivät koske tätä rekisteriä',
    sv: 'Rättigheter som inte gäller detta register',
    en: 'Rights that do not apply to this register',
  },
  'rights.limited': { fi: 'Rajoitus', sv: 'Begränsning', en: 'Limitation' },
  'rights.registry-says': { fi: 'Rekisterinpitäjän tarkennus', sv: 'Den personuppgiftsansvariges förtydligande', en: "The controller's explanation" },
  'rights.how': { fi: 'Näin käytät oikeuksiasi', sv: 'Så här använder du dina rättigheter', en: 'How to use your rights' },
  'rights.channels': { fi: 'Pyynnön tekeminen', sv: 'Så gör du en begäran', en: 'Making a request' },
  'rights.addressee': { fi: 'Pyyntö osoitetaan', sv: 'Begäran riktas till', en: 'Send the request to' },
  'rights.identity': { fi: 'Henkilöllisyyden tarkistaminen', sv: 'Kontroll av identitet', en: 'Checking your identity' },
  'rights.deadline-label': { fi: 'Vastausaika', sv: 'Svarstid', en: 'Time to answer' },
  'rights.cost': { fi: 'Maksut', sv: 'Avgifter', en: 'Fees' },
  'rights.cost-default': {
    fi: 'Oikeuksien käyttäminen on maksutonta.',
    sv: 'Det är avgiftsfritt att använda rättigheterna.',
    en: 'Using your rights is free of charge.',
  },
  'rights.deadline': {
    fi: 'Pyyntöösi vastataan ilman aiheetonta viivytystä ja viimeistään {period} kuluessa siitä, kun pyyntö on saapunut.',
    sv: 'Din begäran besvaras utan onödigt dröjsmål och senast inom {period} från att den kom in.',
    en: 'Your request is answered without undue delay and at the latest within {period} of receiving it.',
  },
  'rights.deadline-extension': {
    fi: 'Jos pyynnöt ovat monimutkaisia tai niitä on paljon, määräaikaa voidaan jatkaa enintään kahdella kuukaudella. Jatkamisesta ja sen syistä kerrotaan sinulle kuukauden kuluessa (tietosuoja-asetuksen 12 artiklan 3 kohta).',
    sv: 'Om begärandena är komplicerade eller många kan tidsfristen förlängas med högst två månader. Du får veta om förlängningen och skälen till den inom en månad (artikel 12.3 i dataskyddsförordningen).',
    en: 'If requests are complex or numerous, the time limit may be extended by up to two months. You will be told of the extension and the reasons within one month (GDPR Article 12(3)).',
  },
  'rights.contact': { fi: 'Yhteydenotot', sv: 'Kontakt', en: 'Contact' },
  'rights.restrictions': { fi: 'Oikeuksien rajoitukset', sv: 'Begränsningar av rättigheterna', en: 'Limits to these rights' },
  'right.article': { fi: 'tietosuoja-asetuksen {article} artikla', sv: 'artikel {article} i dataskyddsförordningen', en: 'GDPR Article {article}' },

  'right.access.title': { fi: 'Oikeus saada pääsy tietoihin (tarkastusoikeus)', sv: 'Rätt till tillgång (rätt till insyn)', en: 'Right of access' },
  'right.access.body': {
    fi: 'Voit kysyä, käsitelläänkö sinua koskevia tietoja, ja saada kopion tiedoistasi.',
    sv: 'Du kan fråga om uppgifter om dig behandlas och få en kopia av dina uppgifter.',
    en: 'You can ask whether data about you is processed and get a copy of your data.',
  },
  'right.rectification.title': { fi: 'Oikeus tietojen oikaisemiseen', sv: 'Rätt till rättelse', en: 'Right to rectification' },
  'right.rectification.body': {
    fi: 'Voit pyytää, että virheelliset tietosi korjataan ja puutteelliset tietosi täydennetään.',
    sv: 'Du kan begära att felaktiga uppgifter om dig rättas och att ofullständiga uppgifter kompletteras.',
    en: 'You can ask for wrong data about you to be corrected and incomplete data to be completed.',
  },
  'right.erasure.title': { fi: 'Oikeus tietojen poistamiseen', sv: 'Rätt till radering', en: 'Right to erasure' },
  'right.erasure.body': {
    fi: 'Voit pyytää, että tietosi poistetaan, esimerkiksi kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin.',
    sv: 'Du kan begära att dina uppgifter raderas, till exempel när de inte längre behövs för det ändamål de samlades in för.',
    en: 'You can ask for your data to be erased, for example when it is no longer needed for the purpose it was collected for.',
  },
  'right.restriction.title': { fi: 'Oikeus käsittelyn rajoittamiseen', sv: 'Rätt till begränsning av behandling', en: 'Right to restriction of processing' },
  'right.restriction.body': {
    fi: 'Voit pyytää, että tietojesi käsittelyä rajoitetaan esimerkiksi siksi aikaa, kun tietojen oikeellisuutta selvitetään.',
    sv: 'Du kan begära att behandlingen av dina uppgifter begränsas, till exempel medan det utreds om uppgifterna är korrekta.',
    en: 'You can ask for the processing of your data to be restricted, for example while its accuracy is being checked.',
  },
  'right.portability.title': { fi: 'Oikeus siirtää tiedot järjestelmästä toiseen', sv: 'Rätt till dataportabilitet', en: 'Right to data portability' },
  'right.portability.body': {
    fi: 'Voit saada itse antamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.',
    sv: 'Du kan få de uppgifter du själv har lämnat i maskinläsbar form och överföra dem till en annan personuppgiftsansvarig.',
    en: 'You can get the data you provided yourself in a machine-readable format and pass it to another controller.',
  },
  'right.objection.title': { fi: 'Oikeus vastustaa käsittelyä', sv: 'Rätt att invända mot behandling', en: 'Right to object' },
  'right.objection.body': {
    fi: 'Sinulla on oikeus milloin tahansa vastustaa tietojesi käsittelyä henkilökohtaiseen, erityiseen tilanteeseesi liittyvällä perusteella. Sen jälkeen tietojasi ei saa käsitellä, ellei rekisterinpitäjä osoita, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka menee etujesi, oikeuksiesi ja vapauksiesi edelle, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.',
    sv: 'Du har rätt att när som helst invända mot behandlingen av dina uppgifter av skäl som hänför sig till din särskilda situation. Därefter får uppgifterna inte behandlas, om inte den personuppgiftsansvarige visar tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter, eller att behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.',
    en: 'You have the right to object at any time, on grounds relating to your particular situation, to the processing of your data. After that your data may not be processed unless the controller shows compelling legitimate grounds that override your interests, rights and freedoms, or that the processing is needed to establish, exercise or defend legal claims.',
  },
  'right.withdraw-consent.title': { fi: 'Oikeus peruuttaa suostumus', sv: 'Rätt att återkalla samtycke', en: 'Right to withdraw consent' },
  'right.withdraw-consent.body': {
    fi: 'Kun käsittely perustuu suostumukseesi, voit peruuttaa suostumuksen milloin tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.',
    sv: 'När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla samtycket lika lätt som du gav det. Återkallelsen påverkar inte lagligheten av behandling före den.',
    en: 'Where processing is based on your consent, you can withdraw it at any time, as easily as you gave it. Withdrawing does not affect the lawfulness of processing before it.',
  },
  'right.automated-decisions.title': {
    fi: 'Oikeus olla joutumatta automaattisen päätöksen kohteeksi',
    sv: 'Rätt att inte bli föremål för automatiserade beslut',
    en: 'Right not to be subject to automated decisions',
  },
  'right.automated-decisions.body': {
    fi: 'Voit vaatia, että sinua koskevan päätöksen tarkistaa ihminen, esittää oman kantasi ja riitauttaa päätöksen.',
    sv: 'Du kan kräva att en människa granskar beslutet om dig, framföra din synpunkt och bestrida beslutet.',
    en: 'You can require a person to review the decision about you, give your point of view and contest the decision.',
  },
  'right.complaint.title': { fi: 'Oikeus tehdä valitus', sv: 'Rätt att klaga', en: 'Right to complain' },
  'right.complaint.body': {
    fi: 'Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, voit tehdä valituksen valvontaviranomaiselle.',
    sv: 'Om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen kan du klaga hos tillsynsmyndigheten.',
    en: 'If you think the processing of your personal data breaks data protection law, you can complain to the supervisory authority.',
  },

  'reason.erasure-public-task': {
    fi: 'Tietoja ei poisteta pyynnöstä silloin, kun käsittely on tarpeen lakisääteisen velvoitteen noudattamiseksi tai yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta). Tämän rekisterin käsittely perustuu siihen.',
    sv: 'Uppgifterna raderas inte på begäran när behandlingen behövs för att fullgöra en rättslig förpliktelse eller för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning (artikel 17.3 b i dataskyddsförordningen). Behandlingen i detta register grundar sig på detta.',
    en: 'Data is not erased on request where processing is needed to comply with a legal obligation or to perform a task in the public interest or in the exercise of official authority (GDPR Article 17(3)(b)). The processing in this register is based on that.',
  },
  'reason.portability-public-task': {
    fi: 'Oikeus ei koske tätä rekisteriä, koska käsittely perustuu lakisääteiseen velvoitteeseen tai yleisen edun mukaiseen tehtävään eikä suostumukseen tai sopimukseen (tietosuoja-asetuksen 20 artikla).',
    sv: 'Rätten gäller inte detta register, eftersom behandlingen grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse och inte på samtycke eller avtal (artikel 20 i dataskyddsförordningen).',
    en: 'This right does not apply here, because processing is based on a legal obligation or a task in the public interest, not on consent or a contract (GDPR Article 20).',
  },
  'reason.portability-no-consent-or-contract': {
    fi: 'Oikeus koskee vain käsittelyä, joka perustuu suostumukseen tai sopimukseen (tietosuoja-asetuksen 20 artikla). Tämän rekisterin ilmoitetut oikeusperusteet eivät ole kumpaakaan.',
    sv: 'Rätten gäller endast behandling som grundar sig på samtycke eller avtal (artikel 20 i dataskyddsförordningen). De rättsliga grunder som anges för detta register är inte någondera.',
    en: 'This right covers only processing based on consent or a contract (GDPR Article 20). The legal bases stated for this register are neither.',
  },
  'reason.portability-not-automated': {
    fi: 'Oikeus koskee vain automaattisesti suoritettavaa käsittelyä (tietosuoja-asetuksen 20 artikla). Tätä rekisteriä pidetään paperilla.',
    sv: 'Rätten gäller endast automatiserad behandling (artikel 20 i dataskyddsförordningen). Detta register förs på papper.',
    en: 'This right covers only automated processing (GDPR Article 20). This register is kept on paper.',
  },
  'reason.portability-public-task-part': {
    fi: 'Oikeus koskee vain tietoja, joita käsitellään suostumuksesi tai sopimuksen perusteella, ei tietoja, joita käsitellään lakisääteisen velvoitteen tai yleisen edun mukaisen tehtävän vuoksi (tietosuoja-asetuksen 20 artiklan 3 kohta).',
    sv: 'Rätten gäller endast uppgifter som behandlas på grund av ditt samtycke eller ett avtal, inte uppgifter som behandlas på grund av en rättslig förpliktelse eller en uppgift av allmänt intresse (artikel 20.3 i dataskyddsförordningen).',
    en: 'This right covers only data processed on the basis of your consent or a contract, not data processed for a legal obligation or a task in the public interest (GDPR Article 20(3)).',
  },
  'reason.objection-no-public-task-or-interest': {
    fi: 'Oikeus koskee käsittelyä, joka perustuu yleisen edun mukaiseen tehtävään tai oikeutettuun etuun (tietosuoja-asetuksen 21 artikla). Tämän rekisterin ilmoitetut oikeusperusteet eivät ole kumpaakaan.',
    sv: 'Rätten gäller behandling som grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse (artikel 21 i dataskyddsförordningen). De rättsliga grunder som anges för detta register är inte någondera.',
    en: 'This right covers processing based on a task in the public interest or legitimate interests (GDPR Article 21). The legal bases stated for this register are neither.',
  },
  'reason.withdraw-no-consent': {
    fi: 'Käsittely ei perustu suostumukseen.',
    sv: 'Behandlingen grundar sig inte på samtycke.',
    en: 'The processing is not based on consent.',
  },

  // The supervisory authority (engine knowledge, same for every Finnish register)
  'authority.name': { fi: 'Tietosuojavaltuutetun toimisto', sv: 'Dataombudsmannens byrå', en: 'Office of the Data Protection Ombudsman' },
  'authority.visit': { fi: 'Käyntiosoite', sv: 'Besöksadress', en: 'Street address' },
  'authority.visit-address': { fi: 'Lintulahdenkuja 4, 00530 Helsinki', sv: 'Lintulahdsgränden 4, 00530 Helsingfors', en: 'Lintulahdenkuja 4, 00530 Helsinki' },
  'authority.post': { fi: 'Postiosoite', sv: 'Postadress', en: 'Postal address' },
  'authority.post-address': { fi: 'PL 800, 00531 Helsinki', sv: 'PB 800, 00531 Helsingfors', en: 'P.O. Box 800, 00531 Helsinki, Finland' },
  'authority.phone': { fi: 'Vaihde', sv: 'Växel', en: 'Switchboard' },
  'authority.phone-number': { fi: '029 566 6700', sv: '029 566 6700', en: '+358 29 566 6700' },
  'authority.web': { fi: 'https://tietosuoja.fi', sv: 'https://tietosuoja.fi/sv', en: 'https://tietosuoja.fi/en' },
  'authority.intro': {
    fi: 'Voit tehdä valituksen, jos katsot, että henkilötietojesi käsittely rikkoo tietosuojalainsäädäntöä. Valituksen voi tehdä myös muun EU-maan valvontaviranomaiselle, jos asut tai työskentelet siellä.',
    sv: 'Du kan klaga om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen. Du kan också klaga hos tillsynsmyndigheten i ett annat EU-land om du bor eller arbetar där.',
    en: 'You can complain if you think the processing of your personal data breaks data protection law. You can also complain to the supervisory authority of another EU country where you live or work.',
  },

  // Change log
  'changes.date': { fi: 'Päivämäärä', sv: 'Datum', en: 'Date' },
  'changes.change': { fi: 'Muutos', sv: 'Ändring', en: 'Change' },
  'changes.validity': { fi: 'Voimassaolo', sv: 'Giltighet', en: 'Validity' },
  'changes.availability': { fi: 'Selosteen saatavuus', sv: 'Var beskrivningen finns', en: 'Where this notice is available' },
  'changes.links': { fi: 'Lisätietoja', sv: 'Mer information', en: 'More information' },

  // Accessibility statement (Laki digitaalisten palvelujen tarjoamisesta 306/2019, 15 §)
  'a11y.title': { fi: 'Saavutettavuusseloste', sv: 'Tillgänglighetsutlåtande', en: 'Accessibility statement' },
  'a11y.intro': {
    fi: 'Tämä saavutettavuusseloste koskee tämän sivuston tietosuojaselosteita. Saavutettavuusvaatimuksista säädetään laissa digitaalisten palvelujen tarjoamisesta (306/2019).',
    sv: 'Detta tillgänglighetsutlåtande gäller dataskyddsbeskrivningarna på denna webbplats. Tillgänglighetskraven finns i lagen om tillhandahållande av digitala tjänster (306/2019).',
    en: 'This accessibility statement covers the privacy notices on this site. The accessibility requirements are set by the Act on the Provision of Digital Services (306/2019).',
  },
  'a11y.status.heading': { fi: 'Saavutettavuuden tila', sv: 'Tillgänglighetsstatus', en: 'Compliance status' },
  'a11y.status': {
    fi: 'Sivusto täyttää WCAG 2.1 -ohjeiston AA-tason saavutettavuusvaatimukset.',
    sv: 'Webbplatsen uppfyller tillgänglighetskraven på nivå AA i WCAG 2.1.',
    en: 'The site meets the WCAG 2.1 level AA accessibility requirements.',
  },
  'a11y.language': {
    fi: 'Selosteiden otsikot ja ohjetekstit ovat suomeksi, ruotsiksi ja englanniksi. Jos rekisterinpitäjä ei ole kääntänyt selosteen sisältöä, käännöksen puuttuva teksti näytetään suomeksi ja merkitään suomenkieliseksi, jotta ruudunlukija lukee sen oikein.',
    sv: 'Rubrikerna och anvisningarna finns på finska, svenska och engelska. Om den personuppgiftsansvarige inte har översatt innehållet visas texten på finska och märks som finska så att skärmläsare läser den rätt.',
    en: 'Headings and guidance are in Finnish, Swedish and English. Where the controller has not translated a notice, the text is shown in Finnish and marked as Finnish so that screen readers read it correctly.',
  },
  'a11y.method.heading': { fi: 'Miten saavutettavuus on arvioitu', sv: 'Hur tillgängligheten har bedömts', en: 'How accessibility was assessed' },
  'a11y.method': {
    fi: 'Jokainen seloste jokaisella kielellä tarkistetaan automaattisesti aina, kun sivuston ohjelmisto muuttuu: HTML-koodin oikeellisuus (html-validate) ja WCAG 2.1 AA -vaatimukset selaimessa (axe-core). Sivut on lisäksi tarkistettu näppäimistöllä, suurennettuna ja tulostettuna.',
    sv: 'Varje beskrivning på varje språk kontrolleras automatiskt varje gång webbplatsens programvara ändras: HTML-kodens korrekthet (html-validate) och kraven i WCAG 2.1 AA i en webbläsare (axe-core). Sidorna har dessutom kontrollerats med tangentbord, förstorade och utskrivna.',
    en: 'Every notice in every language is checked automatically whenever the site software changes: valid HTML (html-validate) and the WCAG 2.1 AA requirements in a browser (axe-core). The pages have also been checked with the keyboard, zoomed in and printed.',
  },
  'a11y.date': { fi: 'Seloste on laadittu {date}.', sv: 'Utlåtandet har upprättats {date}.', en: 'This statement was prepared on {date}.' },
  'a11y.feedback.heading': { fi: 'Palaute ja yhteystiedot', sv: 'Respons och kontaktuppgifter', en: 'Feedback and contact' },
  'a11y.feedback': {
    fi: 'Huomasitko saavutettavuuspuutteen? Kerro siitä selosteen rekisterinpitäjälle; yhteystiedot ovat kunkin selosteen alussa. Voit myös pyytää selosteen tiedot muussa muodossa. Vastaamme 14 päivän kuluessa.',
    sv: 'Har du upptäckt en tillgänglighetsbrist? Meddela den personuppgiftsansvarige; kontaktuppgifterna finns i början av varje beskrivning. Du kan också begära uppgifterna i en annan form. Vi svarar inom 14 dagar.',
    en: 'Did you notice an accessibility problem? Tell the controller of the notice; their contact details are at the start of each notice. You can also ask for the notice in another format. We answer within 14 days.',
  },
  'a11y.enforcement.heading': { fi: 'Valvontaviranomainen', sv: 'Tillsynsmyndighet', en: 'Enforcement procedure' },
  'a11y.enforcement': {
    fi: 'Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen saavutettavuuden valvontaviranomaiselle, Liikenne- ja viestintävirasto Traficomille.',
    sv: 'Om du upptäcker tillgänglighetsproblem på webbplatsen, ge först respons till oss. Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du anmäla saken till tillsynsmyndigheten för tillgänglighet, Transport- och kommunikationsverket Traficom.',
    en: 'If you notice accessibility problems on the site, first give feedback to us. If you are not satisfied with the answer or get no answer within two weeks, you can report it to the accessibility supervisory authority, the Finnish Transport and Communications Agency Traficom.',
  },
  'a11y.enforcement-web': { fi: 'https://www.saavutettavuusvaatimukset.fi', sv: 'https://www.tillganglighetskrav.fi', en: 'https://www.webaccessibility.fi' },

  // Errors
  'error.not-found.title': { fi: 'Sivua ei löytynyt', sv: 'Sidan hittades inte', en: 'Page not found' },
  'error.not-found.body': {
    fi: 'Hakemaasi selostetta tai sivua ei ole. Katso kaikki selosteet etusivulta.',
    sv: 'Beskrivningen eller sidan du söker finns inte. Se alla beskrivningar på startsidan.',
    en: 'The notice or page you asked for does not exist. See all notices on the front page.',
  },
};
