import { describe, expect, it } from 'vitest';
import {
  type CalendarDraft,
  copyMondayToWeekdays,
  errorRow,
  type HourRow,
  newHourRow,
  newOverrideRow,
  sameCalendar,
  toBody,
  toDraft,
  withoutRowErrors,
  withoutSectionErrors,
} from './calendars-draft.ts';

const row = (weekday: HourRow['weekday'], from: string, to: string, validTo = ''): HourRow => ({
  key: `${weekday}-${from}`,
  weekday,
  from,
  to,
  validFrom: '2026-01-01',
  validTo,
});
const plain = (rows: HourRow[]) => rows.map(({ key: _key, ...r }) => r);

describe('copy Monday to Tuesday–Friday', () => {
  it("gives Tuesday to Friday Monday's intervals instead of their own, and keeps the weekend", () => {
    const rows = [
      row(1, '08:00', '12:00'),
      row(1, '12:30', '16:30', '2026-12-31'),
      row(2, '10:00', '14:00'),
      row(5, '08:00', '11:00'),
      row(6, '09:00', '12:00'),
    ];
    const out = copyMondayToWeekdays(rows);
    expect(plain(out).map((r) => `${r.weekday} ${r.from}–${r.to} ${r.validTo}`)).toEqual([
      '1 08:00–12:00 ',
      '1 12:30–16:30 2026-12-31',
      '2 08:00–12:00 ',
      '2 12:30–16:30 2026-12-31',
      '3 08:00–12:00 ',
      '3 12:30–16:30 2026-12-31',
      '4 08:00–12:00 ',
      '4 12:30–16:30 2026-12-31',
      '5 08:00–12:00 ',
      '5 12:30–16:30 2026-12-31',
      '6 09:00–12:00 ',
    ]);
    expect(new Set(out.map((r) => r.key)).size).toBe(out.length);
  });

  it('changes nothing when Monday has no hours', () => {
    const rows = [row(2, '08:00', '12:00'), row(7, '10:00', '12:00')];
    expect(copyMondayToWeekdays(rows)).toEqual(rows);
  });

  it('does not change the rows it was given', () => {
    const rows = [row(1, '08:00', '12:00'), row(3, '09:00', '10:00')];
    const before = structuredClone(rows);
    copyMondayToWeekdays(rows);
    expect(rows).toEqual(before);
  });
});

describe('the calendar form and the API', () => {
  const loaded = {
    hours: [
      { weekday: 3, from: '08:00', to: '12:00', validFrom: '2026-01-01', validTo: null },
      { weekday: 1, from: '12:30', to: '16:30', validFrom: '2026-01-01', validTo: '2026-06-30' },
      { weekday: 1, from: '08:00', to: '12:00', validFrom: '2026-01-01', validTo: null },
    ],
    overrides: [
      { date: '2026-12-30', from: '09:00', to: '12:00', reason: 'Halvdag' },
      { date: '2026-12-28', from: null, to: null, reason: null },
    ],
  };

  it('shows hours by weekday and time and overrides by date, and sends them back unchanged', () => {
    const draft = toDraft(loaded);
    expect(draft.hours.map((h) => `${h.weekday} ${h.from}`)).toEqual(['1 08:00', '1 12:30', '3 08:00']);
    expect(draft.overrides.map((o) => [o.date, o.closed])).toEqual([
      ['2026-12-28', true],
      ['2026-12-30', false],
    ]);
    const body = toBody(draft);
    expect(body.hours).toHaveLength(3);
    expect(body.hours[1]).toEqual(loaded.hours[1]);
    expect(body.overrides).toEqual([loaded.overrides[1], loaded.overrides[0]]);
  });

  it('sends a closed day without times, an empty end date as open-ended and a blank reason as none', () => {
    const draft: CalendarDraft = {
      hours: [row(2, '08:00', '16:00')],
      overrides: [{ key: 'o', date: '2026-12-28', closed: true, from: '09:00', to: '10:00', reason: '  ' }],
    };
    expect(toBody(draft)).toEqual({
      hours: [{ weekday: 2, from: '08:00', to: '16:00', validFrom: '2026-01-01', validTo: null }],
      overrides: [{ date: '2026-12-28', from: null, to: null, reason: null }],
    });
  });

  it('sees a change, and not the row keys or the hidden times of a closed day', () => {
    const a = toDraft(loaded);
    const b = toDraft(loaded);
    expect(sameCalendar(a, b)).toBe(true);
    const first = b.overrides[0]!;
    b.overrides[0] = { ...first, from: '10:00' };
    expect(sameCalendar(a, b)).toBe(true);
    b.hours[0] = { ...b.hours[0]!, to: '11:00' };
    expect(sameCalendar(a, b)).toBe(false);
  });

  it('adds the next weekday, Monday after Sunday, and an override with no date yet', () => {
    expect(newHourRow([], '2026-11-23')).toMatchObject({
      weekday: 1,
      from: '08:00',
      validFrom: '2026-11-23',
    });
    expect(newHourRow([row(2, '08:00', '12:00')], '2026-11-23').weekday).toBe(3);
    expect(newHourRow([row(7, '08:00', '12:00')], '2026-11-23').weekday).toBe(1);
    expect(newOverrideRow()).toMatchObject({ date: '', closed: true });
  });
});

describe('server field errors on the rows', () => {
  it('names the section and row of a path', () => {
    expect(errorRow('hours.2.to')).toEqual({ section: 'hours', row: 3 });
    expect(errorRow('overrides.0.to')).toEqual({ section: 'overrides', row: 1 });
    expect(errorRow('hours')).toBeNull();
    expect(errorRow('')).toBeNull();
  });

  it("drops a changed row's messages, and a section's when its rows moved", () => {
    const errors = { 'hours.0.to': 'a', 'hours.1.from': 'b', 'overrides.0.to': 'c', hours: 'd' };
    expect(withoutRowErrors(errors, 'hours', 0)).toEqual({
      'hours.1.from': 'b',
      'overrides.0.to': 'c',
      hours: 'd',
    });
    expect(withoutSectionErrors(errors, 'hours')).toEqual({ 'overrides.0.to': 'c' });
  });
});
