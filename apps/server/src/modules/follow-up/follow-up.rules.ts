import type { Period, Suppressed } from '@lotsa/contracts';
import { addDaysToLocalDate, addMonthsToLocalDate } from '../../lib/time.ts';

/**
 * The follow-up's pure rules: periods, the months they cover and the suppression of small counts.
 * Unit-tested in follow-up.rules.test.ts; the figures themselves are SQL aggregates
 * (follow-up.repository.ts), defined in docs/follow-up.md.
 */

const DAY_MS = 86_400_000;

/** Whole days from one local date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The period of the same length that ends the day before this one starts. */
export function previousPeriod(p: Period): Period {
  const length = daysBetween(p.from, p.to) + 1;
  // Whole calendar months (and quarters, years) compare with the months before, not a day count.
  if (p.from.endsWith('-01') && addDaysToLocalDate(p.to, 1).endsWith('-01')) {
    const months = monthsOf(p).length;
    const from = addMonthsToLocalDate(p.from, -months);
    return { from, to: addDaysToLocalDate(p.from, -1) };
  }
  return { from: addDaysToLocalDate(p.from, -length), to: addDaysToLocalDate(p.from, -1) };
}

/** The calendar months a period touches, each with the day it is counted on (its last day in the period). */
export function monthsOf(p: Period): Array<{ month: string; at: string }> {
  const out: Array<{ month: string; at: string }> = [];
  let first = `${p.from.slice(0, 7)}-01`;
  while (first <= p.to) {
    const last = addDaysToLocalDate(addMonthsToLocalDate(first, 1), -1);
    out.push({ month: first.slice(0, 7), at: last < p.to ? last : p.to });
    first = addMonthsToLocalDate(first, 1);
  }
  return out;
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The month, quarter or year that holds a local date. */
export function periodHolding(kind: PeriodKind, date: string): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const startMonth = kind === 'month' ? m : kind === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const from = `${y}-${String(startMonth).padStart(2, '0')}-01`;
  return { from, to: addDaysToLocalDate(addMonthsToLocalDate(from, months), -1) };
}

/** Region-wide and exported counts: 1–4 become "< 5" so that no patient can be identified. */
export function suppress(n: number): Suppressed {
  return n >= 1 && n <= 4 ? '<5' : n;
}
