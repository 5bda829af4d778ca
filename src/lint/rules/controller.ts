/** Who is responsible: the controller, its contact details, the DPO and joint controllers. */
import type { Person, Registry } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import { finding, isPublicAuthority } from '../rule.js';

const reachable = (person: Person): boolean => Boolean(person.email || person.phone || person.address);

/**
 * GDPR Art 13(1)(a) and 14(1)(a): the identity and the contact details of the controller.
 * A contact person of the register (`contacts`) or a named official with contact details also
 * gives the reader a way to reach the controller, so either satisfies "contact details".
 */
export function controllerIdentity(registry: Registry): Finding[] {
  const { controller } = registry;
  if (!controller) return [finding('error', 'controller-missing', ['controller'])];
  const contactable =
    Boolean(controller.address || controller.phone || controller.email) ||
    registry.contacts.some(reachable) ||
    controller.officials.some(reachable);
  return contactable ? [] : [finding('error', 'controller-contact-missing', ['controller', 'email'])];
}

/**
 * GDPR Art 13(1)(b) and 14(1)(b): the contact details of the data protection officer.
 *
 * An error, not a warning: "where applicable" always applies here, since a public authority must
 * designate a DPO (Art 37(1)(a)), and seloste cannot know the DPO's address, so the notice
 * cannot be complete without it.
 */
export function dataProtectionOfficer(registry: Registry): Finding[] {
  const { dpo } = registry;
  if (!dpo) return isPublicAuthority(registry) ? [finding('error', 'dpo-missing', ['dpo'])] : [];
  return reachable(dpo) ? [] : [finding('error', 'dpo-contact-missing', ['dpo', 'email'])];
}

/**
 * GDPR Art 26(2) (with Art 13(1)(a)): joint controllers make the essence of their arrangement
 * available to the data subject. A warning: the notice names the joint controllers, but not who
 * answers for what.
 */
export function jointArrangement(registry: Registry): Finding[] {
  if (registry.jointControllers.length === 0 || registry.jointArrangement) return [];
  return [finding('warning', 'joint-arrangement-not-stated', ['joint_arrangement'])];
}
