/**
 * The store of data-subject requests (`subject_requests`) and their history (`request_events`).
 * A request changes only together with an event saying who did what and when, in one
 * transaction, and only from the version the caller read (optimistic concurrency: two staff
 * members acting on one request at once cannot both win). The person's identity code is kept
 * because the request is about them and their records are found by it; event details hold ids,
 * codes, dates and staff-written texts, never field values.
 */
import type { Lang } from '../i18n/catalogue.js';
import type { Db } from '../storage/database.js';

export const REQUEST_KINDS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_STATUSES = ['open', 'completed', 'refused', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface SubjectRequest {
  id: string;
  kind: RequestKind;
  identityCode: string;
  /** The registries the request concerns. */
  registries: string[];
  /** `YYYY-MM-DD`, the day the controller received it. */
  receivedAt: string;
  identityVerified: boolean;
  /** The person's language: the package and refusal texts are in it. */
  lang: Lang;
  /** `YYYY-MM-DD`, the last day to answer (before any extension). */
  deadline: string;
  extendedTo?: string;
  extensionReason?: string;
  status: RequestStatus;
  resolution?: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface RequestEvent {
  id: number;
  requestId: string;
  at: string;
  actor: string;
  /** What happened: `created`, `identity-verified`, `extended`, `erasure`, `completed`, … */
  event: string;
  /** Ids, codes, dates and staff-written texts of the step. */
  detail: Record<string, unknown>;
}

export type NewEvent = Omit<RequestEvent, 'id' | 'requestId'>;

export interface RequestQuery {
  status?: RequestStatus;
  /** Only open requests whose (extended) deadline is before this date. */
  overdueOn?: string;
  /** Leaves out requests concerning any of these registries (those the caller does not handle). */
  excluded: readonly string[];
  limit: number;
  offset: number;
}

export interface RequestStore {
  /** Stores a new request with its first event. */
  create(request: SubjectRequest, event: NewEvent): void;
  get(id: string): SubjectRequest | undefined;
  /** Requests matching the query: overdue first (earliest deadline first), then by deadline. */
  list(query: RequestQuery): { items: SubjectRequest[]; total: number };
  /**
   * Writes `request` (its `version` one above `expectedVersion`) and appends `events`, if the stored
   * request is still at `expectedVersion`; `conflict` otherwise.
   */
  update(request: SubjectRequest, expectedVersion: number, events: NewEvent[]): SubjectRequest | 'conflict' | 'not-found';
  /** Appends events that do not change the request (a package produced), without a new version. */
  note(requestId: string, events: NewEvent[]): void;
  /** The request's history, oldest first. */
  events(requestId: string): RequestEvent[];
}

interface Row {
  id: string;
  kind: RequestKind;
  identity_code: string;
  registries: string;
  received_at: string;
  identity_verified: number;
  lang: Lang;
  deadline: string;
  extended_to: string | null;
  extension_reason: string | null;
  status: RequestStatus;
  resolution: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The deadline in force: the extended one if there is one. */
const DUE = 'coalesce(extended_to, deadline)';

export function createRequestStore(db: Db): RequestStore {
  const insert = db.prepare(
    `INSERT INTO subject_requests (id, kind, identity_code, registries, received_at, identity_verified, lang, deadline, extended_to, extension_reason, status, resolution, version, created_by, created_at, updated_at)
     VALUES (@id, @kind, @identity_code, @registries, @received_at, @identity_verified, @lang, @deadline, @extended_to, @extension_reason, @status, @resolution, @version, @created_by, @created_at, @updated_at)`,
  );
  const select = db.prepare('SELECT * FROM subject_requests WHERE id = ?');
  const change = db.prepare(
    `UPDATE subject_requests SET identity_verified = @identity_verified, extended_to = @extended_to, extension_reason = @extension_reason, status = @status,
       resolution = @resolution, version = @version, updated_at = @updated_at WHERE id = @id AND version = @expected`,
  );
  const insertEvent = db.prepare('INSERT INTO request_events (request_id, at, actor, event, detail) VALUES (?, ?, ?, ?, ?)');
  const selectEvents = db.prepare('SELECT id, request_id AS requestId, at, actor, event, detail FROM request_events WHERE request_id = ? ORDER BY id');

  const append = (requestId: string, events: readonly NewEvent[]) => {
    for (const event of events) insertEvent.run(requestId, event.at, event.actor, event.event, JSON.stringify(event.detail));
  };
  const createTx = db.transaction((request: SubjectRequest, event: NewEvent) => {
    insert.run(toRow(request));
    append(request.id, [event]);
  });
  const appendTx = db.transaction((requestId: string, events: NewEvent[]) => append(requestId, events));
  const updateTx = db.transaction((request: SubjectRequest, expected: number, events: NewEvent[]): SubjectRequest | 'conflict' | 'not-found' => {
    const result = change.run({ ...toRow(request), expected });
    if (result.changes === 0) return select.get(request.id) ? 'conflict' : 'not-found';
    append(request.id, events);
    return request;
  });

  return {
    create: (request, event) => createTx.immediate(request, event),
    get(id) {
      const row = select.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    list(query) {
      // A request is the caller's to see unless it concerns a registry they do not handle requests in.
      const where = ['NOT EXISTS (SELECT 1 FROM json_each(subject_requests.registries) j WHERE j.value IN (SELECT value FROM json_each(@excluded)))'];
      const params: Record<string, string | number> = { excluded: JSON.stringify(query.excluded), limit: query.limit, offset: query.offset };
      if (query.status !== undefined) {
        where.push('status = @status');
        params['status'] = query.status;
      }
      if (query.overdueOn !== undefined) {
        where.push(`status = 'open' AND ${DUE} < @today`);
        params['today'] = query.overdueOn;
      }
      const filter = `WHERE ${where.join(' AND ')}`;
      const total = db.prepare(`SELECT count(*) FROM subject_requests ${filter}`).pluck().get(params) as number;
      // Open requests first, the most urgent on top; closed ones after, the latest first.
      const rows = db
        .prepare(
          `SELECT * FROM subject_requests ${filter}
           ORDER BY (status = 'open') DESC, CASE WHEN status = 'open' THEN ${DUE} END ASC, updated_at DESC, id LIMIT @limit OFFSET @offset`,
        )
        .all(params) as Row[];
      return { items: rows.map(fromRow), total };
    },
    update: (request, expected, events) => updateTx.immediate(request, expected, events),
    note: (requestId, events) => appendTx.immediate(requestId, events),
    events: (requestId) =>
      (selectEvents.all(requestId) as Array<Omit<RequestEvent, 'detail'> & { detail: string }>).map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> })),
  };
}

function toRow(request: SubjectRequest): Row {
  return {
    id: request.id,
    kind: request.kind,
    identity_code: request.identityCode,
    registries: JSON.stringify(request.registries),
    received_at: request.receivedAt,
    identity_verified: request.identityVerified ? 1 : 0,
    lang: request.lang,
    deadline: request.deadline,
    extended_to: request.extendedTo ?? null,
    extension_reason: request.extensionReason ?? null,
    status: request.status,
    resolution: request.resolution ?? null,
    version: request.version,
    created_by: request.createdBy,
    created_at: request.createdAt,
    updated_at: request.updatedAt,
  };
}

function fromRow(row: Row): SubjectRequest {
  return {
    id: row.id,
    kind: row.kind,
    identityCode: row.identity_code,
    registries: JSON.parse(row.registries) as string[],
    receivedAt: row.received_at,
    identityVerified: row.identity_verified === 1,
    lang: row.lang,
    deadline: row.deadline,
    ...(row.extended_to === null ? {} : { extendedTo: row.extended_to }),
    ...(row.extension_reason === null ? {} : { extensionReason: row.extension_reason }),
    status: row.status,
    ...(row.resolution === null ? {} : { resolution: row.resolution }),
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
