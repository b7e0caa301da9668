import { describe, expect, it } from 'vitest';
import type { MessageCode, MessageParams, NoParams } from './codes.ts';
import { catalogues, isMessageCode, renderAnyMessage, renderMessage } from './index.ts';

type WithParams = {
  [C in MessageCode as [MessageParams[C]] extends [NoParams] ? never : C]: MessageParams[C];
};

/** One example per code that takes parameters (TypeScript asks for a new code's example here). */
const samples: WithParams = {
  required: { field: 'givenName' },
  wrong_type: { field: 'cap', expected: 'number' },
  too_short: { field: 'password', minimum: 12 },
  too_small: { field: 'cap', minimum: 0 },
  too_long: { field: 'familyName', maximum: 80 },
  too_big: { field: 'minutes', maximum: 240 },
  bad_format: { field: 'email', format: 'email' },
  not_one_of: { field: 'urgency', values: ['today', 'week'] },
  unknown_keys: { keys: ['colour'] },
  not_valid: { field: 'items.0.code' },
  not_found: { what: 'resource' },
  forbidden: { reason: 'partner_only' },
  no_such_route: { method: 'GET', path: '/api/nothing' },
  request_unreadable: { reason: 'Unexpected end of JSON input' },
  // access
  sign_in_locked: { minutes: 15, after: 'sign_ins' },
  unknown_unit: { several: true },
  unknown_staff: { several: false },
  staff_has_account: { username: 'nadia.skoterman' },
  staff_already_linked: { username: null },
  username_taken: { username: 'sjukskoterska' },
  password_too_long: { maximum: 200 },
  password_too_short: { minimum: 12 },
  display_name_too_long: { maximum: 120 },
  totp_locked: { minutes: 15 },
  // letters
  letter_facts_unreadable: { reader: 'staff' },
  // surveys
  survey_not_open: { date: '12 december' },
  // care team
  staff_other_unit: { name: 'Sanna Sjöberg', standIn: true },
  staff_inactive: { name: 'Sanna Sjöberg', standIn: false },
  wrong_profession: {
    name: 'Ulla Ek',
    is: 'assistant_nurse',
    role: 'navigator',
    needed: 'navigator',
    standIn: false,
  },
  health_check_out_of_range: {
    label: { sv: 'Vikt', en: 'Body weight' },
    value: 700,
    min: 1,
    max: 400,
    unit: ' kg',
  },
  health_check_bp_order: { systolic: 80, diastolic: 90 },
  health_check_section_stale: { by: 'Sanna Sköterman', at: '10:42' },
  health_plan_action_stale: { by: 'Per Läkarsson' },
  // SIP
  care_plan_incomplete: { missing: ['interventions', 'follow_up'] },
  care_plan_stale: { by: 'Vera Lotsdotter' },
  care_plan_version_outdated: { version: 2 },
  // intake
  duplicate_target_ended: { reference: 'K7QX-M4PA' },
  health_check_sign_blocked: { blockers: [{ sv: 'STOMP för Risperidon.', en: 'STOMP for Risperidone.' }] },
  // patients
  identity_digit_count: { digits: 9 },
  identity_checksum: { expected: 4 },
  identity_century: { century: '17' },
  identity_month: { month: '13' },
  identity_day_range: { day: '32', samordning: true },
  identity_missing_day: { year: 2023, month: 2, day: 29, samordningDay: 89 },
  identity_future: { date: '2099-01-01' },
  // intake
  decision_after_consent: { outdated: true },
  already_enrolled: { hint: 'duplicate' },
  no_decision: { step: 'enrolment' },
  no_consent: { step: 'withdraw' },
  not_enrolled: { early: false },
  under_18: { from: '2027-05-01' },
  unit_full: { enrolled: 40, offered: 2, cap: 42 },
  waiting_list_first: { waiting: 1 },
  not_first_in_line: { ahead: 3 },
  outside_catchment: { municipality: 'Lindesberg' },
  decision_outdated: {
    detail: { sv: 'Bedömningen gäller inte längre.', en: 'The decision no longer holds.' },
  },
  too_many_registrations: { minutes: 10 },
  open_registration_exists: { reference: 'A7K-2Q9' },
  letter_outdated: { at: { date: '2026-12-08', time: '09:30' } },
  visit_type_unknown: { atPatientUnit: true },
  calendar_range: { days: 42 },
  visit_type_not_recurring: { name: 'Gruppträff' },
  // scheduling
  hours_overlap: { row: 2 },
  override_day_twice: { row: 3 },
  visit_type_bad_step_reference: { step: 'b' },
  plan_step_not_in_visit: { step: 'x' },
  plan_step_missing: { step: 'b' },
  plan_step_length: { step: 'a', minutes: 30 },
  plan_step_start_with_visit: { step: 'a' },
  plan_step_start_with: { step: 'b', other: 'a' },
  plan_step_start_after: { step: 'b', other: 'a', maxGap: 15 },
  plan_step_wrong_performer_kind: { step: 'a' },
  plan_step_performer_not_allowed: { step: 'a', who: null },
  plan_not_free: { who: 'Rum 1', date: '2026-03-03', time: '08:00' },
  plan_person_twice: { who: 'Ulla Ek', a: 'a', b: 'b' },
  plan_room_lacks: { room: 'Rum 1', features: ['floor_lift', 'wide_bench'] },
  plan_outside_window: { from: '09:00', to: '12:00' },
  search_no_feature_in_unit: { features: ['ceiling_lift'] },
  search_no_profession: { profession: 'ot', step: 'Arbetsterapi' },
  search_staff_not_in_unit: { step: 'Läkare' },
  search_external_no_time: { step: 'Tolk' },
  search_fixed_busy: { until: '2026-03-07' },
  search_window_full: { from: '09:00', to: '11:00', until: '2026-03-07' },
  search_room_busy: { features: ['floor_lift'], until: '2026-03-07' },
  search_not_together: { until: '2026-03-07' },
  search_nothing: { until: '2026-03-07' },
  suggest_other_staff: { date: '2026-03-10', time: '08:00' },
  suggest_outside_window: { from: '09:00', to: '11:00', date: '2026-03-10', time: '13:30' },
  suggest_other_arrangement: { features: ['floor_lift'], date: '2026-03-10', time: '08:00' },
  suggest_more_weeks: { weeks: 8, date: '2026-05-04', time: '10:00' },
  series_unit_closed: { name: 'Julafton' },
  booking_conflict: { problems: [{ code: 'plan_outside_period', params: {} }] },
  external_has_visits: { name: 'Tolkservice', count: 2 },
};

const { sv, en } = catalogues;
const codes = Object.keys(sv.messages) as MessageCode[];
const params = (c: MessageCode) => (samples as Record<string, unknown>)[c] ?? {};
/** "Svensk text. / English text." — the old way of writing both languages in one string. */
const split = / \/ /;

describe('message catalogues', () => {
  it('have the same codes and the same words in Swedish and English', () => {
    expect(Object.keys(en.messages).sort()).toEqual([...codes].sort());
    for (const table of ['titles', 'things', 'forbidden', 'fields'] as const)
      expect(Object.keys(en[table]).sort(), table).toEqual(Object.keys(sv[table]).sort());
  });

  it('give every code a text in both languages, with no bilingual "sv / en" strings', () => {
    for (const code of codes) {
      for (const lang of ['sv', 'en'] as const) {
        const text = renderAnyMessage(lang, code, params(code));
        expect(text, `${lang} ${code}`).toBeTruthy();
        expect(text, `${lang} ${code}`).not.toMatch(split);
        expect(text, `${lang} ${code}`).not.toMatch(/undefined|\[object/);
      }
    }
    for (const lang of [sv, en]) {
      for (const table of [lang.titles, lang.things, lang.forbidden, lang.fields])
        for (const text of Object.values(table)) expect(text).not.toMatch(split);
    }
  });

  it('render every thing and every refusal reason in both languages', () => {
    for (const what of Object.keys(sv.things) as Array<keyof typeof sv.things>) {
      expect(renderMessage('sv', 'not_found', { what })).toMatch(/^\S.* finns inte/);
      expect(renderMessage('en', 'not_found', { what })).toMatch(/^The .* does not exist/);
    }
    for (const reason of Object.keys(sv.forbidden) as Array<keyof typeof sv.forbidden>) {
      expect(renderMessage('sv', 'forbidden', { reason })).toBe(sv.forbidden[reason]);
      expect(renderMessage('en', 'forbidden', { reason })).toBe(en.forbidden[reason]);
    }
  });

  it('pick the language from a locale tag and know their own codes', () => {
    expect(renderMessage('en-GB', 'required', { field: 'givenName' })).toBe('Given name is required.');
    expect(renderMessage('sv-SE', 'required', { field: 'givenName' })).toBe('Förnamn måste fyllas i.');
    expect(renderMessage('sv', 'required', { field: 'items.0.colour' })).toBe(
      'items.0.colour måste fyllas i.',
    );
    expect(isMessageCode('required')).toBe(true);
    expect(isMessageCode('toString')).toBe(false);
    expect(renderAnyMessage('sv', 'no_such_code', {})).toBeNull();
  });

  it('write the scheduling texts with local days, feature lists and nested problems', () => {
    expect(
      renderMessage('sv', 'plan_room_lacks', { room: 'Rum 1', features: ['floor_lift', 'wide_bench'] }),
    ).toBe('Rum 1 saknar golvlyft och bred brits.');
    expect(
      renderMessage('en', 'plan_room_lacks', { room: 'Rum 1', features: ['floor_lift', 'wide_bench'] }),
    ).toBe('Rum 1 lacks a floor lift and a wide bench.');
    expect(renderMessage('sv', 'plan_not_free', { who: null, date: '2026-03-03', time: '08:00' })).toBe(
      'Patienten är inte ledig 3 mars kl. 08:00.',
    );
    expect(renderMessage('en', 'search_fixed_busy', { until: '2026-03-07' })).toBe(
      'The fixed contacts are not available before 7 March.',
    );
    const problems = [
      { code: 'plan_outside_period', params: {} },
      { code: 'plan_step_missing', params: { step: 'b' } },
    ];
    expect(renderMessage('sv', 'booking_conflict', { problems })).toBe(
      'Tiden gick inte att boka: Tiden ligger utanför sökperioden. Steget b saknas. Välj en av de nya tiderna.',
    );
    expect(renderMessage('en', 'booking_conflict', { problems: [] })).toBe(
      'The time could not be booked: someone else was first. Choose one of the new times.',
    );
  });
});
