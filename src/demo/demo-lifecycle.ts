/**
 * Time in the demo data, so that the timers and retention rules have something real to do
 * (`seloste retention --dry-run` on a fresh demo database lists jobs that are due, upcoming and
 * blocked). No code per registry, from the model alone:
 *
 * - About a third of each registry's records have taken a staff transition out of the initial
 *   state (one without guards, e.g. Raisio's "Päätä asiakkuus") at a day spread over the last
 *   two years — so a one-year retention rule finds some records past it and some not — after
 *   being created some months before that; the state history says when.
 * - About a fifth of the records whose date field starts a timer (Työrasti's
 *   `tunnus_voimassa_asti`) have that date in the past three months: the ID expired.
 * - The first record due for deletion in a registry is under a legal hold, so one shows blocked.
 * Records are written through the record store as the `demo` actor; the jobs follow by the
 * reconciliation the caller runs afterwards.
 */
import type { Registry } from '../model/types.js';
import type { OperationContext } from '../operations/context.js';
import type { RecordData, StoredRecord } from '../storage/record-store.js';
import { enforceableRules } from '../workflows/schedule.js';
import type { Rng } from './random.js';

const DAY_MS = 86_400_000;
/** Share of records that have left the initial state. */
const MOVED_RATE = 0.35;
/** Share of records whose timer date has passed. */
const EXPIRED_RATE = 0.2;
/** Transitions happened at most this long ago. */
const MAX_MOVED_DAYS = 730;

/** What happens to one demo record before it is stored: its timer dates, and when it was created. */
export interface DemoTimeline {
  data: RecordData;
  createdAt: Date;
  /** A transition taken later, entered at `at`. */
  moved?: { transition: string; to: string; at: Date };
}

/** Decides a record's timeline (deterministic for the same generator state). */
export function demoTimeline(registry: Registry, data: RecordData, today: Date, rng: Rng): DemoTimeline {
  const lifecycle = registry.lifecycle;
  const values = { ...data };
  for (const timer of lifecycle?.timers ?? []) {
    if (timer.fromField === undefined || timer.state !== lifecycle?.initial || typeof values[timer.fromField] !== 'string') continue;
    if (rng.chance(EXPIRED_RATE)) values[timer.fromField] = isoDate(new Date(today.getTime() - rng.int(1, 90) * DAY_MS));
  }
  const transition = lifecycle?.transitions.find(
    (candidate) => candidate.from.includes(lifecycle.initial) && candidate.roles.length > 0 && candidate.requires.fields.length === 0 && candidate.requires.consent === undefined && (candidate.requires.futureDates ?? []).length === 0,
  );
  if (!transition || !rng.chance(MOVED_RATE)) return { data: values, createdAt: today };
  const at = new Date(today.getTime() - rng.int(1, MAX_MOVED_DAYS) * DAY_MS - rng.int(0, 8 * 3600) * 1000);
  const createdAt = new Date(at.getTime() - rng.int(30, 400) * DAY_MS);
  return { data: values, createdAt, moved: { transition: transition.id, to: transition.to, at } };
}

/** Takes the timeline's transition for a stored record: its state, the history entry and the audit entry. */
export async function applyTimeline(context: OperationContext, record: StoredRecord, timeline: DemoTimeline): Promise<void> {
  if (!timeline.moved) return;
  const { transition, to, at } = timeline.moved;
  const when = at.toISOString();
  await context.store.update(
    { ...record, state: to, version: record.version + 1, updatedAt: when, updatedBy: 'demo' },
    record.version,
    { actor: 'demo', action: 'transition', outcome: 'ok', registry: record.registry, records: [record.id], reason: transition },
    { state: to, transition, enteredAt: when, actor: 'demo' },
  );
}

/** Places a legal hold on the first record of the registry whose deletion is due now, if any. */
export function holdOneDue(context: OperationContext, registry: Registry, now: Date): void {
  const deleting = new Set(enforceableRules(registry).filter((rule) => rule.then === 'delete').map((rule) => `retention:${rule.id}`));
  if (deleting.size === 0) return;
  const due = context.workflows.jobs.list({ registry: registry.id, statuses: ['pending'], dueBefore: now.toISOString(), limit: 50 }).find((job) => deleting.has(job.rule));
  if (!due) return;
  context.workflows.holds.place({ registry: registry.id, recordId: due.recordId, reason: 'Demo: vahingonkorvausasia vireillä käräjäoikeudessa', placedBy: 'demo', placedAt: now.toISOString() });
  context.audit.append({ actor: 'demo', action: 'legal-hold', outcome: 'ok', registry: registry.id, records: [due.recordId], reason: 'placed' });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
