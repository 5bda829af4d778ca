/**
 * Whether a registry's legal bases let its data be erased on the person's request (GDPR Art 17).
 * Erasure is excluded where processing is needed for a legal obligation (6(1)(c)) or for a task in
 * the public interest or in the exercise of official authority (6(1)(e)) — Art 17(3)(b); a basis
 * that names laws but no GDPR point is read as such an obligation. Erasure is allowed where every
 * basis is consent (6(1)(a), 9(2)(a)) or contract (6(1)(b)). Anything else — a basis without a
 * GDPR point or law, or no basis at all — the engine cannot decide: staff assess it and confirm.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import type { LegalBasis, Registry, Text } from '../model/types.js';
import { REQUEST_PACKAGE_MESSAGES } from '../i18n/request-messages.js';

const EXCLUDING = ['6(1)(c)', '6(1)(e)'];
const ALLOWING = ['6(1)(a)', '6(1)(b)', '9(2)(a)'];

export type ErasureGrounds =
  | { kind: 'excluded'; bases: LegalBasis[] }
  | { kind: 'allowed'; bases: LegalBasis[] }
  /** `stated`: what the registry says about limits of erasure, for the staff who decide. */
  | { kind: 'undetermined'; bases: LegalBasis[]; stated?: Text };

export function erasureGrounds(registry: Registry): ErasureGrounds {
  const excluding = registry.legalBases.filter((basis) => basis.gdpr.some((point) => EXCLUDING.includes(point)) || (basis.gdpr.length === 0 && basis.laws.length > 0));
  if (excluding.length > 0) return { kind: 'excluded', bases: excluding };
  const allowing = registry.legalBases.every((basis) => basis.gdpr.length > 0 && basis.gdpr.every((point) => ALLOWING.includes(point)));
  if (registry.legalBases.length > 0 && allowing) return { kind: 'allowed', bases: registry.legalBases };
  const stated = registry.rights?.items.find((item) => item.right === 'erasure')?.restrictions;
  return { kind: 'undetermined', bases: registry.legalBases.filter((basis) => basis.gdpr.length === 0), ...(stated ? { stated } : {}) };
}

/**
 * Why erasure is refused, in the person's language: the registry, the bases with their GDPR
 * points and the laws the definition names. Registry texts fall back to Finnish.
 */
export function erasureRefusal(registry: Registry, bases: readonly LegalBasis[], lang: Lang): string {
  const t = (text: Text | undefined): string | undefined => (text === undefined ? undefined : (text[lang] ?? text.fi));
  const named = bases.map((basis) => {
    const name = t(basis.name) ?? basis.id;
    return basis.gdpr.length > 0 ? `${name} (${basis.gdpr.map((point) => translate(REQUEST_PACKAGE_MESSAGES, 'package.gdpr-point', lang, { point })).join(', ')})` : name;
  });
  const laws = [...new Set(bases.flatMap((basis) => basis.laws.map((law) => t(law)!)))];
  return translate(REQUEST_PACKAGE_MESSAGES, laws.length > 0 ? 'package.erasure-refused-laws' : 'package.erasure-refused', lang, {
    registry: t(registry.name)!,
    bases: named.join('; '),
    laws: laws.join('; '),
  });
}
