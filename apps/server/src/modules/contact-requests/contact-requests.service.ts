import type {
  ContactRequest,
  ZContactRequestQuery,
  ZContactRequestUpdate,
  ZNewContactRequest,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { canAccessPatientsOf } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest, forbidden, notFound } from '../../lib/errors.ts';
import { localToday } from '../../lib/time.ts';
import { findStaffIdOfUser } from '../access/index.ts';
import { type Guarded, requireActiveUnit, unwrapPatient } from '../patients/index.ts';
import * as repo from './contact-requests.repository.ts';
import {
  checkTransition,
  isOpen,
  type RequestStatus,
  routeContactRequest,
  sortQueue,
  waitedMinutes,
} from './contact-requests.rules.ts';

function unwrapRequest<T>(r: Guarded<T>): T {
  if (r.status === 'ok') return r.value;
  if (r.status === 'denied') throw forbidden('request_other_unit');
  throw notFound('contact_request');
}

const staffName = (v: repo.ContactRequestView, id: string | null) => {
  const s = id ? v.staffById.get(id) : undefined;
  return s ? `${s.givenName} ${s.familyName}` : null;
};

export function toContactRequest(v: repo.ContactRequestView, now: Date): ContactRequest {
  const r = v.row;
  return {
    id: r.id,
    patientId: r.patientId,
    patientName: v.patientName,
    callerKind: r.callerKind as ContactRequest['callerKind'],
    callerName: r.callerName,
    callbackPhone: r.callbackPhone,
    subject: r.subject,
    urgency: r.urgency as ContactRequest['urgency'],
    status: r.status as ContactRequest['status'],
    assignedStaffId: r.assignedStaffId,
    assignedStaffName: staffName(v, r.assignedStaffId),
    routedTo: r.routedTo as ContactRequest['routedTo'],
    createdAt: r.createdAt.toISOString(),
    doneAt: r.doneAt ? r.doneAt.toISOString() : null,
    waitedMinutes: waitedMinutes(r.createdAt, r.doneAt, now),
    events: v.events.map((e) => ({
      at: e.at.toISOString(),
      byName: e.byName,
      status: e.status as ContactRequest['status'],
      assignedStaffName: staffName(v, e.assignedStaffId),
      note: e.note,
    })),
  };
}

/** A request is taken for a patient of the unit the user is working at now. */
/** A request is registered in the unit the person works at now. */
const inActiveUnit = (actor: Actor, unitId: string) =>
  unitId === actor.activeUnitId && canAccessPatientsOf(actor, unitId);

export async function createContactRequest(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZNewContactRequest>,
): Promise<ContactRequest> {
  requireActiveUnit(actor);
  const view = unwrapPatient(
    await repo.insertContactRequest(
      db,
      actor,
      { ...input, today: localToday() },
      routeContactRequest,
      inActiveUnit,
    ),
  );
  return toContactRequest(view, new Date());
}

export async function getContactRequest(db: Db, actor: Actor, id: string): Promise<ContactRequest> {
  const view = unwrapRequest(await repo.readContactRequest(db, actor, id));
  return toContactRequest(view, new Date());
}

export async function updateContactRequest(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof ZContactRequestUpdate>,
): Promise<ContactRequest> {
  const view = unwrapRequest(
    await repo.appendContactRequestEvent(
      db,
      actor,
      id,
      { status: input.status, note: input.note, assignToStaffId: input.assignToStaffId },
      (row, unitStaff) => {
        const problem = checkTransition(row.status as RequestStatus, input.status);
        if (problem) throw badRequest(problem.code);
        const to = input.assignToStaffId;
        if (to && !unitStaff.get(to)?.active) throw badRequest('staff_other_unit', { handOver: true });
      },
    ),
  );
  return toContactRequest(view, new Date());
}

/** The active unit's queue: open requests most urgent and then oldest first; done ones latest first. */
export async function listContactRequests(
  db: Db,
  actor: Actor,
  query: z.output<typeof ZContactRequestQuery>,
): Promise<ContactRequest[]> {
  const unitId = requireActiveUnit(actor);
  const assignedStaffId = query.mine ? await findStaffIdOfUser(db, actor.regionId, actor.userId) : undefined;
  const views = await repo.listContactRequests(db, actor, {
    unitId,
    state: query.state,
    assignedStaffId,
    patientId: query.patientId,
  });
  const now = new Date();
  const all = views.map((v) => toContactRequest(v, now));
  const done = all
    .filter((r) => !isOpen(r.status))
    .sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
  return [...sortQueue(all.filter((r) => isOpen(r.status))), ...done];
}
