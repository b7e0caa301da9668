// The slot search's public functions: pure, no IO. The scheduling service builds a `SearchInput` from
// the calendars and calls `searchSlots` to propose, `verifyProposal` before it books.
export {
  type Absence,
  type CalendarSpec,
  containsInterval,
  type DateOverride,
  freeTime,
  intersectIntervals,
  localDateOf,
  localInstant,
  mergeIntervals,
  openIntervals,
  subtractIntervals,
} from './calendar.ts';
export { EXTRA_WEEKS } from './explain.ts';
export {
  type ClosedDay,
  type ClosedDays,
  closedDaysWith,
  findClosedDates,
  isSwedishClosedDay,
  swedishClosedDays,
} from './holidays.ts';
export { searchSlotsNaive } from './naive.ts';
export { feasibleStarts, SCORE, searchSlots, visitAt } from './search.ts';
export type * from './search.types.ts';
export { type PlanToVerify, verifyProposal } from './verify.ts';
