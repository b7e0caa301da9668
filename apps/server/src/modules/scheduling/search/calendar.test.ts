import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsInterval,
  findNextFit,
  intersectIntervals,
  mergeIntervals,
  openIntervals,
  subtractIntervals,
} from './calendar.ts';
import type { Interval } from './search.types.ts';
import { at, TZ, weekdays } from './test-fixtures.ts';

const iv = (start: number, end: number): Interval => ({ start, end });
const H = 3_600_000;

/** Model: the set of unit points covered (intervals on small integers). */
const points = (list: readonly Interval[]) => {
  const s = new Set<number>();
  for (const i of list) for (let t = i.start; t < i.end; t++) s.add(t);
  return s;
};
const arbList = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 })), { maxLength: 8 })
  .map((xs) => xs.map(([s, l]) => iv(s, s + l)));
const isNormal = (list: readonly Interval[]) =>
  list.every((x, i) => x.start < x.end && (i === 0 || list[i - 1]!.end < x.start));

describe('interval arithmetic', () => {
  it('merges overlapping and touching intervals in any order', () => {
    expect(mergeIntervals([iv(5, 7), iv(0, 2), iv(2, 3), iv(6, 9), iv(4, 4)])).toEqual([iv(0, 3), iv(5, 9)]);
  });
  it('subtracts busy time, including busy time that overlaps itself or the edges', () => {
    expect(subtractIntervals([iv(0, 10), iv(20, 30)], [iv(2, 4), iv(3, 5), iv(8, 22), iv(29, 40)])).toEqual([
      iv(0, 2),
      iv(5, 8),
      iv(22, 29),
    ]);
  });
  it('intersects', () => {
    expect(intersectIntervals([iv(0, 10), iv(20, 30)], [iv(5, 25)])).toEqual([iv(5, 10), iv(20, 25)]);
  });
  it('contains: whole interval inside one free interval, half-open ends', () => {
    const list = [iv(0, 10), iv(20, 30)];
    expect(containsInterval(list, 0, 10)).toBe(true);
    expect(containsInterval(list, 5, 11)).toBe(false);
    expect(containsInterval(list, 10, 20)).toBe(false);
    expect(containsInterval(list, 25, 30)).toBe(true);
    expect(containsInterval(list, -1, 2)).toBe(false);
    expect(containsInterval([], 0, 1)).toBe(false);
  });
  it('findNextFit skips to the first interval long enough', () => {
    expect(findNextFit([iv(0, 3), iv(5, 7), iv(10, 20)], 1, 4)).toBe(10);
    expect(findNextFit([iv(0, 3), iv(10, 20)], 12, 4)).toBe(12);
    expect(findNextFit([iv(0, 3)], 1, 4)).toBe(Number.POSITIVE_INFINITY);
  });
  it('agrees with a point-set model (property)', () => {
    fc.assert(
      fc.property(
        arbList,
        arbList,
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 1, max: 12 }),
        (a, b, s, l) => {
          const A = mergeIntervals(a);
          const B = mergeIntervals(b);
          expect(isNormal(A)).toBe(true);
          expect(points(A)).toEqual(points(a));
          const minus = subtractIntervals(A, b);
          expect(isNormal(minus)).toBe(true);
          expect(points(minus)).toEqual(new Set([...points(A)].filter((t) => !points(b).has(t))));
          const both = intersectIntervals(A, B);
          expect(points(both)).toEqual(new Set([...points(A)].filter((t) => points(B).has(t))));
          const inside = [...Array(l).keys()].every((k) => points(A).has(s + k));
          expect(containsInterval(A, s, s + l)).toBe(inside);
        },
      ),
    );
  });
});

describe('openIntervals', () => {
  const base = {
    hours: weekdays('08:00', '16:00'),
    overrides: [],
    absences: [],
    closedDates: new Set<string>(),
    timeZone: TZ,
  };

  it('places Monday 08:00 at 07:00Z in winter and 06:00Z in summer, across both DST weeks of 2026', () => {
    const spring = openIntervals({ ...base, fromDate: '2026-03-23', toDate: '2026-04-03' });
    expect(new Date(spring[0]!.start).toISOString()).toBe('2026-03-23T07:00:00.000Z');
    const after = spring.find((i) => new Date(i.start).toISOString().startsWith('2026-03-30'))!;
    expect(new Date(after.start).toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(after.end - after.start).toBe(8 * H);
    const autumn = openIntervals({ ...base, fromDate: '2026-10-19', toDate: '2026-10-30' });
    expect(new Date(autumn[0]!.start).toISOString()).toBe('2026-10-19T06:00:00.000Z');
    const later = autumn.find((i) => new Date(i.start).toISOString().startsWith('2026-10-26'))!;
    expect(new Date(later.start).toISOString()).toBe('2026-10-26T07:00:00.000Z');
    expect(spring).toHaveLength(10);
    expect(autumn).toHaveLength(10);
  });

  it('counts real elapsed time on the DST Sundays themselves', () => {
    const night = [{ weekday: 7, from: '01:00', to: '05:00', validFrom: '2026-01-01', validTo: null }];
    const [spring] = openIntervals({ ...base, hours: night, fromDate: '2026-03-29', toDate: '2026-03-29' });
    const [autumn] = openIntervals({ ...base, hours: night, fromDate: '2026-10-25', toDate: '2026-10-25' });
    expect(spring!.end - spring!.start).toBe(3 * H);
    expect(autumn!.end - autumn!.start).toBe(5 * H);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(300);
      const open = openIntervals({ ...base, fromDate: '2027-03-22', toDate: '2027-03-29' });
      expect(open.map((i) => new Date(i.start).toISOString())).toEqual([
        '2027-03-22T07:00:00.000Z',
        '2027-03-23T07:00:00.000Z',
        '2027-03-24T07:00:00.000Z',
        '2027-03-25T07:00:00.000Z',
        '2027-03-26T07:00:00.000Z',
        '2027-03-29T06:00:00.000Z',
      ]);
    } finally {
      process.env.TZ = saved;
    }
  });

  it('applies overrides: closed all day, or other hours replacing the weekly ones', () => {
    const open = openIntervals({
      ...base,
      overrides: [
        { date: '2026-03-03', from: null, to: null },
        { date: '2026-03-04', from: '12:00', to: '14:00' },
        { date: '2026-03-07', from: '09:00', to: '10:00' },
      ],
      fromDate: '2026-03-02',
      toDate: '2026-03-08',
    });
    expect(open).toEqual([
      { start: at('2026-03-02', '08:00'), end: at('2026-03-02', '16:00') },
      { start: at('2026-03-04', '12:00'), end: at('2026-03-04', '14:00') },
      { start: at('2026-03-05', '08:00'), end: at('2026-03-05', '16:00') },
      { start: at('2026-03-06', '08:00'), end: at('2026-03-06', '16:00') },
      { start: at('2026-03-07', '09:00'), end: at('2026-03-07', '10:00') },
    ]);
  });

  it('closes absences (inclusive) and closed dates', () => {
    const open = openIntervals({
      ...base,
      absences: [{ fromDate: '2026-03-03', toDate: '2026-03-04' }],
      closedDates: new Set(['2026-03-06']),
      fromDate: '2026-03-02',
      toDate: '2026-03-06',
    });
    expect(open.map((i) => new Date(i.start).toISOString().slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-05',
    ]);
  });

  it('uses each weekly row only inside its validity period', () => {
    const hours = [
      { weekday: 1, from: '08:00', to: '12:00', validFrom: '2026-01-01', validTo: '2026-03-08' },
      { weekday: 1, from: '13:00', to: '17:00', validFrom: '2026-03-09', validTo: null },
    ];
    const open = openIntervals({ ...base, hours, fromDate: '2026-03-02', toDate: '2026-03-16' });
    expect(open).toEqual([
      { start: at('2026-03-02', '08:00'), end: at('2026-03-02', '12:00') },
      { start: at('2026-03-09', '13:00'), end: at('2026-03-09', '17:00') },
      { start: at('2026-03-16', '13:00'), end: at('2026-03-16', '17:00') },
    ]);
  });

  it('merges touching weekly rows into one interval', () => {
    const hours = [
      { weekday: 1, from: '08:00', to: '12:00', validFrom: '2026-01-01', validTo: null },
      { weekday: 1, from: '12:00', to: '16:00', validFrom: '2026-01-01', validTo: null },
    ];
    expect(openIntervals({ ...base, hours, fromDate: '2026-03-02', toDate: '2026-03-02' })).toEqual([
      { start: at('2026-03-02', '08:00'), end: at('2026-03-02', '16:00') },
    ]);
  });
});
