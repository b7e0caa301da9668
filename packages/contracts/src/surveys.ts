import { z } from 'zod';
import { defineEndpoint, optionalText, ZId, ZIdParams } from './http.ts';
import { messageCode } from './messages/index.ts';
import { ZVisitTypeCode } from './scheduling.ts';

// ---------------------------------------------------------------------------------------------------
// Surveys (enkäter) after a visit: five dimensions on a three-face scale (as the validated BASSPID
// questionnaire does), free text, who answered. Answers are anonymous to the team: tied to unit, visit
// type and date, never to the patient, the booking or the invitation.
// See apps/server/src/modules/surveys/README.md.
// ---------------------------------------------------------------------------------------------------

/** tillgänglighet, tidsaspekt, bemötande, kommunikation, delaktighet. */
export const SURVEY_DIMENSIONS = [
  'accessibility',
  'time',
  'treatment',
  'communication',
  'participation',
] as const;
export const ZSurveyDimension = z.enum(SURVEY_DIMENSIONS);
export type SurveyDimension = z.infer<typeof ZSurveyDimension>;

/** 3 = good (happy face, "Bra"), 2 = middle ("Sådär"), 1 = bad (sad face, "Dåligt"). */
export const SURVEY_SCORES = [3, 2, 1] as const;
export const ZSurveyScore = z
  .number({ error: messageCode('survey_choose_face') })
  .int()
  .min(1, { error: messageCode('survey_choose_face') })
  .max(3, { error: messageCode('survey_choose_face') });
export type SurveyScore = 1 | 2 | 3;

/** Which version: the easy-read patient version or the companion version (more words, same scores). */
export const SURVEY_VERSIONS = ['patient', 'companion'] as const;
export const ZSurveyVersion = z.enum(SURVEY_VERSIONS);
export type SurveyVersion = z.infer<typeof ZSurveyVersion>;

/** Who answered: the patient alone, the patient with help, or a companion for them (BASSPID). */
export const ANSWERED_BY = ['patient_alone', 'patient_with_help', 'companion'] as const;
export const ZAnsweredBy = z.enum(ANSWERED_BY, {
  error: messageCode('survey_choose_answerer'),
});
export type AnsweredBy = z.infer<typeof ZAnsweredBy>;

export const SURVEY_CHANNELS = ['link', 'kiosk'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** A score per dimension; a question may be skipped (null), but not all of them and the comment too. */
export const ZSurveyScores = z.object({
  accessibility: ZSurveyScore.nullable().default(null),
  time: ZSurveyScore.nullable().default(null),
  treatment: ZSurveyScore.nullable().default(null),
  communication: ZSurveyScore.nullable().default(null),
  participation: ZSurveyScore.nullable().default(null),
});
export type SurveyScores = z.infer<typeof ZSurveyScores>;

const answerFields = {
  answeredBy: ZAnsweredBy,
  scores: ZSurveyScores,
  comment: optionalText(2000),
};
const notEmpty = (v: { scores: SurveyScores; comment: string | null }) =>
  Object.values(v.scores).some((s) => s !== null) || v.comment !== null;
const emptyMessage = {
  path: ['scores'],
  error: messageCode('survey_answer_something'),
};

/** The answer sent from a link: the version is the invitation's. */
export const ZSurveyAnswer = z.strictObject(answerFields).refine(notEmpty, emptyMessage);
export type SurveyAnswer = z.input<typeof ZSurveyAnswer>;

/** The answer sent from the kiosk: the patient picks the visit type; the version follows who answers. */
export const ZKioskAnswer = z
  .strictObject({ ...answerFields, visitTypeCode: ZVisitTypeCode, version: ZSurveyVersion })
  .refine(notEmpty, emptyMessage);
export type KioskAnswer = z.input<typeof ZKioskAnswer>;

/** What the public form needs, and nothing about the patient. */
export const ZPublicSurvey = z.object({
  version: ZSurveyVersion,
  unitName: z.string(),
  visitTypeCode: ZVisitTypeCode,
  visitDate: z.iso.date(),
});
export type PublicSurvey = z.infer<typeof ZPublicSurvey>;

/** The token of a link: 43 characters of base64url (256 random bits). Anything else is refused (404). */
export const ZSurveyTokenParams = z.object({ token: z.string().min(1).max(200) });

export const ZSurveyReceipt = z.object({ received: z.literal(true) });

/** A link and QR code per audience. `url` is null when the invitation is already answered. */
export const ZSurveyInvitationLink = z.object({
  audience: ZSurveyVersion,
  answered: z.boolean(),
  url: z.string().nullable(),
  /** The QR code of `url` as an SVG document. */
  qrSvg: z.string().nullable(),
  expiresAt: z.iso.datetime().nullable(),
});
export const ZSurveyInvitations = z.object({
  bookingId: ZId,
  invitations: z.array(ZSurveyInvitationLink),
});
export type SurveyInvitations = z.infer<typeof ZSurveyInvitations>;

/** The kiosk key is sent in this header, never in the address (it would end up in logs). */
export const KIOSK_KEY_HEADER = 'x-survey-kiosk';

export const ZKioskStarted = z.object({
  key: z.string(),
  unitName: z.string(),
  visitTypeCodes: z.array(ZVisitTypeCode),
  expiresAt: z.iso.datetime(),
});
export const ZKioskInfo = ZKioskStarted.omit({ key: true });
export type KioskInfo = z.infer<typeof ZKioskInfo>;

// --- Results -----------------------------------------------------------------------------------------

const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  error: messageCode('month_format'),
});

export const ZSurveyResultsQuery = z
  .object({
    visitTypeCode: ZVisitTypeCode.optional(),
    /** First and last month (YYYY-MM), both included; the last 12 months by default. */
    from: ZMonth.optional(),
    to: ZMonth.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    error: messageCode('month_range_order'),
  });
export type SurveyResultsQuery = z.input<typeof ZSurveyResultsQuery>;

export const ZScoreCounts = z.object({
  good: z.number().int(),
  middle: z.number().int(),
  bad: z.number().int(),
});
export type ScoreCounts = z.infer<typeof ZScoreCounts>;

export const ZSurveyMonth = z.object({
  month: z.string(),
  responses: z.number().int(),
  /** Answers through the kiosk (no invitation). */
  kiosk: z.number().int(),
  invitations: z.number().int(),
  /** Invitations answered (by link). */
  answered: z.number().int(),
  /** answered / invitations, 0–1; null without invitations. */
  responseRate: z.number().nullable(),
  dimensions: z.record(ZSurveyDimension, ZScoreCounts),
});
export type SurveyMonth = z.infer<typeof ZSurveyMonth>;

export const ZSurveyComment = z.object({
  month: z.string(),
  visitTypeCode: ZVisitTypeCode,
  version: ZSurveyVersion,
  answeredBy: ZAnsweredBy,
  text: z.string(),
});

export const ZSurveyResults = z.object({
  unitId: ZId,
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  months: z.array(ZSurveyMonth),
  totals: ZSurveyMonth.omit({ month: true }),
  /** Share of good answers by who answered (parents overestimate: BASSPID). */
  byAnsweredBy: z.array(
    z.object({ answeredBy: ZAnsweredBy, responses: z.number().int(), good: ZScoreCounts }),
  ),
  /** Newest first, at most 200; only month, visit type and who answered. */
  comments: z.array(ZSurveyComment),
});
export type SurveyResults = z.infer<typeof ZSurveyResults>;

/** The CSV export (text/csv, UTF-8 with BOM): GET with the results' query. Not a JSON endpoint. */
export const SURVEY_RESULTS_CSV_PATH = '/api/surveys/results.csv';

const tags = ['surveys'];
export const surveyEndpoints = {
  createInvitations: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/:id/survey-invitations',
    summary:
      'Links and QR codes for the patient and the companion; a new call gives new links (the earlier ones stop working)',
    tags,
    params: ZIdParams,
    response: ZSurveyInvitations,
  }),
  getPublicSurvey: defineEndpoint({
    method: 'GET',
    path: '/api/public/surveys/:token',
    summary: 'What the survey form needs (no account; 404 unknown, 410 answered or expired)',
    tags,
    params: ZSurveyTokenParams,
    response: ZPublicSurvey,
  }),
  answerPublicSurvey: defineEndpoint({
    method: 'POST',
    path: '/api/public/surveys/:token',
    summary: 'Send the answer (no account; once per link: 409 when already answered)',
    tags,
    params: ZSurveyTokenParams,
    body: ZSurveyAnswer,
    response: ZSurveyReceipt,
    status: 201,
  }),
  startKiosk: defineEndpoint({
    method: 'POST',
    path: '/api/surveys/kiosk',
    summary: 'Start the reception tablet for the active unit: a kiosk key for the rest of the day',
    tags,
    response: ZKioskStarted,
    status: 201,
  }),
  getKiosk: defineEndpoint({
    method: 'GET',
    path: '/api/public/survey-kiosk',
    summary: 'The kiosk’s unit and visit types (kiosk key in the x-survey-kiosk header)',
    tags,
    response: ZKioskInfo,
  }),
  answerKiosk: defineEndpoint({
    method: 'POST',
    path: '/api/public/survey-kiosk/responses',
    summary: 'One answer from the kiosk (kiosk key in the x-survey-kiosk header; rate-limited)',
    tags,
    body: ZKioskAnswer,
    response: ZSurveyReceipt,
    status: 201,
  }),
  endKiosk: defineEndpoint({
    method: 'POST',
    path: '/api/public/survey-kiosk/end',
    summary: 'End the kiosk: its key stops working',
    tags,
    response: z.object({ ok: z.literal(true) }),
  }),
  getResults: defineEndpoint({
    method: 'GET',
    path: '/api/surveys/results',
    summary: 'The active unit’s results: per dimension and month, response rate, comments',
    tags,
    query: ZSurveyResultsQuery,
    response: ZSurveyResults,
  }),
};
