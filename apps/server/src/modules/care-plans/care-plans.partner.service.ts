import type { PartnerCarePlan } from '@lotsa/contracts';
import type { Tx } from '../../db/database.ts';
import { hasPartnerRole, isPartnerAt, type Scope } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden } from '../../lib/errors.ts';
import { findPatientUnit, type PatientRow } from '../patients/index.ts';
import * as err from './care-plans.errors.ts';
import * as repo from './care-plans.repository.ts';
import { isShared } from './care-plans.rules.ts';

/**
 * The partner view of SIPs (/samverkan): a partner account sees the agreed SIPs it takes part in,
 * only while the person's consent to the SIP and to sharing with that participant is in force (else
 * nothing, not even that the SIP exists), and acknowledges the agreed version. Every read and
 * acknowledgement runs inside the patients door's guard (partner at the patient's unit, no care
 * relationship: consent-scoped, decision 0010), audited as `care_plan` at the patient's unit.
 */
export const PARTNER_REASON = 'samverkan enligt patientens samtycke (SIP)';

type Candidate = Awaited<ReturnType<typeof repo.plansOfParticipantUser>>[number];

async function partnerPlanOf(
  tx: Tx,
  patient: PatientRow,
  planId: string,
  userId: string,
): Promise<{ plan: PartnerCarePlan; participantId: string } | null> {
  const row = await repo.findPlan(tx, patient.id, planId);
  if (!row) return null;
  const participants = await repo.participantsOf(tx, row.id);
  const consents = await repo.consentsOf(tx, row.id);
  const me = participants.find((p) => p.userId === userId && isShared(p, consents));
  const versions = await repo.versionsOf(tx, row.id);
  const latest = versions.at(-1);
  if (!me || !latest) return null;
  const ack = (await repo.acknowledgementsOf(tx, row.id)).find(
    (a) => a.participantId === me.id && a.version === latest.version,
  );
  return {
    participantId: me.id,
    plan: {
      id: row.id,
      patientName: `${patient.givenName} ${patient.familyName}`,
      version: latest.version,
      agreedAt: latest.agreedAt.toISOString(),
      legalReference: latest.legalReference,
      content: latest.content,
      participants: latest.participants.map((p) => ({ name: p.name, organisation: p.organisation })),
      mine: latest.content.interventions.filter((i) => i.participantId === me.id).map((i) => i.text),
      acknowledgedAt: ack ? ack.acknowledgedAt.toISOString() : null,
    },
  };
}

async function asPartnerAt(scope: Scope, patientId: string): Promise<Actor | null> {
  const unitId = await findPatientUnit(scope.db, scope.regionId, patientId);
  if (!unitId) return null;
  // Logged at the patient's unit, so its manager sees every partner read of their patients.
  return { ...scope.actor, reason: PARTNER_REASON, activeUnitId: unitId };
}

const guard = (action: 'read' | 'update') => ({
  forUpdate: action === 'update',
  action,
  authorize: isPartnerAt,
  careRelation: false,
});

export async function listPartnerCarePlans(scope: Scope): Promise<PartnerCarePlan[]> {
  if (!hasPartnerRole(scope.actor)) throw forbidden('partner_page_only');
  const candidates = await repo.plansOfParticipantUser(scope.db, scope.regionId, scope.actor.userId);
  // Without consent in force nothing is read, and nothing tells the SIP exists.
  const shared = candidates.filter((c: Candidate) =>
    isShared({ id: c.participantId, kind: c.kind, removedAt: c.removedAt }, c.consents),
  );
  const out: PartnerCarePlan[] = [];
  for (const c of shared) {
    const actor = await asPartnerAt(scope, c.patientId);
    if (!actor) continue;
    const r = await repo.onPatient(
      { db: scope.db, actor },
      c.patientId,
      guard('read'),
      async (tx, patient) => {
        const found = await partnerPlanOf(tx, patient, c.planId, scope.actor.userId);
        return {
          value: found?.plan ?? null,
          entityId: c.planId,
          detail: { sip: true, partner: true, version: found?.plan.version ?? null },
        };
      },
    );
    if (r.status === 'ok' && r.value) out.push(r.value);
  }
  return out;
}

export async function acknowledgeCarePlan(
  scope: Scope,
  planId: string,
  version: number,
): Promise<PartnerCarePlan> {
  if (!hasPartnerRole(scope.actor)) throw forbidden('partner_page_only');
  const patientId = await repo.findPatientOfPlan(scope.db, scope.regionId, planId);
  const actor = patientId ? await asPartnerAt(scope, patientId) : null;
  if (!patientId || !actor) throw err.planNotFound();
  const r = await repo.onPatient({ db: scope.db, actor }, patientId, guard('update'), async (tx, patient) => {
    const found = await partnerPlanOf(tx, patient, planId, scope.actor.userId);
    if (!found) throw err.planNotFound();
    if (found.plan.version !== version) throw err.versionOutdated(found.plan.version);
    if (!found.plan.acknowledgedAt) {
      await repo.insertAcknowledgement(tx, {
        regionId: patient.regionId,
        planId,
        version,
        participantId: found.participantId,
        userId: scope.actor.userId,
        userName: scope.actor.userName,
      });
    }
    const after = await partnerPlanOf(tx, patient, planId, scope.actor.userId);
    return {
      value: after!.plan,
      entityId: planId,
      detail: { sip: true, partner: true, acknowledged: version },
    };
  });
  if (r.status !== 'ok') throw err.planNotFound();
  return r.value;
}
