import type { EndpointBody, EndpointResponse, endpoints } from '@lotsa/contracts';

// The calendar of one resource as the form edits it: plain strings for the inputs, a key per row
// for React, and the conversions to and from what the API sends and takes. No IO: unit-tested.

type Save = typeof endpoints.scheduling.saveResourceCalendar;
export type CalendarBody = EndpointBody<Save>;
export type ResourceCalendar = EndpointResponse<Save>;
export type CalendarKind = ResourceCalendar['kind'] & ('staff' | 'room' | 'equipment' | 'external');

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface HourRow {
  key: string;
  weekday: Weekday;
  from: string;
  to: string;
  validFrom: string;
  /** Empty: open-ended. */
  validTo: string;
}

export interface OverrideRow {
  key: string;
  date: string;
  /** Closed all day: `from` and `to` are not sent. */
  closed: boolean;
  from: string;
  to: string;
  reason: string;
}

export interface CalendarDraft {
  hours: HourRow[];
  overrides: OverrideRow[];
}

let seq = 0;
/** A key for a new row, unique in this page's life. */
export function rowKey(): string {
  seq += 1;
  return `row-${seq}`;
}

const asWeekday = (n: number): Weekday => (WEEKDAYS.includes(n as Weekday) ? (n as Weekday) : 1);

/** The loaded calendar as form rows: hours by weekday and time, overrides by date. */
export function toDraft(calendar: Pick<ResourceCalendar, 'hours' | 'overrides'>): CalendarDraft {
  return {
    hours: [...calendar.hours]
      .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
      .map((h) => ({
        key: rowKey(),
        weekday: asWeekday(h.weekday),
        from: h.from,
        to: h.to,
        validFrom: h.validFrom,
        validTo: h.validTo ?? '',
      })),
    overrides: [...calendar.overrides]
      .sort((a, b) => a.date.localeCompare(b.date) || (a.from ?? '').localeCompare(b.from ?? ''))
      .map((o) => ({
        key: rowKey(),
        date: o.date,
        closed: o.from === null && o.to === null,
        from: o.from ?? '',
        to: o.to ?? '',
        reason: o.reason ?? '',
      })),
  };
}

/** The body of `PUT /api/calendars/:kind/:id`, rows in the order shown (the server's error paths count them). */
export function toBody(draft: CalendarDraft): CalendarBody {
  return {
    hours: draft.hours.map((h) => ({
      weekday: h.weekday,
      from: h.from,
      to: h.to,
      validFrom: h.validFrom,
      validTo: h.validTo === '' ? null : h.validTo,
    })),
    overrides: draft.overrides.map((o) => ({
      date: o.date,
      from: o.closed ? null : o.from,
      to: o.closed ? null : o.to,
      reason: o.reason.trim() === '' ? null : o.reason.trim(),
    })),
  };
}

/** Whether two drafts would save the same calendar (row keys and untouched times of closed days aside). */
export function sameCalendar(a: CalendarDraft, b: CalendarDraft): boolean {
  return JSON.stringify(toBody(a)) === JSON.stringify(toBody(b));
}

/** A new weekly interval: the weekday after the last row's, office hours, valid from today. */
export function newHourRow(rows: readonly HourRow[], today: string): HourRow {
  const last = rows.at(-1);
  return {
    key: rowKey(),
    weekday: last ? asWeekday((last.weekday % 7) + 1) : 1,
    from: '08:00',
    to: '16:00',
    validFrom: today,
    validTo: '',
  };
}

/** A new date override: the date left empty on purpose (closing a day by mistake is worse), closed all day. */
export function newOverrideRow(): OverrideRow {
  return { key: rowKey(), date: '', closed: true, from: '', to: '', reason: '' };
}

/**
 * "Kopiera måndag till tisdag–fredag": Tuesday to Friday get Monday's intervals (with their validity)
 * instead of their own; the weekend is left as it is. Rows stay in weekday order.
 */
export function copyMondayToWeekdays(rows: readonly HourRow[]): HourRow[] {
  const monday = rows.filter((r) => r.weekday === 1);
  if (monday.length === 0) return [...rows];
  const copies = ([2, 3, 4, 5] as const).flatMap((weekday) =>
    monday.map((m) => ({ ...m, key: rowKey(), weekday })),
  );
  const kept = rows.filter((r) => r.weekday === 1 || r.weekday > 5);
  return [...kept, ...copies].sort((a, b) => a.weekday - b.weekday);
}

/** Section and row of a server error path (`hours.2.to` → hours, row 3), or null for the whole request. */
export function errorRow(path: string): { section: 'hours' | 'overrides'; row: number } | null {
  const [section, index] = path.split('.');
  if ((section !== 'hours' && section !== 'overrides') || index === undefined || !/^\d+$/.test(index))
    return null;
  return { section, row: Number(index) + 1 };
}

/** The errors left once a row changed: that row's messages go, the others stay. */
export function withoutRowErrors(
  errors: Readonly<Record<string, string>>,
  section: 'hours' | 'overrides',
  index: number,
): Record<string, string> {
  const prefix = `${section}.${index}.`;
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith(prefix)));
}

/** The errors left once rows were added or removed in a section: row numbers moved, so its messages go. */
export function withoutSectionErrors(
  errors: Readonly<Record<string, string>>,
  section: 'hours' | 'overrides',
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => path !== section && !path.startsWith(`${section}.`)),
  );
}
