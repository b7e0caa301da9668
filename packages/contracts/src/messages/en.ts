import type { Catalogue, FieldName } from './codes.ts';
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
const f = (field: string) => fieldLabel(fields, anyField, field);

const things: Catalogue['things'] = {
  resource: 'The resource',
  health_check: 'The health check',
};

const forbidden: Catalogue['forbidden'] = {
  partner_only:
    'Your account is a partner account. It only gives access to the contacts a patient has agreed to share, on the Partner access page.',
  sign_health_check: 'Only a doctor at the patient’s unit can sign the health check.',
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
    not_found: ({ what }) => `${things[what]} does not exist, or you may not see it.`,
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
    health_check_reason_required: 'Write why the version is corrected (at least three characters).',
  },
};
