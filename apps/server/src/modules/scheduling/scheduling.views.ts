import type { Booking, BookingStatus, ProposalStep, ResourceKind, VisitTypeCode } from '@lotsa/contracts';
import type { Tx } from '../../db/database.ts';
import { findPatientNames } from '../patients/index.ts';
import type { AllocationRow, BookingRow } from './scheduling.booking.repository.ts';
import { findAllocations } from './scheduling.booking.repository.ts';
import * as cal from './scheduling.calendar.repository.ts';

/** Names of everything a booking answer mentions, read once for a list of bookings. */
export interface BookingNames {
  resources: Map<string, string>;
  patients: Map<string, string>;
  visitTypes: Map<string, cal.VisitTypeRow>;
}

export async function loadBookingNames(
  q: Tx,
  regionId: string,
  rows: readonly BookingRow[],
): Promise<BookingNames> {
  const resources = new Map<string, string>();
  const visitTypes = new Map<string, cal.VisitTypeRow>();
  for (const unitId of new Set(rows.map((r) => r.unitId))) {
    const res = await cal.findUnitResources(q, regionId, unitId);
    for (const r of [...res.staff, ...res.rooms, ...res.equipment, ...res.externals])
      resources.set(r.id, r.name);
    for (const vt of await cal.findVisitTypes(q, regionId, unitId)) visitTypes.set(vt.id, vt);
  }
  const names = await findPatientNames(q, regionId, [...new Set(rows.map((r) => r.patientId))]);
  const patients = new Map<string, string>();
  for (const [id, n] of names) patients.set(id, `${n.givenName} ${n.familyName}`);
  return { resources, patients, visitTypes };
}

/** Bookings with their allocations and names, ready to answer. */
export async function toBookings(q: Tx, regionId: string, rows: readonly BookingRow[]): Promise<Booking[]> {
  if (rows.length === 0) return [];
  const names = await loadBookingNames(q, regionId, rows);
  const allocs = await findAllocations(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toBooking(
      r,
      allocs.filter((a) => a.bookingId === r.id),
      names,
    ),
  );
}

export function toBooking(r: BookingRow, allocs: readonly AllocationRow[], names: BookingNames): Booking {
  const vt = names.visitTypes.get(r.visitTypeId);
  const patientName = names.patients.get(r.patientId) ?? '';
  const iso = (d: Date) => d.toISOString();
  return {
    id: r.id,
    unitId: r.unitId,
    patientId: r.patientId,
    patientName,
    visitTypeId: r.visitTypeId,
    visitTypeCode: (vt?.code ?? 'nurse_visit') as VisitTypeCode,
    visitTypeName: vt?.name ?? '',
    location: (vt?.location ?? 'clinic') as Booking['location'],
    status: r.status as BookingStatus,
    start: iso(r.startsAt),
    end: iso(r.endsAt),
    holdExpiresAt: r.holdExpiresAt ? iso(r.holdExpiresAt) : null,
    steps: (r.steps as ProposalStep[]).map((s) => ({
      ...s,
      staffName: s.staffId ? (names.resources.get(s.staffId) ?? s.staffName) : null,
      roomName: s.roomId ? (names.resources.get(s.roomId) ?? s.roomName) : null,
    })),
    allocations: allocs.map((a) => ({
      kind: a.resourceKind as ResourceKind,
      resourceId: a.resourceId,
      name: a.resourceKind === 'patient' ? patientName : (names.resources.get(a.resourceId) ?? ''),
      stepKey: a.stepKey,
      start: iso(a.startsAt),
      end: iso(a.endsAt),
    })),
    note: r.note,
    cancelReason: r.cancelReason,
    rescheduledFromId: r.rescheduledFromId,
    seriesId: r.seriesId,
    createdAt: iso(r.createdAt),
    createdBy: r.createdBy,
    updatedAt: iso(r.updatedAt),
  };
}
