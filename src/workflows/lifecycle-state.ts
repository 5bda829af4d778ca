/**
 * Where a record stands in its registry's lifecycle and since when, from the record and its state
 * history (`record_states`). Records written before the history existed have no entries (or, once
 * transitioned, no entry for their creation): they count as having been created in the lifecycle's
 * initial state at `createdAt` by `createdBy`. A record without a state in a registry that has a
 * lifecycle (the lifecycle was added later) is in the initial state too.
 */
import type { Lifecycle, Registry, State } from '../model/types.js';
import type { StoredRecord } from '../storage/record-store.js';
import type { StateEntry, WorkflowStores } from './workflow-stores.js';

/** What these helpers read: the registries and the state history. */
export interface LifecycleSource {
  registries: ReadonlyMap<string, Registry>;
  workflows: Pick<WorkflowStores, 'states'>;
}

type RecordLike = Pick<StoredRecord, 'id' | 'registry' | 'state' | 'createdAt' | 'createdBy'>;

/** The record's lifecycle state id; undefined when its registry has no lifecycle. */
export function currentState(lifecycle: Lifecycle | undefined, record: Pick<StoredRecord, 'state'>): string | undefined {
  if (!lifecycle) return undefined;
  return record.state ?? lifecycle.initial;
}

/** The declared state of that id; undefined for a state the definition no longer has. */
export function stateOf(lifecycle: Lifecycle | undefined, id: string | undefined): State | undefined {
  return id === undefined ? undefined : lifecycle?.states.find((state) => state.id === id);
}

/**
 * When the record entered its current state (one argument), or last entered `state`. Always a
 * time for the current state: the history entry, else (a record from before the history) its
 * creation. For another state undefined when the record never was in it. The timers and the
 * retention clock count from this.
 */
export function stateEnteredAt(context: LifecycleSource, record: RecordLike): string;
export function stateEnteredAt(context: LifecycleSource, record: RecordLike, state: string): string | undefined;
export function stateEnteredAt(context: LifecycleSource, record: RecordLike, state?: string): string | undefined {
  const lifecycle = context.registries.get(record.registry)?.lifecycle;
  const current = currentState(lifecycle, record);
  const wanted = state ?? current;
  const history = stateHistoryOf(context, record);
  const latest = history.filter((entry) => entry.state === wanted).at(-1)?.enteredAt;
  if (latest !== undefined) return latest;
  // Only the current state without any entry (no lifecycle, or a state the history never saw).
  return wanted === current ? record.createdAt : undefined;
}

/**
 * The record's state history, oldest first, with its creation as the first entry: from the
 * history, or (a record from before the history) made up from the record as the initial state
 * at `createdAt` by `createdBy`. Empty when the registry has no lifecycle.
 */
export function stateHistoryOf(context: LifecycleSource, record: RecordLike): StateEntry[] {
  const lifecycle = context.registries.get(record.registry)?.lifecycle;
  if (!lifecycle) return [];
  const history = context.workflows.states.history(record.registry, record.id);
  if (history[0] !== undefined && history[0].transition === undefined) return history;
  const created: StateEntry = { state: history.length === 0 ? currentState(lifecycle, record)! : lifecycle.initial, enteredAt: record.createdAt, actor: record.createdBy };
  return [created, ...history];
}
