import type { BookingStatus, VisitTypeCode } from '@lotsa/contracts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { getBooking, listVisitTypes } from '../scheduling/index.ts';

/** What an invitation needs of a booking, read through the scheduling module (access checked, audited). */
export interface SurveyBooking {
  id: string;
  unitId: string;
  patientId: string;
  status: BookingStatus;
  visitTypeCode: VisitTypeCode;
  start: Date;
  end: Date;
}

export async function findSurveyBooking(db: Db, actor: Actor, bookingId: string): Promise<SurveyBooking> {
  const b = await getBooking(db, actor, bookingId);
  return {
    id: b.id,
    unitId: b.unitId,
    patientId: b.patientId,
    status: b.status,
    visitTypeCode: b.visitTypeCode,
    start: new Date(b.start),
    end: new Date(b.end),
  };
}

/** Visits that happen at reception (not at home, not on video): the kiosk's choices. */
export const KIOSK_VISIT_TYPES: readonly VisitTypeCode[] = [
  'health_check',
  'extended_doctor',
  'nurse_visit',
  'team_visit',
  'sampling_school',
  'study_visit',
  'sip_meeting',
  'joint_session',
];

/**
 * The kiosk's visit types: the unit's active ones that happen at the clinic, in the kiosk's order; all
 * clinic visits when the unit has none set up yet.
 */
export async function unitVisitTypeCodes(db: Db, actor: Actor): Promise<VisitTypeCode[]> {
  const own = new Set((await listVisitTypes(db, actor)).filter((v) => v.active).map((v) => v.code));
  const codes = KIOSK_VISIT_TYPES.filter((c) => own.has(c));
  return codes.length > 0 ? codes : [...KIOSK_VISIT_TYPES];
}
