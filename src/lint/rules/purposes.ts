/** Why data is processed and on what basis: purposes, legal bases, legitimate interests. */
import type { Registry } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import { finding, isPublicAuthority, pathOf } from '../rule.js';

const LEGITIMATE_INTERESTS = '6(1)(f)';

/** GDPR Art 13(1)(c) and 14(1)(c): the purposes of the processing. */
export function purposesStated(registry: Registry): Finding[] {
  return registry.purposes.length > 0 ? [] : [finding('error', 'purposes-missing', ['purposes'])];
}

/**
 * GDPR Art 13(1)(c) and 14(1)(c): the legal basis of the processing. A basis named only in
 * words ("Lakiperuste", "Asiakassuhteen hoitaminen") does not say which point of Art 6(1) (or
 * 9(2)) applies, and that decides the reader's rights (Art 17(3), 20, 21), so it is an error too.
 */
export function legalBasisStated(registry: Registry): Finding[] {
  if (registry.legalBases.length === 0) return [finding('error', 'legal-basis-missing', ['legal_bases'])];
  return registry.legalBases
    .filter((basis) => basis.gdpr.length === 0)
    .map((basis) => finding('error', 'legal-basis-without-article', pathOf(basis.pointer, 'gdpr'), { basis: basis.id }));
}

/**
 * GDPR Art 13(1)(d) and 14(2)(b): where the basis is 6(1)(f), the legitimate interests pursued.
 * And the second subparagraph of Art 6(1): point (f) does not apply to processing by public
 * authorities in the performance of their tasks, so a municipality relying on it is likely wrong.
 */
export function legitimateInterests(registry: Registry): Finding[] {
  const findings: Finding[] = [];
  for (const basis of registry.legalBases) {
    const index = basis.gdpr.indexOf(LEGITIMATE_INTERESTS);
    if (index === -1) continue;
    if (isPublicAuthority(registry)) {
      findings.push(finding('warning', 'legitimate-interest-by-authority', pathOf(basis.pointer, 'gdpr', index), { basis: basis.id }));
    }
    if (!basis.legitimateInterests) {
      findings.push(finding('error', 'legitimate-interests-missing', pathOf(basis.pointer, 'legitimate_interests'), { basis: basis.id }));
    }
  }
  return findings;
}
