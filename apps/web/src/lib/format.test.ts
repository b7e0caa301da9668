import { describe, expect, it } from 'vitest';
import { formatDateTimeMinutes, stockholmToIso, timeInStockholm } from './format.ts';

describe('stockholmToIso', () => {
  it('gives winter and summer time their offsets', () => {
    expect(stockholmToIso('2025-01-15', '09:30')).toBe('2025-01-15T09:30:00+01:00');
    expect(stockholmToIso('2025-07-01', '14:00')).toBe('2025-07-01T14:00:00+02:00');
  });

  it('is right on both sides of the DST changes', () => {
    expect(stockholmToIso('2025-03-30', '01:59')).toBe('2025-03-30T01:59:00+01:00');
    expect(stockholmToIso('2025-03-30', '03:00')).toBe('2025-03-30T03:00:00+02:00');
    expect(stockholmToIso('2025-10-26', '04:00')).toBe('2025-10-26T04:00:00+01:00');
    expect(stockholmToIso('2025-10-25', '23:00')).toBe('2025-10-25T23:00:00+02:00');
  });

  it('names the same instant as the wall-clock time it was given', () => {
    const iso = stockholmToIso('2025-07-01', '14:00');
    expect(formatDateTimeMinutes(iso ?? '')).toBe('2025-07-01 14:00');
    expect(timeInStockholm(new Date(iso ?? ''))).toBe('14:00');
  });

  it('refuses what is not a date and a time', () => {
    expect(stockholmToIso('', '10:00')).toBeNull();
    expect(stockholmToIso('2025-02-30', '10:00')).toBeNull();
    expect(stockholmToIso('2025-02-10', '24:00')).toBeNull();
    expect(stockholmToIso('2025-02-10', '9:00')).toBeNull();
  });
});
