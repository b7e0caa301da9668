import { BOOKING_ICS_PATH, schedulingEndpoints as e, renderMessage, ZIdParams } from '@lotsa/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { unauthenticated } from '../../lib/errors.ts';
import { pickLocale } from '../../lib/language.ts';
import { route } from '../../plugins/contract-routes.ts';
import * as booking from './scheduling.booking.service.ts';
import * as lists from './scheduling.lists.service.ts';
import * as series from './scheduling.series.service.ts';
import * as service from './scheduling.service.ts';

export async function schedulingRoutes(app: FastifyInstance) {
  const db = app.db;
  // A booking conflict carries fresh alternatives (ZBookingConflict); every other error goes on to the
  // app's error handler.
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (!(err instanceof booking.BookingConflictError)) throw err;
    const locale = pickLocale(req.actor?.locale, req.headers['accept-language']);
    const params = { problems: err.problems };
    return reply
      .status(409)
      .type('application/problem+json')
      .send({
        type: 'https://lotsa.se/problems/booking_conflict',
        title: locale === 'en' ? 'The time is taken' : 'Tiden är upptagen',
        status: 409,
        detail: renderMessage(locale, 'booking_conflict', params),
        code: 'booking_conflict',
        params,
        alternatives: err.alternatives,
      });
  });

  route(app, e.listVisitTypes, ({ actor }) => service.listVisitTypes(db, actor));
  route(app, e.searchSlots, ({ actor, body }) => service.searchForSlots(db, actor, body));
  route(app, e.createBooking, ({ actor, body }) => booking.createBooking(db, actor, body));
  route(app, e.bookSeries, ({ actor, body }) => series.bookSeries(db, actor, body));
  route(app, e.getBooking, ({ actor, params }) => booking.getBooking(db, actor, params.id));
  route(app, e.confirmBooking, ({ actor, params }) => booking.confirmBooking(db, actor, params.id));
  route(app, e.releaseHold, ({ actor, params }) => booking.releaseHold(db, actor, params.id));
  route(app, e.cancelBooking, ({ actor, params, body }) =>
    booking.cancelBooking(db, actor, params.id, body.reason),
  );
  route(app, e.cancelSeries, ({ actor, params, body }) =>
    booking.cancelSeries(db, actor, params.id, body.reason),
  );
  route(app, e.markNoShow, ({ actor, params }) => booking.markNoShow(db, actor, params.id));
  route(app, e.completeBooking, ({ actor, params }) => booking.completeBooking(db, actor, params.id));
  route(app, e.rescheduleBooking, ({ actor, params, body }) =>
    booking.rescheduleBooking(db, actor, params.id, body),
  );
  route(app, e.listPatientBookings, ({ actor, params }) => booking.listPatientBookings(db, actor, params.id));
  route(app, e.listRecall, ({ actor, query }) => lists.listRecall(db, actor, query));
  route(app, e.dayList, ({ actor, query }) => lists.getDayList(db, actor, query));
  route(app, e.unitCalendar, ({ actor, query }) => lists.getUnitCalendar(db, actor, query));
  route(app, e.getResourceCalendar, ({ actor, params }) =>
    service.getResourceCalendar(db, actor, params.kind, params.id),
  );
  route(app, e.saveResourceCalendar, ({ actor, params, body }) =>
    service.saveResourceCalendar(db, actor, params.kind, params.id, body),
  );
  route(app, e.listClosedDays, ({ actor, query }) => service.listClosedDays(db, actor, query.year));
  route(app, e.listExternalParticipants, ({ actor }) => service.listExternalParticipants(db, actor));
  route(app, e.addExternalParticipant, ({ actor, body }) => service.addExternalParticipant(db, actor, body));
  route(app, e.updateExternalParticipant, ({ actor, params, body }) =>
    service.updateExternalParticipant(db, actor, params.id, body),
  );

  // Not JSON: the booking as an iCalendar file.
  app.route({
    method: 'GET',
    url: BOOKING_ICS_PATH,
    schema: {
      summary: 'The booking as an iCalendar (.ics) file, for companions and municipal partners',
      tags: ['scheduling'],
      params: ZIdParams,
    },
    handler: async (req, reply) => {
      if (!req.actor) throw unauthenticated();
      const { id } = req.params as { id: string };
      const ics = await service.getBookingIcs(db, req.actor, id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="besok-${id.slice(0, 8)}.ics"`)
        .send(ics);
    },
  });
}
