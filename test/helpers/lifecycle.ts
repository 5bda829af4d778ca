/** Shared pieces of the lifecycle tests: the seeds they use, a registry with every kind of guard and role, and callers. */
import type { Lang } from '../../src/i18n/catalogue.js';
import type { Caller } from '../../src/operations/context.js';

export { HAKOSALO, JOENSUU, RAISIO, TYORASTI } from './timers.js';

/** The id of the lifecycle test registry (`LIFECYCLE_TEST_REGISTRY`). */
export const TEST = 'elinkaari';

/** The test engine's clock when it starts (`testEngine`): "today" for generated records. */
export const TODAY = new Date('2026-03-02T08:00:00Z');

const tx = (fi: string, sv: string, en: string): string => `{ fi: "${fi}", sv: "${sv}", en: "${en}" }`;

/**
 * `elinkaari`: `kasittelija` starts (`aloita`: consent and a future end date required), only
 * `esihenkilo` ends (`paata`: two fields required), `lukija` only reads; `vanhene` is taken only
 * by the timer `maaraaika` (and needs `syy`); `tarkistus` is a review timer.
 */
export const LIFECYCLE_TEST_REGISTRY = `id: ${TEST}
languages: [fi, sv, en]
name: ${tx('Elinkaaritesti', 'Livscykeltest', 'Lifecycle test')}
purposes:
  - { id: palvelu, name: ${tx('Palvelu', 'Tjänst', 'Service')} }
consents:
  - id: tietojenvaihto
    name: ${tx('Suostumus tietojenvaihtoon', 'Samtycke till informationsutbyte', 'Consent to data exchange')}
    methods: [signed-form]
    purposes: [palvelu]
roles:
  - { id: kasittelija, name: ${tx('Käsittelijä', 'Handläggare', 'Case worker')}, write: ['*'] }
  - { id: esihenkilo, name: ${tx('Esihenkilö', 'Chef', 'Manager')}, write: ['*'] }
  - { id: lukija, name: ${tx('Lukija', 'Läsare', 'Reader')}, read: ['*'] }
categories:
  - id: perustiedot
    name: ${tx('Perustiedot', 'Grunduppgifter', 'Basic data')}
    fields:
      - { id: nimi, label: ${tx('Nimi', 'Namn', 'Name')}, type: text, required: true }
      - { id: syy, label: ${tx('Päättymisen syy', 'Orsak till avslut', 'Reason for ending')}, type: text }
      - { id: lisatieto, label: ${tx('Lisätieto', 'Tilläggsuppgift', 'Further information')}, type: text }
      - { id: voimassa_asti, label: ${tx('Voimassa asti', 'Giltig till', 'Valid until')}, type: date }
lifecycle:
  initial: uusi
  states:
    - { id: uusi, name: ${tx('Uusi', 'Ny', 'New')}, description: ${tx('Asiakkuus ei ole vielä alkanut.', 'Kundrelationen har inte börjat.', 'Not started yet.')} }
    - { id: kaynnissa, name: ${tx('Käynnissä', 'Pågår', 'Ongoing')} }
    - { id: paattynyt, name: ${tx('Päättynyt', 'Avslutad', 'Ended')}, final: true }
  transitions:
    - id: aloita
      name: ${tx('Aloita', 'Börja', 'Start')}
      from: [uusi]
      to: kaynnissa
      roles: [kasittelija]
      requires: { consent: tietojenvaihto, future_dates: [voimassa_asti] }
    - id: paata
      name: ${tx('Päätä', 'Avsluta', 'End')}
      from: [uusi, kaynnissa]
      to: paattynyt
      roles: [esihenkilo]
      requires: { fields: [syy, lisatieto] }
    - id: vanhene
      name: ${tx('Vanhene', 'Förfaller', 'Expire')}
      from: [kaynnissa]
      to: uusi
      requires: { fields: [syy] }
  timers:
    - { id: maaraaika, state: kaynnissa, from_field: voimassa_asti, transition: vanhene }
    - { id: tarkistus, state: uusi, after: P1Y, action: review }
`;

export function callerOf(registry: string, roles: string[], lang: Lang = 'fi', actor = 'maija'): Caller {
  return { actor, roles: new Map([[registry, roles]]), lang };
}
