import type { Queryable } from '../../db/database.ts';
import { readClosedDays } from './scheduling.closed-days.ts';
import type { ClosedDays } from './search/holidays.ts';

/*
 * "The next day the unit is open": weekdays that are not among its closed days (Swedish public holidays,
 * the eves it closes on, and any day the region or unit closed). Used where a page proposes a day
 * (the letters page's default, the demo's next visits).
 */

/** How far ahead to look: Christmas to Epiphany is the longest run of closed days plus weekends. */
const LOOK_AHEAD_DAYS = 31;

/** The local date `days` after `date` (YYYY-MM-DD, calendar arithmetic, no time zone involved). */
export function addLocalDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** Pure: the first weekday after `after` that is not closed. */
export function firstOpenDayAfter(after: string, closed: Pick<ClosedDays, 'has'>): string {
  let d = addLocalDays(after, 1);
  for (let i = 0; i < LOOK_AHEAD_DAYS && (isWeekend(d) || closed.has(d)); i++) d = addLocalDays(d, 1);
  return d;
}

/** The next day the unit is open after `after`: weekdays that are neither holidays nor the region's or unit's own closed days. */
export async function nextOpenDay(
  q: Queryable,
  regionId: string,
  unitId: string | null,
  after: string,
): Promise<string> {
  const closed = await readClosedDays(q, regionId, unitId, {
    from: addLocalDays(after, 1),
    to: addLocalDays(after, LOOK_AHEAD_DAYS + 1),
  });
  return firstOpenDayAfter(after, closed);
}
