// Why a search found nothing, and what would help: catalogue messages (code and parameters).
//
// The search is re-run with one constraint removed at a time — the fixed staff (relax 'staff'), the time
// window (relax 'time_window'), the room features ('equipment'), a horizon 8 weeks longer ('weeks') —
// and every re-run that finds a time becomes a suggestion with its first start. Requirements nothing in
// the unit can meet (no room or equipment with a feature, nobody of a profession) are said plainly.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { localDateOf } from './calendar.ts';
import { firstVisitStart, prepareEngine } from './find-visits.ts';
import { localAt, type Message } from './labels.ts';
import type { SearchInput, SearchOutcome } from './search.types.ts';
import { requiredFeatures } from './visit-rules.ts';

type Explanation = NonNullable<SearchOutcome['explanation']>;
type Suggestion = Explanation['suggestions'][number];
type LocalAt = { date: string; time: string };

/** How many weeks longer the 'weeks' re-run looks. The caller's free lists must reach that far. */
export const EXTRA_WEEKS = 8;

function firstStart(input: SearchInput): number | null {
  return firstVisitStart(prepareEngine(input));
}

/** Plain statements about requirements that no resource of the unit can meet. */
function findImpossible(input: SearchInput): Message[] {
  const out: Message[] = [];
  if (input.visitLocation === 'clinic') {
    if (input.rooms.length === 0) out.push({ code: 'search_no_rooms', params: {} });
    for (const f of requiredFeatures(input)) {
      const exists =
        input.rooms.some((r) => r.features.includes(f)) ||
        input.equipment.some((q) => q.features.includes(f));
      if (!exists) out.push({ code: 'search_no_feature_in_unit', params: { features: [f] } });
    }
  }
  for (const step of input.steps) {
    const p = step.performer;
    const profession = p.kind === 'pool' ? p.profession : p.kind === 'fixed' ? p.role : null;
    if (profession && !input.staff.some((s) => s.profession === profession)) {
      const hasFixed = p.kind === 'fixed' && input.patient.fixed[p.role];
      if (!hasFixed) out.push({ code: 'search_no_profession', params: { profession, step: step.label } });
    }
    if (p.kind === 'staff' && !input.staff.some((s) => s.id === p.staffId))
      out.push({ code: 'search_staff_not_in_unit', params: { step: step.label } });
    if (p.kind === 'external' && !input.free.has(p.externalId))
      out.push({ code: 'search_external_no_time', params: { step: step.label } });
  }
  return out;
}

export function explainNoProposals(input: SearchInput, problems: readonly Message[]): Explanation {
  if (problems.length > 0) return { reasons: [...problems], suggestions: [] };
  const tz = input.timeZone;
  const until = localDateOf(input.horizon.end, tz);
  const reasons = findImpossible(input);
  const suggestions: Suggestion[] = [];
  const suggest = (relax: Suggestion['relax'], start: number, message: (at: LocalAt) => Message) => {
    suggestions.push({ relax, firstStart: start, message: message(localAt(start, tz)) });
  };
  const req = input.patient.requirements;

  const usesFixed = input.steps.some(
    (s) => s.performer.kind === 'fixed' && input.patient.fixed[s.performer.role],
  );
  if (req.sameStaff && usesFixed && !input.relax.has('staff')) {
    const start = firstStart({ ...input, relax: new Set([...input.relax, 'staff']) });
    if (start !== null) {
      reasons.push({ code: 'search_fixed_busy', params: { until } });
      suggest('staff', start, (at) => ({ code: 'suggest_other_staff', params: at }));
    }
  }
  if (req.timeWindow && !input.relax.has('time_window')) {
    const start = firstStart({ ...input, relax: new Set([...input.relax, 'time_window']) });
    const { from, to } = req.timeWindow;
    if (start !== null) {
      reasons.push({ code: 'search_window_full', params: { from, to, until } });
      suggest('time_window', start, (at) => ({
        code: 'suggest_outside_window',
        params: { from, to, ...at },
      }));
    }
  }
  const features = requiredFeatures(input);
  if (features.length > 0) {
    const start = firstStart({
      ...input,
      steps: input.steps.map((s) => ({ ...s, roomFeatures: [] })),
      patient: { ...input.patient, requirements: { ...req, roomFeatures: [] } },
    });
    if (start !== null) {
      reasons.push({ code: 'search_room_busy', params: { features, until } });
      suggest('equipment', start, (at) => ({
        code: 'suggest_other_arrangement',
        params: { features, ...at },
      }));
    }
  }
  const longer = addDays(new TZDate(input.horizon.end, tz), EXTRA_WEEKS * 7).getTime();
  const start = firstStart({ ...input, horizon: { start: input.horizon.start, end: longer } });
  if (start !== null) {
    if (suggestions.length === 0) reasons.push({ code: 'search_not_together', params: { until } });
    suggest('weeks', start, (at) => ({ code: 'suggest_more_weeks', params: { weeks: EXTRA_WEEKS, ...at } }));
  }
  if (reasons.length === 0) reasons.push({ code: 'search_nothing', params: { until } });
  return { reasons, suggestions };
}
