// Swedish identity numbers (personnummer, samordningsnummer, regional reservnummer): parsing with precise,
// bilingual messages, check digits and test numbers. Pure and shared by server and web; see docs/decisions/0003.
import { z } from 'zod';
import type { MessageCode } from '../messages/codes.ts';
import { messageCode, messageIssue, type ParamsArg, renderMessage } from '../messages/render.ts';

export type IdentityKind = 'personnummer' | 'samordningsnummer' | 'reservnummer';

export type IdentityProblem =
  | 'empty'
  | 'format'
  | 'month'
  | 'day'
  | 'century'
  | 'future'
  | 'checksum'
  | 'reserve_format';

export interface IdentityOk {
  ok: true;
  kind: IdentityKind;
  /** 12 characters without separator: `YYYYMMDDNNNC`, or `YYYYMMDDXXXX` for a letter-style reservnummer. */
  normalized: string;
  /** `YYYYMMDD-NNNC`. */
  display: string;
  /** The real birth date `YYYY-MM-DD` (day − 60 for a samordningsnummer), null when the number has none. */
  birthDate: string | null;
  sex: 'female' | 'male' | null;
}

export interface IdentityError {
  ok: false;
  problem: IdentityProblem;
  /** The catalogue code and params of the message (`messages/`), for the server and the web. */
  code: IdentityCode;
  params: Record<string, unknown>;
  /** The message in both languages, from the catalogues. */
  message: { sv: string; en: string };
}

type IdentityCode = Extract<MessageCode, `identity_${string}`>;

export interface ParseIdentityOptions {
  /** "Now" for century inference and the future check; the calendar date is taken in Europe/Stockholm. */
  today?: Date;
}

/** Skatteverket's published test personnummer use the birth numbers 980–999, never given to real people. */
export const TEST_SERIAL_MIN = 980;
export const TEST_SERIAL_MAX = 999;

const SAMORDNING_DAY_OFFSET = 60;
const VALID_CENTURIES = new Set(['18', '19', '20']);

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function fail<C extends IdentityCode>(
  problem: IdentityProblem,
  code: C,
  ...args: ParamsArg<C>
): IdentityError {
  const params = (args[0] ?? {}) as Record<string, unknown>;
  const text = (lang: string) =>
    (renderMessage as (l: string, c: C, p: unknown) => string)(lang, code, params);
  return { ok: false, problem, code, params, message: { sv: text('sv'), en: text('en') } };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoDate({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Non-negative remainder. */
function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

let stockholmDate: Intl.DateTimeFormat | undefined;

/** The calendar date in Sweden at the given instant (a server running in UTC must not be a day off). */
function swedishCalendarDate(instant: Date): Ymd {
  if (Number.isNaN(instant.getTime()))
    throw new RangeError('parseIdentityNumber: opts.today is an invalid Date');
  stockholmDate ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = stockholmDate.formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return { y: part('year'), m: part('month'), d: part('day') };
}

/**
 * Luhn (modulus 10, weights 2,1,2,1,…) check digit for the nine digits `YYMMDDNNN`.
 * Throws a RangeError unless given exactly nine ASCII digits.
 */
export function luhnCheckDigit(nineDigits: string): number {
  if (!/^[0-9]{9}$/.test(nineDigits)) {
    throw new RangeError(`luhnCheckDigit needs exactly 9 digits, got "${nineDigits}"`);
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = (nineDigits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

function checksumProblem(expected: number): IdentityError {
  return fail('checksum', 'identity_checksum', { expected });
}

function centuryProblem(century: string): IdentityError {
  return fail('century', 'identity_century', { century });
}

function monthProblem(month: string): IdentityError {
  return fail('month', 'identity_month', { month });
}

function dayRangeProblem(day: string, samordningAllowed: boolean): IdentityError {
  return fail('day', 'identity_day_range', { day, samordning: samordningAllowed });
}

function missingDayProblem(date: Ymd, samordningDay: number | null): IdentityError {
  return fail('day', 'identity_missing_day', { year: date.y, month: date.m, day: date.d, samordningDay });
}

function futureProblem(date: Ymd): IdentityError {
  return fail('future', 'identity_future', { date: isoDate(date) });
}

/** Century, month, day range and real-date checks for an 8-digit `YYYYMMDD` (no samordning). */
function checkFullDate(date8: string, today: Ymd): IdentityError | Ymd {
  const century = date8.slice(0, 2);
  if (!VALID_CENTURIES.has(century)) return centuryProblem(century);
  const date = { y: Number(date8.slice(0, 4)), m: Number(date8.slice(4, 6)), d: Number(date8.slice(6, 8)) };
  if (date.m < 1 || date.m > 12) return monthProblem(date8.slice(4, 6));
  if (date.d < 1 || date.d > 31) return dayRangeProblem(date8.slice(6, 8), false);
  if (date.d > daysInMonth(date.y, date.m)) return missingDayProblem(date, null);
  if (compareYmd(date, today) > 0) return futureProblem(date);
  return date;
}

/**
 * Full year for a 10-digit number. '-' (or no separator): under 100, i.e. the most recent year with these two
 * digits whose date is not in the future. '+': the year the person turns 100 has passed or is this year, which is
 * when Skatteverket switches the separator to '+' (18 § folkbokföringslagen), i.e. the most recent such year
 * ≤ this year − 100.
 */
function inferYear(yy: number, month: number, day: number, separator: string, today: Ymd): number {
  if (separator === '+') {
    const latest = today.y - 100;
    return latest - mod(latest - yy, 100);
  }
  const year = today.y - mod(today.y - yy, 100);
  return compareYmd({ y: year, m: month, d: day }, today) > 0 ? year - 100 : year;
}

/** Region Stockholm style: `99` + ten digits that are Luhn-valid on their own. */
function parseNumericReserve(digits: string): IdentityOk | IdentityError {
  const expected = luhnCheckDigit(digits.slice(2, 11));
  if (Number(digits[11]) !== expected) return checksumProblem(expected);
  return {
    ok: true,
    kind: 'reservnummer',
    normalized: digits,
    display: `${digits.slice(0, 8)}-${digits.slice(8)}`,
    birthDate: null,
    sex: null,
  };
}

/** Region Skåne style: a real date `YYYYMMDD` and four characters A–Z/0–9, at least one a letter. */
function parseLetterReserve(date8: string, suffix: string, today: Ymd): IdentityOk | IdentityError {
  const date = checkFullDate(date8, today);
  if ('ok' in date) return date;
  const tail = suffix.toUpperCase();
  return {
    ok: true,
    kind: 'reservnummer',
    normalized: `${date8}${tail}`,
    display: `${date8}-${tail}`,
    birthDate: isoDate(date),
    sex: null,
  };
}

function parsePersonalNumber(
  century: string | undefined,
  yymmdd: string,
  separator: string,
  last4: string,
  today: Ymd,
): IdentityOk | IdentityError {
  if (century !== undefined && separator === '+') {
    return fail('format', 'identity_plus_long_form');
  }
  if (century !== undefined && !VALID_CENTURIES.has(century)) return centuryProblem(century);

  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12) return monthProblem(yymmdd.slice(2, 4));
  const samordning = rawDay >= 61 && rawDay <= 91;
  if (!samordning && (rawDay < 1 || rawDay > 31)) return dayRangeProblem(yymmdd.slice(4, 6), true);
  const day = samordning ? rawDay - SAMORDNING_DAY_OFFSET : rawDay;

  const year =
    century !== undefined ? Number(century) * 100 + yy : inferYear(yy, month, day, separator, today);
  const date = { y: year, m: month, d: day };
  if (day > daysInMonth(year, month)) return missingDayProblem(date, samordning ? rawDay : null);
  if (compareYmd(date, today) > 0) return futureProblem(date);

  if (last4.startsWith('000')) {
    return fail('format', 'identity_birth_number_000');
  }

  const expected = luhnCheckDigit(`${yymmdd}${last4.slice(0, 3)}`);
  if (Number(last4[3]) !== expected) return checksumProblem(expected);

  const normalized = `${pad(Math.floor(year / 100), 2)}${yymmdd}${last4}`;
  return {
    ok: true,
    kind: samordning ? 'samordningsnummer' : 'personnummer',
    normalized,
    display: `${normalized.slice(0, 8)}-${normalized.slice(8)}`,
    birthDate: isoDate(date),
    sex: Number(last4[2]) % 2 === 1 ? 'male' : 'female',
  };
}

/**
 * Parses a personnummer, samordningsnummer or reservnummer as typed by a person. Never throws for any string.
 * Accepts `YYYYMMDDNNNC`, `YYYYMMDD-NNNC`, `YYMMDD-NNNC`, `YYMMDDNNNC` and `YYMMDD+NNNC`, surrounding whitespace
 * and typographic dashes (–, —, −) in place of '-'.
 */
export function parseIdentityNumber(
  input: string,
  opts: ParseIdentityOptions = {},
): IdentityOk | IdentityError {
  const text = (typeof input === 'string' ? input : '').trim().replace(/[\u2010-\u2015\u2212]/g, '-');
  if (text === '') return fail('empty', 'identity_empty');
  const today = swedishCalendarDate(opts.today ?? new Date());

  const numericReserve = /^99([0-9]{6})-?([0-9]{4})$/.exec(text);
  if (numericReserve) return parseNumericReserve(`99${numericReserve[1]}${numericReserve[2]}`);

  const letterReserve = /^([0-9]{8})-?([A-Za-z0-9]{4})$/.exec(text);
  if (
    letterReserve?.[1] !== undefined &&
    letterReserve[2] !== undefined &&
    /[A-Za-z]/.test(letterReserve[2])
  ) {
    return parseLetterReserve(letterReserve[1], letterReserve[2], today);
  }

  const personal = /^([0-9]{2})?([0-9]{6})([-+]?)([0-9]{4})$/.exec(text);
  if (personal?.[2] !== undefined && personal[4] !== undefined) {
    return parsePersonalNumber(personal[1], personal[2], personal[3] ?? '', personal[4], today);
  }

  if (/\p{L}/u.test(text)) {
    return fail('reserve_format', 'identity_reserve_format');
  }

  const digitCount = text.replace(/[^0-9]/g, '').length;
  if (/^[0-9\s+-]+$/.test(text) && digitCount !== 10 && digitCount !== 12) {
    return fail('format', 'identity_digit_count', { digits: digitCount });
  }
  return fail('format', 'identity_format');
}

/**
 * A valid identity number for demo and test data: the given birth date, a birth number in Skatteverket's test series
 * 980–999 and the computed check digit; `samordning` adds 60 to the day. Returns the normalized 12 digits.
 * Throws a RangeError for a serial outside 980–999 or a birth date that is not a real `YYYY-MM-DD` in 1800–2099.
 */
export function makeTestIdentityNumber(
  birthDate: string,
  serial: number,
  opts: { samordning?: boolean } = {},
): string {
  if (!Number.isInteger(serial) || serial < TEST_SERIAL_MIN || serial > TEST_SERIAL_MAX) {
    throw new RangeError(
      `Test identity numbers need a birth number ${TEST_SERIAL_MIN}–${TEST_SERIAL_MAX}, got ${serial}`,
    );
  }
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(birthDate);
  const date = match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
  if (
    date === null ||
    date.y < 1800 ||
    date.y > 2099 ||
    date.m < 1 ||
    date.m > 12 ||
    date.d < 1 ||
    date.d > daysInMonth(date.y, date.m)
  ) {
    throw new RangeError(`Not a real birth date YYYY-MM-DD in 1800–2099: "${birthDate}"`);
  }
  const day = date.d + (opts.samordning ? SAMORDNING_DAY_OFFSET : 0);
  const nine = `${pad(date.y % 100, 2)}${pad(date.m, 2)}${pad(day, 2)}${serial}`;
  return `${pad(Math.floor(date.y / 100), 2)}${nine}${luhnCheckDigit(nine)}`;
}

/**
 * Trims, validates with parseIdentityNumber (today = now) and outputs the normalized form. The issue's message is
 * the problem's catalogue code, with its params.
 */
export const ZIdentityNumber: z.ZodType<string> = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null ? messageCode('identity_empty') : undefined,
  })
  .trim()
  .transform((value, ctx) => {
    const result = parseIdentityNumber(value);
    if (!result.ok) {
      ctx.issues.push({ ...messageIssue(result.code, result.params as never), input: value });
      return z.NEVER;
    }
    return result.normalized;
  });
