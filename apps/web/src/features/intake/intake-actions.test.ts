import type { RegistrationListItem } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { actionKinds, boardAction } from './intake-actions.ts';

const item = (stage: RegistrationListItem['stage'], waitingPosition: number | null = null) =>
  ({ stage, waitingPosition }) as RegistrationListItem;
const places = (free: number, waiting = 0) => ({
  unitId: 'u',
  cap: 10,
  enrolled: 10 - free,
  offered: 0,
  free,
  waiting,
});

describe('intake actions', () => {
  it('keeps the server’s order, drops unknown names and puts ending steps last', () => {
    expect(
      actionKinds(['close', 'enrol', 'nonsense', 'addToWaitingList', 'withdrawConsent', 'enrol']),
    ).toEqual(['enrol', 'addToWaitingList', 'close', 'withdrawConsent']);
  });

  it('offers the board’s one-click step by stage and places', () => {
    expect(boardAction(item('received'), places(1))).toBe('bookFirstCall');
    expect(boardAction(item('needs_mapped'), places(1))).toBe('decideEligibility');
    expect(boardAction(item('consented'), places(1))).toBe('enrol');
    expect(boardAction(item('consented'), places(1, 2))).toBe('addToWaitingList');
    expect(boardAction(item('consented'), places(0))).toBe('addToWaitingList');
    expect(boardAction(item('waiting_list', 1), places(1, 2))).toBe('enrol');
    expect(boardAction(item('waiting_list', 2), places(1, 2))).toBeNull();
    expect(boardAction(item('offered'), places(0))).toBe('enrol');
    expect(boardAction(item('enrolled'), places(1))).toBeNull();
    expect(boardAction(item('closed'), places(1))).toBeNull();
  });

  it('offers a new decision first when the decision no longer holds', () => {
    const outdated = (stage: RegistrationListItem['stage']) =>
      ({ stage, waitingPosition: null, decisionOutdated: true }) as RegistrationListItem;
    expect(boardAction(outdated('eligible'), places(1))).toBe('decideEligibility');
    expect(boardAction(outdated('consented'), places(1))).toBe('decideEligibility');
    expect(boardAction(outdated('offered'), places(0))).toBe('decideEligibility');
  });
});
