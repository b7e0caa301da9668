import type { SurveyResults, VisitTypeCode, ZSurveyResultsQuery } from '@lotsa/contracts';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { localToday } from '../../lib/time.ts';
import { findUnits } from '../organisation/index.ts';
import { surveyUnitOf } from './surveys.kiosk.ts';
import { countInvitations, findResponses, type ResultFilter } from './surveys.repository.ts';
import {
  aggregateMonths,
  byAnsweredBy,
  CSV_HEADER,
  commentsOf,
  csvRows,
  lastDayOf,
  monthsBetween,
  resolvePeriod,
  totalOf,
} from './surveys.rules.ts';

type Query = z.output<typeof ZSurveyResultsQuery>;

/** Plain Swedish names of the visit types, for the export. */
export const VISIT_TYPE_NAMES_SV: Record<VisitTypeCode, string> = {
  health_check: 'Hälsokontroll',
  extended_doctor: 'Långt läkarbesök',
  nurse_visit: 'Besök hos sjuksköterska',
  team_visit: 'Teambesök',
  study_visit: 'Studiebesök',
  sampling_school: 'Provtagningsskola',
  home_visit: 'Hembesök',
  digital_visit: 'Videobesök',
  sip_meeting: 'SIP-möte',
  joint_session: 'Gemensam mottagning',
};

function filterOf(actor: Actor, q: Query, now: Date) {
  const unitId = surveyUnitOf(actor);
  const period = resolvePeriod(q, localToday(now));
  const filter: ResultFilter = {
    regionId: actor.regionId,
    unitId,
    fromDate: `${period.from}-01`,
    toDate: lastDayOf(period.to),
    visitTypeCode: q.visitTypeCode,
  };
  return { unitId, period, filter };
}

/** The active unit's results: month by month per dimension, the response rate, the comments. */
export async function getResults(db: Db, actor: Actor, q: Query, now = new Date()): Promise<SurveyResults> {
  const { unitId, period, filter } = filterOf(actor, q, now);
  const [unit] = await findUnits(db, actor.regionId, [unitId]);
  const [rows, invitations] = await Promise.all([findResponses(db, filter), countInvitations(db, filter)]);
  const months = aggregateMonths(monthsBetween(period.from, period.to), rows, invitations);
  return {
    unitId,
    unitName: unit?.name ?? '',
    from: period.from,
    to: period.to,
    months,
    totals: totalOf(months),
    byAnsweredBy: byAnsweredBy(rows),
    comments: commentsOf(rows),
  };
}

/** The export: one row per answer, Swedish headers, UTF-8 with a byte-order mark so Excel reads å, ä, ö. */
export async function exportResultsCsv(
  db: Db,
  actor: Actor,
  q: Query,
  now = new Date(),
): Promise<{ filename: string; body: string }> {
  const { period, filter } = filterOf(actor, q, now);
  const rows = await findResponses(db, filter);
  const body = stringify(
    [CSV_HEADER, ...csvRows(rows, (c) => VISIT_TYPE_NAMES_SV[c as VisitTypeCode] ?? c)],
    {
      delimiter: ';',
      bom: true,
      record_delimiter: 'windows',
    },
  );
  return { filename: `enkatsvar-${period.from}-${period.to}.csv`, body };
}
