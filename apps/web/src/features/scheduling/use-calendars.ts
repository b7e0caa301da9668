import { type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import type { CalendarBody, CalendarKind } from './calendars-draft.ts';

const e = endpoints.scheduling;
export type ExternalParticipantInput = EndpointBody<typeof e.addExternalParticipant>;
export type ExternalParticipantUpdate = EndpointBody<typeof e.updateExternalParticipant>;

/** Under `scheduling`, so a change there refreshes what the unit calendar shows too. */
export const calendarsKeys = {
  resource: (kind: CalendarKind, id: string) => ['scheduling', 'calendars', kind, id] as const,
  closedDays: (year: number) => ['scheduling', 'closed-days', year] as const,
  externals: ['scheduling', 'external-participants'] as const,
  /** Every week of the unit calendar (`useUnitCalendar`), whose open times and resources follow. */
  unitCalendar: ['scheduling', 'calendar'] as const,
};

/** Working hours and date overrides of one resource. Not refetched behind the back of someone editing it. */
export function useResourceCalendar(kind: CalendarKind, id: string) {
  return useQuery({
    queryKey: calendarsKeys.resource(kind, id),
    queryFn: ({ signal }) => call(e.getResourceCalendar, { params: { kind, id }, signal }),
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}

/** Replaces the whole calendar (unit manager or region admin; 403 for others). */
export function useSaveResourceCalendar(kind: CalendarKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarBody) => call(e.saveResourceCalendar, { params: { kind, id }, body }),
    onSuccess: async (saved) => {
      client.setQueryData(calendarsKeys.resource(kind, id), saved);
      await client.invalidateQueries({ queryKey: calendarsKeys.unitCalendar });
    },
  });
}

/** The unit's closed days (public holidays and the eves it closes on) of one year. */
export function useClosedDays(year: number) {
  return useQuery({
    queryKey: calendarsKeys.closedDays(year),
    queryFn: ({ signal }) => call(e.listClosedDays, { query: { year }, signal }),
    staleTime: 60 * 60_000,
  });
}

export function useExternalParticipants() {
  return useQuery({
    queryKey: calendarsKeys.externals,
    queryFn: ({ signal }) => call(e.listExternalParticipants, { signal }),
  });
}

export function useAddExternalParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ExternalParticipantInput) => call(e.addExternalParticipant, { body }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: calendarsKeys.externals }),
        client.invalidateQueries({ queryKey: calendarsKeys.unitCalendar }),
      ]);
    },
  });
}

/** Changes a participant, or takes them out of use (`active: false`; 409 while booked for visits ahead). */
export function useUpdateExternalParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ExternalParticipantUpdate }) =>
      call(e.updateExternalParticipant, { params: { id }, body }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: calendarsKeys.externals }),
        client.invalidateQueries({ queryKey: calendarsKeys.unitCalendar }),
      ]);
    },
  });
}
