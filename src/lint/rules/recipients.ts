/** Where data goes: recipients, the basis and consent of each disclosure, transfers abroad. */
import type { Registry } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import { finding, pathOf } from '../rule.js';

const CONSENT_POINTS = ['6(1)(a)', '9(2)(a)'];
/** Safeguards that are documents the reader may ask a copy of (Art 46(2)(b)–(c), 47). */
const COPY_SAFEGUARDS = new Set(['standard-contractual-clauses', 'binding-corporate-rules']);

/**
 * GDPR Art 13(1)(e) and 14(1)(e): the recipients or categories of recipients. Saying that data
 * is not regularly disclosed (`regular: false`) states it too; only silence is an error.
 */
export function recipientsStated(registry: Registry): Finding[] {
  const { disclosures } = registry;
  const stated =
    disclosures !== undefined && (disclosures.regular !== undefined || disclosures.items.length > 0 || disclosures.statement.length > 0);
  return stated ? [] : [finding('error', 'recipients-not-stated', ['disclosures'])];
}

/**
 * GDPR Art 6(1) and 5(1)(a): a disclosure is processing of its own and needs a basis; a
 * municipal notice states it for each regular disclosure (consent or the law that permits it).
 * A warning: the recipients are named, but the reader cannot tell why they get the data.
 */
export function disclosureBasis(registry: Registry): Finding[] {
  return (registry.disclosures?.items ?? [])
    .filter((item) => item.basis === undefined)
    .map((item) => finding('warning', 'disclosure-basis-not-stated', pathOf(item.pointer, 'basis'), { disclosure: item.id }));
}

/**
 * GDPR Art 7(1): where processing rests on consent, the controller must be able to demonstrate
 * it. A disclosure or a legal basis on consent with no declared consent (`consents:`) leaves the
 * engine nothing to ask, record or withdraw.
 */
export function consentFlow(registry: Registry): Finding[] {
  const findings: Finding[] = [];
  for (const item of registry.disclosures?.items ?? []) {
    if (item.basis === 'consent' && item.consent === undefined) {
      findings.push(finding('warning', 'consent-disclosure-without-consent', pathOf(item.pointer, 'consent'), { disclosure: item.id }));
    }
  }
  // A basis may rest on a consent the notice describes elsewhere without linking it; only a
  // registry that declares no consent at all certainly has no flow for it.
  if (registry.consents.length === 0) {
    for (const basis of registry.legalBases) {
      if (basis.gdpr.some((point) => CONSENT_POINTS.includes(point))) {
        findings.push(finding('warning', 'consent-basis-without-consent', pathOf(basis.pointer, 'consent'), { basis: basis.id }));
      }
    }
  }
  return findings;
}

/**
 * GDPR Art 13(1)(f) and 14(1)(f): whether data is transferred outside the EU/EEA and, if so, on
 * what safeguard. The point applies "where applicable", so silence is a warning: most municipal
 * registers transfer nothing, but the notice should say so (`transfers: {outside_eea: false}`).
 * A transfer without destinations or safeguards never reaches the lint: the loader rejects it.
 */
export function transfersStated(registry: Registry): Finding[] {
  return registry.transfers ? [] : [finding('warning', 'transfers-not-stated', ['transfers'])];
}

/**
 * GDPR Art 13(1)(f) and 14(1)(f): for a transfer on appropriate safeguards (Art 46, 47), "the
 * means by which to obtain a copy of them or where they have been made available". An adequacy
 * decision is public and a derogation has no document, so only those two safeguards need it.
 */
export function transferSafeguardCopy(registry: Registry): Finding[] {
  const findings: Finding[] = [];
  registry.transfers?.destinations.forEach((destination, index) => {
    if (COPY_SAFEGUARDS.has(destination.safeguard) && !destination.description) {
      findings.push(
        finding('warning', 'safeguard-copy-not-stated', ['transfers', 'destinations', index, 'description'], {
          safeguard: destination.safeguard,
        }),
      );
    }
  });
  return findings;
}
