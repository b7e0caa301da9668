import {
  type Booking,
  type EndpointBody,
  type EndpointQuery,
  endpoints,
  type Proposal,
  type SearchRequest,
  type VisitType,
  ZBookingConflict,
} from '@lotsa/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../lib/api.ts';

const e = endpoints.scheduling;
export type BookingRequest = EndpointBody<typeof e.createBooking>;
export type DayListQuery = EndpointQuery<typeof e.dayList>;
export type RescheduleBody = EndpointBody<typeof e.rescheduleBooking>;

export const schedulingKeys = {
  all: ['scheduling'] as const,
  visitTypes: ['scheduling', 'visit-types'] as const,
  search: (body: SearchRequest) => ['scheduling', 'search', body] as const,
  booking: (id: string) => ['scheduling', 'booking', id] as const,
  patientBookings: (patientId: string) => ['scheduling', 'patient-bookings', patientId] as const,
  recall: (withinWeeks: number) => ['scheduling', 'recall', withinWeeks] as const,
  dayList: (q: DayListQuery) => ['scheduling', 'day-list', q] as const,
  calendar: (from: string, to: string) => ['scheduling', 'calendar', from, to] as const,
};

export function useVisitTypes() {
  return useQuery({
    queryKey: schedulingKeys.visitTypes,
    queryFn: ({ signal }) => call(e.listVisitTypes, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The search is a POST but reads only: cached like a query, keyed by its whole request. */
export function useSlotSearch(body: SearchRequest | null) {
  return useQuery({
    queryKey: schedulingKeys.search(body ?? ({} as SearchRequest)),
    queryFn: ({ signal }) => call(e.searchSlots, { body: body as SearchRequest, signal }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useBooking(id: string | null) {
  return useQuery({
    queryKey: schedulingKeys.booking(id ?? ''),
    queryFn: ({ signal }) => call(e.getBooking, { params: { id: id ?? '' }, signal }),
    enabled: id !== null,
  });
}

export function usePatientBookings(patientId: string) {
  return useQuery({
    queryKey: schedulingKeys.patientBookings(patientId),
    queryFn: ({ signal }) => call(e.listPatientBookings, { params: { id: patientId }, signal }),
  });
}

export function useRecall(withinWeeks: number) {
  return useQuery({
    queryKey: schedulingKeys.recall(withinWeeks),
    queryFn: ({ signal }) => call(e.listRecall, { query: { withinWeeks, includeBooked: 'true' }, signal }),
  });
}

export function useDayList(query: DayListQuery) {
  return useQuery({
    queryKey: schedulingKeys.dayList(query),
    queryFn: ({ signal }) => call(e.dayList, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUnitCalendar(from: string, to: string) {
  return useQuery({
    queryKey: schedulingKeys.calendar(from, to),
    queryFn: ({ signal }) => call(e.unitCalendar, { query: { from, to }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After a change every list of bookings may be stale; a running search too (unless told not to). */
function useRefresh() {
  const client = useQueryClient();
  return (opts: { search?: boolean } = {}) =>
    client.invalidateQueries({
      queryKey: schedulingKeys.all,
      predicate: (q) => opts.search !== false || q.queryKey[1] !== 'search',
    });
}

export function useCreateBooking() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: BookingRequest) => call(e.createBooking, { body }),
    // A hold keeps the list as it is while the booker confirms; a booking refreshes everything.
    onSuccess: (b) => refresh({ search: b.status !== 'held' }),
  });
}

export type SeriesBody = EndpointBody<typeof e.bookSeries>;

/** Boka serie: every date of a recurring visit, each booked on its own. */
export function useBookSeries() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: SeriesBody) => call(e.bookSeries, { body }),
    onSuccess: () => refresh(),
  });
}

/** Avbokar seriens alla kommande besök med ett skäl. */
export function useCancelSeries() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ seriesId, reason }: { seriesId: string; reason: string }) =>
      call(e.cancelSeries, { params: { id: seriesId }, body: { reason } }),
    onSettled: () => refresh(),
  });
}

export function useConfirmBooking() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => call(e.confirmBooking, { params: { id } }),
    onSettled: () => refresh(),
  });
}

export function useReleaseHold() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => call(e.releaseHold, { params: { id } }),
    onSettled: () => refresh(),
  });
}

export function useRescheduleBooking() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RescheduleBody }) =>
      call(e.rescheduleBooking, { params: { id }, body }),
    onSuccess: () => refresh(),
  });
}

export type BookingChange =
  | { kind: 'cancel'; id: string; reason: string }
  | { kind: 'no_show'; id: string }
  | { kind: 'complete'; id: string };

/** Avboka, Uteblev, Genomförd. */
export function useChangeBooking() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (c: BookingChange): Promise<Booking> => {
      const params = { id: c.id };
      if (c.kind === 'cancel') return call(e.cancelBooking, { params, body: { reason: c.reason } });
      if (c.kind === 'no_show') return call(e.markNoShow, { params });
      return call(e.completeBooking, { params });
    },
    onSuccess: () => refresh(),
  });
}

/** The fresh proposals of a 409 `booking_conflict`, or null for any other error. */
export function conflictAlternatives(error: unknown): Proposal[] | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'booking_conflict') return null;
  const parsed = ZBookingConflict.safeParse(error.body);
  return parsed.success ? parsed.data.alternatives : [];
}

/** The hold ran out before it was confirmed (410). */
export function isHoldExpired(error: unknown): boolean {
  return error instanceof ApiError && error.status === 410;
}

/** The proposal as the booking request carries it (shared with the server's tests and the benchmark). */
export { proposalRequest } from '@lotsa/contracts';

/** Minutes from the first step's start to the last step's end, from the type's relations. */
export function visitTypeMinutes(v: VisitType): number {
  const start = new Map<string, number>();
  const end = new Map<string, number>();
  for (const s of v.steps) {
    const r = s.relation;
    const at =
      r.kind === 'start' ? 0 : r.kind === 'after' ? (end.get(r.step) ?? 0) : (start.get(r.step) ?? 0);
    start.set(s.key, at);
    end.set(s.key, at + s.durationMinutes);
  }
  return Math.max(0, ...end.values());
}

export const HEALTH_CHECK = 'health_check';
