import type {
  ELIGIBILITY_DECISIONS,
  IntakeAction,
  IntakeStage,
  MessageCode,
  MessageParams,
  ParamsArg,
} from '@lotsa/contracts';
import { adultFrom, isAdultOn } from './intake.age.ts';
import { type Capacity, type ExistingPatient, freePlaces, takesPlace } from './intake.places.ts';

/**
 * The intake state machine and the rules the service enforces before it writes anything. Pure: no
 * IO, no clock (today and counts are passed in), unit-tested in intake.rules.test.ts.
 */

export type Decision = (typeof ELIGIBILITY_DECISIONS)[number];

/** Why a step is refused: the HTTP status and a catalogue code with its parameters (both languages). */
export interface Problem {
  status: 400 | 409;
  code: MessageCode;
  params: Record<string, unknown>;
}

const problem = <C extends MessageCode>(status: 400 | 409, code: C, ...[params]: ParamsArg<C>): Problem => ({
  status,
  code,
  params: (params ?? {}) as Record<string, unknown>,
});

/** Open stages before enrolment. */
export const PRE_ENROLMENT: readonly IntakeStage[] = [
  'received',
  'first_call_booked',
  'needs_mapped',
  'eligible',
  'not_eligible',
  'consented',
  'waiting_list',
  'offered',
];
export const ENDED: readonly IntakeStage[] = ['exited', 'closed'];
export const isEnded = (stage: IntakeStage) => ENDED.includes(stage);

/** Where a decision leads: needs_more_info keeps the registration at needs_mapped. */
export const STAGE_OF_DECISION: Record<Decision, IntakeStage> = {
  eligible: 'eligible',
  not_eligible: 'not_eligible',
  needs_more_info: 'needs_mapped',
};

const same = (stages: readonly IntakeStage[]) =>
  Object.fromEntries(stages.map((s) => [s, s])) as Partial<Record<IntakeStage, IntakeStage>>;
const to = (stages: readonly IntakeStage[], target: IntakeStage) =>
  Object.fromEntries(stages.map((s) => [s, target])) as Partial<Record<IntakeStage, IntakeStage>>;

/**
 * The machine: for each step, the stages it may start from and the stage it leads to. A step that
 * keeps the stage (re-booking the call, updating the mapping, a newer consent) maps a stage to itself.
 * decideEligibility leads to `STAGE_OF_DECISION[decision]` ('decided' below).
 */
export const MACHINE: Record<IntakeAction, Partial<Record<IntakeStage, IntakeStage | 'decided'>>> = {
  bookFirstCall: { received: 'first_call_booked', first_call_booked: 'first_call_booked' },
  recordFirstCall: {
    received: 'needs_mapped',
    first_call_booked: 'needs_mapped',
    ...same(['needs_mapped', 'eligible', 'not_eligible', 'consented', 'waiting_list', 'offered']),
  },
  decideEligibility: { needs_mapped: 'decided', eligible: 'decided', not_eligible: 'decided' },
  recordConsent: { eligible: 'consented', ...same(['consented', 'waiting_list', 'offered', 'enrolled']) },
  withdrawConsent: { ...to(['consented', 'waiting_list', 'offered'], 'closed'), enrolled: 'exited' },
  enrol: to(['consented', 'waiting_list', 'offered'], 'enrolled'),
  addToWaitingList: { consented: 'waiting_list' },
  declineOffer: { offered: 'closed' },
  exit: { enrolled: 'exited' },
  close: to(PRE_ENROLMENT, 'closed'),
};

export type Transition = { ok: true; to: IntakeStage } | { ok: false; problem: Problem };

/** After consent a decision is not made again, unless it no longer holds (intake.decision.ts). */
export const AFTER_CONSENT: readonly IntakeStage[] = ['consented', 'waiting_list', 'offered'];

/** Steps that rely on the decision "eligible": refused while it no longer holds (`decision_outdated`). */
export const RELIES_ON_DECISION: ReadonlySet<IntakeAction> = new Set([
  'recordConsent',
  'addToWaitingList',
  'enrol',
]);

/**
 * Pure: may `action` start from `from`, and where does it lead? A refusal says why, in both languages.
 * `decisionOutdated`: the decision "eligible" no longer holds for the data as it is; after consent it
 * may then be confirmed again ("eligible", the stage stays), never changed (close the registration).
 */
export function transition(
  from: IntakeStage,
  action: IntakeAction,
  decision?: Decision,
  decisionOutdated = false,
): Transition {
  if (action === 'decideEligibility' && decisionOutdated && AFTER_CONSENT.includes(from))
    return decision === 'eligible'
      ? { ok: true, to: from }
      : {
          ok: false,
          problem: problem(409, 'decision_after_consent', { outdated: true }),
        };
  const target = MACHINE[action][from];
  if (target === undefined) return { ok: false, problem: refusal(action, from) };
  return { ok: true, to: target === 'decided' ? STAGE_OF_DECISION[decision ?? 'needs_more_info'] : target };
}

const ended = () => problem(409, 'registration_ended');
const alreadyEnrolled = (hint: MessageParams['already_enrolled']['hint'] = null) =>
  problem(409, 'already_enrolled', { hint });
const noDecision = (step: MessageParams['no_decision']['step']) => problem(409, 'no_decision', { step });
const notEligible = () => problem(409, 'not_eligible');
const noConsent = (step: MessageParams['no_consent']['step']) => problem(409, 'no_consent', { step });

/** The refusal for a step the machine does not allow from a stage. */
export function refusal(action: IntakeAction, from: IntakeStage): Problem {
  if (isEnded(from)) return ended();
  const early = from === 'received' || from === 'first_call_booked' || from === 'needs_mapped';
  switch (action) {
    case 'bookFirstCall':
      if (from === 'enrolled') return alreadyEnrolled();
      return problem(409, 'first_call_done');
    case 'recordFirstCall':
      return alreadyEnrolled('profile');
    case 'decideEligibility':
      if (from === 'received' || from === 'first_call_booked') return problem(409, 'needs_mapping_first');
      if (from === 'enrolled') return alreadyEnrolled('exit_if_not_target');
      return problem(409, 'decision_after_consent', { outdated: false });
    case 'recordConsent':
      if (from === 'not_eligible') return notEligible();
      return noDecision('consent');
    case 'withdrawConsent':
      return noConsent('withdraw');
    case 'enrol':
      if (from === 'enrolled') return alreadyEnrolled();
      if (from === 'not_eligible') return notEligible();
      if (from === 'eligible') return noConsent('enrolment');
      return noDecision('enrolment');
    case 'addToWaitingList':
      if (from === 'waiting_list') return problem(409, 'already_waiting');
      if (from === 'offered') return problem(409, 'already_offered');
      if (from === 'enrolled') return alreadyEnrolled();
      if (from === 'not_eligible') return notEligible();
      if (from === 'eligible') return noConsent('waiting_list');
      return noDecision('waiting_list');
    case 'declineOffer':
      if (from === 'enrolled') return alreadyEnrolled('exit_to_leave');
      return problem(409, 'not_offered');
    case 'exit':
      return problem(409, 'not_enrolled', { early });
    case 'close':
      return problem(409, 'use_exit');
  }
}

// --- Enrolment: decision, consent, identity, age and a place that is the person's to take ---------

export interface EnrolmentCheck {
  stage: 'consented' | 'waiting_list' | 'offered';
  decision: string | null;
  /** The consent in force (newest not withdrawn) covers participation. */
  participationConsent: boolean;
  identityNumber: string | null;
  /** From the identity number; null when it has none (some reserve numbers). */
  birthDate: string | null;
  /** The Swedish date of the enrolment. */
  today: string;
  capacity: Capacity;
  /** Persons before this one on the waiting list (only for stage waiting_list). */
  waitingAhead: number;
  /** The patient record with the identity number, if one exists in the region. */
  patient: ExistingPatient | null;
}

/**
 * Pure: may this person be enrolled now? Needs the decision "eligible", a consent to take part, an
 * identity number, age 18 on the day, not enrolled already, and a free place that is theirs to take:
 * when others wait, only the person offered the place (or the first in line) may take it. A patient
 * listed at the unit before intake existed is linked without taking a new place.
 */
export function checkEnrolment(c: EnrolmentCheck): Problem | null {
  if (c.decision !== 'eligible') return noDecision('enrolment');
  if (!c.participationConsent) return noConsent('enrolment');
  if (!c.identityNumber) return problem(409, 'identity_number_required');
  if (c.birthDate && !isAdultOn(c.birthDate, c.today))
    return problem(409, 'under_18', { from: adultFrom(c.birthDate) });
  if (c.patient && c.patient.status !== 'ended') {
    if (c.patient.where === 'other_unit') return problem(409, 'enrolled_elsewhere');
    if (c.patient.status === 'enrolled') return alreadyEnrolled('duplicate');
  }
  if (!takesPlace(c.patient)) return null;
  const cap = c.capacity;
  const full = () =>
    problem(409, 'unit_full', { enrolled: cap.enrolled, offered: cap.offered, cap: cap.cap });
  if (c.stage === 'offered') return cap.enrolled + cap.offered <= cap.cap ? null : full();
  if (c.stage === 'consented' && cap.waiting > 0)
    return problem(409, 'waiting_list_first', { waiting: cap.waiting });
  if (c.stage === 'waiting_list' && c.waitingAhead > 0)
    return problem(409, 'not_first_in_line', { ahead: c.waitingAhead });
  return freePlaces(cap) > 0 ? null : full();
}

/**
 * Pure: the decision's own rules. "eligible" for someone outside the catchment area needs the
 * override and a written reason; an override always needs its reason.
 */
export function checkDecision(d: {
  decision: Decision;
  catchmentOverride: boolean;
  overrideReason: string | null;
  inCatchment: boolean;
  municipality: string;
}): Problem | null {
  if (d.catchmentOverride && !d.overrideReason) return problem(400, 'override_reason_required');
  if (d.decision === 'eligible' && !d.inCatchment && !d.catchmentOverride)
    return problem(400, 'outside_catchment', { municipality: d.municipality });
  return null;
}

/** Pure: a consent to record must cover taking part, be consistent, and not lie in the future. */
export function checkConsent(c: {
  givenBy: 'patient' | 'representative';
  method: 'spoken' | 'written' | 'by_representative';
  givenAt: Date;
  participation: boolean;
  now: Date;
}): Problem | null {
  if (!c.participation) return problem(400, 'participation_required');
  if (c.method === 'by_representative' && c.givenBy !== 'representative')
    return problem(400, 'consent_method');
  if (c.givenAt.getTime() > c.now.getTime() + 5 * 60_000) return problem(400, 'consent_in_future');
  return null;
}
