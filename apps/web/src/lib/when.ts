import { TIME_ZONE, todayInStockholm } from './format.ts';

/**
 * Times of visits the way people say them: "tisdag 1 december kl. 9.30–10.30" in Swedish,
 * "Tuesday 1 December, 9:30–10:30" in English, always in Stockholm time. Local dates (`YYYY-MM-DD`)
 * are calendar days: their arithmetic is done at noon UTC, so daylight saving never shifts a day.
 */

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Stockholm calendar date and wall-clock time of an instant. */
export function localParts(iso: string): { date: string; hour: number; minute: number } {
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(new Date(iso))) p[part.type] = part.value;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
  };
}

const isEnglish = (lang: string) => lang.startsWith('en');

/** "9.30" (sv) or "9:30" (en); whole hours keep their minutes: "10.00". */
export function clock(iso: string, lang: string): string {
  const { hour, minute } = localParts(iso);
  return `${hour}${isEnglish(lang) ? ':' : '.'}${String(minute).padStart(2, '0')}`;
}

/** "8–12", "12.30–16.30": whole hours without minutes, for opening hours. */
export function shortRange(start: string, end: string, lang: string): string {
  const short = (iso: string) => {
    const { minute } = localParts(iso);
    return minute === 0 ? String(localParts(iso).hour) : clock(iso, lang);
  };
  return `${short(start)}–${short(end)}`;
}

/** "9.30–10.30". */
export function clockRange(start: string, end: string, lang: string): string {
  return `${clock(start, lang)}–${clock(end, lang)}`;
}

function noonUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

function toLocalDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(lang: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withYear}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(isEnglish(lang) ? 'en-GB' : 'sv-SE', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dayFormats.set(key, f);
  }
  return f;
}

/** "tisdag 1 december" ("… 2027" when not this year); "Tuesday 1 December". */
export function dayWords(date: string, lang: string, today: string = todayInStockholm()): string {
  const withYear = date.slice(0, 4) !== today.slice(0, 4);
  return dayFormat(lang, withYear).format(noonUtc(date)).replace(',', '');
}

/** "tisdag 1 december kl. 9.30–10.30"; "Tuesday 1 December, 9:30–10:30". */
export function whenWords(start: string, end: string, lang: string, today?: string): string {
  const day = dayWords(localParts(start).date, lang, today);
  const range = clockRange(start, end, lang);
  return isEnglish(lang) ? `${day}, ${range}` : `${day} kl. ${range}`;
}

/** "tisdag 1 december kl. 9.30": a start alone, for button names. */
export function startWords(start: string, lang: string, today?: string): string {
  const day = dayWords(localParts(start).date, lang, today);
  return isEnglish(lang) ? `${day}, ${clock(start, lang)}` : `${day} kl. ${clock(start, lang)}`;
}

/** A local date plus whole days. */
export function addDays(date: string, days: number): string {
  const d = noonUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toLocalDate(d);
}

/** The Monday of the (ISO) week a local date falls in. */
export function mondayOf(date: string): string {
  const weekday = (noonUtc(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** ISO 8601 week number (the one Swedish calendars print). */
export function isoWeek(date: string): number {
  const d = noonUtc(date);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the week's Thursday decides its year
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4, 12));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  return 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
}

/** "mån 1/12" for a calendar column header; "Mon 1/12". */
export function shortDay(date: string, lang: string): string {
  const weekday = new Intl.DateTimeFormat(isEnglish(lang) ? 'en-GB' : 'sv-SE', {
    timeZone: 'UTC',
    weekday: 'short',
  })
    .format(noonUtc(date))
    .replace('.', '');
  const [, m, d] = date.split('-').map(Number);
  return `${weekday} ${d}/${m}`;
}

/** "1 december" / "1 December". */
export function dayMonth(date: string, lang: string): string {
  return new Intl.DateTimeFormat(isEnglish(lang) ? 'en-GB' : 'sv-SE', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
  }).format(noonUtc(date));
}

/**
 * The server writes some texts in both languages, "Svenska … / English …": the part for the UI
 * language (the whole text when it has no English half).
 */
export function inLanguage(text: string, lang: string): string {
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  return (isEnglish(lang) ? parts[1] : parts[0])?.trim() ?? text;
}

/** "fast sjuksköterska" → "Fast sjuksköterska". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** "08:00" → "08", "08:30" → "08.30" (sv) for time-of-day windows. */
export function windowTime(hhmm: string, lang: string): string {
  return hhmm.endsWith(':00') ? hhmm.slice(0, 2) : hhmm.replace(':', isEnglish(lang) ? ':' : '.');
}
