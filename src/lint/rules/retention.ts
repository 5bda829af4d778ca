/** How long data is kept, and whether the engine can keep that promise by itself. */
import type { Registry } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import { finding, pathOf } from '../rule.js';

/**
 * GDPR Art 13(2)(a) and 14(2)(a): the period for which data is stored or, if that is not
 * possible, the criteria used to determine it. A statement in words or any rule states it.
 */
export function retentionStated(registry: Registry): Finding[] {
  const { retention } = registry;
  const stated = retention !== undefined && (retention.statement !== undefined || retention.rules.length > 0);
  return stated ? [] : [finding('error', 'retention-not-stated', ['retention'])];
}

/**
 * GDPR Art 5(1)(e) (storage limitation) and 25(1): a period that only refers elsewhere ("the
 * archive formation plan") or is stated in words only cannot be enforced by timers, so nothing
 * deletes the data when it is due. A warning: the notice states retention, the engine cannot keep it.
 */
export function retentionEnforceable(registry: Registry): Finding[] {
  const { retention } = registry;
  if (!retention) return [];
  if (retention.rules.length === 0 && retention.statement) {
    return [finding('warning', 'retention-not-enforceable', ['retention', 'rules'])];
  }
  return retention.rules
    .filter((rule) => rule.kind === 'reference')
    .map((rule) => finding('warning', 'retention-not-enforceable', pathOf(rule.pointer, 'keep')));
}
