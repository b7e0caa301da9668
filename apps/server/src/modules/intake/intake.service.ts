import { randomBytes } from 'node:crypto';
import {
  type ForbiddenReason,
  INTAKE_STAGES,
  type Registration,
  type Role,
  type ZNewRegistration,
  type ZRegistrationQuery,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { hasRoleIn } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors.ts';
import { findUnits } from '../organisation/index.ts';
import type { Guarded } from '../patients/index.ts';
import { type Permissions, sortBoard, toListItem, toRegistration } from './intake.answers.ts';
import { makeReference } from './intake.criteria.ts';
import { freePlaces } from './intake.places.ts';
import * as repo from './intake.repository.ts';
import type { Problem } from './intake.rules.ts';

/**
 * Intake's use cases: the access rules (who may read, who may take steps), the machine and the
 * rules of intake.rules.ts, applied inside the repository's transaction with the unit and the
 * registration locked, so a refusal writes nothing and concurrent steps cannot both take a place.
 */

/** May read the board and registrations, and record the needs mapping. */
export const READ_ROLES: readonly Role[] = ['navigator', 'unit_manager', 'doctor', 'nurse'];
/** May take every step. */
export const STEP_ROLES: readonly Role[] = ['navigator', 'unit_manager'];

/** The demo data records steps at past times and in staff members' names; live steps are now, by the actor. */
export interface StepOptions {
  now?: Date;
  by?: repo.StepBy;
}

export const fail = (p: Problem) => new AppError(p.status, p.code, p.params);
export const byOf = (actor: Actor, o?: StepOptions): repo.StepBy =>
  o?.by ?? { userId: actor.userId, name: actor.userName };

const permissions = (actor: Actor, unitId: string): Permissions => ({
  step: hasRoleIn(actor, unitId, STEP_ROLES),
  map: hasRoleIn(actor, unitId, READ_ROLES),
});

const DENIED = {
  read: 'read_registrations',
  step: 'take_intake_step',
  map: 'record_needs_mapping',
} as const satisfies Record<'read' | 'step' | 'map', ForbiddenReason>;

export function unwrap<T>(r: Guarded<T>, need: 'read' | 'step' | 'map'): T {
  if (r.status === 'ok') return r.value;
  if (r.status === 'denied') throw forbidden(DENIED[need]);
  throw notFound('registration');
}

export const answer = (actor: Actor, v: repo.RegistrationView) =>
  toRegistration(v, new Date(), permissions(actor, v.row.unitId));

// --- Reading -------------------------------------------------------------------------------------

/** Who may read registrations: the intake roles of the unit (intake.rules.ts). */
const mayRead = (actor: Actor, unitId: string) => hasRoleIn(actor, unitId, READ_ROLES);

export async function getRegistration(db: Db, actor: Actor, id: string): Promise<Registration> {
  return answer(actor, unwrap(await repo.readRegistration(db, actor, id, mayRead), 'read'));
}

/** The navigator's board: the active unit's registrations in the flow's order, and its places. */
export async function getBoard(db: Db, actor: Actor, query: z.output<typeof ZRegistrationQuery>) {
  const unitId = actor.activeUnitId;
  if (!unitId) throw badRequest('no_active_unit');
  if (!mayRead(actor, unitId)) {
    await repo.auditDenied(db, actor, { attempted: 'list', unitId });
    throw forbidden(DENIED.read);
  }
  const { rows, unit } = await repo.listBoard(db, actor, { unitId, ...query });
  const now = new Date();
  const c = unit.capacity;
  return {
    capacity: {
      unitId,
      cap: c.cap,
      enrolled: c.enrolled,
      offered: c.offered,
      free: freePlaces(c),
      waiting: c.waiting,
    },
    registrations: sortBoard(
      rows.map((r) => toListItem(r, unit, now)),
      INTAKE_STAGES,
    ),
  };
}

/** The registrations of a patient (the patient page's timeline): access as for registrations. */
export async function getPatientIntake(db: Db, actor: Actor, patientId: string): Promise<Registration[]> {
  const result = await repo.readPatientIntake(db, actor, patientId, mayRead);
  if (result.status === 'not_found') throw notFound('patient');
  return unwrap(result, 'read').map((v) => answer(actor, v));
}

// --- Registering ---------------------------------------------------------------------------------

export const newReference = () => makeReference(randomBytes(8));

/** Staff register interest on someone's behalf, at the active unit unless another of theirs is named. */
export async function createRegistration(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZNewRegistration>,
  o?: StepOptions,
): Promise<Registration> {
  const unitId = input.unitId ?? actor.activeUnitId;
  if (!unitId) throw badRequest('no_active_unit');
  const [unit] = await findUnits(db, actor.regionId, [unitId]);
  if (!unit) throw notFound('unit');
  if (!hasRoleIn(actor, unitId, STEP_ROLES)) {
    await repo.auditDenied(db, actor, { attempted: 'create', unitId });
    throw forbidden(DENIED.step);
  }
  const p = input.person;
  if (p.identityNumber) {
    const open = await repo.findOpenRegistrationByIdentity(db, actor.regionId, p.identityNumber);
    if (open) throw openRegistrationExists(open.reference);
  }
  const view = await repo.insertRegistration(
    db,
    actor,
    {
      unitId,
      reference: newReference(),
      channel: 'staff',
      source: input.source,
      ...personColumns(p),
      ...applicantColumns(input.applicant),
      contactPreference: input.contactPreference,
      contactConsent: true,
      disabilities: input.disabilities,
      diagnoses: input.diagnoses,
      currentCareContacts: input.currentCareContacts,
      hardToday: input.hardToday,
      plannedStartDate: input.plannedStartDate,
    },
    byOf(actor, o),
    o?.now ?? new Date(),
  );
  return answer(actor, view);
}

/** One open registration per person in the region: registering and correcting the number both check it. */
export const openRegistrationExists = (reference: string) =>
  conflict('open_registration_exists', { reference });

type Person = z.output<typeof ZNewRegistration>['person'];
type Applicant = z.output<typeof ZNewRegistration>['applicant'];

export const personColumns = (p: Person) => ({
  givenName: p.givenName,
  familyName: p.familyName,
  identityNumber: p.identityNumber,
  municipalityCode: p.municipalityCode,
  streetAddress: p.streetAddress,
  postalCode: p.postalCode,
  city: p.city,
  phone: p.phone,
  email: p.email,
});

export const applicantColumns = (a: Applicant) => ({
  applicantName: a?.name ?? null,
  applicantRelation: a?.relation ?? null,
  applicantPhone: a?.phone ?? null,
  applicantEmail: a?.email ?? null,
});
