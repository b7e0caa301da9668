import type {
  CareTeamRoleName,
  Catalogue,
  FeatureName,
  FieldName,
  NestedMessage,
  ProfessionName,
} from './codes.ts';
import { fieldLabel } from './field.ts';

const fields: Record<FieldName, string> = {
  username: 'User name',
  password: 'Password',
  identityNumber: 'Identity number',
  givenName: 'Given name',
  familyName: 'Family name',
  municipalityCode: 'Municipality',
  name: 'Name',
  cap: 'Cap',
  q: 'Search text',
  callerName: 'Caller',
  callbackPhone: 'Callback number',
  subject: 'Subject',
  urgency: 'Urgency',
  callerKind: 'Who got in touch',
  organisation: 'Organisation',
  staffId: 'Staff member',
  unitId: 'Unit',
  topThree: 'The three most important things',
  minutes: 'Minutes',
};
const anyField = 'The request';
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const professions: Record<ProfessionName, string> = {
  navigator: 'navigator',
  doctor: 'doctor',
  nurse: 'nurse',
  assistant_nurse: 'assistant nurse',
  ot: 'occupational therapist',
  pt: 'physiotherapist',
  unit_manager: 'unit manager',
  other: 'other profession',
};
const roles: Record<CareTeamRoleName, string> = {
  fixed_doctor: 'the fixed doctor',
  fixed_nurse: 'the fixed nurse',
  navigator: 'the navigator',
};
const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
const standInPrefix = (standIn: boolean) => (standIn ? 'Stand-in: ' : '');
const identityFormat = 'Write the number as YYYYMMDD-NNNN, for example 19121212-1212.';
const featureWords: Record<FeatureName, string> = {
  wide_bench: 'a wide bench',
  floor_lift: 'a floor lift',
  ceiling_lift: 'a ceiling lift',
  hearing_loop: 'a hearing loop',
  low_stimulus: 'a low-stimulus setting',
  wheelchair_scale: 'a wheelchair scale',
  height_adjustable_bench: 'a height-adjustable bench',
  separate_entrance: 'a separate entrance',
};
/** "a floor lift and a wide bench". */
const featureList = (list: readonly FeatureName[]) => {
  const w = list.map((x) => featureWords[x] ?? x);
  return w.length <= 1 ? (w[0] ?? '') : `${w.slice(0, -1).join(', ')} and ${w.at(-1)}`;
};
/** "3 March" from "2026-03-03". */
const day = (date: string) => `${Number(date.slice(8, 10))} ${months[Number(date.slice(5, 7)) - 1] ?? ''}`;
/** "3 March at 08:00". */
const dayTime = (p: { date: string; time: string }) => `${day(p.date)} at ${p.time}`;
const whoEn = (who: string | null) => who ?? 'The patient';
/** A nested message's text (the problems of a refused booking), or nothing for a code it does not know. */
const nestedEn = (m: NestedMessage): string => {
  const t = (en.messages as Record<string, string | ((p: unknown) => string)>)[m.code];
  return t === undefined ? '' : typeof t === 'string' ? t : t(m.params);
};

const intakeStepEn = {
  consent: 'Consent',
  enrolment: 'Enrolment',
  waiting_list: 'The waiting list',
} as const;
const f = (field: string) => fieldLabel(fields, anyField, field);

const sipParts: Record<string, string> = {
  consent: 'the person’s consent to the SIP',
  interventions: 'which interventions are needed',
  responsibilities: 'which of region and municipality is responsible for what',
  others_measures: 'which measures others take (or that no one else does anything)',
  overall_responsibility: 'who has the overall responsibility',
  follow_up: 'the follow-up date and who follows up',
};

const things: Catalogue['things'] = {
  resource: 'The resource',
  health_check: 'The health check',
  account: 'The account',
  area: 'The area',
  region: 'The region',
  unit: 'The unit',
  staff_member: 'The staff member',
  room: 'The room',
  equipment: 'The equipment',
  team: 'The team',
  patient: 'The patient',
  representative: 'The representative',
  booking: 'The booking',
  series: 'The series',
  external_participant: 'The external participant',
  letter: 'The letter',
  picture: 'The picture',
  photo: 'The photo',
  contact_request: 'The request',
  contact: 'The contact',
  registration: 'The registration',
  stand_in: 'The chosen stand-in',
  chosen_staff_member: 'The chosen staff member',
  care_plan: 'The SIP',
  session: 'The session',
};

const forbidden: Catalogue['forbidden'] = {
  sign_health_check: 'Only a doctor at the patient’s unit can sign the health check.',
  partner_only:
    'Your account is a partner account. It only gives access to the contacts a patient has agreed to share, on the Partner access page.',
  manage_accounts: "Only the region's administrator can manage accounts.",
  no_role_at_unit: 'You have no role at that unit.',
  no_care_role_at_unit: 'You have no care role at the chosen unit.',
  patient_other_unit: 'The patient belongs to a unit other than yours. The attempt has been logged.',
  booking_other_unit: 'The booking belongs to a unit other than yours. The attempt has been logged.',
  read_registrations:
    'Only the navigator, unit manager, doctors and nurses of that unit may see its registrations. The attempt has been logged.',
  take_intake_step:
    'Only the navigator and the unit manager of the unit can take this step. The attempt has been logged.',
  record_needs_mapping:
    'The needs mapping is recorded by the navigator, unit manager, a doctor or a nurse of the unit. The attempt has been logged.',
  resource_other_unit: 'The resource belongs to a unit other than yours.',
  manage_calendars: 'Only the unit manager or a region admin can change calendars and external participants.',
  change_pictures: "Only the unit's manager or the region's administrator can change pictures.",
  survey_rights:
    'Surveys can be started and read by the care staff and managers of the unit. Choose a unit where you have a role.',
  partner_page_only:
    'This page is for partner organisations (municipal health care, group home, habilitation). As care staff you see the network on the patient page.',
  record_absence:
    "Only the manager of the staff member's unit or the region's administrator can record absences.",
  request_other_unit: 'The request belongs to a unit other than yours. The attempt has been logged.',
  change_organisation: "Only the region's administrator can change the organisation.",
  review_log: 'Only the unit manager can review the log.',
  check_log: 'Only a unit manager or region admin can check the log.',
  view_unit_follow_up: 'Only the unit’s manager can see its follow-up.',
  view_region_follow_up: 'Only the region admin can see the whole region’s follow-up.',
  merge_registration_other_unit:
    'Only a navigator or unit manager of both units can merge the registrations.',
};

/** English: every message of the server, by code. */
export const en: Catalogue = {
  titles: {
    refused: 'Request refused',
    check_form: 'Check the form',
    bad_request: 'Bad request',
    not_found: 'Not found',
    internal: 'Something went wrong',
  },
  things,
  forbidden,
  fields,
  anyField,
  messages: {
    // Validation
    validation: 'Check the form.',
    required: ({ field }) => `${f(field)} is required.`,
    wrong_type: ({ field, expected }) => `${f(field)} must be of type ${expected}.`,
    too_short: ({ field, minimum }) => `${f(field)} must be at least ${minimum} characters.`,
    too_small: ({ field, minimum }) => `${f(field)} must be at least ${minimum}.`,
    too_long: ({ field, maximum }) => `${f(field)} may be at most ${maximum} characters.`,
    too_big: ({ field, maximum }) => `${f(field)} may be at most ${maximum}.`,
    bad_format: ({ field, format }) => `${f(field)} is not a valid ${format}.`,
    not_one_of: ({ field, values }) => `${f(field)} must be one of: ${values.join(', ')}.`,
    unknown_keys: ({ keys }) => `Unknown field: ${keys.join(', ')}.`,
    not_valid: ({ field }) => `${f(field)} is not valid.`,

    // Common
    not_found: (p) =>
      'gone' in p
        ? 'The link no longer works. Call the clinic for a new letter.'
        : `${things[p.what]} does not exist, or you may not see it.`,
    forbidden: ({ reason }) => forbidden[reason],
    unauthenticated: 'You are not signed in, or your session has expired. Please sign in again.',
    csrf: 'The page is out of date or came from the wrong place. Reload the page and try again.',
    password_change_required: 'You have a temporary password. Choose a new password before you go on.',
    no_active_unit: 'First choose the unit you work at.',
    no_such_route: ({ method, path }) => `There is no ${method} ${path}.`,
    request_too_large: 'The request is too large.',
    request_unreadable: ({ reason }) => `The request could not be read: ${reason}`,
    internal:
      'Something went wrong on our side. Nothing was saved. Try again, and tell support if it happens again.',
    duplicate: 'A record with those details already exists.',
    overlap: 'The time overlaps another booking.',
    reference: 'Something the request refers to does not exist.',
    invalid_text: 'A value has the wrong format.',
    retry: 'Someone else changed this at the same time. Try again.',
    date_format: 'Write the date as YYYY-MM-DD.',

    // access
    sign_in_locked: ({ minutes, after }) =>
      `Too many ${after === 'passwords' ? 'wrong passwords' : 'failed sign-ins'}. Wait ${minutes} minutes and try again, or ask an administrator for help.`,
    wrong_credentials: 'Wrong user name or password.',
    wrong_password: 'The current password is not right.',
    same_password: 'The new password must differ from the current one.',
    unknown_unit: ({ several }) =>
      several ? 'One of the units is not in your region.' : 'The unit is not in your region.',
    unknown_staff: (p) =>
      'who' in p
        ? p.who === 'stand_in'
          ? 'Stand-in: The chosen stand-in is not a staff member in your region.'
          : 'The chosen staff member is not a staff member in your region.'
        : p.several
          ? 'One of the chosen staff members is not in your region.'
          : 'The staff member is not in your region.',
    choose_units_in_region: 'Choose units of your region.',
    choose_staff_in_region: 'Choose a staff member of your region.',
    staff_has_account: ({ username }) =>
      `The staff member already has an account${username ? ` (${username})` : ''}. One person has one account, so the log shows who did what.`,
    staff_already_linked: ({ username }) =>
      `The staff member already has an account${username ? ` (${username})` : ''}.`,
    username_taken: ({ username }) => `The user name ${username} is already in use. Choose another.`,
    own_admin_flag:
      'You cannot remove your own administrator rights. Ask another administrator of the region, so the region is never left without one.',
    own_password: 'Change your own password under Change password, not with a temporary password.',
    own_account:
      'You cannot deactivate your own account. Ask another administrator of the region, so the region is never left without one.',
    username_required: 'Enter your user name.',
    password_required: 'Enter your password.',
    current_password_required: 'Enter your current password.',
    password_too_long: ({ maximum }) => `The password may have at most ${maximum} characters.`,
    password_too_short: ({ minimum }) => `The password must have at least ${minimum} characters.`,
    username_rule: 'The user name must have 3–40 characters: lowercase letters a–z, digits, dot or hyphen.',
    unit_roles_required: 'Choose at least one role at the unit.',
    unit_listed_twice: 'Each unit may appear only once.',
    display_name_required: 'Enter the name to show.',
    display_name_too_long: ({ maximum }) => `The name may have at most ${maximum} characters.`,
    second_factor_required: 'Enter the code from your authenticator app to finish signing in.',
    totp_enrolment_required:
      'Your account requires two-step sign-in. Connect an authenticator app before you go on.',
    wrong_totp_code: 'The code is not right. Enter the code the app shows now.',
    totp_code_used: 'The code has been used already. Wait until the app shows a new code and enter that.',
    totp_locked: ({ minutes }) =>
      `Too many wrong codes. Wait ${minutes} minutes and try again, or ask an administrator to reset two-step sign-in.`,
    wrong_recovery_code: 'The recovery code is not right or has been used already.',
    totp_already_enrolled: 'Two-step sign-in is already on for the account.',
    totp_not_enrolled: 'The account has no two-step sign-in.',
    totp_enrolment_not_started: 'Start connecting the app first, to get a QR code.',
    no_second_factor_due: 'The sign-in needs no code now.',
    totp_code_format: 'The code is six digits.',
    recovery_code_format: 'The recovery code is ten characters, for example abcde-fghjk.',
    totp_key_missing:
      'Two-step sign-in cannot be read: the server lacks its key (LOTSA_TOTP_KEY). Contact operations.',

    // organisation
    unknown_area: 'The area is not in your region.',
    municipality_code_unknown: 'Unknown municipality code: use the four-digit SCB code, e.g. 1881 for Kumla.',
    hsa_id_format: 'An HSA-id looks like SE2321000164-abc123.',
    catchment_required: 'Choose at least one municipality for the catchment area.',

    // patients
    identity_empty: 'Enter a personal identity number, coordination number or reserve number.',
    identity_format: identityFormat,
    identity_digit_count: ({ digits }) =>
      `The number has ${digits} digits but should have 12 (or 10). ${identityFormat}`,
    identity_plus_long_form: `A plus sign is only used in the short form YYMMDD+NNNN. ${identityFormat}`,
    identity_reserve_format:
      'The number contains letters but is not a valid reserve number. Personal identity and coordination numbers contain only digits; a reserve number is written YYYYMMDD-XXXX (four characters A–Z or 0–9, at least one letter) or as twelve digits starting with 99.',
    identity_birth_number_000:
      'The birth number 000 is never used: the three digits after the date of birth must be 001–999. Check that the number was typed correctly.',
    identity_checksum: ({ expected }) =>
      `The check digit does not match: the last digit should be ${expected}. Check that the number was typed correctly.`,
    identity_century: ({ century }) =>
      `A 12-digit number cannot start with ${century}. It must start with 18, 19 or 20, for example 19121212-1212.`,
    identity_month: ({ month }) =>
      `The month in the number is ${month}, but only months 01–12 exist. Check the date of birth.`,
    identity_day_range: ({ day, samordning }) =>
      samordning
        ? `The day in the number is ${day}, but it must be 01–31 in a personal identity number or 61–91 in a coordination number.`
        : `The day in the number is ${day}, but it must be 01–31.`,
    identity_missing_day: ({ year, month, day, samordningDay }) =>
      (month === 2 && day === 29
        ? `There is no 29 February in ${year}, because ${year} is not a leap year.`
        : `There is no day ${day} in ${months[month - 1]}.`) +
      (samordningDay === null ? '' : ` (Coordination number: day ${samordningDay} minus 60 is ${day}.)`),
    identity_future: ({ date }) => `The date of birth ${date} is in the future. Check the year and century.`,
    duplicate_identity:
      'A patient with that number already exists in the region. Search for the number to find them.',
    postal_code_format: 'A postal code has five digits, e.g. 692 31.',
    patient_change_empty: 'Send at least one field to change.',
    patient_query_too_short: 'Type at least two characters of the name or identity number.',
    diagnosis_code_format: 'Write an ICD-10-SE code, e.g. F71 or G80.0.',
    time_hhmm: 'Write the time as HH:MM, e.g. 09:30.',
    adaptation_code_unknown: 'Unknown adaptation code.',
    adaptation_listed_twice: 'The same adaptation is listed twice.',
    adaptation_minutes_required: 'Enter how many minutes the visit needs.',
    adaptation_language_required: 'Enter the interpreter’s language.',
    adaptation_time_range: 'Enter a from time and a later to time.',

    // care team, contact requests
    staff_other_unit: (p) =>
      'handOver' in p
        ? 'The request can only be handed to an active staff member of the same unit.'
        : `${standInPrefix(p.standIn)}${p.name} does not work at the patient's unit. Choose someone who works there.`,
    staff_inactive: ({ name, standIn }) =>
      `${standInPrefix(standIn)}${name} is no longer active. Choose someone else.`,
    wrong_profession: ({ name, is, role, needed, standIn }) =>
      `${standInPrefix(standIn)}${name} is ${article(professions[is])} ${professions[is]} and cannot be ${roles[role]}. Choose ${article(professions[needed])} ${professions[needed]}.`,
    stand_in_same: 'The stand-in cannot be the same person as the fixed contact.',
    end_before_start: 'The end date cannot be before the start date.',
    request_done: 'The request is done. Reopen it by setting the status to “in progress”.',
    request_not_new:
      'A request that has been started cannot become new again. Choose “in progress” or “waiting”.',

    // Health checks
    health_check_invalid_answers: 'Some answers cannot be saved. See the marks at the questions.',
    health_check_unknown_item: 'The question is not in the protocol.',
    health_check_unknown_column: 'The column is not in the protocol.',
    health_check_wrong_kind: 'Wrong kind of answer.',
    health_check_not_a_number: 'Enter a number.',
    health_check_not_whole_number: 'Enter a whole number.',
    health_check_out_of_range: ({ label, value, min, max, unit }) =>
      `${label.en}: ${value}${unit} is not possible. Enter a value between ${min} and ${max}${unit}.`,
    health_check_yes_or_no: 'Answer yes or no.',
    health_check_choose_option: 'Choose one of the answers.',
    health_check_date_format: 'Write the date as YYYY-MM-DD.',
    health_check_date_in_future: 'The date cannot be in the future.',
    health_check_text_expected: 'Enter text.',
    health_check_bp_order: ({ systolic, diastolic }) =>
      `The systolic pressure (${systolic}) must be higher than the diastolic (${diastolic}). Check that they are not swapped.`,
    health_check_unknown_section: 'That section is not part of this health check’s protocol.',
    health_check_section_stale: ({ by, at }) =>
      `${by} saved this section at ${at} while you were editing. Your changes are not saved: load the new version and make your changes again.`,
    health_check_signed:
      'The health check is signed and cannot be changed. Make a correction: it becomes a new version.',
    health_check_draft_exists: 'The patient already has a health check in progress. Open that one instead.',
    health_check_not_amendable: 'Only the latest signed version can be corrected.',
    health_check_sign_blocked: ({ blockers }) =>
      `The health check cannot be signed yet: ${blockers.map((b) => b.en).join(' ')}`,
    health_check_wrong_booking: 'The visit is not a health check for this patient.',
    // intake
    decision_after_consent: ({ outdated }) =>
      outdated
        ? 'Consent has been recorded, so the decision can only be confirmed with the new details. Close the registration if the person should not get a place.'
        : 'Consent has been recorded, so the decision can no longer change. Close the registration if the person should not get a place.',
    registration_ended:
      'The registration has already ended (exited or closed). Make a new registration if the person wants to come back.',
    already_enrolled: ({ hint }) =>
      `The person is already enrolled.${
        hint === 'profile'
          ? ' Needs and adaptations are now kept in the patient’s profile.'
          : hint === 'exit_if_not_target'
            ? ' Exit the person if they are no longer in the target group.'
            : hint === 'exit_to_leave'
              ? ' Exit the person instead if they want to leave SMO.'
              : hint === 'duplicate'
                ? ' Another registration has already enrolled the person. Close this one as a duplicate.'
                : ''
      }`,
    no_decision: ({ step }) =>
      `${intakeStepEn[step]} needs the decision “eligible”. Hold the first call, record the needs mapping and the decision first.`,
    not_eligible:
      'The person has been found not eligible. Change the decision if something new has come up, or close the registration.',
    no_consent: ({ step }) =>
      step === 'withdraw'
        ? 'There is no consent to withdraw. Close the registration instead if the person does not want to take part.'
        : `${intakeStepEn[step]} needs consent to take part. Record the consent first.`,
    first_call_done:
      'The first call has already been held and the needs mapping recorded. Update the mapping instead if something is new.',
    needs_mapping_first: 'Hold the first call and record the needs mapping before deciding eligibility.',
    already_waiting: 'The person is already on the waiting list.',
    already_offered: 'The person has already been offered a place. Enrol them, or record that they decline.',
    not_offered: 'The person has not been offered a place, so there is no offer to decline.',
    not_enrolled: ({ early }) =>
      early
        ? 'Only an enrolled person can be exited. Close the registration instead.'
        : 'Only an enrolled person can be exited. Close the registration instead, or withdraw the consent.',
    use_exit: 'The person is enrolled. Use exit instead, so that the place is freed.',
    identity_number_required:
      'Enrolment needs a personal identity, co-ordination or reserve number. Add the number to the registration first.',
    under_18: ({ from }) =>
      `The person turns 18 only on ${from}. SMO is for adults: set a planned start date and enrol them then.`,
    enrolled_elsewhere:
      'The person is enrolled at another unit of the region and must be exited there before being enrolled here.',
    unit_full: ({ enrolled, offered, cap }) =>
      `The unit has no free place: ${enrolled} enrolled and ${offered} offered of the cap of ${cap}. Put the person on the waiting list.`,
    waiting_list_first: ({ waiting }) =>
      `${waiting} ${waiting === 1 ? 'person is' : 'people are'} on the waiting list, and a free place goes to the first in line. Put the person on the waiting list.`,
    not_first_in_line: ({ ahead }) =>
      `${ahead} ${ahead === 1 ? 'person is' : 'people are'} ahead on the waiting list. A free place is offered to the first in line.`,
    override_reason_required: 'Write the reason for the exception to the catchment area.',
    outside_catchment: ({ municipality }) =>
      `${municipality} is outside the unit’s catchment area. To accept the person anyway: choose the exception and write the reason.`,
    participation_required:
      'The consent is to take part in SMO. If the person does not want to: close the registration, or withdraw the consent if they are already enrolled.',
    consent_method:
      'Consent by a representative is recorded as given by the representative, with their name.',
    consent_in_future: 'The time of the consent cannot be in the future.',
    decision_outdated: ({ detail }) => detail.en,
    too_many_registrations: ({ minutes }) =>
      `We have received several registrations from here in a short time. Wait ${minutes} minutes and try again, or call your health centre.`,
    no_unit_for_municipality:
      'There is no SMO unit in Lotsa for that municipality yet. Contact your health centre or your region.',
    nothing_to_change: 'Nothing to change.',
    open_registration_exists: ({ reference }) =>
      `There is already an open registration for the person in the region (reference ${reference}). Continue with that one instead.`,
    registration_locked:
      'A registration can only be changed before enrolment. Change an enrolled person’s details in the patient registry.',
    letter_outdated: ({ at }) =>
      at
        ? `The visit has moved since the letter was made (now ${day(at.date)} ${at.date.slice(0, 4)} at ${at.time}), so it cannot be sent. Write a new letter.`
        : 'The visit has been cancelled since the letter was made, so it cannot be sent.',
    visit_type_unknown: ({ atPatientUnit }) =>
      atPatientUnit
        ? 'The visit type does not exist at the patient’s unit, or is not in use.'
        : 'The visit type does not exist, or is not in use.',
    calendar_range: ({ days }) => `Choose an end date after the start date, at most ${days} days ahead.`,
    visit_type_not_recurring: ({ name }) => `${name} is not a recurring visit; book it one at a time.`,

    // the contracts' own checks
    phone_format: 'Write a phone number with digits, e.g. 019-123 45 67.',
    email_format: 'Write an e-mail address like name@example.com.',
    intake_applicant_required: 'Say who is registering when it is not the person themself.',
    intake_consent_to_contact: 'Tick that we may contact you.',
    intake_public_applicant_required: 'Write your name and how we reach you.',
    consent_representative_name: 'Write the representative’s name.',
    step_key_format: 'Step key: lower-case letters.',
    time_format: 'Write the time as HH:MM, e.g. 08:00.',
    hours_end_after_start: 'The end must be after the start.',
    hours_overlap: ({ row }) => `The time overlaps row ${row} on the same weekday.`,
    override_day_twice: ({ row }) => `The day is already on row ${row}.`,
    series_count_required: 'Give the number of occasions.',
    series_count_min: 'At least one occasion.',
    series_count_max: 'At most 26 occasions at a time.',
    person_or_room: 'Choose either a person or a room.',

    // scheduling
    visit_type_no_first_step: 'The visit type has no first step.',
    visit_type_bad_step_reference: ({ step }) => `Step ${step} refers to a missing step or to itself.`,
    plan_step_not_in_visit: ({ step }) => `The step ${step} is not part of the visit.`,
    plan_step_missing: ({ step }) => `The step ${step} is missing.`,
    plan_step_length: ({ step, minutes }) => `The step ${step} must last ${minutes} minutes.`,
    plan_step_start_with_visit: ({ step }) => `The step ${step} must start with the visit.`,
    plan_step_start_with: ({ step, other }) => `The step ${step} must start with ${other}.`,
    plan_step_start_after: ({ step, other, maxGap }) =>
      `The step ${step} must start 0–${maxGap} minutes after ${other}.`,
    plan_step_wrong_performer_kind: ({ step }) => `The step ${step} has the wrong kind of performer.`,
    plan_step_performer_not_allowed: ({ step, who }) =>
      `${who ?? 'Nobody'} may not perform the step ${step}.`,
    plan_not_free: (p) => `${whoEn(p.who)} is not free on ${dayTime(p)}.`,
    plan_person_twice: ({ who, a, b }) => `${who} cannot take part in ${a} and ${b} at once.`,
    plan_no_room_expected: 'The visit must not have a room.',
    plan_one_room: 'The visit must have one and the same room.',
    plan_unknown_equipment: 'Unknown equipment.',
    plan_room_lacks: ({ room, features }) => `${room} lacks ${featureList(features)}.`,
    plan_outside_window: ({ from, to }) => `The visit must be between ${from} and ${to}.`,
    plan_outside_period: 'The time is outside the search period.',
    search_no_rooms: 'The unit has no rooms.',
    search_no_feature_in_unit: ({ features }) =>
      `There is no room or equipment with ${featureList(features)} in the unit.`,
    search_no_profession: ({ profession, step }) =>
      `There is no ${professions[profession]} in the unit for the step “${step}”.`,
    search_staff_not_in_unit: ({ step }) => `The person for the step “${step}” is not in the unit.`,
    search_external_no_time: ({ step }) =>
      `The external participant in the step “${step}” has no time entered.`,
    search_fixed_busy: ({ until }) => `The fixed contacts are not available before ${day(until)}.`,
    search_window_full: ({ from, to, until }) => `No time fits within ${from}–${to} before ${day(until)}.`,
    search_room_busy: ({ features, until }) =>
      `No room with ${featureList(features)} is free when the staff can before ${day(until)}.`,
    search_not_together: ({ until }) =>
      `Not everything needed is free at the same time before ${day(until)}.`,
    search_nothing: ({ until }) => `No time before ${day(until)}, not even with one requirement removed.`,
    suggest_other_staff: (p) => `With other staff there is a time on ${dayTime(p)}.`,
    suggest_outside_window: (p) => `Outside ${p.from}–${p.to} there is a time on ${dayTime(p)}.`,
    suggest_other_arrangement: (p) =>
      `If ${featureList(p.features)} can be arranged another way there is a time on ${dayTime(p)}.`,
    suggest_more_weeks: (p) => `With ${p.weeks} more weeks there is a time on ${dayTime(p)}.`,
    series_unit_closed: ({ name }) => `The unit is closed that day (${name}).`,
    series_no_time: 'No time fits that day.',
    series_taken: 'Someone else booked the time first.',
    booking_conflict: ({ problems }) => {
      const why = problems.map(nestedEn).filter(Boolean).join(' ');
      return `The time could not be booked${why ? `: ${why}` : ': someone else was first.'} Choose one of the new times.`;
    },
    hold_expired: 'The hold has expired and the time was released. Search for a new time.',
    not_held: 'The time is not held and cannot be released. Cancel it instead.',
    booking_closed: 'The visit is already cancelled, completed or marked as a no-show.',
    not_booked: 'Only a booked visit can be marked completed or a no-show.',
    not_started: 'The visit has not started yet.',
    external_has_visits: ({ name, count }) =>
      `${name} is booked for ${count} visits ahead. Reschedule or cancel them first.`,
    calendar_end_before_start: 'The end date must be on or after the start date.',
    calendar_end_before_start_field: 'The end date is before the start date.',
    calendar_override_times:
      'An override is either closed all day (no times) or open from one time to a later time.',
    calendar_check_times: 'Check the times.',

    care_relation_required:
      'You have no care relationship with the patient. State why you need to open the record.',
    protected_identity_confirm:
      'The patient has protected identity. Confirm that you need to open the record.',
    access_reason_required: 'Choose why you need to open the record.',
    access_reason_text: 'Write why in a few words (at most 300 characters).',
    access_confirmation_required:
      'The patient has protected identity: confirm that you need to open the record.',
    emergency_reason_text: 'Write the reason for the emergency access (10–300 characters).',
    emergency_not_needed: 'The patient belongs to one of your units: open the record as usual.',
    review_date: 'Write the date as YYYY-MM-DD.',
    review_month: 'Write the month as YYYY-MM.',
    review_comment: 'Write a comment (3–500 characters).',
    review_only_unit_manager: 'Only the unit manager can review the log.',
    review_already_done: 'The access has already been reviewed.',
    follow_up_period_order: 'The period ends before it starts.',
    follow_up_period_too_long: 'Choose a period of at most five years.',
    // SIP (care-plans)
    care_plan_incomplete: ({ missing }) =>
      `The SIP cannot be agreed. Missing: ${missing.map((m) => sipParts[m] ?? m).join('; ')}.`,
    care_plan_agreed: 'This version is agreed and cannot be changed. Start a new version to make changes.',
    care_plan_not_agreed: 'Only an agreed SIP can get a new version. Change the draft instead.',
    care_plan_stale: ({ by }) => `${by} changed the SIP in the meantime. Reload and make the change again.`,
    care_plan_participant_not_found: 'The participant is not part of this SIP.',
    care_plan_participant_in_agreed:
      'Participants can only be removed from a draft. Start a new version, or withdraw the consent.',
    care_plan_consent_not_found: 'The consent is not part of this SIP.',
    care_plan_consent_withdrawn: 'The consent has already been withdrawn.',
    care_plan_consent_not_needed: 'The region’s team and the person need no consent to see the SIP.',
    care_plan_consent_first:
      'The person has not consented to a SIP. Record that consent first, then consent to share with participants.',
    care_plan_account_kind:
      'Only participants of the municipality and other organisations can be linked to an account.',
    care_plan_account_not_partner:
      'The account is not a partner at the patient’s unit. Choose an account from the list.',
    care_plan_account_twice: 'The account already takes part in this SIP.',
    care_plan_representative_name: 'Write the representative’s name.',
    care_plan_version_not_found: 'That version does not exist.',
    care_plan_version_outdated: ({ version }) =>
      `There is a newer agreed version (${version}). Read it and acknowledge that one instead.`,
    care_plan_action_linked: 'The action is already in the SIP.',
    care_plan_action_unknown: 'The action is not in the patient’s health plan.',
    care_plan_link_unknown:
      'An intervention points to a participant or a health plan action that is not in the SIP. Reload and try again.',
    idempotency_key_reused:
      'This registration has already been sent with other content. Reload the page and fill in the form again.',
    not_a_possible_duplicate: 'The registration is not marked as a possible duplicate.',
    duplicate_already_resolved: 'The possible duplicate has already been handled.',
    duplicate_target_ended: ({ reference }) =>
      `Registration ${reference} has already ended. Mark it as not a duplicate instead, or close the registration.`,
    duplicate_reason_required: 'Write why (at least three characters).',
    health_check_reason_required: 'Write why the version is corrected (at least three characters).',

    // surveys
    survey_already_answered:
      'This survey has already been answered. Thank you! Each link can only be used once.',
    survey_not_open: ({ date }) => `The survey opens after the visit, on ${date}. Welcome back then!`,
    survey_choose_face: 'Choose a face.',
    survey_choose_answerer: 'Choose who is answering.',
    survey_answer_something: 'Answer at least one question or write something before you send.',
    month_format: 'Write the month as YYYY-MM.',
    month_range_order: 'The last month cannot be before the first.',
    survey_not_found:
      'We cannot find a survey for this link. Check that the whole link was copied, or ask the clinic.',
    survey_expired:
      'The time to answer this survey has run out. You can tell us what you think when you call or visit us.',
    survey_booking_not_open:
      'Surveys can only be sent for booked or completed visits, not for cancelled or missed ones.',
    survey_too_many:
      'We have received many answers from here in a short time. Wait a few minutes and try again.',
    survey_kiosk_not_started:
      'The tablet is not started for surveys, or the day has ended. Ask the staff to start the survey again.',
    survey_visit_type: 'Choose one of the visits shown on the screen.',

    // letters
    letters_choose_something: 'Choose a day, some bookings or some letters.',
    letter_link_wrong: 'The link is wrong.',
    image_too_large: 'The picture is too large. It may be at most 5 MB.',
    image_type: 'The file is not a picture that can be used. Choose a JPEG, PNG or WebP picture.',
    image_unreadable: 'The picture could not be read. It may be damaged. Try another picture.',
    image_missing: 'Choose a picture to upload.',
    booking_not_active: 'The visit is cancelled or already done. A letter cannot be sent for it.',
    letter_facts_unreadable: ({ reader }) =>
      reader === 'patient'
        ? 'The letter cannot be shown. Call the clinic for a new letter.'
        : 'What was stored when the letter was made cannot be read, so the letter cannot be shown as it was sent. Make a new letter and tell support.',
    nothing_to_print: 'There are no letters to print.',
    health_plan_action_stale: ({ by }) =>
      `${by} changed the action while you were editing. Load the plan again and make your change anew.`,
    health_plan_amended:
      'This version is replaced by a correction. Open the latest version to change the plan.',
    health_plan_has_request: 'The action already has a contact request.',
    health_plan_action_not_found: 'The action is not part of this health plan.',
  },
};
