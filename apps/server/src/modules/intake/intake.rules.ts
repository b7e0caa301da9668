import type { ELIGIBILITY_DECISIONS, IntakeAction, IntakeStage } from '@lotsa/contracts';
import { adultFrom, isAdultOn } from './intake.age.ts';
import { type Capacity, type ExistingPatient, freePlaces, takesPlace } from './intake.places.ts';

/**
 * The intake state machine and the rules the service enforces before it writes anything. Pure: no
 * IO, no clock (today and counts are passed in), unit-tested in intake.rules.test.ts.
 */

export type Decision = (typeof ELIGIBILITY_DECISIONS)[number];

/** A refusal a person can act on: status, a stable code, Swedish and English. */
export interface Problem {
  status: 400 | 409;
  code: string;
  sv: string;
  en: string;
}

const problem = (status: 400 | 409, code: string, sv: string, en: string): Problem => ({
  status,
  code,
  sv,
  en,
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
          problem: problem(
            409,
            'decision_after_consent',
            'Samtycke är redan registrerat, så bedömningen kan bara bekräftas med de nya uppgifterna. Avsluta anmälan om personen inte ska få plats.',
            'Consent has been recorded, so the decision can only be confirmed with the new details. Close the registration if the person should not get a place.',
          ),
        };
  const target = MACHINE[action][from];
  if (target === undefined) return { ok: false, problem: refusal(action, from) };
  return { ok: true, to: target === 'decided' ? STAGE_OF_DECISION[decision ?? 'needs_more_info'] : target };
}

const ended = () =>
  problem(
    409,
    'registration_ended',
    'Anmälan är redan avslutad (utskriven eller stängd). Gör en ny intresseanmälan om personen vill komma tillbaka.',
    'The registration has already ended (exited or closed). Make a new registration if the person wants to come back.',
  );
const alreadyEnrolled = (hint?: { sv: string; en: string }) =>
  problem(
    409,
    'already_enrolled',
    hint ? `Personen är redan listad. ${hint.sv}` : 'Personen är redan listad.',
    hint ? `The person is already enrolled. ${hint.en}` : 'The person is already enrolled.',
  );
const noDecision = (what: { sv: string; en: string }) =>
  problem(
    409,
    'no_decision',
    `${what.sv} kräver bedömningen ”uppfyller kriterierna”. Gör första samtalet, behovskartläggningen och bedömningen först.`,
    `${what.en} needs the decision “eligible”. Hold the first call, record the needs mapping and the decision first.`,
  );
const notEligible = () =>
  problem(
    409,
    'not_eligible',
    'Personen är bedömd att inte uppfylla kriterierna. Ändra bedömningen om något nytt har kommit fram, eller avsluta anmälan.',
    'The person has been found not eligible. Change the decision if something new has come up, or close the registration.',
  );
const noConsent = (what: { sv: string; en: string }) =>
  problem(
    409,
    'no_consent',
    `${what.sv} kräver samtycke till deltagande. Registrera samtycket först.`,
    `${what.en} needs consent to take part. Record the consent first.`,
  );

/** The refusal for a step the machine does not allow from a stage. */
export function refusal(action: IntakeAction, from: IntakeStage): Problem {
  if (isEnded(from)) return ended();
  const early = from === 'received' || from === 'first_call_booked' || from === 'needs_mapped';
  switch (action) {
    case 'bookFirstCall':
      if (from === 'enrolled') return alreadyEnrolled();
      return problem(
        409,
        'first_call_done',
        'Första samtalet är redan gjort och behovskartläggningen registrerad. Ändra kartläggningen i stället om något är nytt.',
        'The first call has already been held and the needs mapping recorded. Update the mapping instead if something is new.',
      );
    case 'recordFirstCall':
      return alreadyEnrolled({
        sv: 'Behov och anpassningar följs nu i patientens profil.',
        en: 'Needs and adaptations are now kept in the patient’s profile.',
      });
    case 'decideEligibility':
      if (from === 'received' || from === 'first_call_booked')
        return problem(
          409,
          'needs_mapping_first',
          'Gör första samtalet och registrera behovskartläggningen innan bedömningen.',
          'Hold the first call and record the needs mapping before deciding eligibility.',
        );
      if (from === 'enrolled')
        return alreadyEnrolled({
          sv: 'Skriv ut personen om hen inte längre hör till målgruppen.',
          en: 'Exit the person if they are no longer in the target group.',
        });
      return problem(
        409,
        'decision_after_consent',
        'Samtycke är redan registrerat, så bedömningen kan inte ändras längre. Avsluta anmälan om personen inte ska få plats.',
        'Consent has been recorded, so the decision can no longer change. Close the registration if the person should not get a place.',
      );
    case 'recordConsent':
      if (from === 'not_eligible') return notEligible();
      return noDecision({ sv: 'Samtycke', en: 'Consent' });
    case 'withdrawConsent':
      return problem(
        409,
        'no_consent',
        'Det finns inget samtycke att återkalla. Avsluta anmälan i stället om personen inte vill delta.',
        'There is no consent to withdraw. Close the registration instead if the person does not want to take part.',
      );
    case 'enrol':
      if (from === 'enrolled') return alreadyEnrolled();
      if (from === 'not_eligible') return notEligible();
      if (from === 'eligible') return noConsent({ sv: 'Listning', en: 'Enrolment' });
      return noDecision({ sv: 'Listning', en: 'Enrolment' });
    case 'addToWaitingList':
      if (from === 'waiting_list')
        return problem(
          409,
          'already_waiting',
          'Personen står redan på väntelistan.',
          'The person is already on the waiting list.',
        );
      if (from === 'offered')
        return problem(
          409,
          'already_offered',
          'Personen har redan erbjudits en plats. Lista personen, eller registrera att hen avböjer.',
          'The person has already been offered a place. Enrol them, or record that they decline.',
        );
      if (from === 'enrolled') return alreadyEnrolled();
      if (from === 'not_eligible') return notEligible();
      if (from === 'eligible') return noConsent({ sv: 'Väntelistan', en: 'The waiting list' });
      return noDecision({ sv: 'Väntelistan', en: 'The waiting list' });
    case 'declineOffer':
      if (from === 'enrolled')
        return alreadyEnrolled({
          sv: 'Skriv ut personen i stället om hen vill lämna SMO.',
          en: 'Exit the person instead if they want to leave SMO.',
        });
      return problem(
        409,
        'not_offered',
        'Personen har inte erbjudits någon plats, så det finns inget erbjudande att avböja.',
        'The person has not been offered a place, so there is no offer to decline.',
      );
    case 'exit':
      return problem(
        409,
        'not_enrolled',
        early
          ? 'Bara den som är listad kan skrivas ut. Avsluta anmälan i stället.'
          : 'Bara den som är listad kan skrivas ut. Avsluta anmälan i stället, eller återkalla samtycket.',
        early
          ? 'Only an enrolled person can be exited. Close the registration instead.'
          : 'Only an enrolled person can be exited. Close the registration instead, or withdraw the consent.',
      );
    case 'close':
      return problem(
        409,
        'use_exit',
        'Personen är listad. Använd utskrivning i stället, så att platsen frigörs.',
        'The person is enrolled. Use exit instead, so that the place is freed.',
      );
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
  if (c.decision !== 'eligible') return noDecision({ sv: 'Listning', en: 'Enrolment' });
  if (!c.participationConsent) return noConsent({ sv: 'Listning', en: 'Enrolment' });
  if (!c.identityNumber)
    return problem(
      409,
      'identity_number_required',
      'Listning kräver personnummer, samordningsnummer eller reservnummer. Lägg till numret i anmälan först.',
      'Enrolment needs a personal identity, co-ordination or reserve number. Add the number to the registration first.',
    );
  if (c.birthDate && !isAdultOn(c.birthDate, c.today)) {
    const from = adultFrom(c.birthDate);
    return problem(
      409,
      'under_18',
      `Personen fyller 18 år först den ${from}. SMO är för vuxna: sätt ett planerat startdatum och lista personen då.`,
      `The person turns 18 only on ${from}. SMO is for adults: set a planned start date and enrol them then.`,
    );
  }
  if (c.patient && c.patient.status !== 'ended') {
    if (c.patient.where === 'other_unit')
      return problem(
        409,
        'enrolled_elsewhere',
        'Personen är listad på en annan enhet i regionen och måste skrivas ut där innan hen kan listas här.',
        'The person is enrolled at another unit of the region and must be exited there before being enrolled here.',
      );
    if (c.patient.status === 'enrolled')
      return alreadyEnrolled({
        sv: 'En annan intresseanmälan har redan listat personen. Avsluta den här som dubblett.',
        en: 'Another registration has already enrolled the person. Close this one as a duplicate.',
      });
  }
  if (!takesPlace(c.patient)) return null;
  const cap = c.capacity;
  const full = () =>
    problem(
      409,
      'unit_full',
      `Enheten har ingen ledig plats: ${cap.enrolled} listade och ${cap.offered} erbjudna av maxtaket ${cap.cap}. Sätt personen på väntelistan.`,
      `The unit has no free place: ${cap.enrolled} enrolled and ${cap.offered} offered of the cap of ${cap.cap}. Put the person on the waiting list.`,
    );
  if (c.stage === 'offered') return cap.enrolled + cap.offered <= cap.cap ? null : full();
  if (c.stage === 'consented' && cap.waiting > 0)
    return problem(
      409,
      'waiting_list_first',
      `${cap.waiting} ${cap.waiting === 1 ? 'person står' : 'personer står'} på väntelistan, och en ledig plats går till den som står först. Sätt personen på väntelistan.`,
      `${cap.waiting} ${cap.waiting === 1 ? 'person is' : 'people are'} on the waiting list, and a free place goes to the first in line. Put the person on the waiting list.`,
    );
  if (c.stage === 'waiting_list' && c.waitingAhead > 0)
    return problem(
      409,
      'not_first_in_line',
      `${c.waitingAhead} ${c.waitingAhead === 1 ? 'person står' : 'personer står'} före på väntelistan. En ledig plats erbjuds den som står först.`,
      `${c.waitingAhead} ${c.waitingAhead === 1 ? 'person is' : 'people are'} ahead on the waiting list. A free place is offered to the first in line.`,
    );
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
  if (d.catchmentOverride && !d.overrideReason)
    return problem(
      400,
      'override_reason_required',
      'Skriv skälet till undantaget från upptagningsområdet.',
      'Write the reason for the exception to the catchment area.',
    );
  if (d.decision === 'eligible' && !d.inCatchment && !d.catchmentOverride)
    return problem(
      400,
      'outside_catchment',
      `${d.municipality} ligger utanför enhetens upptagningsområde. För att ändå ta emot personen: välj undantag och skriv skälet.`,
      `${d.municipality} is outside the unit’s catchment area. To accept the person anyway: choose the exception and write the reason.`,
    );
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
  if (!c.participation)
    return problem(
      400,
      'participation_required',
      'Samtycket gäller deltagande i SMO. Vill personen inte delta: avsluta anmälan, eller återkalla samtycket om hen redan är listad.',
      'The consent is to take part in SMO. If the person does not want to: close the registration, or withdraw the consent if they are already enrolled.',
    );
  if (c.method === 'by_representative' && c.givenBy !== 'representative')
    return problem(
      400,
      'consent_method',
      'Samtycke via företrädare ska registreras som lämnat av företrädaren, med namn.',
      'Consent by a representative is recorded as given by the representative, with their name.',
    );
  if (c.givenAt.getTime() > c.now.getTime() + 5 * 60_000)
    return problem(
      400,
      'consent_in_future',
      'Tidpunkten för samtycket kan inte ligga i framtiden.',
      'The time of the consent cannot be in the future.',
    );
  return null;
}
