// searchSlotsNaive: a deliberately simple baseline for tests and the benchmark. For every minute of the
// horizon that is a grid start, it tries every combination of performers and waits, and checks every
// minute of every step against each resource's free list by linear scan. It shares only the rule
// definitions (step shape and durations, who may perform a step, which features are needed) with the
// real search — none of its interval arithmetic, bounds or skipping — so agreement means something.
import { TZDate } from '@date-fns/tz';
import type { Interval, SearchInput } from './search.types.ts';
import { performerCandidates, requiredFeatures, shapeVisit } from './visit-rules.ts';

const MINUTE = 60_000;

function freeAtMinute(list: readonly Interval[] | undefined, t: number): boolean {
  if (!list) return false;
  for (const i of list) if (i.start <= t && t + MINUTE <= i.end) return true;
  return false;
}

function localClock(t: number, timeZone: string) {
  const d = new TZDate(t, timeZone);
  return { y: d.getFullYear(), m: d.getMonth(), d: d.getDate() };
}

/** Every feasible start (epoch ms, ascending), found the slow way. Same answer as `feasibleStarts`. */
export function searchSlotsNaive(input: SearchInput): number[] {
  const shape = shapeVisit(input.steps, input.patient.requirements.minDurationMinutes);
  if (shape.problems.length > 0) return [];
  const steps = shape.order;
  const candidates = steps.map((s) => performerCandidates(input, s.step));
  const required = requiredFeatures(input);
  const tz = input.timeZone;
  const freeThrough = (id: string, start: number, end: number) => {
    const list = input.free.get(id);
    for (let t = start; t < end; t += MINUTE) if (!freeAtMinute(list, t)) return false;
    return true;
  };
  const patientList = input.free.get(input.patient.id);
  const window = input.relax.has('time_window') ? null : input.patient.requirements.timeWindow;

  const roomExists = (start: number, end: number) =>
    input.rooms.some(
      (room) =>
        freeThrough(room.id, start, end) &&
        required.every(
          (f) =>
            room.features.includes(f) ||
            input.equipment.some((q) => q.features.includes(f) && freeThrough(q.id, start, end)),
        ),
    );

  const feasibleAt = (s: number, windowEnd: number) => {
    const starts: number[] = [];
    const ends: number[] = [];
    const who: Array<string | null> = [];
    const tryStep = (i: number): boolean => {
      if (i === steps.length) {
        const end = Math.max(...ends);
        if (end > input.horizon.end || end > windowEnd) return false;
        if (patientList) {
          for (let t = s; t < end; t += MINUTE) if (!freeAtMinute(patientList, t)) return false;
        }
        return input.visitLocation !== 'clinic' || roomExists(s, end);
      }
      const st = steps[i]!;
      const r = st.step.relation;
      const base = r.kind === 'start' ? s : r.kind === 'after' ? ends[st.ref!]! : starts[st.ref!]!;
      const gaps: number[] = [];
      for (let g = 0; r.kind === 'after' && g <= r.maxGapMinutes; g += 5) gaps.push(g);
      if (r.kind !== 'after') gaps.push(0);
      for (const g of gaps) {
        const start = base + g * MINUTE;
        const end = start + st.durationMs;
        starts[i] = start;
        ends[i] = end;
        if (st.step.performer.kind === 'none') {
          who[i] = null;
          if (tryStep(i + 1)) return true;
          continue;
        }
        for (const c of candidates[i]!) {
          if (!freeThrough(c.id, start, end)) continue;
          let clash = false;
          for (let j = 0; j < i; j++)
            if (who[j] === c.id && starts[j]! < end && start < ends[j]!) clash = true;
          if (clash) continue;
          who[i] = c.id;
          if (tryStep(i + 1)) return true;
        }
      }
      return false;
    };
    return tryStep(0);
  };

  const out: number[] = [];
  const from = Math.ceil(Math.max(input.horizon.start, input.notBefore) / MINUTE) * MINUTE;
  let midnight = Number.NaN;
  let nextMidnight = Number.NEGATIVE_INFINITY;
  let windowStart = Number.NEGATIVE_INFINITY;
  let windowEnd = Number.POSITIVE_INFINITY;
  for (let t = from; t < input.horizon.end; t += MINUTE) {
    if (t >= nextMidnight) {
      const c = localClock(t, tz);
      midnight = new TZDate(c.y, c.m, c.d, 0, 0, 0, tz).getTime();
      nextMidnight = new TZDate(c.y, c.m, c.d + 1, 0, 0, 0, tz).getTime();
      if (window) {
        const [fh, fm] = window.from.split(':').map(Number) as [number, number];
        const [th, tm] = window.to.split(':').map(Number) as [number, number];
        windowStart = new TZDate(c.y, c.m, c.d, fh, fm, 0, tz).getTime();
        windowEnd = new TZDate(c.y, c.m, c.d, th, tm, 0, tz).getTime();
      }
    }
    if (((t - midnight) / MINUTE) % input.gridMinutes !== 0) continue;
    if (t < windowStart) continue;
    if (feasibleAt(t, windowEnd)) out.push(t);
  }
  return out;
}
