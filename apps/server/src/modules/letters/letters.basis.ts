import type { Booking, LetterVariant, Patient, Staff, VisitType } from '@lotsa/contracts';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { problem } from '../../lib/errors.ts';
import { readCurrentAdaptations } from '../adaptations/index.ts';
import { findNurseRouting } from '../care-team/index.ts';
import { findStaff, findUnits } from '../organisation/index.ts';
import { getPatient, unwrapPatient, withPatient } from '../patients/index.ts';
import { getBooking, listPatientBookings, listVisitTypes } from '../scheduling/index.ts';
import { chooseRecipients, chooseVariant, type Recipient } from './letters.recipients.ts';
import * as repo from './letters.repository.ts';
import type { LetterFacts, LetterStep } from './letters.template.ts';
import { localDateOf } from './letters.words.ts';

/**
 * Everything a booking's letter says, gathered through the other modules' doors: the booking
 * (scheduling), the patient with representatives (patients: addresses already removed for a protected
 * identity), the adaptation profile, the visit type's steps and pictograms, the unit, the staff, the
 * fixed nurse and which pictures exist. Every read of patient data is audited by the module that owns
 * it; `work` runs in the letters module's own audited transaction on the patient (entity `letter`).
 */
export interface LetterBasis {
  booking: Booking;
  patient: Patient;
  variant: LetterVariant;
  recipients: Recipient[];
  steps: LetterStep[];
  unit: LetterFacts['unit'];
  contact: LetterFacts['contact'];
  staffWithPhoto: Set<string>;
}

const notLetterable = () => problem(409, 'booking_not_active');

/** Where a step's pictogram is missing (the visit type was changed), guess from who performs it. */
const PROFESSION_PICTOGRAM: Record<string, LetterStep['pictogram']> = {
  nurse: 'meet_nurse',
  doctor: 'meet_doctor',
  ot: 'meet_ot',
  pt: 'meet_pt',
  assistant_nurse: 'meet_assistant_nurse',
};

function toSteps(
  booking: Booking,
  visitType: VisitType | undefined,
  staffById: ReadonlyMap<string, Staff>,
): LetterStep[] {
  return booking.steps.map((s) => {
    const step = visitType?.steps.find((v) => v.key === s.key);
    const staff = s.staffId ? staffById.get(s.staffId) : undefined;
    return {
      pictogram: step?.pictogram ?? (staff ? (PROFESSION_PICTOGRAM[staff.profession] ?? 'talk') : 'talk'),
      label: step?.label ?? s.label,
      start: new Date(s.start),
      staff: staff
        ? {
            id: staff.id,
            givenName: staff.givenName,
            familyName: staff.familyName,
            profession: staff.profession,
          }
        : null,
    };
  });
}

export interface LetterTransactionOptions {
  action: 'read' | 'create' | 'update' | 'export';
  forUpdate?: boolean;
}

/** The bookings of the patient (scheduling audits the read), to find where a letter's visit is now. */
export const patientBookings = (db: Db, actor: Actor, patientId: string) =>
  listPatientBookings(db, actor, patientId);

/**
 * A letter's own audited transaction on the patient (entity `letter`), for a letter that is frozen
 * and so needs nothing else from the booking: the same guard as `loadLetterBasis`.
 */
export async function inLetterTransaction<T>(
  db: Db,
  actor: Actor,
  letter: { patientId: string; bookingId: string },
  opts: LetterTransactionOptions,
  work: (tx: Tx, regionId: string) => Promise<{ value: T; detail?: Record<string, unknown> }>,
): Promise<T> {
  return unwrapPatient(
    await withPatient(
      { db, actor },
      letter.patientId,
      { forUpdate: opts.forUpdate ?? false, action: opts.action, entity: 'letter' },
      async (tx, row) => {
        const { value, detail } = await work(tx, row.regionId);
        return { value, entityId: letter.bookingId, detail: { bookingId: letter.bookingId, ...detail } };
      },
    ),
  );
}

export async function loadLetterBasis<T>(
  db: Db,
  actor: Actor,
  bookingId: string,
  opts: LetterTransactionOptions & {
    /** Rebuild an existing letter (made before letters were frozen) even if its visit is cancelled. */
    anyStatus?: boolean;
  },
  work: (tx: Tx, basis: LetterBasis) => Promise<{ value: T; detail?: Record<string, unknown> }>,
): Promise<T> {
  const booking = await getBooking(db, actor, bookingId);
  if (!opts.anyStatus && booking.status !== 'booked' && booking.status !== 'held') throw notLetterable();
  const patient = await getPatient(db, actor, booking.patientId);
  const profile = unwrapPatient(await readCurrentAdaptations(db, actor, booking.patientId));
  const visitType =
    actor.activeUnitId === booking.unitId
      ? (await listVisitTypes(db, actor)).find((v) => v.id === booking.visitTypeId)
      : undefined;
  const codes = (profile?.items ?? []).map((i) => i.code);
  return unwrapPatient(
    await withPatient(
      { db, actor },
      booking.patientId,
      { forUpdate: opts.forUpdate ?? false, action: opts.action, entity: 'letter' },
      async (tx, row) => {
        const [unit] = await findUnits(tx, row.regionId, [booking.unitId]);
        const staff = await findStaff(tx, row.regionId);
        const staffById = new Map(staff.map((s) => [s.id, s]));
        const routing = await findNurseRouting(
          tx,
          row.regionId,
          row.id,
          localDateOf(new Date(booking.start)),
        );
        const nurse = routing.fixedNurse ? staffById.get(routing.fixedNurse.staffId) : undefined;
        const steps = toSteps(booking, visitType, staffById);
        const staffWithPhoto = await repo.findImageOwners(
          tx,
          row.regionId,
          'staff',
          steps.flatMap((s) => (s.staff ? [s.staff.id] : [])),
        );
        const entrance = await repo.findImageOwners(tx, row.regionId, 'unit_entrance', [booking.unitId]);
        const basis: LetterBasis = {
          booking,
          patient,
          variant: chooseVariant(codes),
          recipients: chooseRecipients({
            givenName: patient.givenName,
            familyName: patient.familyName,
            protectedIdentity: row.protectedIdentity,
            address: patient.address,
            representatives: patient.representatives,
            adaptationCodes: codes,
          }),
          steps,
          unit: {
            id: booking.unitId,
            name: unit?.name ?? '',
            address: unit?.address ?? null,
            phone: unit?.phone ?? null,
            hasEntrance: entrance.size > 0,
          },
          contact: nurse?.phone ? { givenName: nurse.givenName, phone: nurse.phone } : null,
          staffWithPhoto,
        };
        const { value, detail } = await work(tx, basis);
        return { value, entityId: bookingId, detail: { bookingId, ...detail } };
      },
    ),
  );
}

/** The facts of one letter: the basis for one recipient in one variant. */
export function factsFor(basis: LetterBasis, recipient: Recipient, variant: LetterVariant): LetterFacts {
  const b = basis.booking;
  return {
    variant,
    recipient: { kind: recipient.kind, name: recipient.name, addressLines: recipient.addressLines },
    patient: { givenName: basis.patient.givenName, familyName: basis.patient.familyName },
    visit: {
      code: b.visitTypeCode,
      name: b.visitTypeName,
      location: b.location,
      start: new Date(b.start),
      end: new Date(b.end),
    },
    steps: basis.steps,
    unit: basis.unit,
    contact: basis.contact,
  };
}
