/**
 * One person across registries, by personal identity code: the records that hold the code
 * (`lookup-person`) and the audit entries about those records (`view-audit`). Each registry is
 * searched only where the caller's role there has the ability; the code itself never goes into
 * the audit log (the entries name the records found).
 */
import type { AuditEntry } from '../audit/audit-log.js';
import { accessFor } from '../access/access.js';
import { checkPersonalIdentityCode } from '../formats/personal-identity-code.js';
import type { RoleAbility } from '../model/types.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit, view, type RecordView } from './records.js';

export async function lookupPerson(context: OperationContext, caller: Caller, code: unknown): Promise<Array<{ registry: string; record: RecordView }>> {
  const permitted = permittedRegistries(context, caller, 'lookup-person', 'lookup');
  const valid = checkedCode(code);
  const found: Array<{ registry: string; record: RecordView }> = [];
  for (const { registry, access } of permitted) {
    const records = await context.store.findByIdentityCode(registry.id, valid);
    const views = records.map((record) => view(access, record));
    audit(context, caller, {
      action: 'lookup',
      outcome: 'ok',
      registry: registry.id,
      records: views.map((record) => record.id),
      fields: [...new Set(views.flatMap((record) => Object.keys(record.data)))],
    });
    for (const record of views) found.push({ registry: registry.id, record });
  }
  return found;
}

/** Audit entries about the records that hold `code`, in the registries where the caller may see the audit. */
export async function personAudit(context: OperationContext, caller: Caller, code: unknown): Promise<AuditEntry[]> {
  const permitted = permittedRegistries(context, caller, 'view-audit', 'audit-read');
  const valid = checkedCode(code);
  const entries: AuditEntry[] = [];
  for (const { registry } of permitted) {
    const ids = (await context.store.findByIdentityCode(registry.id, valid)).map((record) => record.id);
    audit(context, caller, { action: 'audit-read', outcome: 'ok', registry: registry.id, records: ids, reason: 'person' });
    if (ids.length > 0) entries.push(...context.audit.list({ registry: registry.id, records: ids, limit: 1000 }).entries);
  }
  return entries.sort((a, b) => a.seq - b.seq);
}

/** The audit entries of one record (`view-audit`). */
export async function recordAudit(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  id: string,
  page: { limit: number; offset: number; order?: 'oldest' | 'newest' },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const registry = context.registries.get(registryId);
  if (!registry) throw new OperationError('not-found', 'api.registry-not-found', { id: registryId });
  const access = accessFor(registry, caller.roles.get(registry.id) ?? []);
  if (!access.can.has('view-audit')) {
    audit(context, caller, { action: 'audit-read', outcome: 'denied', registry: registry.id, records: [id], reason: 'role-may-not' });
    throw new OperationError('forbidden', 'api.forbidden-action', { registry: registry.id });
  }
  audit(context, caller, { action: 'audit-read', outcome: 'ok', registry: registry.id, records: [id] });
  return context.audit.list({ registry: registry.id, records: [id], limit: page.limit, offset: page.offset, ...(page.order ? { order: page.order } : {}) });
}

/** The audit entries of one registry, filtered (`view-audit`). */
export async function registryAudit(
  context: OperationContext,
  caller: Caller,
  query: { registry?: string; record?: string; actor?: string; limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  if (!query.registry) throw new OperationError('bad-request', 'api.audit-needs-registry');
  const registry = context.registries.get(query.registry);
  if (!registry) throw new OperationError('not-found', 'api.registry-not-found', { id: query.registry });
  const access = accessFor(registry, caller.roles.get(registry.id) ?? []);
  if (!access.can.has('view-audit')) {
    audit(context, caller, { action: 'audit-read', outcome: 'denied', registry: registry.id, reason: 'role-may-not' });
    throw new OperationError('forbidden', 'api.forbidden-action', { registry: registry.id });
  }
  audit(context, caller, { action: 'audit-read', outcome: 'ok', registry: registry.id, ...(query.record ? { records: [query.record] } : {}) });
  return context.audit.list({
    registry: registry.id,
    ...(query.record ? { records: [query.record] } : {}),
    ...(query.actor ? { actor: query.actor } : {}),
    limit: query.limit,
    offset: query.offset,
  });
}

function permittedRegistries(context: OperationContext, caller: Caller, ability: RoleAbility, action: 'lookup' | 'audit-read') {
  const permitted = [...context.registries.values()]
    .map((registry) => ({ registry, access: accessFor(registry, caller.roles.get(registry.id) ?? []) }))
    .filter(({ access }) => access.can.has(ability));
  if (permitted.length === 0) {
    audit(context, caller, { action, outcome: 'denied', reason: 'role-may-not' });
    throw new OperationError('forbidden', 'api.forbidden-lookup');
  }
  return permitted;
}

function checkedCode(code: unknown): string {
  const value = typeof code === 'string' ? code.trim().toUpperCase() : '';
  // Temporary codes (900–999) are real codes for people without a permanent one.
  if (!checkPersonalIdentityCode(value, { allowTemporary: true }).ok) throw new OperationError('bad-request', 'api.bad-identity-code');
  return value;
}
