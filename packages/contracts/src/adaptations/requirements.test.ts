import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADAPTATION_CODES } from './codes.ts';
import { deriveSchedulingRequirements, FIRST_OF_DAY_WINDOW } from './requirements.ts';

describe('deriveSchedulingRequirements', () => {
  it('asks nothing of a booking when there are no adaptations', () => {
    expect(deriveSchedulingRequirements([])).toEqual({
      roomFeatures: [],
      minDurationMinutes: null,
      timeWindow: null,
      sameStaff: false,
      companion: { required: false, who: null },
      interpreter: null,
      signInterpreter: false,
      waitOutside: false,
    });
  });

  it('turns lifts, bench, scale, low stimulus and hearing loop into room features, sorted and once each', () => {
    const r = deriveSchedulingRequirements([
      { code: 'MOB-WIDE-BENCH' },
      { code: 'MOB-FLOOR-LIFT' },
      { code: 'ENV-LOW-STIMULUS' },
      { code: 'MOB-CEILING-LIFT' },
      { code: 'MOB-WHEELCHAIR-SCALE' },
      { code: 'COM-HEARING-LOOP' },
      { code: 'MOB-FLOOR-LIFT' },
      { code: 'COM-YES-NO' },
    ]);
    expect(r.roomFeatures).toEqual([
      'ceiling_lift',
      'floor_lift',
      'hearing_loop',
      'low_stimulus',
      'wheelchair_scale',
      'wide_bench',
    ]);
  });

  it('takes the longest extended visit time', () => {
    const r = deriveSchedulingRequirements([
      { code: 'LEN-EXTENDED', params: { minutes: 45 } },
      { code: 'LEN-EXTENDED', params: { minutes: 90 } },
      { code: 'LEN-EXTENDED', params: { minutes: 60 } },
    ]);
    expect(r.minDurationMinutes).toBe(90);
    expect(
      deriveSchedulingRequirements([{ code: 'LEN-EXTENDED', params: {} }]).minDurationMinutes,
    ).toBeNull();
  });

  it('uses the first-of-day window alone, and intersects it with a time window', () => {
    expect(deriveSchedulingRequirements([{ code: 'ENV-FIRST-OF-DAY' }]).timeWindow).toEqual(
      FIRST_OF_DAY_WINDOW,
    );
    expect(
      deriveSchedulingRequirements([
        { code: 'ENV-TIME-WINDOW', params: { timeFrom: '09:00', timeTo: '12:00' } },
      ]).timeWindow,
    ).toEqual({ from: '09:00', to: '12:00' });
    const both = [
      { code: 'ENV-FIRST-OF-DAY' },
      { code: 'ENV-TIME-WINDOW', params: { timeFrom: '09:00', timeTo: '12:00' } },
    ];
    expect(deriveSchedulingRequirements(both).timeWindow).toEqual({ from: '09:00', to: '10:00' });
    expect(deriveSchedulingRequirements([...both].reverse()).timeWindow).toEqual({
      from: '09:00',
      to: '10:00',
    });
  });

  it('leaves contradicting windows empty (from ≥ to), for the scheduler to report, never widened', () => {
    const w = deriveSchedulingRequirements([
      { code: 'ENV-FIRST-OF-DAY' },
      { code: 'ENV-TIME-WINDOW', params: { timeFrom: '13:00', timeTo: '15:00' } },
    ]).timeWindow!;
    expect(w.from >= w.to).toBe(true);
  });

  it('names the companion, the interpreter’s language, sign interpreter, same staff and waiting outside', () => {
    const r = deriveSchedulingRequirements([
      { code: 'CMP-REQUIRED', params: { who: 'personal_assistant' } },
      { code: 'COM-INTERPRETER', params: { language: 'arabiska' } },
      { code: 'COM-SIGN-INTERPRETER' },
      { code: 'ENV-SAME-STAFF' },
      { code: 'ENV-WAIT-OUTSIDE' },
    ]);
    expect(r.companion).toEqual({ required: true, who: 'personal_assistant' });
    expect(r.interpreter).toEqual({ language: 'arabiska' });
    expect(r.signInterpreter).toBe(true);
    expect(r.sameStaff).toBe(true);
    expect(r.waitOutside).toBe(true);
    expect(deriveSchedulingRequirements([{ code: 'CMP-REQUIRED' }]).companion).toEqual({
      required: true,
      who: null,
    });
  });

  it('never throws, and every window it gives lies inside every window asked for', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const item = fc.oneof(
      fc.constantFrom(...ADAPTATION_CODES.map((c) => ({ code: c.code }))),
      fc.record({
        code: fc.constant('LEN-EXTENDED'),
        params: fc.record({ minutes: fc.integer({ min: 15, max: 240 }) }),
      }),
      fc.tuple(time, time).map(([a, b]) => {
        const [timeFrom, timeTo] = [a, b].sort() as [string, string];
        return { code: 'ENV-TIME-WINDOW', params: { timeFrom, timeTo } };
      }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const r = deriveSchedulingRequirements(items);
        const minutes = items.flatMap((i) =>
          'params' in i && 'minutes' in i.params ? [i.params.minutes] : [],
        );
        expect(r.minDurationMinutes).toBe(minutes.length ? Math.max(...minutes) : null);
        for (const i of items) {
          const asked =
            i.code === 'ENV-FIRST-OF-DAY'
              ? FIRST_OF_DAY_WINDOW
              : 'params' in i && 'timeFrom' in i.params
                ? { from: i.params.timeFrom, to: i.params.timeTo }
                : null;
          if (asked) {
            expect(r.timeWindow!.from >= asked.from).toBe(true);
            expect(r.timeWindow!.to <= asked.to).toBe(true);
          }
        }
      }),
    );
  });
});
