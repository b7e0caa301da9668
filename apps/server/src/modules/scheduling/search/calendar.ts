// Interval arithmetic and calendar expansion for the slot search. Pure, no IO.
//
// Every list of intervals is sorted by start, non-overlapping and half-open [start, end) in epoch ms.
// Local dates (YYYY-MM-DD) and times (HH:MM) are wall-clock times in `timeZone` (Europe/Stockholm); they
// become instants through TZDate, so a Monday 08:00 is 07:00Z in winter and 06:00Z in summer whatever
// the process's own TZ is.
import { TZDate } from '@date-fns/tz';
import type { WorkingHours } from '@lotsa/contracts';
import type { Interval } from './search.types.ts';

const DAY_MS = 86_400_000;

/** Sorts and merges overlapping or touching intervals; drops empty ones. Accepts any order. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** `open` minus `busy`. `open` must be a normal list; `busy` may overlap or be unsorted (it is merged). */
export function subtractIntervals(open: readonly Interval[], busy: readonly Interval[]): Interval[] {
  const cut = mergeIntervals(busy);
  const out: Interval[] = [];
  let j = 0;
  for (const o of open) {
    let start = o.start;
    while (j < cut.length && cut[j]!.end <= start) j++;
    let k = j;
    while (k < cut.length && cut[k]!.start < o.end) {
      const b = cut[k]!;
      if (b.start > start) out.push({ start, end: b.start });
      start = Math.max(start, b.end);
      k++;
    }
    if (start < o.end) out.push({ start, end: o.end });
  }
  return out;
}

/** The time in both lists. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** Index of the last interval whose start is ≤ t, or -1 (binary search). */
function indexAtOrBefore(list: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when [start, end) lies inside one interval of `list` (a merged list, so no false negatives). */
export function containsInterval(list: readonly Interval[], start: number, end: number): boolean {
  const i = indexAtOrBefore(list, start);
  return i >= 0 && list[i]!.end >= end;
}

/** The end of the interval containing instant t, or -Infinity when t is not inside the list. */
export function freeUntil(list: readonly Interval[], t: number): number {
  const i = indexAtOrBefore(list, t);
  return i >= 0 && list[i]!.end > t ? list[i]!.end : Number.NEGATIVE_INFINITY;
}

/** The earliest s ≥ t such that [s, s + length) lies inside the list, or Infinity. Used to skip ahead. */
export function findNextFit(list: readonly Interval[], t: number, length: number): number {
  let i = Math.max(0, indexAtOrBefore(list, t));
  for (; i < list.length; i++) {
    const s = Math.max(list[i]!.start, t);
    if (s + length <= list[i]!.end) return s;
  }
  return Number.POSITIVE_INFINITY;
}

/** Free time: open time minus allocations. */
export function freeTime(open: readonly Interval[], busy: readonly Interval[]): Interval[] {
  return subtractIntervals(open, busy);
}

// --- Local dates ---------------------------------------------------------------------------------------

function parseDate(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** The date `days` after a local date (calendar arithmetic, no time zone involved). */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = parseDate(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = parseDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

const instantCache = new Map<string, number>();

/**
 * The instant a local date and time (HH:MM) happens in `timeZone`. Memoised: time-zone conversion is the
 * slowest thing the search does, and the same days come back on every search.
 */
export function localInstant(date: string, time: string, timeZone: string): number {
  const key = `${date}T${time}@${timeZone}`;
  const hit = instantCache.get(key);
  if (hit !== undefined) return hit;
  const [y, m, d] = parseDate(date);
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const instant = new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime();
  if (instantCache.size > 50_000) instantCache.clear();
  instantCache.set(key, instant);
  return instant;
}

/** The local date (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): string {
  const t = new TZDate(instant, timeZone);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

// --- Calendar expansion --------------------------------------------------------------------------------

export interface DateOverride {
  date: string;
  from: string | null;
  to: string | null;
}
export interface Absence {
  fromDate: string;
  toDate: string;
}
export interface CalendarSpec {
  /** Weekly rows; a row counts on dates from `validFrom` to `validTo` (inclusive; open-ended when null). */
  hours: readonly WorkingHours[];
  /** Per date: closed all day (null times) or open only these hours, replacing the weekly hours. */
  overrides: readonly DateOverride[];
  /** Inclusive local date ranges the resource is away (closed). */
  absences: readonly Absence[];
  /** Local dates the unit is closed: public holidays, the eves it closes on, its own closed days. */
  closedDates: { has(date: string): boolean };
  /** First and last local date to expand (inclusive). */
  fromDate: string;
  toDate: string;
  timeZone: string;
}

/**
 * The open time of one resource between two local dates. Per date, in this order: a closed date or an
 * absence closes the whole day; otherwise the date's overrides decide (any all-day override closes it,
 * else the union of their hours); otherwise the weekly rows for that weekday valid on that date.
 */
export function openIntervals(spec: CalendarSpec): Interval[] {
  const overridesByDate = new Map<string, DateOverride[]>();
  for (const o of spec.overrides) {
    const list = overridesByDate.get(o.date) ?? [];
    list.push(o);
    overridesByDate.set(o.date, list);
  }
  const isAbsent = (date: string) => spec.absences.some((a) => a.fromDate <= date && date <= a.toDate);
  const out: Interval[] = [];
  for (let date = spec.fromDate; date <= spec.toDate; date = addDaysToDate(date, 1)) {
    if (spec.closedDates.has(date) || isAbsent(date)) continue;
    const overrides = overridesByDate.get(date);
    let rows: Array<{ from: string; to: string }>;
    if (overrides) {
      if (overrides.some((o) => o.from === null || o.to === null)) continue;
      rows = overrides as Array<{ from: string; to: string }>;
    } else {
      const weekday = weekdayOf(date);
      rows = spec.hours.filter(
        (h) => h.weekday === weekday && h.validFrom <= date && (h.validTo === null || date <= h.validTo),
      );
    }
    for (const r of rows) {
      const start = localInstant(date, r.from, spec.timeZone);
      const end = localInstant(date, r.to, spec.timeZone);
      if (end > start) out.push({ start, end });
    }
  }
  return mergeIntervals(out);
}
