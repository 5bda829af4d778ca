/**
 * What operations run on: the loaded registries, their compiled validators, the record store,
 * the audit log and the clock. Built once at start-up and passed explicitly; operations are
 * plain functions of (context, caller, input), shared by the API, the forms, the workflows and
 * the CLI.
 */
import type { AuditLog } from '../audit/audit-log.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Registry } from '../model/types.js';
import type { Clock } from '../runtime/clock.js';
import type { RecordValidator } from '../schema/record-validator.js';
import type { RecordStore } from '../storage/record-store.js';
import type { WorkflowStores } from '../workflows/workflow-stores.js';

export interface OperationContext {
  registries: ReadonlyMap<string, Registry>;
  validators: ReadonlyMap<string, RecordValidator>;
  store: RecordStore;
  audit: AuditLog;
  /** State history, consents, legal holds and restrictions (see `src/workflows/`). */
  workflows: WorkflowStores;
  clock: Clock;
  /**
   * Told after a record was created, changed, moved to another state or removed, so that what
   * depends on it (its timers) follows. Must not throw; a crash before it runs is caught up at
   * the next start or tick, which reconciles every record.
   */
  recordChanged(registryId: string, recordId: string): void;
  /** New record ids (random UUIDs; tests may make them predictable). */
  newId(): string;
}

/** Who asks: the audit names them, their roles decide, their language words the messages. */
export interface Caller {
  /** Username, or `token:<name>` for an API token. */
  actor: string;
  /** Registry id → the caller's role ids there. */
  roles: ReadonlyMap<string, readonly string[]>;
  ip?: string;
  lang: Lang;
}
