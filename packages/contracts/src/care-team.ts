import { z } from 'zod';
import {
  defineEndpoint,
  optionalText,
  text,
  ZId,
  ZIdParams,
  ZOk,
  ZOptionalEmail,
  ZOptionalPhone,
} from './http.ts';
import { messageCode } from './messages/index.ts';
import { ZIdentityNumber } from './patients/identity-number.ts';

/** Fast läkarkontakt, fast vårdkontakt and the navigator (vårdlots). */
export const CARE_TEAM_ROLES = ['fixed_doctor', 'fixed_nurse', 'navigator'] as const;
export const ZCareTeamRole = z.enum(CARE_TEAM_ROLES);
export type CareTeamRole = z.infer<typeof ZCareTeamRole>;

/** Needs groups of the regional guideline: enkla, komplicerade, kroniska, komplexa behov. */
export const NEEDS_GROUPS = ['simple', 'complicated', 'chronic', 'complex'] as const;
export const ZNeedsGroup = z.enum(NEEDS_GROUPS);

export const ZCareTeamAssignment = z.object({
  role: ZCareTeamRole,
  staffId: ZId,
  staffName: z.string(),
  staffPhone: z.string().nullable(),
  standInStaffId: ZId.nullable(),
  standInName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  assignedBy: z.string(),
});
export type CareTeamAssignment = z.infer<typeof ZCareTeamAssignment>;

export const ZCareTeam = z.object({
  needsGroup: ZNeedsGroup.nullable(),
  current: z.array(ZCareTeamAssignment),
  history: z.array(ZCareTeamAssignment),
});

export const ZAssignCareTeam = z.object({
  staffId: ZId,
  standInStaffId: ZId.nullish().transform((v) => v ?? null),
});

export const NETWORK_KINDS = [
  'municipal_health_care',
  'group_home',
  'habilitation',
  'specialist_clinic',
  'dentist',
  'aids_centre',
  'other',
] as const;
export const ZNetworkKind = z.enum(NETWORK_KINDS);

export const ZNetworkContact = z.object({
  id: ZId,
  kind: ZNetworkKind,
  organisation: z.string(),
  name: z.string().nullable(),
  role: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** The patient (or representative) has agreed that Lotsa shares information with this contact. */
  consentToShare: z.boolean(),
  note: z.string().nullable(),
});
export type NetworkContact = z.infer<typeof ZNetworkContact>;

export const ZNetworkContactInput = z.object({
  kind: ZNetworkKind,
  organisation: text(160),
  name: optionalText(120),
  role: optionalText(120),
  phone: ZOptionalPhone,
  email: ZOptionalEmail,
  consentToShare: z.boolean().default(false),
  note: optionalText(1000),
});

/** The easy-read "my contacts" sheet for the patient and representative. */
export const ZMyContacts = z.object({
  patientName: z.string(),
  unitName: z.string(),
  unitPhone: z.string().nullable(),
  people: z.array(
    z.object({
      role: ZCareTeamRole,
      name: z.string(),
      profession: z.string(),
      phone: z.string().nullable(),
      photoUrl: z.string().nullable(),
    }),
  ),
  network: z.array(
    z.object({
      kind: ZNetworkKind,
      organisation: z.string(),
      name: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
});

export const ZStaffAbsence = z.object({
  id: ZId,
  staffId: ZId,
  from: z.string(),
  to: z.string(),
  reason: z.string().nullable(),
});
const ZLocalDate = z.iso.date({ error: messageCode('date_format') });
export const ZStaffAbsenceInput = z
  .object({ from: ZLocalDate, to: ZLocalDate, reason: optionalText(200) })
  .refine((v) => v.from <= v.to, {
    path: ['to'],
    error: messageCode('end_before_start'),
  });

/**
 * A partner organisation's look-up (samverkanspartner): the identity number goes in the body, not the
 * address, so it never lands in access logs or browser history.
 */
export const ZPartnerLookup = z.object({ identityNumber: ZIdentityNumber });

/**
 * What a partner sees: the patient's name, how to reach the unit and the fixed contacts' names, and
 * only the network contacts the patient (or representative) agreed to share. No diagnoses, no
 * adaptations, no notes, no address.
 */
export const ZPartnerPatient = z.object({
  patient: z.object({ name: z.string(), identityNumber: z.string() }),
  unit: z.object({ name: z.string(), phone: z.string().nullable() }),
  fixedContacts: z.array(z.object({ role: ZCareTeamRole, name: z.string() })),
  sharedNetwork: z.array(
    z.object({
      id: ZId,
      kind: ZNetworkKind,
      organisation: z.string(),
      name: z.string().nullable(),
      role: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
});
export type PartnerPatient = z.infer<typeof ZPartnerPatient>;

const ZNetParams = z.object({ id: ZId, contactId: ZId });
const tags = ['care-team'];
export const careTeamEndpoints = {
  getCareTeam: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/care-team',
    summary: 'Fixed contacts, stand-ins, history and needs group',
    tags,
    params: ZIdParams,
    response: ZCareTeam,
  }),
  assignCareTeam: defineEndpoint({
    method: 'PUT',
    path: '/api/patients/:id/care-team/:role',
    summary: 'Assign a fixed doctor, fixed nurse or navigator (the previous one goes to history)',
    tags,
    params: z.object({ id: ZId, role: ZCareTeamRole }),
    body: ZAssignCareTeam,
    response: ZCareTeam,
  }),
  setNeedsGroup: defineEndpoint({
    method: 'PUT',
    path: '/api/patients/:id/needs-group',
    summary: 'Set the needs group',
    tags,
    params: ZIdParams,
    body: z.object({ needsGroup: ZNeedsGroup.nullable() }),
    response: ZCareTeam,
  }),
  listNetwork: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/network',
    summary: 'The external care network',
    tags,
    params: ZIdParams,
    response: z.array(ZNetworkContact),
  }),
  addNetworkContact: defineEndpoint({
    method: 'POST',
    path: '/api/patients/:id/network',
    summary: 'Add an external contact',
    tags,
    params: ZIdParams,
    body: ZNetworkContactInput,
    response: ZNetworkContact,
    status: 201,
  }),
  updateNetworkContact: defineEndpoint({
    method: 'PATCH',
    path: '/api/patients/:id/network/:contactId',
    summary: 'Change an external contact',
    tags,
    params: ZNetParams,
    body: ZNetworkContactInput,
    response: ZNetworkContact,
  }),
  removeNetworkContact: defineEndpoint({
    method: 'DELETE',
    path: '/api/patients/:id/network/:contactId',
    summary: 'Remove an external contact',
    tags,
    params: ZNetParams,
    response: ZOk,
  }),
  getMyContacts: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/my-contacts',
    summary: 'The easy-read "my contacts" sheet',
    tags,
    params: ZIdParams,
    response: ZMyContacts,
  }),
  lookUpPartnerPatient: defineEndpoint({
    method: 'POST',
    path: '/api/partner/patients/lookup',
    summary:
      'A partner organisation looks up a patient: only the network contacts the patient agreed to share',
    tags,
    body: ZPartnerLookup,
    response: ZPartnerPatient,
  }),
  listAbsences: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/staff/:id/absences',
    summary: 'A staff member’s absences',
    tags,
    params: ZIdParams,
    response: z.array(ZStaffAbsence),
  }),
  addAbsence: defineEndpoint({
    method: 'POST',
    path: '/api/organisation/staff/:id/absences',
    summary: 'Record an absence (routes contact requests to the stand-in)',
    tags,
    params: ZIdParams,
    body: ZStaffAbsenceInput,
    response: ZStaffAbsence,
    status: 201,
  }),
};
