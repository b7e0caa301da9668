// Property tests: random small units (calendars, allocations, absences, closed days, the patient's own
// bookings) and random visit types. Free time is built from the raw data; the checks below go back to
// the raw data, not to the free lists the search used.

import { TZDate } from '@date-fns/tz';
import type { Feature, VisitStep, WorkingHours } from '@lotsa/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, localDateOf } from './calendar.ts';
import { searchSlotsNaive } from './naive.ts';
import { feasibleStarts, searchSlots, searchSlotsFullScan } from './search.ts';
import type { PlannedVisit, SearchInput } from './search.types.ts';
import { at, buildInput, step, TZ, type World } from './test-fixtures.ts';
import { verifyProposal } from './verify.ts';

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const arbBusy = (days: number) =>
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: days - 1 }),
        fc.integer({ min: 84, max: 200 }),
        fc.integer({ min: 1, max: 24 }),
      ),
      { maxLength: 4 },
    )
    .map((xs) =>
      xs.map(
        ([d, s, l]) =>
          [d, time(s * 5), time(Math.min(s * 5 + l * 5, 23 * 60 + 55))] as [number, string, string],
      ),
    );

const arbHours = fc
  .tuple(fc.integer({ min: 7, max: 10 }), fc.integer({ min: 12, max: 17 }), fc.boolean())
  .map(([from, to, weekend]) =>
    [1, 2, 3, 4, 5, ...(weekend ? [6, 7] : [])].map((weekday) => ({
      weekday,
      from: time(from * 60),
      to: time(to * 60),
      validFrom: '2026-01-01',
      validTo: null,
    })),
  );

const arbFeatures = fc.subarray<Feature>(['floor_lift', 'wide_bench']);

const arbResource = (days: number) =>
  fc.record({
    hours: arbHours,
    busy: arbBusy(days),
    absentDay: fc.option(fc.integer({ min: 0, max: days - 1 }), { freq: 3 }),
  });

interface RawResource {
  hours: WorkingHours[];
  busy: Array<[number, string, string]>;
  absentDay: number | null;
}

const TEMPLATES: Array<(gap: number) => VisitStep[]> = [
  () => [step('nurse', 30, { kind: 'fixed', role: 'nurse' })],
  (gap) => [
    step('nurse', 30, { kind: 'fixed', role: 'nurse' }),
    step(
      'doctor',
      20,
      { kind: 'fixed', role: 'doctor' },
      { kind: 'after', step: 'nurse', maxGapMinutes: gap },
    ),
  ],
  () => [
    step('nurse', 30, { kind: 'pool', profession: 'nurse' }),
    step('lab', 15, { kind: 'pool', profession: 'nurse' }, { kind: 'parallel', step: 'nurse' }),
  ],
  (gap) => [
    step('nurse', 15, { kind: 'fixed', role: 'nurse' }),
    step('wait', 10, { kind: 'none' }, { kind: 'after', step: 'nurse', maxGapMinutes: 0 }),
    step(
      'doctor',
      15,
      { kind: 'pool', profession: 'doctor' },
      { kind: 'after', step: 'wait', maxGapMinutes: gap },
      ['wide_bench'],
    ),
  ],
];

interface Scenario {
  world: World;
  input: SearchInput;
}

const arbScenarioOf = (maxDays: number): fc.Arbitrary<Scenario> =>
  fc
    .record({
      fromDate: fc.constantFrom('2026-03-02', '2026-03-26', '2026-10-23'),
      days: fc.integer({ min: 1, max: maxDays }),
    })
    .chain(({ fromDate, days }) =>
      fc
        .record({
          staff: fc.array(arbResource(days), { minLength: 4, maxLength: 4 }),
          rooms: fc.array(fc.record({ r: arbResource(days), features: arbFeatures }), {
            minLength: 1,
            maxLength: 3,
          }),
          equipment: fc.array(
            fc.record({ r: arbResource(days), features: fc.constant<Feature[]>(['floor_lift']) }),
            { maxLength: 1 },
          ),
          closed: fc.subarray([...Array(days).keys()]),
          patientBusy: arbBusy(days),
          template: fc.integer({ min: 0, max: TEMPLATES.length - 1 }),
          gap: fc.constantFrom(0, 5, 15),
          roomFeatures: arbFeatures,
          minDuration: fc.constantFrom(null, 60, 75),
          window: fc.option(fc.constant({ from: '09:00', to: '13:00' })),
          sameStaff: fc.boolean(),
          relax: fc.subarray<'staff' | 'time_window'>(['staff', 'time_window']),
          location: fc.constantFrom<'clinic' | 'home'>('clinic', 'clinic', 'home'),
          grid: fc.constantFrom(15, 30),
        })
        .map((g): Scenario => {
          const date = (d: number) => addDaysToDate(fromDate, d);
          const res = (id: string, r: RawResource) => ({
            id,
            hours: r.hours,
            busy: r.busy.map(
              ([d, f, t]: [number, string, string]) => [date(d), f, t] as [string, string, string],
            ),
            absences:
              r.absentDay === null ? [] : [{ fromDate: date(r.absentDay), toDate: date(r.absentDay) }],
          });
          const world: World = {
            fromDate,
            days,
            closedDates: new Set(g.closed.map(date)),
            staff: [
              { ...res('n1', g.staff[0]!), profession: 'nurse' },
              { ...res('n2', g.staff[1]!), profession: 'nurse' },
              { ...res('d1', g.staff[2]!), profession: 'doctor' },
              { ...res('d2', g.staff[3]!), profession: 'doctor' },
            ],
            rooms: g.rooms.map((x, i) => ({ ...res(`r${i}`, x.r), features: x.features })),
            equipment: g.equipment.map((x, i) => ({ ...res(`e${i}`, x.r), features: x.features })),
            patientBusy: g.patientBusy.map(([d, f, t]) => [date(d), f, t]),
            steps: TEMPLATES[g.template]!(g.gap),
            requirements: {
              roomFeatures: g.roomFeatures,
              minDurationMinutes: g.minDuration,
              timeWindow: g.window,
              sameStaff: g.sameStaff,
            },
            fixed: { nurse: { staffId: 'n1', standInId: 'n2' }, doctor: { staffId: 'd1', standInId: null } },
            visitLocation: g.location,
            relax: g.relax,
            limit: 6,
          };
          return { world, input: { ...buildInput(world), gridMinutes: g.grid } };
        }),
    );

const arbScenario = arbScenarioOf(3);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Everything in the raw world that forbids this resource at this time. */
function clashes(w: World, id: string, span: { start: number; end: number }): boolean {
  if (id === 'patient')
    return (w.patientBusy ?? []).some(([d, f, t]) => overlaps(span, { start: at(d, f), end: at(d, t) }));
  const r = [...w.staff, ...w.rooms, ...(w.equipment ?? []), ...(w.externals ?? [])].find(
    (x) => x.id === id,
  )!;
  if ((r.busy ?? []).some(([d, f, t]) => overlaps(span, { start: at(d, f), end: at(d, t) }))) return true;
  const dates = [localDateOf(span.start, TZ), localDateOf(span.end - 1, TZ)];
  return dates.some(
    (d) => w.closedDates?.has(d) || (r.absences ?? []).some((a) => a.fromDate <= d && d <= a.toDate),
  );
}

/** Every (resource, span) a plan occupies. */
function occupied(p: Pick<PlannedVisit, 'start' | 'steps'>) {
  const end = Math.max(...p.steps.map((s) => s.end));
  const out: Array<{ id: string; start: number; end: number }> = [{ id: 'patient', start: p.start, end }];
  for (const s of p.steps) {
    if (s.staffId) out.push({ id: s.staffId, start: s.start, end: s.end });
    if (s.externalId) out.push({ id: s.externalId, start: s.start, end: s.end });
  }
  const first = p.steps[0]!;
  if (first.roomId) out.push({ id: first.roomId, start: p.start, end });
  for (const e of first.equipmentIds) out.push({ id: e, start: p.start, end });
  return out;
}

const RUNS = { numRuns: 120 };

describe('searchSlots properties', () => {
  it('every proposal verifies, avoids every allocation, absence, closed day and patient booking, and keeps step order', () => {
    fc.assert(
      fc.property(arbScenario, ({ world, input }) => {
        const out = searchSlots(input);
        for (const p of out.proposals) {
          expect(verifyProposal(input, p)).toEqual({ ok: true });
          for (const o of occupied(p)) expect(clashes(world, o.id, o)).toBe(false);
          const byKey = new Map(p.steps.map((s) => [s.key, s]));
          for (const v of input.steps) {
            const s = byKey.get(v.key)!;
            const r = v.relation;
            if (r.kind === 'start') expect(s.start).toBe(p.start);
            if (r.kind === 'parallel') expect(s.start).toBe(byKey.get(r.step)!.start);
            if (r.kind === 'after') {
              const gap = s.start - byKey.get(r.step)!.end;
              expect(gap).toBeGreaterThanOrEqual(0);
              expect(gap).toBeLessThanOrEqual(r.maxGapMinutes * 60_000);
              expect(gap % 300_000).toBe(0);
            }
            expect(s.end - s.start).toBeGreaterThanOrEqual(v.durationMinutes * 60_000);
          }
          expect(p.end - p.start).toBeGreaterThanOrEqual(
            (input.patient.requirements.minDurationMinutes ?? 0) * 60_000,
          );
        }
        if (out.proposals.length === 0) expect(out.explanation!.reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('finds exactly the starts the naive minute-by-minute baseline finds', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        const fast = feasibleStarts(input);
        expect(fast).toEqual(searchSlotsNaive(input));
        if (fast.length > 0) nonEmpty++;
      }),
      RUNS,
    );
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('verify refuses a proposal shifted by 5 minutes into a busy interval', () => {
    let refused = 0;
    const shift = (p: PlannedVisit, minutes: number) => ({
      start: p.start + minutes * 60_000,
      steps: p.steps.map((s) => ({ ...s, start: s.start + minutes * 60_000, end: s.end + minutes * 60_000 })),
    });
    fc.assert(
      fc.property(arbScenario, ({ world, input }) => {
        for (const p of searchSlots(input).proposals)
          for (const shifted of [shift(p, -5), shift(p, 5)])
            if (occupied(shifted).some((o) => clashes(world, o.id, o))) {
              expect(verifyProposal(input, shifted).ok).toBe(false);
              refused++;
            }
        // A booking that starts exactly where the proposal's first performer finishes: the proposal still
        // verifies (half-open intervals), the proposal 5 minutes later does not.
        const p = searchSlots(input).proposals.find((x) => x.steps[0]!.staffId);
        if (!p) return;
        const first = p.steps[0]!;
        const clock = (t: number) => {
          const d = new TZDate(t, TZ);
          return time(d.getHours() * 60 + d.getMinutes());
        };
        const date = localDateOf(first.end, TZ);
        if (localDateOf(first.end + 60 * 60_000, TZ) !== date) return;
        const staff = world.staff.map((s) =>
          s.id === first.staffId
            ? {
                ...s,
                busy: [
                  ...(s.busy ?? []),
                  [date, clock(first.end), clock(first.end + 60 * 60_000)] as [string, string, string],
                ],
              }
            : s,
        );
        const tighter = { ...buildInput({ ...world, staff }), gridMinutes: input.gridMinutes };
        const later = shift(p, 5);
        const sameStaffLater = later.steps.every((s, i) => s.staffId !== first.staffId || i === 0);
        if (!sameStaffLater) return;
        expect(verifyProposal(tighter, later).ok).toBe(false);
        refused++;
      }),
      RUNS,
    );
    expect(refused).toBeGreaterThan(15);
  });

  // searchSlots stops at the first day no later visit can beat and skips starts that cannot rank (branch
  // and bound); searchSlotsFullScan places and scores every start. They must agree on everything.
  it('the bounded search returns exactly the full scan’s top `limit` (and the same explanation)', () => {
    let pruned = 0;
    fc.assert(
      fc.property(arbScenarioOf(3), fc.integer({ min: 0, max: 8 }), ({ input }, limit) => {
        const x = { ...input, limit };
        const full = searchSlotsFullScan(x);
        expect(searchSlots(x)).toEqual(full);
        if (full.proposals.length === limit && feasibleStarts(x).length > limit) pruned++;
      }),
      RUNS,
    );
    expect(pruned).toBeGreaterThan(5);
  });

  it('agrees with the full scan over longer horizons, where whole days are cut off', () => {
    fc.assert(
      fc.property(arbScenarioOf(12), fc.integer({ min: 1, max: 4 }), ({ input }, limit) => {
        const x = { ...input, limit };
        expect(searchSlots(x)).toEqual(searchSlotsFullScan(x));
      }),
      { numRuns: 150 },
    );
  });
});
