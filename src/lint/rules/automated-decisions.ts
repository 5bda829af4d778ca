/** Automated decision-making, including profiling. */
import type { Registry } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import { finding } from '../rule.js';

/**
 * GDPR Art 13(2)(f) and 14(2)(g): the existence of automated decision-making, including
 * profiling (Art 22(1) and (4)), and where it is used meaningful information about the logic
 * involved and its significance and envisaged consequences. Silence is a warning: the point
 * binds only where such decisions are made, but the reader cannot tell, and seloste cannot say.
 * Used without logic or consequences is an error: then the information is required.
 */
export function automatedDecisions(registry: Registry): Finding[] {
  const decisions = registry.automatedDecisions;
  if (!decisions) return [finding('warning', 'automated-decisions-not-stated', ['automated_decisions'])];
  if (!decisions.used) return [];
  const findings: Finding[] = [];
  if (!decisions.logic) findings.push(finding('error', 'automated-decisions-logic-missing', ['automated_decisions', 'logic']));
  if (!decisions.significance) {
    findings.push(finding('error', 'automated-decisions-significance-missing', ['automated_decisions', 'significance']));
  }
  return findings;
}
