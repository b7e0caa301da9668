import {
  type CONTACT_PREFERENCES,
  isKnownMunicipality,
  issueCode,
  type Locale,
  parseIdentityNumber,
  renderAnyMessage,
  ZOptionalEmail,
  ZOptionalPhone,
} from '@lotsa/contracts';
import type { PublicRegistrationInput } from './use-intake.ts';

export const PUBLIC_SOURCES = [
  'relative',
  'representative',
  'group_home',
  'municipality',
  'other_clinic',
] as const;
export type PublicSource = (typeof PUBLIC_SOURCES)[number];
export type Preference = (typeof CONTACT_PREFERENCES)[number];

export interface PublicValues {
  mode: 'self' | 'other' | '';
  source: PublicSource | '';
  applicantName: string;
  relation: string;
  applicantPhone: string;
  applicantEmail: string;
  givenName: string;
  familyName: string;
  identityNumber: string;
  municipalityCode: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  contactPreference: Preference | '';
  disabilities: string;
  currentCareContacts: string;
  hardToday: string;
  consentToContact: boolean;
  /** The honeypot: hidden from people, so only a robot fills it. */
  website: string;
}
export type FieldKey = keyof PublicValues;

export const emptyPublicValues: PublicValues = {
  mode: '',
  source: '',
  applicantName: '',
  relation: '',
  applicantPhone: '',
  applicantEmail: '',
  givenName: '',
  familyName: '',
  identityNumber: '',
  municipalityCode: '',
  streetAddress: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  contactPreference: '',
  disabilities: '',
  currentCareContacts: '',
  hardToday: '',
  consentToContact: false,
  website: '',
};

export type StepKey = 'who' | 'applicant' | 'person' | 'contact' | 'about' | 'send';

/** The steps: someone registering another person also says who they are. */
export function stepsFor(mode: PublicValues['mode']): StepKey[] {
  return mode === 'other'
    ? ['who', 'applicant', 'person', 'contact', 'about', 'send']
    : ['who', 'person', 'contact', 'about', 'send'];
}

export const STEP_FIELDS: Record<StepKey, FieldKey[]> = {
  who: ['mode', 'source'],
  applicant: ['applicantName', 'relation', 'applicantPhone', 'applicantEmail'],
  person: ['givenName', 'familyName', 'identityNumber', 'municipalityCode'],
  contact: ['contactPreference', 'streetAddress', 'postalCode', 'city', 'phone', 'email'],
  about: ['disabilities', 'currentCareContacts', 'hardToday'],
  send: ['consentToContact'],
};

export function stepOf(field: FieldKey): StepKey {
  return (Object.keys(STEP_FIELDS) as StepKey[]).find((s) => STEP_FIELDS[s].includes(field)) ?? 'send';
}

/** The id of a field's input, for error links and focus. */
export function fieldId(field: FieldKey): string {
  return `anmalan-${field}`;
}

/** The server's paths (`person.givenName`, `applicant`) as the form's fields. */
const SERVER_PATHS: Record<string, FieldKey> = {
  source: 'source',
  'person.givenName': 'givenName',
  'person.familyName': 'familyName',
  'person.identityNumber': 'identityNumber',
  'person.municipalityCode': 'municipalityCode',
  'person.streetAddress': 'streetAddress',
  'person.postalCode': 'postalCode',
  'person.city': 'city',
  'person.phone': 'phone',
  'person.email': 'email',
  applicant: 'applicantName',
  'applicant.name': 'applicantName',
  'applicant.relation': 'relation',
  'applicant.phone': 'applicantPhone',
  'applicant.email': 'applicantEmail',
  contactPreference: 'contactPreference',
  disabilities: 'disabilities',
  currentCareContacts: 'currentCareContacts',
  hardToday: 'hardToday',
  consentToContact: 'consentToContact',
};

export function fieldOfServerPath(path: string): FieldKey | null {
  return SERVER_PATHS[path] ?? null;
}

/** The messages the form shows, already translated (see `intake.public.errors`). */
export type Messages = Record<
  | 'mode'
  | 'source'
  | 'applicantName'
  | 'relation'
  | 'applicantReach'
  | 'givenName'
  | 'familyName'
  | 'municipality'
  | 'preference'
  | 'needPhone'
  | 'needEmail'
  | 'needAddress'
  | 'consent',
  string
>;

function formatError(schema: typeof ZOptionalPhone | typeof ZOptionalEmail, value: string, locale: Locale) {
  const r = schema.safeParse(value);
  const issue = r.success ? undefined : r.error.issues[0];
  if (!issue) return null;
  const c = issueCode(issue as Parameters<typeof issueCode>[0]);
  return renderAnyMessage(locale, c.code, c.params) ?? c.code;
}

/**
 * What is missing or wrong on one step, by field. The same rules as the server where it has them
 * (identity number, phone, e-mail), and the form's own: a way to reach the person that fits the choice.
 */
export function validateStep(
  step: StepKey,
  v: PublicValues,
  m: Messages,
  locale: Locale,
): Partial<Record<FieldKey, string>> {
  const out: Partial<Record<FieldKey, string>> = {};
  const set = (field: FieldKey, message: string | null) => {
    if (message && !out[field]) out[field] = message;
  };
  switch (step) {
    case 'who':
      if (v.mode === '') set('mode', m.mode);
      if (v.mode === 'other' && v.source === '') set('source', m.source);
      break;
    case 'applicant':
      if (v.applicantName.trim() === '') set('applicantName', m.applicantName);
      if (v.relation.trim() === '') set('relation', m.relation);
      if (v.applicantPhone.trim() === '' && v.applicantEmail.trim() === '')
        set('applicantPhone', m.applicantReach);
      set('applicantPhone', formatError(ZOptionalPhone, v.applicantPhone, locale));
      set('applicantEmail', formatError(ZOptionalEmail, v.applicantEmail, locale));
      break;
    case 'person': {
      if (v.givenName.trim() === '') set('givenName', m.givenName);
      if (v.familyName.trim() === '') set('familyName', m.familyName);
      if (v.identityNumber.trim() !== '') {
        const r = parseIdentityNumber(v.identityNumber);
        if (!r.ok) set('identityNumber', r.message[locale]);
      }
      if (!isKnownMunicipality(v.municipalityCode)) set('municipalityCode', m.municipality);
      break;
    }
    case 'contact': {
      const other = v.mode === 'other';
      if (v.contactPreference === '') set('contactPreference', m.preference);
      set('phone', formatError(ZOptionalPhone, v.phone, locale));
      set('email', formatError(ZOptionalEmail, v.email, locale));
      const hasPhone = v.phone.trim() !== '' || (other && v.applicantPhone.trim() !== '');
      const hasEmail = v.email.trim() !== '' || (other && v.applicantEmail.trim() !== '');
      if ((v.contactPreference === 'phone' || v.contactPreference === 'sms') && !hasPhone)
        set('phone', m.needPhone);
      if (v.contactPreference === 'email' && !hasEmail) set('email', m.needEmail);
      if (v.contactPreference === 'letter') {
        if (v.streetAddress.trim() === '') set('streetAddress', m.needAddress);
        if (v.postalCode.trim() === '') set('postalCode', m.needAddress);
        if (v.city.trim() === '') set('city', m.needAddress);
      }
      break;
    }
    case 'about':
      break;
    case 'send':
      if (!v.consentToContact) set('consentToContact', m.consent);
      break;
  }
  return out;
}

export function toPublicBody(v: PublicValues): PublicRegistrationInput {
  const self = v.mode !== 'other';
  return {
    source: self ? 'self' : (v.source as PublicSource),
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
    applicant: self
      ? null
      : { name: v.applicantName, relation: v.relation, phone: v.applicantPhone, email: v.applicantEmail },
    contactPreference: v.contactPreference as Preference,
    disabilities: v.disabilities,
    currentCareContacts: v.currentCareContacts,
    hardToday: v.hardToday,
    consentToContact: v.consentToContact as true,
    website: v.website,
  };
}

/**
 * A new idempotency key for one fill of the form: 128 random bits as 32 hexadecimal digits (the
 * contract takes letters, digits, - and _, 16–100 characters). crypto.getRandomValues works on plain
 * http too, unlike randomUUID.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
