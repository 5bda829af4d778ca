/**
 * Every lint rule, in the order of GDPR Art 13 and 14 (then the Finnish specifics), so that a
 * registry's findings read like the notice the law asks for. A rule is added here and nowhere
 * else; `test/lint` runs each one on its own.
 */
import type { LintRule } from './rule.js';
import { automatedDecisions } from './rules/automated-decisions.js';
import { controllerIdentity, dataProtectionOfficer, jointArrangement } from './rules/controller.js';
import { categoriesStated, fieldPurposes, sourcesStated, specialCategoryCondition } from './rules/data.js';
import { provisionRequirement } from './rules/provision.js';
import { legalBasisStated, legitimateInterests, purposesStated } from './rules/purposes.js';
import { consentFlow, disclosureBasis, recipientsStated, transferSafeguardCopy, transfersStated } from './rules/recipients.js';
import { retentionEnforceable, retentionStated } from './rules/retention.js';
import { answerDeadline, complaintStated, consentWithdrawal, excludedRights, rightsStated } from './rules/rights.js';
import { translatedTexts } from './rules/translations.js';

export const LINT_RULES: readonly LintRule[] = [
  { name: 'controller-identity', articles: 'GDPR Art 13(1)(a), 14(1)(a)', codes: ['controller-missing', 'controller-contact-missing'], check: controllerIdentity },
  { name: 'data-protection-officer', articles: 'GDPR Art 13(1)(b), 14(1)(b), 37(1)(a)', codes: ['dpo-missing', 'dpo-contact-missing'], check: dataProtectionOfficer },
  { name: 'joint-arrangement', articles: 'GDPR Art 26(2)', codes: ['joint-arrangement-not-stated'], check: jointArrangement },
  { name: 'purposes', articles: 'GDPR Art 13(1)(c), 14(1)(c)', codes: ['purposes-missing'], check: purposesStated },
  { name: 'legal-basis', articles: 'GDPR Art 13(1)(c), 14(1)(c)', codes: ['legal-basis-missing', 'legal-basis-without-article'], check: legalBasisStated },
  {
    name: 'legitimate-interests',
    articles: 'GDPR Art 6(1) second subparagraph, 13(1)(d), 14(2)(b)',
    codes: ['legitimate-interest-by-authority', 'legitimate-interests-missing'],
    check: legitimateInterests,
  },
  { name: 'recipients', articles: 'GDPR Art 13(1)(e), 14(1)(e)', codes: ['recipients-not-stated'], check: recipientsStated },
  { name: 'disclosure-basis', articles: 'GDPR Art 6(1), 5(1)(a)', codes: ['disclosure-basis-not-stated'], check: disclosureBasis },
  {
    name: 'consent-flow',
    articles: 'GDPR Art 7(1), 7(3)',
    codes: ['consent-disclosure-without-consent', 'consent-basis-without-consent'],
    check: consentFlow,
  },
  { name: 'transfers', articles: 'GDPR Art 13(1)(f), 14(1)(f)', codes: ['transfers-not-stated'], check: transfersStated },
  { name: 'transfer-safeguards', articles: 'GDPR Art 13(1)(f), 14(1)(f), 46', codes: ['safeguard-copy-not-stated'], check: transferSafeguardCopy },
  { name: 'retention', articles: 'GDPR Art 13(2)(a), 14(2)(a)', codes: ['retention-not-stated'], check: retentionStated },
  { name: 'retention-enforceable', articles: 'GDPR Art 5(1)(e), 25(1)', codes: ['retention-not-enforceable'], check: retentionEnforceable },
  { name: 'rights', articles: 'GDPR Art 13(2)(b), 14(2)(c), 15–21', codes: ['rights-not-stated'], check: rightsStated },
  { name: 'excluded-rights', articles: 'GDPR Art 17(3), 20, 21, 5(1)(a)', codes: ['right-excluded-by-law'], check: excludedRights },
  { name: 'answer-deadline', articles: 'GDPR Art 12(3)', codes: ['deadline-exceeds-law'], check: answerDeadline },
  { name: 'consent-withdrawal', articles: 'GDPR Art 7(3), 13(2)(c), 14(2)(d)', codes: ['withdrawal-not-explained'], check: consentWithdrawal },
  { name: 'complaint', articles: 'GDPR Art 13(2)(d), 14(2)(e), 77', codes: ['complaint-not-stated'], check: complaintStated },
  { name: 'provision', articles: 'GDPR Art 13(2)(e)', codes: ['provision-requirement-not-stated'], check: provisionRequirement },
  {
    name: 'automated-decisions',
    articles: 'GDPR Art 13(2)(f), 14(2)(g), 22',
    codes: ['automated-decisions-not-stated', 'automated-decisions-logic-missing', 'automated-decisions-significance-missing'],
    check: automatedDecisions,
  },
  { name: 'categories', articles: 'GDPR Art 14(1)(d)', codes: ['categories-not-stated'], check: categoriesStated },
  { name: 'sources', articles: 'GDPR Art 14(2)(f)', codes: ['sources-not-stated'], check: sourcesStated },
  { name: 'special-categories', articles: 'GDPR Art 9(1)–(2), 13(1)(c)', codes: ['special-category-without-condition'], check: specialCategoryCondition },
  { name: 'field-purposes', articles: 'GDPR Art 5(1)(b)–(c)', codes: ['field-without-purpose', 'category-without-purpose'], check: fieldPurposes },
  { name: 'translations', articles: 'GDPR Art 12(1)', codes: ['text-not-translated'], check: translatedTexts },
];
