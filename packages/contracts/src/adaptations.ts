import { z } from 'zod';
import { ADAPTATION_CODES, ADAPTATION_CONSENT_BY, COMPANION_KINDS } from './adaptations/codes.ts';
import { defineEndpoint, optionalText, ZId, ZIdParams } from './http.ts';
import { messageCode } from './messages/index.ts';

export * from './adaptations/codes.ts';
export * from './adaptations/requirements.ts';

const codes = ADAPTATION_CODES.map((c) => c.code) as [string, ...string[]];
const ZTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, {
  error: messageCode('time_hhmm'),
});

export const ZAdaptationItem = z.object({
  code: z.enum(codes, { error: messageCode('adaptation_code_unknown') }),
  note: optionalText(1000),
  params: z
    .object({
      minutes: z.number().int().min(15).max(240).nullish(),
      language: z.string().trim().max(60).nullish(),
      timeFrom: ZTime.nullish(),
      timeTo: ZTime.nullish(),
      who: z.enum(COMPANION_KINDS).nullish(),
      wheelchairType: z.enum(['manual', 'electric']).nullish(),
    })
    .default({}),
});
export type AdaptationItem = z.infer<typeof ZAdaptationItem>;

/**
 * A saved item as answers carry it: the same shape as `ZAdaptationItem`'s output, without its
 * transforms (an answer schema is encoded, and a one-way transform cannot be).
 */
export const ZAdaptationItemOut = z.object({
  code: z.enum(codes),
  note: z.string().nullable(),
  params: z.object({
    minutes: z.number().int().nullish(),
    language: z.string().nullish(),
    timeFrom: z.string().nullish(),
    timeTo: z.string().nullish(),
    who: z.enum(COMPANION_KINDS).nullish(),
    wheelchairType: z.enum(['manual', 'electric']).nullish(),
  }),
});

/** The whole profile is saved at once; each save is a new, attributed version. */
export const ZAdaptationProfileInput = z
  .object({
    items: z.array(ZAdaptationItem).max(60),
    /** "The three most important things about me", in the patient's or representative's words. */
    topThree: z.array(z.string().trim().min(1).max(200)).max(3),
    consentBy: z.enum(ADAPTATION_CONSENT_BY),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.items.forEach((item, i) => {
      if (seen.has(item.code))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'code'],
          message: messageCode('adaptation_listed_twice'),
        });
      seen.add(item.code);
      const p = item.params ?? {};
      if (item.code === 'LEN-EXTENDED' && !p.minutes)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'params', 'minutes'],
          message: messageCode('adaptation_minutes_required'),
        });
      if (item.code === 'COM-INTERPRETER' && !p.language)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'params', 'language'],
          message: messageCode('adaptation_language_required'),
        });
      if (item.code === 'ENV-TIME-WINDOW' && !(p.timeFrom && p.timeTo && p.timeFrom < p.timeTo))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'params', 'timeFrom'],
          message: messageCode('adaptation_time_range'),
        });
    });
  });

export const ZSchedulingRequirements = z.object({
  roomFeatures: z.array(z.string()),
  minDurationMinutes: z.number().int().nullable(),
  timeWindow: z.object({ from: z.string(), to: z.string() }).nullable(),
  sameStaff: z.boolean(),
  companion: z.object({ required: z.boolean(), who: z.string().nullable() }),
  interpreter: z.object({ language: z.string() }).nullable(),
  signInterpreter: z.boolean(),
  waitOutside: z.boolean(),
});

export const ZAdaptationProfile = z.object({
  patientId: ZId,
  /** 0 when nothing has been recorded yet. */
  version: z.number().int(),
  items: z.array(ZAdaptationItemOut),
  topThree: z.array(z.string()),
  consentBy: z.enum(ADAPTATION_CONSENT_BY),
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
  /** Passports are reviewed every six months and at the health check. */
  reviewDue: z.string().nullable(),
  requirements: ZSchedulingRequirements,
});
export type AdaptationProfile = z.infer<typeof ZAdaptationProfile>;

export const ZAdaptationVersionSummary = z.object({
  version: z.number().int(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});

const tags = ['adaptations'];
export const adaptationEndpoints = {
  getAdaptations: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/adaptations',
    summary: 'The patient’s current adaptation profile with derived scheduling requirements',
    tags,
    params: ZIdParams,
    response: ZAdaptationProfile,
  }),
  saveAdaptations: defineEndpoint({
    method: 'PUT',
    path: '/api/patients/:id/adaptations',
    summary: 'Save a new version of the adaptation profile',
    tags,
    params: ZIdParams,
    body: ZAdaptationProfileInput,
    response: ZAdaptationProfile,
  }),
  listAdaptationVersions: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/adaptations/versions',
    summary: 'Every saved version: when, by whom, what changed',
    tags,
    params: ZIdParams,
    response: z.array(ZAdaptationVersionSummary),
  }),
};
