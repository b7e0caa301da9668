import { describe, expect, it } from 'vitest';
import { findClosedDates, swedishClosedDays } from './holidays.ts';

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
