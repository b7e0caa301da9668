import { type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.contactRequests;
export type NewContactRequest = EndpointBody<typeof e.createContactRequest>;
export type ContactRequestUpdate = EndpointBody<typeof e.updateContactRequest>;

export function useOpenContactRequests() {
  return useQuery({
    queryKey: ['contact-requests', 'open'],
    queryFn: ({ signal }) => call(e.listContactRequests, { query: { state: 'open', mine: 'false' }, signal }),
    refetchInterval: 60_000,
  });
}

export const contactRequestKeys = { one: (id: string) => ['contact-requests', 'one', id] as const };

/** One request with its whole log. */
export function useContactRequest(id: string) {
  return useQuery({
    queryKey: contactRequestKeys.one(id),
    queryFn: ({ signal }) => call(e.getContactRequest, { params: { id }, signal }),
  });
}

export function useCreateContactRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewContactRequest) => call(e.createContactRequest, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['contact-requests'] }),
  });
}

export function useUpdateContactRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ContactRequestUpdate }) =>
      call(e.updateContactRequest, { params: { id }, body }),
    onSuccess: (request) => {
      client.setQueryData(contactRequestKeys.one(request.id), request);
      return client.invalidateQueries({
        queryKey: ['contact-requests'],
        predicate: (q) => q.queryKey[1] !== 'one',
      });
    },
  });
}

/** "2 h 15 min", "45 min", "3 d 4 h". */
export function waitedWords(minutes: number, lang: string): string {
  const en = lang.startsWith('en');
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d} ${en ? 'd' : 'd'} ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min`;
}
