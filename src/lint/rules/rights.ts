/**
 * The data subject's rights. What applies follows from the legal bases (`deriveRights`); the
 * notice pages state every applicable right from the law, so a notice silent on one is told so
 * as `info`, while a notice that promises what the law excludes, or a slower answer than the law
 * allows, is warned.
 */
import { deriveRights, isShorterOrEqual, LEGAL_DEADLINE, type DerivedRight } from '../../notices/rights.js';
import { rightNameParams } from '../../i18n/lint-messages.js';
import type { Exercise, Registry, RightKind } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import type { Path } from '../../problems/problem.js';
import { finding, pathOf } from '../rule.js';

/** The rights of Art 13(2)(b) and 14(2)(c); withdrawal and complaint have points of their own. */
const SUBJECT_RIGHTS: ReadonlySet<RightKind> = new Set(['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection']);

const applies = (right: DerivedRight): boolean => right.status !== 'not-applicable';

/** Where a missing right would be added: the rights list, or `rights` itself when absent. */
const rightsPath = (registry: Registry): Path => (registry.rights ? ['rights', 'items'] : ['rights']);

/**
 * GDPR Art 13(2)(b) and 14(2)(c): access, rectification, erasure, restriction, objection and
 * portability, as far as they apply to the register's legal bases (Art 21(4): objection stated
 * explicitly and separately). `info`: the notice page states each from the law.
 */
export function rightsStated(registry: Registry): Finding[] {
  return deriveRights(registry)
    .items.filter((right) => SUBJECT_RIGHTS.has(right.right) && applies(right) && !right.stated)
    .map((right) =>
      finding('info', 'rights-not-stated', rightsPath(registry), { right: right.right, article: right.article, ...rightNameParams(right.right) }),
    );
}

/**
 * GDPR Art 13(2)(c) and 14(2)(d), 7(3): where processing rests on consent, the right to withdraw
 * it at any time. Explained by a stated right or by how a declared consent is withdrawn.
 */
export function consentWithdrawal(registry: Registry): Finding[] {
  const withdrawal = deriveRights(registry).items.find((right) => right.right === 'withdraw-consent');
  if (!withdrawal || !applies(withdrawal) || withdrawal.stated) return [];
  if (registry.consents.some((consent) => consent.withdrawal)) return [];
  return [finding('info', 'withdrawal-not-explained', rightsPath(registry))];
}

/** GDPR Art 13(2)(d) and 14(2)(e): the right to lodge a complaint with a supervisory authority. */
export function complaintStated(registry: Registry): Finding[] {
  const stated = registry.rights?.items.some((item) => item.right === 'complaint') ?? false;
  return stated ? [] : [finding('info', 'complaint-not-stated', rightsPath(registry))];
}

/**
 * GDPR Art 17(3), 20 and 21 with Art 5(1)(a): granting a right the law excludes for these legal
 * bases misleads the reader. Only reported where the exclusion is certain: a basis without a
 * GDPR article might be the very point that gives the right (e.g. 6(1)(e) for objection), and
 * `legal-basis-without-article` already asks for it; only a register kept solely on paper
 * excludes portability whatever its bases (Art 20(1)(b)).
 */
export function excludedRights(registry: Registry): Finding[] {
  const derived = deriveRights(registry);
  const certain = (right: DerivedRight): boolean =>
    derived.basesWithoutArticle.length === 0 || right.reason === 'portability-not-automated';
  const points = [...new Set(registry.legalBases.flatMap((basis) => basis.gdpr))];
  return derived.excludedButStated.filter(certain).map((right) =>
    finding('warning', 'right-excluded-by-law', pathOf(right.stated!.pointer, 'text'), {
      right: right.right,
      article: right.article,
      ...rightNameParams(right.right),
      bases: points.length > 0 ? points.join(', ') : '–',
    }),
  );
}

/**
 * GDPR Art 12(3): a request is answered without undue delay and in any event within one month.
 * A stated deadline longer than that promises less than the law requires.
 */
export function answerDeadline(registry: Registry): Finding[] {
  const { rights } = registry;
  if (!rights) return [];
  const findings: Finding[] = [];
  const check = (exercise: Exercise | undefined, path: Path): void => {
    if (exercise?.deadline !== undefined && !isShorterOrEqual(exercise.deadline, LEGAL_DEADLINE)) {
      findings.push(finding('warning', 'deadline-exceeds-law', path, { deadline: exercise.deadline }));
    }
  };
  check(rights.exercise, ['rights', 'exercise', 'deadline']);
  for (const item of rights.items) check(item.exercise, pathOf(item.pointer, 'exercise', 'deadline'));
  return findings;
}
