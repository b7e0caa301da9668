// The care relationship as the user meets it (decision 0010): what relation they have with a
// patient, stating a reason when they have none, emergency access to a patient of another unit of
// the region, and the confirmation a protected identity asks for. The rule itself is the kernel's.
import type { PatientAccess, ZAccessRequest, ZEmergencyAccessRequest } from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db, Queryable } from '../../db/database.ts';
import {
  type AccessBasis,
  accessBasesOf,
  appendAudit,
  CLINICAL_ROLES,
  canAccessPatientsOf,
  grantAccess,
  hasRoleIn,
  rolesIn,
} from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { fieldProblem, notFound, problem } from '../../lib/errors.ts';
import { findPatientAccessRow } from './patients.repository.ts';

function toAccess(patient: { id: string; protectedIdentity: boolean }, bases: AccessBasis[]): PatientAccess {
  const latest = (kind: AccessBasis['kind']) => {
    const ends = bases.filter((b) => b.kind === kind).map((b) => b.until?.getTime() ?? 0);
    return ends.length ? new Date(Math.max(...ends)).toISOString() : null;
  };
  const relations = new Map<string, string | null>();
  for (const b of bases) {
    if (b.kind === 'emergency' || b.kind === 'protected_confirmed') continue;
    const prev = relations.get(b.kind);
    const until = b.until?.toISOString() ?? null;
    if (!relations.has(b.kind) || until === null || (prev !== null && prev! < until))
      relations.set(b.kind, until);
  }
  return {
    patientId: patient.id,
    relations: [...relations].map(([kind, until]) => ({ kind: kind as never, until })),
    emergencyUntil: latest('emergency'),
    protectedIdentity: patient.protectedIdentity,
    protectedConfirmedUntil: latest('protected_confirmed'),
  };
}

/** In scope: a care role at the patient's unit, or an emergency access to them. Else "not found". */
async function scoped(q: Queryable, actor: Actor, patientId: string) {
  const patient = await findPatientAccessRow(q, actor.regionId, { id: patientId });
  if (!patient) throw notFound('patient');
  const bases = await accessBasesOf(q, actor, [patient.id]);
  const inUnit = canAccessPatientsOf(actor, patient.unitId);
  const emergency = rolesIn(actor, patient.unitId).length === 0 && bases.some((b) => b.kind === 'emergency');
  if (!inUnit && !emergency) throw notFound('patient');
  return { patient, bases, inUnit };
}

export async function getPatientAccess(db: Db, actor: Actor, patientId: string): Promise<PatientAccess> {
  const { patient, bases } = await scoped(db, actor, patientId);
  return toAccess(patient, bases);
}

const hasCareRelation = (bases: AccessBasis[]) =>
  bases.some((b) => b.kind !== 'emergency' && b.kind !== 'protected_confirmed');

/**
 * A staff member of the patient's unit states why they open the record (a time-limited relation,
 * logged with the reason), and/or confirms opening a protected identity. Nothing else changes.
 */
export async function requestPatientAccess(
  db: Db,
  actor: Actor,
  patientId: string,
  input: z.output<typeof ZAccessRequest>,
): Promise<PatientAccess> {
  return db.transaction(async (tx) => {
    const { patient, bases, inUnit } = await scoped(tx, actor, patientId);
    const needsReason = inUnit && !hasCareRelation(bases);
    const needsConfirm = patient.protectedIdentity && !(inUnit && hasCareRelation(bases));
    if (needsReason && !input.reasonCode) throw fieldProblem('reasonCode', 'access_reason_required');
    if (needsConfirm && !input.confirmProtected) throw confirmationRequired();
    if (needsReason)
      await grantAccess(tx, actor, {
        patientId,
        kind: 'reason',
        reasonCode: input.reasonCode,
        reasonText: input.reasonText,
        unitId: patient.unitId,
      });
    if (needsConfirm)
      await grantAccess(tx, actor, {
        patientId,
        kind: 'protected_confirmed',
        reasonCode: input.reasonCode ?? null,
        reasonText: input.reasonText,
        unitId: patient.unitId,
      });
    return toAccess(patient, await accessBasesOf(tx, actor, [patientId]));
  });
}

const confirmationRequired = () => fieldProblem('confirmProtected', 'access_confirmation_required');

const noEmergencyHere = () => problem(409, 'emergency_not_needed');

/**
 * Nödåtkomst: a care professional of the region opens a patient of a unit where they have no role,
 * by full identity number, with a mandatory reason. Time-limited, flagged for the log review.
 * Region-bound: a patient of another region is "not found", like one that does not exist, and the
 * attempt is logged either way.
 */
export async function emergencyAccess(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZEmergencyAccessRequest>,
): Promise<PatientAccess> {
  const careStaff = [...actor.unitRoles.keys()].some((u) => hasRoleIn(actor, u, CLINICAL_ROLES));
  const patient = await db.transaction(async (tx) => {
    const found = careStaff
      ? await findPatientAccessRow(tx, actor.regionId, { identityNumber: input.identityNumber })
      : null;
    if (!found) {
      await appendAudit(tx, actor, {
        action: 'denied',
        entity: 'emergency_access',
        patientIds: [],
        detail: { why: careStaff ? 'not_found' : 'no_care_role', flags: ['emergency'] },
      });
      return null;
    }
    return found;
  });
  if (!patient) throw notFound('patient');
  if (rolesIn(actor, patient.unitId).length > 0) throw noEmergencyHere();
  if (patient.protectedIdentity && !input.confirmProtected) throw confirmationRequired();
  return db.transaction(async (tx) => {
    await grantAccess(tx, actor, {
      patientId: patient.id,
      kind: 'emergency',
      reasonCode: 'emergency',
      reasonText: input.reasonText,
      unitId: patient.unitId,
    });
    if (patient.protectedIdentity)
      await grantAccess(tx, actor, {
        patientId: patient.id,
        kind: 'protected_confirmed',
        reasonCode: 'emergency',
        reasonText: input.reasonText,
        unitId: patient.unitId,
      });
    return toAccess(patient, await accessBasesOf(tx, actor, [patient.id]));
  });
}
