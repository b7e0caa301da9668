import type { IntakeStage } from '@lotsa/contracts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import {
  type AuditActor,
  type Authorize,
  appendAudit,
  type GuardedWork,
  guardedRow,
} from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import { lockUnit } from '../organisation/index.ts';
import {
  createPatientRecord,
  findPatientByIdentity,
  movePatientToUnit,
  type NewPatient,
} from '../patients/index.ts';
import { type ExistingPatient, freePlaces } from './intake.places.ts';
import {
  type ConsentRow,
  ENTITY,
  type EventKind,
  findOpenRegistrationByIdentity,
  findRow,
  insertEvent,
  patientIdsOf,
  type RegistrationRow,
  type RegistrationValues,
  type RegistrationView,
  registrationGuard,
  type StepBy,
  type UnitContext,
  unitContext,
  viewOf,
} from './intake.repository.ts';
import { intakeConsents, intakeRegistrations } from './intake.tables.ts';

/**
 * A step of the machine, in one transaction: the registration bound to the region and access checked
 * (a refusal logged as `denied`), the unit's row locked and then the registration's (always in that
 * order, so steps that take or free places at a unit run one at a time, without deadlocks), the
 * service's rule deciding what to write, the writes, an offer of any freed place to the waiting list,
 * and the audit entries.
 */

const registrationGone = () => notFound('registration');

/** What a step's rule sees, with the unit and the registration locked. */
export interface StepState {
  row: RegistrationRow;
  consents: ConsentRow[];
  unit: UnitContext;
  /** The patient with the registration's identity number, if any (looked up for enrolment only). */
  existingPatient: (ExistingPatient & { id: string; unitId: string }) | null;
  /** Another open registration in the region with this identity number (read in the step's transaction). */
  openRegistrationWith(identityNumber: string): Promise<{ reference: string } | null>;
  /** Another registration of the region, its row locked after this one's (merging a duplicate). */
  lockOther(id: string): Promise<RegistrationRow | null>;
}

/** A second registration a step changes too (the earlier one a duplicate is merged into). */
export interface OtherChange {
  row: RegistrationRow;
  set: Partial<RegistrationValues>;
  kind: EventKind;
  note: string;
  detail: Record<string, unknown>;
}

export interface NewConsent {
  givenBy: string;
  representativeName: string | null;
  method: string;
  givenAt: Date;
  participation: boolean;
  sharingPartners: string[];
  lettersToRepresentative: boolean;
  surveys: boolean;
  note: string | null;
}

/** What a step writes: decided by the service's rule from the StepState. */
export interface StepChange {
  kind: EventKind;
  to: IntakeStage;
  note: string | null;
  /** Registration columns to change besides stage and stage_since. */
  set?: Partial<RegistrationValues>;
  consent?: NewConsent;
  /** Withdraw the consent in force (its id) with this reason. */
  withdrawConsent?: { id: string; reason: string };
  /** Enrolment: create the patient record, or link (and if needed move) an existing one. */
  patient?: { create: NewPatient } | { link: string; moveToUnit: string | null };
  /** The step frees a place: offer it to the next on the waiting list, in the same transaction. */
  freesPlace?: boolean;
  detail?: Record<string, unknown>;
  /** Also change another registration (its event and its own audit entry), in the same transaction. */
  other?: OtherChange;
}

/**
 * The note on an automatic offer's event. Timeline notes are the record, in Swedish like the staff's
 * own; the event's kind (`offered`) is what a client translates.
 */
export const OFFER_NOTE = 'En plats blev ledig och erbjuds den som har stått längst på väntelistan.';

/**
 * Offers free places to the waiting list, longest waiting first, while there are both: each offer
 * moves the registration to `offered` with an event and its own audit entry.
 */
async function offerFreedPlaces(
  tx: Tx,
  actor: AuditActor,
  regionId: string,
  unit: UnitContext,
  by: StepBy,
  at: Date,
) {
  let ctx = unit;
  const offered: string[] = [];
  while (freePlaces(ctx.capacity) > 0 && ctx.waiting.length > 0) {
    const next = ctx.waiting[0]!;
    const [row] = await tx
      .update(intakeRegistrations)
      .set({ stage: 'offered', stageSince: at, offeredAt: at })
      .where(and(eq(intakeRegistrations.id, next.id), eq(intakeRegistrations.stage, 'waiting_list')))
      .returning();
    await insertEvent(tx, row!, {
      kind: 'offered',
      from: 'waiting_list',
      to: 'offered',
      by,
      at,
      note: OFFER_NOTE,
    });
    await appendAudit(tx, actor, {
      action: 'update',
      entity: ENTITY,
      entityId: row!.id,
      patientIds: patientIdsOf(row!),
      detail: { step: 'offered', from: 'waiting_list', to: 'offered', automatic: true },
    });
    offered.push(row!.id);
    ctx = await unitContext(tx, regionId, {
      id: unit.unitId,
      name: unit.name,
      cap: unit.capacity.cap,
      municipalityCodes: unit.municipalityCodes,
    });
  }
  return offered;
}

async function existingPatientOf(tx: Tx, regionId: string, unitId: string, identityNumber: string | null) {
  if (!identityNumber) return null;
  const p = await findPatientByIdentity(tx, regionId, identityNumber);
  if (!p) return null;
  const stages = (
    await tx
      .select({ stage: intakeRegistrations.stage })
      .from(intakeRegistrations)
      .where(and(eq(intakeRegistrations.regionId, regionId), eq(intakeRegistrations.patientId, p.id)))
  ).map((r) => r.stage);
  const status: ExistingPatient['status'] = stages.includes('enrolled')
    ? 'enrolled'
    : stages.includes('exited')
      ? 'ended'
      : 'listed_before_intake';
  return {
    id: p.id,
    unitId: p.unitId,
    where: p.unitId === unitId ? 'this_unit' : 'other_unit',
    status,
  } as const;
}

/**
 * Runs one step of the machine on a registration: bound to the region, access checked (a refusal
 * logged as `denied`), the unit row and then the registration row locked, `decide` (the service's
 * rules) refuses by throwing or says what to write; the writes, any offer of a freed place, and the
 * audit entries commit together.
 */
export function runStep(
  db: Db,
  actor: Actor,
  id: string,
  authorize: Authorize,
  by: StepBy,
  at: Date,
  decide: (s: StepState) => StepChange | Promise<StepChange>,
  /** Look up a patient record with the registration's identity number (enrolment only). */
  lookupPatient = false,
) {
  return guardedRow(
    { db, actor },
    { ...registrationGuard(id, 'update', false), authorize },
    async (tx, first): Promise<GuardedWork<RegistrationView>> => {
      // Unit first, then the registration: every step takes the locks in this order (no deadlocks).
      const unitRow = await lockUnit(tx, actor.regionId, first.unitId);
      const row = await findRow(tx, actor.regionId, id, true);
      // It was there a moment ago; gone now means it was removed meanwhile: nothing is written.
      if (!unitRow || !row) throw registrationGone();
      const consents = await tx
        .select()
        .from(intakeConsents)
        .where(eq(intakeConsents.registrationId, id))
        .orderBy(desc(intakeConsents.recordedAt), desc(intakeConsents.id));
      const unit = await unitContext(tx, actor.regionId, unitRow);
      const existingPatient = lookupPatient
        ? await existingPatientOf(tx, actor.regionId, row.unitId, row.identityNumber)
        : null;
      const change = await decide({
        row,
        consents,
        unit,
        existingPatient,
        openRegistrationWith: async (identityNumber) =>
          (await findOpenRegistrationByIdentity(tx, actor.regionId, identityNumber, id)) ?? null,
        lockOther: (otherId) => findRow(tx, actor.regionId, otherId, true),
      });

      let patientId = row.patientId;
      if (change.patient && 'create' in change.patient) {
        const created = await createPatientRecord(tx, actor, change.patient.create, { enrolledFrom: id });
        patientId = created.id;
      } else if (change.patient) {
        patientId = change.patient.link;
        if (change.patient.moveToUnit) await movePatientToUnit(tx, patientId, change.patient.moveToUnit);
      }
      if (change.consent)
        await tx.insert(intakeConsents).values({
          ...change.consent,
          regionId: row.regionId,
          registrationId: id,
          recordedByUserId: by.userId,
          recordedByName: by.name,
          recordedAt: at,
        });
      if (change.withdrawConsent)
        await tx
          .update(intakeConsents)
          .set({ withdrawnAt: at, withdrawnReason: change.withdrawConsent.reason, withdrawnByName: by.name })
          .where(and(eq(intakeConsents.id, change.withdrawConsent.id), isNull(intakeConsents.withdrawnAt)));
      const [updated] = await tx
        .update(intakeRegistrations)
        .set({
          ...change.set,
          patientId,
          stage: change.to,
          stageSince: change.to === row.stage ? row.stageSince : at,
        })
        .where(eq(intakeRegistrations.id, id))
        .returning();
      await insertEvent(tx, row, {
        kind: change.kind,
        from: row.stage,
        to: change.to,
        by,
        at,
        note: change.note,
      });
      const other = change.other;
      if (other) {
        if (Object.keys(other.set).length > 0)
          await tx.update(intakeRegistrations).set(other.set).where(eq(intakeRegistrations.id, other.row.id));
        await insertEvent(tx, other.row, {
          kind: other.kind,
          from: other.row.stage,
          to: other.row.stage,
          by,
          at,
          note: other.note,
        });
        await appendAudit(tx, actor, {
          action: 'update',
          entity: ENTITY,
          entityId: other.row.id,
          patientIds: patientIdsOf(other.row),
          detail: { step: other.kind, ...other.detail },
        });
      }
      let after = await unitContext(tx, actor.regionId, unitRow);
      if (change.freesPlace) {
        const offered = await offerFreedPlaces(tx, actor, actor.regionId, after, by, at);
        if (offered.length > 0) after = await unitContext(tx, actor.regionId, unitRow);
      }
      return {
        value: await viewOf(tx, updated!, after),
        patientIds: patientIdsOf(updated!),
        detail: { step: change.kind, from: row.stage, to: change.to, ...change.detail },
      };
    },
  );
}
