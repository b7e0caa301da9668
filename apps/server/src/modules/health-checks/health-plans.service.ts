import type { HealthPlan, PlanAction } from '@lotsa/contracts';
import type { Db, Tx } from '../../db/database.ts';
import type { Scope } from '../../kernel/index.ts';
import { conflict, problem } from '../../lib/errors.ts';
import { addMonthsToLocalDate, localToday } from '../../lib/time.ts';
import { insertContactRequest, routeContactRequest } from '../contact-requests/index.ts';
import { renderLettersPdf } from '../letters/index.ts';
import { describeUnits } from '../organisation/index.ts';
import { type PatientRow, unwrapPatient } from '../patients/index.ts';
import * as repo from './health-checks.repository.ts';
import { onCheck } from './health-checks.service.ts';
import { easyReadPlan, isOverdue } from './health-plans.rules.ts';

/** The health action plan: actions with owner, due date and status; the next check date; the easy-read copy. */

type ActionInput = {
  text: string;
  easyText: string | null;
  topic: string;
  ownerKind: string;
  ownerName: string;
  dueDate: string;
};

function toAction(r: repo.PlanActionRow, today: string): PlanAction {
  return {
    id: r.id,
    text: r.text,
    easyText: r.easyText,
    topic: r.topic as PlanAction['topic'],
    ownerKind: r.ownerKind as PlanAction['ownerKind'],
    ownerName: r.ownerName,
    dueDate: r.dueDate,
    status: r.status as PlanAction['status'],
    followUp: r.followUp,
    contactRequestId: r.contactRequestId,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: r.updatedByName,
    overdue: isOverdue(r, today),
  };
}

const nextCheckOf = (row: repo.HealthCheckRow) =>
  row.nextCheckDate ?? addMonthsToLocalDate(localToday(row.signedAt ?? row.createdAt), 12);

async function planOf(tx: Tx, row: repo.HealthCheckRow): Promise<HealthPlan> {
  const today = localToday();
  return {
    checkId: row.id,
    seriesId: row.seriesId,
    patientId: row.patientId,
    nextCheckDate: nextCheckOf(row),
    actions: (await repo.actionsOf(tx, row.seriesId)).map((a) => toAction(a, today)),
  };
}

const writable = (row: repo.HealthCheckRow) => {
  if (row.status === 'amended') throw conflict('health_plan_amended');
};

export function getPlan(scope: Scope, checkId: string) {
  return onCheck(scope, checkId, { forUpdate: false, action: 'read' }, async (tx, _p, row) => ({
    value: await planOf(tx, row),
    detail: { plan: true },
  }));
}

export function setPlan(scope: Scope, checkId: string, nextCheckDate: string) {
  return onCheck(scope, checkId, { forUpdate: true, action: 'update' }, async (tx, _p, row) => {
    writable(row);
    await repo.setNextCheckDate(tx, row.id, nextCheckDate);
    return { value: await planOf(tx, { ...row, nextCheckDate }), detail: { plan: true, nextCheckDate } };
  });
}

export function addAction(scope: Scope, checkId: string, input: ActionInput) {
  return onCheck(scope, checkId, { forUpdate: true, action: 'update' }, async (tx, patient, row) => {
    writable(row);
    const a = await repo.insertAction(tx, {
      ...input,
      regionId: row.regionId,
      patientId: patient.id,
      seriesId: row.seriesId,
      updatedByUserId: scope.actor.userId,
      updatedByName: scope.actor.userName,
    });
    return { value: await planOf(tx, row), detail: { plan: true, action: a.id, added: true } };
  });
}

export function updateAction(
  scope: Scope,
  checkId: string,
  actionId: string,
  input: ActionInput & { expectedVersion: number; status: string; followUp: string | null },
) {
  return onCheck(scope, checkId, { forUpdate: true, action: 'update' }, async (tx, _p, row) => {
    writable(row);
    const { expectedVersion, ...change } = input;
    const done = await repo.updateAction(tx, row.seriesId, actionId, expectedVersion, {
      ...change,
      updatedByUserId: scope.actor.userId,
      updatedByName: scope.actor.userName,
    });
    if (!done) {
      const current = await repo.findAction(tx, row.seriesId, actionId);
      if (!current) throw problem(404, 'health_plan_action_not_found');
      throw conflict('health_plan_action_stale', { by: current.updatedByName });
    }
    return { value: await planOf(tx, row), detail: { plan: true, action: actionId, status: input.status } };
  });
}

/** A contact request (ärende) for the action, routed like any other, made in the same transaction. */
export function actionContactRequest(scope: Scope, checkId: string, actionId: string) {
  return onCheck(scope, checkId, { forUpdate: true, action: 'update' }, async (tx, patient, row) => {
    writable(row);
    const action = await repo.findAction(tx, row.seriesId, actionId);
    if (!action) throw problem(404, 'health_plan_action_not_found');
    if (action.contactRequestId) throw conflict('health_plan_has_request');
    const view = unwrapPatient(
      await insertContactRequest(
        tx as unknown as Db,
        scope.actor,
        {
          patientId: patient.id,
          callerKind: 'other',
          callerName: `Hälsoplan (${scope.actor.userName})`,
          callbackPhone: patient.phone ?? '',
          subject: `Hälsoplan: ${action.text} (senast ${action.dueDate})`,
          urgency: 'normal',
          today: localToday(),
        },
        routeContactRequest,
      ),
    );
    await repo.linkContactRequest(tx, action.id, view.row.id);
    return {
      value: await planOf(tx, row),
      detail: { plan: true, action: actionId, contactRequest: view.row.id },
    };
  });
}

async function unitName(tx: Tx, patient: PatientRow) {
  const d = await describeUnits(tx, patient.regionId, [patient.unitId]);
  return d.units.find((u) => u.id === patient.unitId)?.name ?? '';
}

/** The plan's easy-read copy as PDF (the letters module's pipeline), audited as an export. */
export async function easyReadPlanPdf(scope: Scope, checkId: string): Promise<Buffer> {
  const content = await onCheck(
    scope,
    checkId,
    { forUpdate: false, action: 'export' },
    async (tx, patient, row) => {
      const plan = await planOf(tx, row);
      const c = easyReadPlan({
        patientName: `${patient.givenName} ${patient.familyName}`,
        unitName: await unitName(tx, patient),
        nextCheckDate: plan.nextCheckDate,
        actions: plan.actions,
      });
      return { value: c, detail: { plan: true, easyRead: true, lix: c.lix } };
    },
  );
  return renderLettersPdf([{ content, photos: new Map(), webUrl: null }], content.title);
}
