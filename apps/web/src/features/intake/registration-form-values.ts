import type {
  CONTACT_PREFERENCES,
  EndpointBody,
  endpoints,
  REGISTRATION_SOURCES,
  Registration,
} from '@lotsa/contracts';
import { changedFields } from '../../lib/use-form-values.ts';
import type { NewRegistrationInput } from './use-intake.ts';

type Source = (typeof REGISTRATION_SOURCES)[number];
type Preference = (typeof CONTACT_PREFERENCES)[number];
export type RegistrationPatch = EndpointBody<typeof endpoints.intake.updateRegistration>;

/** The staff form's values: every text as a string (empty text goes as is; the contract makes it null). */
export interface RegistrationFormValues extends Record<string, unknown> {
  source: Source;
  givenName: string;
  familyName: string;
  identityNumber: string;
  municipalityCode: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  applicantName: string;
  relation: string;
  applicantPhone: string;
  applicantEmail: string;
  contactPreference: Preference;
  disabilities: string;
  diagnoses: string[];
  currentCareContacts: string;
  hardToday: string;
  plannedStartDate: string;
}

export const emptyRegistrationValues: RegistrationFormValues = {
  source: 'relative',
  givenName: '',
  familyName: '',
  identityNumber: '',
  municipalityCode: '',
  streetAddress: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  applicantName: '',
  relation: '',
  applicantPhone: '',
  applicantEmail: '',
  contactPreference: 'phone',
  disabilities: '',
  diagnoses: [],
  currentCareContacts: '',
  hardToday: '',
  plannedStartDate: '',
};

export function registrationToValues(r: Registration): RegistrationFormValues {
  const p = r.person;
  const a = r.applicant;
  return {
    source: r.source,
    givenName: p.givenName,
    familyName: p.familyName,
    identityNumber: p.identityNumber ?? '',
    municipalityCode: p.municipalityCode,
    streetAddress: p.streetAddress ?? '',
    postalCode: p.postalCode ?? '',
    city: p.city ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
    applicantName: a?.name ?? '',
    relation: a?.relation ?? '',
    applicantPhone: a?.phone ?? '',
    applicantEmail: a?.email ?? '',
    contactPreference: r.contactPreference,
    disabilities: r.disabilities ?? '',
    diagnoses: [...r.diagnoses],
    currentCareContacts: r.currentCareContacts ?? '',
    hardToday: r.hardToday ?? '',
    plannedStartDate: r.plannedStartDate ?? '',
  };
}

/** The path of a form field in the request, for the server's field errors. */
export const FIELD_PATHS: Record<string, string> = {
  givenName: 'person.givenName',
  familyName: 'person.familyName',
  identityNumber: 'person.identityNumber',
  municipalityCode: 'person.municipalityCode',
  streetAddress: 'person.streetAddress',
  postalCode: 'person.postalCode',
  city: 'person.city',
  phone: 'person.phone',
  email: 'person.email',
  applicantName: 'applicant.name',
  relation: 'applicant.relation',
  applicantPhone: 'applicant.phone',
  applicantEmail: 'applicant.email',
};

const PERSON_FIELDS = {
  givenName: 'givenName',
  familyName: 'familyName',
  identityNumber: 'identityNumber',
  municipalityCode: 'municipalityCode',
  streetAddress: 'streetAddress',
  postalCode: 'postalCode',
  city: 'city',
  phone: 'phone',
  email: 'email',
} as const;
const APPLICANT_FIELDS = ['applicantName', 'relation', 'applicantPhone', 'applicantEmail'] as const;

function applicantOf(v: RegistrationFormValues) {
  return v.source === 'self'
    ? null
    : { name: v.applicantName, relation: v.relation, phone: v.applicantPhone, email: v.applicantEmail };
}

export function valuesToNewRegistration(v: RegistrationFormValues): NewRegistrationInput {
  return {
    source: v.source,
    person: {
      givenName: v.givenName,
      familyName: v.familyName,
      identityNumber: v.identityNumber.trim() || null,
      municipalityCode: v.municipalityCode,
      streetAddress: v.streetAddress,
      postalCode: v.postalCode,
      city: v.city,
      phone: v.phone,
      email: v.email,
    },
    applicant: applicantOf(v),
    contactPreference: v.contactPreference,
    disabilities: v.disabilities,
    diagnoses: v.diagnoses,
    currentCareContacts: v.currentCareContacts,
    hardToday: v.hardToday,
    plannedStartDate: v.plannedStartDate || null,
  };
}

/** Only what changed (the person field by field, the applicant as a whole); null when nothing did. */
export function valuesToPatch(
  initial: RegistrationFormValues,
  current: RegistrationFormValues,
): RegistrationPatch | null {
  const changed = changedFields(initial, current);
  const patch: RegistrationPatch = {};
  const person: Record<string, string | null> = {};
  for (const [field, key] of Object.entries(PERSON_FIELDS)) {
    if (field in changed) {
      const value = current[field as keyof typeof PERSON_FIELDS];
      person[key] = field === 'identityNumber' ? value.trim() || null : value;
    }
  }
  if (Object.keys(person).length > 0) patch.person = person;
  if (APPLICANT_FIELDS.some((f) => f in changed)) patch.applicant = applicantOf(current);
  if ('contactPreference' in changed) patch.contactPreference = current.contactPreference;
  if ('disabilities' in changed) patch.disabilities = current.disabilities;
  if ('diagnoses' in changed) patch.diagnoses = current.diagnoses;
  if ('currentCareContacts' in changed) patch.currentCareContacts = current.currentCareContacts;
  if ('hardToday' in changed) patch.hardToday = current.hardToday;
  if ('plannedStartDate' in changed) patch.plannedStartDate = current.plannedStartDate || null;
  return Object.keys(patch).length > 0 ? patch : null;
}
