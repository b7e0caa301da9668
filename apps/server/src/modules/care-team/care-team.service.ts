import type {
  CareTeamRole,
  Staff,
  ZAssignCareTeam,
  ZNetworkContactInput,
  ZStaffAbsenceInput,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { hasRoleIn } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound, problem as refusal } from '../../lib/errors.ts';
import { unwrapPatient } from '../patients/index.ts';
import * as repo from './care-team.repository.ts';
import { checkAssignment, toCareTeam, toMyContacts } from './care-team.rules.ts';

const answer = (s: {
  needsGroup: string | null;
  rows: repo.AssignmentRow[];
  staffById: ReadonlyMap<string, Staff>;
}) => toCareTeam(s.needsGroup, s.rows, s.staffById);

export async function getCareTeam(db: Db, actor: Actor, patientId: string) {
  return answer(unwrapPatient(await repo.readCareTeam(db, actor, patientId)));
}

export async function assignCareTeam(
  db: Db,
  actor: Actor,
  patientId: string,
  role: CareTeamRole,
  input: z.output<typeof ZAssignCareTeam>,
) {
  const result = await repo.insertAssignment(
    db,
    actor,
    patientId,
    { role, staffId: input.staffId, standInStaffId: input.standInStaffId, assignedByName: actor.userName },
    (patient, staffById) => {
      const problem = checkAssignment({
        role,
        staffId: input.staffId,
        standInStaffId: input.standInStaffId,
        patientUnitId: patient.unitId,
        staffById,
      });
      if (problem) throw refusal(400, problem.code, problem.params as never);
    },
  );
  return answer(unwrapPatient(result));
}

export async function setNeedsGroup(db: Db, actor: Actor, patientId: string, needsGroup: string | null) {
  return answer(unwrapPatient(await repo.updateNeedsGroup(db, actor, patientId, needsGroup)));
}

export async function listNetwork(db: Db, actor: Actor, patientId: string) {
  return unwrapPatient(await repo.readNetwork(db, actor, patientId));
}

export async function addNetworkContact(
  db: Db,
  actor: Actor,
  patientId: string,
  input: z.output<typeof ZNetworkContactInput>,
) {
  return unwrapPatient(await repo.insertNetworkContact(db, actor, patientId, input));
}

export async function updateNetworkContact(
  db: Db,
  actor: Actor,
  patientId: string,
  contactId: string,
  input: z.output<typeof ZNetworkContactInput>,
) {
  return unwrapPatient(await repo.updateNetworkContact(db, actor, patientId, contactId, input));
}

export async function removeNetworkContact(db: Db, actor: Actor, patientId: string, contactId: string) {
  unwrapPatient(await repo.deleteNetworkContact(db, actor, patientId, contactId));
  return { ok: true as const };
}

export async function getMyContacts(db: Db, actor: Actor, patientId: string) {
  return toMyContacts(unwrapPatient(await repo.readMyContacts(db, actor, patientId)));
}

// --- Absences ------------------------------------------------------------------------------------

const toAbsence = (r: repo.AbsenceRow) => ({
  id: r.id,
  staffId: r.staffId,
  from: r.fromDate,
  to: r.toDate,
  reason: r.reason,
});

/** Anyone in the region may see when a colleague is away (it decides where requests go). */
export async function listAbsences(db: Db, actor: Actor, staffId: string) {
  if (!(await repo.findStaffMember(db, actor.regionId, staffId))) throw notFound('staff_member');
  return (await repo.findAbsences(db, actor.regionId, staffId)).map(toAbsence);
}

/** The region admin, or the unit manager of the staff member's unit, records absences. */
export async function addAbsence(
  db: Db,
  actor: Actor,
  staffId: string,
  input: z.output<typeof ZStaffAbsenceInput>,
) {
  const member = await repo.findStaffMember(db, actor.regionId, staffId);
  if (!member) throw notFound('staff_member');
  if (!actor.isRegionAdmin && !hasRoleIn(actor, member.unitId, ['unit_manager']))
    throw forbidden('record_absence');
  return toAbsence(await repo.insertAbsence(db, actor.regionId, staffId, input));
}
