// verifyProposal: may this plan be booked? The same rules as the search (visit-rules.ts), checked on a
// given plan instead of searched for, so a slot that was shown is a slot that can be booked — and a
// plan that was changed, or whose time was taken meanwhile, is refused with every reason.
import { containsInterval, localDateOf } from './calendar.ts';
import { formatStart, listFeatures } from './labels.ts';
import type { SearchInput, Verification } from './search.types.ts';
import {
  freeOf,
  normaliseFree,
  performerCandidates,
  requiredFeatures,
  shapeVisit,
  windowOn,
} from './visit-rules.ts';

export interface PlanToVerify {
  start: number;
  steps: ReadonlyArray<{
    key: string;
    start: number;
    end: number;
    staffId: string | null;
    externalId: string | null;
    roomId: string | null;
    equipmentIds: readonly string[];
  }>;
}

type PlanStep = PlanToVerify['steps'][number];

export function verifyProposal(raw: SearchInput, plan: PlanToVerify): Verification {
  const input = normaliseFree(raw);
  const problems: string[] = [];
  const tz = input.timeZone;
  const shape = shapeVisit(input.steps, input.patient.requirements.minDurationMinutes);
  if (shape.problems.length > 0) return { ok: false, problems: shape.problems };

  const byKey = new Map<string, PlanStep>();
  for (const s of plan.steps) {
    if (byKey.has(s.key) || !input.steps.some((v) => v.key === s.key))
      problems.push(`Steget ${s.key} hör inte till besöket. / The step ${s.key} is not part of the visit.`);
    byKey.set(s.key, s);
  }
  for (const v of input.steps)
    if (!byKey.has(v.key)) problems.push(`Steget ${v.key} saknas. / The step ${v.key} is missing.`);
  if (problems.length > 0) return { ok: false, problems };

  const end = Math.max(...plan.steps.map((s) => s.end));
  const nameOf = (id: string) =>
    input.staff.find((s) => s.id === id)?.name ?? input.externals.find((x) => x.id === id)?.name ?? id;
  const notFree = (sv: string, en: string, at: number) => {
    const t = formatStart(at, tz);
    problems.push(`${sv} är inte ledig ${t.sv}. / ${en} is not free on ${t.en}.`);
  };

  // Steps: durations, relations, performers and their free time.
  for (const st of shape.order) {
    const key = st.step.key;
    const p = byKey.get(key)!;
    if (p.end - p.start !== st.durationMs) {
      const min = st.durationMs / 60_000;
      problems.push(`Steget ${key} ska vara ${min} minuter. / The step ${key} must last ${min} minutes.`);
    }
    const r = st.step.relation;
    const ref = r.kind === 'start' ? null : byKey.get(r.step)!;
    if (r.kind === 'start' && p.start !== plan.start)
      problems.push(
        `Steget ${key} ska börja när besöket börjar. / The step ${key} must start with the visit.`,
      );
    if (r.kind === 'parallel' && p.start !== ref!.start)
      problems.push(
        `Steget ${key} ska börja samtidigt som ${r.step}. / The step ${key} must start with ${r.step}.`,
      );
    if (r.kind === 'after') {
      const gap = p.start - ref!.end;
      if (gap < 0 || gap > st.maxGapMs)
        problems.push(
          `Steget ${key} ska börja 0–${r.maxGapMinutes} minuter efter ${r.step}. / The step ${key} must start 0–${r.maxGapMinutes} minutes after ${r.step}.`,
        );
    }
    const performer = st.step.performer;
    const allowed = performerCandidates(input, st.step);
    const id = performer.kind === 'external' ? p.externalId : p.staffId;
    const other = performer.kind === 'external' ? p.staffId : p.externalId;
    if (performer.kind === 'none' ? p.staffId !== null || p.externalId !== null : other !== null)
      problems.push(
        `Steget ${key} har fel slags utförare. / The step ${key} has the wrong kind of performer.`,
      );
    if (performer.kind === 'none') continue;
    if (!id || !allowed.some((c) => c.id === id)) {
      problems.push(
        `${id ? nameOf(id) : 'Ingen'} får inte utföra steget ${key}. / ${id ? nameOf(id) : 'Nobody'} may not perform the step ${key}.`,
      );
      continue;
    }
    if (!containsInterval(freeOf(input, id), p.start, p.end)) notFree(nameOf(id), nameOf(id), p.start);
  }

  // Nobody in two places at once.
  const people = plan.steps.flatMap((s) =>
    [s.staffId, s.externalId].filter((x) => x !== null).map((id) => ({ id, s })),
  );
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      if (a.id === b.id && a.s.start < b.s.end && b.s.start < a.s.end)
        problems.push(
          `${nameOf(a.id)} kan inte vara med i ${a.s.key} och ${b.s.key} samtidigt. / ${nameOf(a.id)} cannot take part in ${a.s.key} and ${b.s.key} at once.`,
        );
    }

  // One room (and its equipment) for the whole visit.
  const roomIds = new Set(plan.steps.map((s) => s.roomId));
  const equipmentIds = [...new Set(plan.steps.flatMap((s) => s.equipmentIds))];
  if (input.visitLocation !== 'clinic') {
    if (roomIds.size !== 1 || !roomIds.has(null) || equipmentIds.length > 0)
      problems.push('Besöket ska inte ha något rum. / The visit must not have a room.');
  } else {
    const room = input.rooms.find((r) => roomIds.has(r.id));
    if (roomIds.size !== 1 || !room) {
      problems.push('Besöket ska ha ett och samma rum. / The visit must have one and the same room.');
    } else {
      const equipment = equipmentIds.map((id) => input.equipment.find((q) => q.id === id));
      if (equipment.some((q) => !q)) problems.push('Okänd utrustning. / Unknown equipment.');
      const has = new Set([...room.features, ...equipment.flatMap((q) => q?.features ?? [])]);
      const lacking = requiredFeatures(input).filter((f) => !has.has(f));
      if (lacking.length > 0) {
        const name = listFeatures(lacking);
        problems.push(`${room.name} saknar ${name.sv}. / ${room.name} lacks ${name.en}.`);
      }
      if (!containsInterval(freeOf(input, room.id), plan.start, end))
        notFree(room.name, room.name, plan.start);
      for (const q of equipment)
        if (q && !containsInterval(freeOf(input, q.id), plan.start, end)) notFree(q.name, q.name, plan.start);
    }
  }

  // The patient, the time window and the horizon.
  const patientFree = input.free.get(input.patient.id);
  if (patientFree && !containsInterval(patientFree, plan.start, end))
    notFree('Patienten', 'The patient', plan.start);
  const window = windowOn(input, localDateOf(plan.start, tz));
  if (window && (plan.start < window.start || end > window.end)) {
    const w = input.patient.requirements.timeWindow!;
    problems.push(
      `Besöket ska ligga mellan ${w.from} och ${w.to}. / The visit must be between ${w.from} and ${w.to}.`,
    );
  }
  if (plan.start < input.horizon.start || plan.start < input.notBefore || end > input.horizon.end)
    problems.push('Tiden ligger utanför sökperioden. / The time is outside the search period.');

  return problems.length > 0 ? { ok: false, problems } : { ok: true };
}
