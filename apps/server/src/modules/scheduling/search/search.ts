// searchSlots: the best start times for a visit, with who, which room and which equipment.
// The engine (find-visits.ts) finds feasible visits in start order; this file scores and picks them.
// `searchSlots` does not look at every feasible visit: it keeps each day's two best and stops (branch
// and bound, see `bestVisits`) once no later start can rank — which relies on earliness never growing
// from one day to the next. `searchSlotsFullScan` scores every visit and must always agree with it.

import { findNextFit, freeUntil, localDateOf } from './calendar.ts';
import { explainNoProposals } from './explain.ts';
import {
  copyVisit,
  type Engine,
  type FoundVisit,
  findVisitAt,
  findVisits,
  prepareEngine,
  scanVisits,
} from './find-visits.ts';
import type { Interval, PlannedVisit, SearchInput, SearchOutcome } from './search.types.ts';
import { windowOn } from './visit-rules.ts';

/**
 * Score weights. Continuity matters most (this patient group needs known faces), then an early day, then
 * small things: a compact day for the staff, the smallest room that is enough, no equipment to move,
 * little waiting between steps.
 */
export const SCORE = {
  fixed: 30,
  standIn: 15,
  /**
   * Given in full on the horizon's first day, falling linearly to 0 on its last. It must never grow from
   * one day to the next: `bestVisits` stops at the first day whose best possible score cannot rank.
   */
  earliness: 20,
  compact: 3,
  smallestRoom: 5,
  noEquipment: 5,
  /** Subtracted per 5 minutes the patient waits between steps. */
  waitPer5Minutes: 1,
} as const;

const ROLE_WORD = { doctor: 'läkare', nurse: 'sjuksköterska', navigator: 'lots' } as const;
const MAX_PER_DAY = 2;

/** What scoring needs per search, computed once: role words, the smallest room's size. */
interface ScoreContext {
  fixedRole: Map<string, string>;
  standInRole: Map<string, string>;
  /** Per staff id: the sorted instants where one of their existing bookings starts or ends (lazy). */
  busyEdges: Map<string, number[]>;
  fewestExtras: number;
  anyMissing: boolean;
  dayCount: number;
  /** Day index of the first feasible visit (-1 before one is found). */
  firstDayIndex: number;
}

function prepareScoring(e: Engine): ScoreContext {
  const fixedRole = new Map<string, string>();
  const standInRole = new Map<string, string>();
  for (const [role, f] of Object.entries(e.input.patient.fixed)) {
    if (!f) continue;
    const word = ROLE_WORD[role as keyof typeof ROLE_WORD];
    if (!fixedRole.has(f.staffId)) fixedRole.set(f.staffId, word);
    if (f.standInId && !standInRole.has(f.standInId)) standInRole.set(f.standInId, word);
  }
  let fewestExtras = Number.POSITIVE_INFINITY;
  for (const o of e.rooms ?? []) fewestExtras = Math.min(fewestExtras, o.extras);
  return {
    fixedRole,
    standInRole,
    busyEdges: new Map(),
    fewestExtras,
    anyMissing: (e.rooms ?? []).some((o) => o.missing.length > 0),
    dayCount: e.days.length,
    firstDayIndex: -1,
  };
}

/** The sorted starts and ends of a staff member's existing bookings. */
function edgesOf(e: Engine, ctx: ScoreContext, id: string): number[] {
  let edges = ctx.busyEdges.get(id);
  if (!edges) {
    edges = [];
    let sorted = true;
    for (const b of e.input.busy.get(id) ?? []) {
      if (edges.length > 0 && b.start < edges[edges.length - 1]!) sorted = false;
      edges.push(b.start, b.end);
    }
    if (!sorted) edges.sort((x, y) => x - y);
    ctx.busyEdges.set(id, edges);
  }
  return edges;
}

/** Index of the first element ≥ t in a sorted list (its length when none). */
function lowerBound(list: readonly number[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sorted list has an element in [from, to]. */
function anyIn(list: readonly number[], from: number, to: number): boolean {
  const i = lowerBound(list, from);
  return i < list.length && list[i]! <= to;
}

/** The earliness points of a day: in full on the horizon's first day, falling linearly to 0 on its last. */
function earlinessOn(dayIndex: number, dayCount: number): number {
  return SCORE.earliness * (1 - dayIndex / Math.max(1, dayCount - 1));
}

/** Score of one feasible visit; with `reasons`, also its reasons (pushed there). */
function scoreVisit(e: Engine, v: FoundVisit, ctx: ScoreContext, reasons: string[] | null): number {
  let score = 0;
  let compact = false;
  let waitMs = 0;
  for (let i = 0; i < e.order.length; i++) {
    const st = e.order[i]!;
    const p = v.performers[i];
    if (st.step.relation.kind === 'after' && st.ref !== null) waitMs += v.starts[i]! - v.ends[st.ref]!;
    if (p?.kind !== 'staff') continue;
    if (p.continuity === 'fixed') {
      score += SCORE.fixed;
      reasons?.push(`fast ${ctx.fixedRole.get(p.id) ?? 'kontakt'}`);
    } else if (p.continuity === 'stand_in') {
      score += SCORE.standIn;
      reasons?.push(`ersättare för fast ${ctx.standInRole.get(p.id) ?? 'kontakt'}`);
    }
    const edges = edgesOf(e, ctx, p.id);
    if (anyIn(edges, v.starts[i]!, v.starts[i]!) || anyIn(edges, v.ends[i]!, v.ends[i]!)) {
      score += SCORE.compact;
      compact = true;
    }
  }
  score += earlinessOn(v.dayIndex, ctx.dayCount);
  if (reasons && v.dayIndex === ctx.firstDayIndex) reasons.push('tidigast möjliga dag');
  if (reasons && compact) reasons.push('samlad dag för personalen');
  if (v.room) {
    if (v.room.option.extras === ctx.fewestExtras) {
      score += SCORE.smallestRoom;
      reasons?.push('minsta rum som räcker');
    }
    if (v.room.equipmentIds.length === 0) {
      score += SCORE.noEquipment;
      if (ctx.anyMissing) reasons?.push('ingen utrustning behöver flyttas');
    } else if (reasons) {
      const names = v.room.equipmentIds.map((id) => e.input.equipment.find((q) => q.id === id)?.name ?? id);
      reasons.push(`med ${names.join(', ')}`);
    }
  }
  if (reasons && waitMs > 0) reasons.push(`väntan ${Math.round(waitMs / 60_000)} min`);
  score -= SCORE.waitPer5Minutes * Math.floor(waitMs / 300_000);
  return Math.round(score * 100) / 100;
}

// --- Upper bounds for branch and bound -------------------------------------------------------------------
//
// A visit's score is its steps' continuity and compact points, the day's earliness, the room's points,
// minus waiting. Earliness never grows from one day to the next and the rest has fixed maxima, so a
// day (and, with what is free at a start, a start) has a score no visit there can exceed. The bounds
// below are computed with their own arithmetic; `BOUND_SLACK` covers rounding to hundredths.

const BOUND_SLACK = 0.01;

interface ScoreBound {
  /** No visit on this day scores more. */
  day(dayIndex: number): number;
  /**
   * No visit starting at s (on this day) scores more. The bound is refined term by term and returned
   * as soon as it is at most `enough` (default: fully refined).
   */
  at(s: number, dayIndex: number, enough?: number): number;
}

function prepareBound(e: Engine, ctx: ScoreContext): ScoreBound {
  const n = e.order.length;
  // Each step's start lies in [s + offLo, s + offHi] for a visit starting at s.
  const offLo = new Array<number>(n).fill(0);
  const offHi = new Array<number>(n).fill(0);
  const dur = new Array<number>(n).fill(0);
  /** Per step: the staff who may do it, most continuity points first, with their booking edges. */
  const staff: Array<Array<{ free: readonly Interval[]; points: number; edges: number[] }>> = [];
  const stepMax = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const st = e.order[i]!;
    dur[i] = st.durationMs;
    if (st.ref !== null) {
      const after = st.step.relation.kind === 'after';
      offLo[i] = offLo[st.ref]! + (after ? dur[st.ref]! : 0);
      offHi[i] = offHi[st.ref]! + (after ? dur[st.ref]! + st.maxGapMs : 0);
    }
    const list = e.candidates[i]!.filter((c) => c.kind === 'staff')
      .map((c) => ({
        free: c.free,
        points: c.continuity === 'fixed' ? SCORE.fixed : c.continuity === 'stand_in' ? SCORE.standIn : 0,
        edges: edgesOf(e, ctx, c.id),
      }))
      .sort((a, b) => b.points - a.points);
    staff.push(list);
    let most = 0;
    for (const c of list) most = Math.max(most, c.points + (c.edges.length > 0 ? SCORE.compact : 0));
    stepMax[i] = most;
  }
  const roomPoints = (e.rooms ?? []).map(
    (o) =>
      (o.extras === ctx.fewestExtras ? SCORE.smallestRoom : 0) +
      (o.missing.length === 0 ? SCORE.noEquipment : 0),
  );
  const roomMax = roomPoints.reduce((m, x) => Math.max(m, x), 0);
  const stepsMax = stepMax.reduce((sum, x) => sum + x, 0);
  const day = (d: number) => earlinessOn(d, ctx.dayCount) + stepsMax + roomMax;
  return {
    day,
    at(s, d, enough = Number.NEGATIVE_INFINITY) {
      // The day's bound, less what this start cannot have.
      let bound = day(d);
      if (e.rooms) {
        let room = 0;
        for (let r = 0; r < e.rooms.length && room < roomMax; r++)
          if (roomPoints[r]! > room && freeUntil(e.roomFree[r]!, s) >= s + e.minLengthMs)
            room = roomPoints[r]!;
        bound -= roomMax - room;
        if (bound <= enough) return bound;
      }
      for (let i = 0; i < n; i++) {
        // The most one performer can bring: continuity, and compact when a booking of theirs starts or
        // ends where the step may start or end.
        const lo = s + offLo[i]!;
        const hi = s + offHi[i]!;
        const d = dur[i]!;
        let best = 0;
        for (const c of staff[i]!) {
          if (c.points + SCORE.compact <= best) break;
          const compact = anyIn(c.edges, lo, hi) || anyIn(c.edges, lo + d, hi + d);
          const value = c.points + (compact ? SCORE.compact : 0);
          if (value > best && findNextFit(c.free, lo, d) <= hi) best = value;
        }
        bound -= stepMax[i]! - best;
        if (bound <= enough) return bound;
      }
      return bound;
    },
  };
}

function toPlannedVisit(
  e: Engine,
  v: FoundVisit,
  scored: { score: number; reasons: string[] },
): PlannedVisit {
  const indexOf = new Map(e.order.map((st, i) => [st.step.key, i]));
  const steps = e.input.steps.map((step) => {
    const i = indexOf.get(step.key)!;
    const p = v.performers[i];
    return {
      key: step.key,
      label: step.label,
      start: v.starts[i]!,
      end: v.ends[i]!,
      staffId: p?.kind === 'staff' ? p.id : null,
      externalId: p?.kind === 'external' ? p.id : null,
      roomId: v.room?.option.room.id ?? null,
      equipmentIds: v.room ? [...v.room.equipmentIds] : [],
    };
  });
  return { start: v.start, end: v.end, steps, ...scored };
}

interface Scored {
  v: FoundVisit;
  score: number;
}

/** The proposals' order: best score first, ties by the earlier start. */
const byRank = (a: Scored, b: Scored) => b.score - a.score || a.v.start - b.v.start;

/** Planned visits with reasons for the chosen ones. */
function plan(e: Engine, ctx: ScoreContext, chosen: readonly Scored[]): PlannedVisit[] {
  return chosen.map(({ v, score }) => {
    const reasons: string[] = [];
    scoreVisit(e, v, ctx, reasons);
    return toPlannedVisit(e, v, { score, reasons });
  });
}

/**
 * The full scan's ranking (the reference the bounded search is tested against): every feasible visit
 * scored and sorted best first (ties: earlier start), at most two per local day, up to `limit`.
 */
function rankVisits(e: Engine, visits: readonly FoundVisit[]): PlannedVisit[] {
  const ctx = prepareScoring(e);
  ctx.firstDayIndex = visits[0]?.dayIndex ?? -1;
  const scored = visits.map((v) => ({ v, score: scoreVisit(e, v, ctx, null) }));
  scored.sort(byRank);
  const perDay = new Map<string, number>();
  const out: Scored[] = [];
  for (const x of scored) {
    if (out.length >= e.input.limit) break;
    const count = perDay.get(x.v.date) ?? 0;
    if (count >= MAX_PER_DAY) continue;
    perDay.set(x.v.date, count + 1);
    out.push(x);
  }
  return plan(e, ctx, out);
}

/** Inserts x into a list sorted by `byRank`. */
function insertRanked(list: Scored[], x: Scored): void {
  let i = list.length;
  while (i > 0 && byRank(list[i - 1]!, x) > 0) i--;
  list.splice(i, 0, x);
}

/**
 * The same proposals as `rankVisits(e, findVisits(e))`, by branch and bound over the days in order.
 *
 * The per-day spread picks, in rank order, the first `limit` of the set made of each day's two best
 * visits, so only those are kept. Once `limit` are kept, the `limit`-th best score is a threshold: a
 * visit found later starts later, so it ranks below that one unless it scores strictly more. The scan
 * skips a start whose upper bound (`ScoreBound.at`) cannot beat the threshold, and stops at the first
 * day whose upper bound cannot — earliness never grows with the day, so no later day can either.
 */
function bestVisits(e: Engine): PlannedVisit[] {
  const limit = e.input.limit;
  const ctx = prepareScoring(e);
  if (limit <= 0) return [];
  let bound: ScoreBound | null = null;
  /** The two best visits of every finished day, best first. */
  const kept: Scored[] = [];
  /** The two best visits of the current day, best first. */
  const today: Scored[] = [];
  let threshold = Number.NEGATIVE_INFINITY;
  const finishDay = () => {
    for (const x of today) insertRanked(kept, x);
    today.length = 0;
    if (kept.length >= limit) threshold = kept[limit - 1]!.score;
  };
  /**
   * What a visit found now must score strictly more than to matter: the `limit`-th kept score, and the
   * day's second best once the day has two (both start earlier, so they win ties).
   */
  const toBeat = () =>
    today.length < MAX_PER_DAY ? threshold : Math.max(threshold, today[MAX_PER_DAY - 1]!.score);
  scanVisits(e, {
    beginDay(dayIndex) {
      finishDay();
      if (threshold === Number.NEGATIVE_INFINITY) return true;
      bound ??= prepareBound(e, ctx);
      return bound.day(dayIndex) + BOUND_SLACK > threshold;
    },
    worthPlacing(s, dayIndex) {
      const beat = toBeat();
      if (beat === Number.NEGATIVE_INFINITY) return true;
      bound ??= prepareBound(e, ctx);
      return bound.at(s, dayIndex, beat - BOUND_SLACK) + BOUND_SLACK > beat;
    },
    found(v) {
      if (ctx.firstDayIndex < 0) ctx.firstDayIndex = v.dayIndex;
      const score = scoreVisit(e, v, ctx, null);
      if (score <= toBeat()) return true;
      if (today.length === MAX_PER_DAY) today.pop();
      insertRanked(today, { v: copyVisit(v), score });
      return true;
    },
  });
  finishDay();
  return plan(e, ctx, kept.slice(0, limit));
}

/** Every feasible start (epoch ms, ascending) before scoring, the per-day spread and the limit. */
export function feasibleStarts(input: SearchInput): number[] {
  const out: number[] = [];
  scanVisits(prepareEngine(input), {
    found: (v) => {
      out.push(v.start);
      return true;
    },
  });
  return out;
}

/** Proposals without an explanation, by the bounded search. */
export function proposeVisits(input: SearchInput): { proposals: PlannedVisit[]; durationMinutes: number } {
  const e = prepareEngine(input);
  return { proposals: bestVisits(e), durationMinutes: e.durationMinutes };
}

function outcome(input: SearchInput, e: Engine, proposals: PlannedVisit[]): SearchOutcome {
  return {
    proposals,
    explanation: proposals.length > 0 ? null : explainNoProposals(input, e.problems),
    durationMinutes: e.durationMinutes,
  };
}

/**
 * The best start times for the patient's visit, at most `limit`. When nothing fits, `explanation` says
 * why and which single relaxation (other staff, any time of day, another room, more weeks) would help.
 */
export function searchSlots(input: SearchInput): SearchOutcome {
  const e = prepareEngine(input);
  return outcome(input, e, bestVisits(e));
}

/**
 * `searchSlots` without branch and bound: every feasible visit of the horizon found, scored and sorted.
 * Same answer, slower; kept as the reference for tests and the benchmark (bench-search.ts).
 */
export function searchSlotsFullScan(input: SearchInput): SearchOutcome {
  const e = prepareEngine(input);
  return outcome(input, e, rankVisits(e, findVisits(e)));
}

/**
 * The visit starting exactly at `start` (a recurring visit's own time), with the same performers, room
 * and equipment choices as the search would make there, or null when it does not fit: inside the
 * horizon, not before `notBefore`, and in the patient's time window unless relaxed.
 */
export function visitAt(input: SearchInput, start: number): PlannedVisit | null {
  if (start < Math.max(input.horizon.start, input.notBefore)) return null;
  const e = prepareEngine(input);
  const v = findVisitAt(e, start, windowOn(input, localDateOf(start, input.timeZone)));
  if (!v) return null;
  return toPlannedVisit(
    e,
    { ...v, date: localDateOf(start, input.timeZone), dayIndex: 0 },
    {
      score: 0,
      reasons: [],
    },
  );
}
