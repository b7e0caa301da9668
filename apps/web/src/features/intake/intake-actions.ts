import {
  INTAKE_ACTIONS,
  type IntakeAction,
  type IntakeStage,
  type RegistrationListItem,
} from '@lotsa/contracts';
import type { Board } from './types.ts';

type IntakeCapacity = Board['capacity'];

/** The steps a navigator can take: the contract's names (the endpoints' keys). */
export type ActionKind = IntakeAction;

/** Steps that end something: behind a confirmation, never the card's one-click next step. */
export const DESTRUCTIVE: ReadonlySet<ActionKind> = new Set([
  'declineOffer',
  'withdrawConsent',
  'exit',
  'close',
]);

function isAction(name: string): name is ActionKind {
  return (INTAKE_ACTIONS as readonly string[]).includes(name);
}

/**
 * The known steps of the server's `nextActions`, in its order (the most likely first), with the
 * steps that end something last. A name this client does not know is left out.
 */
export function actionKinds(nextActions: readonly string[]): ActionKind[] {
  const known = [...new Set(nextActions.filter(isAction))];
  return [...known.filter((a) => !DESTRUCTIVE.has(a)), ...known.filter((a) => DESTRUCTIVE.has(a))];
}

/** Stages that end a registration: the board shows them only when asked for all. */
export const ENDED_STAGES: ReadonlySet<IntakeStage> = new Set(['exited', 'closed']);

/** Stages off the main path: the stepper shows them as a last step of their own. */
export const OFF_PATH_STAGES: ReadonlySet<IntakeStage> = new Set(['exited', 'closed', 'not_eligible']);

/** The main path of the stepper; waiting list and offered share the "place" step. */
export const PATH_STEPS = [
  { key: 'received', stages: ['received'] },
  { key: 'first_call_booked', stages: ['first_call_booked'] },
  { key: 'needs_mapped', stages: ['needs_mapped'] },
  { key: 'eligible', stages: ['eligible'] },
  { key: 'consented', stages: ['consented'] },
  { key: 'waiting_list', stages: ['waiting_list', 'offered'] },
  { key: 'enrolled', stages: ['enrolled'] },
] as const satisfies ReadonlyArray<{ key: IntakeStage; stages: readonly IntakeStage[] }>;

/**
 * The board's one-click step for a card. The list items carry no `nextActions`, so the step follows
 * the stage and the unit's places the way the server's rules do (enrol only with a place that is the
 * person's to take); the server still decides and may refuse.
 */
export function boardAction(item: RegistrationListItem, capacity: IntakeCapacity): ActionKind | null {
  const free = capacity.free > 0;
  // The decision no longer holds for the data as it is: the next step is to decide again.
  if (item.decisionOutdated) return 'decideEligibility';
  switch (item.stage) {
    case 'received':
      return 'bookFirstCall';
    case 'first_call_booked':
      return 'recordFirstCall';
    case 'needs_mapped':
      return 'decideEligibility';
    case 'eligible':
      return 'recordConsent';
    case 'consented':
      return free && capacity.waiting === 0 ? 'enrol' : 'addToWaitingList';
    case 'waiting_list':
      return free && item.waitingPosition === 1 ? 'enrol' : null;
    case 'offered':
      return 'enrol';
    default:
      return null;
  }
}
