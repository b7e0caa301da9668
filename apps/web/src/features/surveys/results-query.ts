import type { SurveyResults, SurveyResultsQuery, VisitTypeCode } from '@lotsa/contracts';

/** The periods to choose from, in months up to and including this one. */
export const PERIODS = ['3', '6', '12', '24'] as const;
export type ResultsPeriod = (typeof PERIODS)[number];

/** This month in Stockholm, `2026-12`. */
export function currentMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' })
    .format(now)
    .slice(0, 7);
}

/** The month `n` months before `month` (`2026-01`, 1 → `2025-12`). */
export function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The results asked for: the period's months up to `to`, for one visit type or all (''). */
export function resultsQuery(
  to: string,
  period: ResultsPeriod,
  visitType: VisitTypeCode | '',
): SurveyResultsQuery {
  return {
    from: monthsBack(to, Number(period) - 1),
    to,
    ...(visitType ? { visitTypeCode: visitType } : {}),
  };
}

/** The share of "good" answers as whole percent, or null when there were none. */
export function shareGood(good: SurveyResults['byAnsweredBy'][number]['good']): number | null {
  const all = good.good + good.middle + good.bad;
  return all ? Math.round((good.good / all) * 100) : null;
}
