import {
  type DayList,
  deriveSchedulingRequirements,
  type ProposalStep,
  type RecallItem,
  type ZDayListQuery,
  type ZRecallQuery,
  type ZUnitCalendar,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { appendAudit } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest, notFound } from '../../lib/errors.ts';
import { endOfLocalDay, localToday, startOfLocalDay, TIME_ZONE } from '../../lib/time.ts';
import { readCurrentAdaptations } from '../adaptations/index.ts';
import { findAbsences } from '../care-team/index.ts';
import { endedPatientIds, listBoard } from '../intake/index.ts';
import { findUnits } from '../organisation/index.ts';
import { requireActiveUnit, searchPatients } from '../patients/index.ts';
import * as repo from './scheduling.booking.repository.ts';
import * as cal from './scheduling.calendar.repository.ts';
import { readClosedDays } from './scheduling.closed-days.ts';
import {
  addDaysToLocalDate,
  criticalLabels,
  recallDueDate,
  recallStatus,
  summariseRequirements,
} from './scheduling.rules.ts';
import { toBookings } from './scheduling.views.ts';
import { openIntervals } from './search/index.ts';

/** At most this many patients are considered for recall at once. */
const RECALL_LIMIT = 5000;

export interface Banner {
  topThree: string[];
  critical: string[];
  requirements: string[];
}

/**
 * The adaptation banner of each patient: the three most important things, the red items' labels and
 * the requirements in short words. Each read goes through the adaptations module (audited there); run
 * it outside any open transaction.
 */
export async function loadBanners(
  db: Db,
  actor: Actor,
  patientIds: readonly string[],
): Promise<Map<string, Banner>> {
  const out = new Map<string, Banner>();
  for (const id of new Set(patientIds)) {
    const r = await readCurrentAdaptations(db, actor, id);
    const row = r.status === 'ok' ? r.value : null;
    const items = row?.items ?? [];
    out.set(id, {
      topThree: row?.topThree ?? [],
      critical: criticalLabels(items),
      requirements: summariseRequirements(deriveSchedulingRequirements(items)),
    });
  }
  return out;
}

/**
 * Who is due for the annual health check: the active unit's listed patients (less those whose
 * enrolment has ended), due twelve months after the last completed health check, or on enrolment
 * before the first (for patients listed before intake existed: the day their record was created).
 */
export async function listRecall(
  db: Db,
  actor: Actor,
  query: z.output<typeof ZRecallQuery>,
  now = new Date(),
): Promise<RecallItem[]> {
  const unitId = requireActiveUnit(actor);
  const today = localToday(now);
  const patients = await searchPatients(db, actor, unitId, { kind: 'name', words: [] }, RECALL_LIMIT);
  const ended = new Set(await endedPatientIds(db, actor.regionId));
  const board = await listBoard(db, actor, { unitId, stage: 'enrolled', state: 'all' });
  const enrolledAt = new Map<string, Date>();
  for (const r of board.rows)
    if (r.patientId && r.enrolledAt) {
      const seen = enrolledAt.get(r.patientId);
      if (!seen || r.enrolledAt > seen) enrolledAt.set(r.patientId, r.enrolledAt);
    }
  const listed = patients.filter((p) => !ended.has(p.id));
  const items = await db.transaction(async (tx) => {
    const history = await repo.findHealthCheckHistory(
      tx,
      actor.regionId,
      listed.map((p) => p.id),
      now,
    );
    const out: Omit<RecallItem, 'requirementsSummary'>[] = [];
    for (const p of listed) {
      const h = history.get(p.id);
      const last = h?.lastCompleted ? localToday(h.lastCompleted) : null;
      const enrolment = enrolledAt.get(p.id);
      const enrolledOn = enrolment ? localToday(enrolment) : null;
      const dueDate = recallDueDate(last, enrolledOn ?? localToday(p.createdAt))!;
      const status = recallStatus(dueDate, today, query.withinWeeks);
      if (status === 'upcoming') continue;
      if (h?.next && !query.includeBooked) continue;
      out.push({
        patientId: p.id,
        patientName: `${p.givenName} ${p.familyName}`,
        lastHealthCheck: last,
        enrolledOn,
        dueDate,
        status,
        bookedBookingId: h?.next?.id ?? null,
        bookedStart: h?.next ? h.next.start.toISOString() : null,
      });
    }
    out.sort(
      (a, b) => a.dueDate.localeCompare(b.dueDate) || a.patientName.localeCompare(b.patientName, 'sv'),
    );
    if (out.length > 0)
      await appendAudit(tx, actor, {
        action: 'list',
        entity: 'recall',
        patientIds: out.map((i) => i.patientId),
        detail: { withinWeeks: query.withinWeeks, includeBooked: query.includeBooked, count: out.length },
      });
    return out;
  });
  const banners = await loadBanners(
    db,
    actor,
    items.map((i) => i.patientId),
  );
  return items.map((i) => ({ ...i, requirementsSummary: banners.get(i.patientId)?.requirements ?? [] }));
}

/** Visits of the active unit, one staff member or one room, for one to seven local days, each with its banner. */
export async function getDayList(
  db: Db,
  actor: Actor,
  query: z.output<typeof ZDayListQuery>,
  now = new Date(),
): Promise<DayList> {
  const unitId = requireActiveUnit(actor);
  const to = addDaysToLocalDate(query.date, query.days - 1);
  const { entries, resource } = await db.transaction(async (tx) => {
    const res = await cal.findUnitResources(tx, actor.regionId, unitId);
    let resource: DayList['resource'];
    if (query.staffId) {
      const s = res.staff.find((x) => x.id === query.staffId);
      if (!s) throw notFound('staff_member');
      resource = { kind: 'staff', id: s.id, name: s.name };
    } else if (query.roomId) {
      const r = res.rooms.find((x) => x.id === query.roomId);
      if (!r) throw notFound('room');
      resource = { kind: 'room', id: r.id, name: r.name };
    } else {
      const [unit] = await unitName(tx, actor.regionId, unitId);
      resource = { kind: 'unit', id: unitId, name: unit ?? '' };
    }
    const rows = await repo.findBookingsInRange(
      tx,
      actor.regionId,
      unitId,
      startOfLocalDay(query.date),
      endOfLocalDay(to),
      now,
      query.staffId ?? query.roomId,
    );
    const bookings = await toBookings(tx, actor.regionId, rows);
    if (bookings.length > 0)
      await appendAudit(tx, actor, {
        action: 'list',
        entity: 'booking',
        patientIds: [...new Set(bookings.map((b) => b.patientId))],
        detail: {
          dayList: resource.kind,
          resourceId: resource.id,
          from: query.date,
          to,
          count: bookings.length,
        },
      });
    return { entries: bookings, resource };
  });
  const banners = await loadBanners(
    db,
    actor,
    entries.map((b) => b.patientId),
  );
  const takesPart = (s: ProposalStep) =>
    resource.kind === 'unit' || s.staffId === resource.id || s.roomId === resource.id;
  return {
    from: query.date,
    to,
    resource,
    entries: entries.map((b) => ({
      bookingId: b.id,
      patientId: b.patientId,
      patientName: b.patientName,
      visitTypeName: b.visitTypeName,
      location: b.location,
      status: b.status,
      start: b.start,
      end: b.end,
      steps: b.steps.filter(takesPart).length > 0 ? b.steps.filter(takesPart) : b.steps,
      banner: banners.get(b.patientId) ?? { topThree: [], critical: [], requirements: [] },
    })),
  };
}

async function unitName(tx: Parameters<typeof cal.findUnitResources>[0], regionId: string, unitId: string) {
  return (await findUnits(tx, regionId, [unitId])).map((u) => u.name);
}

/** At most this many days in one calendar answer. */
const CALENDAR_MAX_DAYS = 42;

/** Open and busy time of every active staff member, room, device and external participant of the active unit. */
export async function getUnitCalendar(
  db: Db,
  actor: Actor,
  query: { from: string; to: string },
  now = new Date(),
): Promise<z.input<typeof ZUnitCalendar>> {
  const unitId = requireActiveUnit(actor);
  if (query.to < query.from || query.to > addDaysToLocalDate(query.from, CALENDAR_MAX_DAYS - 1))
    throw badRequest('calendar_range', { days: CALENDAR_MAX_DAYS });
  return db.transaction(async (tx) => {
    const range = { from: query.from, to: query.to };
    const res = await cal.findUnitResources(tx, actor.regionId, unitId);
    const list = [
      ...res.staff
        .filter((s) => s.active)
        .map((s) => ({
          kind: 'staff' as const,
          id: s.id,
          name: s.name,
          detail: s.profession as string | null,
        })),
      ...res.rooms
        .filter((r) => r.active)
        .map((r) => ({
          kind: 'room' as const,
          id: r.id,
          name: r.name,
          detail: r.features.join(', ') || null,
        })),
      ...res.equipment
        .filter((r) => r.active)
        .map((r) => ({
          kind: 'equipment' as const,
          id: r.id,
          name: r.name,
          detail: r.features.join(', ') || null,
        })),
      ...res.externals
        .filter((e) => e.active)
        .map((e) => ({ kind: 'external' as const, id: e.id, name: e.name, detail: e.organisation })),
    ];
    const ids = list.map((r) => r.id);
    const hours = await cal.findWorkingHours(tx, actor.regionId, ids, range);
    const overrides = await cal.findOverrides(tx, actor.regionId, ids, range);
    const closedDates = await readClosedDays(tx, actor.regionId, unitId, range);
    const busy = await repo.findCalendarBusy(
      tx,
      actor.regionId,
      ids,
      startOfLocalDay(query.from),
      endOfLocalDay(query.to),
      now,
    );
    const resources = [];
    for (const r of list) {
      const absences =
        r.kind === 'staff'
          ? (await findAbsences(tx, actor.regionId, r.id))
              .filter((a) => a.fromDate <= query.to && a.toDate >= query.from)
              .map((a) => ({ fromDate: a.fromDate, toDate: a.toDate }))
          : [];
      const open = openIntervals({
        hours: hours
          .filter((h) => h.resourceId === r.id)
          .map((h) => ({
            weekday: h.weekday,
            from: h.fromTime,
            to: h.toTime,
            validFrom: h.validFrom,
            validTo: h.validTo,
          })),
        overrides: overrides
          .filter((o) => o.resourceId === r.id)
          .map((o) => ({ date: o.date, from: o.fromTime, to: o.toTime })),
        absences,
        closedDates,
        fromDate: query.from,
        toDate: query.to,
        timeZone: TIME_ZONE,
      });
      resources.push({
        ...r,
        open: open.map((i) => ({
          start: new Date(i.start).toISOString(),
          end: new Date(i.end).toISOString(),
        })),
        busy: busy
          .filter((b) => b.resourceId === r.id)
          .map((b) => ({
            start: b.start.toISOString(),
            end: b.end.toISOString(),
            bookingId: b.bookingId,
            status: b.status as 'booked',
            label: b.label,
          })),
      });
    }
    return {
      from: query.from,
      to: query.to,
      closedDays: closedDates.between(query.from, query.to),
      resources,
    };
  });
}
