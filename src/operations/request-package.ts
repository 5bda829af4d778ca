/**
 * The package of an access (Art 15) or portability (Art 20) request: everything held about the
 * person in the registries the request concerns — every record with all its fields, its state
 * history, consents, disclosures and the audit entries about it — gathered for `package-json.ts`
 * and `package-page.ts` to shape. Needs the person's identity verified; producing it is audited
 * as an `export` naming the records and fields, and noted in the request's history.
 *
 * The package is for the person themself, so it holds all their data whatever the handler's own
 * role may read — their own address under address protection (turvakielto) included: the
 * protection keeps the address from others, not from the person it protects.
 */
import type { AuditEntry } from '../audit/audit-log.js';
import type { Registry } from '../model/types.js';
import type { StoredRecord } from '../storage/record-store.js';
import type { DisclosureEntry } from '../workflows/disclosure-store.js';
import type { SubjectRequest } from '../workflows/request-store.js';
import type { ConsentEvent, StateEntry } from '../workflows/workflow-stores.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit } from './records.js';
import { auditRequest, openRequestFor, requireVerified } from './requests.js';
import { translate } from '../i18n/catalogue.js';
import { API_MESSAGES } from '../i18n/api-messages.js';

export interface PackageRecord {
  record: StoredRecord;
  states: StateEntry[];
  consents: ConsentEvent[];
  disclosures: DisclosureEntry[];
  /** Audit entries naming the record, oldest first. */
  audit: AuditEntry[];
}

export interface RequestPackage {
  request: SubjectRequest;
  producedAt: string;
  registries: Array<{ registry: Registry; records: PackageRecord[] }>;
}

const AUDIT_PAGE = 1000;

/** Gathers the package of request `id`; `format` is noted in the request's history. */
export async function requestPackage(context: OperationContext, caller: Caller, id: string, format: 'json' | 'html'): Promise<RequestPackage> {
  const request = openRequestFor(context, caller, id, 'package', undefined, true);
  if (request.kind !== 'access' && request.kind !== 'portability') {
    await auditRequest(context, caller, request, 'conflict', 'package:not-applicable');
    throw new OperationError('conflict', 'api.request-no-package', { kind: translate(API_MESSAGES, `api.request-kind.${request.kind}`, caller.lang) });
  }
  if (request.status === 'refused' || request.status === 'withdrawn') {
    await auditRequest(context, caller, request, 'conflict', 'package:closed');
    throw new OperationError('conflict', 'api.request-closed', { status: translate(API_MESSAGES, `api.request-status.${request.status}`, caller.lang) });
  }
  await requireVerified(context, caller, request, 'package');
  const registries: RequestPackage['registries'] = [];
  for (const registryId of request.registries) {
    const registry = context.registries.get(registryId);
    if (!registry) continue;
    const records = await context.store.findByIdentityCode(registry.id, request.identityCode);
    const trail = auditOf(context, registry.id, records.map((record) => record.id));
    registries.push({
      registry,
      records: records.map((record) => ({
        record,
        states: context.workflows.states.history(registry.id, record.id),
        consents: context.workflows.consents.history(registry.id, record.id),
        disclosures: context.workflows.disclosures.history(registry.id, record.id),
        audit: trail.filter((entry) => entry.records.includes(record.id)),
      })),
    });
  }
  const producedAt = context.clock().toISOString();
  for (const { registry, records } of registries) {
    audit(context, caller, {
      action: 'export',
      outcome: 'ok',
      registry: registry.id,
      records: records.map(({ record }) => record.id),
      fields: [...new Set(records.flatMap(({ record }) => Object.keys(record.data)))],
      reason: `request-package:${request.kind}`,
    });
  }
  context.workflows.requests.note(request.id, [
    { at: producedAt, actor: caller.actor, event: 'package', detail: { format, records: registries.reduce((sum, { records }) => sum + records.length, 0) } },
  ]);
  return { request, producedAt, registries };
}

/** Every audit entry naming any of `ids`, oldest first. */
function auditOf(context: OperationContext, registry: string, ids: string[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  if (ids.length === 0) return entries;
  for (let offset = 0; ; offset += AUDIT_PAGE) {
    const page = context.audit.list({ registry, records: ids, limit: AUDIT_PAGE, offset });
    entries.push(...page.entries);
    if (page.entries.length < AUDIT_PAGE) return entries;
  }
}
