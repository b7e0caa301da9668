import type { Booking, BookingRequest, Proposal } from '@lotsa/contracts';
import type { Appointment, AppointmentParticipant } from '@medplum/fhirtypes';
import { LOTSA_CS } from './fhir.organisation.rules.ts';

/** The extension a proposed Appointment carries: the proposal to book, as the search made it. */
export const PROPOSAL_EXT = 'https://lotsa.se/fhir/StructureDefinition/booking-proposal';

const STATUS: Record<Booking['status'], Appointment['status']> = {
  held: 'pending',
  booked: 'booked',
  cancelled: 'cancelled',
  no_show: 'noshow',
  completed: 'fulfilled',
};

const KIND_TYPE = { staff: 'Practitioner', room: 'Location', equipment: 'Device' } as const;

const minutes = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
const serviceType = (code: string, name: string) => [
  { coding: [{ system: `${LOTSA_CS}/visit-type`, code, display: name }], text: name },
];

/** A booking as an Appointment: the patient, every staff member, room and piece of equipment it holds. */
export function bookingAppointment(b: Booking): Appointment {
  const participant: AppointmentParticipant[] = [
    {
      actor: { reference: `Patient/${b.patientId}`, display: b.patientName },
      required: 'required',
      status: 'accepted',
    },
  ];
  const seen = new Set<string>();
  // A stable order whatever order the allocations were read in: staff, rooms, equipment, others.
  const order = { staff: 0, room: 1, equipment: 2, external: 3, patient: 4 } as const;
  const allocations = [...b.allocations].sort(
    (x, y) =>
      order[x.kind] - order[y.kind] ||
      x.start.localeCompare(y.start) ||
      x.resourceId.localeCompare(y.resourceId),
  );
  for (const a of allocations) {
    if (a.kind === 'patient') continue;
    const key = `${a.kind}/${a.resourceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    participant.push(
      a.kind === 'external'
        ? { type: [{ text: 'external participant' }], actor: { display: a.name }, status: 'accepted' }
        : {
            actor: { reference: `${KIND_TYPE[a.kind]}/${a.resourceId}`, display: a.name },
            status: 'accepted',
          },
    );
  }
  const status = STATUS[b.status];
  return {
    resourceType: 'Appointment',
    id: b.id,
    meta: { lastUpdated: b.updatedAt },
    status,
    ...(status === 'cancelled' && b.cancelReason ? { cancelationReason: { text: b.cancelReason } } : {}),
    serviceType: serviceType(b.visitTypeCode, b.visitTypeName),
    start: b.start,
    end: b.end,
    minutesDuration: minutes(b.start, b.end),
    created: b.createdAt,
    ...(b.note ? { comment: b.note } : {}),
    participant,
  };
}

/** What booking a proposal takes: the search's patient, visit type and the proposal's own plan. */
export interface ProposalToken {
  patientId: string;
  visitTypeId: string;
  proposal: BookingRequest['proposal'];
}

export const encodeProposal = (t: ProposalToken) => Buffer.from(JSON.stringify(t)).toString('base64');
export function decodeProposal(value: string): ProposalToken | null {
  try {
    const t = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    return t && typeof t.patientId === 'string' && typeof t.visitTypeId === 'string' && t.proposal ? t : null;
  } catch {
    return null;
  }
}

/**
 * A proposal of the coordinated search as a proposed Appointment ($find's answer). Posting it back
 * with status `booked` books it through the scheduling module's race-safe booking.
 */
export function proposalAppointment(
  p: Proposal,
  patientId: string,
  visitType: { id: string; code: string; name: string },
): Appointment {
  const participant: AppointmentParticipant[] = [
    { actor: { reference: `Patient/${patientId}` }, required: 'required', status: 'needs-action' },
  ];
  const seen = new Set<string>();
  const add = (type: 'Practitioner' | 'Location' | 'Device', id: string | null, display: string | null) => {
    if (!id || seen.has(`${type}/${id}`)) return;
    seen.add(`${type}/${id}`);
    participant.push({
      actor: { reference: `${type}/${id}`, ...(display ? { display } : {}) },
      status: 'needs-action',
    });
  };
  for (const s of p.steps) {
    add('Practitioner', s.staffId, s.staffName);
    add('Location', s.roomId, s.roomName);
    for (const e of s.equipmentIds) add('Device', e, null);
  }
  const token: ProposalToken = {
    patientId,
    visitTypeId: visitType.id,
    proposal: {
      start: p.start,
      steps: p.steps.map(({ key, start, end, staffId, externalId, roomId, equipmentIds }) => ({
        key,
        start,
        end,
        staffId,
        externalId,
        roomId,
        equipmentIds,
      })),
    },
  };
  return {
    resourceType: 'Appointment',
    extension: [{ url: PROPOSAL_EXT, valueBase64Binary: encodeProposal(token) }],
    status: 'proposed',
    serviceType: serviceType(visitType.code, visitType.name),
    start: p.start,
    end: p.end,
    minutesDuration: minutes(p.start, p.end),
    ...(p.reasons.length > 0 ? { comment: p.reasons.join('; ') } : {}),
    participant,
  };
}
