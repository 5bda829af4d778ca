import * as jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { DPV_CONTEXT, gdprPointIri, toDpv, type JsonLd, type JsonLdObject } from '../../src/notices/dpv.js';
import { allFields, SEEDS, seed, trilingual } from './fixtures.js';

const DPV = 'https://w3id.org/dpv#';
const PD = 'https://w3id.org/dpv/pd#';
const EU_GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';

/**
 * The DPV terms the export may use, each checked against the DPV 2.x sources (the CSV term lists
 * of w3c/dpv: 2.0/dpv/modules/{process,entities,entities_legalrole,entities_datasubject,
 * legal_basis,context,processing_context,personal_data,TOM,rights,jurisdiction}.csv,
 * 2.1/dpv/modules/processing.csv, 2.1/pd/pd.csv, 2.1/legal/eu/gdpr/modules/{legal_basis,
 * legal_basis_special,legal_basis_data_transfer,data_transfers,rights}.csv). A misspelt term
 * would still expand to an IRI, so the list is what catches it.
 */
const KNOWN = new Set([
  ...[
    'PersonalDataProcess', 'hasProcess', 'hasProcessing', 'Disclose', 'Transfer', 'CrossBorderTransfer', 'Erase', 'Anonymise',
    'hasDataController', 'DataController', 'hasJointDataControllers', 'JointDataControllers', 'hasRepresentative', 'Representative',
    'hasDataProtectionOfficer', 'DataProtectionOfficer', 'hasRecipient', 'Recipient', 'hasDataProcessor', 'DataProcessor',
    'hasName', 'hasAddress', 'hasContact', 'hasIdentifier', 'hasOrganisationalUnit', 'Organisation', 'hasResponsibleEntity',
    'Entity', 'LegalEntity', 'hasDataSubject', 'DataSubject', 'hasPurpose', 'Purpose', 'hasLegalBasis', 'LegalBasis', 'Consent',
    'DataTransferLegalBasis', 'hasApplicableLaw', 'Law', 'hasJustification', 'Justification', 'hasPersonalData', 'PersonalData',
    'SpecialCategoryPersonalData', 'hasDataSource', 'DataSource', 'DataSubjectDataSource', 'DataControllerDataSource',
    'ThirdPartyDataSource', 'hasApplicability', 'NotApplicable', 'hasThirdCountry', 'ThirdCountry', 'hasStorageCondition',
    'StorageCondition', 'StorageDuration', 'StorageDeletion', 'hasDuration', 'TemporalDuration', 'hasContext',
    'hasTechnicalOrganisationalMeasure', 'TechnicalOrganisationalMeasure', 'TechnicalMeasure', 'OrganisationalMeasure',
    'PhysicalMeasure', 'hasRight', 'isImplementedUsingTechnology', 'Technology',
  ].map((term) => DPV + term),
  ...['OfficialID', 'EmailAddress', 'TelephoneNumber', 'PhysicalAddress', 'PostalCode', 'BankAccount', 'Language'].map((term) => PD + term),
  ...[
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((point) => `A6-1-${point}`),
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((point) => `A9-2-${point}`),
    'A7-3', 'A15', 'A16', 'A17', 'A18', 'A20', 'A21', 'A22', 'A77', 'A45-3', 'A46-2-b', 'A46-2-c', 'SCCByCommission', 'BindingCorporateRules',
  ].map((term) => EU_GDPR + term),
]);

/** Namespaces other than DPV's that the export uses; any IRI outside these and the node base is a slip. */
const OTHER_NAMESPACES = [
  'http://purl.org/dc/terms/',
  'http://www.w3.org/2004/02/skos/core#',
  'https://schema.org/',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://www.w3.org/2001/XMLSchema#',
];

const models = () => [...SEEDS.values(), trilingual()];

/** Every node object in a document, depth first. */
function nodes(value: JsonLd): JsonLdObject[] {
  if (typeof value === 'string') return [];
  if (Array.isArray(value)) return value.flatMap(nodes);
  return [value, ...Object.entries(value).flatMap(([key, child]) => (key === '@context' ? [] : nodes(child)))];
}

const ids = (value: JsonLd | undefined): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'object' && !Array.isArray(v) && typeof v['@id'] === 'string' ? [v['@id']] : []));
const types = (node: JsonLdObject): string[] => {
  const type = node['@type'];
  return type === undefined ? [] : Array.isArray(type) ? (type as string[]) : [type as string];
};
const values = (value: JsonLd | undefined): Array<{ value: string; lang: string }> =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'object' && !Array.isArray(v) ? [{ value: String(v['@value']), lang: String(v['@language']) }] : []));
const node = (doc: JsonLdObject, id: string): JsonLdObject => {
  const found = nodes(doc).find((n) => n['@id'] === id && Object.keys(n).length > 1);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

/** Every IRI in an expanded document: properties, types, node ids and datatypes. */
function expandedIris(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) expandedIris(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!key.startsWith('@')) out.push(key);
      if (key === '@id' && typeof child === 'string') out.push(child);
      else if (key === '@type') out.push(...(Array.isArray(child) ? child : [child]).filter((t): t is string => typeof t === 'string'));
      else expandedIris(child, out);
    }
  }
  return out;
}

describe('toDpv', () => {
  it('describes the Raisio register: controller, DPO, purpose, its unnamed legal basis, retention P1Y', () => {
    const doc = toDpv(seed('raisio-tyollisyyspalvelut'));
    const base = 'urn:seloste:raisio-tyollisyyspalvelut:';
    expect(doc['@id']).toBe(`${base}processing`);
    expect(doc['@type']).toBe('dpv:PersonalDataProcess');
    expect(values(doc['dct:title'])).toEqual([{ value: 'Työllisyyspalvelujen asiakasrekisteri', lang: 'fi' }]);
    expect(doc['dct:modified']).toEqual({ '@value': '2021-11-08', '@type': 'xsd:date' });

    const controller = doc['dpv:hasDataController'] as JsonLdObject;
    expect(controller['@type']).toBe('dpv:DataController');
    expect(values(controller['dpv:hasName'])).toEqual([{ value: 'Raision kaupunki', lang: 'fi' }]);
    const dpo = controller['dpv:hasDataProtectionOfficer'] as JsonLdObject;
    expect(dpo['@type']).toBe('dpv:DataProtectionOfficer');
    expect(dpo['dpv:hasName']).toBe('Raision kaupungin tietosuojavastaava');
    expect(dpo['dpv:hasContact']).toEqual({ '@type': 'schema:ContactPoint', 'schema:email': 'tietosuojavastaava@raisio.fi' });

    expect(values(node(doc, `${base}purpose-asiakassuhteet`)['skos:prefLabel'])).toEqual([
      { value: 'Työllisyydenhoidon asiakassuhteiden hoitaminen', lang: 'fi' },
    ]);
    // "Lakiperuste" names no GDPR point: a local legal basis, with no eu-gdpr concept invented for it.
    const bases = doc['dpv:hasLegalBasis'] as JsonLdObject[];
    expect(bases).toHaveLength(1);
    expect(bases[0]!['@type']).toBe('dpv:LegalBasis');
    expect(values(bases[0]!['skos:prefLabel'])).toEqual([{ value: 'Lakiperuste', lang: 'fi' }]);
    expect(bases[0]!['skos:broader']).toBeUndefined();

    const retention = node(doc, `${base}retention-asiakkuuden_paattyminen`);
    expect(retention['@type']).toEqual(['dpv:StorageDuration', 'dpv:StorageDeletion']);
    expect(retention['dpv:hasDuration']).toEqual({ '@type': 'dpv:TemporalDuration', 'rdf:value': { '@value': 'P1Y', '@type': 'xsd:duration' } });
    expect(ids(retention['dpv:hasContext'])).toEqual([`${base}state-paattynyt`]);
    expect(ids(retention['dpv:hasProcessing'])).toEqual(['dpv:Erase']);
    expect(ids(doc['dpv:hasStorageCondition'])).toContain(`${base}retention-asiakkuuden_paattyminen`);

    // Consent is declared (disclosures with consent), no public task point: no objection, no portability.
    expect(ids(doc['dpv:hasRight'])).toEqual(['eu-gdpr:A15', 'eu-gdpr:A16', 'eu-gdpr:A17', 'eu-gdpr:A18', 'eu-gdpr:A7-3', 'eu-gdpr:A77']);
    expect(types(node(doc, `${base}category-tyokyky`))).toEqual(['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData']);
    expect(ids(node(doc, `${base}data-henkilotunnus`)['skos:broader'])).toEqual([`${base}category-henkilotiedot`, 'pd:OfficialID']);
    expect(ids(node(doc, `${base}data-puhelinnumero`)['skos:broader'])).toEqual([`${base}data-puhelinnumerot`, 'pd:TelephoneNumber']);
    expect(ids(node(doc, `${base}data-osoite`)['skos:broader'])).toEqual([`${base}category-henkilotiedot`, 'pd:PhysicalAddress']);
    const measures = doc['dpv:hasTechnicalOrganisationalMeasure'] as JsonLdObject[];
    expect(measures.map((m) => m['@type'])).toEqual(['dpv:PhysicalMeasure', 'dpv:TechnicalMeasure', 'dpv:OrganisationalMeasure']);
  });

  it('maps GDPR points to the DPV EU-GDPR concepts and derives the rights from them', () => {
    expect(gdprPointIri('6(1)(e)')).toBe('eu-gdpr:A6-1-e');
    expect(gdprPointIri('9(2)(a)')).toBe('eu-gdpr:A9-2-a');
    expect(gdprPointIri('7(3)')).toBe('eu-gdpr:A7-3');
    expect(gdprPointIri('15')).toBe('eu-gdpr:A15');
    const joensuu = toDpv(seed('joensuu-tyollisyyspalvelut'));
    expect(ids(joensuu['dpv:hasLegalBasis'])).toEqual(expect.arrayContaining(['eu-gdpr:A6-1-e', 'eu-gdpr:A6-1-a']));
    expect(ids(node(joensuu, 'urn:seloste:joensuu-tyollisyyspalvelut:legal-basis-yleinen_etu')['skos:broader'])).toEqual(['eu-gdpr:A6-1-e']);
    // Public task (6(1)(e)): objection applies; consent (6(1)(a)) with electronic processing: portability, limited.
    expect(ids(joensuu['dpv:hasRight'])).toEqual(expect.arrayContaining(['eu-gdpr:A20', 'eu-gdpr:A21']));
    const fixture = toDpv(trilingual());
    expect(ids(fixture['dpv:hasLegalBasis'])).toEqual(expect.arrayContaining(['eu-gdpr:A6-1-e', 'eu-gdpr:A9-2-h']));
  });

  it('writes every text in every language it has, as language-tagged literals', () => {
    const doc = toDpv(trilingual());
    expect(values(doc['dct:title']).map((v) => v.lang)).toEqual(['fi', 'sv', 'en']);
    expect(values(node(doc, 'urn:seloste:kolmikielinen:purpose-palvelu')['skos:prefLabel'])).toEqual([
      { value: 'Palvelun järjestäminen', lang: 'fi' },
      { value: 'Ordnande av tjänsten', lang: 'sv' },
      { value: 'Providing the service', lang: 'en' },
    ]);
    const joint = doc['dpv:hasJointDataControllers'] as JsonLdObject;
    expect(joint['@type']).toBe('dpv:JointDataControllers');
    const members = joint['dpv:hasDataController'] as JsonLdObject[];
    expect(members[0]).toEqual({ '@id': 'urn:seloste:kolmikielinen:controller' });
    expect(values(members[1]!['dpv:hasName']).map((v) => v.value)).toEqual(['Kumppanikunta', 'Partnerkommun', 'Partner Municipality']);
  });

  it('describes transfers outside the EEA with the country and safeguard, and "no transfers" apart from silence', () => {
    const transfer = node(toDpv(trilingual()), 'urn:seloste:kolmikielinen:transfer-1');
    expect(ids(transfer['dpv:hasProcessing'])).toEqual(['dpv:CrossBorderTransfer']);
    expect(ids(transfer['dpv:hasLegalBasis'])).toEqual(['eu-gdpr:A46-2-c']);
    expect(ids(transfer['dpv:hasTechnicalOrganisationalMeasure'])).toEqual(['eu-gdpr:SCCByCommission']);
    expect(values((transfer['dpv:hasThirdCountry'] as JsonLdObject)['skos:prefLabel'])[2]).toEqual({ value: 'United States', lang: 'en' });

    const none = node(toDpv(seed('walmu-asiakashallinta')), 'urn:seloste:walmu-asiakashallinta:transfer');
    expect(ids(none['dpv:hasApplicability'])).toEqual(['dpv:NotApplicable']);
    const helsinki = toDpv(seed('helsinki-tyorasti'));
    expect(nodes(helsinki).some((n) => ids(n['dpv:hasProcessing']).includes('dpv:CrossBorderTransfer'))).toBe(false);
    expect(helsinki['dpv:hasDataController']).toBeUndefined();
    expect(helsinki['dpv:hasStorageCondition']).toBeUndefined();
  });

  it('lists every field of every seed as personal data, with its label', () => {
    for (const model of SEEDS.values()) {
      const doc = toDpv(model);
      const personal = doc['dpv:hasPersonalData'] as JsonLdObject[];
      for (const field of allFields(model)) {
        const found = personal.find((n) => n['@id'] === `urn:seloste:${model.id}:data-${field.id}`);
        expect(found, `${model.id}/${field.id}`).toBeDefined();
        expect(values(found!['skos:prefLabel'])).toEqual([{ value: field.label.fi, lang: 'fi' }]);
        expect(types(found!).includes('dpv:SpecialCategoryPersonalData')).toBe(field.specialCategory);
      }
    }
    const walmu = toDpv(seed('walmu-asiakashallinta'));
    expect(ids(node(walmu, 'urn:seloste:walmu-asiakashallinta:data-sahkopostiosoite')['skos:broader'])).toContain('pd:EmailAddress');
    expect(ids(node(walmu, 'urn:seloste:walmu-asiakashallinta:data-tilinumero')['skos:broader'])).toContain('pd:BankAccount');
    expect(types(node(walmu, 'urn:seloste:walmu-asiakashallinta:data-ammattiliitto'))).toContain('dpv:SpecialCategoryPersonalData');
  });

  it('names nodes under the base URL when one is given', () => {
    const doc = toDpv(seed('raisio-tyollisyyspalvelut'), { baseUrl: 'https://seloste.example.fi/notices/' });
    expect(doc['@id']).toBe('https://seloste.example.fi/notices/raisio-tyollisyyspalvelut#processing');
    expect(ids(doc['dpv:hasPurpose'])).toEqual(['https://seloste.example.fi/notices/raisio-tyollisyyspalvelut#purpose-asiakassuhteet']);
  });

  it('has an inline context of prefixes only, and every key is a prefixed term or a keyword', () => {
    for (const model of models()) {
      const doc = toDpv(model);
      expect(doc['@context']).toEqual(DPV_CONTEXT);
      for (const iri of Object.values(DPV_CONTEXT)) expect(iri).toMatch(/^https?:\/\/.*[#/]$/);
      const prefixes = Object.keys(DPV_CONTEXT);
      for (const n of nodes(doc)) {
        for (const [key, value] of Object.entries(n)) {
          // Silence leaves the key out: no empty list stands for "none".
          expect(value, `${model.id}: ${key}`).not.toEqual([]);
          if (key.startsWith('@')) continue;
          expect(prefixes, `${model.id}: ${key}`).toContain(key.split(':')[0]);
        }
      }
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    }
  });

  it('expands offline with jsonld.js in safe mode: no term is dropped and every IRI is a known DPV term or from a declared namespace', async () => {
    const options: jsonld.Options.Expand & { safe: boolean } = {
      safe: true,
      documentLoader: async (url: string) => {
        throw new Error(`the document must not load ${url}`);
      },
    };
    for (const model of models()) {
      const doc = toDpv(model);
      const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, options);
      expect(expanded).toHaveLength(1);
      const base = `urn:seloste:${model.id}:`;
      // The controller's web site is the one outside resource a document links to.
      const website = model.controller?.website;
      for (const iri of new Set(expandedIris(expanded))) {
        if (iri.startsWith(base) || iri === website) continue;
        if (iri.startsWith(DPV) || iri.startsWith(PD) || iri.startsWith(EU_GDPR)) {
          expect(KNOWN.has(iri), `${model.id}: unknown DPV term ${iri}`).toBe(true);
        } else {
          expect(OTHER_NAMESPACES.some((ns) => iri.startsWith(ns)), `${model.id}: ${iri}`).toBe(true);
        }
      }
    }
  });

  it('keeps hostile strings as literal text', async () => {
    const doc = toDpv(trilingual());
    const expanded = JSON.stringify(await jsonld.expand(doc as jsonld.JsonLdDocument));
    expect(expanded).toContain('"@value":"=cmd|\' /C calc\'!A0"');
    expect(expanded).toContain('<script>alert(1)</script>');
  });
});
