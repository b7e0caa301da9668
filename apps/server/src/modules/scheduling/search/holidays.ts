// The days a Swedish unit is closed: the public holidays (röda dagar) and the eves a unit closes on.
import Holidays from 'date-holidays';

export interface ClosedDay {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Swedish name as date-holidays spells it: "midsommarafton", "juldagen". */
  name: string;
  kind: 'holiday' | 'eve';
}

/**
 * The eves a unit closes on although they are not public holidays. Påskafton is a Saturday anyway;
 * date-holidays lists it (as an observance), so it is included for completeness.
 */
const CLOSED_EVES = new Set(['julafton', 'nyårsafton', 'midsommarafton', 'påskafton']);

const calendar = new Holidays('SE', { languages: ['sv'], timezone: 'Europe/Stockholm' });

/**
 * Public holidays (date-holidays type `public`) plus the closed eves of one year, sorted by date, one
 * entry per date. Dates come from date-holidays' own local-date strings, so the process TZ does not matter.
 */
export function swedishClosedDays(year: number): ClosedDay[] {
  const byDate = new Map<string, ClosedDay>();
  for (const h of calendar.getHolidays(year, 'sv')) {
    const date = h.date.slice(0, 10);
    const kind = h.type === 'public' ? 'holiday' : CLOSED_EVES.has(h.name) ? 'eve' : null;
    if (kind && !byDate.has(date)) byDate.set(date, { date, name: h.name, kind });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The closed local dates from one date to another (inclusive), for `openIntervals`' `closedDates`. */
export function findClosedDates(fromDate: string, toDate: string): Set<string> {
  const out = new Set<string>();
  const first = Number(fromDate.slice(0, 4));
  const last = Number(toDate.slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (const d of swedishClosedDays(year)) if (d.date >= fromDate && d.date <= toDate) out.add(d.date);
  }
  return out;
}
