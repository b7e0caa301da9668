import { describe, expect, it } from 'vitest';
import { daysBetween, monthsOf, periodHolding, previousPeriod, suppress } from './follow-up.rules.ts';

describe('follow-up periods', () => {
  it('counts days between local dates across the change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });

  it('compares whole months, quarters and years with the ones before', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-30' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('compares a custom period with as many days just before it', () => {
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-19' })).toEqual({
      from: '2026-02-28',
      to: '2026-03-09',
    });
  });

  it('lists the months of a period, each counted on its last day inside it', () => {
    expect(monthsOf({ from: '2026-01-15', to: '2026-03-10' })).toEqual([
      { month: '2026-01', at: '2026-01-31' },
      { month: '2026-02', at: '2026-02-28' },
      { month: '2026-03', at: '2026-03-10' },
    ]);
    expect(monthsOf({ from: '2024-02-01', to: '2024-02-29' })).toEqual([
      { month: '2024-02', at: '2024-02-29' },
    ]);
  });

  it('finds the month, quarter and year that hold a date', () => {
    expect(periodHolding('month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodHolding('quarter', '2026-08-14')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodHolding('year', '2026-08-14')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('suppression of small counts', () => {
  it('shows 0 and 5 or more exactly, 1–4 as "< 5"', () => {
    expect([0, 1, 2, 3, 4, 5, 38].map(suppress)).toEqual([0, '<5', '<5', '<5', '<5', 5, 38]);
  });
});
