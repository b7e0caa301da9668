import { describe, expect, it } from 'vitest';
import { addLocalDays, firstOpenDayAfter, isWeekend } from './scheduling.open-days.ts';
import { findClosedDates } from './search/holidays.ts';

const closed2026 = findClosedDates('2026-01-01', '2027-12-31');

describe('firstOpenDayAfter', () => {
  it('is the next day on Monday to Thursday', () => {
    expect(firstOpenDayAfter('2026-12-07', closed2026)).toBe('2026-12-08'); // Monday → Tuesday
    expect(firstOpenDayAfter('2026-12-10', closed2026)).toBe('2026-12-11'); // Thursday → Friday
  });

  it('skips the weekend: Friday and Saturday give Monday', () => {
    expect(firstOpenDayAfter('2026-12-04', closed2026)).toBe('2026-12-07');
    expect(firstOpenDayAfter('2026-12-05', closed2026)).toBe('2026-12-07');
  });

  it('skips the Christmas holidays and eves: 23 December 2026 gives 28 December', () => {
    // 24 julafton (Thu), 25 juldagen (Fri), 26–27 weekend.
    expect(firstOpenDayAfter('2026-12-23', closed2026)).toBe('2026-12-28');
    // 31 nyårsafton (Thu), 1 January (Fri), weekend; 6 January trettondedag jul (Wed).
    expect(firstOpenDayAfter('2026-12-30', closed2026)).toBe('2027-01-04');
    expect(firstOpenDayAfter('2027-01-05', closed2026)).toBe('2027-01-07');
  });

  it('skips Easter and midsummer', () => {
    // 2026: långfredag 3 April, annandag påsk 6 April; midsommarafton 19 June.
    expect(firstOpenDayAfter('2026-04-02', closed2026)).toBe('2026-04-07');
    expect(firstOpenDayAfter('2026-06-18', closed2026)).toBe('2026-06-22');
  });

  it('a day the unit closed itself counts too', () => {
    expect(firstOpenDayAfter('2026-12-07', new Set(['2026-12-08']))).toBe('2026-12-09');
  });
});

describe('local date arithmetic', () => {
  it('crosses months, years and the daylight-saving changes without drifting', () => {
    expect(addLocalDays('2026-03-28', 2)).toBe('2026-03-30'); // DST starts 29 March
    expect(addLocalDays('2026-10-24', 2)).toBe('2026-10-26'); // DST ends 25 October
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows the weekend', () => {
    expect(['2026-12-05', '2026-12-06'].map(isWeekend)).toEqual([true, true]);
    expect(['2026-12-04', '2026-12-07'].map(isWeekend)).toEqual([false, false]);
  });
});
