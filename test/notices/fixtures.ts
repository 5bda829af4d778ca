/**
 * Registries for the notice-output tests: the five seeds, loaded through the real pipeline, and a
 * small trilingual definition that covers what the seeds do not (Swedish and English texts,
 * transfers outside the EEA, joint controllers, retention from a field and from an event) and
 * carries hostile strings into every output.
 */
import type { Registry } from '../../src/model/types.js';
import { createLoader } from '../../src/registry/loader.js';
import { loadSeeds } from '../helpers/seeds.js';

/** The five seed registries, by id. */
export const SEEDS: ReadonlyMap<string, Registry> = new Map(loadSeeds().map((model) => [model.id, model]));

export function seed(id: string): Registry {
  const model = SEEDS.get(id);
  if (!model) throw new Error(`seed registry ${id} did not load`);
  return model;
}

export { allFields } from '../../src/model/fields.js';

/** Strings a spreadsheet or a JSON-LD reader must take as plain text. */
export const FORMULA = "=cmd|' /C calc'!A0";
export const HOSTILE_RECIPIENT = 'Vastaanottaja "lainausmerkein", pilkuin; puolipistein\nja rivinvaihdoin <script>alert(1)</script>';

export const TRILINGUAL_YAML = `id: kolmikielinen
languages: [fi, sv, en]
name: { fi: ${JSON.stringify(FORMULA)}, sv: Registret på svenska, en: The register in English }
notice:
  created: 2024-01-15
controller:
  name: { fi: Esimerkin kaupunki, sv: Exempelstad, en: Example City }
  business_id: 0204819-8
  email: kirjaamo@example.fi
  website: https://example.fi
joint_controllers:
  - name: { fi: Kumppanikunta, sv: Partnerkommun, en: Partner Municipality }
    responsibilities: { fi: Vastaa tietopyynnöistä, sv: Svarar på begäranden, en: Answers requests }
dpo:
  name: Tietosuojavastaava
  email: tietosuoja@example.fi
data_subjects:
  - id: asiakkaat
    name: { fi: Asiakkaat, sv: Kunder, en: Customers }
purposes:
  - id: palvelu
    name: { fi: Palvelun järjestäminen, sv: Ordnande av tjänsten, en: Providing the service }
legal_bases:
  - id: yleinen_etu
    gdpr: [6(1)(e), 9(2)(h)]
    name: { fi: Yleinen etu, sv: Allmänt intresse, en: Public interest }
    laws:
      - { fi: Laki sosiaalihuollon asiakkaan asemasta, sv: Lag om klientens ställning, en: Act on the status of clients }
    purposes: [palvelu]
sources:
  - id: asiakas
    name: { fi: Asiakas, sv: Kunden, en: The customer }
    kind: data-subject
categories:
  - id: perustiedot
    name: { fi: Perustiedot, sv: Grunduppgifter, en: Basic data }
    sources: [asiakas]
    purposes: [palvelu]
    fields:
      - { id: nimi, label: { fi: Nimi, sv: Namn, en: Name }, type: text }
      - { id: sahkoposti, label: { fi: Sähköposti, sv: E-post, en: E-mail }, type: email }
      - { id: alkoi, label: { fi: Asiakkuus alkoi, sv: Kundskapet började, en: Customer since }, type: date }
  - id: terveys
    name: { fi: Terveystiedot, sv: Hälsouppgifter, en: Health data }
    special_category: true
    sources: [asiakas]
    purposes: [palvelu]
    fields:
      - { id: diagnoosi, label: { fi: Diagnoosi, sv: Diagnos, en: Diagnosis }, type: long-text }
disclosures:
  regular: true
  items:
    - id: hostile
      recipient: { fi: ${JSON.stringify(HOSTILE_RECIPIENT)}, sv: Mottagare, en: Recipient }
      categories: [perustiedot]
      basis: law
      laws: [{ fi: "+358 laki", sv: Lag, en: Act }]
transfers:
  outside_eea: true
  destinations:
    - country: { fi: Yhdysvallat, sv: Förenta staterna, en: United States }
      recipient: { fi: Pilvipalvelu Oy, sv: Molntjänst Ab, en: Cloud Service Ltd }
      safeguard: standard-contractual-clauses
security:
  electronic:
    - { fi: Salattu yhteys, sv: Krypterad förbindelse, en: Encrypted connection }
retention:
  rules:
    - id: alusta
      category: perustiedot
      keep: P2Y6M
      from: { field: alkoi }
      then: anonymize
    - id: luonnista
      keep: P14D
      from: { event: created }
      then: review
`;

const trilingualResult = createLoader().loadBytes('kolmikielinen.yaml', new TextEncoder().encode(TRILINGUAL_YAML));

/** The trilingual definition loaded through the real pipeline. */
export function trilingual(): Registry {
  if (!trilingualResult.model) throw new Error(`fixture did not load: ${JSON.stringify(trilingualResult.problems, null, 2)}`);
  return trilingualResult.model;
}
