/**
 * What a caller may do in one registry, from the roles they hold there. Default deny: without a
 * role nothing is readable; a role reads and writes the categories the registry grants it
 * (`write` implies `read`), and sees an address under address protection (turvakielto) only
 * with `protected_addresses`. Several roles add up.
 */
import type { Field, Registry, RoleAbility } from '../model/types.js';
import { categoryFields } from '../model/fields.js';
import type { RecordData } from '../storage/record-store.js';

export interface Access {
  registry: Registry;
  /** The caller's roles in this registry (declared ones only). */
  roles: string[];
  /** Field ids (group members included) the caller may read / write. */
  read: ReadonlySet<string>;
  write: ReadonlySet<string>;
  protectedAddresses: boolean;
  can: ReadonlySet<RoleAbility>;
}

/** The access that `roleIds` give in `registry`; unknown role ids give nothing. */
export function accessFor(registry: Registry, roleIds: readonly string[]): Access {
  const roles = registry.roles.filter((role) => roleIds.includes(role.id));
  const readCategories = new Set(roles.flatMap((role) => [...role.read, ...role.write]));
  const writeCategories = new Set(roles.flatMap((role) => role.write));
  const read = new Set<string>();
  const write = new Set<string>();
  for (const category of registry.categories) {
    for (const field of categoryFields(category)) {
      if (readCategories.has(category.id)) read.add(field.id);
      if (writeCategories.has(category.id)) write.add(field.id);
    }
  }
  return {
    registry,
    roles: roles.map((role) => role.id),
    read,
    write,
    protectedAddresses: roles.some((role) => role.protectedAddresses),
    can: new Set(roles.flatMap((role) => role.can)),
  };
}

/** Holds at least one role in the registry. */
export function hasAnyRole(access: Access): boolean {
  return access.roles.length > 0;
}

/** The top-level address fields of `data` that are under protection and hidden from this caller. */
export function protectedFields(access: Access, data: RecordData): string[] {
  if (access.protectedAddresses) return [];
  return topFields(access.registry)
    .filter((field) => field.protectedBy !== undefined && data[field.protectedBy] === true)
    .map((field) => field.id);
}

/**
 * What the caller sees of a record: only readable fields, and no address under protection
 * without the permission. `hidden` names the protected fields withheld, so staff know an
 * address exists but is protected; fields the role may not read are simply absent.
 */
export function visibleData(access: Access, data: RecordData): { data: RecordData; hidden: string[] } {
  const hidden = protectedFields(access, data);
  const visible: RecordData = {};
  for (const [key, value] of Object.entries(data)) {
    if (access.read.has(key) && !hidden.includes(key)) visible[key] = value;
  }
  return { data: visible, hidden: hidden.filter((field) => data[field] !== undefined && access.read.has(field)) };
}

/** Top-level fields of a registry, in definition order. */
export function topFields(registry: Registry): Field[] {
  return registry.categories.flatMap((category) => category.fields);
}
