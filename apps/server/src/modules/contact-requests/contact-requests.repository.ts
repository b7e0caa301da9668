import type { Staff } from '@lotsa/contracts';
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { type Authorize, appendAudit, type Guarded, guardedRow } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { findNurseRouting } from '../care-team/index.ts';
import { findStaff } from '../organisation/index.ts';
import { findPatientNames, withPatient } from '../patients/index.ts';
import type { RoutedTo, RoutingInput } from './contact-requests.rules.ts';
import { contactRequestEvents, contactRequests } from './contact-requests.tables.ts';

/**
 * The only file that touches the contact-request tables. Every read and write appends its audit
 * entry (entity `contact_request`) in the same transaction; a list writes one entry naming every
 * patient shown; a refused access is logged as `denied`. Every query is bound to the actor's region.
 */

export type ContactRequestRow = typeof contactRequests.$inferSelect;
export type ContactRequestEventRow = typeof contactRequestEvents.$inferSelect;
const ENTITY = 'contact_request';
/** At most this many requests in one answer. */
export const QUEUE_LIMIT = 500;

/** A request with everything its answer needs. */
export interface ContactRequestView {
  row: ContactRequestRow;
  events: ContactRequestEventRow[];
  patientName: string;
  staffById: ReadonlyMap<string, Staff>;
}

async function viewsOf(tx: Tx, regionId: string, rows: ContactRequestRow[]): Promise<ContactRequestView[]> {
  if (rows.length === 0) return [];
  const events = await tx
    .select()
    .from(contactRequestEvents)
    .where(
      and(
        eq(contactRequestEvents.regionId, regionId),
        inArray(
          contactRequestEvents.requestId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(contactRequestEvents.at));
  const names = await findPatientNames(tx, regionId, [...new Set(rows.map((r) => r.patientId))]);
  const staffById = new Map((await findStaff(tx, regionId)).map((s) => [s.id, s]));
  return rows.map((row) => {
    const n = names.get(row.patientId);
    return {
      row,
      events: events.filter((e) => e.requestId === row.id),
      patientName: n ? `${n.givenName} ${n.familyName}` : '',
      staffById,
    };
  });
}

export interface NewContactRequest {
  patientId: string;
  callerKind: string;
  callerName: string;
  callbackPhone: string;
  subject: string;
  urgency: string;
  /** The Swedish date routing looks at absences for. */
  today: string;
  /** Demo data only: when the call came, and who took it. */
  createdAt?: Date;
  takenBy?: { userId: string; name: string };
}

/**
 * Registers a request for a patient the actor may use, routed at once (`decide` is the pure
 * routing rule, given the fixed nurse, the stand-in and their absences today), with its first event.
 */
export function insertContactRequest(
  db: Db,
  actor: Actor,
  v: NewContactRequest,
  decide: (input: RoutingInput) => { staffId: string | null; routedTo: RoutedTo },
  /** Default: the kernel's patient-access rule. */
  authorize?: Authorize,
) {
  return withPatient(
    { db, actor },
    v.patientId,
    { forUpdate: false, action: 'create', entity: ENTITY, authorize },
    async (tx, patient) => {
      const routing = await findNurseRouting(tx, patient.regionId, patient.id, v.today);
      const decision = decide({ ...routing, today: v.today });
      const createdAt = v.createdAt ?? new Date();
      const [row] = await tx
        .insert(contactRequests)
        .values({
          regionId: patient.regionId,
          unitId: patient.unitId,
          patientId: patient.id,
          callerKind: v.callerKind,
          callerName: v.callerName,
          callbackPhone: v.callbackPhone,
          subject: v.subject,
          urgency: v.urgency,
          status: 'new',
          assignedStaffId: decision.staffId,
          routedTo: decision.routedTo,
          createdAt,
        })
        .returning();
      await tx.insert(contactRequestEvents).values({
        regionId: row!.regionId,
        requestId: row!.id,
        at: createdAt,
        byUserId: v.takenBy?.userId ?? actor.userId,
        byName: v.takenBy?.name ?? actor.userName,
        status: 'new',
        assignedStaffId: decision.staffId,
        note: null,
      });
      const [view] = await viewsOf(tx, patient.regionId, [row!]);
      return {
        value: view!,
        entityId: row!.id,
        detail: { urgency: v.urgency, routedTo: decision.routedTo, assignedStaffId: decision.staffId },
      };
    },
  );
}

/**
 * Runs `work` on a request the actor may use: the kernel's guarded row over the request (bound to the
 * region, access decided on the request's unit, a refusal logged), with its audit entry.
 */
function guardedRequest<T>(
  db: Db,
  actor: Actor,
  requestId: string,
  opts: { forUpdate: boolean; action: 'read' | 'update' },
  work: (tx: Tx, row: ContactRequestRow) => Promise<{ value: T; detail?: Record<string, unknown> }>,
): Promise<Guarded<T>> {
  return guardedRow(
    { db, actor },
    {
      entity: ENTITY,
      action: opts.action,
      load: async (tx, regionId) => {
        const q = tx
          .select()
          .from(contactRequests)
          .where(and(eq(contactRequests.id, requestId), eq(contactRequests.regionId, regionId)))
          .limit(1);
        const [row] = opts.forUpdate ? await q.for('update') : await q;
        return row;
      },
      unitOf: (row) => row.unitId,
      patientIdsOf: (row) => [row.patientId],
      entityIdOf: () => requestId,
    },
    work,
  );
}

export function readContactRequest(db: Db, actor: Actor, requestId: string) {
  return guardedRequest(db, actor, requestId, { forUpdate: false, action: 'read' }, async (tx, row) => {
    const [view] = await viewsOf(tx, row.regionId, [row]);
    return { value: view! };
  });
}

export interface ContactRequestChange {
  status: string;
  note: string | null;
  /** undefined: keep; null: back to the team; an id: this staff member of the request's unit. */
  assignToStaffId?: string | null;
  /** Demo data only: when, and by whom. */
  at?: Date;
  by?: { userId: string; name: string };
}

/**
 * Moves a request on: status, note, reassignment; one event per call. `check` (the transition rule
 * and the reassignment's unit) refuses by throwing, before anything is written.
 */
export function appendContactRequestEvent(
  db: Db,
  actor: Actor,
  requestId: string,
  change: ContactRequestChange,
  check: (row: ContactRequestRow, unitStaff: ReadonlyMap<string, Staff>) => void,
) {
  return guardedRequest(db, actor, requestId, { forUpdate: true, action: 'update' }, async (tx, row) => {
    const unitStaff = new Map((await findStaff(tx, row.regionId, row.unitId)).map((s) => [s.id, s]));
    check(row, unitStaff);
    const at = change.at ?? new Date();
    const assignedStaffId =
      change.assignToStaffId === undefined ? row.assignedStaffId : change.assignToStaffId;
    const doneAt = change.status === 'done' ? (row.status === 'done' ? row.doneAt : at) : null;
    const [updated] = await tx
      .update(contactRequests)
      .set({ status: change.status, assignedStaffId, doneAt })
      .where(eq(contactRequests.id, row.id))
      .returning();
    await tx.insert(contactRequestEvents).values({
      regionId: row.regionId,
      requestId: row.id,
      at,
      byUserId: change.by?.userId ?? actor.userId,
      byName: change.by?.name ?? actor.userName,
      status: change.status,
      assignedStaffId,
      note: change.note,
    });
    const [view] = await viewsOf(tx, row.regionId, [updated!]);
    return {
      value: view!,
      detail: {
        from: row.status,
        status: change.status,
        ...(row.status === 'done' && change.status !== 'done' ? { reopened: true } : {}),
        ...(assignedStaffId !== row.assignedStaffId ? { assignedStaffId } : {}),
      },
    };
  });
}

export interface QueueFilter {
  unitId: string;
  state: 'open' | 'done' | 'all';
  /** Only requests assigned to this staff member (`mine`); a user with no staff record gets none. */
  assignedStaffId?: string | null;
  patientId?: string;
}

/** The unit's requests, with one audit entry naming every patient in the answer. */
export function listContactRequests(db: Db, actor: Actor, f: QueueFilter): Promise<ContactRequestView[]> {
  const where: SQL[] = [eq(contactRequests.regionId, actor.regionId), eq(contactRequests.unitId, f.unitId)];
  if (f.state === 'open') where.push(ne(contactRequests.status, 'done'));
  if (f.state === 'done') where.push(eq(contactRequests.status, 'done'));
  if (f.patientId) where.push(eq(contactRequests.patientId, f.patientId));
  if (f.assignedStaffId === null) return Promise.resolve([]);
  if (f.assignedStaffId) where.push(eq(contactRequests.assignedStaffId, f.assignedStaffId));
  // Open requests first, most urgent and then oldest first (the same order as `sortQueue`), so the
  // limit never hides an urgent one; done requests after them, the latest first.
  const order = [
    sql`case when ${contactRequests.status} = 'done' then 1 else 0 end`,
    sql`case when ${contactRequests.status} = 'done' then 0 when ${contactRequests.urgency} = 'urgent' then 0 when ${contactRequests.urgency} = 'today' then 1 else 2 end`,
    desc(contactRequests.doneAt),
    asc(contactRequests.createdAt),
  ];
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(contactRequests)
      .where(and(...where))
      .orderBy(...order)
      .limit(QUEUE_LIMIT);
    if (rows.length > 0)
      await appendAudit(tx, actor, {
        action: 'list',
        entity: ENTITY,
        patientIds: [...new Set(rows.map((r) => r.patientId))],
        detail: { state: f.state, mine: f.assignedStaffId !== undefined, count: rows.length },
      });
    return viewsOf(tx, actor.regionId, rows);
  });
}
