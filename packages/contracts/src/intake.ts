import { z } from 'zod';
import {
  defineEndpoint,
  optionalText,
  text,
  ZId,
  ZIdParams,
  ZOptionalEmail,
  ZOptionalPhone,
} from './http.ts';
import { messageCode } from './messages/index.ts';
import { ZMunicipalityCode } from './organisation.ts';
import { ZDiagnosisCode } from './patients/diagnoses.ts';
import { ZIdentityNumber } from './patients/identity-number.ts';

/*
 * Intake: intresseanmälan → första samtal (behovskartläggning) → bedömning → samtycke → listning or
 * väntelista → utskrivning. One registration per person and path through the flow; the stage is the
 * state of the machine in apps/server/src/modules/intake/intake.rules.ts.
 */

/**
 * received: the registration has arrived (staff or public form).
 * first_call_booked: the navigator has booked the first call.
 * needs_mapped: the first call is done and the needs mapping recorded.
 * eligible / not_eligible: the human decision (needs_more_info keeps the stage at needs_mapped).
 * consented: participation consent recorded.
 * waiting_list: consented, waiting for a place under the unit's cap.
 * offered: a place has freed and is held for this person (counts against the cap).
 * enrolled: listed to the SMO assignment (a patient record exists).
 * exited: was enrolled and has left (the place freed).
 * closed: ended before enrolment (declined, not reachable, not eligible and closed, consent withdrawn).
 */
export const INTAKE_STAGES = [
  'received',
  'first_call_booked',
  'needs_mapped',
  'eligible',
  'not_eligible',
  'consented',
  'waiting_list',
  'offered',
  'enrolled',
  'exited',
  'closed',
] as const;
export const ZIntakeStage = z.enum(INTAKE_STAGES);
export type IntakeStage = z.infer<typeof ZIntakeStage>;

/** Who sent the registration. habilitation = the move from child to adult care at 18. */
export const REGISTRATION_SOURCES = [
  'self',
  'representative',
  'relative',
  'habilitation',
  'municipality',
  'other_clinic',
  'group_home',
] as const;
export const ZRegistrationSource = z.enum(REGISTRATION_SOURCES);

/** How the applicant wants to be contacted. */
export const CONTACT_PREFERENCES = ['phone', 'sms', 'email', 'letter'] as const;
export const ZContactPreference = z.enum(CONTACT_PREFERENCES);

/** The person the registration is about. The identity number may be unknown to the sender. */
export const ZRegistrationPerson = z.object({
  givenName: text(80),
  familyName: text(80),
  identityNumber: ZIdentityNumber.nullish().transform((v) => v ?? null),
  municipalityCode: ZMunicipalityCode,
  streetAddress: optionalText(200),
  postalCode: optionalText(10),
  city: optionalText(80),
  phone: ZOptionalPhone,
  email: ZOptionalEmail,
});

/** Who applies, when it is not the person: name, relation and how to reach them. */
export const ZRegistrationApplicant = z.object({
  name: text(120),
  relation: text(120),
  phone: ZOptionalPhone,
  email: ZOptionalEmail,
});

const registrationFields = {
  source: ZRegistrationSource,
  person: ZRegistrationPerson,
  /** null when the person applies themself (source 'self'). */
  applicant: ZRegistrationApplicant.nullish().transform((v) => v ?? null),
  contactPreference: ZContactPreference,
  /** Disabilities or diagnoses in plain words, as the sender wrote them. */
  disabilities: optionalText(2000),
  /** ICD-10-SE codes where known (staff only). */
  diagnoses: z.array(ZDiagnosisCode).max(20).default([]),
  currentCareContacts: optionalText(2000),
  hardToday: optionalText(2000),
  /** Child to adult: the date the registration becomes active (the 18th birthday or later). */
  plannedStartDate: z.iso
    .date()
    .nullish()
    .transform((v) => v ?? null),
};

/** A registration entered by staff (in the active unit unless unitId is given). */
export const ZNewRegistration = z
  .object({ ...registrationFields, unitId: ZId.optional() })
  .refine((v) => v.source === 'self' || v.applicant !== null, {
    path: ['applicant'],
    error: messageCode('intake_applicant_required'),
  });

/**
 * The public form: no account. Only what a person can know; the honeypot field `website` must stay
 * empty (it is hidden from people); `consentToContact` must be true.
 */
export const ZPublicRegistration = z
  .object({
    source: z.enum(['self', 'representative', 'relative', 'group_home', 'municipality', 'other_clinic']),
    person: ZRegistrationPerson,
    applicant: ZRegistrationApplicant.nullish().transform((v) => v ?? null),
    contactPreference: ZContactPreference,
    disabilities: optionalText(2000),
    currentCareContacts: optionalText(2000),
    hardToday: optionalText(2000),
    consentToContact: z.literal(true, {
      error: messageCode('intake_consent_to_contact'),
    }),
    website: z.string().max(0).optional(),
    /**
     * One key per form fill (the web form makes it, keeps it across retries and double clicks, and
     * makes a new one after a successful submit): the same key within 24 hours answers the same
     * receipt instead of a second registration. Letters, digits, - and _, 16–100 characters.
     */
    idempotencyKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,100}$/)
      .optional(),
  })
  .refine((v) => v.source === 'self' || v.applicant !== null, {
    path: ['applicant'],
    error: messageCode('intake_public_applicant_required'),
  });

/** The public answer: a receipt, never anything stored. */
export const ZPublicReceipt = z.object({
  received: z.literal(true),
  /** A short reference to quote when calling, e.g. "A7K-2Q9". */
  reference: z.string(),
});

/** Behovskartläggning: the structured needs mapping of the first call. */
export const COMMUNICATION_LEVELS = ['speaks', 'speaks_with_support', 'aac', 'no_speech'] as const;
export const UNDERSTANDING_LEVELS = ['independent', 'needs_support', 'needs_extensive_support'] as const;
export const MOBILITY_LEVELS = ['walks', 'walks_with_aid', 'wheelchair', 'bedbound'] as const;
export const DAILY_SUPPORT_LEVELS = ['independent', 'some_help', 'extensive_help'] as const;

export const ZNeedsMapping = z.object({
  communication: z.enum(COMMUNICATION_LEVELS),
  communicationNote: optionalText(1000),
  understanding: z.enum(UNDERSTANDING_LEVELS),
  understandingNote: optionalText(1000),
  mobility: z.enum(MOBILITY_LEVELS),
  mobilityNote: optionalText(1000),
  environmentNote: optionalText(1000),
  dailySupport: z.enum(DAILY_SUPPORT_LEVELS),
  /** Current care contacts (habilitation, specialist clinics, municipal health care, …) in words. */
  careContacts: optionalText(2000),
  careContactCount: z.number().int().min(0).max(50),
  companionNeeded: z.boolean(),
  companionWho: optionalText(200),
  /** What the person and relatives want from SMO. */
  wishes: optionalText(2000),
  hardToday: optionalText(2000),
});
export type NeedsMapping = z.infer<typeof ZNeedsMapping>;

/**
 * The needs mapping as answered: the same shape with plain types (the response serialiser cannot run
 * the input's transforms backwards).
 */
export const ZNeedsMappingAnswer = z.object({
  communication: z.enum(COMMUNICATION_LEVELS),
  communicationNote: z.string().nullable(),
  understanding: z.enum(UNDERSTANDING_LEVELS),
  understandingNote: z.string().nullable(),
  mobility: z.enum(MOBILITY_LEVELS),
  mobilityNote: z.string().nullable(),
  environmentNote: z.string().nullable(),
  dailySupport: z.enum(DAILY_SUPPORT_LEVELS),
  careContacts: z.string().nullable(),
  careContactCount: z.number().int(),
  companionNeeded: z.boolean(),
  companionWho: z.string().nullable(),
  wishes: z.string().nullable(),
  hardToday: z.string().nullable(),
});

/** The eligibility criteria of the brief, shown one by one. */
export const ELIGIBILITY_CRITERIA = [
  'adult',
  'catchment_area',
  'target_group',
  'reduced_autonomy_or_communication',
  'several_care_actors',
] as const;
export const CRITERION_RESULTS = ['met', 'not_met', 'unknown'] as const;
export const ZCriterion = z.object({
  criterion: z.enum(ELIGIBILITY_CRITERIA),
  result: z.enum(CRITERION_RESULTS),
  /** What the result rests on, in Swedish and English. */
  basis: z.object({ sv: z.string(), en: z.string() }),
});
export type Criterion = z.infer<typeof ZCriterion>;

export const ELIGIBILITY_DECISIONS = ['eligible', 'not_eligible', 'needs_more_info'] as const;
export const ZEligibilityDecisionInput = z.object({
  decision: z.enum(ELIGIBILITY_DECISIONS),
  reason: text(2000),
  /** Accept a person outside the catchment area; needs overrideReason. */
  catchmentOverride: z.boolean().default(false),
  overrideReason: optionalText(2000),
});

export const CONSENT_GIVERS = ['patient', 'representative'] as const;
export const CONSENT_METHODS = ['spoken', 'written', 'by_representative'] as const;
export const ZConsentScopes = z.object({
  participation: z.boolean(),
  /** Named partners information may be shared with, e.g. "Kumla kommun, kommunal hälso- och sjukvård". */
  sharingPartners: z.array(text(160)).max(20).default([]),
  lettersToRepresentative: z.boolean().default(false),
  surveys: z.boolean().default(false),
});
export const ZConsentInput = z
  .object({
    givenBy: z.enum(CONSENT_GIVERS),
    representativeName: optionalText(120),
    method: z.enum(CONSENT_METHODS),
    /** When it was given; ISO date-time with offset. Not in the future. */
    givenAt: z.iso.datetime({ offset: true }),
    scopes: ZConsentScopes,
    note: optionalText(1000),
  })
  .refine((v) => v.givenBy === 'patient' || v.representativeName !== null, {
    path: ['representativeName'],
    error: messageCode('consent_representative_name'),
  });
export const ZConsent = z.object({
  id: ZId,
  givenBy: z.enum(CONSENT_GIVERS),
  representativeName: z.string().nullable(),
  method: z.enum(CONSENT_METHODS),
  givenAt: z.string(),
  scopes: ZConsentScopes,
  note: z.string().nullable(),
  recordedBy: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  /** The consent in force: the newest one not withdrawn (older ones are history). */
  active: z.boolean().optional(),
});

export const EXIT_REASONS = [
  'moved_away',
  'deceased',
  'consent_withdrawn',
  'no_longer_in_target_group',
] as const;
export const CLOSE_REASONS = [
  'declined',
  'not_reachable',
  'not_eligible',
  'consent_withdrawn',
  'duplicate',
  'other',
] as const;

/**
 * The steps of the machine, named as their endpoints: what `nextActions` lists. (Added by the server
 * module; the names are the keys of `intakeEndpoints`.)
 */
export const INTAKE_ACTIONS = [
  'bookFirstCall',
  'recordFirstCall',
  'decideEligibility',
  'recordConsent',
  'withdrawConsent',
  'enrol',
  'addToWaitingList',
  'declineOffer',
  'exit',
  'close',
] as const;
export type IntakeAction = (typeof INTAKE_ACTIONS)[number];

/** Every step of the timeline: who did what, when. */
export const INTAKE_EVENT_KINDS = [
  'registered',
  'first_call_booked',
  'first_call_recorded',
  'decided',
  'consent_recorded',
  'consent_withdrawn',
  'waiting_listed',
  'offered',
  'offer_declined',
  'enrolled',
  'exited',
  'closed',
  'note',
  /** A possible duplicate was closed as merged into the earlier registration (on the later one). */
  'merged',
  /** What a merged duplicate carried over (on the earlier registration). */
  'merged_in',
  /** The navigator found that a possible duplicate is not one. */
  'not_duplicate',
] as const;
export const ZIntakeEvent = z.object({
  at: z.string(),
  kind: z.enum(INTAKE_EVENT_KINDS),
  fromStage: ZIntakeStage.nullable(),
  toStage: ZIntakeStage,
  /** null for the public form. */
  byName: z.string().nullable(),
  note: z.string().nullable(),
});

export const DUPLICATE_STATUSES = ['open', 'merged', 'not_duplicate'] as const;
export const ZDuplicateMark = z.object({
  /** The earlier registration. */
  of: ZId,
  ofReference: z.string(),
  status: z.enum(DUPLICATE_STATUSES),
  reason: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  /** The signed-in user may merge or mark it (navigator, unit manager) while it is open. */
  mayResolve: z.boolean(),
});

/** Merging a possible duplicate into the earlier registration, or saying it is not one: why. */
export const ZDuplicateResolution = z.object({
  reason: z
    .string()
    .trim()
    .min(3, { error: messageCode('duplicate_reason_required') })
    .max(1000),
});

/** A card on the navigator's board. */
export const ZRegistrationListItem = z.object({
  id: ZId,
  unitId: ZId,
  stage: ZIntakeStage,
  source: ZRegistrationSource,
  personName: z.string(),
  municipalityCode: z.string(),
  receivedAt: z.string(),
  stageSince: z.string(),
  /** Whole days in the current stage (Europe/Stockholm calendar days). */
  daysInStage: z.number().int(),
  /** Whole days since the registration arrived. */
  daysSinceReceived: z.number().int(),
  firstCallAt: z.string().nullable(),
  plannedStartDate: z.string().nullable(),
  /** Child to adult: the planned start is within 60 days (or passed) and nothing has been done yet. */
  startNearing: z.boolean(),
  /** 1, 2, … on the waiting list (null when not waiting). */
  waitingPosition: z.number().int().nullable(),
  patientId: ZId.nullable(),
  /** The reference the sender got on the receipt, e.g. "K7QX-M4PA" (staff registrations get one too). */
  reference: z.string().optional(),
  /** How it arrived: entered by staff or sent through the public form. */
  channel: z.enum(['staff', 'public']).optional(),
  /**
   * The decision "eligible" no longer holds for the data as it is now (another municipality, a changed
   * catchment, a criterion that got worse): the next step needs a new decision.
   */
  decisionOutdated: z.boolean().optional(),
  /**
   * A later public-form registration for someone with an open registration in the region: the id of
   * the earlier one, until the navigator merges them or says it is not a duplicate (then null).
   */
  possibleDuplicateOf: ZId.nullable().optional(),
});
export type RegistrationListItem = z.infer<typeof ZRegistrationListItem>;

export const ZRegistration = ZRegistrationListItem.extend({
  person: z.object({
    givenName: z.string(),
    familyName: z.string(),
    identityNumber: z.string().nullable(),
    municipalityCode: z.string(),
    streetAddress: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  applicant: z
    .object({
      name: z.string(),
      relation: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    })
    .nullable(),
  contactPreference: ZContactPreference,
  disabilities: z.string().nullable(),
  diagnoses: z.array(z.string()),
  currentCareContacts: z.string().nullable(),
  hardToday: z.string().nullable(),
  needsMapping: ZNeedsMappingAnswer.nullable(),
  criteria: z.array(ZCriterion),
  decision: z
    .object({
      decision: z.enum(ELIGIBILITY_DECISIONS),
      reason: z.string(),
      catchmentOverride: z.boolean(),
      overrideReason: z.string().nullable(),
      decidedBy: z.string(),
      decidedAt: z.string(),
      /**
       * Set when the decision no longer holds for the data as it is now: which criteria changed and
       * why, in Swedish and English. Consent, the waiting list and enrolment answer 409
       * `decision_outdated` until the navigator decides again (with the exception and its reason when
       * the person now lives outside the catchment area).
       */
      outdated: z
        .object({
          criteria: z.array(z.enum(ELIGIBILITY_CRITERIA)),
          sv: z.string(),
          en: z.string(),
        })
        .nullable()
        .optional(),
    })
    .nullable(),
  consents: z.array(ZConsent),
  exitReason: z.enum(EXIT_REASONS).nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  /**
   * The next steps the machine allows from here and the signed-in user may take, for one-click
   * buttons: names from INTAKE_ACTIONS, the most likely next step first.
   */
  nextActions: z.array(z.string()),
  events: z.array(ZIntakeEvent),
  /**
   * Marked as a possible duplicate of an earlier registration (same identity number, still open when
   * this one arrived): open until merged into it or found not to be one, with the reason.
   */
  duplicate: ZDuplicateMark.nullable().optional(),
  /** Later registrations marked as possible duplicates of this one, not yet handled. */
  possibleDuplicates: z.array(z.object({ id: ZId, reference: z.string() })).optional(),
});
export type Registration = z.infer<typeof ZRegistration>;

/**
 * Corrections and additions to a registration before enrolment (added by the server module): the
 * identity number the public form lacked, ICD-10-SE codes, a new address. Only the fields sent change.
 */
export const ZRegistrationPatch = z.object({
  person: ZRegistrationPerson.partial().optional(),
  applicant: ZRegistrationApplicant.nullable().optional(),
  contactPreference: ZContactPreference.optional(),
  disabilities: optionalText(2000).optional(),
  diagnoses: z.array(ZDiagnosisCode).max(20).optional(),
  currentCareContacts: optionalText(2000).optional(),
  hardToday: optionalText(2000).optional(),
  plannedStartDate: z.iso.date().nullable().optional(),
});

export const ZRegistrationQuery = z.object({
  stage: ZIntakeStage.optional(),
  municipalityCode: ZMunicipalityCode.optional(),
  /** open = every stage but exited and closed. */
  state: z.enum(['open', 'all']).default('open'),
});

/** The unit's places: cap, enrolled, offered, free and waiting. */
export const ZIntakeCapacity = z.object({
  unitId: ZId,
  cap: z.number().int(),
  enrolled: z.number().int(),
  offered: z.number().int(),
  free: z.number().int(),
  waiting: z.number().int(),
});

export const ZBoard = z.object({
  capacity: ZIntakeCapacity,
  registrations: z.array(ZRegistrationListItem),
});

const tags = ['intake'];
export const intakeEndpoints = {
  submitPublicRegistration: defineEndpoint({
    method: 'POST',
    path: '/api/public/registrations',
    summary: 'The public interest form (no account; rate-limited; answers a receipt only)',
    tags,
    body: ZPublicRegistration,
    response: ZPublicReceipt,
    status: 202,
  }),
  getBoard: defineEndpoint({
    method: 'GET',
    path: '/api/intake/registrations',
    summary: 'The navigator’s board: the active unit’s registrations by stage, with the unit’s places',
    tags,
    query: ZRegistrationQuery,
    response: ZBoard,
  }),
  createRegistration: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations',
    summary: 'Register interest on someone’s behalf (staff)',
    tags,
    body: ZNewRegistration,
    response: ZRegistration,
    status: 201,
  }),
  getRegistration: defineEndpoint({
    method: 'GET',
    path: '/api/intake/registrations/:id',
    summary: 'One registration with criteria, decision, consents, next steps and timeline',
    tags,
    params: ZIdParams,
    response: ZRegistration,
  }),
  bookFirstCall: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/first-call',
    summary: 'Book the first call',
    tags,
    params: ZIdParams,
    body: z.object({ at: z.iso.datetime({ offset: true }), note: optionalText(1000) }),
    response: ZRegistration,
  }),
  recordFirstCall: defineEndpoint({
    method: 'PUT',
    path: '/api/intake/registrations/:id/needs-mapping',
    summary: 'Record the first call and its needs mapping',
    tags,
    params: ZIdParams,
    body: ZNeedsMapping,
    response: ZRegistration,
  }),
  decideEligibility: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/decision',
    summary: 'Record the human eligibility decision and its reason',
    tags,
    params: ZIdParams,
    body: ZEligibilityDecisionInput,
    response: ZRegistration,
  }),
  recordConsent: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/consents',
    summary: 'Record consent (the newest replaces the previous; history stays)',
    tags,
    params: ZIdParams,
    body: ZConsentInput,
    response: ZRegistration,
  }),
  withdrawConsent: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/consents/withdraw',
    summary: 'Withdraw consent: an orderly exit (enrolled) or closing (before enrolment)',
    tags,
    params: ZIdParams,
    body: z.object({ reason: text(1000) }),
    response: ZRegistration,
  }),
  enrol: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/enrol',
    summary: 'List to the SMO assignment (refused without consent, decision or a free place)',
    tags,
    params: ZIdParams,
    body: z.object({ note: optionalText(1000) }),
    response: ZRegistration,
  }),
  addToWaitingList: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/waiting-list',
    summary: 'Put a consented person on the waiting list',
    tags,
    params: ZIdParams,
    body: z.object({ note: optionalText(1000) }),
    response: ZRegistration,
  }),
  declineOffer: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/decline-offer',
    summary: 'The person declines the offered place (it goes to the next in line)',
    tags,
    params: ZIdParams,
    body: z.object({ note: optionalText(1000) }),
    response: ZRegistration,
  }),
  exit: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/exit',
    summary: 'End an enrolment; the place frees and is offered to the next in line',
    tags,
    params: ZIdParams,
    body: z.object({ reason: z.enum(EXIT_REASONS), note: optionalText(1000) }),
    response: ZRegistration,
  }),
  close: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/close',
    summary: 'Close a registration before enrolment',
    tags,
    params: ZIdParams,
    body: z.object({ reason: z.enum(CLOSE_REASONS), note: optionalText(1000) }),
    response: ZRegistration,
  }),
  updateRegistration: defineEndpoint({
    method: 'PATCH',
    path: '/api/intake/registrations/:id',
    summary: 'Correct or complete a registration before enrolment (identity number, diagnoses, address …)',
    tags,
    params: ZIdParams,
    body: ZRegistrationPatch,
    response: ZRegistration,
  }),
  addNote: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/notes',
    summary: 'Add a note to the timeline (e.g. a call that was not answered)',
    tags,
    params: ZIdParams,
    body: z.object({ note: text(1000) }),
    response: ZRegistration,
  }),
  mergeDuplicate: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/merge',
    summary:
      'Close a possible duplicate as merged into the earlier registration (what is new is carried over; the reason recorded)',
    tags,
    params: ZIdParams,
    body: ZDuplicateResolution,
    response: ZRegistration,
  }),
  markNotDuplicate: defineEndpoint({
    method: 'POST',
    path: '/api/intake/registrations/:id/not-duplicate',
    summary: 'Say that a possible duplicate is not one (the reason recorded)',
    tags,
    params: ZIdParams,
    body: ZDuplicateResolution,
    response: ZRegistration,
  }),
  getPatientIntake: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/intake',
    summary: 'The registrations of an enrolled patient with their timelines (for the patient page)',
    tags,
    params: ZIdParams,
    response: z.array(ZRegistration),
  }),
};
