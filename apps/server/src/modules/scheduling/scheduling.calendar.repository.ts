import type { Feature, Profession, VisitStep } from '@lotsa/contracts';
import { and, asc, eq, gte, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/database.ts';
import { equipmentTable, findStaff, roomsTable } from '../organisation/index.ts';
import {
  allocations,
  closedDays,
  dateOverrides,
  externalParticipants,
  visitTypes,
  workingHours,
} from './scheduling.tables.ts';

/**
 * Calendars: visit types, the unit's resources, working hours, date overrides, closed days, external
 * participants, and the active allocations in a time range. Staff and organisation data, not patient
 * data: no audit entry here (the callers that read a patient's time audit it). Every query is bound to
 * the region.
 */

export type VisitTypeRow = typeof visitTypes.$inferSelect;
export type ExternalRow = typeof externalParticipants.$inferSelect;
export type WorkingHoursRow = typeof workingHours.$inferSelect;
export type OverrideRow = typeof dateOverrides.$inferSelect;
export type ClosedDayRow = typeof closedDays.$inferSelect;

export interface UnitResources {
  staff: Array<{ id: string; name: string; profession: Profession; active: boolean }>;
  rooms: Array<{ id: string; name: string; features: Feature[]; active: boolean }>;
  equipment: Array<{ id: string; name: string; features: Feature[]; active: boolean }>;
  externals: ExternalRow[];
}

export async function findVisitType(q: Queryable, regionId: string, id: string) {
  const [row] = await q
    .select()
    .from(visitTypes)
    .where(and(eq(visitTypes.id, id), eq(visitTypes.regionId, regionId)))
    .limit(1);
  return row ?? null;
}

export async function findVisitTypes(q: Queryable, regionId: string, unitId: string) {
  return q
    .select()
    .from(visitTypes)
    .where(and(eq(visitTypes.regionId, regionId), eq(visitTypes.unitId, unitId)))
    .orderBy(asc(visitTypes.name));
}

export async function insertVisitType(
  q: Queryable,
  v: {
    regionId: string;
    unitId: string;
    code: string;
    name: string;
    location: string;
    steps: VisitStep[];
    recurrence: VisitTypeRow['recurrence'];
  },
) {
  const [row] = await q.insert(visitTypes).values(v).returning();
  return row!;
}

/**
 * Every staff member, room, device and external participant of a unit (inactive ones too, for names),
 * in two queries: the staff (the organisation module's), and the rooms, devices and external
 * participants in one `union all`, each kind ordered by name.
 */
export async function findUnitResources(
  q: Queryable,
  regionId: string,
  unitId: string,
): Promise<UnitResources> {
  const staff = await findStaff(q, regionId, unitId);
  const none = sql<string | null>`null::text`;
  const places = await unionAll(
    q
      .select({
        kind: sql<string>`'room'`.as('kind'),
        id: roomsTable.id,
        name: roomsTable.name,
        features: roomsTable.features,
        active: roomsTable.active,
        externalKind: none.as('external_kind'),
        organisation: none.as('organisation'),
        phone: none.as('phone'),
        email: none.as('email'),
      })
      .from(roomsTable)
      .where(and(eq(roomsTable.regionId, regionId), eq(roomsTable.unitId, unitId))),
    q
      .select({
        kind: sql<string>`'equipment'`.as('kind'),
        id: equipmentTable.id,
        name: equipmentTable.name,
        features: equipmentTable.features,
        active: equipmentTable.active,
        externalKind: none.as('external_kind'),
        organisation: none.as('organisation'),
        phone: none.as('phone'),
        email: none.as('email'),
      })
      .from(equipmentTable)
      .where(and(eq(equipmentTable.regionId, regionId), eq(equipmentTable.unitId, unitId))),
    q
      .select({
        kind: sql<string>`'external'`.as('kind'),
        id: externalParticipants.id,
        name: externalParticipants.name,
        features: sql<string[]>`'{}'::text[]`.as('features'),
        active: externalParticipants.active,
        externalKind: sql<string | null>`${externalParticipants.kind}`.as('external_kind'),
        organisation: sql<string | null>`${externalParticipants.organisation}`.as('organisation'),
        phone: sql<string | null>`${externalParticipants.phone}`.as('phone'),
        email: sql<string | null>`${externalParticipants.email}`.as('email'),
      })
      .from(externalParticipants)
      .where(and(eq(externalParticipants.regionId, regionId), eq(externalParticipants.unitId, unitId))),
  ).orderBy(sql`kind`, sql`name`);
  const out: UnitResources = {
    staff: staff.map((s) => ({
      id: s.id,
      name: `${s.givenName} ${s.familyName}`,
      profession: s.profession,
      active: s.active,
    })),
    rooms: [],
    equipment: [],
    externals: [],
  };
  for (const r of places) {
    if (r.kind === 'external')
      out.externals.push({
        id: r.id,
        regionId,
        unitId,
        kind: r.externalKind ?? '',
        name: r.name,
        organisation: r.organisation,
        phone: r.phone,
        email: r.email,
        active: r.active,
      });
    else
      (r.kind === 'room' ? out.rooms : out.equipment).push({
        id: r.id,
        name: r.name,
        features: r.features as Feature[],
        active: r.active,
      });
  }
  return out;
}

export async function findExternals(q: Queryable, regionId: string, unitId: string) {
  return q
    .select()
    .from(externalParticipants)
    .where(and(eq(externalParticipants.regionId, regionId), eq(externalParticipants.unitId, unitId)))
    .orderBy(asc(externalParticipants.name));
}

export async function findExternal(q: Queryable, regionId: string, id: string) {
  const [row] = await q
    .select()
    .from(externalParticipants)
    .where(and(eq(externalParticipants.regionId, regionId), eq(externalParticipants.id, id)))
    .limit(1);
  return row ?? null;
}

export async function insertExternal(
  q: Queryable,
  v: Omit<typeof externalParticipants.$inferInsert, 'id' | 'active'>,
): Promise<ExternalRow> {
  const [row] = await q.insert(externalParticipants).values(v).returning();
  return row!;
}

export async function updateExternal(
  q: Queryable,
  regionId: string,
  id: string,
  v: Pick<ExternalRow, 'kind' | 'name' | 'organisation' | 'phone' | 'email' | 'active'>,
): Promise<ExternalRow | null> {
  const [row] = await q
    .update(externalParticipants)
    .set(v)
    .where(and(eq(externalParticipants.regionId, regionId), eq(externalParticipants.id, id)))
    .returning();
  return row ?? null;
}

/** How many active allocations of this resource end after `now` (visits ahead, holds included). */
export async function countAllocationsAhead(
  q: Queryable,
  regionId: string,
  resourceId: string,
  now: Date,
): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(allocations)
    .where(
      and(
        eq(allocations.regionId, regionId),
        eq(allocations.resourceId, resourceId),
        eq(allocations.active, true),
        sql`${allocations.endsAt} > ${now}`,
      ),
    );
  return Number(row?.n ?? 0);
}

/** The unit of a staff member, room, device or external participant in the region, or null. */
export async function findResourceUnit(
  q: Queryable,
  regionId: string,
  kind: 'staff' | 'room' | 'equipment' | 'external',
  id: string,
): Promise<{ unitId: string; name: string } | null> {
  if (kind === 'staff') {
    const s = (await findStaff(q, regionId)).find((x) => x.id === id);
    return s ? { unitId: s.unitId, name: `${s.givenName} ${s.familyName}` } : null;
  }
  if (kind === 'external') {
    const e = await findExternal(q, regionId, id);
    return e ? { unitId: e.unitId, name: e.name } : null;
  }
  const table = kind === 'room' ? roomsTable : equipmentTable;
  const [row] = await q
    .select({ unitId: table.unitId, name: table.name })
    .from(table)
    .where(and(eq(table.regionId, regionId), eq(table.id, id)))
    .limit(1);
  return row ?? null;
}

/** Working hours valid somewhere between two local dates, for these resources. */
export async function findWorkingHours(
  q: Queryable,
  regionId: string,
  resourceIds: string[],
  range?: { from: string; to: string },
) {
  if (resourceIds.length === 0) return [];
  return q
    .select()
    .from(workingHours)
    .where(
      and(
        eq(workingHours.regionId, regionId),
        inArray(workingHours.resourceId, resourceIds),
        range ? lte(workingHours.validFrom, range.to) : undefined,
        range ? or(isNull(workingHours.validTo), gte(workingHours.validTo, range.from)) : undefined,
      ),
    )
    .orderBy(asc(workingHours.weekday), asc(workingHours.fromTime));
}

export async function findOverrides(
  q: Queryable,
  regionId: string,
  resourceIds: string[],
  range?: { from: string; to: string },
) {
  if (resourceIds.length === 0) return [];
  return q
    .select()
    .from(dateOverrides)
    .where(
      and(
        eq(dateOverrides.regionId, regionId),
        inArray(dateOverrides.resourceId, resourceIds),
        range ? gte(dateOverrides.date, range.from) : undefined,
        range ? lte(dateOverrides.date, range.to) : undefined,
      ),
    )
    .orderBy(asc(dateOverrides.date), asc(dateOverrides.fromTime));
}

/**
 * The region's (and this unit's) own closed days stored in `closed_days`, from a local date on (to one,
 * when given). Only `readClosedDays` reads them: it adds the Swedish holidays, which are computed.
 */
export async function findOwnClosedDays(
  q: Queryable,
  regionId: string,
  unitId: string | null,
  range: { from: string; to?: string },
) {
  return q
    .select()
    .from(closedDays)
    .where(
      and(
        eq(closedDays.regionId, regionId),
        unitId ? or(isNull(closedDays.unitId), eq(closedDays.unitId, unitId)) : isNull(closedDays.unitId),
        gte(closedDays.date, range.from),
        range.to ? lte(closedDays.date, range.to) : undefined,
      ),
    )
    .orderBy(asc(closedDays.date));
}

/** Replaces a resource's working hours and date overrides (call inside a transaction). */
export async function replaceCalendar(
  q: Queryable,
  regionId: string,
  kind: string,
  resourceId: string,
  hours: Array<{ weekday: number; from: string; to: string; validFrom: string; validTo: string | null }>,
  overrides: Array<{ date: string; from: string | null; to: string | null; reason: string | null }>,
) {
  await q
    .delete(workingHours)
    .where(and(eq(workingHours.regionId, regionId), eq(workingHours.resourceId, resourceId)));
  await q
    .delete(dateOverrides)
    .where(and(eq(dateOverrides.regionId, regionId), eq(dateOverrides.resourceId, resourceId)));
  await insertCalendarRows(q, regionId, kind, resourceId, hours, overrides);
}

export async function insertCalendarRows(
  q: Queryable,
  regionId: string,
  kind: string,
  resourceId: string,
  hours: Array<{ weekday: number; from: string; to: string; validFrom: string; validTo: string | null }>,
  overrides: Array<{ date: string; from: string | null; to: string | null; reason: string | null }> = [],
) {
  if (hours.length > 0)
    await q.insert(workingHours).values(
      hours.map((h) => ({
        regionId,
        resourceKind: kind,
        resourceId,
        weekday: h.weekday,
        fromTime: h.from,
        toTime: h.to,
        validFrom: h.validFrom,
        validTo: h.validTo,
      })),
    );
  if (overrides.length > 0)
    await q.insert(dateOverrides).values(
      overrides.map((o) => ({
        regionId,
        resourceKind: kind,
        resourceId,
        date: o.date,
        fromTime: o.from,
        toTime: o.to,
        reason: o.reason,
      })),
    );
}

/** Longest time one allocation may span; bounds the index range scan of `findBusy`. */
const MAX_ALLOCATION_DAYS = 5;

export interface BusyRow {
  resourceId: string;
  resourceKind: string;
  bookingId: string;
  start: Date;
  end: Date;
}

/**
 * The active allocations of these resources that overlap [from, to): holds that expired before `now`
 * count as free, and one booking (the one being rescheduled) can be left out. Uses the index on
 * (resource_id, starts_at).
 */
export async function findBusy(
  q: Queryable,
  regionId: string,
  resourceIds: string[],
  from: Date,
  to: Date,
  now: Date,
  excludeBookingId?: string,
): Promise<BusyRow[]> {
  if (resourceIds.length === 0) return [];
  const where: SQL[] = [
    eq(allocations.regionId, regionId),
    inArray(allocations.resourceId, resourceIds),
    eq(allocations.active, true),
    gte(allocations.startsAt, new Date(from.getTime() - MAX_ALLOCATION_DAYS * 86_400_000)),
    lt(allocations.startsAt, to),
    sql`${allocations.endsAt} > ${from}`,
    or(isNull(allocations.holdExpiresAt), sql`${allocations.holdExpiresAt} > ${now}`)!,
  ];
  if (excludeBookingId) where.push(ne(allocations.bookingId, excludeBookingId));
  return q
    .select({
      resourceId: allocations.resourceId,
      resourceKind: allocations.resourceKind,
      bookingId: allocations.bookingId,
      start: allocations.startsAt,
      end: allocations.endsAt,
    })
    .from(allocations)
    .where(and(...where))
    .orderBy(asc(allocations.startsAt));
}
