/** Whether the data subject must provide the data. */
import type { Registry } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import { collectsFromDataSubject, finding } from '../rule.js';

/**
 * GDPR Art 13(2)(e): whether providing the data is a statutory or contractual requirement or a
 * requirement necessary to enter into a contract, whether the person is obliged to provide it
 * and what follows if they do not. Applies only to data collected from the data subject (Art 14
 * has no such point). An error: only the controller knows, seloste cannot derive it.
 */
export function provisionRequirement(registry: Registry): Finding[] {
  if (!collectsFromDataSubject(registry)) return [];
  const { provision } = registry;
  const stated = provision !== undefined && (provision.requirement !== undefined || provision.description !== undefined);
  return stated ? [] : [finding('error', 'provision-requirement-not-stated', ['provision'])];
}
