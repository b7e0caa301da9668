import type { DayList } from '@lotsa/contracts';
import { localParts, mondayOf } from '../../lib/when.ts';
import type { DayListQuery } from './use-scheduling.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export type DayListEntry = DayList['entries'][number];

/** A date as the day list's `datum` takes it (`2026-03-02`). */
export function isDayListDate(value: string): boolean {
  return DATE.test(value);
}

/** What the page's address asks for: the day (or today), day or week, and whose visits. */
export interface DayListView {
  date: string;
  week: boolean;
  /** The select's value: '' (the whole unit), `staff:<id>` or `room:<id>`. */
  show: string;
}

/** The day list's view from its address (`?datum=&vecka=1&visa=staff:<id>|room:<id>`). */
export function dayListView(params: URLSearchParams, today: string): DayListView {
  const rawDate = params.get('datum') ?? '';
  return {
    date: isDayListDate(rawDate) ? rawDate : today,
    week: params.get('vecka') === '1',
    show: params.get('visa') ?? '',
  };
}

/** The server's query for a view: a week starts on its Monday; one staff member or room, or all. */
export function dayListQuery({ date, week, show }: DayListView): DayListQuery {
  const [kind, resourceId] = show.split(':');
  return {
    date: week ? mondayOf(date) : date,
    days: week ? 7 : 1,
    ...(kind === 'staff' && resourceId ? { staffId: resourceId } : {}),
    ...(kind === 'room' && resourceId ? { roomId: resourceId } : {}),
  };
}

/** The address after `changes` (a null or empty value drops the parameter). */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** The entries by their (Stockholm) date, in time order, the days in order. */
export function entriesByDate(entries: readonly DayListEntry[]): Map<string, DayListEntry[]> {
  const byDate = new Map<string, DayListEntry[]>();
  for (const e of [...entries].sort((a, b) => a.start.localeCompare(b.start))) {
    const d = localParts(e.start).date;
    byDate.set(d, [...(byDate.get(d) ?? []), e]);
  }
  return byDate;
}
