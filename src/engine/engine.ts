/**
 * The running engine: everything the server, the CLI and the tests need, built once at start-up
 * from the loaded registries and one database — the database opened and its engine tables
 * migrated, every registry's record tables synced (refused as a whole when a change would lose
 * data), validators compiled, stores created. Nothing here is global: each engine is a value,
 * so tests run many side by side on temporary databases.
 */
import { randomUUID } from 'node:crypto';
import { createApiTokenStore, type ApiTokenStore } from '../auth/api-tokens.js';
import { createSessionStore, type SessionOptions, type SessionStore } from '../auth/sessions.js';
import { createLoginThrottle, type LoginThrottle } from '../auth/throttle.js';
import { createUserStore, type UserStore } from '../auth/users.js';
import { createAuditLog, type AuditLog } from '../audit/audit-log.js';
import { isDemoDatabase, markDemoDatabase } from '../demo/demo-database.js';
import { demoRegistry } from '../demo/generate-records.js';
import type { Registry } from '../model/types.js';
import type { OperationContext } from '../operations/context.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import { createRecordValidators } from '../schema/record-validator.js';
import { openDatabase, type Db } from '../storage/database.js';
import { syncRegistries, type SyncReport } from '../storage/schema-sync.js';
import { createSqliteRecordStore } from '../storage/sqlite-record-store.js';
import { createWorkflowStores } from '../workflows/workflow-stores.js';
import { followRecord, reconcileAll } from '../workflows/schedule.js';

export interface EngineOptions {
  registries: readonly Registry[];
  /** Database file, or `:memory:`. */
  db: string;
  clock?: Clock;
  session?: SessionOptions;
  /** scrypt cost of new password hashes (tests lower it); default 2^15. */
  passwordCost?: number;
  newId?: () => string;
  /** Mark the database as a demo database (allowed only while it holds no records). */
  markDemo?: boolean;
}

export interface Engine {
  db: Db;
  registries: readonly Registry[];
  clock: Clock;
  sync: SyncReport;
  /** A demo database: temporary identity codes are accepted (see `src/demo/demo-database.ts`). */
  demo: boolean;
  audit: AuditLog;
  users: UserStore;
  sessions: SessionStore;
  tokens: ApiTokenStore;
  throttle: LoginThrottle;
  /** What record operations run on. */
  operations: OperationContext;
  close(): void;
}

/** Starts an engine; throws `DatabaseOpenError` or `SchemaSyncError` (nothing changed) on failure. */
export function startEngine(options: EngineOptions): Engine {
  const clock = options.clock ?? systemClock;
  const db = openDatabase(options.db);
  try {
    // Before the sync: a database refused as a demo database is left exactly as it was.
    if (options.markDemo) markDemoDatabase(db);
    const sync = syncRegistries(db, options.registries, clock);
    const demo = isDemoDatabase(db);
    const audit = createAuditLog(db, clock);
    const validators = createRecordValidators(demo ? options.registries.map(demoRegistry) : options.registries);
    const store = createSqliteRecordStore(db, options.registries, audit, clock);
    const operations: OperationContext = {
      registries: new Map(options.registries.map((registry) => [registry.id, registry])),
      validators,
      store,
      audit,
      workflows: createWorkflowStores(db),
      // A record's timers follow it in the same turn as the write (`src/workflows/schedule.ts`).
      recordChanged: (registryId, recordId) => followRecord(operations, registryId, recordId),
      clock,
      newId: options.newId ?? randomUUID,
    };
    // Catches up what changed while the timers were not following: a crash, a changed definition.
    reconcileAll(operations);
    return {
      db,
      registries: options.registries,
      clock,
      sync,
      demo,
      audit,
      users: createUserStore(db, clock, options.passwordCost === undefined ? {} : { cost: options.passwordCost }),
      sessions: createSessionStore(db, clock, options.session ?? {}),
      tokens: createApiTokenStore(db, clock),
      throttle: createLoginThrottle(db, clock),
      operations,
      close: () => db.close(),
    };
  } catch (cause) {
    db.close();
    throw cause;
  }
}
