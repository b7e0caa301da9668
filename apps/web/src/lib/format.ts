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
