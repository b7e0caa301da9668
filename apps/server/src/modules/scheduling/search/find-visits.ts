// The search engine: every feasible start of a visit, each with one assignment of people, room and
// equipment. `search.ts` ranks what this finds; `verify.ts` checks a plan against the same rules.
//
// Speed comes from two bounds instead of testing every grid point blindly:
// - a lower bound on the next possible start (the patient, some room and some performer of each first
//   step must be free for the shortest visit), found by binary search in the free lists; the scan jumps
//   straight to the next grid point at or after it;
// - the latest possible end at a start (`latestEnd`): the patient's, the best room's (with equipment),
//   the time window's and the horizon's limit. Whether a visit fits those depends only on its end, so the
//   step assignment prunes every choice that would end later and never has to undo a room.
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
  pickRoom,
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
  patientFree: readonly Interval[] | null;
  minLengthMs: number;
  durationMinutes: number;
  problems: string[];
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

export function prepareEngine(raw: SearchInput): Engine {
  const input = normaliseFree(raw);
  const shape = shapeVisit(input.steps, input.patient.requirements.minDurationMinutes);
  const candidates = shape.order.map((s) =>
    performerCandidates(input, s.step).map((c) => ({ ...c, free: freeOf(input, c.id) })),
  );
  const rooms = input.visitLocation === 'clinic' ? rankRooms(input, requiredFeatures(input)) : null;
  return {
    input,
    order: shape.order,
    candidates,
    rooms,
    roomFree: (rooms ?? []).map((o) => freeOf(input, o.room.id)),
    roomEquipmentFree: (rooms ?? []).map((o) =>
      o.missing.map((f) =>
        input.equipment.filter((q) => q.features.includes(f)).map((q) => freeOf(input, q.id)),
      ),
    ),
    patientFree: input.free.get(input.patient.id) ?? null,
    minLengthMs: shape.durationMinutes * MINUTE,
    durationMinutes: shape.durationMinutes,
    problems: shape.problems,
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

/** A lower bound on the next feasible start at or after t (Infinity when none can come). */
function nextPossibleStart(e: Engine, t: number): number {
  let x = t;
  for (let round = 0; round < 4 && x < Number.POSITIVE_INFINITY; round++) {
    let y = x;
    if (e.patientFree) y = Math.max(y, findNextFit(e.patientFree, y, e.minLengthMs));
    if (e.rooms) {
      let room = Number.POSITIVE_INFINITY;
      for (const o of e.rooms)
        room = Math.min(room, findNextFit(freeOf(e.input, o.room.id), y, e.minLengthMs));
      y = Math.max(y, room);
    }
    for (let i = 0; i < e.order.length; i++) {
      const step = e.order[i]!;
      if (step.ref !== null || step.step.performer.kind === 'none') continue;
      let who = Number.POSITIVE_INFINITY;
      for (const c of e.candidates[i]!) who = Math.min(who, findNextFit(c.free, y, step.durationMs));
      y = Math.max(y, who);
    }
    if (y === x) break;
    x = y;
  }
  return x;
}

interface Placement {
  s: number;
  limit: number;
  starts: number[];
  ends: number[];
  performers: Array<Candidate | null>;
}

function busyInVisit(p: Placement, id: string, start: number, end: number, upTo: number): boolean {
  for (let j = 0; j < upTo; j++)
    if (p.performers[j]?.id === id && p.starts[j]! < end && start < p.ends[j]!) return true;
  return false;
}

/** Places step i and, recursively, the rest; backtracks over performers and waits. */
function placeStep(e: Engine, p: Placement, i: number): boolean {
  if (i === e.order.length) return true;
  const st = e.order[i]!;
  const kind = st.step.relation.kind;
  const lo = st.ref === null ? p.s : kind === 'after' ? p.ends[st.ref]! : p.starts[st.ref]!;
  const hi = Math.min(lo + st.maxGapMs, p.limit - st.durationMs);
  if (st.step.performer.kind === 'none') {
    for (let t = lo; t <= hi; t += GAP_STEP_MS) {
      p.starts[i] = t;
      p.ends[i] = t + st.durationMs;
      p.performers[i] = null;
      if (placeStep(e, p, i + 1)) return true;
    }
    return false;
  }
  for (const c of e.candidates[i]!) {
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
        if (placeStep(e, p, i + 1)) return true;
      }
      t = aligned + GAP_STEP_MS;
    }
  }
  return false;
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
  const limit = latestEnd(e, s, window);
  if (s + e.minLengthMs > limit) return null;
  const n = e.order.length;
  const p: Placement = {
    s,
    limit,
    starts: new Array<number>(n).fill(0),
    ends: new Array<number>(n).fill(0),
    performers: new Array<Candidate | null>(n).fill(null),
  };
  if (!placeStep(e, p, 0)) return null;
  let end = s;
  for (const x of p.ends) end = Math.max(end, x);
  let room: FoundVisit['room'] = null;
  if (e.rooms) {
    room = pickRoom(e.input, e.rooms, s, end);
    if (!room) return null;
  }
  return { start: s, end, starts: p.starts, ends: p.ends, performers: p.performers, room };
}

/** The local days the horizon touches, each with its midnight and the next. */
export function horizonDays(input: SearchInput): Array<{ date: string; start: number; end: number }> {
  const days: Array<{ date: string; start: number; end: number }> = [];
  const from = Math.max(input.horizon.start, input.notBefore);
  if (input.horizon.end <= from) return days;
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
  return days;
}

/**
 * Every feasible visit, in start order: candidate starts are multiples of `gridMinutes` (elapsed time)
 * from local midnight, at or after `notBefore` and the horizon's start, with the whole visit inside the
 * horizon and, unless relaxed, the patient's time window of that local day.
 */
export function findVisits(e: Engine): FoundVisit[] {
  const out: FoundVisit[] = [];
  if (e.problems.length > 0 || e.order.length === 0) return out;
  const { input } = e;
  const grid = input.gridMinutes * MINUTE;
  const days = horizonDays(input);
  days.forEach((day, dayIndex) => {
    const window = windowOn(input, day.date);
    const lowest = Math.max(input.horizon.start, input.notBefore, day.start, window?.start ?? day.start);
    const latest = Math.min(
      day.end - 1,
      input.horizon.end - e.minLengthMs,
      window ? window.end - e.minLengthMs : Number.POSITIVE_INFINITY,
    );
    const alignUp = (t: number) => day.start + Math.ceil((t - day.start) / grid) * grid;
    let t = alignUp(lowest);
    while (t <= latest) {
      const bound = nextPossibleStart(e, t);
      if (bound > t) {
        if (bound === Number.POSITIVE_INFINITY) return;
        t = alignUp(bound);
        continue;
      }
      const visit = findVisitAt(e, t, window);
      if (visit) out.push({ ...visit, date: day.date, dayIndex });
      t += grid;
    }
  });
  return out;
}
