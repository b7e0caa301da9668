import {
  type CareTeamRole,
  deriveSchedulingRequirements,
  type Proposal,
  type SchedulingRequirements,
  type VisitStep,
} from '@lotsa/contracts';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest } from '../../lib/errors.ts';
import { endOfLocalDay, localToday, startOfLocalDay, TIME_ZONE } from '../../lib/time.ts';
import { findCurrentAdaptations } from '../adaptations/index.ts';
import { findAbsencesInRange, findCurrentAssignments } from '../care-team/index.ts';
import { type PatientRow, unwrapPatient, withPatient } from '../patients/index.ts';
import * as cal from './scheduling.calendar.repository.ts';
import { busyIn, cachedCalendars, unitCalendar } from './scheduling.calendar-cache.ts';
import { readClosedDays } from './scheduling.closed-days.ts';
import { addDaysToLocalDate } from './scheduling.rules.ts';
import { freeTime, openIntervals, subtractIntervals } from './search/index.ts';
import type { Interval, PlannedVisit, SearchInput, SearchPatient } from './search/search.types.ts';

/** Candidate starts every 15 minutes from local midnight. */
export const GRID_MINUTES = 15;

const FIXED_ROLE: Record<CareTeamRole, 'doctor' | 'nurse' | 'navigator'> = {
  fixed_doctor: 'doctor',
  fixed_nurse: 'nurse',
  navigator: 'navigator',
};

export interface SearchParams {
  visitTypeId: string;
  /** First local date; today when left out. */
  fromDate?: string;
  /** Number of local days to look at. */
  days: number;
  limit: number;
  relax: ReadonlyArray<'staff' | 'time_window' | 'equipment'>;
  now: Date;
  /** The booking being rescheduled: its time does not count as busy. */
  excludeBookingId?: string;
  /** false: read the calendars from the database, not the cache (tests compare the two). */
  cache?: boolean;
}

/** A search input with what the answers need beside it: names, the visit type, the requirements. */
export interface SearchContext {
  input: SearchInput;
  patient: PatientRow;
  visitType: cal.VisitTypeRow;
  requirements: SchedulingRequirements;
  /** The adaptation profile version the requirements come from (0: none), for the audit entry. */
  adaptationsVersion: number;
  resources: cal.UnitResources;
  names: ReadonlyMap<string, string>;
}

const visitTypeProblem = () => badRequest('visit_type_unknown', { atPatientUnit: true });

/**
 * Reads everything a search for this patient needs, inside the caller's transaction on the patient
 * (`withPatient`: access checked, and its one audit entry covers these reads): the visit type, the
 * requirements (adaptations' current profile), the fixed contacts and stand-ins (care team), the unit's
 * active staff, rooms, equipment and external participants, their working hours, overrides and
 * absences, the closed days, and the active allocations in the horizon (expired holds and the booking
 * being rescheduled left out). Free time = open − busy per resource. One query per kind of row: the
 * transaction's queries run one after another anyway (and PGlite has one connection), so fewer
 * round trips is what counts, not parallelism.
 */
export async function buildSearchContext(
  tx: Tx,
  _actor: Actor,
  patient: PatientRow,
  p: SearchParams,
): Promise<SearchContext> {
  const regionId = patient.regionId;
  const fromDate = p.fromDate ?? localToday(p.now);
  const toDate = addDaysToLocalDate(fromDate, p.days - 1);
  const range = { from: fromDate, to: toDate };
  const horizon: Interval = {
    start: startOfLocalDay(fromDate).getTime(),
    end: endOfLocalDay(toDate).getTime(),
  };
  // The unit's calendars from the cache, brought up to date in this transaction (null: read them here).
  const rc = p.cache === false ? null : await cachedCalendars(tx, regionId, horizon.start);
  const unit = rc ? await unitCalendar(tx, rc, regionId, patient.unitId) : null;
  const visitType = unit
    ? (unit.visitTypes.get(p.visitTypeId) ?? null)
    : await cal.findVisitType(tx, regionId, p.visitTypeId);
  if (!visitType || visitType.unitId !== patient.unitId || !visitType.active) throw visitTypeProblem();
  const adaptations = await findCurrentAdaptations(tx, patient.id);
  const requirements = deriveSchedulingRequirements(adaptations?.items ?? []);
  const fixed: SearchPatient['fixed'] = {};
  for (const row of await findCurrentAssignments(tx, regionId, patient.id))
    fixed[FIXED_ROLE[row.role as CareTeamRole]] = { staffId: row.staffId, standInId: row.standInStaffId };

  // Only what the visit type can use: staff of the professions (or the people) its steps name, rooms
  // and equipment for a visit at the unit, the external participants it names. Fewer rows to read.
  const steps = visitType.steps as VisitStep[];
  const professions = new Set<string>();
  const named = new Set<string>();
  for (const st of steps) {
    const who = st.performer;
    if (who.kind === 'fixed') professions.add(who.role);
    else if (who.kind === 'pool') professions.add(who.profession);
    else if (who.kind === 'staff') named.add(who.staffId);
    else if (who.kind === 'external') named.add(who.externalId);
  }
  const atUnit = visitType.location === 'clinic';
  const resources = unit ? unit.resources : await cal.findUnitResources(tx, regionId, patient.unitId);
  const staff = resources.staff.filter((s) => s.active && (professions.has(s.profession) || named.has(s.id)));
  const rooms = atUnit ? resources.rooms.filter((r) => r.active) : [];
  const equipment = atUnit ? resources.equipment.filter((r) => r.active) : [];
  const externals = resources.externals.filter((e) => e.active && named.has(e.id));
  const ids = [...staff, ...rooms, ...equipment, ...externals].map((r) => r.id);

  const calendars =
    unit && rc
      ? {
          open: (id: string) => unit.open(id, fromDate, toDate),
          busy: (id: string) =>
            busyIn(rc, id, horizon.start, horizon.end, p.now.getTime(), p.excludeBookingId),
        }
      : await readCalendars(tx, regionId, patient, ids, staff, range, horizon, p);

  const free = new Map<string, Interval[]>();
  const staffBusy = new Map<string, Interval[]>();
  for (const id of ids) {
    const busy = calendars.busy(id);
    free.set(id, freeTime(calendars.open(id), busy));
  }
  for (const s of staff) staffBusy.set(s.id, calendars.busy(s.id));
  const patientBusy = calendars.busy(patient.id);
  if (patientBusy.length > 0) free.set(patient.id, subtractIntervals([horizon], patientBusy));

  const names = new Map<string, string>();
  for (const r of [...resources.staff, ...resources.rooms, ...resources.equipment, ...resources.externals])
    names.set(r.id, r.name);
  names.set(patient.id, `${patient.givenName} ${patient.familyName}`);

  const input: SearchInput = {
    horizon,
    gridMinutes: GRID_MINUTES,
    notBefore: p.now.getTime(),
    visitLocation: visitType.location as SearchInput['visitLocation'],
    steps,
    patient: { id: patient.id, fixed, requirements },
    staff: staff.map((s) => ({ id: s.id, name: s.name, profession: s.profession })),
    rooms: rooms.map((r) => ({ id: r.id, name: r.name, features: r.features })),
    equipment: equipment.map((r) => ({ id: r.id, name: r.name, features: r.features })),
    externals: externals.map((e) => ({ id: e.id, name: e.name })),
    free,
    busy: staffBusy,
    relax: new Set(p.relax),
    limit: p.limit,
    timeZone: TIME_ZONE,
  };
  return {
    input,
    patient,
    visitType,
    requirements,
    adaptationsVersion: adaptations?.version ?? 0,
    resources,
    names,
  };
}

/**
 * The calendars of these resources read straight from the database (the cache's fallback, and what the
 * cache is tested against): working hours, overrides, closed days, absences and the busy time in the
 * horizon. One query per kind of row.
 */
async function readCalendars(
  tx: Tx,
  regionId: string,
  patient: PatientRow,
  ids: string[],
  staff: ReadonlyArray<{ id: string }>,
  range: { from: string; to: string },
  horizon: Interval,
  p: SearchParams,
): Promise<{ open(id: string): Interval[]; busy(id: string): Interval[] }> {
  const hours = await cal.findWorkingHours(tx, regionId, ids, range);
  const overrides = await cal.findOverrides(tx, regionId, ids, range);
  const closedDates = await readClosedDays(tx, regionId, patient.unitId, range);
  const absences = new Map<string, Array<{ fromDate: string; toDate: string }>>();
  const absenceRows = await findAbsencesInRange(
    tx,
    regionId,
    staff.map((s) => s.id),
    range.from,
    range.to,
  );
  for (const a of absenceRows) {
    const list = absences.get(a.staffId) ?? [];
    list.push({ fromDate: a.fromDate, toDate: a.toDate });
    absences.set(a.staffId, list);
  }
  const busyRows = await cal.findBusy(
    tx,
    regionId,
    [...ids, patient.id],
    new Date(horizon.start),
    new Date(horizon.end),
    p.now,
    p.excludeBookingId,
  );
  const busyOf = new Map<string, Interval[]>();
  for (const b of busyRows) {
    const list = busyOf.get(b.resourceId) ?? [];
    list.push({ start: b.start.getTime(), end: b.end.getTime() });
    busyOf.set(b.resourceId, list);
  }
  const group = <T extends { resourceId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.resourceId);
      if (list) list.push(r);
      else m.set(r.resourceId, [r]);
    }
    return m;
  };
  const hoursOf = group(hours);
  const overridesOf = group(overrides);
  return {
    open: (id) =>
      openIntervals({
        hours: (hoursOf.get(id) ?? []).map((h) => ({
          weekday: h.weekday,
          from: h.fromTime,
          to: h.toTime,
          validFrom: h.validFrom,
          validTo: h.validTo,
        })),
        overrides: (overridesOf.get(id) ?? []).map((o) => ({ date: o.date, from: o.fromTime, to: o.toTime })),
        absences: absences.get(id) ?? [],
        closedDates,
        fromDate: range.from,
        toDate: range.to,
        timeZone: TIME_ZONE,
      }),
    busy: (id) => busyOf.get(id) ?? [],
  };
}

export interface SearchRequestLike {
  patientId: string;
  visitTypeId: string;
  fromDate?: string;
  weeks?: number;
  limit?: number;
  relax?: ReadonlyArray<'staff' | 'time_window' | 'equipment'>;
}

/**
 * Opens an audited transaction on the patient (entity `scheduling_search`) and builds the search
 * context: one audit entry for the whole read, naming the adaptation profile version it used. Access as
 * the patient record: a care role in the patient's unit.
 */
export async function loadSearchContext(
  db: Db,
  actor: Actor,
  request: SearchRequestLike,
  opts: { now: Date; excludeBookingId?: string; days?: number; cache?: boolean },
): Promise<SearchContext> {
  return unwrapPatient(
    await withPatient(
      { db, actor },
      request.patientId,
      { forUpdate: false, action: 'read', entity: 'scheduling_search' },
      async (tx, patient) => {
        const ctx = await buildSearchContext(tx, actor, patient, {
          visitTypeId: request.visitTypeId,
          fromDate: request.fromDate,
          days: opts.days ?? (request.weeks ?? 8) * 7,
          limit: request.limit ?? 10,
          relax: request.relax ?? [],
          now: opts.now,
          excludeBookingId: opts.excludeBookingId,
          cache: opts.cache,
        });
        return {
          value: ctx,
          detail: {
            visitTypeId: request.visitTypeId,
            fromDate: request.fromDate ?? null,
            weeks: request.weeks ?? 8,
            adaptationsVersion: ctx.adaptationsVersion,
          },
        };
      },
    ),
  );
}

/**
 * The database floor of a search: reads the calendars and builds the `SearchInput` (the benchmark
 * measures this alone, with the cache as a search uses it and without). Audited like a search.
 */
export async function loadSearchInput(
  db: Db,
  actor: Actor,
  request: SearchRequestLike,
  opts: { now: Date; excludeBookingId?: string; cache?: boolean },
): Promise<SearchInput> {
  return (await loadSearchContext(db, actor, request, opts)).input;
}

/** A planned visit as the API answers it: ISO times and the names of people and rooms. */
export function toProposal(v: PlannedVisit, names: ReadonlyMap<string, string>): Proposal {
  return {
    start: new Date(v.start).toISOString(),
    end: new Date(v.end).toISOString(),
    steps: v.steps.map((s) => ({
      key: s.key,
      label: s.label,
      start: new Date(s.start).toISOString(),
      end: new Date(s.end).toISOString(),
      staffId: s.staffId,
      staffName: s.staffId ? (names.get(s.staffId) ?? null) : null,
      externalId: s.externalId,
      roomId: s.roomId,
      roomName: s.roomId ? (names.get(s.roomId) ?? null) : null,
      equipmentIds: s.equipmentIds,
    })),
    score: v.score,
    reasons: v.reasons,
  };
}
