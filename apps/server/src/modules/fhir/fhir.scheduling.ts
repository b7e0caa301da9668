import { ZBookingRequest } from '@lotsa/contracts';
import type { Appointment, Bundle } from '@medplum/fhirtypes';
import { AppError } from '../../lib/errors.ts';
import { instantMatches } from '../../lib/search-bounds.ts';
import { startOfLocalDay } from '../../lib/time.ts';
import {
  cancelBooking,
  createBooking,
  getBooking,
  listPatientBookings,
  listVisitTypes,
  searchForSlots,
} from '../scheduling/index.ts';
import { badSearch, FhirError, notSupported } from './fhir.errors.ts';
import { type MemoryParam, memorySearch, referenceMatches } from './fhir.memory.ts';
import type { FhirContext, ResourceHandler } from './fhir.registry.ts';
import {
  bookingAppointment,
  decodeProposal,
  PROPOSAL_EXT,
  proposalAppointment,
} from './fhir.scheduling.rules.ts';
import { type ParsedSearch, parseDateBound, parseToken } from './fhir.search.rules.ts';

// Appointments are the scheduling module's bookings, read, booked and cancelled through its door:
// the same race-safe booking (the plan verified again, the exclusion constraint) and the same audit.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const refId = (v: string, type: string) => (v.startsWith(`${type}/`) ? v.slice(type.length + 1) : v);

/** The one patient a search names (repeated patient= are AND: only a patient in each can match), or null. */
function onePatient(s: ParsedSearch, what: string): string | null {
  const uses = s.params.get('patient') ?? [];
  if (uses.length === 0) throw badSearch(`${what} needs a patient: patient=Patient/<id>.`, 'patient');
  const sets = uses.map((u) => [...new Set(u.values.map((v) => refId(v, 'Patient')))]);
  const ids = sets.reduce((x, y) => x.filter((id) => y.includes(id)));
  if (ids.length > 1) throw badSearch(`${what} takes one patient at a time.`, 'patient');
  return ids[0] !== undefined && UUID.test(ids[0]) ? ids[0] : null;
}

async function appointmentsOf(ctx: FhirContext, s: ParsedSearch): Promise<Appointment[]> {
  const patientId = onePatient(s, 'An Appointment search');
  if (!patientId) return [];
  try {
    return (await listPatientBookings(ctx.scope.db, ctx.scope.actor, patientId)).map(bookingAppointment);
  } catch (e) {
    // A patient one may not see (the refusal is logged) or that does not exist: no appointments.
    if (e instanceof AppError && (e.status === 403 || e.status === 404)) return [];
    throw e;
  }
}

const codeOf = (a: Appointment) => a.serviceType?.[0]?.coding?.[0];
const APPOINTMENT_PARAMS: MemoryParam<Appointment>[] = [
  {
    name: 'patient',
    type: 'reference',
    match: (a, v) => a.participant.some((p) => referenceMatches(p.actor?.reference, 'Patient', v)),
  },
  {
    name: 'actor',
    type: 'reference',
    match: (a, v) =>
      a.participant.some((p) => p.actor?.reference === v || p.actor?.reference?.endsWith(`/${v}`)),
  },
  { name: 'status', type: 'token', match: (a, v) => a.status === v },
  {
    name: 'service-type',
    type: 'token',
    match: (a, v) => {
      const t = parseToken(v);
      const c = codeOf(a);
      return c?.code === t.code && (t.anySystem || c.system === t.system);
    },
  },
  {
    name: 'date',
    type: 'date',
    match: (a, v) =>
      a.start !== undefined && instantMatches(new Date(a.start), parseDateBound('date', v), startOfLocalDay),
  },
];

/** `Appointment/$find`: the coordinated search's best times for a patient and visit type, as proposed Appointments. */
async function find(ctx: FhirContext, s: ParsedSearch): Promise<Bundle> {
  const patientId = onePatient(s, '$find');
  if (!patientId) throw badSearch('$find needs the id of a patient.', 'patient');
  const wanted = s.params.get('service-type')?.[0]?.values[0];
  if (!wanted)
    throw badSearch('$find needs service-type: the visit type code (CodeSystem visit-type).', 'service-type');
  const code = parseToken(wanted).code;
  const types = await listVisitTypes(ctx.scope.db, ctx.scope.actor);
  const visitType = types.find((v) => v.active && (v.code === code || v.id === code));
  if (!visitType) throw badSearch(`No visit type "${code}" at your active unit.`, 'service-type');
  const start = s.params.get('start')?.[0]?.values[0];
  if (start !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(start))
    throw badSearch(`start must be a date (YYYY-MM-DD), not "${start}".`, 'start');
  const result = await searchForSlots(ctx.scope.db, ctx.scope.actor, {
    patientId,
    visitTypeId: visitType.id,
    ...(start ? { fromDate: start } : {}),
    weeks: 8,
    limit: Math.max(1, Math.min(s.count, 50)),
    relax: [],
  });
  const entry = result.proposals.map((p) => ({
    resource: proposalAppointment(p, patientId, visitType),
    search: { mode: 'match' as const },
  }));
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: entry.length,
    ...(entry.length ? { entry } : {}),
  };
}

function asAppointment(body: unknown): Appointment {
  if (
    !body ||
    typeof body !== 'object' ||
    (body as { resourceType?: unknown }).resourceType !== 'Appointment'
  )
    throw new FhirError(400, 'invalid', 'The body must be an Appointment resource.');
  return body as Appointment;
}

/** POST Appointment: books (status booked) or holds (pending) a proposal $find returned. */
async function book(ctx: FhirContext, body: unknown): Promise<Appointment> {
  const a = asAppointment(body);
  if (a.status !== 'booked' && a.status !== 'pending')
    throw notSupported('Create an Appointment with status booked (or pending, to hold it for five minutes).');
  const ext = a.extension?.find((e) => e.url === PROPOSAL_EXT)?.valueBase64Binary;
  const token = ext ? decodeProposal(ext) : null;
  if (!token)
    throw new FhirError(
      400,
      'required',
      `Book a proposal from Appointment/$find: the Appointment needs its extension ${PROPOSAL_EXT}.`,
      ['Appointment.extension'],
    );
  const request = ZBookingRequest.safeParse({
    patientId: token.patientId,
    visitTypeId: token.visitTypeId,
    proposal: token.proposal,
    mode: a.status === 'pending' ? 'hold' : 'book',
    ...(a.comment ? { note: a.comment.slice(0, 1000) } : {}),
  });
  if (!request.success)
    throw new FhirError(400, 'invalid', 'The proposal in the extension is not one $find made.');
  return bookingAppointment(await createBooking(ctx.scope.db, ctx.scope.actor, request.data));
}

/** PUT Appointment/<id>: the one change supported is cancelling it (status cancelled). */
async function update(ctx: FhirContext, id: string, body: unknown): Promise<Appointment> {
  const a = asAppointment(body);
  if (a.id !== id)
    throw new FhirError(400, 'invalid', `The Appointment's id must be ${id}, as in the address.`);
  if (!UUID.test(id))
    throw new FhirError(404, 'not-found', `Appointment/${id} does not exist, or you may not see it.`);
  const current = bookingAppointment(await getBooking(ctx.scope.db, ctx.scope.actor, id));
  if (a.status === current.status) return current;
  if (a.status !== 'cancelled')
    throw notSupported(
      'An Appointment can only be cancelled here (status cancelled); book a new one to move it.',
    );
  const reason = a.cancelationReason?.text ?? a.cancelationReason?.coding?.[0]?.display ?? 'Avbokad via FHIR';
  return bookingAppointment(await cancelBooking(ctx.scope.db, ctx.scope.actor, id, reason));
}

export const appointmentHandler: ResourceHandler<Appointment> = {
  type: 'Appointment',
  documentation:
    'Bookings. Search needs patient. Book: take a proposed Appointment from Appointment/$find (patient, service-type = visit type code, start), POST it with status booked (or pending: a five-minute hold). Cancel: PUT it with status cancelled.',
  read: async (ctx, id) => {
    if (!UUID.test(id))
      throw new FhirError(404, 'not-found', `Appointment/${id} does not exist, or you may not see it.`);
    return bookingAppointment(await getBooking(ctx.scope.db, ctx.scope.actor, id));
  },
  // The search loads the one patient's bookings (audited), then filters them.
  search: {
    params: APPOINTMENT_PARAMS,
    run: async (ctx, s) => {
      const list = await appointmentsOf(ctx, s);
      return memorySearch(APPOINTMENT_PARAMS, async () => list).run(ctx, s);
    },
  },
  create: book,
  update,
  operations: [
    {
      name: 'find',
      documentation: 'Free times for a patient and a visit type (patient, service-type, start, _count).',
      params: [
        { name: 'patient', type: 'reference' },
        { name: 'service-type', type: 'token' },
        { name: 'start', type: 'date' },
      ],
      run: find,
    },
  ],
};
