import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { queryRows } from '../../db/database.ts';
import { TIME_ZONE } from '../../lib/time.ts';
import { findAbsencesInRange } from '../care-team/index.ts';
import * as cal from './scheduling.calendar.repository.ts';
import { readClosedDays } from './scheduling.closed-days.ts';
import { addDaysToLocalDate } from './scheduling.rules.ts';
import { allocations } from './scheduling.tables.ts';
import { type ClosedDays, openIntervals } from './search/index.ts';
import type { Interval } from './search/search.types.ts';

/**
 * The search's calendar cache: per region, the active allocations from yesterday on, and per unit its
 * resources, visit types, working hours, overrides, absences and closed days, so that a search reads
 * only what changed since the last one instead of every calendar.
 *
 * Kept honest by the database, not by the writers: triggers (migration 0007) move the region's
 * `calendar_versions` row on with every change, in commit order, and stamp each written allocation with
 * its version. Every search reads that row inside its own transaction: a changed `static_version`
 * (staff, rooms, hours, absences, visit types …) reloads the region's calendars; a changed `version`
 * reads only the allocations stamped after the cached version. So several server instances on one
 * database, or a change made in another module or straight in SQL, are seen by the next search.
 *
 * Not used (the caller reads the database directly) when the transaction has itself written calendar
 * data that is not yet committed (`lotsa.calendar_dirty`), when the region has no version row, or when the
 * search looks before the cached window. A stale cache can only propose a time that is no longer free;
 * the booking verifies again and the exclusion constraint refuses any overlap.
 */

const DAY_MS = 86_400_000;
/** Longest time one allocation may span (as `findBusy`). */
const MAX_ALLOCATION_MS = 5 * DAY_MS;
/** A region's cache is rebuilt after this long, so allocations that have passed leave memory. */
const MAX_AGE_MS = 6 * 3_600_000;
/** Regions kept (a test process opens many databases, each with its own epoch). */
const MAX_REGIONS = 32;
const MAX_OPEN_MEMO = 5_000;

interface CachedAllocation {
  id: string;
  resourceId: string;
  bookingId: string;
  start: number;
  end: number;
  active: boolean;
  holdExpiresAt: number | null;
  changeVersion: number;
}

export interface UnitCalendar {
  resources: cal.UnitResources;
  visitTypes: ReadonlyMap<string, cal.VisitTypeRow>;
  /** Open time of one resource between two local dates (memoised). */
  open(resourceId: string, fromDate: string, toDate: string): Interval[];
}

interface UnitData {
  resources: cal.UnitResources;
  visitTypes: Map<string, cal.VisitTypeRow>;
  hours: Map<string, cal.WorkingHoursRow[]>;
  overrides: Map<string, cal.OverrideRow[]>;
  absences: Map<string, Array<{ fromDate: string; toDate: string }>>;
  closedDates: ClosedDays;
  openMemo: Map<string, Interval[]>;
}

interface RegionCalendar {
  epoch: string;
  version: number;
  staticVersion: number;
  loadedAt: number;
  /** Allocations ending before this instant are not kept; searches that start before it bypass the cache. */
  windowStart: number;
  /** The local date of `windowStart`: calendars are read from it on. */
  windowStartDate: string;
  /** By allocation id; inactive rows stay as tombstones so an older change cannot bring them back. */
  allocations: Map<string, CachedAllocation>;
  byResource: Map<string, Map<string, CachedAllocation>>;
  sorted: Map<string, CachedAllocation[]>;
  units: Map<string, UnitData>;
}

const regions = new Map<string, RegionCalendar>();

interface VersionRow {
  version: string | number;
  static_version: string | number;
  epoch: string;
  dirty: string | null;
}

export interface CalendarCacheStats {
  /** Searches that used the cache, and those that read the database (dirty transaction, outside window). */
  hits: number;
  bypasses: number;
  fullLoads: number;
  deltaReads: number;
  unitLoads: number;
}
export const calendarCacheStats: CalendarCacheStats = {
  hits: 0,
  bypasses: 0,
  fullLoads: 0,
  deltaReads: 0,
  unitLoads: 0,
};

/** Forgets everything (tests). */
export function clearCalendarCache(): void {
  regions.clear();
}

/**
 * The region's cached calendars brought up to date inside `tx`, or null when the caller must read the
 * database itself. `earliest`: the first instant the search looks at.
 */
export async function cachedCalendars(
  tx: Queryable,
  regionId: string,
  earliest: number,
): Promise<RegionCalendar | null> {
  const [row] = await queryRows<VersionRow>(
    tx,
    sql`select version, static_version, epoch::text as epoch,
          current_setting('lotsa.calendar_dirty', true) as dirty
        from calendar_versions where region_id = ${regionId}`,
  );
  if (!row || row.dirty === 'on') {
    calendarCacheStats.bypasses++;
    return null;
  }
  const version = Number(row.version);
  const staticVersion = Number(row.static_version);
  const key = `${regionId}:${row.epoch}`;
  let rc = regions.get(key);
  const now = Date.now();
  if (!rc || rc.staticVersion !== staticVersion || rc.version > version || now - rc.loadedAt > MAX_AGE_MS) {
    rc = await loadRegion(tx, regionId, row.epoch, version, staticVersion, now);
    if (regions.size >= MAX_REGIONS && !regions.has(key)) regions.delete(regions.keys().next().value!);
    regions.set(key, rc);
  } else if (rc.version < version) {
    await readChanges(tx, regionId, rc, version);
  }
  if (earliest < rc.windowStart) {
    calendarCacheStats.bypasses++;
    return null;
  }
  calendarCacheStats.hits++;
  return rc;
}

async function loadRegion(
  tx: Queryable,
  regionId: string,
  epoch: string,
  version: number,
  staticVersion: number,
  now: number,
): Promise<RegionCalendar> {
  calendarCacheStats.fullLoads++;
  const windowStartDate = addDaysToLocalDate(
    new Date(now).toLocaleDateString('sv-SE', { timeZone: TIME_ZONE }),
    -1,
  );
  // Local midnight is never earlier than 22:00Z the day before; a day's margin keeps it simple.
  const windowStart = Date.parse(`${windowStartDate}T00:00:00Z`) - 2 * 3_600_000;
  const rc: RegionCalendar = {
    epoch,
    version,
    staticVersion,
    loadedAt: now,
    windowStart,
    windowStartDate,
    allocations: new Map(),
    byResource: new Map(),
    sorted: new Map(),
    units: new Map(),
  };
  const rows = await tx
    .select(allocationColumns)
    .from(allocations)
    .where(
      and(
        eq(allocations.regionId, regionId),
        eq(allocations.active, true),
        gt(allocations.endsAt, new Date(windowStart)),
        lte(allocations.changeVersion, version),
      ),
    );
  for (const r of rows) apply(rc, r);
  return rc;
}

const allocationColumns = {
  id: allocations.id,
  resourceId: allocations.resourceId,
  bookingId: allocations.bookingId,
  startsAt: allocations.startsAt,
  endsAt: allocations.endsAt,
  active: allocations.active,
  holdExpiresAt: allocations.holdExpiresAt,
  changeVersion: allocations.changeVersion,
};
type AllocationRow = {
  id: string;
  resourceId: string;
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  active: boolean;
  holdExpiresAt: Date | null;
  changeVersion: number;
};

/** The allocations written after the cached version, up to the version this transaction saw. */
async function readChanges(tx: Queryable, regionId: string, rc: RegionCalendar, version: number) {
  calendarCacheStats.deltaReads++;
  const from = rc.version;
  const rows = await tx
    .select(allocationColumns)
    .from(allocations)
    .where(
      and(
        eq(allocations.regionId, regionId),
        gt(allocations.changeVersion, from),
        lte(allocations.changeVersion, version),
      ),
    );
  for (const r of rows) apply(rc, r);
  if (version > rc.version) rc.version = version;
}

function apply(rc: RegionCalendar, r: AllocationRow) {
  const known = rc.allocations.get(r.id);
  if (known && known.changeVersion > r.changeVersion) return; // An older state read late.
  const a: CachedAllocation = {
    id: r.id,
    resourceId: r.resourceId,
    bookingId: r.bookingId,
    start: r.startsAt.getTime(),
    end: r.endsAt.getTime(),
    active: r.active && r.endsAt.getTime() > rc.windowStart,
    holdExpiresAt: r.holdExpiresAt ? r.holdExpiresAt.getTime() : null,
    changeVersion: r.changeVersion,
  };
  rc.allocations.set(a.id, a);
  if (known && known.resourceId !== a.resourceId) {
    rc.byResource.get(known.resourceId)?.delete(a.id);
    rc.sorted.delete(known.resourceId);
  }
  let list = rc.byResource.get(a.resourceId);
  if (!list) {
    list = new Map();
    rc.byResource.set(a.resourceId, list);
  }
  if (a.active) list.set(a.id, a);
  else list.delete(a.id);
  rc.sorted.delete(a.resourceId);
}

/**
 * The busy time of one resource that overlaps [from, to): active allocations, holds that expired before
 * `now` left out, and one booking (the one being rescheduled) left out.
 */
export function busyIn(
  rc: RegionCalendar,
  resourceId: string,
  from: number,
  to: number,
  now: number,
  excludeBookingId?: string,
): Interval[] {
  let list = rc.sorted.get(resourceId);
  if (!list) {
    list = [...(rc.byResource.get(resourceId)?.values() ?? [])].sort((a, b) => a.start - b.start);
    rc.sorted.set(resourceId, list);
  }
  // First allocation that may reach into [from, to).
  const lowest = from - MAX_ALLOCATION_MS;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < lowest) lo = mid + 1;
    else hi = mid;
  }
  const out: Interval[] = [];
  for (let i = lo; i < list.length; i++) {
    const a = list[i]!;
    if (a.start >= to) break;
    if (a.end <= from) continue;
    if (a.holdExpiresAt !== null && a.holdExpiresAt <= now) continue;
    if (excludeBookingId && a.bookingId === excludeBookingId) continue;
    out.push({ start: a.start, end: a.end });
  }
  return out;
}

/** The unit's calendars from the region cache, read on first use after each (re)load. */
export async function unitCalendar(
  tx: Queryable,
  rc: RegionCalendar,
  regionId: string,
  unitId: string,
): Promise<UnitCalendar> {
  let u = rc.units.get(unitId);
  if (!u) {
    u = await loadUnit(tx, rc, regionId, unitId);
    rc.units.set(unitId, u);
  }
  const data = u;
  return {
    resources: data.resources,
    visitTypes: data.visitTypes,
    open(resourceId, fromDate, toDate) {
      const key = `${resourceId}|${fromDate}|${toDate}`;
      const hit = data.openMemo.get(key);
      if (hit) return hit;
      const open = openIntervals({
        hours: (data.hours.get(resourceId) ?? []).map((h) => ({
          weekday: h.weekday,
          from: h.fromTime,
          to: h.toTime,
          validFrom: h.validFrom,
          validTo: h.validTo,
        })),
        overrides: (data.overrides.get(resourceId) ?? []).map((o) => ({
          date: o.date,
          from: o.fromTime,
          to: o.toTime,
        })),
        absences: data.absences.get(resourceId) ?? [],
        closedDates: data.closedDates,
        fromDate,
        toDate,
        timeZone: TIME_ZONE,
      });
      if (data.openMemo.size >= MAX_OPEN_MEMO) data.openMemo.clear();
      data.openMemo.set(key, open);
      return open;
    },
  };
}

const FAR = '9999-12-31';

async function loadUnit(
  tx: Queryable,
  rc: RegionCalendar,
  regionId: string,
  unitId: string,
): Promise<UnitData> {
  calendarCacheStats.unitLoads++;
  const range = { from: rc.windowStartDate, to: FAR };
  const resources = await cal.findUnitResources(tx, regionId, unitId);
  const types = await cal.findVisitTypes(tx, regionId, unitId);
  const ids = [...resources.staff, ...resources.rooms, ...resources.equipment, ...resources.externals].map(
    (r) => r.id,
  );
  const group = <T extends { resourceId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.resourceId);
      if (list) list.push(r);
      else m.set(r.resourceId, [r]);
    }
    return m;
  };
  const hours = group(await cal.findWorkingHours(tx, regionId, ids, range));
  const overrides = group(await cal.findOverrides(tx, regionId, ids, range));
  const closedDates = await readClosedDays(tx, regionId, unitId, { from: rc.windowStartDate });
  const absences = new Map<string, Array<{ fromDate: string; toDate: string }>>();
  const staffIds = resources.staff.map((s) => s.id);
  for (const a of await findAbsencesInRange(tx, regionId, staffIds, range.from, range.to)) {
    const list = absences.get(a.staffId) ?? [];
    list.push({ fromDate: a.fromDate, toDate: a.toDate });
    absences.set(a.staffId, list);
  }
  return {
    resources,
    visitTypes: new Map(types.map((t) => [t.id, t])),
    hours,
    overrides,
    absences,
    closedDates,
    openMemo: new Map(),
  };
}
