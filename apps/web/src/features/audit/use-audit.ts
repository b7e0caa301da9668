import { type EndpointQuery, endpoints } from '@lotsa/contracts';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.audit;
export type AuditFilter = Omit<EndpointQuery<typeof e.searchAudit>, 'beforeSeq' | 'limit'>;

const PAGE_SIZE = 50;

/** The active unit's log, newest first, a page at a time ("Visa fler" asks for entries before the last seq). */
export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', 'log', filter],
    queryFn: ({ pageParam, signal }) =>
      call(e.searchAudit, { query: { ...filter, limit: PAGE_SIZE, beforeSeq: pageParam }, signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
    staleTime: 0,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => call(e.verifyAudit) });
}

export function usePatientExtract(patientId: string) {
  return useQuery({
    queryKey: ['audit', 'patient', patientId],
    queryFn: ({ signal }) => call(e.patientExtract, { params: { id: patientId }, signal }),
    staleTime: 0,
  });
}
