// searchSlots: the best start times for a visit, with who, which room and which equipment.
// The engine (find-visits.ts) finds every feasible visit; this file scores and picks them.
import { explainNoProposals } from './explain.ts';
import { type Engine, type FoundVisit, findVisits, horizonDays, prepareEngine } from './find-visits.ts';
import type { PlannedVisit, SearchInput, SearchOutcome } from './search.types.ts';

/**
 * Score weights. Continuity matters most (this patient group needs known faces), then an early day, then
 * small things: a compact day for the staff, the smallest room that is enough, no equipment to move,
 * little waiting between steps.
 */
export const SCORE = {
  fixed: 30,
  standIn: 15,
  /** Given in full on the horizon's first day, falling linearly to 0 on its last. */
  earliness: 20,
  compact: 3,
  smallestRoom: 5,
  noEquipment: 5,
  /** Subtracted per 5 minutes the patient waits between steps. */
  waitPer5Minutes: 1,
} as const;

const ROLE_WORD = { doctor: 'läkare', nurse: 'sjuksköterska', navigator: 'lots' } as const;
const MAX_PER_DAY = 2;

/** What scoring needs per search, computed once: role words, busy edges, the smallest room's size. */
interface ScoreContext {
  fixedRole: Map<string, string>;
  standInRole: Map<string, string>;
  /** Per staff id: the instants where one of their existing bookings starts or ends. */
  busyEdges: Map<string, Set<number>>;
  fewestExtras: number;
  anyMissing: boolean;
  dayCount: number;
  firstDayIndex: number;
}

function prepareScoring(e: Engine, visits: readonly FoundVisit[]): ScoreContext {
  const fixedRole = new Map<string, string>();
  const standInRole = new Map<string, string>();
  for (const [role, f] of Object.entries(e.input.patient.fixed)) {
    if (!f) continue;
    const word = ROLE_WORD[role as keyof typeof ROLE_WORD];
    if (!fixedRole.has(f.staffId)) fixedRole.set(f.staffId, word);
    if (f.standInId && !standInRole.has(f.standInId)) standInRole.set(f.standInId, word);
  }
  const busyEdges = new Map<string, Set<number>>();
  for (const [id, list] of e.input.busy) busyEdges.set(id, new Set(list.flatMap((b) => [b.start, b.end])));
  return {
    fixedRole,
    standInRole,
    busyEdges,
    fewestExtras: Math.min(...(e.rooms ?? []).map((o) => o.extras)),
    anyMissing: (e.rooms ?? []).some((o) => o.missing.length > 0),
    dayCount: horizonDays(e.input).length,
    firstDayIndex: visits[0]?.dayIndex ?? -1,
  };
}

/** Score and reasons of one feasible visit. */
function scoreVisit(e: Engine, v: FoundVisit, ctx: ScoreContext) {
  let score = 0;
  const reasons: string[] = [];
  let compact = false;
  let waitMs = 0;
  for (let i = 0; i < e.order.length; i++) {
    const st = e.order[i]!;
    const p = v.performers[i];
    if (st.step.relation.kind === 'after' && st.ref !== null) waitMs += v.starts[i]! - v.ends[st.ref]!;
    if (p?.kind !== 'staff') continue;
    if (p.continuity === 'fixed') {
      score += SCORE.fixed;
      reasons.push(`fast ${ctx.fixedRole.get(p.id) ?? 'kontakt'}`);
    } else if (p.continuity === 'stand_in') {
      score += SCORE.standIn;
      reasons.push(`ersättare för fast ${ctx.standInRole.get(p.id) ?? 'kontakt'}`);
    }
    const edges = ctx.busyEdges.get(p.id);
    if (edges && (edges.has(v.starts[i]!) || edges.has(v.ends[i]!))) {
      score += SCORE.compact;
      compact = true;
    }
  }
  score += SCORE.earliness * (1 - v.dayIndex / Math.max(1, ctx.dayCount - 1));
  if (v.dayIndex === ctx.firstDayIndex) reasons.push('tidigast möjliga dag');
  if (compact) reasons.push('samlad dag för personalen');
  if (v.room) {
    if (v.room.option.extras === ctx.fewestExtras) {
      score += SCORE.smallestRoom;
      reasons.push('minsta rum som räcker');
    }
    if (v.room.equipmentIds.length === 0) {
      score += SCORE.noEquipment;
      if (ctx.anyMissing) reasons.push('ingen utrustning behöver flyttas');
    } else {
      const names = v.room.equipmentIds.map((id) => e.input.equipment.find((q) => q.id === id)?.name ?? id);
      reasons.push(`med ${names.join(', ')}`);
    }
  }
  if (waitMs > 0) reasons.push(`väntan ${Math.round(waitMs / 60_000)} min`);
  score -= SCORE.waitPer5Minutes * Math.floor(waitMs / 300_000);
  return { score: Math.round(score * 100) / 100, reasons };
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

/** Scored proposals, best first (ties: earlier start), at most two per local day, up to `limit`. */
function rankVisits(e: Engine, visits: readonly FoundVisit[]): PlannedVisit[] {
  const ctx = prepareScoring(e, visits);
  const scored = visits.map((v) => ({ v, s: scoreVisit(e, v, ctx) }));
  scored.sort((a, b) => b.s.score - a.s.score || a.v.start - b.v.start);
  const perDay = new Map<string, number>();
  const out: PlannedVisit[] = [];
  for (const { v, s } of scored) {
    if (out.length >= e.input.limit) break;
    const count = perDay.get(v.date) ?? 0;
    if (count >= MAX_PER_DAY) continue;
    perDay.set(v.date, count + 1);
    out.push(toPlannedVisit(e, v, s));
  }
  return out;
}

/** Every feasible start (epoch ms, ascending) before scoring, the per-day spread and the limit. */
export function feasibleStarts(input: SearchInput): number[] {
  return findVisits(prepareEngine(input)).map((v) => v.start);
}

/** Proposals without an explanation: used by `searchSlots` and by the explanation's re-runs. */
export function proposeVisits(input: SearchInput): { proposals: PlannedVisit[]; durationMinutes: number } {
  const e = prepareEngine(input);
  return { proposals: rankVisits(e, findVisits(e)), durationMinutes: e.durationMinutes };
}

/**
 * The best start times for the patient's visit, at most `limit`. When nothing fits, `explanation` says
 * why and which single relaxation (other staff, any time of day, another room, more weeks) would help.
 */
export function searchSlots(input: SearchInput): SearchOutcome {
  const e = prepareEngine(input);
  const visits = findVisits(e);
  const proposals = rankVisits(e, visits);
  return {
    proposals,
    explanation: proposals.length > 0 ? null : explainNoProposals(input, e.problems),
    durationMinutes: e.durationMinutes,
  };
}
