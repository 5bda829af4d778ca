/**
 * The data subject's rights, derived from the registry's legal bases as the GDPR sets them.
 * The notice never promises more or less than the law gives: a registry may explain a right
 * (`rights.items`), but whether the right applies follows from the bases declared here.
 *
 * - access (Art 15), rectification (16), restriction (18) and complaint (77): always;
 * - erasure (17): limited where the basis is 6(1)(c) or 6(1)(e) (Art 17(3)(b));
 * - portability (20): only for 6(1)(a)/(b) (or 9(2)(a)) with automated processing, never for
 *   public-task processing (Art 20(3));
 * - objection (21): for 6(1)(e)/(f), stated separately and explicitly (Art 21(4));
 * - withdrawal of consent (7(3)): wherever consent is a basis;
 * - automated decisions (22): where the registry uses them;
 * - the answer is due within one month (Art 12(3)) unless the registry states a shorter time.
 */
import { addDuration, parseDuration } from '../model/duration.js';
import type { Registry, RightKind, StatedRight } from '../model/types.js';

export type RightStatus = 'applies' | 'limited' | 'not-applicable';

/** Why a right is limited or does not apply; a key of the notice catalogue (`reason.*`). */
export type RightReason =
  | 'erasure-public-task'
  | 'portability-public-task-part'
  | 'portability-public-task'
  | 'portability-no-consent-or-contract'
  | 'portability-not-automated'
  | 'objection-no-public-task-or-interest'
  | 'withdraw-no-consent';

export interface DerivedRight {
  right: RightKind;
  status: RightStatus;
  /** The GDPR article that grants the right, e.g. `15`, `7(3)`. */
  article: string;
  reason?: RightReason;
  /** GDPR points of the registry's legal bases that decided the status, e.g. `['6(1)(e)']`. */
  decidedBy: string[];
  /** What the registry itself says about this right (explanations, restrictions, how). */
  stated?: StatedRight;
}

export interface DerivedRights {
  /** Every right in the order notices list them; `not-applicable` ones say why. */
  items: DerivedRight[];
  /** ISO 8601 duration within which a request is answered. */
  deadline: string;
  /** Whether the deadline is the registry's own (shorter) one or the law's default. */
  deadlineFrom: 'registry' | 'law';
  /** Rights the registry states although the law excludes them here (a lint warning). */
  excludedButStated: DerivedRight[];
  /** Registry bases with no GDPR point: their effect on the rights cannot be derived. */
  basesWithoutArticle: string[];
}

/** Art 12(3): one month, extendable by two further months with reasons. */
export const LEGAL_DEADLINE = 'P1M';

const ORDER: ReadonlyArray<{ right: RightKind; article: string }> = [
  { right: 'access', article: '15' },
  { right: 'rectification', article: '16' },
  { right: 'erasure', article: '17' },
  { right: 'restriction', article: '18' },
  { right: 'portability', article: '20' },
  { right: 'objection', article: '21' },
  { right: 'withdraw-consent', article: '7(3)' },
  { right: 'automated-decisions', article: '22' },
  { right: 'complaint', article: '77' },
];

const CONSENT_POINTS = ['6(1)(a)', '9(2)(a)'];

/** Derives the rights of the registry's data subjects from its legal bases. */
export function deriveRights(registry: Registry): DerivedRights {
  const points = new Set(registry.legalBases.flatMap((basis) => basis.gdpr));
  const having = (...wanted: string[]): string[] => wanted.filter((point) => points.has(point));
  const publicTask = having('6(1)(c)', '6(1)(e)');
  const consentOrContract = having('6(1)(a)', '6(1)(b)', '9(2)(a)');
  const consent = having(...CONSENT_POINTS);
  const objectionGrounds = having('6(1)(e)', '6(1)(f)');
  // A register kept only on paper is not "processing carried out by automated means" (Art 20(1)(b));
  // a registry that does not say how it is kept gets the benefit of the doubt.
  const automated = registry.registerForm.length === 0 || registry.registerForm.includes('electronic');
  const consentDeclared =
    consent.length > 0 ||
    registry.consents.length > 0 ||
    registry.legalBases.some((basis) => basis.consent !== undefined) ||
    (registry.disclosures?.items ?? []).some((item) => item.basis === 'consent');
  const stated = new Map((registry.rights?.items ?? []).map((item) => [item.right, item]));

  const decide = (right: RightKind): Pick<DerivedRight, 'status' | 'reason' | 'decidedBy'> | undefined => {
    switch (right) {
      case 'erasure':
        return publicTask.length > 0
          ? { status: 'limited', reason: 'erasure-public-task', decidedBy: publicTask }
          : { status: 'applies', decidedBy: [] };
      case 'portability': {
        if (consentOrContract.length === 0) {
          return publicTask.length > 0
            ? { status: 'not-applicable', reason: 'portability-public-task', decidedBy: publicTask }
            : { status: 'not-applicable', reason: 'portability-no-consent-or-contract', decidedBy: [] };
        }
        if (!automated) return { status: 'not-applicable', reason: 'portability-not-automated', decidedBy: consentOrContract };
        if (publicTask.length > 0) {
          return { status: 'limited', reason: 'portability-public-task-part', decidedBy: [...consentOrContract, ...publicTask] };
        }
        return { status: 'applies', decidedBy: consentOrContract };
      }
      case 'objection':
        return objectionGrounds.length > 0
          ? { status: 'applies', decidedBy: objectionGrounds }
          : { status: 'not-applicable', reason: 'objection-no-public-task-or-interest', decidedBy: [] };
      case 'withdraw-consent':
        return consentDeclared
          ? { status: 'applies', decidedBy: consent }
          : { status: 'not-applicable', reason: 'withdraw-no-consent', decidedBy: [] };
      case 'automated-decisions':
        // Art 22 matters to the reader only where such decisions are made; the notice's own
        // section on automated decisions says when they are not.
        return registry.automatedDecisions?.used === true ? { status: 'applies', decidedBy: [] } : undefined;
      default:
        return { status: 'applies', decidedBy: [] };
    }
  };

  const items: DerivedRight[] = [];
  for (const { right, article } of ORDER) {
    const decision = decide(right);
    if (!decision) continue;
    const statedRight = stated.get(right);
    items.push({ right, article, ...decision, ...(statedRight ? { stated: statedRight } : {}) });
  }

  const own = registry.rights?.exercise?.deadline;
  const shorter = own !== undefined && isShorterOrEqual(own, LEGAL_DEADLINE);
  return {
    items,
    deadline: shorter ? own : LEGAL_DEADLINE,
    deadlineFrom: shorter ? 'registry' : 'law',
    excludedButStated: items.filter((item) => item.status === 'not-applicable' && item.stated?.text !== undefined),
    basesWithoutArticle: registry.legalBases.filter((basis) => basis.gdpr.length === 0).map((basis) => basis.id),
  };
}

/**
 * Whether duration `a` is never longer than `b`: compared from 1 February of a common year, the
 * shortest month, so that `P30D` is not taken for "within one month" (it is not in February).
 */
export function isShorterOrEqual(a: string, b: string): boolean {
  const left = parseDuration(a);
  const right = parseDuration(b);
  if (!left || !right) return false;
  const start = new Date(Date.UTC(2025, 1, 1));
  return addDuration(start, left).getTime() <= addDuration(start, right).getTime();
}
