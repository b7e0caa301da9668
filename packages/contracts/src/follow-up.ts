import { z } from 'zod';
import { defineEndpoint, ZId } from './http.ts';
import { messageCode } from './messages/index.ts';

// Uppföljning: is SMO working? Figures per unit (the unit manager: exact counts) and across a
// region's units (the region admin: aggregated, small counts suppressed). Every figure is defined in
// docs/follow-up.md (numerator, denominator, period).

const ZDate = z.iso.date({ error: messageCode('date_format') });

/** A period of local dates, both inclusive; at most five years. */
export const ZFollowUpQuery = z
  .object({
    from: ZDate,
    to: ZDate,
    /** The unit (unit view); the active unit when left out. */
    unitId: ZId.optional(),
  })
  .refine((q) => q.from <= q.to, {
    path: ['to'],
    error: messageCode('follow_up_period_order'),
  })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 5 * 366 * 86_400_000, {
    path: ['to'],
    error: messageCode('follow_up_period_too_long'),
  });
export type FollowUpQuery = z.input<typeof ZFollowUpQuery>;

export const ZPeriod = z.object({ from: z.string(), to: z.string() });
export type Period = z.infer<typeof ZPeriod>;

/** Days (or hours) between two steps: the median and 90th percentile of n observations. */
export const ZSpread = z.object({
  n: z.number().int(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
});
export type Spread = z.infer<typeof ZSpread>;

export const INTAKE_FUNNEL_STEPS = [
  'received',
  'first_call',
  'needs_mapped',
  'decided',
  'consented',
  'enrolled',
] as const;
export type IntakeFunnelStep = (typeof INTAKE_FUNNEL_STEPS)[number];

export const ZUnitFollowUp = z.object({
  unit: z.object({ id: ZId, name: z.string(), cap: z.number().int() }),
  period: ZPeriod,
  previous: ZPeriod,
  enrolment: z.object({
    /** One row per calendar month of the period, counted at the month's last day (or the period's). */
    months: z.array(z.object({ month: z.string(), enrolled: z.number().int(), waiting: z.number().int() })),
    atEnd: z.object({ enrolled: z.number().int(), waiting: z.number().int() }),
    atPreviousEnd: z.object({ enrolled: z.number().int(), waiting: z.number().int() }),
    byMunicipality: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
    byDiagnosis: z.array(z.object({ code: z.string(), count: z.number().int() })),
    /** Days on the waiting list of those who left it (offered or enrolled) in the period. */
    waitingDays: ZSpread,
  }),
  intake: z.object({
    /** Registrations received in the period, and how many of them reached each step (so far). */
    steps: z.array(
      z.object({
        step: z.enum(INTAKE_FUNNEL_STEPS),
        count: z.number().int(),
        previousCount: z.number().int(),
        /** Days from the step before (for those who reached both). */
        days: ZSpread,
      }),
    ),
    /** Where people left, with the recorded reason: registrations ended in the period. */
    dropOuts: z.array(
      z.object({
        outcome: z.enum(['not_eligible', 'closed', 'exited']),
        reason: z.string(),
        count: z.number().int(),
      }),
    ),
  }),
  visits: z.object({
    byType: z.array(
      z.object({
        visitTypeCode: z.string(),
        completed: z.number().int(),
        noShow: z.number().int(),
        cancelled: z.number().int(),
        previousCompleted: z.number().int(),
      }),
    ),
    cancelReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
    /** Completed visits of patients with a fixed doctor (nurse), and how many of them the fixed one took part in. */
    continuity: z.object({
      withDoctorPatients: z.number().int(),
      fixedDoctorPresent: z.number().int(),
      withNursePatients: z.number().int(),
      fixedNursePresent: z.number().int(),
    }),
  }),
  contactRequests: z.object({
    total: z.number().int(),
    previousTotal: z.number().int(),
    byRoute: z.array(z.object({ routedTo: z.string(), count: z.number().int() })),
    /** Hours from the request to its first step by staff (taken, waiting or done). */
    firstAnswerHours: ZSpread,
  }),
  surveys: z.object({
    answers: z.number().int(),
    previousAnswers: z.number().int(),
    /** Mean score 1–3 per dimension and who answered. */
    dimensions: z.array(
      z.object({
        dimension: z.string(),
        answeredBy: z.string(),
        n: z.number().int(),
        mean: z.number().nullable(),
      }),
    ),
  }),
});
export type UnitFollowUp = z.infer<typeof ZUnitFollowUp>;

/** A count shown region-wide: exact from 5 and for 0, "< 5" for 1–4 so that no patient can be identified. */
export const ZSuppressed = z.union([z.number().int(), z.literal('<5')]);
export type Suppressed = z.infer<typeof ZSuppressed>;

export const ZRegionFollowUp = z.object({
  region: z.object({ id: ZId, name: z.string() }),
  period: ZPeriod,
  previous: ZPeriod,
  units: z.array(
    z.object({
      unitId: ZId,
      name: z.string(),
      cap: z.number().int(),
      enrolled: ZSuppressed,
      waiting: ZSuppressed,
      registrations: ZSuppressed,
      enrolments: ZSuppressed,
      completedVisits: ZSuppressed,
      noShows: ZSuppressed,
      contactRequests: ZSuppressed,
      surveyAnswers: ZSuppressed,
    }),
  ),
});
export type RegionFollowUp = z.infer<typeof ZRegionFollowUp>;

/** The exports (not JSON endpoints): GET with the same query. */
export const FOLLOW_UP_XLSX_PATH = '/api/follow-up/unit.xlsx';
export const FOLLOW_UP_CSV_PATH = '/api/follow-up/unit.csv';
export const FOLLOW_UP_REGION_XLSX_PATH = '/api/follow-up/region.xlsx';

const tags = ['follow-up'];
export const followUpEndpoints = {
  unitFollowUp: defineEndpoint({
    method: 'GET',
    path: '/api/follow-up/unit',
    summary: 'Follow-up of one unit for a period, with the previous period (unit manager)',
    tags,
    query: ZFollowUpQuery,
    response: ZUnitFollowUp,
  }),
  regionFollowUp: defineEndpoint({
    method: 'GET',
    path: '/api/follow-up/region',
    summary: 'Follow-up across the region’s units, small counts suppressed (region admin)',
    tags,
    query: ZFollowUpQuery,
    response: ZRegionFollowUp,
  }),
};
