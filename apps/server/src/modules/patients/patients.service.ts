import {
  type IdentityOk,
  type Patient,
  parseIdentityNumber,
  type Representative,
  type ZPatientInput,
  type ZPatientPatch,
  type ZRepresentativeInput,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { canAccessPatientsOf, findAuditEntries } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, forbidden, notFound, problem } from '../../lib/errors.ts';
import * as repo from './patients.repository.ts';
import {
  displayIdentity,
  parsePatientQuery,
  toListItem,
  toPatient,
  toRepresentative,
} from './patients.rules.ts';

export function unwrap<T>(r: repo.Guarded<T>): T {
  if (r.status === 'ok') return r.value;
  if (r.status === 'denied') throw forbidden('patient_other_unit');
  throw notFound('patient');
}

export function requireActiveUnit(actor: Actor): string {
  const unitId = actor.activeUnitId;
  if (!unitId) throw problem(400, 'no_active_unit');
  if (!canAccessPatientsOf(actor, unitId)) throw forbidden('no_care_role_at_unit');
  return unitId;
}

export async function searchPatients(db: Db, actor: Actor, q: string, limit: number) {
  const unitId = requireActiveUnit(actor);
  const rows = await repo.searchPatients(db, actor, unitId, parsePatientQuery(q), limit);
  // Without a care relationship a result says who the patient is, and nothing more.
  return rows.map((r) =>
    r.careRelation
      ? { ...toListItem(r), careRelation: true }
      : { ...toListItem(r), diagnoses: [], careRelation: false },
  );
}

export async function getPatient(db: Db, actor: Actor, id: string): Promise<Patient> {
  const { row, reps } = unwrap(await repo.readPatient(db, actor, id));
  return toPatient(row, reps);
}

function identityFields(normalized: string) {
  const parsed = parseIdentityNumber(normalized) as IdentityOk;
  return {
    identityKind: parsed.kind,
    identityNumber: parsed.normalized,
    birthDate: parsed.birthDate,
    sex: parsed.sex,
  };
}

const duplicate = () => conflict('duplicate_identity');

export async function createPatient(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZPatientInput>,
): Promise<Patient> {
  const unitId = requireActiveUnit(actor);
  const { identityNumber, ...rest } = input;
  const identity = identityFields(identityNumber);
  if (await repo.findPatientIdByIdentity(db, actor.regionId, identity.identityNumber)) throw duplicate();
  const row = await repo.insertPatient(db, actor, { ...rest, ...identity, unitId });
  return toPatient(row, []);
}

export async function updatePatient(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.output<typeof ZPatientPatch>,
): Promise<Patient> {
  const { identityNumber, ...rest } = patch;
  const change: repo.PatientChange = { ...rest };
  if (identityNumber !== undefined) {
    Object.assign(change, identityFields(identityNumber));
    const other = await repo.findPatientIdByIdentity(db, actor.regionId, change.identityNumber!);
    if (other && other !== id) throw duplicate();
  }
  const { row, reps } = unwrap(await repo.updatePatient(db, actor, id, change));
  return toPatient(row, reps);
}

export async function addRepresentative(
  db: Db,
  actor: Actor,
  patientId: string,
  input: z.output<typeof ZRepresentativeInput>,
): Promise<Representative> {
  const { rep, patient } = unwrap(await repo.insertRepresentative(db, actor, patientId, input));
  return toRepresentative(rep, patient.protectedIdentity);
}

export async function updateRepresentative(
  db: Db,
  actor: Actor,
  patientId: string,
  representativeId: string,
  input: z.output<typeof ZRepresentativeInput>,
): Promise<Representative> {
  const { rep, patient } = unwrap(
    await repo.updateRepresentative(db, actor, patientId, representativeId, input),
  );
  return toRepresentative(rep, patient.protectedIdentity);
}

export async function removeRepresentative(
  db: Db,
  actor: Actor,
  patientId: string,
  representativeId: string,
) {
  unwrap(await repo.deleteRepresentative(db, actor, patientId, representativeId));
  return { ok: true as const };
}

/** A patient's log extract: every logged access to their data. Only the unit manager may take it. */
export async function patientAuditExtract(db: Db, actor: Actor, patientId: string) {
  const row = unwrap(await repo.readPatientForExtract(db, actor, patientId));
  const entries = await findAuditEntries(db, { regionId: actor.regionId, patientId, limit: 10_000 });
  return {
    patient: {
      id: row.id,
      name: `${row.givenName} ${row.familyName}`,
      identityNumber: displayIdentity(row.identityNumber),
    },
    entries,
  };
}
