import { z } from 'zod';
import { defineEndpoint, ZId } from './http.ts';
import { messageCode } from './messages/index.ts';

/** Why an access is in the unit manager's review queue (logguppföljning, issue 16). */
export const REVIEW_FLAGS = [
  'emergency',
  'no_care_relation',
  'protected_identity',
  'outside_hours',
  'same_surname',
  'many_patients',
] as const;
export const ZReviewFlag = z.enum(REVIEW_FLAGS);
export type ReviewFlag = z.infer<typeof ZReviewFlag>;

export const ZReviewItem = z.object({
  auditId: z.number().int(),
  at: z.string(),
  userId: ZId.nullable(),
  userName: z.string(),
  patientId: ZId,
  patientName: z.string(),
  action: z.string(),
  entity: z.string(),
  reason: z.string(),
  flags: z.array(ZReviewFlag),
  /** many_patients: how many patients the user opened that day. */
  patientsThatDay: z.number().int().nullable(),
  review: z.object({ byName: z.string(), at: z.string(), comment: z.string() }).nullable(),
});
export type ReviewItem = z.infer<typeof ZReviewItem>;

const ZDate = z.iso.date({ error: messageCode('review_date') });
export const ZReviewQuery = z.object({
  from: ZDate.optional(),
  to: ZDate.optional(),
  flag: ZReviewFlag.optional(),
  state: z.enum(['open', 'all']).default('open'),
});

export const ZReviewMark = z.object({
  auditId: z.number().int().positive(),
  comment: z
    .string()
    .trim()
    .min(3, { error: messageCode('review_comment') })
    .max(500, {
      error: messageCode('review_comment'),
    }),
});

export const ZSampleQuery = z.object({
  /** Any date of the week (Monday–Sunday, local). */
  week: ZDate.optional(),
});

export const ZReviewSummary = z.object({
  month: z.string(),
  flagged: z.number().int(),
  flaggedReviewed: z.number().int(),
  byFlag: z.record(z.string(), z.number().int()),
  sampled: z.number().int(),
  sampleReviewed: z.number().int(),
  reviews: z.number().int(),
});

const tags = ['audit'];
export const REVIEW_CSV_PATH = '/api/audit/review.csv';
export const auditReviewEndpoints = {
  reviewQueue: defineEndpoint({
    method: 'GET',
    path: '/api/audit/review',
    summary: 'The unit manager’s review queue: flagged accesses to the unit’s patients',
    tags,
    query: ZReviewQuery,
    response: z.array(ZReviewItem),
  }),
  markReviewed: defineEndpoint({
    method: 'POST',
    path: '/api/audit/review',
    summary: 'Mark an access reviewed, with a comment (itself logged)',
    tags,
    body: ZReviewMark,
    response: ZReviewItem,
  }),
  reviewSample: defineEndpoint({
    method: 'GET',
    path: '/api/audit/review/sample',
    summary: 'The week’s random sample of accesses to review (the region sets how many)',
    tags,
    query: ZSampleQuery,
    response: z.object({ week: z.string(), items: z.array(ZReviewItem) }),
  }),
  reviewSummary: defineEndpoint({
    method: 'GET',
    path: '/api/audit/review/summary',
    summary: 'A month of log review: flagged, reviewed, the samples',
    tags,
    query: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, { error: messageCode('review_month') }) }),
    response: ZReviewSummary,
  }),
};
