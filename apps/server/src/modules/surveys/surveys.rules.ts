import {
  ANSWERED_BY,
  type AnsweredBy,
  type ScoreCounts,
  SURVEY_DIMENSIONS,
  type SurveyDimension,
  type SurveyMonth,
  type SurveyVersion,
  type VisitTypeCode,
} from '@lotsa/contracts';

/*
 * The surveys' pure rules: periods of months, score aggregation, the response rate and the CSV rows.
 * No IO: unit-tested in surveys.rules.test.ts.
 */

/** How long a link can be answered: 30 days after the visit (or after it was made, if later). */
export const INVITATION_DAYS = 30;

export function invitationExpiry(visitEnd: Date, now: Date): Date {
  const from = Math.max(visitEnd.getTime(), now.getTime());
  return new Date(from + INVITATION_DAYS * 24 * 3600_000);
}

/** 'YYYY-MM' of a local date or month. */
export const monthOf = (date: string) => date.slice(0, 7);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 240; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The period asked for, or the last 12 months up to this one. */
export function resolvePeriod(
  q: { from?: string | undefined; to?: string | undefined },
  today: string,
): { from: string; to: string } {
  const to = q.to ?? (q.from ? addMonths(q.from, 11) : monthOf(today));
  const from = q.from ?? addMonths(to, -11);
  return { from, to };
}

/** The last day of a month, as a local date. */
export function lastDayOf(month: string): string {
  const next = addMonths(month, 1);
  const [y, m] = next.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1, 1) - 24 * 3600_000);
  return d.toISOString().slice(0, 10);
}

/** One stored answer as the aggregation sees it (no patient, no booking, no invitation). */
export interface ResponseRow {
  visitDate: string;
  visitTypeCode: VisitTypeCode;
  version: SurveyVersion;
  answeredBy: AnsweredBy;
  channel: 'link' | 'kiosk';
  accessibility: number | null;
  time: number | null;
  treatment: number | null;
  communication: number | null;
  participation: number | null;
  comment: string | null;
}

export interface InvitationCount {
  month: string;
  invitations: number;
  answered: number;
}

const emptyCounts = (): ScoreCounts => ({ good: 0, middle: 0, bad: 0 });
const emptyDimensions = () =>
  Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, emptyCounts()])) as Record<
    SurveyDimension,
    ScoreCounts
  >;

/** Adds one score (3 good, 2 middle, 1 bad; null skipped) to the counts. */
export function countScore(c: ScoreCounts, score: number | null): void {
  if (score === 3) c.good++;
  else if (score === 2) c.middle++;
  else if (score === 1) c.bad++;
}

/** Shares (0–1) of good, middle and bad; all zero without answers. */
export function shares(c: ScoreCounts): ScoreCounts {
  const total = c.good + c.middle + c.bad;
  if (total === 0) return emptyCounts();
  return { good: c.good / total, middle: c.middle / total, bad: c.bad / total };
}

/** Answered invitations / invitations; null when none were sent. */
export function responseRate(answered: number, invitations: number): number | null {
  return invitations > 0 ? answered / invitations : null;
}

/** Month by month: answers per dimension and face, kiosk answers, and the links' response rate. */
export function aggregateMonths(
  months: string[],
  rows: readonly ResponseRow[],
  invitations: readonly InvitationCount[],
): SurveyMonth[] {
  const byMonth = new Map<string, SurveyMonth>(
    months.map((month) => [
      month,
      {
        month,
        responses: 0,
        kiosk: 0,
        invitations: 0,
        answered: 0,
        responseRate: null,
        dimensions: emptyDimensions(),
      },
    ]),
  );
  for (const r of rows) {
    const m = byMonth.get(monthOf(r.visitDate));
    if (!m) continue;
    m.responses++;
    if (r.channel === 'kiosk') m.kiosk++;
    for (const d of SURVEY_DIMENSIONS) countScore(m.dimensions[d], r[d]);
  }
  for (const i of invitations) {
    const m = byMonth.get(i.month);
    if (!m) continue;
    m.invitations += i.invitations;
    m.answered += i.answered;
  }
  for (const m of byMonth.values()) m.responseRate = responseRate(m.answered, m.invitations);
  return [...byMonth.values()];
}

/** The whole period in one: the sums of the months. */
export function totalOf(months: readonly SurveyMonth[]): Omit<SurveyMonth, 'month'> {
  const t = { responses: 0, kiosk: 0, invitations: 0, answered: 0, dimensions: emptyDimensions() };
  for (const m of months) {
    t.responses += m.responses;
    t.kiosk += m.kiosk;
    t.invitations += m.invitations;
    t.answered += m.answered;
    for (const d of SURVEY_DIMENSIONS) {
      t.dimensions[d].good += m.dimensions[d].good;
      t.dimensions[d].middle += m.dimensions[d].middle;
      t.dimensions[d].bad += m.dimensions[d].bad;
    }
  }
  return { ...t, responseRate: responseRate(t.answered, t.invitations) };
}

/** Good / middle / bad over all five dimensions, per who answered. */
export function byAnsweredBy(rows: readonly ResponseRow[]) {
  return ANSWERED_BY.map((answeredBy) => {
    const mine = rows.filter((r) => r.answeredBy === answeredBy);
    const good = emptyCounts();
    for (const r of mine) for (const d of SURVEY_DIMENSIONS) countScore(good, r[d]);
    return { answeredBy, responses: mine.length, good };
  });
}

export const MAX_COMMENTS = 200;

/** Free-text comments, newest first; only the month is shown, never the day. */
export function commentsOf(rows: readonly ResponseRow[]) {
  return rows
    .filter((r): r is ResponseRow & { comment: string } => !!r.comment)
    .sort((a, b) => (a.visitDate < b.visitDate ? 1 : a.visitDate > b.visitDate ? -1 : 0))
    .slice(0, MAX_COMMENTS)
    .map((r) => ({
      month: monthOf(r.visitDate),
      visitTypeCode: r.visitTypeCode,
      version: r.version,
      answeredBy: r.answeredBy,
      text: r.comment,
    }));
}

// --- CSV -------------------------------------------------------------------------------------------

const SCORE_WORDS: Record<number, string> = { 3: 'Bra', 2: 'Sådär', 1: 'Dåligt' };
const VERSION_WORDS: Record<SurveyVersion, string> = {
  patient: 'Lättläst (patient)',
  companion: 'Följeslagare',
};
const ANSWERED_BY_WORDS: Record<AnsweredBy, string> = {
  patient_alone: 'Patienten själv',
  patient_with_help: 'Patienten med hjälp',
  companion: 'Följeslagare för patienten',
};

export const CSV_HEADER = [
  'Månad',
  'Besökstyp',
  'Version',
  'Vem svarade',
  'Kanal',
  'Tillgänglighet',
  'Tidsaspekt',
  'Bemötande',
  'Kommunikation',
  'Delaktighet',
  'Kommentar',
];

/**
 * One row per answer, in Swedish. Only the month (not the day) and no row order that follows the
 * answering: sorted by month, visit type and scores, so a row cannot be matched to a visit.
 */
export function csvRows(rows: readonly ResponseRow[], visitTypeName: (code: string) => string): string[][] {
  const word = (s: number | null) => (s === null ? '' : (SCORE_WORDS[s] ?? ''));
  return rows
    .map((r) => [
      monthOf(r.visitDate),
      visitTypeName(r.visitTypeCode),
      VERSION_WORDS[r.version],
      ANSWERED_BY_WORDS[r.answeredBy],
      r.channel === 'kiosk' ? 'Surfplatta i receptionen' : 'Länk eller QR-kod',
      word(r.accessibility),
      word(r.time),
      word(r.treatment),
      word(r.communication),
      word(r.participation),
      // A leading =, +, - or @ would be a formula in Excel: neutralise it.
      r.comment ? r.comment.replace(/^[=+\-@\t\r]/, "'$&") : '',
    ])
    .sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000'), 'sv'));
}
