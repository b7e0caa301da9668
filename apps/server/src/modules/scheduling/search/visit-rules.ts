// The rules a visit must follow, shared by the search (`searchSlots`), the check before booking
// (`verifyProposal`) and the naive baseline: step order and durations, who may perform a step, which room
// features are needed and which rooms (with which mobile equipment) provide them.
import type { Feature, Message, Profession, VisitStep } from '@lotsa/contracts';
import { containsInterval, localInstant, mergeIntervals } from './calendar.ts';
import type { Interval, SearchEquipment, SearchInput, SearchRoom } from './search.types.ts';

const MINUTE = 60_000;

export interface StepShape {
  step: VisitStep;
  /** Index (in `VisitShape.order`) of the step this one starts after or with; null for `start`. */
  ref: number | null;
  durationMs: number;
  /** For `after`: the longest wait after the referenced step ends. */
  maxGapMs: number;
}

export interface VisitShape {
  /** Steps in an order where every step comes after the step it refers to. */
  order: StepShape[];
  /** The visit's length with every gap 0, after the patient's extended time (minutes). */
  durationMinutes: number;
  /** Problems with the visit type itself (unknown or circular references); empty when usable. */
  problems: Message[];
}

/** Minutes from the visit's start to the end of its last step when every gap is 0. */
function lengthOf(steps: readonly VisitStep[], minutes: Map<string, number>): number {
  const offset = new Map<string, number>();
  let length = 0;
  let progressed = true;
  while (progressed && offset.size < steps.length) {
    progressed = false;
    for (const s of steps) {
      if (offset.has(s.key)) continue;
      const r = s.relation;
      const at =
        r.kind === 'start'
          ? 0
          : offset.has(r.step)
            ? offset.get(r.step)! + (r.kind === 'after' ? minutes.get(r.step)! : 0)
            : null;
      if (at === null) continue;
      offset.set(s.key, at);
      length = Math.max(length, at + minutes.get(s.key)!);
      progressed = true;
    }
  }
  return length;
}

/**
 * Orders the steps and fixes their durations. When the patient needs a longer visit
 * (`minDurationMinutes` above the visit type's own length), every step grows by the same factor, rounded
 * up to whole 5 minutes, so the visit (with no waiting) lasts at least that long.
 */
export function shapeVisit(steps: readonly VisitStep[], minDurationMinutes: number | null): VisitShape {
  const problems: Message[] = [];
  const minutes = new Map(steps.map((s) => [s.key, s.durationMinutes]));
  const base = lengthOf(steps, minutes);
  if (minDurationMinutes && base > 0 && minDurationMinutes > base) {
    const factor = minDurationMinutes / base;
    for (const s of steps) minutes.set(s.key, Math.ceil((s.durationMinutes * factor) / 5) * 5);
  }
  const order: StepShape[] = [];
  const indexOf = new Map<string, number>();
  let progressed = true;
  while (progressed && order.length < steps.length) {
    progressed = false;
    for (const step of steps) {
      if (indexOf.has(step.key)) continue;
      const r = step.relation;
      if (r.kind !== 'start' && !indexOf.has(r.step)) continue;
      indexOf.set(step.key, order.length);
      order.push({
        step,
        ref: r.kind === 'start' ? null : indexOf.get(r.step)!,
        durationMs: minutes.get(step.key)! * MINUTE,
        maxGapMs: r.kind === 'after' ? r.maxGapMinutes * MINUTE : 0,
      });
      progressed = true;
    }
  }
  if (!steps.some((s) => s.relation.kind === 'start'))
    problems.push({ code: 'visit_type_no_first_step', params: {} });
  for (const s of steps)
    if (!indexOf.has(s.key))
      problems.push({ code: 'visit_type_bad_step_reference', params: { step: s.key } });
  return { order, durationMinutes: lengthOf(steps, minutes), problems };
}

/** How well a performer continues the patient's care: the fixed contact, their stand-in, or neither. */
export type Continuity = 'fixed' | 'stand_in' | 'other';

export interface PerformerCandidate {
  id: string;
  kind: 'staff' | 'external';
  continuity: Continuity;
}

const PROFESSION_OF_ROLE: Record<'doctor' | 'nurse' | 'navigator', Profession> = {
  doctor: 'doctor',
  nurse: 'nurse',
  navigator: 'navigator',
};

/** Whether this staff member is one of the patient's fixed contacts or a stand-in for one. */
export function continuityOf(input: SearchInput, staffId: string): Continuity {
  const fixed = Object.values(input.patient.fixed);
  if (fixed.some((f) => f?.staffId === staffId)) return 'fixed';
  if (fixed.some((f) => f?.standInId === staffId)) return 'stand_in';
  return 'other';
}

/**
 * Who may perform a step, best first:
 * - `staff`: that person; `external`: that participant; `none`: nobody (an empty list);
 * - `fixed`: the patient's fixed contact for the role, then the stand-in, then anyone of the role's
 *   profession — unless the patient needs the same staff (`sameStaff`) and the booker did not relax
 *   'staff'. Without a recorded fixed contact for the role, anyone of the profession may come;
 * - `pool`: anyone of the profession, the patient's fixed contacts and stand-ins first.
 */
export function performerCandidates(input: SearchInput, step: VisitStep): PerformerCandidate[] {
  const p = step.performer;
  const staff = (id: string): PerformerCandidate => ({
    id,
    kind: 'staff',
    continuity: continuityOf(input, id),
  });
  const byContinuity = (list: PerformerCandidate[]) => {
    const rank = { fixed: 0, stand_in: 1, other: 2 };
    return list.sort((a, b) => rank[a.continuity] - rank[b.continuity]);
  };
  switch (p.kind) {
    case 'none':
      return [];
    case 'staff':
      return [staff(p.staffId)];
    case 'external':
      return [{ id: p.externalId, kind: 'external', continuity: 'other' }];
    case 'pool':
      return byContinuity(input.staff.filter((s) => s.profession === p.profession).map((s) => staff(s.id)));
    case 'fixed': {
      const fixed = input.patient.fixed[p.role];
      const out: PerformerCandidate[] = [];
      if (fixed) {
        out.push({ id: fixed.staffId, kind: 'staff', continuity: 'fixed' });
        if (fixed.standInId) out.push({ id: fixed.standInId, kind: 'staff', continuity: 'stand_in' });
        if (input.patient.requirements.sameStaff && !input.relax.has('staff')) return out;
      }
      const profession = PROFESSION_OF_ROLE[p.role];
      for (const s of input.staff)
        if (s.profession === profession && !out.some((c) => c.id === s.id))
          out.push({ id: s.id, kind: 'staff', continuity: 'other' });
      return out;
    }
  }
}

/**
 * The room features a clinic visit needs: the patient's plus every step's. Home and video: none; none
 * either when the booker arranges them another way (relax 'equipment').
 */
export function requiredFeatures(input: SearchInput): Feature[] {
  if (input.visitLocation !== 'clinic' || input.relax.has('equipment')) return [];
  const set = new Set<Feature>(input.patient.requirements.roomFeatures);
  for (const s of input.steps) for (const f of s.roomFeatures ?? []) set.add(f);
  return [...set].sort();
}

export interface RoomOption {
  room: SearchRoom;
  /** Required features the room lacks: mobile equipment must bring them. */
  missing: Feature[];
  /** Features the room has beyond those required: fewer is a better fit. */
  extras: number;
}

/**
 * The rooms that could serve the visit, best first: rooms with every feature before rooms that need
 * equipment, then the smallest sufficient room (fewest extra features), then fewest missing features.
 * A room is left out when some missing feature exists on no equipment of the unit.
 */
export function rankRooms(input: SearchInput, required: readonly Feature[]): RoomOption[] {
  const onEquipment = new Set(input.equipment.flatMap((e) => e.features));
  return input.rooms
    .map((room) => ({
      room,
      missing: required.filter((f) => !room.features.includes(f)),
      extras: room.features.filter((f) => !required.includes(f)).length,
    }))
    .filter((o) => o.missing.every((f) => onEquipment.has(f)))
    .sort(
      (a, b) =>
        Number(a.missing.length > 0) - Number(b.missing.length > 0) ||
        a.extras - b.extras ||
        a.missing.length - b.missing.length,
    );
}

function isNormal(list: readonly Interval[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (x.end <= x.start || (i > 0 && list[i - 1]!.end >= x.start)) return false;
  }
  return true;
}

/** Merges free lists that touch or overlap, so containment by binary search has no false negatives. */
export function normaliseFree(input: SearchInput): SearchInput {
  if ([...input.free.values()].every(isNormal)) return input;
  const free = new Map<string, Interval[]>();
  for (const [id, list] of input.free) free.set(id, mergeIntervals(list));
  return { ...input, free };
}

/** A resource's free list, or an empty list (a resource without an entry is never free). */
export function freeOf(input: SearchInput, id: string): readonly Interval[] {
  return input.free.get(id) ?? [];
}

/** Mobile equipment free for [start, end) that together brings every missing feature (greedy), or null. */
export function coverWithEquipment(
  input: SearchInput,
  missing: readonly Feature[],
  isFree: (e: SearchEquipment) => boolean,
): string[] | null {
  const left = new Set(missing);
  const chosen: string[] = [];
  const usable = input.equipment.filter((e) => e.features.some((f) => left.has(f)) && isFree(e));
  while (left.size > 0) {
    let best: SearchEquipment | null = null;
    let bestCount = 0;
    for (const e of usable) {
      const count = e.features.filter((f) => left.has(f)).length;
      if (count > bestCount) [best, bestCount] = [e, count];
    }
    if (!best) return null;
    chosen.push(best.id);
    for (const f of best.features) left.delete(f);
  }
  return chosen;
}

/** The best room free for the whole visit [start, end), with the equipment it needs, or null. */
export function pickRoom(
  input: SearchInput,
  options: readonly RoomOption[],
  start: number,
  end: number,
): { option: RoomOption; equipmentIds: string[] } | null {
  for (const option of options) {
    if (!containsInterval(freeOf(input, option.room.id), start, end)) continue;
    const equipmentIds = coverWithEquipment(input, option.missing, (e) =>
      containsInterval(freeOf(input, e.id), start, end),
    );
    if (equipmentIds) return { option, equipmentIds };
  }
  return null;
}

/** The patient's time window on a local date as instants, or null (none, or relaxed by the booker). */
export function windowOn(input: SearchInput, date: string): Interval | null {
  const w = input.patient.requirements.timeWindow;
  if (!w || input.relax.has('time_window')) return null;
  return { start: localInstant(date, w.from, input.timeZone), end: localInstant(date, w.to, input.timeZone) };
}
