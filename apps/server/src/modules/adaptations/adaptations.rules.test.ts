import type { AdaptationItem } from '@lotsa/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToLocalDate,
  diffAdaptationItems,
  reviewDue,
  summariseVersions,
  toAdaptationProfile,
} from './adaptations.rules.ts';

const item = (code: string, note: string | null = null, params: AdaptationItem['params'] = {}) =>
  ({ code, note, params }) as AdaptationItem;

describe('diffAdaptationItems', () => {
  it('names added, removed and changed codes, each sorted', () => {
    const before = [
      item('MOB-FLOOR-LIFT'),
      item('COM-YES-NO', 'Tittar upp = ja'),
      item('LEN-EXTENDED', null, { minutes: 45 }),
      item('ENV-QUIET'),
    ];
    const after = [
      item('LEN-EXTENDED', null, { minutes: 60 }),
      item('COM-YES-NO', 'Blinkar = ja'),
      item('MOB-FLOOR-LIFT'),
      item('MOB-WIDE-BENCH'),
      item('CRT-ALLERGY', 'Latex'),
    ];
    expect(diffAdaptationItems(before, after)).toEqual({
      added: ['CRT-ALLERGY', 'MOB-WIDE-BENCH'],
      removed: ['ENV-QUIET'],
      changed: ['COM-YES-NO', 'LEN-EXTENDED'],
    });
  });

  it('does not count order, missing versus null parameters, or parameter order as a change', () => {
    const a = [item('ENV-TIME-WINDOW', null, { timeFrom: '09:00', timeTo: '12:00' }), item('ENV-QUIET')];
    const b = [
      item('ENV-QUIET', null, { minutes: null }),
      item('ENV-TIME-WINDOW', null, { timeTo: '12:00', timeFrom: '09:00', language: null }),
    ];
    expect(diffAdaptationItems(a, b)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('treats everything as added in the first version, and a diff with itself as empty', () => {
    const codes = fc.uniqueArray(fc.constantFrom<string>('A', 'B', 'C', 'D', 'E'), { maxLength: 5 });
    fc.assert(
      fc.property(codes, codes, (x, y) => {
        const before = x.map((c) => item(c));
        const after = y.map((c) => item(c, c === 'A' ? 'ny' : null));
        const d = diffAdaptationItems(before, after);
        expect(new Set([...d.added, ...d.removed, ...d.changed]).size).toBe(
          d.added.length + d.removed.length + d.changed.length,
        );
        expect(d.added.every((c) => y.includes(c) && !x.includes(c))).toBe(true);
        expect(d.removed.every((c) => x.includes(c) && !y.includes(c))).toBe(true);
        expect(diffAdaptationItems([], after).added).toEqual([...y].sort());
        expect(diffAdaptationItems(after, after)).toEqual({ added: [], removed: [], changed: [] });
      }),
    );
  });
});

describe('summariseVersions', () => {
  it('lists versions newest first, each compared with the one before it', () => {
    const v = (version: number, items: AdaptationItem[], by: string) => ({
      version,
      items,
      topThree: [],
      consentBy: 'patient',
      recordedAt: new Date(Date.UTC(2026, 0, version)),
      recordedByName: by,
    });
    const out = summariseVersions([
      v(2, [item('MOB-FLOOR-LIFT'), item('MOB-WIDE-BENCH')], 'Sanna'),
      v(1, [item('MOB-FLOOR-LIFT'), item('ENV-QUIET')], 'Elsa'),
      v(3, [item('MOB-FLOOR-LIFT', 'Två personal')], 'Per'),
    ]);
    expect(out.map((s) => s.version)).toEqual([3, 2, 1]);
    expect(out[2]).toMatchObject({ recordedBy: 'Elsa', added: ['ENV-QUIET', 'MOB-FLOOR-LIFT'], removed: [] });
    expect(out[1]).toMatchObject({ added: ['MOB-WIDE-BENCH'], removed: ['ENV-QUIET'], changed: [] });
    expect(out[0]).toMatchObject({ added: [], removed: ['MOB-WIDE-BENCH'], changed: ['MOB-FLOOR-LIFT'] });
    expect(out[0]!.recordedAt).toBe('2026-01-03T00:00:00.000Z');
  });
});

describe('review date', () => {
  it('is six months after the Swedish date the profile was recorded', () => {
    expect(reviewDue(new Date('2026-03-10T10:00:00Z'))).toBe('2026-09-10');
    // 23:30 UTC on 31 May is already 1 June in Sweden.
    expect(reviewDue(new Date('2026-05-31T23:30:00Z'))).toBe('2026-12-01');
    expect(reviewDue(new Date('2026-08-31T10:00:00Z'))).toBe('2027-02-28');
  });

  it('adds months to local dates across year ends and short months', () => {
    expect(addMonthsToLocalDate('2026-07-15', 6)).toBe('2027-01-15');
    expect(addMonthsToLocalDate('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonthsToLocalDate('2026-12-31', 2)).toBe('2027-02-28');
  });
});

describe('toAdaptationProfile', () => {
  it('answers version 0 and an empty profile before anything is recorded', () => {
    const p = toAdaptationProfile('00000000-0000-4000-8000-000000000001', null);
    expect(p).toMatchObject({
      version: 0,
      items: [],
      topThree: [],
      consentBy: 'not_recorded',
      recordedAt: null,
      recordedBy: null,
      reviewDue: null,
    });
    expect(p.requirements.roomFeatures).toEqual([]);
  });

  it('derives the scheduling requirements from the saved items', () => {
    const p = toAdaptationProfile('00000000-0000-4000-8000-000000000001', {
      version: 2,
      items: [item('MOB-FLOOR-LIFT'), item('LEN-EXTENDED', null, { minutes: 60 })],
      topThree: ['Jag behöver golvlyft.'],
      consentBy: 'patient',
      recordedAt: new Date('2026-02-01T09:00:00Z'),
      recordedByName: 'Sanna Sköterman',
    });
    expect(p.requirements).toMatchObject({ roomFeatures: ['floor_lift'], minDurationMinutes: 60 });
    expect(p).toMatchObject({ version: 2, recordedBy: 'Sanna Sköterman', reviewDue: '2026-08-01' });
  });
});
