import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';

/** Lotsa's wall clock: every local date and time means Swedish time. */
export const TIME_ZONE = 'Europe/Stockholm';

/** The instant a local date (YYYY-MM-DD) starts in Sweden, correct across daylight-saving changes. */
export function startOfLocalDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, TIME_ZONE).getTime());
}

/** The instant the local day after `date` starts: the exclusive end of an inclusive date filter. */
export function endOfLocalDay(date: string): Date {
  const start = new TZDate(startOfLocalDay(date).getTime(), TIME_ZONE);
  return new Date(addDays(start, 1).getTime());
}

/** Today's date in Sweden as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const t = new TZDate(now.getTime(), TIME_ZONE);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The local day and time of day of an instant, as messages take them as parameters:
 * `{ date: "2026-03-03", time: "08:00" }` (the catalogues write "3 mars kl. 08:00").
 */
export function localAt(instant: number | Date, timeZone = TIME_ZONE): { date: string; time: string } {
  const t = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return {
    date: `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
    time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
  };
}

/** A local date (YYYY-MM-DD) plus whole months; the 31st (or 29 February) becomes the month's last day. */
export function addMonthsToLocalDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, lastDay))}`;
}

/** A local date plus whole days (calendar days, so daylight saving cannot shift it). */
export function addDaysToLocalDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The instant of a local wall-clock time (`YYYY-MM-DDTHH:mm[:ss]`) in Sweden. */
export function localDateTimeToInstant(local: string): Date {
  const [date, time = '00:00'] = local.split('T') as [string, string | undefined];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh = 0, mi = 0, ss = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mi, ss, TIME_ZONE).getTime());
}
