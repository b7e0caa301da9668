/** Dates and times as people in Sweden read them: sv-SE format, Europe/Stockholm time. */
export const TIME_ZONE = 'Europe/Stockholm';

const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `2025-03-04 14:05:09` for an instant (ISO string), in Stockholm time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

/** A calendar date `YYYY-MM-DD` stays as it is; an instant becomes its Stockholm date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
}

/** Today's date `YYYY-MM-DD` in Stockholm. */
export function todayInStockholm(now: Date = new Date()): string {
  return dateFormat.format(now);
}

/** Whole years from a birth date `YYYY-MM-DD` to today (Stockholm), or null. */
export function ageFromBirthDate(birthDate: string | null, now: Date = new Date()): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(todayInStockholm(now));
  if (!b || !t) return null;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [ty, tm, td] = [Number(t[1]), Number(t[2]), Number(t[3])];
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age >= 0 ? age : null;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Stockholm is ahead of UTC at an instant: 60 in winter, 120 in summer. */
function stockholmOffsetMinutes(instant: number): number {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  const wall = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * A Stockholm wall-clock date `YYYY-MM-DD` and time `HH:MM` as an ISO instant with its offset,
 * `2025-03-30T10:00:00+02:00` (DST-safe); null when either is not a valid date or time.
 */
export function stockholmToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  if (new Date(wall).getUTCDate() !== da) return null;
  const offset = stockholmOffsetMinutes(wall - stockholmOffsetMinutes(wall) * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hh}:${mm}`;
}

/** The Stockholm wall-clock time `HH:MM` of an instant (now by default). */
export function timeInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(
    now,
  );
}

/** `2025-03-04 14:05`: an instant to the minute, in Stockholm time. */
export function formatDateTimeMinutes(iso: string): string {
  const full = formatDateTime(iso);
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(full) ? full.slice(0, 16) : full;
}
