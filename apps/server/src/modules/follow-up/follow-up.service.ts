import {
  INTAKE_FUNNEL_STEPS,
  municipalityName,
  type Period,
  type RegionFollowUp,
  type UnitFollowUp,
} from '@lotsa/contracts';
import type { Queryable } from '../../db/database.ts';
import { appendAudit, hasRoleIn, type Scope } from '../../kernel/index.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { endOfLocalDay, startOfLocalDay } from '../../lib/time.ts';
import { findRegionName, findUnits } from '../organisation/index.ts';
import * as repo from './follow-up.repository.ts';
import { monthsOf, previousPeriod, suppress } from './follow-up.rules.ts';

export interface FollowUpInput {
  from: string;
  to: string;
  unitId?: string;
}

/** The instants of a period of local dates: [start of its first day, end of its last day). */
const windowOf = (unitId: string, p: Period): repo.Window => ({
  unitId,
  start: startOfLocalDay(p.from),
  end: new Date(endOfLocalDay(p.to).getTime() + 1),
});
/** The moment a day is counted at: its end (Europe/Stockholm). */
const endOf = (date: string) => endOfLocalDay(date);

/** The unit manager of the unit (their active one unless named): exact figures for one unit. */
async function managedUnit(scope: Scope, unitId: string | undefined) {
  const id = unitId ?? scope.actor.activeUnitId;
  if (!id || !hasRoleIn(scope.actor, id, ['unit_manager'])) throw forbidden('view_unit_follow_up');
  const [unit] = await findUnits(scope.db, scope.regionId, [id]);
  if (!unit) throw notFound('unit');
  return unit;
}

/** Every figure of one unit for a period and the one before it. */
export async function unitFigures(
  db: Queryable,
  unit: { id: string; name: string; cap: number },
  period: Period,
): Promise<UnitFollowUp> {
  const previous = previousPeriod(period);
  const w = windowOf(unit.id, period);
  const pw = windowOf(unit.id, previous);
  const months = monthsOf(period);
  const counts = await repo.placesAt(db, unit.id, [...months.map((m) => endOf(m.at)), endOf(previous.to)]);
  const atPreviousEnd = counts.pop() ?? { enrolled: 0, waiting: 0 };
  const atEnd = counts.at(-1) ?? { enrolled: 0, waiting: 0 };
  const breakdown = await repo.placesBreakdown(db, unit.id, endOf(period.to));
  const waitingDays = await repo.waitingDays(db, w);
  const funnel = await repo.intakeFunnel(db, w);
  const previousFunnel = await repo.intakeFunnel(db, pw);
  const dropOuts = await repo.dropOuts(db, w);
  const byType = await repo.visitsByType(db, w);
  const previousByType = await repo.visitsByType(db, pw);
  const cancelReasons = await repo.cancelReasons(db, w);
  const continuity = await repo.continuity(db, w);
  const requests = await repo.contactRequestFigures(db, w);
  const previousRequests = await repo.contactRequestFigures(db, pw);
  const surveys = await repo.surveyFigures(db, unit.id, period.from, period.to);
  const previousSurveys = await repo.surveyFigures(db, unit.id, previous.from, previous.to);

  const codes = [...new Set([...byType, ...previousByType].map((r) => r.visitTypeCode))].sort();
  return {
    unit: { id: unit.id, name: unit.name, cap: unit.cap },
    period,
    previous,
    enrolment: {
      months: months.map((m, i) => ({ month: m.month, ...(counts[i] ?? { enrolled: 0, waiting: 0 }) })),
      atEnd,
      atPreviousEnd,
      byMunicipality: breakdown.byMunicipality.map((r) => ({ ...r, name: municipalityName(r.code) })),
      byDiagnosis: breakdown.byDiagnosis,
      waitingDays,
    },
    intake: {
      steps: INTAKE_FUNNEL_STEPS.map((step, i) => ({
        step,
        count: funnel[i]?.count ?? 0,
        previousCount: previousFunnel[i]?.count ?? 0,
        days: funnel[i]?.days ?? { n: 0, median: null, p90: null },
      })),
      dropOuts,
    },
    visits: {
      byType: codes.map((code) => {
        const cur = byType.find((r) => r.visitTypeCode === code);
        return {
          visitTypeCode: code,
          completed: cur?.completed ?? 0,
          noShow: cur?.noShow ?? 0,
          cancelled: cur?.cancelled ?? 0,
          previousCompleted: previousByType.find((r) => r.visitTypeCode === code)?.completed ?? 0,
        };
      }),
      cancelReasons,
      continuity,
    },
    contactRequests: {
      total: requests.total,
      previousTotal: previousRequests.total,
      byRoute: requests.byRoute,
      firstAnswerHours: requests.firstAnswerHours,
    },
    surveys: {
      answers: surveys.answers,
      previousAnswers: previousSurveys.answers,
      dimensions: surveys.dimensions,
    },
  };
}

/**
 * /api/follow-up/unit: the unit manager's figures (exact counts). Reading them is audited as a
 * statistics access: no patient is named, so the entry names none.
 */
export async function unitFollowUp(
  scope: Scope,
  q: FollowUpInput,
  action: 'read' | 'export' = 'read',
): Promise<UnitFollowUp> {
  const unit = await managedUnit(scope, q.unitId);
  const period = { from: q.from, to: q.to };
  return scope.db.transaction(async (tx) => {
    const figures = await unitFigures(tx, unit, period);
    await appendAudit(tx, scope.actor, {
      action,
      entity: 'statistics',
      entityId: unit.id,
      patientIds: [],
      detail: { view: 'unit', from: period.from, to: period.to },
    });
    return figures;
  });
}

/** /api/follow-up/region: the region admin's view of every unit, small counts suppressed, no drill-down. */
export async function regionFollowUp(
  scope: Scope,
  q: FollowUpInput,
  action: 'read' | 'export' = 'read',
): Promise<RegionFollowUp> {
  if (!scope.actor.isRegionAdmin) throw forbidden('view_region_follow_up');
  const period = { from: q.from, to: q.to };
  const previous = previousPeriod(period);
  return scope.db.transaction(async (tx) => {
    const units = (await findUnits(tx, scope.regionId)).filter((u) => u.active);
    const rows: RegionFollowUp['units'] = [];
    for (const unit of units) {
      const w = windowOf(unit.id, period);
      const [at] = await repo.placesAt(tx, unit.id, [endOf(period.to)]);
      const intake = await repo.intakeCounts(tx, w);
      const visits = await repo.visitsByType(tx, w);
      const requests = await repo.contactRequestFigures(tx, w);
      const surveys = await repo.surveyFigures(tx, unit.id, period.from, period.to);
      rows.push({
        unitId: unit.id,
        name: unit.name,
        cap: unit.cap,
        enrolled: suppress(at?.enrolled ?? 0),
        waiting: suppress(at?.waiting ?? 0),
        registrations: suppress(intake.registrations),
        enrolments: suppress(intake.enrolments),
        completedVisits: suppress(visits.reduce((s, v) => s + v.completed, 0)),
        noShows: suppress(visits.reduce((s, v) => s + v.noShow, 0)),
        contactRequests: suppress(requests.total),
        surveyAnswers: suppress(surveys.answers),
      });
    }
    await appendAudit(tx, scope.actor, {
      action,
      entity: 'statistics',
      entityId: scope.regionId,
      patientIds: [],
      detail: { view: 'region', from: period.from, to: period.to },
    });
    const name = (await findRegionName(tx, scope.regionId)) ?? '';
    return { region: { id: scope.regionId, name }, period, previous, units: rows };
  });
}
