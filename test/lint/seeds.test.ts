/**
 * The lint on the five seed registries reports exactly the gaps their source notices
 * (seeds/*.txt) really have, and nothing they do state. Each finding is pinned with its line and
 * column in the registry and a comment naming the gap in the notice; a change of a rule or of a
 * registry that adds, drops or moves a finding fails here and must be checked against the notice.
 */
import { describe, expect, it } from 'vitest';
import { lintLoaded } from '../../src/lint/lint.js';
import type { Problem } from '../../src/problems/problem.js';
import { createLoader, loadAll } from '../../src/registry/loader.js';

const { results } = loadAll(createLoader(), ['registries']);

/** `line:column severity code subject`: the subject is the id or right the finding is about. */
const row = (p: Problem): string => {
  const subject = p.params['right'] ?? p.params['basis'] ?? p.params['item'] ?? p.params['disclosure'] ?? p.params['field'];
  return [`${p.position?.line}:${p.position?.column}`, p.severity, p.code, ...(subject === undefined ? [] : [String(subject)])].join(' ');
};

const findings = (file: string): string[] => {
  const result = results.find((r) => r.file === `registries/${file}`);
  if (!result?.model) throw new Error(`${file} did not load`);
  return lintLoaded(result).map(row);
};

const EXPECTED: Record<string, string[]> = {
  // seeds/000: the service's terms of use ("käyttö- ja palveluehdot"), not a full notice.
  'helsinki-tyorasti.yaml': [
    '11:1 error controller-missing', // names the city's services, never a rekisterinpitäjä
    '11:1 error dpo-missing', // no tietosuojavastaava
    '11:1 error legal-basis-missing', // no käsittelyn peruste at all
    '11:1 warning transfers-not-stated', // silent on transfers outside the EU/EEA
    '11:1 error retention-not-stated', // only the user ID is "poistetaan käytöstä"; no retention of the data
    '11:1 warning automated-decisions-not-stated', // silent on automated decisions and profiling
    '224:7 warning disclosure-basis-not-stated yhteistyotahot', // "Tietoja luovutetaan vain … yhteistyötahoille" — on what basis is not said
    '262:5 info rights-not-stated restriction', // lists Art 15, 16 and 17 only
    '262:5 info complaint-not-stated', // no right to complain to the Tietosuojavaltuutettu
  ],
  // seeds/003: "Rekisteriseloste", Hakosalo Asiakas.
  'iisalmi-hakosalo.yaml': [
    '4:1 error retention-not-stated', // no section on säilytysaika
    '4:1 error provision-requirement-not-stated', // not said whether the customer must give the data
    '4:1 warning automated-decisions-not-stated', // silent on automated decisions
    '59:5 error legal-basis-without-article asiakassuhteen_hoitaminen', // "Asiakassuhteen hoitaminen" names no Art 6(1) point
    '246:5 info rights-not-stated rectification', // section 10 states access, portability, withdrawal and objection only
    '246:5 info rights-not-stated erasure', // (same)
    '246:5 info rights-not-stated restriction', // (same)
    '246:5 info complaint-not-stated', // no right to complain
  ],
  // seeds/001: Joensuu, "Tiedonanto laadittu 14.12.2022".
  'joensuu-tyollisyyspalvelut.yaml': [
    '4:1 error provision-requirement-not-stated', // not said whether the data must be provided
    '71:5 error legal-basis-without-article lainsaadanto', // "Lainsäädäntö": seven laws, no Art 6(1) point
    '220:23 warning special-category-without-condition tyokyky', // work-ability and social and health data; consent named, but no Art 9(2) condition
    '456:7 warning retention-not-enforceable', // "määräytyvät organisaation arkistonmuodostussuunnitelman mukaisesti"
  ],
  // seeds/004: Raisio, "Seloste henkilötietojen käsittelystä" (24.5.2018 / 8.11.2021).
  'raisio-tyollisyyspalvelut.yaml': [
    '4:1 error provision-requirement-not-stated', // not said whether the data must be provided
    '56:5 error legal-basis-without-article lakiperuste', // "Lakiperuste" with neither a law nor an article
    '209:23 warning special-category-without-condition tyokyky', // "Työ- ja toimintakykyyn liittyvät havainnot ja arviot", no Art 9(2) condition
  ],
  // seeds/002: the Walmu template ("Rekisterinpitäjä: Organisaatio", blank contacts).
  'walmu.yaml': [
    '9:1 error controller-missing', // "2. Rekisterinpitäjä — Organisaatio": a placeholder, no controller
    '9:1 error dpo-missing', // no tietosuojavastaava
    '9:1 error provision-requirement-not-stated', // not said whether the data must be provided
    '9:1 warning automated-decisions-not-stated', // silent on automated decisions
    '52:5 error legal-basis-without-article asiakassuhde', // "Rekisteröidyt henkilöt ovat … toimenpiteessä": no article or law
    '147:82 warning special-category-without-condition ammattiliitto', // "ammattiliitto" (trade-union membership), consent under 6(1)(a) only
    '162:91 warning special-category-without-condition terveyshistoria', // "terveys-… historiasta", no Art 9(2) condition
    '163:89 warning special-category-without-condition paihdehistoria', // "päihdehistoriasta", no Art 9(2) condition
    '429:7 warning retention-not-enforceable', // "arkistolaitoksen kunnallisten asiakirjojen säilytysaikojen mukaisesti"
    '441:5 info rights-not-stated erasure', // sections 13–14 give access and rectification only
    '441:5 info rights-not-stated restriction', // (same)
    '441:5 info rights-not-stated portability', // consent-based and electronic, so portability applies; not stated
    '441:5 info complaint-not-stated', // no right to complain
  ],
};

describe('seloste lint on the seed registries', () => {
  it('lints every seed', () => {
    expect(results.map((r) => r.file.replace('registries/', '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: reports the gaps its notice has', (file, expected) => {
    expect(findings(file)).toEqual(expected);
  });

  it('says nothing about what every notice does state: purposes, recipients, categories, sources', () => {
    const codes = Object.keys(EXPECTED).flatMap((file) => findings(file).map((line) => line.split(' ')[2]));
    for (const code of ['purposes-missing', 'recipients-not-stated', 'categories-not-stated', 'sources-not-stated', 'field-without-purpose']) {
      expect(codes).not.toContain(code);
    }
  });

  it('does not warn Raisio for stating portability and objection while its basis names no article', () => {
    // "Lakiperuste" may be 6(1)(e), which gives the right to object: the exclusion is not certain.
    expect(findings('raisio-tyollisyyspalvelut.yaml').some((line) => line.includes('right-excluded-by-law'))).toBe(false);
  });
});
