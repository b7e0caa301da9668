import { randomUUID } from 'node:crypto';
import type { Message, SeriesOccurrence, SeriesResult, ZSeriesRequest } from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest } from '../../lib/errors.ts';
import { localToday, TIME_ZONE } from '../../lib/time.ts';
import { unwrapPatient, withPatient } from '../patients/index.ts';
import { ENTITY } from './scheduling.booking.repository.ts';
import { lostRace, placeBooking } from './scheduling.booking.service.ts';
import * as cal from './scheduling.calendar.repository.ts';
import { readClosedDays } from './scheduling.closed-days.ts';
import { buildSearchContext, toProposal } from './scheduling.input.service.ts';
import { seriesDates } from './scheduling.rules.ts';
import { localInstant, searchSlots, visitAt } from './search/index.ts';

type SeriesBody = z.output<typeof ZSeriesRequest>;

const localTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/**
 * Books a recurring visit type for one patient on each of its series dates. Each date is one audited
 * transaction on the patient: the day is searched with the patient's requirements and the proposal at
 * the series' time is booked (another time that day when it is taken), through the same verification
 * and exclusion constraint as any booking. A date where nothing fits, or that someone else took first,
 * is reported with the reason and the others go on.
 */
export async function bookSeries(
  db: Db,
  actor: Actor,
  body: SeriesBody,
  now = new Date(),
): Promise<SeriesResult> {
  const visitType = await cal.findVisitType(db, actor.regionId, body.visitTypeId);
  if (!visitType?.active) throw badRequest('visit_type_unknown', { atPatientUnit: false });
  const recurrence = visitType.recurrence;
  if (!recurrence) throw badRequest('visit_type_not_recurring', { name: visitType.name });
  const dates = seriesDates(body.fromDate ?? localToday(now), recurrence, body.count);
  const seriesId = randomUUID();
  const occurrences: SeriesOccurrence[] = [];
  for (const date of dates) {
    try {
      const occurrence = unwrapPatient(
        await withPatient(
          { db, actor },
          body.patientId,
          { forUpdate: false, action: 'create', entity: ENTITY },
          async (
            tx,
            patient,
          ): Promise<{
            value: SeriesOccurrence;
            entityId?: string;
            detail: Record<string, unknown>;
          }> => {
            const ctx = await buildSearchContext(tx, actor, patient, {
              visitTypeId: body.visitTypeId,
              fromDate: date,
              days: 1,
              limit: 20,
              relax: [],
              now,
            });
            // The series' own time first; else the search's best time that day.
            const atTime = visitAt(ctx.input, localInstant(date, recurrence.time, TIME_ZONE));
            const outcome = atTime ? null : searchSlots(ctx.input);
            const planned = atTime ?? outcome?.proposals[0];
            const chosen = planned ? toProposal(planned, ctx.names) : null;
            if (!chosen) {
              const [closed] = (
                await readClosedDays(tx, patient.regionId, patient.unitId, { from: date, to: date })
              ).between(date, date);
              const reasons: Message[] = closed
                ? [{ code: 'series_unit_closed', params: { name: closed.name } }]
                : (outcome?.explanation?.reasons ?? [{ code: 'series_no_time', params: {} }]);
              return {
                value: { date, status: 'not_booked', booking: null, atSeriesTime: false, reasons },
                detail: { series: true, date, booked: false },
              };
            }
            const { booking } = await placeBooking(tx, actor, patient, {
              visitTypeId: body.visitTypeId,
              proposal: { start: chosen.start, steps: chosen.steps },
              mode: 'book',
              note: body.note ?? null,
              now,
              rescheduledFromId: null,
              seriesId,
              // No ctx: placeBooking reads the calendars again after locking the plan's resources, so a
              // concurrent booking of the same time gives a clean conflict.
            });
            return {
              value: {
                date,
                status: 'booked',
                booking,
                atSeriesTime: localTime(chosen.start) === recurrence.time,
                reasons: [],
              },
              entityId: booking.id,
              detail: { series: true, date, booked: true, visitTypeId: body.visitTypeId },
            };
          },
        ),
      );
      occurrences.push(occurrence);
    } catch (err) {
      // Someone else booked the time between this date's search and its insert: report it, go on.
      if (lostRace(err) === null) throw err;
      occurrences.push({
        date,
        status: 'not_booked',
        booking: null,
        atSeriesTime: false,
        reasons: [{ code: 'series_taken', params: {} }],
      });
    }
  }
  return {
    recurrence,
    occurrences,
    booked: occurrences.filter((o) => o.status === 'booked').length,
  };
}
