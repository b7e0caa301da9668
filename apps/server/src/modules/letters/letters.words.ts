import { TZDate } from '@date-fns/tz';

/**
 * Dates, times and durations written the way people say them in Swedish: "tisdag den 1 december",
 * "klockan halv tio", "en och en halv timme". Pure; the clock is Europe/Stockholm.
 */
const TZ = 'Europe/Stockholm';
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const HOURS = ['tolv', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva'];

const local = (at: Date) => new TZDate(at.getTime(), TZ);

/** "tisdag den 1 december". */
export function sayDate(at: Date): string {
  const t = local(at);
  return `${WEEKDAYS[t.getDay()]} den ${t.getDate()} ${MONTHS[t.getMonth()]}`;
}

/** "tisdag 1 december 2026", for plain letters. */
export function sayDateWithYear(at: Date): string {
  const t = local(at);
  return `${WEEKDAYS[t.getDay()]} ${t.getDate()} ${MONTHS[t.getMonth()]} ${t.getFullYear()}`;
}

/** "3 mars 2027", for a local date (YYYY-MM-DD) with no time: a due date, the month of the next check. */
export function sayLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const hourWord = (h: number) => HOURS[h % 12]!;

/**
 * The clock as people say it: "klockan nio", "klockan kvart över nio", "klockan halv tio",
 * "klockan fem i halv tio", "klockan tjugo i tio". Other minutes: "klockan sju minuter över nio".
 * After noon "på eftermiddagen" or "på kvällen" is added, so "klockan två" cannot mean two at night.
 */
export function sayTime(at: Date): string {
  const t = local(at);
  const h = t.getHours();
  const m = t.getMinutes();
  const next = hourWord(h + 1);
  const now = hourWord(h);
  const words: Record<number, string> = {
    0: now,
    5: `fem över ${now}`,
    10: `tio över ${now}`,
    15: `kvart över ${now}`,
    20: `tjugo över ${now}`,
    25: `fem i halv ${next}`,
    30: `halv ${next}`,
    35: `fem över halv ${next}`,
    40: `tjugo i ${next}`,
    45: `kvart i ${next}`,
    50: `tio i ${next}`,
    55: `fem i ${next}`,
  };
  const said = words[m] ?? (m < 30 ? `${m} minuter över ${now}` : `${60 - m} minuter i ${next}`);
  // The hour the words name: "halv två" at 13:30 is in the afternoon, "kvart i tolv" at 11:45 is not.
  const namedHour = m >= 25 && words[m] !== undefined ? h + 1 : m > 30 ? h + 1 : h;
  const part = namedHour >= 18 ? ' på kvällen' : namedHour >= 13 ? ' på eftermiddagen' : '';
  return `klockan ${said}${part}`;
}

/** "09.30": the digital time, for plain letters. */
export function sayClock(at: Date): string {
  const t = local(at);
  return `${String(t.getHours()).padStart(2, '0')}.${String(t.getMinutes()).padStart(2, '0')}`;
}

/** "en halvtimme", "tre kvart", "en timme", "en och en halv timme", "två timmar", "50 minuter". */
export function sayDuration(minutes: number): string {
  const named: Record<number, string> = {
    30: 'en halvtimme',
    45: 'tre kvart',
    60: 'en timme',
    75: 'en timme och en kvart',
    90: 'en och en halv timme',
    120: 'två timmar',
    150: 'två och en halv timme',
    180: 'tre timmar',
  };
  return named[minutes] ?? `${minutes} minuter`;
}

/** The local date (YYYY-MM-DD) of an instant. */
export function localDateOf(at: Date): string {
  const t = local(at);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}
