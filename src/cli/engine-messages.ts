/**
 * Turns the engine's start-up failures (database cannot be opened, schema sync refused) into
 * lines for people, so that `serve`, `demo` and the other database commands say the same thing.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { STORAGE_MESSAGES } from '../i18n/storage-messages.js';
import { DatabaseOpenError } from '../storage/database.js';
import { SchemaSyncError, type SyncReport } from '../storage/schema-sync.js';

/** The lines explaining `cause`, or undefined when it is not a start-up failure we know. */
export function startFailure(cause: unknown, lang: Lang): string[] | undefined {
  if (cause instanceof DatabaseOpenError) return [translate(STORAGE_MESSAGES, 'storage.open-failed', lang, { path: cause.path, reason: cause.reason })];
  if (cause instanceof SchemaSyncError) {
    return [
      ...cause.problems.map((problem) =>
        translate(STORAGE_MESSAGES, `storage.sync.${problem.code}`, lang, {
          file: problem.file,
          registry: problem.registry,
          field: problem.field,
          values: problem.values,
          from: problem.from,
          to: problem.to,
          invalid: problem.invalid,
          example: problem.example,
        }),
      ),
      translate(STORAGE_MESSAGES, 'storage.sync-refused', lang),
    ];
  }
  return undefined;
}

/** What the sync did, one line per registry that changed, and a note per orphaned registry. */
export function syncLines(report: SyncReport, lang: Lang): string[] {
  const lines: string[] = [];
  for (const plan of report.plans) {
    // New tables for a registry seen for the first time are not news.
    if (plan.steps.length === 0 || !plan.stored) continue;
    const steps = plan.steps.map((step) => ('column' in step ? `${step.kind} ${step.column.field}` : 'group' in step ? `${step.kind} ${step.group.field}` : 'from' in step ? `${step.kind} ${step.from.field}` : step.kind));
    lines.push(translate(STORAGE_MESSAGES, 'storage.sync.applied', lang, { registry: plan.registry.id, steps: steps.join(', ') }));
  }
  for (const orphan of report.orphans) lines.push(translate(STORAGE_MESSAGES, 'storage.sync.orphan', lang, { registry: orphan }));
  return lines;
}
