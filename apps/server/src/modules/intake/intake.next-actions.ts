import type { IntakeAction, IntakeStage } from '@lotsa/contracts';
import { type Capacity, freePlaces } from './intake.places.ts';
import { AFTER_CONSENT, MACHINE, RELIES_ON_DECISION } from './intake.rules.ts';

// --- Next steps for the board's buttons ---------------------------------------------------------

export interface NextActionContext {
  capacity: Capacity;
  /** Persons ahead on the waiting list (stage waiting_list). */
  waitingAhead: number;
  hasActiveConsent: boolean;
  /** The decision no longer holds for the data as it is: decide again before any step relying on it. */
  decisionOutdated?: boolean;
  /** The user may take every step (navigator, unit manager of the unit). */
  mayStep: boolean;
  /** The user may record the needs mapping (also doctor, nurse). */
  mayMap: boolean;
}

const ORDER: Record<IntakeStage, readonly IntakeAction[]> = {
  received: ['bookFirstCall', 'recordFirstCall', 'close'],
  first_call_booked: ['recordFirstCall', 'bookFirstCall', 'close'],
  needs_mapped: ['decideEligibility', 'recordFirstCall', 'close'],
  eligible: ['recordConsent', 'decideEligibility', 'recordFirstCall', 'close'],
  not_eligible: ['decideEligibility', 'recordFirstCall', 'close'],
  consented: ['enrol', 'addToWaitingList', 'recordConsent', 'recordFirstCall', 'withdrawConsent', 'close'],
  waiting_list: ['enrol', 'recordConsent', 'recordFirstCall', 'withdrawConsent', 'close'],
  offered: ['enrol', 'declineOffer', 'recordConsent', 'recordFirstCall', 'withdrawConsent', 'close'],
  enrolled: ['recordConsent', 'withdrawConsent', 'exit'],
  exited: [],
  closed: [],
};

/**
 * Pure: the steps to offer as buttons, most likely first: what the machine allows from the stage,
 * that would succeed now (enrol only with a place that is the person's to take; withdraw only with
 * a consent in force) and that the user may take.
 */
export function nextActions(stage: IntakeStage, c: NextActionContext): IntakeAction[] {
  if (c.decisionOutdated && (stage === 'eligible' || AFTER_CONSENT.includes(stage)))
    return [
      ...(c.mayStep ? (['decideEligibility'] as const) : []),
      ...nextActions(stage, { ...c, decisionOutdated: false }).filter(
        (a) => a !== 'decideEligibility' && !RELIES_ON_DECISION.has(a),
      ),
    ];
  const cap = c.capacity;
  const canEnrol =
    stage === 'offered'
      ? cap.enrolled + cap.offered <= cap.cap
      : stage === 'consented'
        ? cap.waiting === 0 && freePlaces(cap) > 0
        : c.waitingAhead === 0 && freePlaces(cap) > 0;
  return ORDER[stage].filter((a) => {
    if (MACHINE[a][stage] === undefined) return false;
    if (a === 'recordFirstCall' ? !c.mayMap : !c.mayStep) return false;
    if (a === 'enrol') return canEnrol;
    if (a === 'withdrawConsent') return c.hasActiveConsent;
    return true;
  });
}
