import { describe, expect, it } from 'vitest';
import { endOfLocalDay, localToday, startOfLocalDay } from './time.ts';

describe('Swedish local days', () => {
  it('start at local midnight in winter (UTC+1) and summer (UTC+2)', () => {
    expect(startOfLocalDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });
  it('are 23 hours long when summer time starts and 25 when it ends', () => {
    const hours = (d: string) => (endOfLocalDay(d).getTime() - startOfLocalDay(d).getTime()) / 3_600_000;
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-10-26')).toBe(24);
  });
  it('give today’s Swedish date, which differs from UTC’s just after midnight', () => {
    expect(localToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(localToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
