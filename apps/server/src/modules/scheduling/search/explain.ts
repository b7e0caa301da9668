// Why a search found nothing, and what would help. Each reason is Swedish, then " / ", then English.
//
// The search is re-run with one constraint removed at a time — the fixed staff (relax 'staff'), the time
// window (relax 'time_window'), the room features ('equipment'), a horizon 8 weeks longer ('weeks') —
// and every re-run that finds a time becomes a suggestion with its first start. Requirements nothing in
// the unit can meet (no room or equipment with a feature, nobody of a profession) are said plainly.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { firstVisitStart, prepareEngine } from './find-visits.ts';
import { formatDay, formatStart, listFeatures, PROFESSION_LABEL } from './labels.ts';
import type { SearchInput, SearchOutcome } from './search.types.ts';
import { requiredFeatures } from './visit-rules.ts';

type Explanation = NonNullable<SearchOutcome['explanation']>;
type Suggestion = Explanation['suggestions'][number];

/** How many weeks longer the 'weeks' re-run looks. The caller's free lists must reach that far. */
export const EXTRA_WEEKS = 8;

function firstStart(input: SearchInput): number | null {
  return firstVisitStart(prepareEngine(input));
}

/** Plain statements about requirements that no resource of the unit can meet. */
function findImpossible(input: SearchInput): string[] {
  const out: string[] = [];
  if (input.visitLocation === 'clinic') {
    if (input.rooms.length === 0) out.push('Enheten har inga rum. / The unit has no rooms.');
    for (const f of requiredFeatures(input)) {
      const exists =
        input.rooms.some((r) => r.features.includes(f)) ||
        input.equipment.some((q) => q.features.includes(f));
      const name = listFeatures([f]);
      if (!exists)
        out.push(
          `Det finns inget rum och ingen utrustning med ${name.sv} på enheten. / There is no room or equipment with ${name.en} in the unit.`,
        );
    }
  }
  for (const step of input.steps) {
    const p = step.performer;
    const profession = p.kind === 'pool' ? p.profession : p.kind === 'fixed' ? p.role : null;
    if (profession && !input.staff.some((s) => s.profession === profession)) {
      const hasFixed = p.kind === 'fixed' && input.patient.fixed[p.role];
      if (!hasFixed) {
        const word = PROFESSION_LABEL[profession];
        out.push(
          `Det finns ingen ${word.sv} på enheten för steget ”${step.label}”. / There is no ${word.en} in the unit for the step “${step.label}”.`,
        );
      }
    }
    if (p.kind === 'staff' && !input.staff.some((s) => s.id === p.staffId))
      out.push(
        `Personen för steget ”${step.label}” finns inte på enheten. / The person for the step “${step.label}” is not in the unit.`,
      );
    if (p.kind === 'external' && !input.free.has(p.externalId))
      out.push(
        `Den externa deltagaren i steget ”${step.label}” har ingen tid inlagd. / The external participant in the step “${step.label}” has no time entered.`,
      );
  }
  return out;
}

export function explainNoProposals(input: SearchInput, problems: readonly string[]): Explanation {
  if (problems.length > 0) return { reasons: [...problems], suggestions: [] };
  const tz = input.timeZone;
  const until = formatDay(input.horizon.end, tz);
  const reasons = findImpossible(input);
  const suggestions: Suggestion[] = [];
  const suggest = (relax: Suggestion['relax'], start: number, sv: string, en: string) => {
    const at = formatStart(start, tz);
    suggestions.push({ relax, firstStart: start, message: `${sv} ${at.sv}. / ${en} ${at.en}.` });
  };
  const req = input.patient.requirements;

  const usesFixed = input.steps.some(
    (s) => s.performer.kind === 'fixed' && input.patient.fixed[s.performer.role],
  );
  if (req.sameStaff && usesFixed && !input.relax.has('staff')) {
    const start = firstStart({ ...input, relax: new Set([...input.relax, 'staff']) });
    if (start !== null) {
      reasons.push(
        `De fasta kontakterna kan inte före ${until.sv}. / The fixed contacts are not available before ${until.en}.`,
      );
      suggest(
        'staff',
        start,
        'Med annan personal än de fasta kontakterna finns tid',
        'With other staff there is a time on',
      );
    }
  }
  if (req.timeWindow && !input.relax.has('time_window')) {
    const start = firstStart({ ...input, relax: new Set([...input.relax, 'time_window']) });
    const w = `${req.timeWindow.from}–${req.timeWindow.to}`;
    if (start !== null) {
      reasons.push(
        `Ingen tid ryms inom ${w} före ${until.sv}. / No time fits within ${w} before ${until.en}.`,
      );
      suggest('time_window', start, `Utanför ${w} finns tid`, `Outside ${w} there is a time on`);
    }
  }
  const features = requiredFeatures(input);
  if (features.length > 0) {
    const start = firstStart({
      ...input,
      steps: input.steps.map((s) => ({ ...s, roomFeatures: [] })),
      patient: { ...input.patient, requirements: { ...req, roomFeatures: [] } },
    });
    const name = listFeatures(features);
    if (start !== null) {
      reasons.push(
        `Inget rum med ${name.sv} är ledigt när personalen kan före ${until.sv}. / No room with ${name.en} is free when the staff can before ${until.en}.`,
      );
      suggest(
        'equipment',
        start,
        `Om ${name.sv} kan ordnas på annat sätt finns tid`,
        `If ${name.en} can be arranged another way there is a time on`,
      );
    }
  }
  const longer = addDays(new TZDate(input.horizon.end, tz), EXTRA_WEEKS * 7).getTime();
  const start = firstStart({ ...input, horizon: { start: input.horizon.start, end: longer } });
  if (start !== null) {
    if (suggestions.length === 0)
      reasons.push(
        `Allt som behövs är inte ledigt samtidigt före ${until.sv}. / Not everything needed is free at the same time before ${until.en}.`,
      );
    suggest(
      'weeks',
      start,
      `Med ${EXTRA_WEEKS} veckor till finns tid`,
      `With ${EXTRA_WEEKS} more weeks there is a time on`,
    );
  }
  if (reasons.length === 0)
    reasons.push(
      `Ingen tid före ${until.sv}, inte heller om ett krav tas bort. / No time before ${until.en}, not even with one requirement removed.`,
    );
  return { reasons, suggestions };
}
