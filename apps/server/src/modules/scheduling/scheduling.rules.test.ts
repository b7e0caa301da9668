import { deriveSchedulingRequirements } from '@lotsa/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToLocalDate,
  addMonthsToLocalDate,
  checkBookingAction,
  criticalLabels,
  recallDueDate,
  recallStatus,
  seriesDates,
  summariseRequirements,
} from './scheduling.rules.ts';

describe('recallDueDate', () => {
  it('is twelve months after the last health check', () => {
    expect(recallDueDate('2025-11-23', '2020-01-01')).toBe('2026-11-23');
  });
  it('moves a check on 29 February to 28 February, and keeps month ends', () => {
    expect(recallDueDate('2024-02-29', null)).toBe('2025-02-28');
    expect(recallDueDate('2027-02-28', null)).toBe('2028-02-28');
    expect(recallDueDate('2025-03-31', null)).toBe('2026-03-31');
    expect(recallDueDate('2025-12-31', null)).toBe('2026-12-31');
    expect(addMonthsToLocalDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToLocalDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToLocalDate('2026-08-31', -6)).toBe('2026-02-28');
  });
  it('is the enrolment date before the first one, and null when neither is known', () => {
    expect(recallDueDate(null, '2026-10-05')).toBe('2026-10-05');
    expect(recallDueDate(null, null)).toBeNull();
  });
  it('is always a real date within a year and a few days of the last check', () => {
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (last) => {
        const due = recallDueDate(last, null)!;
        expect(Number.isNaN(Date.parse(`${due}T00:00:00Z`))).toBe(false);
        expect(new Date(`${due}T00:00:00Z`).toISOString().slice(0, 10)).toBe(due);
        const days = (Date.parse(due) - Date.parse(last)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(364);
        expect(days).toBeLessThanOrEqual(366);
      }),
    );
  });
});

describe('recallStatus', () => {
  it('is overdue before today, due up to the window, upcoming after', () => {
    expect(recallStatus('2026-11-22', '2026-11-23', 8)).toBe('overdue');
    expect(recallStatus('2026-11-23', '2026-11-23', 8)).toBe('due');
    expect(recallStatus('2027-01-18', '2026-11-23', 8)).toBe('due');
    expect(recallStatus('2027-01-19', '2026-11-23', 8)).toBe('upcoming');
    expect(recallStatus('2026-11-24', '2026-11-23', 0)).toBe('upcoming');
  });
  it('counts calendar days across the change to summer time and year ends', () => {
    expect(addDaysToLocalDate('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysToLocalDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToLocalDate('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('summariseRequirements and criticalLabels', () => {
  it('says what a booking needs in short Swedish words', () => {
    const items = [
      { code: 'MOB-FLOOR-LIFT' },
      { code: 'MOB-WIDE-BENCH' },
      { code: 'LEN-EXTENDED', params: { minutes: 60 } },
      { code: 'ENV-FIRST-OF-DAY' },
      { code: 'CMP-REQUIRED' },
      { code: 'COM-INTERPRETER', params: { language: 'arabiska' } },
    ];
    expect(summariseRequirements(deriveSchedulingRequirements(items))).toEqual([
      'golvlyft',
      'bred brits',
      '60 min',
      'kl. 08:00–10:00',
      'medföljare',
      'tolk (arabiska)',
    ]);
    expect(summariseRequirements(deriveSchedulingRequirements([]))).toEqual([]);
  });
  it('lists the red items of the passport once each', () => {
    expect(
      criticalLabels([
        { code: 'COM-SPEECH-LIMITED' },
        { code: 'CRT-EPILEPSY-RESCUE' },
        { code: 'MOB-FLOOR-LIFT' },
        { code: 'CRT-EPILEPSY-RESCUE' },
        { code: 'NOT-A-CODE' },
      ]),
    ).toEqual(['Epilepsi: akutläkemedel', 'Förflyttning med golvlyft']);
  });
});

describe('checkBookingAction', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const later = new Date('2026-11-24T10:00:00Z');
  const earlier = new Date('2026-11-23T09:00:00Z');
  it('confirms a live hold, and answers 410 for an expired or swept one', () => {
    const held = { status: 'held' as const, start: later, holdExpiresAt: new Date(now.getTime() + 60_000) };
    expect(checkBookingAction(held, 'confirm', now)).toBeNull();
    expect(checkBookingAction({ ...held, holdExpiresAt: earlier }, 'confirm', now)?.status).toBe(410);
    expect(checkBookingAction({ ...held, status: 'cancelled' }, 'confirm', now)?.status).toBe(410);
    expect(checkBookingAction({ ...held, status: 'booked' }, 'confirm', now)).toBeNull();
  });
  it('completes or marks a no-show only for a booked visit that has started', () => {
    const booked = { status: 'booked' as const, start: earlier, holdExpiresAt: null };
    expect(checkBookingAction(booked, 'complete', now)).toBeNull();
    expect(checkBookingAction(booked, 'no_show', now)).toBeNull();
    expect(checkBookingAction({ ...booked, start: later }, 'complete', now)?.code).toBe('not_started');
    expect(checkBookingAction({ ...booked, status: 'cancelled' }, 'complete', now)?.code).toBe(
      'booking_closed',
    );
  });
  it('cancels and reschedules held and booked visits, never closed ones', () => {
    const booked = { status: 'booked' as const, start: later, holdExpiresAt: null };
    expect(checkBookingAction(booked, 'cancel', now)).toBeNull();
    expect(checkBookingAction(booked, 'reschedule', now)).toBeNull();
    expect(checkBookingAction({ ...booked, status: 'completed' }, 'cancel', now)?.status).toBe(409);
    expect(checkBookingAction(booked, 'release', now)?.code).toBe('not_held');
  });
});

describe('seriesDates', () => {
  it('starts on the first matching weekday and steps by the interval, across months and years', () => {
    // 2026-11-23 is a Monday; every other Wednesday.
    expect(seriesDates('2026-11-23', { everyWeeks: 2, weekday: 3 }, 4)).toEqual([
      '2026-11-25',
      '2026-12-09',
      '2026-12-23',
      '2027-01-06',
    ]);
  });
  it('keeps the start date when it already is the weekday, and counts exactly', () => {
    expect(seriesDates('2026-11-25', { everyWeeks: 1, weekday: 3 }, 2)).toEqual(['2026-11-25', '2026-12-02']);
    expect(seriesDates('2026-11-26', { everyWeeks: 1, weekday: 3 }, 1)).toEqual(['2026-12-02']);
    expect(seriesDates('2026-11-26', { everyWeeks: 3, weekday: 1 }, 0)).toEqual([]);
  });
  it('walks over the daylight-saving change by local dates, not by 24-hour steps', () => {
    expect(seriesDates('2027-03-22', { everyWeeks: 1, weekday: 1 }, 2)).toEqual(['2027-03-22', '2027-03-29']);
  });
});
