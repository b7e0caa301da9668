import { z } from 'zod';
import { defineEndpoint, ZId, ZIdParams } from './http.ts';
import { messageCode } from './messages/index.ts';
import { ZIdentityNumber } from './patients/identity-number.ts';

/** What gives a user a care relationship (vårdrelation) with a patient: decision 0010. */
export const CARE_RELATION_KINDS = [
  'fixed_doctor',
  'fixed_nurse',
  'navigator',
  'stand_in',
  'care_team',
  'booked_visit',
  'intake',
  'registered',
  'reason',
] as const;
export const ZCareRelationKind = z.enum(CARE_RELATION_KINDS);
export type CareRelationKind = z.infer<typeof ZCareRelationKind>;

/** The short list a staff member without a care relationship chooses from (plus free text). */
export const ACCESS_REASON_CODES = ['care_today', 'administrative', 'consultation', 'other'] as const;
export const ZAccessReasonCode = z.enum(ACCESS_REASON_CODES);
export type AccessReasonCode = z.infer<typeof ZAccessReasonCode>;

export const ZCareRelation = z.object({
  kind: ZCareRelationKind,
  /** null: as long as the role lasts. */
  until: z.iso.datetime().nullable(),
});

/** The signed-in user's access to one patient, for the patient page's header. */
export const ZPatientAccess = z.object({
  patientId: ZId,
  relations: z.array(ZCareRelation),
  /** Active emergency access (nödåtkomst): the page shows a red banner until it ends. */
  emergencyUntil: z.iso.datetime().nullable(),
  protectedIdentity: z.boolean(),
  /** A confirmed opening of a patient with protected identity, while it lasts. */
  protectedConfirmedUntil: z.iso.datetime().nullable(),
});
export type PatientAccess = z.infer<typeof ZPatientAccess>;

const REASON_TEXT_MAX = 300;
const reasonWords = { error: messageCode('access_reason_text') };
const emergencyWords = { error: messageCode('emergency_reason_text') };

/** Staff of the patient's unit without a care relationship: why they open the record. */
export const ZAccessRequest = z
  .object({
    reasonCode: ZAccessReasonCode.optional(),
    reasonText: z
      .string()
      .trim()
      .max(REASON_TEXT_MAX, reasonWords)
      .nullish()
      .transform((v) => (v ? v : null)),
    /** The patient has protected identity and the user confirms the opening. */
    confirmProtected: z.boolean().optional(),
  })
  .refine((v) => v.reasonCode !== 'other' || (v.reasonText ?? '').length >= 3, {
    path: ['reasonText'],
    ...reasonWords,
  });

/** Emergency access to a patient of another unit of the region: the reason is mandatory. */
export const ZEmergencyAccessRequest = z.object({
  identityNumber: ZIdentityNumber,
  reasonText: z.string().trim().min(10, emergencyWords).max(REASON_TEXT_MAX, emergencyWords),
  confirmProtected: z.boolean().optional(),
});

const tags = ['patients'];
export const careAccessEndpoints = {
  getPatientAccess: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/access',
    summary: 'Your care relationship with the patient, emergency access and protected identity',
    tags,
    params: ZIdParams,
    response: ZPatientAccess,
  }),
  requestPatientAccess: defineEndpoint({
    method: 'POST',
    path: '/api/patients/:id/access',
    summary: 'State why you open a patient you have no care relationship with (time-limited, logged)',
    tags,
    params: ZIdParams,
    body: ZAccessRequest,
    response: ZPatientAccess,
  }),
  emergencyAccess: defineEndpoint({
    method: 'POST',
    path: '/api/emergency-access',
    summary: 'Emergency access to a patient of another unit in your region (time-limited, flagged)',
    tags,
    body: ZEmergencyAccessRequest,
    response: ZPatientAccess,
    status: 201,
  }),
};
