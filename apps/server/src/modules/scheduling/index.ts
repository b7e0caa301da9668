// The scheduling module's door: the routes; the search input (the benchmark's database floor); bookings
// for other modules (letters, surveys), the demo and the benchmark; the calendar inserts the demo uses.

export {
  BookingConflictError,
  bookFirstProposal,
  cancelBooking,
  completeBooking,
  createBooking,
  getBooking,
  listPatientBookings,
  placeBooking,
  rescheduleBooking,
} from './scheduling.booking.service.ts';
export {
  findUnitResources,
  insertCalendarRows,
  insertExternal,
  insertVisitType,
} from './scheduling.calendar.repository.ts';
export { readClosedDays } from './scheduling.closed-days.ts';
export {
  buildSearchContext,
  loadSearchContext,
  loadSearchInput,
  toProposal,
} from './scheduling.input.service.ts';
export { getDayList, listRecall } from './scheduling.lists.service.ts';
export { firstOpenDayAfter, nextOpenDay } from './scheduling.open-days.ts';
export { schedulingRoutes } from './scheduling.routes.ts';
export { listVisitTypes, searchForSlots } from './scheduling.service.ts';
export { swedishClosedDays } from './search/index.ts';
