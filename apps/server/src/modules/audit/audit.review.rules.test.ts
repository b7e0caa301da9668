import { describe, expect, it } from 'vitest';
import { csvField, flagsOf, mondayOf } from './audit.review.rules.ts';

const s = { workdayStart: '07:00', workdayEnd: '18:00', manyPatientsPerDay: 30 };
const base = { written: [], localTime: '10:00', isoWeekday: 2, sameSurname: false, patientsThatDay: 3 };

describe('flagsOf', () => {
  it('flags nothing in working hours on a weekday', () => {
    expect(flagsOf(base, s)).toEqual([]);
  });
  it('keeps the kernel’s flags and adds hours, surname and many patients', () => {
    expect(flagsOf({ ...base, written: ['protected_identity', 'emergency', 'other'] }, s)).toEqual([
      'emergency',
      'protected_identity',
    ]);
    expect(flagsOf({ ...base, localTime: '06:59' }, s)).toEqual(['outside_hours']);
    expect(flagsOf({ ...base, localTime: '18:00' }, s)).toEqual(['outside_hours']);
    expect(flagsOf({ ...base, localTime: '17:59' }, s)).toEqual([]);
    expect(flagsOf({ ...base, isoWeekday: 6 }, s)).toEqual(['outside_hours']);
    expect(flagsOf({ ...base, sameSurname: true }, s)).toEqual(['same_surname']);
    expect(flagsOf({ ...base, patientsThatDay: 31 }, s)).toEqual(['many_patients']);
    expect(flagsOf({ ...base, patientsThatDay: 30 }, s)).toEqual([]);
  });
});

describe('mondayOf and csvField', () => {
  it('finds the Monday of the ISO week', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
  it('quotes separators and defuses formulas', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
});
