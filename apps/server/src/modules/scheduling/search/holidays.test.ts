import { describe, expect, it } from 'vitest';
import { closedDaysWith, findClosedDates, isSwedishClosedDay, swedishClosedDays } from './holidays.ts';

describe('swedishClosedDays', () => {
  const days = swedishClosedDays(2026);
  const byDate = new Map(days.map((d) => [d.date, d]));

  it.each([
    ['2026-01-01', 'nyårsdagen', 'holiday'],
    ['2026-01-06', 'trettondedag jul', 'holiday'],
    ['2026-04-03', 'långfredagen', 'holiday'],
    ['2026-04-04', 'påskafton', 'eve'],
    ['2026-04-06', 'annandag påsk', 'holiday'],
    ['2026-05-01', 'första maj', 'holiday'],
    ['2026-05-14', 'Kristi himmelsfärdsdag', 'holiday'],
    ['2026-06-06', 'nationaldagen', 'holiday'],
    ['2026-06-19', 'midsommarafton', 'eve'],
    ['2026-06-20', 'midsommardagen', 'holiday'],
    ['2026-12-24', 'julafton', 'eve'],
    ['2026-12-25', 'juldagen', 'holiday'],
    ['2026-12-26', 'annandag jul', 'holiday'],
    ['2026-12-31', 'nyårsafton', 'eve'],
  ])('%s is %s (%s)', (date, name, kind) => {
    expect(byDate.get(date)).toEqual({ date, name, kind });
  });

  it('leaves out ordinary days, half days and observances', () => {
    for (const date of ['2026-04-02', '2026-04-30', '2026-05-31', '2026-03-02', '2026-01-05'])
      expect(byDate.has(date)).toBe(false);
  });

  it('is sorted with one entry per date', () => {
    expect(days.map((d) => d.date)).toEqual([...new Set(days.map((d) => d.date))].sort());
  });

  it('finds the closed dates of a range across years', () => {
    expect([...findClosedDates('2026-12-20', '2027-01-07')].sort()).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
      '2027-01-01',
      '2027-01-06',
    ]);
  });
});

describe('closed days of any year, with the region’s own on top', () => {
  it('computes years no one seeded: 2028 and 2101', () => {
    expect(isSwedishClosedDay('2028-01-06')).toBe(true); // trettondedag jul
    expect(isSwedishClosedDay('2028-04-14')).toBe(true); // långfredagen
    expect(isSwedishClosedDay('2028-06-23')).toBe(true); // midsommarafton (a bank day)
    expect(isSwedishClosedDay('2028-04-13')).toBe(false); // skärtorsdagen
    expect(isSwedishClosedDay('2101-12-24')).toBe(true);
  });

  it('adds own days, lists a holiday once when an own day falls on it', () => {
    const closed = closedDaysWith([
      { date: '2028-03-08', name: 'Planeringsdag', kind: 'other' },
      { date: '2028-04-14', name: 'Stängt', kind: 'other' },
    ]);
    expect(closed.has('2028-03-08')).toBe(true);
    expect(closed.has('2028-03-09')).toBe(false);
    expect(closed.between('2028-03-01', '2028-04-14')).toEqual([
      { date: '2028-03-08', name: 'Planeringsdag', kind: 'other' },
      { date: '2028-04-14', name: 'långfredagen', kind: 'holiday' },
    ]);
  });
});
