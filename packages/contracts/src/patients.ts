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
import { ZMunicipalityCode } from './organisation.ts';
import { ZDiagnosisCode } from './patients/diagnoses.ts';
import { ZIdentityNumber } from './patients/identity-number.ts';

export const IDENTITY_KINDS = ['personnummer', 'samordningsnummer', 'reservnummer'] as const;
export const REPRESENTATIVE_KINDS = [
  'god_man',
  'forvaltare',
  'anhorig',
  'group_home_contact',
  'other',
] as const;
export const ZRepresentativeKind = z.enum(REPRESENTATIVE_KINDS);

export const ZAddress = z.object({
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
});

export const ZRepresentative = z.object({
  id: ZId,
  kind: ZRepresentativeKind,
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** null when the patient has protected identity: a representative's address can lead to the patient. */
  address: ZAddress.nullable(),
  receivesLetters: z.boolean(),
  receivesHealthInfo: z.boolean(),
  mayBook: z.boolean(),
  note: z.string().nullable(),
});
export type Representative = z.infer<typeof ZRepresentative>;

const ZPostalCode = z
  .string()
  .trim()
  .regex(/^[0-9]{3} ?[0-9]{2}$/, {
    error: messageCode('postal_code_format'),
  });
const ZOptionalPostalCode = z
  .union([ZPostalCode, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

export const ZRepresentativeInput = z.object({
  kind: ZRepresentativeKind,
  name: text(120),
  phone: ZOptionalPhone,
  email: ZOptionalEmail,
  streetAddress: optionalText(200),
  postalCode: ZOptionalPostalCode,
  city: optionalText(80),
  receivesLetters: z.boolean().default(false),
  receivesHealthInfo: z.boolean().default(false),
  mayBook: z.boolean().default(false),
  note: optionalText(1000),
});

export const ZPatientListItem = z.object({
  id: ZId,
  identityNumber: z.string(),
  identityKind: z.enum(IDENTITY_KINDS),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  municipalityCode: z.string(),
  protectedIdentity: z.boolean(),
  diagnoses: z.array(z.string()),
  /**
   * In search results: whether you have a care relationship with the patient. Without one the
   * result shows who they are (name, identity number) and nothing more: diagnoses are left out.
   */
  careRelation: z.boolean().optional(),
});
export type PatientListItem = z.infer<typeof ZPatientListItem>;

export const ZPatient = ZPatientListItem.extend({
  unitId: ZId,
  sex: z.enum(['female', 'male']).nullable(),
  /** null when the patient has protected identity (skyddade personuppgifter). */
  address: ZAddress.nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  representatives: z.array(ZRepresentative),
});
export type Patient = z.infer<typeof ZPatient>;

const patientFields = {
  identityNumber: ZIdentityNumber,
  givenName: text(80),
  familyName: text(80),
  municipalityCode: ZMunicipalityCode,
  streetAddress: optionalText(200),
  postalCode: ZOptionalPostalCode,
  city: optionalText(80),
  phone: ZOptionalPhone,
  email: ZOptionalEmail,
  protectedIdentity: z.boolean(),
  diagnoses: z.array(ZDiagnosisCode).max(20),
  note: optionalText(2000),
};
export const ZPatientInput = z.object({
  ...patientFields,
  protectedIdentity: patientFields.protectedIdentity.default(false),
  diagnoses: patientFields.diagnoses.default([]),
});
/** A change: only the fields sent are changed (no defaults, so nothing unsent is reset). */
export const ZPatientPatch = z
  .object(patientFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, {
    error: messageCode('patient_change_empty'),
  });

export const ZPatientSearch = z.object({
  q: z
    .string()
    .trim()
    .min(2, {
      error: messageCode('patient_query_too_short'),
    })
    .max(60),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const ZRepParams = z.object({ id: ZId, representativeId: ZId });
const tags = ['patients'];
export const patientEndpoints = {
  searchPatients: defineEndpoint({
    method: 'GET',
    path: '/api/patients',
    summary: 'Search the active unit’s patients by name or identity number',
    tags,
    query: ZPatientSearch,
    response: z.array(ZPatientListItem),
  }),
  createPatient: defineEndpoint({
    method: 'POST',
    path: '/api/patients',
    summary: 'Register a patient in the active unit',
    tags,
    body: ZPatientInput,
    response: ZPatient,
    status: 201,
  }),
  getPatient: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id',
    summary: 'One patient with representatives',
    tags,
    params: ZIdParams,
    response: ZPatient,
  }),
  updatePatient: defineEndpoint({
    method: 'PATCH',
    path: '/api/patients/:id',
    summary: 'Change a patient’s details',
    tags,
    params: ZIdParams,
    body: ZPatientPatch,
    response: ZPatient,
  }),
  addRepresentative: defineEndpoint({
    method: 'POST',
    path: '/api/patients/:id/representatives',
    summary: 'Add a representative',
    tags,
    params: ZIdParams,
    body: ZRepresentativeInput,
    response: ZRepresentative,
    status: 201,
  }),
  updateRepresentative: defineEndpoint({
    method: 'PATCH',
    path: '/api/patients/:id/representatives/:representativeId',
    summary: 'Change a representative',
    tags,
    params: ZRepParams,
    body: ZRepresentativeInput,
    response: ZRepresentative,
  }),
  removeRepresentative: defineEndpoint({
    method: 'DELETE',
    path: '/api/patients/:id/representatives/:representativeId',
    summary: 'Remove a representative',
    tags,
    params: ZRepParams,
    response: ZOk,
  }),
};
