import { describe, expect, it } from 'vitest';
import { currentMonth, monthsBack, resultsQuery, shareGood } from './results-query.ts';

describe('the survey results period', () => {
  it('is this month in Stockholm', () => {
    // 23:30 UTC on 31 December is already January in Stockholm.
    expect(currentMonth(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01');
    expect(currentMonth(new Date('2026-06-15T12:00:00Z'))).toBe('2026-06');
  });

  it('counts months back across years', () => {
    expect(monthsBack('2026-03', 0)).toBe('2026-03');
    expect(monthsBack('2026-03', 2)).toBe('2026-01');
    expect(monthsBack('2026-03', 3)).toBe('2025-12');
    expect(monthsBack('2026-03', 26)).toBe('2024-01');
  });

  it('asks for the period’s months up to this one, for one visit type or all', () => {
    expect(resultsQuery('2026-03', '12', '')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(resultsQuery('2026-03', '3', 'health_check')).toEqual({
      from: '2026-01',
      to: '2026-03',
      visitTypeCode: 'health_check',
    });
  });

  it('gives the share of good answers in whole percent, none without answers', () => {
    expect(shareGood({ good: 2, middle: 1, bad: 0 })).toBe(67);
    expect(shareGood({ good: 0, middle: 0, bad: 0 })).toBeNull();
  });
});
