// verifyProposal: may this plan be booked? The same rules as the search (visit-rules.ts), checked on a
// given plan instead of searched for, so a slot that was shown is a slot that can be booked — and a
// plan that was changed, or whose time was taken meanwhile, is refused with every reason.
import { containsInterval, localDateOf } from './calendar.ts';
import { localAt, type Message } from './labels.ts';
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
  const problems: Message[] = [];
  const tz = input.timeZone;
  const shape = shapeVisit(input.steps, input.patient.requirements.minDurationMinutes);
  if (shape.problems.length > 0) return { ok: false, problems: shape.problems };

  const byKey = new Map<string, PlanStep>();
  for (const s of plan.steps) {
    if (byKey.has(s.key) || !input.steps.some((v) => v.key === s.key))
      problems.push({ code: 'plan_step_not_in_visit', params: { step: s.key } });
    byKey.set(s.key, s);
  }
  for (const v of input.steps)
    if (!byKey.has(v.key)) problems.push({ code: 'plan_step_missing', params: { step: v.key } });
  if (problems.length > 0) return { ok: false, problems };

  const end = Math.max(...plan.steps.map((s) => s.end));
  const nameOf = (id: string) =>
    input.staff.find((s) => s.id === id)?.name ?? input.externals.find((x) => x.id === id)?.name ?? id;
  /** `who` null: the patient. */
  const notFree = (who: string | null, at: number) => {
    problems.push({ code: 'plan_not_free', params: { who, ...localAt(at, tz) } });
  };

  // Steps: durations, relations, performers and their free time.
  for (const st of shape.order) {
    const key = st.step.key;
    const p = byKey.get(key)!;
    if (p.end - p.start !== st.durationMs) {
      const min = st.durationMs / 60_000;
      problems.push({ code: 'plan_step_length', params: { step: key, minutes: min } });
    }
    const r = st.step.relation;
    const ref = r.kind === 'start' ? null : byKey.get(r.step)!;
    if (r.kind === 'start' && p.start !== plan.start)
      problems.push({ code: 'plan_step_start_with_visit', params: { step: key } });
    if (r.kind === 'parallel' && p.start !== ref!.start)
      problems.push({ code: 'plan_step_start_with', params: { step: key, other: r.step } });
    if (r.kind === 'after') {
      const gap = p.start - ref!.end;
      if (gap < 0 || gap > st.maxGapMs)
        problems.push({
          code: 'plan_step_start_after',
          params: { step: key, other: r.step, maxGap: r.maxGapMinutes },
        });
    }
    const performer = st.step.performer;
    const allowed = performerCandidates(input, st.step);
    const id = performer.kind === 'external' ? p.externalId : p.staffId;
    const other = performer.kind === 'external' ? p.staffId : p.externalId;
    if (performer.kind === 'none' ? p.staffId !== null || p.externalId !== null : other !== null)
      problems.push({ code: 'plan_step_wrong_performer_kind', params: { step: key } });
    if (performer.kind === 'none') continue;
    if (!id || !allowed.some((c) => c.id === id)) {
      problems.push({
        code: 'plan_step_performer_not_allowed',
        params: { step: key, who: id ? nameOf(id) : null },
      });
      continue;
    }
    if (!containsInterval(freeOf(input, id), p.start, p.end)) notFree(nameOf(id), p.start);
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
        problems.push({ code: 'plan_person_twice', params: { who: nameOf(a.id), a: a.s.key, b: b.s.key } });
    }

  // One room (and its equipment) for the whole visit.
  const roomIds = new Set(plan.steps.map((s) => s.roomId));
  const equipmentIds = [...new Set(plan.steps.flatMap((s) => s.equipmentIds))];
  if (input.visitLocation !== 'clinic') {
    if (roomIds.size !== 1 || !roomIds.has(null) || equipmentIds.length > 0)
      problems.push({ code: 'plan_no_room_expected', params: {} });
  } else {
    const room = input.rooms.find((r) => roomIds.has(r.id));
    if (roomIds.size !== 1 || !room) {
      problems.push({ code: 'plan_one_room', params: {} });
    } else {
      const equipment = equipmentIds.map((id) => input.equipment.find((q) => q.id === id));
      if (equipment.some((q) => !q)) problems.push({ code: 'plan_unknown_equipment', params: {} });
      const has = new Set([...room.features, ...equipment.flatMap((q) => q?.features ?? [])]);
      const lacking = requiredFeatures(input).filter((f) => !has.has(f));
      if (lacking.length > 0)
        problems.push({ code: 'plan_room_lacks', params: { room: room.name, features: lacking } });
      if (!containsInterval(freeOf(input, room.id), plan.start, end)) notFree(room.name, plan.start);
      for (const q of equipment)
        if (q && !containsInterval(freeOf(input, q.id), plan.start, end)) notFree(q.name, plan.start);
    }
  }

  // The patient, the time window and the horizon.
  const patientFree = input.free.get(input.patient.id);
  if (patientFree && !containsInterval(patientFree, plan.start, end)) notFree(null, plan.start);
  const window = windowOn(input, localDateOf(plan.start, tz));
  if (window && (plan.start < window.start || end > window.end)) {
    const w = input.patient.requirements.timeWindow!;
    problems.push({ code: 'plan_outside_window', params: { from: w.from, to: w.to } });
  }
  if (plan.start < input.horizon.start || plan.start < input.notBefore || end > input.horizon.end)
    problems.push({ code: 'plan_outside_period', params: {} });

  return problems.length > 0 ? { ok: false, problems } : { ok: true };
}
