import { TZDate } from '@date-fns/tz';
import { type Message, renderAnyMessage } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { feasibleStarts, SCORE, searchSlots, searchSlotsFullScan } from './search.ts';
import { at, buildInput, step, TZ, teamVisitWorld, type World } from './test-fixtures.ts';
import { verifyProposal } from './verify.ts';

const MON = '2026-03-02';
/** A message in both languages, "svenska / English", as the texts were written before they had codes. */
const both = (m: Message) =>
  `${renderAnyMessage('sv', m.code, m.params)} / ${renderAnyMessage('en', m.code, m.params)}`;
const reasonsOf = (out: ReturnType<typeof searchSlots>) => out.explanation!.reasons.map(both);
const localTime = (t: number) => {
  const d = new TZDate(t, TZ);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};
const localDate = (t: number) => new TZDate(t, TZ).toISOString().slice(0, 10);

const nurseStep = step('nurse', 30, { kind: 'fixed', role: 'nurse' });
const doctorAfter = (maxGapMinutes = 15) =>
  step('doctor', 30, { kind: 'fixed', role: 'doctor' }, { kind: 'after', step: 'nurse', maxGapMinutes });

function world(over: Partial<World> = {}): World {
  return {
    fromDate: MON,
    days: 5,
    staff: [
      { id: 'n1', profession: 'nurse' },
      { id: 'n2', profession: 'nurse' },
      { id: 'n3', profession: 'nurse' },
      { id: 'd1', profession: 'doctor' },
      { id: 'd2', profession: 'doctor' },
    ],
    rooms: [
      { id: 'r-small', features: [] },
      { id: 'r-lift', features: ['floor_lift'] },
      { id: 'r-big', features: ['floor_lift', 'wide_bench', 'hearing_loop'] },
    ],
    equipment: [{ id: 'e-lift', features: ['floor_lift'] }],
    steps: [nurseStep],
    fixed: { nurse: { staffId: 'n1', standInId: 'n2' }, doctor: { staffId: 'd1', standInId: null } },
    ...over,
  };
}
const allWeek = (): Array<[string, string, string]> =>
  ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((d) => [d, '00:00', '23:59']);
const absentAllWeek = [{ fromDate: MON, toDate: '2026-03-08' }];

function expectAllVerify(input: ReturnType<typeof buildInput>) {
  const out = searchSlots(input);
  for (const p of out.proposals) expect(verifyProposal(input, p)).toEqual({ ok: true });
  return out;
}

describe('searchSlots: rooms and equipment', () => {
  const lift = { requirements: { roomFeatures: ['floor_lift' as const] } };

  it('puts a floor-lift patient in the smallest room with a lift, without moving equipment', () => {
    const out = expectAllVerify(buildInput(world(lift)));
    expect(out.proposals[0]!.steps[0]!.roomId).toBe('r-lift');
    expect(out.proposals[0]!.steps[0]!.equipmentIds).toEqual([]);
    expect(out.proposals[0]!.reasons).toContain('minsta rum som räcker');
  });

  it('brings the mobile floor lift to another room when the lift rooms are taken', () => {
    const input = buildInput(
      world({
        ...lift,
        rooms: [
          { id: 'r-small', features: [] },
          { id: 'r-lift', features: ['floor_lift'], busy: allWeek() },
        ],
      }),
    );
    const out = expectAllVerify(input);
    expect(out.proposals.length).toBeGreaterThan(0);
    for (const p of out.proposals)
      for (const s of p.steps) {
        expect(s.roomId).toBe('r-small');
        expect(s.equipmentIds).toEqual(['e-lift']);
      }
  });

  it('explains when no room with a lift is free and suggests arranging the lift another way', () => {
    const input = buildInput(
      world({
        ...lift,
        rooms: [
          { id: 'r-small', features: [] },
          { id: 'r-lift', features: ['floor_lift'], busy: allWeek() },
        ],
        equipment: [{ id: 'e-lift', features: ['floor_lift'], busy: allWeek() }],
      }),
    );
    const out = searchSlots(input);
    expect(out.proposals).toEqual([]);
    expect(reasonsOf(out)).toContain(
      'Inget rum med golvlyft är ledigt när personalen kan före 7 mars. / No room with a floor lift is free when the staff can before 7 March.',
    );
    const s = out.explanation!.suggestions.find((x) => x.relax === 'equipment')!;
    expect(s.firstStart).toBe(at(MON, '08:00'));
    expect(both(s.message)).toContain('2 mars kl. 08:00');
  });

  it('says plainly when nothing in the unit has the feature', () => {
    const input = buildInput(world({ requirements: { roomFeatures: ['ceiling_lift'] } }));
    const out = searchSlots(input);
    expect(out.proposals).toEqual([]);
    expect(reasonsOf(out)).toContain(
      'Det finns inget rum och ingen utrustning med taklyft på enheten. / There is no room or equipment with a ceiling lift in the unit.',
    );
  });

  it('needs no room for a home visit, even in a unit without rooms', () => {
    const input = buildInput(world({ visitLocation: 'home', rooms: [], equipment: [] }));
    const out = expectAllVerify(input);
    expect(out.proposals.length).toBeGreaterThan(0);
    expect(out.proposals[0]!.steps[0]).toMatchObject({ roomId: null, equipmentIds: [] });
  });
});

describe('searchSlots: time', () => {
  it('keeps the visit inside the time window', () => {
    const input = buildInput(
      world({
        steps: [nurseStep, doctorAfter()],
        requirements: { timeWindow: { from: '08:00', to: '10:00' } },
      }),
    );
    const starts = feasibleStarts(input);
    expect(starts.map(localTime).filter((t, i, a) => a.indexOf(t) === i)).toEqual([
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
    ]);
    expectAllVerify(input);
  });

  it('suggests any time of day when the window is full', () => {
    const busy = allWeek().map(([d]) => [d, '08:00', '10:00'] as [string, string, string]);
    const input = buildInput(
      world({
        staff: [{ id: 'n1', profession: 'nurse', busy }],
        requirements: { timeWindow: { from: '08:00', to: '10:00' } },
      }),
    );
    const out = searchSlots(input);
    expect(out.proposals).toEqual([]);
    const s = out.explanation!.suggestions.find((x) => x.relax === 'time_window')!;
    expect(s.firstStart).toBe(at(MON, '10:00'));
    const relaxed = searchSlots({ ...input, relax: new Set(['time_window']) });
    expect(relaxed.proposals.length).toBeGreaterThan(0);
  });

  it('extends every step when the patient needs a longer visit (rounded up to 5 minutes)', () => {
    const steps = [
      step('nurse', 20, { kind: 'pool', profession: 'nurse' }),
      step(
        'doctor',
        25,
        { kind: 'pool', profession: 'doctor' },
        { kind: 'after', step: 'nurse', maxGapMinutes: 0 },
      ),
    ];
    const out = expectAllVerify(buildInput(world({ steps, requirements: { minDurationMinutes: 60 } })));
    expect(out.durationMinutes).toBe(65);
    const p = out.proposals[0]!;
    expect(p.steps.map((s) => (s.end - s.start) / 60_000)).toEqual([30, 35]);
    expect(buildInput(world({ steps })).steps).toBe(steps);
    expect(searchSlots(buildInput(world({ steps }))).durationMinutes).toBe(45);
  });

  it('starts on the grid at or after notBefore', () => {
    const input = buildInput(world({ notBefore: at('2026-03-04', '10:07') }));
    const out = expectAllVerify(input);
    expect(Math.min(...feasibleStarts(input))).toBe(at('2026-03-04', '10:15'));
    expect(out.proposals.every((p) => p.start >= at('2026-03-04', '10:15'))).toBe(true);
  });

  it('keeps the visit away from the patient’s own bookings', () => {
    const input = buildInput(world({ patientBusy: [[MON, '07:00', '12:10']] }));
    const starts = feasibleStarts(input).filter((t) => localDate(t) === MON);
    expect(starts[0]).toBe(at(MON, '12:15'));
  });

  it('uses the local clock across the spring DST change', () => {
    const input = buildInput(world({ fromDate: '2026-03-26', days: 6, limit: 20 }));
    const starts = feasibleStarts(input);
    const firstPerDay = new Map<string, string>();
    for (const t of starts) if (!firstPerDay.has(localDate(t))) firstPerDay.set(localDate(t), localTime(t));
    expect([...firstPerDay]).toEqual([
      ['2026-03-26', '08:00'],
      ['2026-03-27', '08:00'],
      ['2026-03-30', '08:00'],
      ['2026-03-31', '08:00'],
    ]);
    expect(starts.at(-1)).toBe(at('2026-03-31', '15:30'));
  });
});

describe('searchSlots: people', () => {
  it('prefers the fixed nurse', () => {
    const out = expectAllVerify(buildInput(world()));
    expect(out.proposals[0]!.steps[0]!.staffId).toBe('n1');
    expect(out.proposals[0]!.reasons).toContain('fast sjuksköterska');
  });

  it('takes the stand-in when the fixed nurse is away', () => {
    const input = buildInput(
      world({
        staff: [
          { id: 'n1', profession: 'nurse', absences: absentAllWeek },
          { id: 'n2', profession: 'nurse' },
          { id: 'n3', profession: 'nurse' },
        ],
      }),
    );
    const out = expectAllVerify(input);
    expect(out.proposals[0]!.steps[0]!.staffId).toBe('n2');
    expect(out.proposals[0]!.reasons).toContain('ersättare för fast sjuksköterska');
  });

  it('with sameStaff offers nobody else, and explains that other staff would do', () => {
    const staff: World['staff'] = [
      { id: 'n1', profession: 'nurse', absences: absentAllWeek },
      { id: 'n2', profession: 'nurse', absences: absentAllWeek },
      { id: 'n3', profession: 'nurse' },
    ];
    const input = buildInput(world({ staff, requirements: { sameStaff: true } }));
    const out = searchSlots(input);
    expect(out.proposals).toEqual([]);
    expect(reasonsOf(out)[0]).toMatch(/^De fasta kontakterna kan inte före 7 mars\. \/ /);
    expect(out.explanation!.suggestions[0]).toMatchObject({ relax: 'staff', firstStart: at(MON, '08:00') });
    const relaxed = expectAllVerify({ ...input, relax: new Set(['staff']) });
    expect(relaxed.proposals[0]!.steps[0]!.staffId).toBe('n3');
    const without = expectAllVerify(buildInput(world({ staff })));
    expect(without.proposals[0]!.steps[0]!.staffId).toBe('n3');
  });

  it('puts the patient’s own nurse first in a pool step', () => {
    const steps = [step('nurse', 30, { kind: 'pool', profession: 'nurse' })];
    const out = searchSlots(
      buildInput(world({ steps, fixed: { nurse: { staffId: 'n3', standInId: null } } })),
    );
    expect(out.proposals[0]!.steps[0]!.staffId).toBe('n3');
  });

  it('says when no staff of a profession exists', () => {
    const steps = [step('ot', 30, { kind: 'pool', profession: 'ot' })];
    const out = searchSlots(buildInput(world({ steps })));
    expect(reasonsOf(out)).toContain(
      'Det finns ingen arbetsterapeut på enheten för steget ”ot”. / There is no occupational therapist in the unit for the step “ot”.',
    );
  });

  it('lets an `after` step wait up to its gap, 5 minutes at a time', () => {
    const staff: World['staff'] = [
      { id: 'n1', profession: 'nurse' },
      { id: 'd1', profession: 'doctor', busy: [[MON, '08:30', '08:40']] },
    ];
    const input = buildInput(world({ staff, steps: [nurseStep, doctorAfter(15)] }));
    const first = expectAllVerify(input).proposals.find((p) => p.start === at(MON, '08:00'))!;
    expect(first.steps.map((s) => [s.key, localTime(s.start), localTime(s.end)])).toEqual([
      ['nurse', '08:00', '08:30'],
      ['doctor', '08:40', '09:10'],
    ]);
    expect(first.reasons).toContain('väntan 10 min');
    const patientLater = buildInput(
      world({ staff, steps: [nurseStep, doctorAfter(15)], patientBusy: [[MON, '09:05', '09:30']] }),
    );
    expect(feasibleStarts(patientLater).filter((t) => t < at(MON, '09:30'))).toEqual([]);
    const tight = buildInput(world({ staff, steps: [nurseStep, doctorAfter(5)] }));
    expect(feasibleStarts(tight)[0]).toBe(at(MON, '08:15'));
  });

  it('runs parallel steps together with two different people', () => {
    const steps = [
      step('nurse', 30, { kind: 'pool', profession: 'nurse' }),
      step('lab', 15, { kind: 'pool', profession: 'nurse' }, { kind: 'parallel', step: 'nurse' }),
    ];
    const out = expectAllVerify(buildInput(world({ steps })));
    const [a, b] = out.proposals[0]!.steps;
    expect(a!.start).toBe(b!.start);
    expect(a!.staffId).not.toBe(b!.staffId);
    const alone = buildInput(world({ steps, staff: [{ id: 'n1', profession: 'nurse' }] }));
    expect(feasibleStarts(alone)).toEqual([]);
  });

  it('requires an external participant to be free', () => {
    const steps = [
      nurseStep,
      step('muni', 30, { kind: 'external', externalId: 'x1' }, { kind: 'parallel', step: 'nurse' }),
    ];
    const input = buildInput(
      world({
        steps,
        externals: [
          {
            id: 'x1',
            hours: [{ weekday: 3, from: '13:00', to: '14:00', validFrom: '2026-01-01', validTo: null }],
          },
        ],
      }),
    );
    const starts = feasibleStarts(input);
    expect(starts).toEqual([at('2026-03-04', '13:00'), at('2026-03-04', '13:15'), at('2026-03-04', '13:30')]);
    expectAllVerify(input);
  });
});

describe('searchSlots: ranking', () => {
  it('returns at most two per day, best first, ties by earlier start, up to the limit', () => {
    const out = searchSlots(buildInput(world({ limit: 6 })));
    expect(out.proposals).toHaveLength(6);
    const days = out.proposals.map((p) => localDate(p.start));
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBeLessThanOrEqual(2);
    for (let i = 1; i < out.proposals.length; i++) {
      const [a, b] = [out.proposals[i - 1]!, out.proposals[i]!];
      expect(a.score > b.score || (a.score === b.score && a.start < b.start)).toBe(true);
    }
    expect(out.proposals.map((p) => localTime(p.start))).toEqual([
      '08:00',
      '08:15',
      '08:00',
      '08:15',
      '08:00',
      '08:15',
    ]);
    expect(out.proposals[0]!.reasons).toContain('tidigast möjliga dag');
  });

  it('ranks a visit next to the staff member’s existing booking higher (compact day)', () => {
    const staff: World['staff'] = [{ id: 'n1', profession: 'nurse', busy: [[MON, '10:00', '11:00']] }];
    const out = searchSlots(buildInput(world({ staff, limit: 1 })));
    expect(out.proposals[0]!.reasons).toContain('samlad dag för personalen');
    expect([at(MON, '09:30'), at(MON, '11:00')]).toContain(out.proposals[0]!.start);
  });

  it('prefers the fixed contact a few days later over a pool nurse today', () => {
    const staff: World['staff'] = [
      { id: 'n1', profession: 'nurse', absences: [{ fromDate: MON, toDate: MON }] },
      { id: 'n3', profession: 'nurse' },
    ];
    const out = searchSlots(
      buildInput(world({ staff, fixed: { nurse: { staffId: 'n1', standInId: null } } })),
    );
    expect(out.proposals[0]!.steps[0]!.staffId).toBe('n1');
    expect(localDate(out.proposals[0]!.start)).toBe('2026-03-03');
  });

  it('suggests a longer horizon when the time is only free later', () => {
    const input = buildInput(
      world({ staff: [{ id: 'n1', profession: 'nurse', busy: allWeek() }], lookaheadDays: 14 }),
    );
    const out = searchSlots(input);
    expect(out.proposals).toEqual([]);
    expect(out.explanation!.suggestions).toEqual([
      expect.objectContaining({ relax: 'weeks', firstStart: at('2026-03-09', '08:00') }),
    ]);
  });
});

describe('verifyProposal', () => {
  const input = buildInput(
    world({
      steps: [nurseStep, doctorAfter(0)],
      staff: [
        { id: 'n1', profession: 'nurse', busy: [[MON, '08:30', '09:00']] },
        { id: 'd1', profession: 'doctor' },
        { id: 'd2', profession: 'doctor' },
      ],
      requirements: { roomFeatures: ['floor_lift'], timeWindow: { from: '08:00', to: '12:00' } },
    }),
  );
  const plan = {
    start: at(MON, '09:00'),
    steps: [
      {
        key: 'nurse',
        start: at(MON, '09:00'),
        end: at(MON, '09:30'),
        staffId: 'n1',
        externalId: null,
        roomId: 'r-lift',
        equipmentIds: [] as string[],
      },
      {
        key: 'doctor',
        start: at(MON, '09:30'),
        end: at(MON, '10:00'),
        staffId: 'd1',
        externalId: null,
        roomId: 'r-lift',
        equipmentIds: [] as string[],
      },
    ],
  };
  const shift = (p: typeof plan, minutes: number) => ({
    start: p.start + minutes * 60_000,
    steps: p.steps.map((s) => ({ ...s, start: s.start + minutes * 60_000, end: s.end + minutes * 60_000 })),
  });
  const problems = (p: typeof plan) => {
    const v = verifyProposal(input, p);
    return v.ok ? [] : v.problems.map(both);
  };

  it('accepts a valid plan', () => expect(verifyProposal(input, plan)).toEqual({ ok: true }));

  it('refuses the plan shifted 5 minutes into the nurse’s booking', () => {
    expect(problems(shift(plan, -5))).toEqual([
      'n1 är inte ledig 2 mars kl. 08:55. / n1 is not free on 2 March at 08:55.',
    ]);
  });

  it('refuses a wrong performer, a wrong length, a broken order, a room without the lift, a late end', () => {
    const s = plan.steps;
    expect(problems({ ...plan, steps: [{ ...s[0]!, staffId: 'd2' }, s[1]!] })[0]).toMatch(
      /d2 får inte utföra steget nurse/,
    );
    expect(problems({ ...plan, steps: [s[0]!, { ...s[1]!, end: s[1]!.end + 300_000 }] })[0]).toMatch(
      /ska vara 30 minuter/,
    );
    expect(
      problems({
        ...plan,
        steps: [s[0]!, { ...s[1]!, start: s[1]!.start + 300_000, end: s[1]!.end + 300_000 }],
      })[0],
    ).toMatch(/0–0 minuter efter nurse/);
    const small = plan.steps.map((x) => ({ ...x, roomId: 'r-small' }));
    expect(problems({ ...plan, steps: small })).toEqual([
      'r-small saknar golvlyft. / r-small lacks a floor lift.',
    ]);
    expect(problems({ ...plan, steps: small.map((x) => ({ ...x, equipmentIds: ['e-lift'] })) })).toEqual([]);
    expect(problems(shift(plan, 150))).toContain(
      'Besöket ska ligga mellan 08:00 och 12:00. / The visit must be between 08:00 and 12:00.',
    );
    expect(problems({ ...plan, steps: [s[0]!] })).toEqual([
      'Steget doctor saknas. / The step doctor is missing.',
    ]);
  });

  it('refuses one person in two overlapping steps', () => {
    const steps = [
      nurseStep,
      step('lab', 15, { kind: 'pool', profession: 'nurse' }, { kind: 'parallel', step: 'nurse' }),
    ];
    const i = buildInput(world({ steps }));
    const p = {
      start: at(MON, '08:00'),
      steps: ['nurse', 'lab'].map((key, k) => ({
        key,
        start: at(MON, '08:00'),
        end: at(MON, k === 0 ? '08:30' : '08:15'),
        staffId: 'n1',
        externalId: null,
        roomId: 'r-small',
        equipmentIds: [],
      })),
    };
    const v = verifyProposal(i, p);
    expect(v.ok ? [] : v.problems.map(both)).toEqual([
      'n1 kan inte vara med i nurse och lab samtidigt. / n1 cannot take part in nurse and lab at once.',
    ]);
  });
});

describe('searchSlots: branch and bound', () => {
  it('proposes the same as the full scan for the 8-week team visit, whatever the limit', () => {
    const input = buildInput(teamVisitWorld());
    for (const limit of [1, 3, 10, 25, 200]) {
      const x = { ...input, limit };
      const out = searchSlots(x);
      expect(out).toEqual(searchSlotsFullScan(x));
      expect(out.proposals).toHaveLength(Math.min(limit, 2 * 40));
      for (const p of out.proposals) expect(verifyProposal(x, p)).toEqual({ ok: true });
    }
  });

  it('relies on earliness never growing with the day (the bound across days depends on it)', () => {
    // Every day with the same calendar: the ranking is by day, so the first `limit / 2` days are chosen.
    const input = buildInput(world({ days: 14, limit: 4 }));
    const out = searchSlots(input);
    expect(out).toEqual(searchSlotsFullScan(input));
    expect(out.proposals.map((p) => localDate(p.start))).toEqual([
      '2026-03-02',
      '2026-03-02',
      '2026-03-03',
      '2026-03-03',
    ]);
    const [a, b] = [out.proposals[0]!, out.proposals[2]!];
    expect(a.score - b.score).toBeCloseTo(SCORE.earliness / 13, 2);
  });
});
