import type { DayList } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { dayListQuery, dayListView, entriesByDate, isDayListDate, withParams } from './day-list-query.ts';

type Entry = DayList['entries'][number];
const entry = (bookingId: string, start: string) => ({ bookingId, start }) as Entry;

describe('the day list address', () => {
  it('reads the date, week and resource, and falls back to today for a bad date', () => {
    expect(dayListView(new URLSearchParams('datum=2026-03-04&vecka=1&visa=staff:s1'), '2026-01-01')).toEqual({
      date: '2026-03-04',
      week: true,
      show: 'staff:s1',
    });
    expect(dayListView(new URLSearchParams('datum=4 mars'), '2026-01-01')).toEqual({
      date: '2026-01-01',
      week: false,
      show: '',
    });
    expect(isDayListDate('2026-03-04')).toBe(true);
    expect(isDayListDate('2026-3-4')).toBe(false);
  });

  it('asks for a week from its Monday, a day alone, and one staff member or room', () => {
    // 2026-03-04 is a Wednesday.
    expect(dayListQuery({ date: '2026-03-04', week: true, show: '' })).toEqual({
      date: '2026-03-02',
      days: 7,
    });
    expect(dayListQuery({ date: '2026-03-04', week: false, show: 'staff:s1' })).toEqual({
      date: '2026-03-04',
      days: 1,
      staffId: 's1',
    });
    expect(dayListQuery({ date: '2026-03-04', week: false, show: 'room:r1' })).toEqual({
      date: '2026-03-04',
      days: 1,
      roomId: 'r1',
    });
    expect(dayListQuery({ date: '2026-03-04', week: false, show: 'staff:' })).toEqual({
      date: '2026-03-04',
      days: 1,
    });
  });

  it('sets and drops parameters, keeping the others', () => {
    const next = withParams(new URLSearchParams('datum=2026-03-04&vecka=1'), {
      vecka: null,
      visa: 'room:r1',
    });
    expect(next.toString()).toBe('datum=2026-03-04&visa=room%3Ar1');
    expect(withParams(new URLSearchParams('visa=room:r1'), { visa: '' }).toString()).toBe('');
  });
});

describe('the day list entries by date', () => {
  it('groups by the Stockholm date in time order, the days in order', () => {
    const byDate = entriesByDate([
      entry('c', '2026-03-03T08:00:00.000Z'),
      entry('b', '2026-03-02T12:00:00.000Z'),
      entry('a', '2026-03-02T07:30:00.000Z'),
      // 23:30 UTC on the 2nd is half past midnight on the 3rd in Stockholm.
      entry('d', '2026-03-02T23:30:00.000Z'),
    ]);
    expect([...byDate.keys()]).toEqual(['2026-03-02', '2026-03-03']);
    expect(byDate.get('2026-03-02')?.map((e) => e.bookingId)).toEqual(['a', 'b']);
    expect(byDate.get('2026-03-03')?.map((e) => e.bookingId)).toEqual(['d', 'c']);
    expect(entriesByDate([]).size).toBe(0);
  });
});
