import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/database.ts';
import { type Guarded, guardedRow } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { HEALTH_CHECK_CODE, HOLD_EXPIRED_REASON } from './scheduling.rules.ts';
import { allocations, bookings, visitTypes } from './scheduling.tables.ts';

/**
 * The only file that writes bookings and allocations. Bookings are patient data: `guardedBooking`
 * binds the row to the actor's region, checks access on the booking's unit (a refusal is logged as
 * `denied`) and appends the audit entry (entity `booking`) in the same transaction. Creating a booking
 * runs inside the patients module's `withPatient` (see scheduling.booking.service.ts).
 */

export type BookingRow = typeof bookings.$inferSelect;
export type AllocationRow = typeof allocations.$inferSelect;
export const ENTITY = 'booking';

/** The kernel's guarded row over one booking: region-bound, access on its unit, audited (`booking`). */
export function guardedBooking<T>(
  db: Queryable,
  actor: Actor,
  bookingId: string,
  opts: { forUpdate: boolean; action: 'read' | 'update' | 'export' },
  work: (tx: Tx, row: BookingRow) => Promise<{ value: T; detail?: Record<string, unknown> }>,
): Promise<Guarded<T>> {
  return guardedRow(
    { db, actor },
    {
      entity: ENTITY,
      action: opts.action,
      load: async (tx, regionId) => {
        const q = tx
          .select()
          .from(bookings)
          .where(and(eq(bookings.id, bookingId), eq(bookings.regionId, regionId)))
          .limit(1);
        const [row] = opts.forUpdate ? await q.for('update') : await q;
        return row;
      },
      unitOf: (row) => row.unitId,
      patientIdsOf: (row) => [row.patientId],
      entityIdOf: () => bookingId,
    },
    work,
  );
}

export interface NewAllocation {
  resourceKind: string;
  resourceId: string;
  stepKey: string | null;
  start: Date;
  end: Date;
}

export interface NewBooking {
  regionId: string;
  unitId: string;
  patientId: string;
  visitTypeId: string;
  status: 'held' | 'booked' | 'completed';
  start: Date;
  end: Date;
  holdExpiresAt: Date | null;
  steps: unknown;
  note: string | null;
  rescheduledFromId: string | null;
  seriesId?: string | null;
  /** The booker arranges the room features another way (kept so that confirming a hold checks the same). */
  waivedRoomFeatures?: boolean;
  createdBy: string;
  /** Demo data only. */
  createdAt?: Date;
}

/**
 * Inserts a booking and its allocations. The exclusion constraint `allocations_no_overlap_ex` refuses
 * (SQLSTATE 23P01) any active allocation that overlaps another of the same resource.
 */
export async function insertBooking(
  tx: Queryable,
  b: NewBooking,
  allocs: NewAllocation[],
): Promise<BookingRow> {
  const [row] = await tx
    .insert(bookings)
    .values({
      regionId: b.regionId,
      unitId: b.unitId,
      patientId: b.patientId,
      visitTypeId: b.visitTypeId,
      status: b.status,
      startsAt: b.start,
      endsAt: b.end,
      holdExpiresAt: b.holdExpiresAt,
      steps: b.steps,
      note: b.note,
      rescheduledFromId: b.rescheduledFromId,
      seriesId: b.seriesId ?? null,
      waivedRoomFeatures: b.waivedRoomFeatures ?? false,
      createdBy: b.createdBy,
      ...(b.createdAt ? { createdAt: b.createdAt, updatedAt: b.createdAt } : {}),
    })
    .returning();
  if (allocs.length > 0)
    await tx.insert(allocations).values(
      allocs.map((a) => ({
        regionId: b.regionId,
        bookingId: row!.id,
        resourceKind: a.resourceKind,
        resourceId: a.resourceId,
        stepKey: a.stepKey,
        startsAt: a.start,
        endsAt: a.end,
        holdExpiresAt: b.holdExpiresAt,
      })),
    );
  return row!;
}

/**
 * Transaction-scoped advisory locks on these resources (patient, staff, rooms, devices, externals), taken
 * in one statement in a fixed order so two bookings cannot lock crosswise. Held until commit or rollback.
 * Hash collisions only make unrelated bookings wait for each other.
 */
export async function lockResources(tx: Queryable, regionId: string, resourceIds: readonly string[]) {
  const keys = [...new Set(resourceIds)].sort();
  if (keys.length === 0) return;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended('allocation:' || ${regionId}::text || ':' || k, 0))
        from unnest(array[${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )}]::text[]) with ordinality as t(k, n) order by n`,
  );
}

/**
 * Expired holds that block these resources in [from, to): their allocations are deactivated and their
 * bookings cancelled ("Reservationen gick ut"). Returns the ids of the bookings swept.
 */
export async function sweepExpiredHolds(
  tx: Queryable,
  regionId: string,
  resourceIds: string[],
  from: Date,
  to: Date,
  now: Date,
): Promise<string[]> {
  if (resourceIds.length === 0) return [];
  const hit = await tx
    .select({ bookingId: allocations.bookingId })
    .from(allocations)
    .where(
      and(
        eq(allocations.regionId, regionId),
        inArray(allocations.resourceId, resourceIds),
        eq(allocations.active, true),
        lte(allocations.holdExpiresAt, now),
        lt(allocations.startsAt, to),
        sql`${allocations.endsAt} > ${from}`,
      ),
    );
  const ids = [...new Set(hit.map((h) => h.bookingId))];
  if (ids.length === 0) return [];
  await tx
    .update(allocations)
    .set({ active: false })
    .where(and(inArray(allocations.bookingId, ids), eq(allocations.active, true)));
  await tx
    .update(bookings)
    .set({ status: 'cancelled', cancelReason: HOLD_EXPIRED_REASON, updatedAt: now })
    .where(and(inArray(bookings.id, ids), eq(bookings.status, 'held')));
  return ids;
}

export interface BookingChange {
  status: string;
  cancelReason?: string | null;
  /** Free the booking's time (cancel, release, no-show, reschedule). */
  deactivate?: boolean;
  /** Turn a hold into a booking: no expiry on the booking and its allocations. */
  clearHold?: boolean;
  now: Date;
}

export async function updateBooking(tx: Queryable, id: string, c: BookingChange): Promise<BookingRow> {
  if (c.deactivate)
    await tx
      .update(allocations)
      .set({ active: false })
      .where(and(eq(allocations.bookingId, id), eq(allocations.active, true)));
  if (c.clearHold)
    await tx.update(allocations).set({ holdExpiresAt: null }).where(eq(allocations.bookingId, id));
  const [row] = await tx
    .update(bookings)
    .set({
      status: c.status,
      ...(c.cancelReason !== undefined ? { cancelReason: c.cancelReason } : {}),
      ...(c.clearHold ? { holdExpiresAt: null } : {}),
      updatedAt: c.now,
    })
    .where(eq(bookings.id, id))
    .returning();
  return row!;
}

/** A series' held and booked visits that have not started, locked for the change, earliest first. */
export async function findSeriesAhead(
  tx: Queryable,
  regionId: string,
  seriesId: string,
  now: Date,
): Promise<BookingRow[]> {
  return tx
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.regionId, regionId),
        eq(bookings.seriesId, seriesId),
        inArray(bookings.status, ['held', 'booked']),
        gt(bookings.startsAt, now),
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .for('update');
}

/** The patient of a series (any of its visits), or null. */
export async function findSeriesPatient(
  q: Queryable,
  regionId: string,
  seriesId: string,
): Promise<string | null> {
  const [row] = await q
    .select({ patientId: bookings.patientId })
    .from(bookings)
    .where(and(eq(bookings.regionId, regionId), eq(bookings.seriesId, seriesId)))
    .limit(1);
  return row?.patientId ?? null;
}

export async function findAllocations(q: Queryable, bookingIds: string[]): Promise<AllocationRow[]> {
  if (bookingIds.length === 0) return [];
  return q
    .select()
    .from(allocations)
    .where(inArray(allocations.bookingId, bookingIds))
    .orderBy(asc(allocations.startsAt), asc(allocations.resourceKind));
}

export async function findPatientBookings(q: Queryable, regionId: string, patientId: string) {
  return q
    .select()
    .from(bookings)
    .where(and(eq(bookings.regionId, regionId), eq(bookings.patientId, patientId)))
    .orderBy(desc(bookings.startsAt))
    .limit(500);
}

/** Status of a booking that occupies its time: booked, done, no-show, or a hold that has not expired. */
const occupying = (now: Date) =>
  or(
    inArray(bookings.status, ['booked', 'completed', 'no_show']),
    and(eq(bookings.status, 'held'), sql`${bookings.holdExpiresAt} > ${now}`),
  )!;

/**
 * The unit's visits overlapping [from, to), optionally only those where one resource takes part
 * (through its allocations). Cancelled visits and expired holds are left out.
 */
export async function findBookingsInRange(
  q: Queryable,
  regionId: string,
  unitId: string,
  from: Date,
  to: Date,
  now: Date,
  resourceId?: string,
): Promise<BookingRow[]> {
  const where = [
    eq(bookings.regionId, regionId),
    eq(bookings.unitId, unitId),
    lt(bookings.startsAt, to),
    sql`${bookings.endsAt} > ${from}`,
    gte(bookings.startsAt, new Date(from.getTime() - 5 * 86_400_000)),
    occupying(now),
  ];
  if (resourceId)
    where.push(
      sql`exists (select 1 from ${allocations} a where a.booking_id = ${bookings.id} and a.resource_id = ${resourceId})`,
    );
  return q
    .select()
    .from(bookings)
    .where(and(...where))
    .orderBy(asc(bookings.startsAt))
    .limit(2000);
}

export interface HealthCheckHistory {
  patientId: string;
  lastCompleted: Date | null;
  /** The next held (not expired) or booked health check after the last completed one. */
  next: { id: string; start: Date } | null;
}

/** For recall: each patient's last completed health check and the next one booked, in two queries. */
export async function findHealthCheckHistory(
  q: Queryable,
  regionId: string,
  patientIds: string[],
  now: Date,
): Promise<Map<string, HealthCheckHistory>> {
  const out = new Map<string, HealthCheckHistory>(
    patientIds.map((id) => [id, { patientId: id, lastCompleted: null, next: null }]),
  );
  if (patientIds.length === 0) return out;
  const healthCheck = and(eq(visitTypes.id, bookings.visitTypeId), eq(visitTypes.code, HEALTH_CHECK_CODE));
  const done = await q
    .select({
      patientId: bookings.patientId,
      last: sql<Date>`max(${bookings.startsAt})`.mapWith(bookings.startsAt),
    })
    .from(bookings)
    .innerJoin(visitTypes, healthCheck)
    .where(
      and(
        eq(bookings.regionId, regionId),
        inArray(bookings.patientId, patientIds),
        eq(bookings.status, 'completed'),
      ),
    )
    .groupBy(bookings.patientId);
  for (const d of done) out.get(d.patientId)!.lastCompleted = d.last;
  const upcoming = await q
    .select({ id: bookings.id, patientId: bookings.patientId, start: bookings.startsAt })
    .from(bookings)
    .innerJoin(visitTypes, healthCheck)
    .where(
      and(
        eq(bookings.regionId, regionId),
        inArray(bookings.patientId, patientIds),
        or(
          eq(bookings.status, 'booked'),
          and(eq(bookings.status, 'held'), sql`${bookings.holdExpiresAt} > ${now}`),
        ),
      ),
    )
    .orderBy(asc(bookings.startsAt));
  for (const u of upcoming) {
    const h = out.get(u.patientId)!;
    if (!h.next && (!h.lastCompleted || u.start > h.lastCompleted)) h.next = { id: u.id, start: u.start };
  }
  return out;
}

/** Busy time of the unit's resources for the calendar, with the booking's status and visit type. */
export async function findCalendarBusy(
  q: Queryable,
  regionId: string,
  resourceIds: string[],
  from: Date,
  to: Date,
  now: Date,
) {
  if (resourceIds.length === 0) return [];
  return q
    .select({
      resourceId: allocations.resourceId,
      start: allocations.startsAt,
      end: allocations.endsAt,
      bookingId: bookings.id,
      status: bookings.status,
      label: visitTypes.name,
    })
    .from(allocations)
    .innerJoin(bookings, eq(bookings.id, allocations.bookingId))
    .innerJoin(visitTypes, eq(visitTypes.id, bookings.visitTypeId))
    .where(
      and(
        eq(allocations.regionId, regionId),
        inArray(allocations.resourceId, resourceIds),
        gte(allocations.startsAt, new Date(from.getTime() - 5 * 86_400_000)),
        lt(allocations.startsAt, to),
        sql`${allocations.endsAt} > ${from}`,
        or(eq(allocations.active, true), eq(bookings.status, 'completed'))!,
        or(isNull(allocations.holdExpiresAt), sql`${allocations.holdExpiresAt} > ${now}`)!,
      ),
    )
    .orderBy(asc(allocations.startsAt));
}
