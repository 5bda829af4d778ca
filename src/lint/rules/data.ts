/** The data itself: its categories, where it comes from, what it serves, special categories. */
import type { Field, LegalBasis, Registry } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import { finding, obtainedFromOthers, pathOf } from '../rule.js';
import { categoryFields } from '../../model/fields.js';

const isArt9 = (point: string): boolean => point.startsWith('9(2)');
const serves = (field: Field): boolean => field.purposes.length > 0;

/**
 * GDPR Art 14(1)(d): where data is not obtained from the data subject, the categories of
 * personal data concerned. (Art 13 has no such point: the person knows what they gave.)
 */
export function categoriesStated(registry: Registry): Finding[] {
  if (registry.categories.length > 0 || !obtainedFromOthers(registry)) return [];
  return [finding('error', 'categories-not-stated', ['categories'])];
}

/**
 * GDPR Art 14(2)(f): from which source the data originates. A warning, because the point binds
 * only for data not obtained from the person, and a notice silent on sources does not say
 * whether there is any.
 */
export function sourcesStated(registry: Registry): Finding[] {
  if (registry.sources.length > 0 || registry.sourcesStatement) return [];
  return [finding('warning', 'sources-not-stated', ['sources'])];
}

/**
 * GDPR Art 9(1)–(2): special-category data (health, trade-union membership…) may be processed
 * only under one of the conditions of Art 9(2), which the notice names with the legal basis
 * (Art 13(1)(c)). A basis with a 9(2) point covers a field when it serves the field's purposes
 * (or names none). Reported once for a special category, and for each field marked special in
 * a category that is not.
 */
export function specialCategoryCondition(registry: Registry): Finding[] {
  const conditions = registry.legalBases.filter((basis) => basis.gdpr.some(isArt9));
  const covered = (purposes: string[]): boolean => conditions.some((basis) => coversPurposes(basis, purposes));
  const findings: Finding[] = [];
  for (const category of registry.categories) {
    if (category.specialCategory && !covered(category.purposes)) {
      findings.push(finding('warning', 'special-category-without-condition', pathOf(category.pointer, 'special_category'), { item: category.id }));
      continue;
    }
    for (const field of category.fields) {
      // A field inheriting the marking of its category or group is reported with that one.
      if (field.specialCategory && !covered(field.purposes)) {
        findings.push(finding('warning', 'special-category-without-condition', pathOf(field.pointer, 'special_category'), { item: field.id }));
        continue;
      }
      for (const member of field.fields) {
        if (member.specialCategory && !covered(member.purposes)) {
          findings.push(finding('warning', 'special-category-without-condition', pathOf(member.pointer, 'special_category'), { item: member.id }));
        }
      }
    }
  }
  return findings;
}

/**
 * GDPR Art 5(1)(b)–(c) (purpose limitation, data minimisation) and 13(1)(c): every datum must
 * serve a stated purpose. A category that serves none is reported once; otherwise each field
 * that serves none.
 */
export function fieldPurposes(registry: Registry): Finding[] {
  // With no purposes at all, `purposes-missing` says it once.
  if (registry.purposes.length === 0) return [];
  const findings: Finding[] = [];
  for (const category of registry.categories) {
    if (category.purposes.length === 0 && !categoryFields(category).some(serves)) {
      findings.push(finding('warning', 'category-without-purpose', pathOf(category.pointer, 'purposes'), { category: category.id }));
      continue;
    }
    for (const field of category.fields) {
      // A group's data is its members: the group is reported once when none of them serves a
      // purpose, otherwise each member that does not.
      const candidates = field.fields.some(serves) ? field.fields : [field];
      for (const item of candidates.filter((candidate) => !serves(candidate))) {
        findings.push(finding('warning', 'field-without-purpose', pathOf(item.pointer, 'purposes'), { field: item.id }));
      }
    }
  }
  return findings;
}

function coversPurposes(basis: LegalBasis, purposes: string[]): boolean {
  return basis.purposes.length === 0 || purposes.length === 0 || purposes.some((purpose) => basis.purposes.includes(purpose));
}

