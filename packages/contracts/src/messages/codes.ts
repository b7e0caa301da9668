/**
 * Every message the server can answer with, by stable code, with the parameters its text needs. The
 * catalogues (`sv.ts`, `en.ts`) must have a text for every code taking exactly these parameters, so
 * TypeScript refuses a code with a missing language. Parameters are JSON values: they travel in
 * problem+json (`params`) and the web renders the same text from the same catalogue.
 *
 * A new module adds its codes in its own section here and in both catalogues.
 */

/** Something that can be missing (or out of reach), for `not_found`: "Enheten" / "The unit". */
export type Thing =
  | 'resource'
  | 'health_check'
  | 'account'
  | 'area'
  | 'region'
  | 'unit'
  | 'staff_member'
  | 'room'
  | 'equipment'
  | 'team'
  | 'patient'
  | 'representative'
  | 'booking'
  | 'series'
  | 'external_participant'
  | 'letter'
  | 'picture'
  | 'photo'
  | 'contact_request'
  | 'contact'
  | 'registration'
  | 'stand_in'
  | 'chosen_staff_member'
  | 'care_plan'
  | 'session';

/** Why a signed-in person may not do something, for `forbidden`. */
export type ForbiddenReason =
  | 'partner_only'
  | 'sign_health_check'
  // access
  | 'manage_accounts'
  | 'no_role_at_unit'
  // patients
  | 'no_care_role_at_unit'
  | 'patient_other_unit'
  // scheduling
  | 'booking_other_unit'
  | 'resource_other_unit'
  | 'manage_calendars'
  // intake
  | 'read_registrations'
  | 'take_intake_step'
  | 'record_needs_mapping'
  // letters
  | 'change_pictures'
  // surveys
  | 'survey_rights'
  // care team, contact requests
  | 'partner_page_only'
  | 'record_absence'
  | 'request_other_unit'
  // organisation, audit
  | 'change_organisation'
  | 'review_log'
  | 'check_log'
  // follow-up
  | 'view_unit_follow_up'
  | 'view_region_follow_up'
  // intake
  | 'merge_registration_other_unit';

/** Fields with a name of their own in messages (the last part of the path); others are named by path. */
export type FieldName =
  | 'username'
  | 'password'
  | 'identityNumber'
  | 'givenName'
  | 'familyName'
  | 'municipalityCode'
  | 'name'
  | 'cap'
  | 'q'
  | 'callerName'
  | 'callbackPhone'
  | 'subject'
  | 'urgency'
  | 'callerKind'
  | 'organisation'
  | 'staffId'
  | 'unitId'
  | 'topThree'
  | 'minutes';

/** What the problem's title says about it. */
export type ProblemTitle = 'refused' | 'check_form' | 'bad_request' | 'not_found' | 'internal';

/** A code that takes no parameters. */
export type NoParams = Record<string, never>;
type None = NoParams;

/** A care-team role and a profession, as messages name them (the contracts' enums). */
export type CareTeamRoleName = 'fixed_doctor' | 'fixed_nurse' | 'navigator';
export type ProfessionName =
  | 'navigator'
  | 'doctor'
  | 'nurse'
  | 'assistant_nurse'
  | 'ot'
  | 'pt'
  | 'unit_manager'
  | 'other';

/** A room or equipment feature, as messages name them (the organisation contract's `ZFeature`). */
export type FeatureName =
  | 'wide_bench'
  | 'floor_lift'
  | 'ceiling_lift'
  | 'hearing_loop'
  | 'low_stimulus'
  | 'wheelchair_scale'
  | 'height_adjustable_bench'
  | 'separate_entrance';

/** A local (Europe/Stockholm) day and time of day, as the server computed them: "2026-03-03", "08:00". */
type LocalAt = {
  date: string;
  time: string;
};

/** A message inside another one's parameters (the problems of a refused booking). */
export type NestedMessage = {
  code: string;
  params: Record<string, unknown>;
};

/** Field errors and validation (zod issues, described per field). */
interface ValidationParams {
  /** The whole request failed validation; its `errors` name each field. */
  validation: None;
  required: { field: string };
  wrong_type: { field: string; expected: string };
  too_short: { field: string; minimum: number };
  too_small: { field: string; minimum: number };
  too_long: { field: string; maximum: number };
  too_big: { field: string; maximum: number };
  bad_format: { field: string; format: string };
  not_one_of: { field: string; values: string[] };
  unknown_keys: { keys: string[] };
  not_valid: { field: string };
}

/** The HTTP layer and the database, whichever module is asked. */
interface CommonParams {
  /** `what` is missing or out of reach; `gone`: a link that no longer works. */
  not_found: { what: Thing } | { gone: 'letter_link' };
  forbidden: { reason: ForbiddenReason };
  unauthenticated: None;
  csrf: None;
  password_change_required: None;
  no_active_unit: None;
  no_such_route: { method: string; path: string };
  request_too_large: None;
  request_unreadable: { reason: string };
  internal: None;
  duplicate: None;
  overlap: None;
  reference: None;
  invalid_text: None;
  retry: None;
  /** A date field of any module. */
  date_format: None;
}

/** access: sign-in, accounts, passwords. */
interface AccessParams {
  sign_in_locked: { minutes: number; after: 'sign_ins' | 'passwords' };
  wrong_credentials: None;
  wrong_password: None;
  same_password: None;
  /** One or several of the chosen units (`several`) are not in the actor's region. */
  unknown_unit: { several: boolean };
  /** A staff member not in the region: the one or one of several (access, organisation), or the chosen one or stand-in (care team). */
  unknown_staff: { several: boolean } | { who: 'chosen' | 'stand_in' };
  choose_units_in_region: None;
  choose_staff_in_region: None;
  staff_has_account: { username: string | null };
  staff_already_linked: { username: string | null };
  username_taken: { username: string };
  own_admin_flag: None;
  own_password: None;
  own_account: None;
  username_required: None;
  password_required: None;
  current_password_required: None;
  password_too_long: { maximum: number };
  password_too_short: { minimum: number };
  username_rule: None;
  unit_roles_required: None;
  unit_listed_twice: None;
  display_name_required: None;
  display_name_too_long: { maximum: number };
  // two-step sign-in (TOTP) and sessions
  second_factor_required: None;
  totp_enrolment_required: None;
  wrong_totp_code: None;
  totp_code_used: None;
  totp_locked: { minutes: number };
  wrong_recovery_code: None;
  totp_already_enrolled: None;
  totp_not_enrolled: None;
  totp_enrolment_not_started: None;
  no_second_factor_due: None;
  totp_code_format: None;
  recovery_code_format: None;
  totp_key_missing: None;
}

/** organisation: regions, units, catchment, staff. */
interface OrganisationParams {
  unknown_area: None;
  municipality_code_unknown: None;
  hsa_id_format: None;
  catchment_required: None;
}

/** patients: identity numbers, the registry, representatives, adaptations. */
interface PatientParams {
  identity_empty: None;
  identity_format: None;
  identity_digit_count: { digits: number };
  identity_plus_long_form: None;
  identity_reserve_format: None;
  identity_birth_number_000: None;
  identity_checksum: { expected: number };
  identity_century: { century: string };
  identity_month: { month: string };
  /** `samordning`: whether a coordination number's 61–91 is allowed here. */
  identity_day_range: { day: string; samordning: boolean };
  /** `month` 1–12; `samordningDay` the typed day of a coordination number, or null. */
  identity_missing_day: { year: number; month: number; day: number; samordningDay: number | null };
  identity_future: { date: string };
  duplicate_identity: None;
  postal_code_format: None;
  patient_change_empty: None;
  patient_query_too_short: None;
  diagnosis_code_format: None;
  /** Any module's time-of-day field. */
  time_hhmm: None;
  adaptation_code_unknown: None;
  adaptation_listed_twice: None;
  adaptation_minutes_required: None;
  adaptation_language_required: None;
  adaptation_time_range: None;
}

/** care-team: fixed contacts, absences, the network; contact-requests. */
interface CareTeamParams {
  /** `standIn`: the message is about the chosen stand-in ("Ersättare: …"). */
  staff_other_unit: { name: string; standIn: boolean } | { handOver: true };
  staff_inactive: { name: string; standIn: boolean };
  wrong_profession: {
    name: string;
    is: ProfessionName;
    role: CareTeamRoleName;
    needed: ProfessionName;
    standIn: boolean;
  };
  stand_in_same: None;
  end_before_start: None;
  request_done: None;
  request_not_new: None;
}

/** A text in both languages from a template (a protocol item's own wording), for messages that name it. */
type Local = { sv: string; en: string };

/** The health check (health-checks module). */
interface HealthCheckParams {
  health_check_invalid_answers: None;
  health_check_unknown_item: None;
  health_check_unknown_column: None;
  health_check_wrong_kind: None;
  health_check_not_a_number: None;
  health_check_not_whole_number: None;
  health_check_out_of_range: { label: Local; value: number; min: number; max: number; unit: string };
  health_check_yes_or_no: None;
  health_check_choose_option: None;
  health_check_date_format: None;
  health_check_date_in_future: None;
  health_check_text_expected: None;
  health_check_bp_order: { systolic: number; diastolic: number };
  health_check_unknown_section: None;
  health_check_section_stale: { by: string; at: string };
  health_check_signed: None;
  health_check_draft_exists: None;
  health_check_not_amendable: None;
  health_check_sign_blocked: { blockers: Local[] };
  health_check_wrong_booking: None;
  health_check_reason_required: None;
  health_plan_action_stale: { by: string };
  health_plan_amended: None;
  health_plan_has_request: None;
  health_plan_action_not_found: None;
}

/** surveys. */
interface SurveysParams {
  survey_already_answered: None;
  survey_not_open: { date: string };
  survey_choose_face: None;
  survey_choose_answerer: None;
  survey_answer_something: None;
  month_format: None;
  month_range_order: None;
  survey_not_found: None;
  survey_expired: None;
  survey_booking_not_open: None;
  survey_too_many: None;
  survey_kiosk_not_started: None;
  survey_visit_type: None;
}

/** letters. */
interface LettersParams {
  letters_choose_something: None;
  letter_link_wrong: None;
  image_too_large: None;
  image_type: None;
  image_unreadable: None;
  image_missing: None;
  booking_not_active: None;
  /** For staff (make a new letter) or for the patient on the letter's web page (call the clinic). */
  letter_facts_unreadable: { reader: 'staff' | 'patient' };
  nothing_to_print: None;
}

/** The care relationship, stated reasons, emergency access (kernel and patients; decision 0010). */
interface CareAccessParams {
  care_relation_required: None;
  protected_identity_confirm: None;
  access_reason_required: None;
  access_reason_text: None;
  access_confirmation_required: None;
  emergency_reason_text: None;
  emergency_not_needed: None;
  review_date: None;
  review_month: None;
  review_comment: None;
  review_only_unit_manager: None;
  review_already_done: None;
}

/**
 * Scheduling: a visit type's shape, a plan that cannot be booked (verify), why a search found nothing
 * and what would help (explain), a series' days, a booking's state. `who`: a resource's name, or null
 * for the patient; `step`: a visit step's key or label.
 */
interface SchedulingParams {
  visit_type_no_first_step: None;
  visit_type_bad_step_reference: { step: string };
  plan_step_not_in_visit: { step: string };
  plan_step_missing: { step: string };
  plan_step_length: { step: string; minutes: number };
  plan_step_start_with_visit: { step: string };
  plan_step_start_with: { step: string; other: string };
  plan_step_start_after: { step: string; other: string; maxGap: number };
  plan_step_wrong_performer_kind: { step: string };
  plan_step_performer_not_allowed: { step: string; who: string | null };
  plan_not_free: { who: string | null } & LocalAt;
  plan_person_twice: { who: string; a: string; b: string };
  plan_no_room_expected: None;
  plan_one_room: None;
  plan_unknown_equipment: None;
  plan_room_lacks: { room: string; features: FeatureName[] };
  plan_outside_window: { from: string; to: string };
  plan_outside_period: None;
  search_no_rooms: None;
  search_no_feature_in_unit: { features: FeatureName[] };
  search_no_profession: { profession: ProfessionName; step: string };
  search_staff_not_in_unit: { step: string };
  search_external_no_time: { step: string };
  search_fixed_busy: { until: string };
  search_window_full: { from: string; to: string; until: string };
  search_room_busy: { features: FeatureName[]; until: string };
  search_not_together: { until: string };
  search_nothing: { until: string };
  suggest_other_staff: LocalAt;
  suggest_outside_window: { from: string; to: string } & LocalAt;
  suggest_other_arrangement: { features: FeatureName[] } & LocalAt;
  suggest_more_weeks: { weeks: number } & LocalAt;
  series_unit_closed: { name: string };
  series_no_time: None;
  series_taken: None;
  /** `problems`: why the plan was refused (empty: someone else was first). */
  booking_conflict: { problems: NestedMessage[] };
  hold_expired: None;
  not_held: None;
  booking_closed: None;
  not_booked: None;
  not_started: None;
  external_has_visits: { name: string; count: number };
  calendar_end_before_start: None;
  calendar_end_before_start_field: None;
  calendar_override_times: None;
  calendar_check_times: None;
}

/** Follow-up (Uppföljning): the period asked for. */
/** SIP (care-plans): what is missing, stale and refused. `missing` names SIP_REQUIREMENTS. */
interface CarePlanParams {
  care_plan_incomplete: { missing: string[] };
  care_plan_agreed: None;
  care_plan_not_agreed: None;
  care_plan_stale: { by: string };
  care_plan_participant_not_found: None;
  care_plan_participant_in_agreed: None;
  care_plan_consent_not_found: None;
  care_plan_consent_withdrawn: None;
  care_plan_consent_not_needed: None;
  care_plan_consent_first: None;
  care_plan_account_kind: None;
  care_plan_account_not_partner: None;
  care_plan_account_twice: None;
  care_plan_representative_name: None;
  care_plan_version_not_found: None;
  care_plan_version_outdated: { version: number };
  care_plan_action_linked: None;
  care_plan_action_unknown: None;
  care_plan_link_unknown: None;
}

interface FollowUpParams {
  follow_up_period_order: None;
  follow_up_period_too_long: None;
}

/** Intake: the public form's repeated submissions and possible duplicates (issue 21). */
interface IntakeDuplicateParams {
  idempotency_key_reused: None;
  not_a_possible_duplicate: None;
  duplicate_already_resolved: None;
  duplicate_target_ended: { reference: string };
  duplicate_reason_required: None;
}

/** The contracts' own checks (zod), by field. */
interface ContractCheckParams {
  phone_format: None;
  email_format: None;
  intake_applicant_required: None;
  intake_consent_to_contact: None;
  intake_public_applicant_required: None;
  consent_representative_name: None;
  step_key_format: None;
  time_format: None;
  hours_end_after_start: None;
  hours_overlap: { row: number };
  override_day_twice: { row: number };
  series_count_required: None;
  series_count_min: None;
  series_count_max: None;
  person_or_room: None;
}

/** Intake: the steps' refusals (intake.rules.ts), the public form's, a decision that no longer holds. */
interface IntakeStepParams {
  /** `outdated`: the data changed after consent, so the decision can only be confirmed. */
  decision_after_consent: { outdated: boolean };
  registration_ended: None;
  already_enrolled: { hint: 'profile' | 'exit_if_not_target' | 'exit_to_leave' | 'duplicate' | null };
  no_decision: { step: 'consent' | 'enrolment' | 'waiting_list' };
  not_eligible: None;
  no_consent: { step: 'enrolment' | 'waiting_list' | 'withdraw' };
  first_call_done: None;
  needs_mapping_first: None;
  already_waiting: None;
  already_offered: None;
  not_offered: None;
  /** `early`: before consent (nothing to withdraw). */
  not_enrolled: { early: boolean };
  use_exit: None;
  identity_number_required: None;
  /** `from`: the local date the person turns 18. */
  under_18: { from: string };
  enrolled_elsewhere: None;
  unit_full: { enrolled: number; offered: number; cap: number };
  waiting_list_first: { waiting: number };
  not_first_in_line: { ahead: number };
  override_reason_required: None;
  outside_catchment: { municipality: string };
  participation_required: None;
  consent_method: None;
  consent_in_future: None;
  /** What changed, in both languages (the criteria's own words, kept with the decision). */
  decision_outdated: { detail: { sv: string; en: string } };
  too_many_registrations: { minutes: number };
  no_unit_for_municipality: None;
  nothing_to_change: None;
  open_registration_exists: { reference: string };
  registration_locked: None;
  /** `at`: where the visit is now (local), or null when it is cancelled. */
  letter_outdated: { at: { date: string; time: string } | null };
  visit_type_unknown: { atPatientUnit: boolean };
  calendar_range: { days: number };
  visit_type_not_recurring: { name: string };
}

export interface MessageParams
  extends LettersParams,
    IntakeStepParams,
    ContractCheckParams,
    IntakeDuplicateParams,
    SchedulingParams,
    FollowUpParams,
    CarePlanParams,
    SurveysParams,
    HealthCheckParams,
    CareTeamParams,
    ValidationParams,
    CommonParams,
    AccessParams,
    OrganisationParams,
    PatientParams,
    CareAccessParams {}

export type MessageCode = keyof MessageParams;

/** A text: fixed when the code takes no parameters, else a function of them. */
export type Template<P> = [P] extends [NoParams] ? string | ((params: P) => string) : (params: P) => string;

/** One language: a text for every code, and the words the texts share. */
export interface Catalogue {
  titles: Record<ProblemTitle, string>;
  things: Record<Thing, string>;
  forbidden: Record<ForbiddenReason, string>;
  /** Field names by the last part of their path ("givenName" → "Förnamn"). */
  fields: Record<FieldName, string>;
  /** What a field without a known name is called in a message ("The request"). */
  anyField: string;
  messages: { [C in MessageCode]: Template<MessageParams[C]> };
}

/** A code with its parameters: what an error (or a field error, or a reason in a response) carries. */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];
