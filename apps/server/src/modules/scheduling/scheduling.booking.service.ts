import {
  type Booking,
  HOLD_MINUTES,
  type Message,
  type Proposal,
  type ProposalStep,
  type ZBookingRequest,
  type ZRescheduleBooking,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, notFound, problem } from '../../lib/errors.ts';
import { localToday } from '../../lib/time.ts';
import { type Guarded, type PatientRow, unwrapPatient, withPatient } from '../patients/index.ts';
import * as repo from './scheduling.booking.repository.ts';
import {
  buildSearchContext,
  loadSearchContext,
  type SearchContext,
  type SearchParams,
  toProposal,
} from './scheduling.input.service.ts';
import {
  type BookingAction,
  type BookingProblem,
  checkBookingAction,
  HOLD_EXPIRED_REASON,
  RESCHEDULED_REASON,
} from './scheduling.rules.ts';
import { type BookingNames, toBooking, toBookings } from './scheduling.views.ts';
import { searchSlots, verifyProposal } from './search/index.ts';

type BookingBody = z.output<typeof ZBookingRequest>;
type ProposalBody = BookingBody['proposal'];

/** A 409 whose body carries fresh proposals (`ZBookingConflict`); the routes plugin answers it. */
export class BookingConflictError extends AppError {
  constructor(
    readonly problems: Message[],
    readonly alternatives: Proposal[],
  ) {
    super(409, 'booking_conflict', { problems });
  }
}

/** Thrown inside the transaction when the plan no longer verifies: it rolls back, then becomes a 409. */
class PlanRefused extends Error {
  constructor(readonly problems: Message[]) {
    super(problems.map((p) => p.code).join(' '));
  }
}

function unwrapBooking<T>(r: Guarded<T>): T {
  if (r.status === 'ok') return r.value;
  if (r.status === 'denied') throw forbidden('booking_other_unit');
  throw notFound('booking');
}

/**
 * The reasons a booking lost its race (a plan that no longer verifies, or an overlap the exclusion
 * constraint refused), or null when the error is something else.
 */
export function lostRace(err: unknown): Message[] | null {
  if (err instanceof PlanRefused) return err.problems;
  if (pgCode(err) === '23P01') return [];
  return null;
}

function pgCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The allocations of a plan: each step's staff or external, the room and each device and the patient for the whole visit. */
export function allocationsOf(
  patientId: string,
  plan: ProposalBody,
  start: Date,
  end: Date,
): repo.NewAllocation[] {
  const out: repo.NewAllocation[] = [];
  for (const s of plan.steps) {
    if (s.staffId)
      out.push({
        resourceKind: 'staff',
        resourceId: s.staffId,
        stepKey: s.key,
        start: new Date(s.start),
        end: new Date(s.end),
      });
    if (s.externalId)
      out.push({
        resourceKind: 'external',
        resourceId: s.externalId,
        stepKey: s.key,
        start: new Date(s.start),
        end: new Date(s.end),
      });
  }
  const whole = (resourceKind: string, resourceId: string) => ({
    resourceKind,
    resourceId,
    stepKey: null,
    start,
    end,
  });
  for (const roomId of new Set(plan.steps.flatMap((s) => (s.roomId ? [s.roomId] : []))))
    out.push(whole('room', roomId));
  for (const id of new Set(plan.steps.flatMap((s) => s.equipmentIds))) out.push(whole('equipment', id));
  out.push(whole('patient', patientId));
  return out;
}

export interface PlaceOptions {
  visitTypeId: string;
  proposal: ProposalBody;
  mode: 'hold' | 'book';
  note: string | null;
  /** The clock: proposals before it are refused, holds expire HOLD_MINUTES after it. */
  now: Date;
  rescheduledFromId: string | null;
  /** The booker arranges the room features another way: the plan's room need not have them. */
  waiveRoomFeatures?: boolean;
  /** The series this visit is one date of. */
  seriesId?: string;
  /**
   * Demo data only: a context already read in this transaction (the demo books what it just searched),
   * a past visit booked as completed, and when the booking was made.
   */
  ctx?: SearchContext;
  completed?: boolean;
  createdAt?: Date;
}

/**
 * Verifies the plan against freshly read calendars (inside the transaction), sweeps expired holds in
 * its way, and inserts the booking and its allocations. The exclusion constraint is the final guard.
 */
export async function placeBooking(
  tx: Tx,
  actor: Actor,
  patient: PatientRow,
  o: PlaceOptions,
): Promise<{ booking: Booking; ctx: SearchContext }> {
  const start = new Date(o.proposal.start);
  const end = new Date(Math.max(...o.proposal.steps.map((s) => Date.parse(s.end))));
  const allocs = allocationsOf(patient.id, o.proposal, start, end);
  // Before the calendars are read: bookings that share a resource take turns, so the later one sees
  // the earlier one's allocations (a clean 409) instead of both waiting on each other's uncommitted
  // rows in the exclusion constraint (a deadlock, 40P01).
  await repo.lockResources(
    tx,
    patient.regionId,
    allocs.map((a) => a.resourceId),
  );
  const ctx =
    o.ctx ??
    (await buildSearchContext(tx, actor, patient, {
      visitTypeId: o.visitTypeId,
      fromDate: localToday(start),
      days: Math.max(1, Math.ceil((end.getTime() - start.getTime()) / 86_400_000) + 1),
      limit: 1,
      // A proposal the booker accepted with other staff or at another time of day stays bookable.
      relax: o.waiveRoomFeatures ? ['staff', 'time_window', 'equipment'] : ['staff', 'time_window'],
      now: o.now,
      excludeBookingId: o.rescheduledFromId ?? undefined,
    }));
  const plan = {
    start: start.getTime(),
    steps: o.proposal.steps.map((s) => ({
      key: s.key,
      start: Date.parse(s.start),
      end: Date.parse(s.end),
      staffId: s.staffId,
      externalId: s.externalId,
      roomId: s.roomId,
      equipmentIds: s.equipmentIds,
    })),
  };
  const verdict = verifyProposal(ctx.input, plan);
  if (!verdict.ok) throw new PlanRefused(verdict.problems);
  await repo.sweepExpiredHolds(
    tx,
    patient.regionId,
    [...new Set(allocs.map((a) => a.resourceId))],
    start,
    end,
    o.now,
  );
  const labels = new Map((ctx.visitType.steps ?? []).map((s) => [s.key, s.label]));
  const steps: ProposalStep[] = o.proposal.steps.map((s) => ({
    key: s.key,
    label: labels.get(s.key) ?? s.key,
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
    staffId: s.staffId,
    staffName: s.staffId ? (ctx.names.get(s.staffId) ?? null) : null,
    externalId: s.externalId,
    roomId: s.roomId,
    roomName: s.roomId ? (ctx.names.get(s.roomId) ?? null) : null,
    equipmentIds: s.equipmentIds,
  }));
  const hold = o.mode === 'hold' && !o.completed;
  const row = await repo.insertBooking(
    tx,
    {
      regionId: patient.regionId,
      unitId: patient.unitId,
      patientId: patient.id,
      visitTypeId: o.visitTypeId,
      status: o.completed ? 'completed' : hold ? 'held' : 'booked',
      start,
      end,
      holdExpiresAt: hold ? new Date(o.now.getTime() + HOLD_MINUTES * 60_000) : null,
      steps,
      note: o.note,
      rescheduledFromId: o.rescheduledFromId,
      seriesId: o.seriesId ?? null,
      waivedRoomFeatures: o.waiveRoomFeatures === true,
      createdBy: actor.userId,
      ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    },
    allocs,
  );
  const names: BookingNames = {
    resources: new Map(ctx.names),
    patients: new Map([[patient.id, ctx.names.get(patient.id) ?? '']]),
    visitTypes: new Map([[ctx.visitType.id, ctx.visitType]]),
  };
  const allocRows = allocs.map((a, i) => ({
    id: String(i),
    regionId: patient.regionId,
    bookingId: row.id,
    resourceKind: a.resourceKind,
    resourceId: a.resourceId,
    stepKey: a.stepKey,
    startsAt: a.start,
    endsAt: a.end,
    active: true,
    holdExpiresAt: row.holdExpiresAt,
    changeVersion: 0,
  }));
  return { booking: toBooking(row, allocRows, names), ctx };
}

/**
 * Demo data: searches with these parameters inside the caller's transaction on the patient and books
 * the chosen proposal (the first by default) through the same verification and insert. Null when
 * nothing fits.
 */
export async function bookFirstProposal(
  tx: Tx,
  actor: Actor,
  patient: PatientRow,
  p: SearchParams,
  o: {
    completed?: boolean;
    createdAt?: Date;
    note?: string | null;
    pick?: (proposals: readonly Proposal[]) => Proposal | undefined;
  } = {},
): Promise<Booking | null> {
  const ctx = await buildSearchContext(tx, actor, patient, p);
  const proposals = searchSlots(ctx.input).proposals.map((v) => toProposal(v, ctx.names));
  const chosen = o.pick ? o.pick(proposals) : proposals[0];
  if (!chosen) return null;
  const { booking } = await placeBooking(tx, actor, patient, {
    visitTypeId: p.visitTypeId,
    proposal: { start: chosen.start, steps: chosen.steps },
    mode: 'book',
    note: o.note ?? null,
    now: p.now,
    rescheduledFromId: null,
    ctx,
    completed: o.completed,
    createdAt: o.createdAt,
  });
  return booking;
}

/** Fresh proposals after a conflict, from the day the refused plan was for. */
async function freshAlternatives(
  db: Db,
  actor: Actor,
  patientId: string,
  visitTypeId: string,
  from: Date,
  now: Date,
) {
  const today = localToday(now);
  const day = localToday(from);
  const ctx = await loadSearchContext(
    db,
    actor,
    { patientId, visitTypeId, fromDate: [day, today].sort()[1], weeks: 1, limit: 5 },
    { now },
  );
  return searchSlots(ctx.input).proposals.map((p) => toProposal(p, ctx.names));
}

/** Runs a booking write; a refused plan or an overlap (23P01) becomes a 409 with fresh alternatives. */
async function withConflictAnswer<T>(
  db: Db,
  actor: Actor,
  target: () => { patientId: string; visitTypeId: string; start: string } | null,
  now: Date,
  work: () => Promise<T>,
): Promise<T> {
  let problems: Message[];
  try {
    return await work();
  } catch (err) {
    if (err instanceof PlanRefused) problems = err.problems;
    else if (pgCode(err) === '23P01') problems = [];
    else throw err;
  }
  const what = target();
  if (!what) throw new Error('booking conflict without a target');
  const alternatives = await freshAlternatives(
    db,
    actor,
    what.patientId,
    what.visitTypeId,
    new Date(what.start),
    now,
  );
  throw new BookingConflictError(problems, alternatives);
}

export async function createBooking(
  db: Db,
  actor: Actor,
  body: BookingBody,
  now = new Date(),
): Promise<Booking> {
  return withConflictAnswer(
    db,
    actor,
    () => ({ patientId: body.patientId, visitTypeId: body.visitTypeId, start: body.proposal.start }),
    now,
    async () =>
      unwrapPatient(
        await withPatient(
          { db, actor },
          body.patientId,
          { forUpdate: false, action: 'create', entity: repo.ENTITY },
          async (tx, patient) => {
            const { booking } = await placeBooking(tx, actor, patient, {
              visitTypeId: body.visitTypeId,
              proposal: body.proposal,
              mode: body.mode,
              note: body.note ?? null,
              now,
              rescheduledFromId: null,
              waiveRoomFeatures: body.waiveRoomFeatures,
            });
            return {
              value: booking,
              entityId: booking.id,
              detail: {
                status: booking.status,
                start: booking.start,
                visitTypeId: booking.visitTypeId,
                ...(body.waiveRoomFeatures ? { waivedRoomFeatures: true } : {}),
              },
            };
          },
        ),
      ),
  );
}

export async function getBooking(db: Db, actor: Actor, id: string): Promise<Booking> {
  return unwrapBooking(
    await repo.guardedBooking(db, actor, id, { forUpdate: false, action: 'read' }, async (tx, row) => {
      const [b] = await toBookings(tx, row.regionId, [row]);
      return { value: b! };
    }),
  );
}

export async function listPatientBookings(db: Db, actor: Actor, patientId: string): Promise<Booking[]> {
  return unwrapPatient(
    await withPatient(
      { db, actor },
      patientId,
      { forUpdate: false, action: 'read', entity: repo.ENTITY },
      async (tx, patient) => {
        const rows = await repo.findPatientBookings(tx, patient.regionId, patient.id);
        return {
          value: await toBookings(tx, patient.regionId, rows),
          detail: { list: true, count: rows.length },
        };
      },
    ),
  );
}

const fail = (p: BookingProblem) => problem(p.status, p.code);

/**
 * Confirming a hold checks its plan again against the calendars and the patient's requirements as they
 * are now (the hold's own allocations left out): a hold is not a promise that nothing changed in its
 * minutes (an absence, a closed day, new adaptations, the visit type). Null when the plan still holds.
 */
async function reverifyHold(
  tx: Tx,
  actor: Actor,
  row: repo.BookingRow,
  now: Date,
): Promise<Message[] | null> {
  const steps = row.steps as ProposalStep[];
  return unwrapBooking(
    await withPatient(
      { db: tx as unknown as Db, actor },
      row.patientId,
      { forUpdate: false, action: 'read', entity: 'scheduling_search' },
      async (inner, patient) => {
        const ctx = await buildSearchContext(inner, actor, patient, {
          visitTypeId: row.visitTypeId,
          fromDate: localToday(row.startsAt),
          days: Math.max(1, Math.ceil((row.endsAt.getTime() - row.startsAt.getTime()) / 86_400_000) + 1),
          limit: 1,
          relax: row.waivedRoomFeatures ? ['staff', 'time_window', 'equipment'] : ['staff', 'time_window'],
          now,
          excludeBookingId: row.id,
        });
        const verdict = verifyProposal(ctx.input, {
          start: row.startsAt.getTime(),
          steps: steps.map((s) => ({
            key: s.key,
            start: Date.parse(s.start),
            end: Date.parse(s.end),
            staffId: s.staffId,
            externalId: s.externalId,
            roomId: s.roomId,
            equipmentIds: s.equipmentIds,
          })),
        });
        return { value: verdict.ok ? null : verdict.problems, detail: { confirmHold: row.id } };
      },
    ),
  );
}

/** Moves a booking on (confirm, release, cancel, no-show, complete), audited as an update. */
async function changeBooking(
  db: Db,
  actor: Actor,
  id: string,
  action: Exclude<BookingAction, 'reschedule'>,
  reason: string | null,
  now: Date,
  /** Confirming a hold: the booking being confirmed, for the conflict's fresh alternatives. */
  onHeld?: (target: { patientId: string; visitTypeId: string; start: string }) => void,
): Promise<Booking> {
  type Outcome = { problem: BookingProblem } | { booking: Booking };
  const result = unwrapBooking(
    await repo.guardedBooking<Outcome>(
      db,
      actor,
      id,
      { forUpdate: true, action: 'update' },
      async (tx, row) => {
        const state = {
          status: row.status as Booking['status'],
          start: row.startsAt,
          holdExpiresAt: row.holdExpiresAt,
        };
        const problem = checkBookingAction(state, action, now);
        if (problem) {
          // A hold that ran out is swept now (committed with the audit entry), then answered 410.
          if (action === 'confirm' && row.status === 'held') {
            await repo.updateBooking(tx, row.id, {
              status: 'cancelled',
              cancelReason: HOLD_EXPIRED_REASON,
              deactivate: true,
              now,
            });
            return {
              value: { problem },
              detail: { action, from: row.status, status: 'cancelled', expired: true },
            };
          }
          throw fail(problem);
        }
        if (action === 'confirm' && row.status === 'held') {
          onHeld?.({
            patientId: row.patientId,
            visitTypeId: row.visitTypeId,
            start: row.startsAt.toISOString(),
          });
          const problems = await reverifyHold(tx, actor, row, now);
          if (problems) throw new PlanRefused(problems);
        }
        const change: repo.BookingChange =
          action === 'confirm'
            ? { status: 'booked', clearHold: true, now }
            : action === 'release'
              ? { status: 'cancelled', cancelReason: 'Reservationen släpptes', deactivate: true, now }
              : action === 'cancel'
                ? { status: 'cancelled', cancelReason: reason, deactivate: true, now }
                : action === 'no_show'
                  ? { status: 'no_show', deactivate: true, now }
                  : { status: 'completed', now };
        const updated = row.status === change.status ? row : await repo.updateBooking(tx, row.id, change);
        const [b] = await toBookings(tx, row.regionId, [updated]);
        return {
          value: { booking: b! },
          detail: { action, from: row.status, status: updated.status, ...(reason ? { reason } : {}) },
        };
      },
    ),
  );
  if ('problem' in result) throw fail(result.problem);
  return result.booking;
}

/** Confirms a hold; a plan that no longer holds is a 409 with fresh alternatives, and the hold stays. */
export async function confirmBooking(db: Db, actor: Actor, id: string, now = new Date()) {
  let target: { patientId: string; visitTypeId: string; start: string } | null = null;
  return withConflictAnswer(
    db,
    actor,
    () => target,
    now,
    () =>
      changeBooking(db, actor, id, 'confirm', null, now, (t) => {
        target = t;
      }),
  );
}
export const releaseHold = (db: Db, actor: Actor, id: string, now = new Date()) =>
  changeBooking(db, actor, id, 'release', null, now);
export const cancelBooking = (db: Db, actor: Actor, id: string, reason: string, now = new Date()) =>
  changeBooking(db, actor, id, 'cancel', reason, now);
/**
 * Cancels every held or booked visit of a series that has not started, with one reason, in one
 * transaction audited on the patient (one entry naming the series and the visits). 404 for an unknown
 * series; a series with nothing left ahead answers an empty list.
 */
export async function cancelSeries(
  db: Db,
  actor: Actor,
  seriesId: string,
  reason: string,
  now = new Date(),
): Promise<{ cancelled: Booking[] }> {
  const patientId = await repo.findSeriesPatient(db, actor.regionId, seriesId);
  if (!patientId) throw notFound('series');
  return unwrapPatient(
    await withPatient(
      { db, actor },
      patientId,
      { forUpdate: false, action: 'update', entity: repo.ENTITY },
      async (tx) => {
        const rows = await repo.findSeriesAhead(tx, actor.regionId, seriesId, now);
        const updated = [];
        for (const row of rows)
          updated.push(
            await repo.updateBooking(tx, row.id, {
              status: 'cancelled',
              cancelReason: reason,
              deactivate: true,
              now,
            }),
          );
        return {
          value: { cancelled: await toBookings(tx, actor.regionId, updated) },
          entityId: seriesId,
          detail: { action: 'cancel_series', seriesId, reason, bookingIds: updated.map((b) => b.id) },
        };
      },
    ),
  );
}

export const markNoShow = (db: Db, actor: Actor, id: string, now = new Date()) =>
  changeBooking(db, actor, id, 'no_show', null, now);
export const completeBooking = (db: Db, actor: Actor, id: string, now = new Date()) =>
  changeBooking(db, actor, id, 'complete', null, now);

/**
 * Moves a booking to another plan in one transaction: the old one's time is freed and it is cancelled
 * with the reason, the new plan is verified (the old time counting as free) and booked with
 * `rescheduledFromId`. A conflict leaves the old booking as it was.
 */
export async function rescheduleBooking(
  db: Db,
  actor: Actor,
  id: string,
  body: z.output<typeof ZRescheduleBooking>,
  now = new Date(),
): Promise<Booking> {
  let target: { patientId: string; visitTypeId: string; start: string } | null = null;
  return withConflictAnswer(
    db,
    actor,
    () => target,
    now,
    async () =>
      unwrapBooking(
        await repo.guardedBooking(db, actor, id, { forUpdate: true, action: 'update' }, async (tx, row) => {
          const state = {
            status: row.status as Booking['status'],
            start: row.startsAt,
            holdExpiresAt: row.holdExpiresAt,
          };
          const problem = checkBookingAction(state, 'reschedule', now);
          if (problem) throw fail(problem);
          target = { patientId: row.patientId, visitTypeId: row.visitTypeId, start: body.proposal.start };
          await repo.updateBooking(tx, row.id, {
            status: 'cancelled',
            cancelReason: body.reason ?? RESCHEDULED_REASON,
            deactivate: true,
            now,
          });
          const booking = unwrapPatient(
            await withPatient(
              { db: tx as unknown as Db, actor },
              row.patientId,
              { forUpdate: false, action: 'create', entity: repo.ENTITY },
              async (inner, patient) => {
                const placed = await placeBooking(inner, actor, patient, {
                  visitTypeId: row.visitTypeId,
                  proposal: body.proposal,
                  mode: row.status === 'held' ? 'hold' : 'book',
                  note: row.note,
                  now,
                  rescheduledFromId: row.id,
                  waiveRoomFeatures: body.waiveRoomFeatures,
                });
                return {
                  value: placed.booking,
                  entityId: placed.booking.id,
                  detail: {
                    rescheduledFromId: row.id,
                    start: placed.booking.start,
                    ...(body.waiveRoomFeatures ? { waivedRoomFeatures: true } : {}),
                  },
                };
              },
            ),
          );
          return { value: booking, detail: { action: 'reschedule', rescheduledTo: booking.id } };
        }),
      ),
  );
}
