/**
 * Every message the server can answer with, by stable code, with the parameters its text needs. The
 * catalogues (`sv.ts`, `en.ts`) must have a text for every code taking exactly these parameters, so
 * TypeScript refuses a code with a missing language. Parameters are JSON values: they travel in
 * problem+json (`params`) and the web renders the same text from the same catalogue.
 *
 * A new module adds its codes in its own section here and in both catalogues.
 */

/** Something that can be missing (or out of reach), for `not_found`: "Enheten" / "The unit". */
export type Thing = 'resource' | 'health_check';

/** Why a signed-in person may not do something, for `forbidden`. */
export type ForbiddenReason = 'partner_only' | 'sign_health_check';

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

type None = Record<never, never>;

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
  not_found: { what: Thing };
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
}

export interface MessageParams extends ValidationParams, CommonParams, HealthCheckParams {}

export type MessageCode = keyof MessageParams;

/** A text: fixed when the code takes no parameters, else a function of them. */
export type Template<P> = [keyof P] extends [never]
  ? string | ((params: P) => string)
  : (params: P) => string;

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
