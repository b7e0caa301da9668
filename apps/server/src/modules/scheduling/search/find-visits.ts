// The search engine: every feasible start of a visit, each with one assignment of people, room and
// equipment. `search.ts` ranks what this finds; `verify.ts` checks a plan against the same rules.
//
// Speed comes from two bounds instead of testing every grid point blindly:
// - a lower bound on the next possible start (the patient, some room and some performer of each first
//   step must be free for the shortest visit), found by binary search in per-search merged lists of the
//   instants each of those could start at (`startWindowsOf`); the scan jumps straight to the next grid
//   point at or after it;
// - the latest possible end at a start (`latestEnd`): the patient's, the best room's (with equipment),
//   the time window's and the horizon's limit. Whether a visit fits those depends only on its end, so the
//   step assignment prunes every choice that would end later and never has to undo a room.
// The scan itself (`scanVisits`) allocates nothing per start: it fills one scratch visit that the
// caller reads (and copies with `copyVisit` when it keeps it). The caller may also veto a start before
// it is placed (`SearchVisitor.worthPlacing`), which is how `searchSlots` skips starts that cannot rank.

import type { Message } from '@lotsa/contracts';
import {
  addDaysToDate,
  containsInterval,
  findNextFit,
  freeUntil,
  localDateOf,
  localInstant,
} from './calendar.ts';
import type { Interval, SearchInput } from './search.types.ts';
import {
  freeOf,
  normaliseFree,
  type PerformerCandidate,
  performerCandidates,
  type RoomOption,
  rankRooms,
  requiredFeatures,
  type StepShape,
  shapeVisit,
  windowOn,
} from './visit-rules.ts';

const MINUTE = 60_000;
/** `after` steps wait 0, 5, 10 … minutes, up to their maxGapMinutes. */
export const GAP_STEP_MS = 5 * MINUTE;

export interface Candidate extends PerformerCandidate {
  free: readonly Interval[];
}

/** Mobile equipment that can bring some missing feature of a room option. */
interface EquipmentChoice {
  id: string;
  free: readonly Interval[];
  /** The equipment's features as bits of the option's missing features (-1: not missing), in order. */
  bits: number[];
}

export interface HorizonDay {
  date: string;
  start: number;
  end: number;
}

/** Everything the scan needs, prepared once per search. */
export interface Engine {
  input: SearchInput;
  order: StepShape[];
  candidates: Candidate[][];
  rooms: RoomOption[] | null;
  /** Free lists of `rooms`, same order. */
  roomFree: Array<readonly Interval[]>;
  /** Per room option: for each missing feature, the free lists of the equipment that has it. */
  roomEquipmentFree: Array<Array<Array<readonly Interval[]>>>;
  /** Per room option: the equipment having some missing feature, in the unit's order. */
  roomEquipment: EquipmentChoice[][];
  patientFree: readonly Interval[] | null;
  minLengthMs: number;
  durationMinutes: number;
  problems: Message[];
  /**
   * For `nextPossibleStart`: per group that must be free at a visit's start (the patient; some room; some
   * performer of each first step), the instants where one of its members could start, as intervals.
   */
  startWindows: Windows[];
  /** The horizon's local days (see `horizonDays`). */
  days: HorizonDay[];
  /** The scan's scratch visit, overwritten at every start. */
  scratch: FoundVisit;
}

/** A feasible visit. Arrays are indexed like `engine.order`. */
export interface FoundVisit {
  start: number;
  end: number;
  /** Local date of the start. */
  date: string;
  dayIndex: number;
  starts: number[];
  ends: number[];
  performers: Array<Candidate | null>;
  room: { option: RoomOption; equipmentIds: string[] } | null;
}

const NO_EQUIPMENT: string[] = [];

export function prepareEngine(raw: SearchInput): Engine {
  const input = normaliseFree(raw);
  const shape = shapeVisit(input.steps, input.patient.requirements.minDurationMinutes);
  const candidates = shape.order.map((s) =>
    performerCandidates(input, s.step).map((c) => ({ ...c, free: freeOf(input, c.id) })),
  );
  const rooms = input.visitLocation === 'clinic' ? rankRooms(input, requiredFeatures(input)) : null;
  const n = shape.order.length;
  const minLengthMs = shape.durationMinutes * MINUTE;
  const patientFree = input.free.get(input.patient.id) ?? null;
  const roomFree = (rooms ?? []).map((o) => freeOf(input, o.room.id));
  const startWindows: Windows[] = [];
  if (patientFree) startWindows.push(startWindowsOf([patientFree], minLengthMs));
  if (rooms) startWindows.push(startWindowsOf(roomFree, minLengthMs));
  shape.order.forEach((st, i) => {
    if (st.ref !== null || st.step.performer.kind === 'none') return;
    startWindows.push(
      startWindowsOf(
        candidates[i]!.map((c) => c.free),
        st.durationMs,
      ),
    );
  });
  return {
    input,
    order: shape.order,
    candidates,
    rooms,
    roomFree,
    roomEquipmentFree: (rooms ?? []).map((o) =>
      o.missing.map((f) =>
        input.equipment.filter((q) => q.features.includes(f)).map((q) => freeOf(input, q.id)),
      ),
    ),
    roomEquipment: (rooms ?? []).map((o) =>
      input.equipment
        .filter((q) => q.features.some((f) => o.missing.includes(f)))
        .map((q) => ({
          id: q.id,
          free: freeOf(input, q.id),
          bits: q.features.map((f) => o.missing.indexOf(f)),
        })),
    ),
    patientFree,
    minLengthMs,
    durationMinutes: shape.durationMinutes,
    problems: shape.problems,
    startWindows,
    days: horizonDays(input),
    scratch: {
      start: 0,
      end: 0,
      date: '',
      dayIndex: -1,
      starts: new Array<number>(n).fill(0),
      ends: new Array<number>(n).fill(0),
      performers: new Array<Candidate | null>(n).fill(null),
      room: null,
    },
  };
}

/** The latest end any visit starting at `s` may have (see the file comment). */
function latestEnd(e: Engine, s: number, window: Interval | null): number {
  let limit = e.input.horizon.end;
  if (window) limit = Math.min(limit, window.end);
  if (e.patientFree) limit = Math.min(limit, freeUntil(e.patientFree, s));
  if (e.rooms) {
    let best = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < e.roomFree.length; r++) {
      let until = freeUntil(e.roomFree[r]!, s);
      for (const lists of e.roomEquipmentFree[r]!) {
        let byEquipment = Number.NEGATIVE_INFINITY;
        for (const list of lists) byEquipment = Math.max(byEquipment, freeUntil(list, s));
        until = Math.min(until, byEquipment);
      }
      best = Math.max(best, until);
    }
    limit = Math.min(limit, best);
  }
  return limit;
}

/** Sorted, disjoint closed ranges [starts[k], ends[k]] of instants, flat (no object per range). */
interface Windows {
  starts: Float64Array;
  ends: Float64Array;
  length: number;
}

/**
 * The instants s where [s, s + length) lies inside some interval of some (normal) list: every interval
 * [a, b) long enough gives the starts [a, b - length]. The lists are merged by their starts.
 */
function startWindowsOf(lists: ReadonlyArray<readonly Interval[]>, length: number): Windows {
  let total = 0;
  for (const list of lists) total += list.length;
  const out: Windows = { starts: new Float64Array(total), ends: new Float64Array(total), length: 0 };
  const heads = new Array<number>(lists.length).fill(0);
  /** Per list: the start of its next long-enough interval (Infinity when none is left). */
  const next = new Array<number>(lists.length).fill(0);
  const advance = (k: number) => {
    const list = lists[k]!;
    let h = heads[k]!;
    while (h < list.length && list[h]!.end - list[h]!.start < length) h++;
    heads[k] = h;
    next[k] = h < list.length ? list[h]!.start : Number.POSITIVE_INFINITY;
  };
  for (let k = 0; k < lists.length; k++) advance(k);
  for (;;) {
    let pick = 0;
    for (let k = 1; k < lists.length; k++) if (next[k]! < next[pick]!) pick = k;
    if (lists.length === 0 || next[pick] === Number.POSITIVE_INFINITY) return out;
    const x = lists[pick]![heads[pick]!]!;
    heads[pick]!++;
    advance(pick);
    const n = out.length;
    if (n > 0 && x.start <= out.ends[n - 1]!) out.ends[n - 1] = Math.max(out.ends[n - 1]!, x.end - length);
    else {
      out.starts[n] = x.start;
      out.ends[n] = x.end - length;
      out.length = n + 1;
    }
  }
}

/** The first instant ≥ t inside the windows, or Infinity. */
function nextInWindows(w: Windows, t: number): number {
  let lo = 0;
  let hi = w.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.ends[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < w.length ? Math.max(t, w.starts[lo]!) : Number.POSITIVE_INFINITY;
}

/**
 * A lower bound on the next feasible start at or after t (Infinity when none can come): the patient,
 * some room (for the shortest visit) and some performer of every first step must be free from there.
 */
function nextPossibleStart(e: Engine, t: number): number {
  let x = t;
  for (let round = 0; round < 4 && x < Number.POSITIVE_INFINITY; round++) {
    let y = x;
    for (const windows of e.startWindows) y = nextInWindows(windows, y);
    if (y === x) break;
    x = y;
  }
  return x;
}

function busyInVisit(p: FoundVisit, id: string, start: number, end: number, upTo: number): boolean {
  for (let j = 0; j < upTo; j++)
    if (p.performers[j]?.id === id && p.starts[j]! < end && start < p.ends[j]!) return true;
  return false;
}

/** Places step i and, recursively, the rest; backtracks over performers and waits. */
function placeStep(e: Engine, p: FoundVisit, limit: number, i: number): boolean {
  if (i === e.order.length) return true;
  const st = e.order[i]!;
  const kind = st.step.relation.kind;
  const lo = st.ref === null ? p.start : kind === 'after' ? p.ends[st.ref]! : p.starts[st.ref]!;
  const hi = Math.min(lo + st.maxGapMs, limit - st.durationMs);
  if (st.step.performer.kind === 'none') {
    for (let t = lo; t <= hi; t += GAP_STEP_MS) {
      p.starts[i] = t;
      p.ends[i] = t + st.durationMs;
      p.performers[i] = null;
      if (placeStep(e, p, limit, i + 1)) return true;
    }
    return false;
  }
  const candidates = e.candidates[i]!;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    let t = lo;
    while (t <= hi) {
      const fit = findNextFit(c.free, t, st.durationMs);
      if (fit > hi) break;
      const aligned = lo + Math.ceil((fit - lo) / GAP_STEP_MS) * GAP_STEP_MS;
      if (aligned > hi) break;
      if (!containsInterval(c.free, aligned, aligned + st.durationMs)) {
        t = aligned + 1;
        continue;
      }
      if (!busyInVisit(p, c.id, aligned, aligned + st.durationMs, i)) {
        p.starts[i] = aligned;
        p.ends[i] = aligned + st.durationMs;
        p.performers[i] = c;
        if (placeStep(e, p, limit, i + 1)) return true;
      }
      t = aligned + GAP_STEP_MS;
    }
  }
  return false;
}

const usableScratch: boolean[] = [];

/**
 * Mobile equipment free for [start, end) that together brings every missing feature of room option r,
 * or null. Greedy, exactly as `coverWithEquipment` in visit-rules.ts: the equipment bringing the most
 * still-missing features first (the unit's order on ties).
 */
function coverRoom(e: Engine, r: number, start: number, end: number): string[] | null {
  const missing = e.rooms![r]!.missing.length;
  if (missing === 0) return NO_EQUIPMENT;
  const choices = e.roomEquipment[r]!;
  let left = (1 << missing) - 1;
  const usable = usableScratch;
  for (let k = 0; k < choices.length; k++) usable[k] = containsInterval(choices[k]!.free, start, end);
  const chosen: string[] = [];
  while (left !== 0) {
    let best = -1;
    let bestCount = 0;
    for (let k = 0; k < choices.length; k++) {
      if (!usable[k]) continue;
      let count = 0;
      for (const b of choices[k]!.bits) if (b >= 0 && (left & (1 << b)) !== 0) count++;
      if (count > bestCount) {
        best = k;
        bestCount = count;
      }
    }
    if (best < 0) return null;
    chosen.push(choices[best]!.id);
    for (const b of choices[best]!.bits) if (b >= 0) left &= ~(1 << b);
  }
  return chosen;
}

/**
 * Fills `e.scratch` with one assignment for a visit starting at s and returns true, or returns false.
 * Steps are placed in order; a performer is tried best first (fixed, stand-in, others), and for each,
 * the waits 0, 5, 10 … minutes of an `after` step. The room is the best one free for the whole visit.
 */
function placeVisitAt(e: Engine, s: number, window: Interval | null): boolean {
  const limit = latestEnd(e, s, window);
  if (s + e.minLengthMs > limit) return false;
  const p = e.scratch;
  p.start = s;
  p.room = null;
  if (!placeStep(e, p, limit, 0)) return false;
  let end = s;
  for (const x of p.ends) end = Math.max(end, x);
  p.end = end;
  if (e.rooms) {
    for (let r = 0; r < e.rooms.length; r++) {
      if (!containsInterval(e.roomFree[r]!, s, end)) continue;
      const equipmentIds = coverRoom(e, r, s, end);
      if (equipmentIds) {
        p.room = { option: e.rooms[r]!, equipmentIds };
        return true;
      }
    }
    return false;
  }
  return true;
}

/** A kept copy of a found visit (the scan reuses its own). */
export function copyVisit(v: FoundVisit): FoundVisit {
  return {
    start: v.start,
    end: v.end,
    date: v.date,
    dayIndex: v.dayIndex,
    starts: v.starts.slice(),
    ends: v.ends.slice(),
    performers: v.performers.slice(),
    room: v.room ? { option: v.room.option, equipmentIds: v.room.equipmentIds.slice() } : null,
  };
}

/**
 * One assignment for a visit starting at s, or null. Steps are placed in order; a performer is tried
 * best first (fixed, stand-in, others), and for each, the waits 0, 5, 10 … minutes of an `after` step.
 */
export function findVisitAt(
  e: Engine,
  s: number,
  window: Interval | null,
): Omit<FoundVisit, 'date' | 'dayIndex'> | null {
  if (!placeVisitAt(e, s, window)) return null;
  const { date: _date, dayIndex: _dayIndex, ...visit } = copyVisit(e.scratch);
  return visit;
}

const daysCache = new Map<string, HorizonDay[]>();

/** The local days the horizon touches, each with its midnight and the next. */
export function horizonDays(input: SearchInput): HorizonDay[] {
  const from = Math.max(input.horizon.start, input.notBefore);
  if (input.horizon.end <= from) return [];
  // Memoised: time-zone conversion is slow and the same horizons come back on every search.
  const key = `${input.horizon.start}/${input.horizon.end}@${input.timeZone}`;
  const hit = daysCache.get(key);
  if (hit) return hit.slice();
  const days: HorizonDay[] = [];
  const last = localDateOf(input.horizon.end - 1, input.timeZone);
  for (let date = localDateOf(input.horizon.start, input.timeZone); date <= last; ) {
    const next = addDaysToDate(date, 1);
    days.push({
      date,
      start: localInstant(date, '00:00', input.timeZone),
      end: localInstant(next, '00:00', input.timeZone),
    });
    date = next;
  }
  if (daysCache.size > 1_000) daysCache.clear();
  daysCache.set(key, days);
  return days.slice();
}

/** What `scanVisits` reports to; every method is optional. */
export interface SearchVisitor {
  /** Called before each day (index into `engine.days`); false ends the scan. */
  beginDay?(dayIndex: number): boolean;
  /** Called at a start that may be feasible before it is placed; false skips it. */
  worthPlacing?(start: number, dayIndex: number): boolean;
  /** A feasible visit: `engine.scratch`, valid until the next call. False ends the scan. */
  found(visit: FoundVisit): boolean;
}

/**
 * Every feasible visit, in start order, reported to the visitor: candidate starts are multiples of
 * `gridMinutes` (elapsed time) from local midnight, at or after `notBefore` and the horizon's start,
 * with the whole visit inside the horizon and, unless relaxed, the patient's time window of that day.
 */
export function scanVisits(e: Engine, visitor: SearchVisitor): void {
  if (e.problems.length > 0 || e.order.length === 0) return;
  const { input } = e;
  const grid = input.gridMinutes * MINUTE;
  for (let dayIndex = 0; dayIndex < e.days.length; dayIndex++) {
    if (visitor.beginDay && !visitor.beginDay(dayIndex)) return;
    const day = e.days[dayIndex]!;
    const window = windowOn(input, day.date);
    const lowest = Math.max(input.horizon.start, input.notBefore, day.start, window?.start ?? day.start);
    const latest = Math.min(
      day.end - 1,
      input.horizon.end - e.minLengthMs,
      window ? window.end - e.minLengthMs : Number.POSITIVE_INFINITY,
    );
    let t = day.start + Math.ceil((lowest - day.start) / grid) * grid;
    while (t <= latest) {
      const bound = nextPossibleStart(e, t);
      if (bound > t) {
        // nextPossibleStart only grows with t: nothing fits on this or any later day.
        if (bound === Number.POSITIVE_INFINITY) return;
        t = day.start + Math.ceil((bound - day.start) / grid) * grid;
        continue;
      }
      if ((!visitor.worthPlacing || visitor.worthPlacing(t, dayIndex)) && placeVisitAt(e, t, window)) {
        e.scratch.date = day.date;
        e.scratch.dayIndex = dayIndex;
        if (!visitor.found(e.scratch)) return;
      }
      t += grid;
    }
  }
}

/** Every feasible visit, in start order (see `scanVisits`). */
export function findVisits(e: Engine): FoundVisit[] {
  const out: FoundVisit[] = [];
  scanVisits(e, {
    found: (v) => {
      out.push(copyVisit(v));
      return true;
    },
  });
  return out;
}

/** The first feasible visit's start, or null (stops at the first). */
export function firstVisitStart(e: Engine): number | null {
  let first: number | null = null;
  scanVisits(e, {
    found: (v) => {
      first = v.start;
      return false;
    },
  });
  return first;
}
