// The days a Swedish unit is closed: the public holidays (röda dagar), the bank days it closes on
// (midsommarafton, julafton, nyårsafton), computed for any year; and the region's or unit's own extra
// closed days on top (stored in `closed_days`, read by `readClosedDays`).
import Holidays from 'date-holidays';

export interface ClosedDay {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Swedish name: as date-holidays spells it ("midsommarafton", "juldagen"), or the region's own. */
  name: string;
  /** A public holiday, an eve the unit closes on, or a day the region or unit closed itself. */
  kind: 'holiday' | 'eve' | 'other';
}

/**
 * Days date-holidays does not type `public` or `bank` that a unit closes on all the same. Påskafton is a
 * Saturday anyway; date-holidays lists it as an observance, so it is included for completeness.
 */
const ALSO_CLOSED = new Set(['påskafton']);

const calendar = new Holidays('SE', { languages: ['sv'], timezone: 'Europe/Stockholm' });
const byYear = new Map<number, { days: ClosedDay[]; dates: Set<string> }>();

function yearOf(year: number) {
  let hit = byYear.get(year);
  if (!hit) {
    const byDate = new Map<string, ClosedDay>();
    for (const h of calendar.getHolidays(year, 'sv')) {
      const date = h.date.slice(0, 10);
      const kind =
        h.type === 'public' ? 'holiday' : h.type === 'bank' || ALSO_CLOSED.has(h.name) ? 'eve' : null;
      if (kind && !byDate.has(date)) byDate.set(date, { date, name: h.name, kind });
    }
    const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
    hit = { days, dates: new Set(days.map((d) => d.date)) };
    if (byYear.size > 500) byYear.clear();
    byYear.set(year, hit);
  }
  return hit;
}

/**
 * Public holidays (date-holidays type `public`) plus the closed eves (type `bank`) of any year, sorted by
 * date, one entry per date. Dates come from date-holidays' own local-date strings, so the process TZ does
 * not matter. Memoised per year.
 */
export function swedishClosedDays(year: number): ClosedDay[] {
  return yearOf(year).days;
}

/** Is this local date a Swedish public holiday or a closed eve? */
export function isSwedishClosedDay(date: string): boolean {
  return yearOf(Number(date.slice(0, 4))).dates.has(date);
}

/** The closed local dates from one date to another (inclusive), for `openIntervals`' `closedDates`. */
export function findClosedDates(fromDate: string, toDate: string): Set<string> {
  return new Set(closedDaysBetween([], fromDate, toDate).map((d) => d.date));
}

/** The days a unit is closed: ask `has(date)` for any date, or list the days of a range with their names. */
export interface ClosedDays {
  has(date: string): boolean;
  /** From one local date to another (inclusive), sorted, one entry per date (a holiday before an own day). */
  between(fromDate: string, toDate: string): ClosedDay[];
}

function closedDaysBetween(own: readonly ClosedDay[], fromDate: string, toDate: string): ClosedDay[] {
  const byDate = new Map<string, ClosedDay>();
  for (let year = Number(fromDate.slice(0, 4)); year <= Number(toDate.slice(0, 4)); year++)
    for (const d of swedishClosedDays(year))
      if (d.date >= fromDate && d.date <= toDate) byDate.set(d.date, d);
  for (const d of own)
    if (d.date >= fromDate && d.date <= toDate && !byDate.has(d.date)) byDate.set(d.date, d);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Pure: the Swedish closed days of every year plus the region's and unit's own (`own`). */
export function closedDaysWith(own: readonly ClosedDay[]): ClosedDays {
  const ownDates = new Set(own.map((d) => d.date));
  return {
    has: (date) => ownDates.has(date) || isSwedishClosedDay(date),
    between: (fromDate, toDate) => closedDaysBetween(own, fromDate, toDate),
  };
}
