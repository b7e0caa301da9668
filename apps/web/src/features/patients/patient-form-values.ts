import type { Patient } from '@lotsa/contracts';
import { changedFields } from '../../lib/use-form-values.ts';
import type { PatientInput, PatientPatch } from './use-patients.ts';

export interface PatientFormValues extends Record<string, unknown> {
  identityNumber: string;
  givenName: string;
  familyName: string;
  municipalityCode: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  protectedIdentity: boolean;
  diagnoses: string[];
  note: string;
}

export const emptyPatientValues: PatientFormValues = {
  identityNumber: '',
  givenName: '',
  familyName: '',
  municipalityCode: '',
  streetAddress: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  protectedIdentity: false,
  diagnoses: [],
  note: '',
};

/** The form's starting values for a patient; a protected address (null) starts empty. */
export function patientToValues(p: Patient): PatientFormValues {
  return {
    identityNumber: p.identityNumber,
    givenName: p.givenName,
    familyName: p.familyName,
    municipalityCode: p.municipalityCode,
    streetAddress: p.address?.streetAddress ?? '',
    postalCode: p.address?.postalCode ?? '',
    city: p.address?.city ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
    protectedIdentity: p.protectedIdentity,
    diagnoses: [...p.diagnoses],
    note: p.note ?? '',
  };
}

/** Empty text is sent as is: the contract turns it into null. */
export function valuesToInput(v: PatientFormValues): PatientInput {
  return { ...v };
}

/** Only what changed; null when nothing did. */
export function valuesToPatch(initial: PatientFormValues, current: PatientFormValues): PatientPatch | null {
  const changed = changedFields(initial, current);
  return Object.keys(changed).length > 0 ? (changed as PatientPatch) : null;
}
