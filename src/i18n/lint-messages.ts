/**
 * Messages of the compliance lint (`seloste lint`), by code. Each says what the notice lacks or
 * gets wrong, which article requires it, and what to add, naming the YAML key. Merged into
 * `PROBLEM_MESSAGES`, so lint findings render exactly like the loader's problems.
 *
 * Parameters are language-neutral (ids, YAML values, article numbers); where a message names a
 * right in words, the finding carries the name in every language (`name_fi`, `name_sv`,
 * `name_en`, see `rightNameParams`) and each template picks its own.
 */
import type { RightKind } from '../model/types.js';
import type { Catalogue, Lang } from './catalogue.js';

/** The data subject's rights by name, as the GDPR's Finnish, Swedish and English texts call them. */
export const RIGHT_NAMES: Record<RightKind, Record<Lang, string>> = {
  access: { fi: 'oikeus saada pääsy tietoihin (tarkastusoikeus)', sv: 'rätten till tillgång', en: 'right of access' },
  rectification: { fi: 'oikeus tietojen oikaisemiseen', sv: 'rätten till rättelse', en: 'right to rectification' },
  erasure: { fi: 'oikeus tietojen poistamiseen', sv: 'rätten till radering', en: 'right to erasure' },
  restriction: { fi: 'oikeus käsittelyn rajoittamiseen', sv: 'rätten till begränsning av behandling', en: 'right to restriction of processing' },
  portability: { fi: 'oikeus siirtää tiedot järjestelmästä toiseen', sv: 'rätten till dataportabilitet', en: 'right to data portability' },
  objection: { fi: 'oikeus vastustaa käsittelyä', sv: 'rätten att göra invändningar', en: 'right to object' },
  'withdraw-consent': { fi: 'oikeus peruuttaa suostumus', sv: 'rätten att återkalla samtycke', en: 'right to withdraw consent' },
  complaint: {
    fi: 'oikeus tehdä valitus valvontaviranomaiselle',
    sv: 'rätten att lämna in klagomål till en tillsynsmyndighet',
    en: 'right to lodge a complaint',
  },
  'automated-decisions': {
    fi: 'oikeus olla joutumatta automaattisen päätöksenteon kohteeksi',
    sv: 'rätten att inte bli föremål för automatiserade beslut',
    en: 'right not to be subject to automated decisions',
  },
};

/** Message parameters naming a right in every language. */
export function rightNameParams(right: RightKind): { name_fi: string; name_sv: string; name_en: string } {
  const names = RIGHT_NAMES[right];
  return { name_fi: names.fi, name_sv: names.sv, name_en: names.en };
}

export const LINT_MESSAGES: Catalogue = {
  // Controller and DPO (Art 13(1)(a)–(b), 14(1)(a)–(b), 26(2), 37(1)(a))
  'controller-missing': {
    en: 'The notice does not name the controller. GDPR Art 13(1)(a) and 14(1)(a) require its identity and contact details: add controller with name and an address, phone or email.',
    fi: 'Selosteessa ei nimetä rekisterinpitäjää. Tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohdan ja 14 artiklan 1 kohdan a alakohdan mukaan rekisterinpitäjän nimi ja yhteystiedot on kerrottava: lisää avain controller, jossa on nimi (name) sekä osoite, puhelinnumero tai sähköpostiosoite.',
    sv: 'Beskrivningen anger inte den personuppgiftsansvarige. Enligt dataskyddsförordningen artikel 13.1 a och 14.1 a ska dennes identitet och kontaktuppgifter anges: lägg till controller med namn (name) och adress, telefon eller e-post.',
  },
  'controller-contact-missing': {
    en: 'The controller has no contact details, which GDPR Art 13(1)(a) and 14(1)(a) require: add address, phone or email under controller, or a contact person under contacts.',
    fi: 'Rekisterinpitäjän yhteystiedot puuttuvat, vaikka tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohta ja 14 artiklan 1 kohdan a alakohta edellyttävät niitä: lisää controller-kohtaan osoite (address), puhelinnumero (phone) tai sähköpostiosoite (email), tai nimeä yhteyshenkilö kohtaan contacts.',
    sv: 'Den personuppgiftsansvarige saknar kontaktuppgifter, som dataskyddsförordningen artikel 13.1 a och 14.1 a kräver: lägg till adress (address), telefon (phone) eller e-post (email) under controller, eller en kontaktperson under contacts.',
  },
  'dpo-missing': {
    en: "The notice does not give the data protection officer's contact details. A public authority must designate a DPO (GDPR Art 37(1)(a)), and Art 13(1)(b) and 14(1)(b) require the contact details: add dpo with an email, phone or address.",
    fi: 'Selosteessa ei ole tietosuojavastaavan yhteystietoja. Viranomaisen on nimettävä tietosuojavastaava (tietosuoja-asetuksen 37 artiklan 1 kohdan a alakohta), ja 13 artiklan 1 kohdan b alakohdan ja 14 artiklan 1 kohdan b alakohdan mukaan tietosuojavastaavan yhteystiedot on kerrottava: lisää avain dpo, jossa on sähköpostiosoite, puhelinnumero tai osoite.',
    sv: 'Beskrivningen anger inte dataskyddsombudets kontaktuppgifter. En myndighet ska utse ett dataskyddsombud (dataskyddsförordningen artikel 37.1 a), och enligt artikel 13.1 b och 14.1 b ska kontaktuppgifterna anges: lägg till dpo med e-post, telefon eller adress.',
  },
  'dpo-contact-missing': {
    en: 'The data protection officer is named but has no contact details (GDPR Art 13(1)(b), 14(1)(b)): add email, phone or address under dpo.',
    fi: 'Tietosuojavastaava on nimetty, mutta hänen yhteystietonsa puuttuvat (tietosuoja-asetuksen 13 artiklan 1 kohdan b alakohta ja 14 artiklan 1 kohdan b alakohta): lisää dpo-kohtaan sähköpostiosoite (email), puhelinnumero (phone) tai osoite (address).',
    sv: 'Dataskyddsombudet är namngivet men saknar kontaktuppgifter (dataskyddsförordningen artikel 13.1 b och 14.1 b): lägg till e-post (email), telefon (phone) eller adress (address) under dpo.',
  },
  'joint-arrangement-not-stated': {
    en: 'Joint controllers are named, but not the essence of their arrangement, which GDPR Art 26(2) requires to be made available to the data subject: add joint_arrangement.',
    fi: 'Yhteisrekisterinpitäjät on nimetty, mutta niiden välisen järjestelyn keskeistä sisältöä ei kerrota, vaikka se on tietosuoja-asetuksen 26 artiklan 2 kohdan mukaan saatettava rekisteröidyn saataville: lisää avain joint_arrangement.',
    sv: 'Gemensamt personuppgiftsansvariga anges, men inte det väsentliga innehållet i deras arrangemang, som enligt dataskyddsförordningen artikel 26.2 ska göras tillgängligt för den registrerade: lägg till joint_arrangement.',
  },

  // Purposes and legal bases (Art 6(1), 13(1)(c)–(d), 14(1)(c), 14(2)(b))
  'purposes-missing': {
    en: 'The notice states no purpose of the processing, which GDPR Art 13(1)(c) and 14(1)(c) require: add purposes.',
    fi: 'Selosteessa ei kerrota henkilötietojen käsittelyn tarkoitusta, vaikka tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta ja 14 artiklan 1 kohdan c alakohta edellyttävät sitä: lisää avain purposes.',
    sv: 'Beskrivningen anger inget ändamål med behandlingen, vilket dataskyddsförordningen artikel 13.1 c och 14.1 c kräver: lägg till purposes.',
  },
  'legal-basis-missing': {
    en: 'The notice states no legal basis of the processing, which GDPR Art 13(1)(c) and 14(1)(c) require: add legal_bases with the GDPR point (e.g. gdpr: [6(1)(e)]) and the national laws (laws).',
    fi: 'Selosteessa ei kerrota käsittelyn oikeusperustetta, vaikka tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta ja 14 artiklan 1 kohdan c alakohta edellyttävät sitä: lisää avain legal_bases, jossa on tietosuoja-asetuksen kohta (esim. gdpr: [6(1)(e)]) ja kansalliset lait (laws).',
    sv: 'Beskrivningen anger ingen rättslig grund för behandlingen, vilket dataskyddsförordningen artikel 13.1 c och 14.1 c kräver: lägg till legal_bases med förordningens punkt (t.ex. gdpr: [6(1)(e)]) och de nationella lagarna (laws).',
  },
  'legal-basis-without-article': {
    en: 'The legal basis "{basis}" names no point of GDPR Art 6(1) (or 9(2)). Art 13(1)(c) and 14(1)(c) require the legal basis, and the point decides the data subject\'s rights: add gdpr, e.g. [6(1)(c)] for a legal obligation or [6(1)(e)] for a task in the public interest or in the exercise of official authority.',
    fi: 'Oikeusperusteelle "{basis}" ei ole nimetty tietosuoja-asetuksen 6 artiklan 1 kohdan (tai 9 artiklan 2 kohdan) alakohtaa. Asetuksen 13 artiklan 1 kohdan c alakohdan ja 14 artiklan 1 kohdan c alakohdan mukaan oikeusperuste on kerrottava, ja rekisteröidyn oikeudet määräytyvät alakohdan mukaan: lisää avain gdpr, esim. [6(1)(c)], kun käsittely perustuu lakisääteiseen velvoitteeseen, tai [6(1)(e)], kun se perustuu yleistä etua koskevaan tehtävään tai julkisen vallan käyttöön.',
    sv: 'Den rättsliga grunden "{basis}" anger ingen punkt i dataskyddsförordningen artikel 6.1 (eller 9.2). Enligt artikel 13.1 c och 14.1 c ska den rättsliga grunden anges, och punkten avgör den registrerades rättigheter: lägg till gdpr, t.ex. [6(1)(c)] för en rättslig förpliktelse eller [6(1)(e)] för en uppgift av allmänt intresse eller myndighetsutövning.',
  },
  'legitimate-interests-missing': {
    en: 'The legal basis "{basis}" is 6(1)(f), but the legitimate interests pursued are not stated (GDPR Art 13(1)(d), 14(2)(b)): add legitimate_interests.',
    fi: 'Oikeusperusteen "{basis}" kohta on 6(1)(f), mutta rekisterinpitäjän oikeutettuja etuja ei kerrota (tietosuoja-asetuksen 13 artiklan 1 kohdan d alakohta ja 14 artiklan 2 kohdan b alakohta): lisää avain legitimate_interests.',
    sv: 'Den rättsliga grunden "{basis}" är 6(1)(f), men de berättigade intressen som eftersträvas anges inte (dataskyddsförordningen artikel 13.1 d och 14.2 b): lägg till legitimate_interests.',
  },
  'legitimate-interest-by-authority': {
    en: 'The legal basis "{basis}" is 6(1)(f) (legitimate interests), which does not apply to processing by public authorities in the performance of their tasks (GDPR Art 6(1), second subparagraph). A municipal register rests on 6(1)(c) or 6(1)(e) and a law: correct gdpr.',
    fi: 'Oikeusperusteen "{basis}" kohta on 6(1)(f) (oikeutettu etu), jota ei sovelleta viranomaisten tehtäviään hoitaessaan suorittamaan käsittelyyn (tietosuoja-asetuksen 6 artiklan 1 kohdan toinen alakohta). Kunnan rekisterin käsittely perustuu 6(1)(c)- tai 6(1)(e)-kohtaan ja lakiin: korjaa avain gdpr.',
    sv: 'Den rättsliga grunden "{basis}" är 6(1)(f) (berättigat intresse), som inte gäller behandling som myndigheter utför när de fullgör sina uppgifter (dataskyddsförordningen artikel 6.1 andra stycket). Ett kommunalt register grundar sig på 6(1)(c) eller 6(1)(e) och en lag: rätta gdpr.',
  },

  // Recipients, disclosures, consents, transfers (Art 6(1), 7, 13(1)(e)–(f), 14(1)(e)–(f))
  'recipients-not-stated': {
    en: 'The notice does not say whether data is disclosed and to whom. GDPR Art 13(1)(e) and 14(1)(e) require the recipients or categories of recipients: add disclosures with its items, or regular: false if data is not regularly disclosed.',
    fi: 'Selosteessa ei kerrota, luovutetaanko tietoja ja kenelle. Tietosuoja-asetuksen 13 artiklan 1 kohdan e alakohdan ja 14 artiklan 1 kohdan e alakohdan mukaan vastaanottajat tai vastaanottajaryhmät on kerrottava: lisää avain disclosures ja sen alle luovutukset (items) tai regular: false, jos tietoja ei luovuteta säännönmukaisesti.',
    sv: 'Beskrivningen säger inte om uppgifter lämnas ut och till vem. Enligt dataskyddsförordningen artikel 13.1 e och 14.1 e ska mottagarna eller kategorierna av mottagare anges: lägg till disclosures med utlämnandena (items), eller regular: false om uppgifter inte lämnas ut regelbundet.',
  },
  'disclosure-basis-not-stated': {
    en: 'The disclosure "{disclosure}" names its recipients but not the basis on which data is disclosed. A disclosure is processing and needs a legal basis of its own (GDPR Art 6(1)): add basis: consent (with consent) or basis: law (with laws).',
    fi: 'Luovutuksessa "{disclosure}" kerrotaan vastaanottajat mutta ei luovutuksen perustetta. Luovutus on käsittelyä, jolla on oltava oma oikeusperusteensa (tietosuoja-asetuksen 6 artiklan 1 kohta): lisää basis: consent (ja consent) tai basis: law (ja laws).',
    sv: 'Utlämnandet "{disclosure}" anger mottagarna men inte på vilken grund uppgifterna lämnas ut. Ett utlämnande är behandling och behöver en egen rättslig grund (dataskyddsförordningen artikel 6.1): lägg till basis: consent (med consent) eller basis: law (med laws).',
  },
  'consent-disclosure-without-consent': {
    en: 'The disclosure "{disclosure}" rests on consent but refers to no declared consent, so seloste cannot ask for it, record it or honour its withdrawal (GDPR Art 7(1) and 7(3)): declare the consent under consents and refer to it with consent.',
    fi: 'Luovutus "{disclosure}" perustuu suostumukseen, mutta siihen ei ole liitetty määriteltyä suostumusta, joten seloste ei voi pyytää eikä kirjata suostumusta eikä ottaa huomioon sen peruuttamista (tietosuoja-asetuksen 7 artiklan 1 ja 3 kohta): määrittele suostumus kohdassa consents ja viittaa siihen avaimella consent.',
    sv: 'Utlämnandet "{disclosure}" grundar sig på samtycke men hänvisar inte till något definierat samtycke, så seloste kan varken begära eller registrera samtycket eller beakta att det återkallas (dataskyddsförordningen artikel 7.1 och 7.3): definiera samtycket under consents och hänvisa till det med consent.',
  },
  'consent-basis-without-consent': {
    en: 'The legal basis "{basis}" is consent, but the registry declares no consent, so seloste cannot record who gave it or when it was withdrawn (GDPR Art 7(1) and 7(3)): declare the consent under consents and refer to it with consent.',
    fi: 'Oikeusperuste "{basis}" on suostumus, mutta rekisterissä ei ole määritelty yhtään suostumusta, joten seloste ei voi kirjata, kuka suostumuksen on antanut tai milloin se on peruutettu (tietosuoja-asetuksen 7 artiklan 1 ja 3 kohta): määrittele suostumus kohdassa consents ja viittaa siihen avaimella consent.',
    sv: 'Den rättsliga grunden "{basis}" är samtycke, men registret definierar inget samtycke, så seloste kan inte registrera vem som gett det eller när det återkallats (dataskyddsförordningen artikel 7.1 och 7.3): definiera samtycket under consents och hänvisa till det med consent.',
  },
  'transfers-not-stated': {
    en: 'The notice does not say whether data is transferred outside the EU/EEA (GDPR Art 13(1)(f), 14(1)(f)): add transfers with outside_eea: false, or with the destinations and their safeguards.',
    fi: 'Selosteessa ei kerrota, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle (tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohta ja 14 artiklan 1 kohdan f alakohta): lisää avain transfers, jossa outside_eea: false, tai siirtojen kohteet ja suojatoimet.',
    sv: 'Beskrivningen säger inte om uppgifter överförs utanför EU/EES (dataskyddsförordningen artikel 13.1 f och 14.1 f): lägg till transfers med outside_eea: false, eller med mottagarländerna och deras skyddsåtgärder.',
  },
  'safeguard-copy-not-stated': {
    en: 'The transfer rests on "{safeguard}", but the notice does not say how to obtain a copy of them or where they have been made available (GDPR Art 13(1)(f), 14(1)(f)): add description.',
    fi: 'Siirto perustuu suojatoimeen "{safeguard}", mutta selosteessa ei kerrota, miten siitä saa jäljennöksen tai missä se on saatavilla (tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohta ja 14 artiklan 1 kohdan f alakohta): lisää avain description.',
    sv: 'Överföringen grundar sig på "{safeguard}", men beskrivningen säger inte hur man får en kopia av skyddsåtgärderna eller var de har gjorts tillgängliga (dataskyddsförordningen artikel 13.1 f och 14.1 f): lägg till description.',
  },

  // Retention (Art 5(1)(e), 13(2)(a), 14(2)(a))
  'retention-not-stated': {
    en: 'The notice does not say how long data is kept. GDPR Art 13(2)(a) and 14(2)(a) require the storage period or, if that is not possible, the criteria used to determine it: add retention with a statement and rules (keep, from, then).',
    fi: 'Selosteessa ei kerrota henkilötietojen säilytysaikaa. Tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohdan ja 14 artiklan 2 kohdan a alakohdan mukaan on kerrottava säilytysaika tai, jos se ei ole mahdollista, sen määrittämiskriteerit: lisää avain retention, jossa on kuvaus (statement) ja säännöt (rules: keep, from, then).',
    sv: 'Beskrivningen säger inte hur länge uppgifterna sparas. Enligt dataskyddsförordningen artikel 13.2 a och 14.2 a ska lagringstiden eller, om det inte är möjligt, kriterierna för att fastställa den anges: lägg till retention med en beskrivning (statement) och regler (rules: keep, from, then).',
  },
  'retention-not-enforceable': {
    en: 'Retention is stated only by reference or in words, so seloste cannot delete or anonymise the data when it is due (storage limitation, GDPR Art 5(1)(e)): give the period as a rule with keep, from and then.',
    fi: 'Säilytysaika on kerrottu vain viittauksena tai sanallisesti, joten seloste ei voi poistaa tai anonymisoida tietoja säilytysajan päätyttyä (säilytyksen rajoittaminen, tietosuoja-asetuksen 5 artiklan 1 kohdan e alakohta): anna säilytysaika sääntönä avaimilla keep, from ja then.',
    sv: 'Lagringstiden anges bara genom en hänvisning eller i ord, så seloste kan inte radera eller anonymisera uppgifterna när tiden har gått ut (lagringsminimering, dataskyddsförordningen artikel 5.1 e): ange tiden som en regel med keep, from och then.',
  },

  // Rights (Art 7(3), 12(3), 13(2)(b)–(d), 14(2)(c)–(e), 15–22, 77)
  'rights-not-stated': {
    en: 'The notice does not state the {name_en} (GDPR Art {article}), which Art 13(2)(b) and 14(2)(c) require; the notice page states it from the law. To explain it in the notice\'s own words, add right: {right} under rights.items.',
    fi: 'Selosteessa ei mainita rekisteröidyn oikeutta: {name_fi} (tietosuoja-asetuksen {article} artikla), vaikka 13 artiklan 2 kohdan b alakohta ja 14 artiklan 2 kohdan c alakohta edellyttävät sitä; selostesivu kertoo sen lain perusteella. Jos haluat kertoa sen selosteen omin sanoin, lisää rights.items-luetteloon right: {right}.',
    sv: 'Beskrivningen nämner inte {name_sv} (dataskyddsförordningen artikel {article}), vilket artikel 13.2 b och 14.2 c kräver; beskrivningssidan anger den utifrån lagen. Om du vill förklara den med beskrivningens egna ord, lägg till right: {right} under rights.items.',
  },
  'withdrawal-not-explained': {
    en: 'Processing rests on consent, but the notice does not say that consent can be withdrawn at any time (GDPR Art 7(3), 13(2)(c), 14(2)(d)); the notice page states it from the law. To say how, add withdrawal to the consent under consents, or right: withdraw-consent under rights.items.',
    fi: 'Käsittely perustuu suostumukseen, mutta selosteessa ei kerrota, että suostumuksen voi peruuttaa milloin tahansa (tietosuoja-asetuksen 7 artiklan 3 kohta, 13 artiklan 2 kohdan c alakohta ja 14 artiklan 2 kohdan d alakohta); selostesivu kertoo sen lain perusteella. Kerro peruuttamisen tapa lisäämällä suostumukselle avain withdrawal (consents) tai rights.items-luetteloon right: withdraw-consent.',
    sv: 'Behandlingen grundar sig på samtycke, men beskrivningen säger inte att samtycket kan återkallas när som helst (dataskyddsförordningen artikel 7.3, 13.2 c och 14.2 d); beskrivningssidan anger det utifrån lagen. Ange hur genom att lägga till withdrawal för samtycket under consents, eller right: withdraw-consent under rights.items.',
  },
  'complaint-not-stated': {
    en: 'The notice does not mention the right to lodge a complaint with a supervisory authority, in Finland the Office of the Data Protection Ombudsman (GDPR Art 13(2)(d), 14(2)(e), 77); the notice page states it from the law. To state it in the notice\'s own words, add right: complaint under rights.items.',
    fi: 'Selosteessa ei mainita oikeutta tehdä valitus valvontaviranomaiselle, Suomessa Tietosuojavaltuutetun toimistolle (tietosuoja-asetuksen 13 artiklan 2 kohdan d alakohta, 14 artiklan 2 kohdan e alakohta ja 77 artikla); selostesivu kertoo sen lain perusteella. Jos haluat kertoa sen selosteen omin sanoin, lisää rights.items-luetteloon right: complaint.',
    sv: 'Beskrivningen nämner inte rätten att lämna in klagomål till en tillsynsmyndighet, i Finland Dataombudsmannens byrå (dataskyddsförordningen artikel 13.2 d, 14.2 e och 77); beskrivningssidan anger den utifrån lagen. Om du vill ange den med beskrivningens egna ord, lägg till right: complaint under rights.items.',
  },
  'right-excluded-by-law': {
    en: 'The notice grants the {name_en} (GDPR Art {article}), but the law does not give it for this register\'s legal bases (gdpr: {bases}): portability only for automated processing on consent or contract (Art 20), objection only for 6(1)(e) or 6(1)(f) (Art 21), withdrawal only where consent is a basis (Art 7(3)). Remove it from rights.items or correct the legal bases.',
    fi: 'Selosteessa luvataan {name_fi} (tietosuoja-asetuksen {article} artikla), mutta laki ei anna sitä tämän rekisterin oikeusperusteilla (gdpr: {bases}): siirto-oikeus koskee vain suostumukseen tai sopimukseen perustuvaa automaattista käsittelyä (20 artikla), vastustamisoikeus vain 6(1)(e)- tai 6(1)(f)-kohtaan perustuvaa käsittelyä (21 artikla) ja suostumuksen peruuttaminen vain suostumukseen perustuvaa käsittelyä (7 artiklan 3 kohta). Poista oikeus rights.items-luettelosta tai korjaa oikeusperusteet.',
    sv: 'Beskrivningen utlovar {name_sv} (dataskyddsförordningen artikel {article}), men lagen ger den inte för registrets rättsliga grunder (gdpr: {bases}): dataportabilitet bara vid automatiserad behandling på grund av samtycke eller avtal (artikel 20), invändningar bara vid 6(1)(e) eller 6(1)(f) (artikel 21), återkallande bara där samtycke är en grund (artikel 7.3). Ta bort rättigheten ur rights.items eller rätta de rättsliga grunderna.',
  },
  'deadline-exceeds-law': {
    en: 'The stated answer time {deadline} is longer than the law allows: a request is answered without undue delay and within one month at the latest (GDPR Art 12(3)). Shorten deadline to P1M or less.',
    fi: 'Ilmoitettu vastausaika {deadline} on pidempi kuin laki sallii: pyyntöön on vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa (tietosuoja-asetuksen 12 artiklan 3 kohta). Lyhennä deadline enintään arvoon P1M.',
    sv: 'Den angivna svarstiden {deadline} är längre än lagen tillåter: en begäran ska besvaras utan onödigt dröjsmål och senast inom en månad (dataskyddsförordningen artikel 12.3). Förkorta deadline till högst P1M.',
  },

  // Provision of data and automated decisions (Art 13(2)(e)–(f), 14(2)(g), 22)
  'provision-requirement-not-stated': {
    en: 'The notice does not say whether the person must provide the data and what follows if they do not. GDPR Art 13(2)(e) requires it for data collected from the data subject: add provision with requirement (statutory, contractual, contract-prerequisite or voluntary) and consequences.',
    fi: 'Selosteessa ei kerrota, onko rekisteröidyn annettava tietonsa ja mitä seuraa, jos hän ei anna niitä. Tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohdan mukaan tämä on kerrottava, kun tiedot kerätään rekisteröidyltä itseltään: lisää avain provision, jossa on requirement (statutory, contractual, contract-prerequisite tai voluntary) ja consequences.',
    sv: 'Beskrivningen säger inte om den registrerade måste lämna uppgifterna och vad som händer om hen inte gör det. Enligt dataskyddsförordningen artikel 13.2 e ska detta anges när uppgifterna samlas in från den registrerade: lägg till provision med requirement (statutory, contractual, contract-prerequisite eller voluntary) och consequences.',
  },
  'automated-decisions-not-stated': {
    en: 'The notice does not say whether automated decisions or profiling are used (GDPR Art 13(2)(f), 14(2)(g), 22): add automated_decisions with used: false, or with the logic and the significance if they are used.',
    fi: 'Selosteessa ei kerrota, tehdäänkö automaattisia päätöksiä tai profilointia (tietosuoja-asetuksen 13 artiklan 2 kohdan f alakohta, 14 artiklan 2 kohdan g alakohta ja 22 artikla): lisää avain automated_decisions, jossa used: false, tai käsittelyn logiikka (logic) ja merkitys (significance), jos niitä tehdään.',
    sv: 'Beskrivningen säger inte om automatiserade beslut eller profilering används (dataskyddsförordningen artikel 13.2 f, 14.2 g och 22): lägg till automated_decisions med used: false, eller med logiken (logic) och betydelsen (significance) om de används.',
  },
  'automated-decisions-logic-missing': {
    en: 'Automated decisions are used, but the notice gives no meaningful information about the logic involved (GDPR Art 13(2)(f), 14(2)(g)): add logic under automated_decisions.',
    fi: 'Automaattisia päätöksiä tehdään, mutta selosteessa ei anneta merkityksellisiä tietoja käsittelyyn liittyvästä logiikasta (tietosuoja-asetuksen 13 artiklan 2 kohdan f alakohta ja 14 artiklan 2 kohdan g alakohta): lisää automated_decisions-kohtaan logic.',
    sv: 'Automatiserade beslut används, men beskrivningen ger ingen meningsfull information om logiken bakom dem (dataskyddsförordningen artikel 13.2 f och 14.2 g): lägg till logic under automated_decisions.',
  },
  'automated-decisions-significance-missing': {
    en: 'Automated decisions are used, but the notice does not state their significance and envisaged consequences for the person (GDPR Art 13(2)(f), 14(2)(g)): add significance under automated_decisions.',
    fi: 'Automaattisia päätöksiä tehdään, mutta selosteessa ei kerrota käsittelyn merkityksestä eikä sen todennäköisistä seurauksista rekisteröidylle (tietosuoja-asetuksen 13 artiklan 2 kohdan f alakohta ja 14 artiklan 2 kohdan g alakohta): lisää automated_decisions-kohtaan significance.',
    sv: 'Automatiserade beslut används, men beskrivningen anger inte behandlingens betydelse och förutsedda följder för den registrerade (dataskyddsförordningen artikel 13.2 f och 14.2 g): lägg till significance under automated_decisions.',
  },

  // The data (Art 5(1)(b)–(c), 9, 14(1)(d), 14(2)(f))
  'categories-not-stated': {
    en: 'The notice does not list the categories of personal data. Where data is not obtained from the person, GDPR Art 14(1)(d) requires them: add categories with their fields.',
    fi: 'Selosteessa ei luetella henkilötietoryhmiä. Kun tietoja ei saada rekisteröidyltä itseltään, ne on tietosuoja-asetuksen 14 artiklan 1 kohdan d alakohdan mukaan kerrottava: lisää avain categories kenttineen.',
    sv: 'Beskrivningen räknar inte upp kategorierna av personuppgifter. När uppgifterna inte samlas in från den registrerade ska de enligt dataskyddsförordningen artikel 14.1 d anges: lägg till categories med deras fält.',
  },
  'sources-not-stated': {
    en: 'The notice does not say where the data comes from. Where data is not obtained from the person, GDPR Art 14(2)(f) requires its sources: add sources (or sources_statement).',
    fi: 'Selosteessa ei kerrota, mistä tiedot saadaan. Kun tietoja ei saada rekisteröidyltä itseltään, tietolähteet on tietosuoja-asetuksen 14 artiklan 2 kohdan f alakohdan mukaan kerrottava: lisää avain sources (tai sources_statement).',
    sv: 'Beskrivningen säger inte varifrån uppgifterna kommer. När uppgifterna inte samlas in från den registrerade ska källorna enligt dataskyddsförordningen artikel 14.2 f anges: lägg till sources (eller sources_statement).',
  },
  'special-category-without-condition': {
    en: '"{item}" holds special-category data (GDPR Art 9(1)), but no legal basis serving it names a condition of Art 9(2): add the point to gdpr of that basis, e.g. 9(2)(a) for explicit consent, 9(2)(b) for obligations of social security and social protection law, 9(2)(g) for a substantial public interest or 9(2)(h) for health or social care.',
    fi: '"{item}" sisältää erityisiin henkilötietoryhmiin kuuluvia tietoja (tietosuoja-asetuksen 9 artiklan 1 kohta), mutta yhdessäkään sitä koskevassa oikeusperusteessa ei mainita 9 artiklan 2 kohdan edellytystä: lisää kohta oikeusperusteen avaimeen gdpr, esim. 9(2)(a) nimenomaisen suostumuksen, 9(2)(b) sosiaaliturvaa ja sosiaalista suojelua koskevien velvoitteiden, 9(2)(g) tärkeän yleisen edun tai 9(2)(h) terveyden- tai sosiaalihuollon perusteella.',
    sv: '"{item}" innehåller särskilda kategorier av personuppgifter (dataskyddsförordningen artikel 9.1), men ingen rättslig grund för dem anger ett villkor i artikel 9.2: lägg till punkten i gdpr för den grunden, t.ex. 9(2)(a) för uttryckligt samtycke, 9(2)(b) för skyldigheter inom social trygghet och socialt skydd, 9(2)(g) för ett viktigt allmänintresse eller 9(2)(h) för hälso- och sjukvård eller social omsorg.',
  },
  'field-without-purpose': {
    en: 'The field "{field}" serves no stated purpose (purpose limitation and data minimisation, GDPR Art 5(1)(b)–(c)): add purposes to the field or its category, or remove the field.',
    fi: 'Kenttä "{field}" ei palvele mitään ilmoitettua käyttötarkoitusta (käyttötarkoitussidonnaisuus ja tietojen minimointi, tietosuoja-asetuksen 5 artiklan 1 kohdan b ja c alakohta): lisää kentälle tai sen tietoryhmälle avain purposes tai poista kenttä.',
    sv: 'Fältet "{field}" tjänar inget angivet ändamål (ändamålsbegränsning och uppgiftsminimering, dataskyddsförordningen artikel 5.1 b–c): lägg till purposes för fältet eller dess kategori, eller ta bort fältet.',
  },
  'category-without-purpose': {
    en: 'The category "{category}" and its fields serve no stated purpose (purpose limitation and data minimisation, GDPR Art 5(1)(b)–(c)): add purposes to the category, or remove it.',
    fi: 'Tietoryhmä "{category}" kenttineen ei palvele mitään ilmoitettua käyttötarkoitusta (käyttötarkoitussidonnaisuus ja tietojen minimointi, tietosuoja-asetuksen 5 artiklan 1 kohdan b ja c alakohta): lisää tietoryhmälle avain purposes tai poista tietoryhmä.',
    sv: 'Kategorin "{category}" och dess fält tjänar inget angivet ändamål (ändamålsbegränsning och uppgiftsminimering, dataskyddsförordningen artikel 5.1 b–c): lägg till purposes för kategorin, eller ta bort den.',
  },

  // Languages (Art 12(1))
  'text-not-translated': {
    en: 'The "{lang}" text is the Finnish text copied word for word, not a translation, so readers of that language get Finnish (GDPR Art 12(1): clear and plain language): translate it.',
    fi: '"{lang}"-teksti on suomenkielinen teksti sellaisenaan eikä käännös, joten tuon kielen lukija saa sen suomeksi (tietosuoja-asetuksen 12 artiklan 1 kohta: selkeä ja yksinkertainen kieli): käännä teksti.',
    sv: '"{lang}"-texten är den finska texten kopierad ord för ord, inte en översättning, så läsare av det språket får den på finska (dataskyddsförordningen artikel 12.1: klart och tydligt språk): översätt texten.',
  },
};
