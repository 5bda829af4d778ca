/**
 * Aggregate reports of a registry (`run-reports`). The report reads the records through the
 * record store a page at a time, like any other reader, and counts them; what it returns holds
 * no personal data (counts with small cells suppressed). A run is audited as an `export` with
 * reason `report`, naming the registry and the dimension fields only — no record ids, no values.
 */
import { accessFor, hasAnyRole } from '../access/access.js';
import type { Report } from '../model/types.js';
import { isIsoDate, reportCounter, type ReportResult } from '../reports/aggregate.js';
import type { Caller, OperationContext } from './context.js';
import { OperationError } from './errors.js';
import { audit, authorize } from './records.js';

/** Records are read in pages of this size. */
export const REPORT_PAGE_SIZE = 200;

/** The declared reports of a registry the caller may run (none without `run-reports`). */
export function listRegistryReports(context: OperationContext, caller: Caller, registryId: string): Report[] {
  const registry = context.registries.get(registryId);
  if (!registry) throw new OperationError('not-found', 'api.registry-not-found', { id: registryId });
  const access = accessFor(registry, caller.roles.get(registry.id) ?? []);
  if (!hasAnyRole(access)) throw new OperationError('forbidden', 'api.forbidden-registry', { registry: registry.id });
  return access.can.has('run-reports') ? registry.reports : [];
}

export async function runRegistryReport(
  context: OperationContext,
  caller: Caller,
  registryId: string,
  reportId: string,
  period: { from?: string; to?: string },
): Promise<ReportResult> {
  const { registry } = authorize(context, caller, registryId, 'export', (access) => access.can.has('run-reports'));
  const report = registry.reports.find((candidate) => candidate.id === reportId);
  if (!report) throw new OperationError('not-found', 'api.report-not-found', { registry: registry.id, id: reportId.slice(0, 100) });
  for (const name of ['from', 'to'] as const) {
    const value = period[name];
    if (value !== undefined && !isIsoDate(value)) throw new OperationError('bad-request', 'api.bad-report-date', { name });
  }
  if (period.from !== undefined && period.to !== undefined && period.from > period.to) {
    throw new OperationError('bad-request', 'api.bad-report-period', { from: period.from, to: period.to });
  }
  const counter = reportCounter(registry, report, {
    ...(period.from !== undefined ? { from: period.from } : {}),
    ...(period.to !== undefined ? { to: period.to } : {}),
    today: context.clock(),
    lang: caller.lang,
  });
  for (let offset = 0; ; offset += REPORT_PAGE_SIZE) {
    const page = await context.store.list(registry.id, { limit: REPORT_PAGE_SIZE, offset, filters: [], sort: { by: 'created_at', descending: false } });
    for (const record of page.items) counter.add(record);
    if (page.items.length < REPORT_PAGE_SIZE) break;
  }
  const result = counter.result();
  audit(context, caller, { action: 'export', outcome: 'ok', registry: registry.id, fields: report.dimensions, reason: 'report' });
  return result;
}
