import { z } from 'zod';
import { defineEndpoint, optionalText, text, ZId, ZIdParams } from './http.ts';
import { CONSENT_GIVERS, CONSENT_METHODS } from './intake.ts';
import { messageCode } from './messages/render.ts';

// ---------------------------------------------------------------------------------------------------
// SIP (samordnad individuell plan, SoL 2 kap 7 § / HSL 16 kap 4 §): the plan the region and the
// municipality make together with the person. The four legal parts, the person's consent (to the SIP,
// and to sharing it with each participant outside the region's team), versions that freeze when agreed
// (fastställd), a follow-up date, and the partner's acknowledgement in /samverkan.

/** Who is responsible for an intervention, or has the overall responsibility (huvudman). */
export const SIP_PRINCIPALS = ['region', 'municipality', 'other'] as const;
export type SipPrincipal = (typeof SIP_PRINCIPALS)[number];
/** Who takes part: the region's team, the municipality, the person, a representative, others. */
export const SIP_PARTICIPANT_KINDS = [
  'region_staff',
  'municipality',
  'patient',
  'representative',
  'other',
] as const;
export type SipParticipantKind = (typeof SIP_PARTICIPANT_KINDS)[number];
export const SIP_STATUSES = ['draft', 'agreed'] as const;
/**
 * What must be there before a SIP can be agreed: the person's consent, the four legal parts
 * (interventions; who of region and municipality is responsible for which; measures by others; who
 * has the overall responsibility) and the follow-up (date and who follows up).
 */
export const SIP_REQUIREMENTS = [
  'consent',
  'interventions',
  'responsibilities',
  'others_measures',
  'overall_responsibility',
  'follow_up',
] as const;
export type SipRequirement = (typeof SIP_REQUIREMENTS)[number];
/** The requirements that are the law's four parts (the others are consent and local practice). */
export const SIP_LEGAL_PARTS = [
  'interventions',
  'responsibilities',
  'others_measures',
  'overall_responsibility',
] as const satisfies readonly SipRequirement[];

const ZLocalDate = z.iso.date({ error: messageCode('date_format') });
const longText = (max: number) => optionalText(max);

/** One intervention (insats): what, in easy words, whose responsibility and who does it. */
export const ZSipIntervention = z.object({
  /** Kept across saves; the server gives new ones an id. */
  id: ZId.optional(),
  text: text(300),
  easyText: optionalText(200),
  /** Whose responsibility: the region, the municipality, or someone else (a measure by others). */
  principal: z.enum(SIP_PRINCIPALS).nullable(),
  /** Who does it (a name, a role or an organisation). */
  responsibleName: optionalText(160),
  /** The participant who does it, when they take part (a partner acknowledges it in /samverkan). */
  participantId: ZId.nullable().default(null),
  /** The health action plan's action it comes from (linked, not copied twice). */
  healthPlanActionId: ZId.nullable().default(null),
});
export type SipIntervention = z.infer<typeof ZSipInterventionView>;

/** The plan's text: the legal parts, the person's own goals and participation, the follow-up. */
export const ZSipContent = z.object({
  /** The person's own goals, in their words. */
  ownGoals: longText(2000),
  measurableGoals: longText(2000),
  /** How the person took part. */
  participation: longText(1000),
  /** Disagreements, recorded. */
  disagreements: longText(1000),
  interventions: z.array(ZSipIntervention).max(60).default([]),
  /** Said on purpose: no one else takes any measures (part 3 is then complete without any). */
  noOthersMeasures: z.boolean().default(false),
  overallPrincipal: z.enum(['region', 'municipality']).nullable().default(null),
  overallName: optionalText(160),
  followUpDate: ZLocalDate.nullable().default(null),
  followUpBy: optionalText(160),
});
export type SipContentInput = z.input<typeof ZSipContent>;

/** The content as answered (no transforms: a response is encoded, not parsed). */
const nullableText = z.string().nullable();
export const ZSipInterventionView = z.object({
  id: ZId.optional(),
  text: z.string(),
  easyText: nullableText,
  principal: z.enum(SIP_PRINCIPALS).nullable(),
  responsibleName: nullableText,
  participantId: ZId.nullable(),
  healthPlanActionId: ZId.nullable(),
});
export const ZSipContentView = z.object({
  ownGoals: nullableText,
  measurableGoals: nullableText,
  participation: nullableText,
  disagreements: nullableText,
  interventions: z.array(ZSipInterventionView),
  noOthersMeasures: z.boolean(),
  overallPrincipal: z.enum(['region', 'municipality']).nullable(),
  overallName: nullableText,
  followUpDate: z.string().nullable(),
  followUpBy: nullableText,
});
export type SipContent = z.infer<typeof ZSipContentView>;

export const ZSipCompleteness = z.object({
  /** Every requirement, complete or not, in order. */
  requirements: z.array(z.object({ requirement: z.enum(SIP_REQUIREMENTS), complete: z.boolean() })),
  missing: z.array(z.enum(SIP_REQUIREMENTS)),
  /** Nothing missing: the plan can be agreed. */
  ready: z.boolean(),
});
export type SipCompleteness = z.infer<typeof ZSipCompleteness>;

export const ZSipConsent = z.object({
  id: ZId,
  /** null: the consent to the SIP itself; else to sharing it with this participant. */
  participantId: ZId.nullable(),
  givenBy: z.enum(CONSENT_GIVERS),
  representativeName: z.string().nullable(),
  method: z.enum(CONSENT_METHODS),
  givenAt: z.string(),
  recordedBy: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  /** The newest not withdrawn is in force. */
  active: z.boolean(),
});
export type SipConsent = z.infer<typeof ZSipConsent>;

export const ZSipParticipant = z.object({
  id: ZId,
  kind: z.enum(SIP_PARTICIPANT_KINDS),
  name: z.string(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  /** A Lotsa account (a partner at the patient's unit): sees the agreed SIP in /samverkan with consent. */
  userId: ZId.nullable(),
  /**
   * Whether the plan may be shared with them: the region's team and the person always; others only
   * with the person's consent to the SIP and to sharing with this participant.
   */
  consentNeeded: z.boolean(),
  sharing: z.boolean(),
  /** The agreed versions this participant acknowledged (partners, in /samverkan). */
  acknowledgedVersions: z.array(z.number().int()),
});
export type SipParticipant = z.infer<typeof ZSipParticipant>;

export const ZSipVersionSummary = z.object({
  version: z.number().int(),
  agreedAt: z.string(),
  agreedBy: z.string(),
  /** What changed from the version before (requirement names; empty for the first). */
  changed: z.array(z.string()),
});

export const ZCarePlanSummary = z.object({
  id: ZId,
  patientId: ZId,
  status: z.enum(SIP_STATUSES),
  version: z.number().int(),
  trigger: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  agreedAt: z.string().nullable(),
  followUpDate: z.string().nullable(),
  /** The follow-up date has passed (and the plan was agreed). */
  followUpOverdue: z.boolean(),
  missing: z.array(z.enum(SIP_REQUIREMENTS)),
});
export type CarePlanSummary = z.infer<typeof ZCarePlanSummary>;

export const ZCarePlan = ZCarePlanSummary.extend({
  legalReference: z.string(),
  /** Changes name it: a stale one is refused 409. */
  revision: z.number().int(),
  content: ZSipContentView,
  completeness: ZSipCompleteness,
  participants: z.array(ZSipParticipant),
  consents: z.array(ZSipConsent),
  /** Whether the person's consent to the SIP is in force. */
  consentInForce: z.boolean(),
  versions: z.array(ZSipVersionSummary),
});
export type CarePlan = z.infer<typeof ZCarePlan>;

export const ZCarePlanVersion = z.object({
  planId: ZId,
  version: z.number().int(),
  legalReference: z.string(),
  agreedAt: z.string(),
  agreedBy: z.string(),
  content: ZSipContentView,
  participants: z.array(
    z.object({
      id: ZId,
      kind: z.enum(SIP_PARTICIPANT_KINDS),
      name: z.string(),
      organisation: z.string().nullable(),
    }),
  ),
});
export type CarePlanVersion = z.infer<typeof ZCarePlanVersion>;

export const ZCreateCarePlanRequest = z.object({
  /** Who asked for the SIP and why (the trigger). */
  trigger: text(300),
});
export const ZSaveCarePlanRequest = z.object({
  expectedRevision: z.number().int().min(1),
  content: ZSipContent,
});
export const ZAgreeCarePlanRequest = z.object({ expectedRevision: z.number().int().min(1) });
export const ZAddParticipantRequest = z
  .object({
    kind: z.enum(SIP_PARTICIPANT_KINDS),
    name: text(120),
    organisation: optionalText(160),
    role: optionalText(120),
    userId: ZId.nullable().default(null),
  })
  .refine((v) => v.userId === null || v.kind === 'municipality' || v.kind === 'other', {
    path: ['userId'],
    error: messageCode('care_plan_account_kind'),
  });
export const ZSipConsentInput = z
  .object({
    participantId: ZId.nullable(),
    givenBy: z.enum(CONSENT_GIVERS),
    representativeName: optionalText(120),
    method: z.enum(CONSENT_METHODS),
    givenAt: z.iso.datetime({ offset: true }),
  })
  .refine((v) => v.givenBy === 'patient' || v.representativeName !== null, {
    path: ['representativeName'],
    error: messageCode('care_plan_representative_name'),
  });
export const ZWithdrawSipConsentRequest = z.object({ reason: text(300) });
export const ZFromHealthPlanRequest = z.object({
  expectedRevision: z.number().int().min(1),
  actionIds: z.array(ZId).min(1).max(30),
});

/** A partner account at the patient's unit that can be named as a participant. */
export const ZPartnerAccount = z.object({ userId: ZId, name: z.string() });

const ZPlanParams = z.object({ id: ZId, participantId: ZId });
const ZConsentParams = z.object({ id: ZId, consentId: ZId });
const ZVersionParams = z.object({ id: ZId, version: z.coerce.number().int().min(1) });
export const CARE_PLAN_PDF_PATH = '/api/care-plans/:id/easy-read.pdf';

const tags = ['care-plans'];
export const carePlanEndpoints = {
  listCarePlans: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/care-plans',
    summary: 'The patient’s SIPs (newest first)',
    tags,
    params: ZIdParams,
    response: z.array(ZCarePlanSummary),
  }),
  createCarePlan: defineEndpoint({
    method: 'POST',
    path: '/api/patients/:id/care-plans',
    summary: 'Start a SIP (a draft; the person is its first participant)',
    tags,
    params: ZIdParams,
    body: ZCreateCarePlanRequest,
    response: ZCarePlan,
    status: 201,
  }),
  partnerAccounts: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/care-plans/partner-accounts',
    summary: 'Partner accounts at the patient’s unit, to name as participants',
    tags,
    params: ZIdParams,
    response: z.array(ZPartnerAccount),
  }),
  dueFollowUps: defineEndpoint({
    method: 'GET',
    path: '/api/care-plans/follow-ups',
    summary: 'Agreed SIPs of the active unit whose follow-up is due within two weeks or overdue',
    tags,
    response: z.array(
      ZCarePlanSummary.extend({ patientName: z.string(), followUpBy: z.string().nullable() }),
    ),
  }),
  getCarePlan: defineEndpoint({
    method: 'GET',
    path: '/api/care-plans/:id',
    summary: 'One SIP: content, completeness, participants, consents, versions',
    tags,
    params: ZIdParams,
    response: ZCarePlan,
  }),
  saveCarePlan: defineEndpoint({
    method: 'PUT',
    path: '/api/care-plans/:id',
    summary: 'Save the draft’s content (an agreed version is refused 409: start a new version)',
    tags,
    params: ZIdParams,
    body: ZSaveCarePlanRequest,
    response: ZCarePlan,
  }),
  addParticipant: defineEndpoint({
    method: 'POST',
    path: '/api/care-plans/:id/participants',
    summary: 'Add a participant',
    tags,
    params: ZIdParams,
    body: ZAddParticipantRequest,
    response: ZCarePlan,
    status: 201,
  }),
  removeParticipant: defineEndpoint({
    method: 'DELETE',
    path: '/api/care-plans/:id/participants/:participantId',
    summary: 'Remove a participant from the draft (agreed versions keep them)',
    tags,
    params: ZPlanParams,
    response: ZCarePlan,
  }),
  recordConsent: defineEndpoint({
    method: 'POST',
    path: '/api/care-plans/:id/consents',
    summary: 'Record the person’s consent to the SIP (participantId null) or to sharing with a participant',
    tags,
    params: ZIdParams,
    body: ZSipConsentInput,
    response: ZCarePlan,
    status: 201,
  }),
  withdrawConsent: defineEndpoint({
    method: 'POST',
    path: '/api/care-plans/:id/consents/:consentId/withdraw',
    summary: 'Withdraw a consent: sharing stops from now on',
    tags,
    params: ZConsentParams,
    body: ZWithdrawSipConsentRequest,
    response: ZCarePlan,
  }),
  agreeCarePlan: defineEndpoint({
    method: 'POST',
    path: '/api/care-plans/:id/agree',
    summary: 'Agree (fastställ) the draft: refused 422 naming what is missing; the version is frozen',
    tags,
    params: ZIdParams,
    body: ZAgreeCarePlanRequest,
    response: ZCarePlan,
  }),
  reviseCarePlan: defineEndpoint({
    method: 'POST',
    path: '/api/care-plans/:id/revise',
    summary: 'Start the next version from the agreed one (the agreed version stays readable)',
    tags,
    params: ZIdParams,
    response: ZCarePlan,
    status: 201,
  }),
  getCarePlanVersion: defineEndpoint({
    method: 'GET',
    path: '/api/care-plans/:id/versions/:version',
    summary: 'An agreed, frozen version',
    tags,
    params: ZVersionParams,
    response: ZCarePlanVersion,
  }),
  fromHealthPlan: defineEndpoint({
    method: 'POST',
    path: '/api/care-plans/:id/from-health-plan',
    summary: 'Bring actions of the patient’s health action plan into the SIP as linked interventions',
    tags,
    params: ZIdParams,
    body: ZFromHealthPlanRequest,
    response: ZCarePlan,
  }),
};

// The partner view (/samverkan): the agreed SIPs a partner takes part in, with consent.

export const ZPartnerCarePlan = z.object({
  id: ZId,
  patientName: z.string(),
  version: z.number().int(),
  agreedAt: z.string(),
  legalReference: z.string(),
  content: ZSipContentView,
  participants: z.array(z.object({ name: z.string(), organisation: z.string().nullable() })),
  /** The interventions this partner does. */
  mine: z.array(z.string()),
  acknowledgedAt: z.string().nullable(),
});
export type PartnerCarePlan = z.infer<typeof ZPartnerCarePlan>;

export const partnerCarePlanEndpoints = {
  listPartnerCarePlans: defineEndpoint({
    method: 'GET',
    path: '/api/partner/care-plans',
    summary: 'The agreed SIPs the partner takes part in (only with the person’s consent), audited',
    tags,
    response: z.array(ZPartnerCarePlan),
  }),
  acknowledgeCarePlan: defineEndpoint({
    method: 'POST',
    path: '/api/partner/care-plans/:id/acknowledge',
    summary: 'The partner acknowledges the agreed version (audited)',
    tags,
    params: ZIdParams,
    body: z.object({ version: z.number().int().min(1) }),
    response: ZPartnerCarePlan,
  }),
};
