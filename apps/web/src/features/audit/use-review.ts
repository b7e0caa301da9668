import { type EndpointQuery, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.auditReview;
export type ReviewFilter = EndpointQuery<typeof e.reviewQueue>;

/** The review queue (logguppföljning): flagged accesses to the active unit's patients. */
export function useReviewQueue(filter: ReviewFilter) {
  return useQuery({
    queryKey: ['audit', 'review', filter],
    queryFn: ({ signal }) => call(e.reviewQueue, { query: filter, signal }),
    staleTime: 0,
  });
}

export function useReviewSample() {
  return useQuery({
    queryKey: ['audit', 'review', 'sample'],
    queryFn: ({ signal }) => call(e.reviewSample, { query: {}, signal }),
    staleTime: 0,
  });
}

export function useReviewSummary(month: string) {
  return useQuery({
    queryKey: ['audit', 'review', 'summary', month],
    queryFn: ({ signal }) => call(e.reviewSummary, { query: { month }, signal }),
    staleTime: 0,
  });
}

export function useMarkReviewed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { auditId: number; comment: string }) => call(e.markReviewed, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['audit', 'review'] }),
  });
}
