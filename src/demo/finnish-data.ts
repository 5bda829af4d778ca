/**
 * Word lists for demo records: common Finnish names, the municipalities of the seed registries
 * with real postal codes, and the short phrases that employment and social services write in
 * case notes. Data only, no logic: `generate-records.ts` decides what goes where. Everything here
 * is invented or generic; the company, provider and person names belong to no one in particular.
 */

/** Common Finnish women's first names (DVV name statistics, several generations). */
export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Aino', 'Anna', 'Anne', 'Anneli', 'Eeva', 'Elina', 'Ella', 'Emilia', 'Emma', 'Hanna',
  'Hannele', 'Heidi', 'Helena', 'Jenni', 'Johanna', 'Kaarina', 'Katja', 'Kirsi', 'Kristiina', 'Laura',
  'Leena', 'Liisa', 'Maarit', 'Maria', 'Marja', 'Marjatta', 'Minna', 'Noora', 'Päivi', 'Pirjo',
  'Riikka', 'Riitta', 'Sanna', 'Sari', 'Satu', 'Sofia', 'Susanna', 'Tanja', 'Tiina', 'Tuula',
  'Venla', 'Aada', 'Iida', 'Milla', 'Outi', 'Anu', 'Krista', 'Henna', 'Jaana', 'Ulla',
];

/** Common Finnish men's first names. */
export const MALE_FIRST_NAMES: readonly string[] = [
  'Aleksi', 'Antti', 'Ari', 'Eero', 'Eetu', 'Elias', 'Heikki', 'Ilkka', 'Janne', 'Jari',
  'Jarmo', 'Joonas', 'Juha', 'Juhani', 'Jukka', 'Jussi', 'Kalle', 'Kari', 'Lauri', 'Markku',
  'Matti', 'Mika', 'Mikko', 'Niko', 'Olli', 'Onni', 'Pasi', 'Pekka', 'Petri', 'Sami',
  'Teemu', 'Timo', 'Tommi', 'Tuomas', 'Ville', 'Veeti', 'Jani', 'Marko', 'Harri', 'Esa',
  'Jouni', 'Risto', 'Tapio', 'Arttu', 'Samuli', 'Toni', 'Jyrki', 'Hannu', 'Seppo', 'Vesa',
];

/** Common Finnish surnames. */
export const SURNAMES: readonly string[] = [
  'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen',
  'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen',
  'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen',
  'Hiltunen', 'Pesonen', 'Räsänen', 'Hyvönen', 'Kärkkäinen', 'Partanen', 'Tolvanen', 'Huttunen', 'Pitkänen', 'Hakkarainen',
  'Nykänen', 'Miettinen', 'Leinonen', 'Kettunen', 'Väisänen', 'Eskelinen', 'Kauppinen', 'Ikonen', 'Ryynänen', 'Pelkonen',
  'Vesterinen', 'Lindholm', 'Nurmi', 'Aaltonen', 'Hirvonen', 'Peltonen', 'Oksanen', 'Kallio', 'Anttila', 'Seppälä',
];

/** A municipality demo people live in: its code, real postal codes, street names and phone area code. */
export interface DemoMunicipality {
  /** Three-digit municipality code (kuntanumero, Statistics Finland). */
  code: string;
  name: string;
  /** Lower-case ASCII stems that name it in a registry's id or name ("helsin" for Helsingin). */
  stems: readonly string[];
  /** Neighbours share a region; some customers live in a neighbouring municipality. */
  region: 'uusimaa' | 'varsinais-suomi' | 'ita-suomi';
  /** Postal codes of the municipality; the post office is the municipality's name. */
  postalCodes: readonly string[];
  /** Streets of the municipality (drawn independently of the postal code). */
  streets: readonly string[];
  /** Landline area code with its trunk zero. */
  areaCode: string;
}

export const MUNICIPALITIES: readonly DemoMunicipality[] = [
  {
    code: '091',
    name: 'Helsinki',
    stems: ['helsin'],
    region: 'uusimaa',
    postalCodes: ['00100', '00130', '00150', '00180', '00250', '00500', '00510', '00530', '00550', '00610', '00700', '00810', '00920', '00940', '00970'],
    streets: ['Mannerheimintie', 'Hämeentie', 'Fleminginkatu', 'Sturenkatu', 'Mechelininkatu', 'Runeberginkatu', 'Itäkatu', 'Kontulantie', 'Malminkaari', 'Lauttasaarentie', 'Mellunmäentie'],
    areaCode: '09',
  },
  {
    code: '049',
    name: 'Espoo',
    stems: ['espoo'],
    region: 'uusimaa',
    postalCodes: ['02100', '02150', '02230', '02320', '02600', '02650', '02770'],
    streets: ['Merituulentie', 'Piispansilta', 'Leppävaarankatu', 'Kirkkojärventie', 'Länsituulentie', 'Otakaari'],
    areaCode: '09',
  },
  {
    code: '092',
    name: 'Vantaa',
    stems: ['vantaa'],
    region: 'uusimaa',
    postalCodes: ['01300', '01350', '01360', '01450', '01600', '01620'],
    streets: ['Asematie', 'Kielotie', 'Myyrmäenraitti', 'Korsontie', 'Hiekkaharjuntie', 'Martinlaaksontie'],
    areaCode: '09',
  },
  {
    code: '853',
    name: 'Turku',
    stems: ['turku', 'turun'],
    region: 'varsinais-suomi',
    postalCodes: ['20100', '20200', '20500', '20520', '20540', '20610', '20700', '20720', '20750', '20810'],
    streets: ['Aurakatu', 'Humalistonkatu', 'Linnankatu', 'Eerikinkatu', 'Yliopistonkatu', 'Uudenmaankatu', 'Hämeenkatu', 'Kaskenkatu'],
    areaCode: '02',
  },
  {
    code: '680',
    name: 'Raisio',
    stems: ['raisio'],
    region: 'varsinais-suomi',
    postalCodes: ['21200', '21210', '21280'],
    streets: ['Nallinkatu', 'Raisiontie', 'Kuloistentie', 'Tasalanaukio', 'Kerttulantie'],
    areaCode: '02',
  },
  {
    code: '167',
    name: 'Joensuu',
    stems: ['joensuu'],
    region: 'ita-suomi',
    postalCodes: ['80100', '80110', '80130', '80140', '80160', '80200', '80220', '80230'],
    streets: ['Siltakatu', 'Torikatu', 'Kauppakatu', 'Koskikatu', 'Rantakatu', 'Kirkkokatu', 'Papinkatu', 'Karjalankatu', 'Noljakantie'],
    areaCode: '013',
  },
  {
    code: '140',
    name: 'Iisalmi',
    stems: ['iisalm'],
    region: 'ita-suomi',
    postalCodes: ['74100', '74120', '74130'],
    streets: ['Savonkatu', 'Pohjolankatu', 'Kauppakatu', 'Kirkkopuistonkatu', 'Riihikatu'],
    areaCode: '017',
  },
  {
    code: '297',
    name: 'Kuopio',
    stems: ['kuopio'],
    region: 'ita-suomi',
    postalCodes: ['70100', '70110', '70200', '70300', '70500', '70600', '70620', '70800', '70820'],
    streets: ['Kauppakatu', 'Puijonkatu', 'Tulliportinkatu', 'Minna Canthin katu', 'Suokatu', 'Haapaniemenkatu', 'Maljalahdenkatu'],
    areaCode: '017',
  },
];

/** Prefixes of Finnish mobile numbers (the operators' 04x and 050 ranges). */
export const MOBILE_PREFIXES: readonly string[] = ['040', '041', '044', '045', '046', '050'];

/** Mother tongues with rough weights: mostly Finnish, then Swedish and the largest foreign languages. */
export const LANGUAGES: ReadonlyArray<readonly [string, number]> = [
  ['fi', 80],
  ['sv', 6],
  ['ru', 4],
  ['en', 3],
  ['et', 3],
  ['ar', 2],
  ['so', 2],
];

export const OCCUPATIONS: readonly string[] = [
  'lähihoitaja', 'sairaanhoitaja', 'myyjä', 'kokki', 'siivooja', 'varastotyöntekijä', 'rakennusmies', 'sähköasentaja',
  'kirvesmies', 'kuorma-autonkuljettaja', 'toimistosihteeri', 'kirjanpitäjä', 'hitsaaja', 'koneistaja', 'lastenhoitaja',
  'tarjoilija', 'laitoshuoltaja', 'asiakaspalvelija', 'maalari', 'putkiasentaja', 'ohjelmistokehittäjä', 'kiinteistönhoitaja',
  'leipuri', 'kampaaja', 'trukinkuljettaja', 'kassatyöntekijä', 'puutarhuri', 'koulunkäynninohjaaja',
];

export const EDUCATIONS: readonly string[] = [
  'peruskoulu', 'ylioppilastutkinto', 'lähihoitaja (sosiaali- ja terveysalan perustutkinto)', 'merkonomi', 'datanomi',
  'sähkö- ja automaatioalan perustutkinto', 'logistiikan perustutkinto', 'kokki (ravintola- ja catering-alan perustutkinto)',
  'talonrakennusalan perustutkinto', 'restonomi (AMK)', 'tradenomi (AMK)', 'sairaanhoitaja (AMK)', 'insinööri (AMK)',
  'filosofian maisteri', 'kasvatustieteen kandidaatti', 'ei ammatillista tutkintoa',
];

/** Invented employers. */
export const EMPLOYERS: readonly string[] = [
  'Pohjolan Puhdistus Oy', 'Savon Logistiikka Oy', 'Kotihoito Kielo Oy', 'Rakennusliike Routa Oy', 'Kahvila Kanerva',
  'Satakielen Päiväkoti Oy', 'Itäinen Kuljetus Oy', 'Ravintola Kuusi', 'Sähkötyö Salama Oy', 'Kiinteistöhuolto Kivi Oy',
  'Tilitoimisto Tase Oy', 'Puutarha Pihlaja', 'Konepaja Vasara Oy', 'Kauppa Kulmapuoti', 'Hoivakoti Harmaja',
];

/** Invented service providers (coaching, rehabilitative work activity, training). */
export const SERVICE_PROVIDERS: readonly string[] = [
  'Valmennuskeskus Polku Oy', 'Työvalmennus Silta ry', 'Kuntoutuskeskus Kaarna', 'Koulutuskeskus Virta', 'Työpaja Verstas ry',
  'Urapalvelut Suunta Oy', 'Kotoutumiskeskus Kompassi',
];

export const SERVICES: readonly string[] = [
  'Työkokeilu', 'Palkkatuettu työ', 'Kuntouttava työtoiminta', 'Työhönvalmennus', 'Uravalmennus', 'Työnhakuvalmennus',
  'Työvoimakoulutus', 'Kotoutumiskoulutus', 'Ammatinvalinta- ja urasuunnittelu', 'Starttiraha', 'Yksilövalmennus',
  'Talous- ja velkaneuvonta',
];

export const EVENT_TOPICS: readonly string[] = [
  'Alkuhaastattelu', 'Työnhaun suunnittelu', 'CV:n päivitys', 'Työkokeilun aloitus', 'Palkkatukityön seuranta',
  'Koulutusvaihtoehdot', 'Työkykyarvio', 'Väliarviointi', 'Kuntouttavan työtoiminnan suunnittelu',
  'Työhaastatteluun valmistautuminen', 'Rekrytointitilaisuus', 'Työllistymissuunnitelman päivitys', 'Loppuarviointi',
];

export const EVENT_PLACES: readonly string[] = [
  'Työllisyyspalvelujen toimipiste', 'Etätapaaminen (Teams)', 'Puhelin', 'Kaupunginkirjasto', 'Kotikäynti',
  'Työpaikka', 'Ohjaamo', 'Valmennuskeskus',
];

export const PARTICIPANTS: readonly string[] = [
  'Asiakas ja työvalmentaja', 'Asiakas ja palveluohjaaja', 'Asiakas, työvalmentaja ja työnantajan edustaja',
  'Asiakas, palveluohjaaja ja tulkki', 'Asiakas, sosiaaliohjaaja ja työvalmentaja',
];

/** Recipients of disclosures: authorities and bodies that commonly receive such data. */
export const RECIPIENTS: readonly string[] = [
  'Kela', 'Verohallinto', 'Hyvinvointialueen sosiaalipalvelut', 'Työeläkevakuuttaja', 'Koulutuksen järjestäjä',
  'Työllisyysalueen työnvälitys', 'Ulosottolaitos',
];

export const LEGAL_GROUNDS: readonly string[] = [
  'Asiakkaan suostumus', 'Laki työvoimapalvelujen järjestämisestä (380/2023)', 'Sosiaalihuoltolaki (1301/2014) 41 §',
  'Laki toimeentulotuesta (1412/1997)', 'Viranomaisen tietopyyntö',
];

export const UNIONS: readonly string[] = ['JHL', 'PAM', 'Tehy', 'Super', 'Rakennusliitto', 'Teollisuusliitto', 'Pro', 'Sähköliitto', 'AKT'];

/** Names of documents customers hand in or staff scan. */
export const DOCUMENT_NAMES: readonly string[] = [
  'Ansioluettelo', 'Työtodistus', 'Tutkintotodistus', 'Lääkärinlausunto', 'Vuokrasopimus', 'Tiliote',
  'Työkokeilusopimus', 'Palkkatukipäätös', 'Suostumuslomake', 'Kuntoutussuunnitelma',
];

/** How long someone has been unemployed, as case workers write it. */
export const DURATIONS: readonly string[] = ['alle 3 kk', '3 kk', '6 kk', '8 kk', '11 kk', '1 v 2 kk', '1 v 8 kk', 'yli 2 vuotta', 'yli 3 vuotta'];

/** Case-note phrases by topic; `keywords` (lower-case ASCII) select a topic from a field's id and label. */
export interface NoteTopic {
  id: string;
  keywords: readonly string[];
  phrases: readonly string[];
  /** Most phrases in one text (default 3): a decision states one outcome, a family one household. */
  maxPhrases?: number;
  /** Phrases to use instead when the same entry holds one of these choice values (present vs absent). */
  byChoice?: Readonly<Record<string, readonly string[]>>;
}

const GENERAL_NOTES: readonly string[] = [
  'Asiakas saapui sovitusti tapaamiseen.',
  'Käytiin läpi asiakkaan tilanne ja ajankohtaiset asiat.',
  'Asiakas kertoo tilanteensa pysyneen ennallaan.',
  'Sovittiin seuraava tapaaminen kahden viikon päähän.',
  'Asiakas on motivoitunut hakemaan töitä.',
  'Asiakas toivoo tukea työnhakuun ja CV:n päivittämiseen.',
  'Päivitettiin CV yhdessä asiakkaan kanssa.',
  'Asiakkaalle annettiin tietoa alueen palveluista.',
  'Asiakkaaseen oltiin yhteydessä myös puhelimitse.',
  'Asiakas on hakenut useita työpaikkoja viimeisen kuukauden aikana.',
  'Keskusteltiin työkokeilun mahdollisuudesta.',
  'Asiakas haluaa selvittää kouluttautumisen mahdollisuuksia.',
  'Asiakas ohjattiin Kelan palveluihin.',
  'Tilanne arvioidaan uudelleen seuraavalla tapaamisella.',
];

const WORK_NOTES: readonly string[] = [
  'Työskennellyt useita vuosia kaupan alalla myyjänä.',
  'Viimeisin työsuhde päättyi tuotannollisista ja taloudellisista syistä.',
  'Aiempaa kokemusta varasto- ja logistiikkatehtävistä.',
  'Työhistoria koostuu pääosin määräaikaisista työsuhteista.',
  'Kokemusta siivous- ja kiinteistöhuoltotöistä.',
  'Työskennellyt kesätöissä rakennusalalla.',
  'Pitkä työura hoitoalalla, viimeksi kotihoidossa.',
  'Työhistoriassa katkoksia terveydellisistä syistä.',
  'Toiminut yrittäjänä ravintola-alalla noin viiden vuoden ajan.',
  'Ei aiempaa työkokemusta koulutusta vastaavista tehtävistä.',
];

const EDUCATION_NOTES: readonly string[] = [
  'Peruskoulu suoritettu.',
  'Ylioppilastutkinto suoritettu.',
  'Suorittanut merkonomin perustutkinnon.',
  'Lähihoitajan opinnot keskeytyneet.',
  'Hygieniapassi ja työturvallisuuskortti voimassa.',
  'Trukkikortti voimassa.',
  'Suomen kielen opinnot käynnissä, taso A2.',
  'Kiinnostunut oppisopimuskoulutuksesta.',
  'Tradenomin (AMK) tutkinto suoritettu.',
];

const SKILL_NOTES: readonly string[] = [
  'Asiakaspalvelu, kassatyöt ja tavaran vastaanotto.',
  'Trukin ajo ja keräilytyöt.',
  'Hyvät tietotekniikan perustaidot.',
  'Ruoanvalmistus ja hygieniaosaaminen.',
  'Hoitotyö ja lääkehoidon perusteet.',
  'Siivous ja kiinteistöhuolto.',
  'Ajokortti (B) ja oma auto käytettävissä.',
];

const HEALTH_NOTES: readonly string[] = [
  'Asiakkaalla on selkävaivoja, jotka rajoittavat raskasta fyysistä työtä.',
  'Työkyky arvioitu osittain alentuneeksi.',
  'Asiakas ohjattu työkykyarvioon terveysasemalle.',
  'Asiakas kertoo jaksamisensa parantuneen.',
  'Lääkärinlausunto toimitettu.',
  'Asiakas toivoo kevyempiä työtehtäviä.',
  'Kuntoutustarve selvitetään yhdessä Kelan kanssa.',
];

const SUBSTANCE_NOTES: readonly string[] = [
  'Asiakas kertoo päihteiden käytön olevan hallinnassa.',
  'Asiakas on asioinut A-klinikalla.',
  'Ei päihteiden ongelmakäyttöä asiakkaan oman ilmoituksen mukaan.',
  'Päihdekuntoutus päättynyt keväällä.',
];

const FAMILY_NOTES: readonly string[] = [
  'Asuu yksin.',
  'Asuu puolison ja kahden kouluikäisen lapsen kanssa.',
  'Yksinhuoltaja, yksi alle kouluikäinen lapsi.',
  'Asuu vanhempiensa luona.',
  'Perheeseen kuuluvat puoliso ja yksi lapsi.',
  'Aikuiset lapset asuvat omillaan.',
];

const PLAN_NOTES: readonly string[] = [
  'Tavoitteena työllistyminen avoimille työmarkkinoille.',
  'Tavoitteena hakeutua ammatilliseen koulutukseen syksyllä.',
  'Asiakkaalle suunnitellaan kolmen kuukauden työkokeilujakso.',
  'Yksilövalmennusta jatketaan puoli vuotta.',
  'Asiakas tarvitsee tukea arjenhallintaan ennen työllistymistä.',
  'Selvitetään palkkatuetun työn mahdollisuus.',
  'Valmennuksessa keskitytään työnhakutaitoihin.',
  'Yksilövalmennukselle on selvä tarve.',
  'Tavoite saavutettu osittain.',
  'Seuranta jatkuu seuraavalla tapaamisella.',
];

const DECISION_NOTES: readonly string[] = [
  'Myönnetty täydentävää toimeentulotukea lääkekuluihin.',
  'Myönnetty ehkäisevää toimeentulotukea vuokrarästeihin.',
  'Hakemus hylätty, koska tulot ylittävät normin.',
  'Myönnetty palkkatuki kuudeksi kuukaudeksi.',
  'Myönnetty työkokeilu kolmeksi kuukaudeksi.',
  'Myönnetty Työllistämisen Kuntalisä.',
  'Maksusitoumus apteekkiin reseptilääkkeitä varten.',
  'Kriteerit täyttyvät: asiakas on ollut työttömänä yli 12 kuukautta.',
];

const EMPLOYER_NOTES: readonly string[] = [
  'Työnantaja on kiinnostunut palkkatuetusta työntekijästä.',
  'Työnantajalla on avoinna kaksi varastotyöntekijän paikkaa.',
  'Sovittiin työnantajan kanssa työkokeilun aloittamisesta.',
  'Työnantajan palaute työkokeilusta: sujunut hyvin.',
  'Tehtävinä kevyet kokoonpanotyöt.',
  'Kokoaikainen, toistaiseksi voimassa oleva työsuhde.',
  'Työpaikalle on hyvät julkiset kulkuyhteydet.',
];

const CONSENT_NOTES: readonly string[] = [
  'Asiakas antoi suostumuksen tietojen luovuttamiseen Kelalle.',
  'Suostumus koskee työkykyyn liittyvien tietojen luovuttamista hyvinvointialueelle.',
  'Suostumus on voimassa toistaiseksi.',
  'Suostumus tietojen vaihtoon palveluntuottajan kanssa.',
];

const PRESENT_NOTES: readonly string[] = [
  'Osallistui koko päivän.',
  'Myöhästyi 15 minuuttia.',
  'Lähti aikaisemmin lääkäriajan vuoksi.',
  'Työskenteli aktiivisesti.',
];

const ABSENT_NOTES: readonly string[] = [
  'Sairauden vuoksi poissa.',
  'Ilmoitti poissaolosta etukäteen.',
  'Lapsen sairauden vuoksi poissa.',
  'Ei saapunut eikä ilmoittanut poissaolosta.',
];

const ATTENDANCE_NOTES: readonly string[] = [...PRESENT_NOTES, ...ABSENT_NOTES];

const REPORT_NOTES: readonly string[] = [
  'Asiakas on osallistunut toimintaan aktiivisesti.',
  'Työtehtävät ovat sujuneet hyvin ja asiakas on oppinut uutta.',
  'Poissaoloja on ollut useita.',
  'Suositellaan jatkoa palkkatuettuun työhön.',
  'Asiakas hyötyisi ammatillisesta koulutuksesta.',
];

const ACTION_NOTES: readonly string[] = [
  'Lähetetty työpaikkavinkkejä.',
  'Päivitetty työnhakuprofiili.',
  'Varattu aika työkykyarvioon.',
  'Ohjattu kuntouttavaan työtoimintaan.',
  'Laadittu työllistymissuunnitelma.',
  'Ohjattu talous- ja velkaneuvontaan.',
];

const APPLICATION_NOTES: readonly string[] = [
  'Hakemus täydentävästä toimeentulotuesta lääkekuluihin.',
  'Hakemus ehkäisevästä toimeentulotuesta vuokrarästeihin.',
  'Hakemus kuntouttavaan työtoimintaan.',
  'Liitteinä tiliote ja vuokrasopimus.',
];

const DISCLOSED_NOTES: readonly string[] = [
  'Nimi, henkilötunnus ja yhteystiedot.',
  'Palvelutarpeen arvio.',
  'Tiedot työkokeilun kestosta ja paikasta.',
  'Asiakassuunnitelma.',
];

const NOTIFICATION_NOTES: readonly string[] = [
  'Ilmoitus käsitelty ja asiakkaaseen otettu yhteyttä.',
  'Ilmoitus kirjattu, ei toimenpiteitä.',
  'Ilmoitus siirretty sosiaalipalveluihin.',
];

const BENEFIT_NOTES: readonly string[] = [
  'Työmarkkinatuen kertymä tarkistettu Kelan tiedoista.',
  'Työmarkkinatukea maksettu noin 300 päivältä.',
  'Kertymä alle 500 päivää.',
];

const SECTOR_NOTES: readonly string[] = [
  'Logistiikka- ja varastoala.',
  'Kaupan ala.',
  'Sosiaali- ja terveysala.',
  'Rakennusala.',
  'Ravintola- ja matkailuala.',
  'Kiinteistöpalvelut.',
  'Teknologiateollisuus.',
];

const STATISTICS_NOTES: readonly string[] = ['Pitkäaikaistyötön.', 'Vieraskielinen.', 'Osa-aikatyötön.', 'Kuntouttavassa työtoiminnassa.', 'Palkkatuetussa työssä.'];

/**
 * Topics in the order they are tried: the first whose keyword occurs in a field's id or label
 * wins, so the more specific topics come first (a "suostumuksen sisältö" is about consent, a
 * "sopimuksen sisältö" about work).
 */
export const NOTE_TOPICS: readonly NoteTopic[] = [
  { id: 'consent', keywords: ['suostumu', 'consent'], phrases: CONSENT_NOTES, maxPhrases: 2 },
  {
    id: 'attendance',
    keywords: ['lasnaolo', 'poissaolo', 'attendance'],
    phrases: ATTENDANCE_NOTES,
    maxPhrases: 1,
    byChoice: { lasna: PRESENT_NOTES, lasnaolo: PRESENT_NOTES, present: PRESENT_NOTES, poissa: ABSENT_NOTES, poissaolo: ABSENT_NOTES, absent: ABSENT_NOTES },
  },
  { id: 'benefit', keywords: ['tyomarkkinatu', 'kertyma'], phrases: BENEFIT_NOTES, maxPhrases: 2 },
  { id: 'statistics', keywords: ['tilasto', 'statistic'], phrases: STATISTICS_NOTES, maxPhrases: 2 },
  { id: 'substance', keywords: ['paihde', 'substance'], phrases: SUBSTANCE_NOTES, maxPhrases: 2 },
  { id: 'health', keywords: ['terve', 'tyokyky', 'toimintakyky', 'sote', 'health', 'kuntoutu', 'kuntoutta'], phrases: HEALTH_NOTES, maxPhrases: 2 },
  { id: 'family', keywords: ['perhe', 'demografia', 'family'], phrases: FAMILY_NOTES, maxPhrases: 1 },
  { id: 'disclosed', keywords: ['luovutet', 'luovutus', 'disclos'], phrases: DISCLOSED_NOTES },
  { id: 'application', keywords: ['hakemus', 'application'], phrases: APPLICATION_NOTES, maxPhrases: 1 },
  { id: 'decision', keywords: ['paatos', 'maksusitoumu', 'kriteeri', 'decision'], phrases: DECISION_NOTES, maxPhrases: 1 },
  { id: 'report', keywords: ['raportti', 'lausunto', 'report'], phrases: REPORT_NOTES, maxPhrases: 2 },
  { id: 'notification', keywords: ['ilmoitu', 'notification'], phrases: NOTIFICATION_NOTES, maxPhrases: 1 },
  { id: 'work', keywords: ['tyohistoria', 'work history', 'tyontekija'], phrases: WORK_NOTES, maxPhrases: 2 },
  { id: 'education', keywords: ['koulutu', 'education', 'tutkinto'], phrases: EDUCATION_NOTES, maxPhrases: 2 },
  { id: 'sectors', keywords: ['ammattiala', 'toimiala', 'sector'], phrases: SECTOR_NOTES, maxPhrases: 2 },
  { id: 'skills', keywords: ['osaaminen', 'tyotehtav', 'skill'], phrases: SKILL_NOTES },
  { id: 'employer', keywords: ['tyonantaja', 'yhteydenpito', 'yhteydenotto', 'tyopaikka', 'kuntalisa', 'sopimu', 'employer'], phrases: EMPLOYER_NOTES, maxPhrases: 2 },
  { id: 'background', keywords: ['tausta', 'background'], phrases: [...WORK_NOTES, ...EDUCATION_NOTES], maxPhrases: 2 },
  { id: 'plan', keywords: ['suunnitelma', 'tavoit', 'arvio', 'palvelutarpe', 'palvelupolku', 'valmennu', 'seuranta', 'plan', 'goal'], phrases: PLAN_NOTES, maxPhrases: 2 },
  { id: 'actions', keywords: ['toimenpi', 'palvelutiedot', 'ohjaus', 'ohjautu', 'neuvonta', 'action'], phrases: ACTION_NOTES },
];

/** Case-note phrases for a field no topic matches (case narratives, diary entries, notes). */
export const GENERAL_NOTE_PHRASES: readonly string[] = GENERAL_NOTES;
export const GENERAL_MAX_PHRASES = 2;
