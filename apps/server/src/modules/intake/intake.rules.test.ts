import {
  INTAKE_ACTIONS,
  INTAKE_STAGES,
  type IntakeAction,
  type IntakeStage,
  makeTestIdentityNumber,
  type NeedsMapping,
  renderAnyMessage,
} from '@lotsa/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adultFrom, ageOn, isAdultOn } from './intake.age.ts';

/** A refusal's text in Swedish and in English, from the catalogues. */
const sv = (p: { code: string; params: Record<string, unknown> }) =>
  renderAnyMessage('sv', p.code, p.params) ?? '';
const en = (p: { code: string; params: Record<string, unknown> }) =>
  renderAnyMessage('en', p.code, p.params) ?? '';

import {
  calendarDaysBetween,
  daysSince,
  evaluateCriteria,
  makeReference,
  routePublicRegistration,
  startNearing,
  targetGroupDiagnosis,
} from './intake.criteria.ts';
import { outdatedDecision } from './intake.decision.ts';
import { nextActions } from './intake.next-actions.ts';
import { type Capacity, freePlaces, sortWaitingList } from './intake.places.ts';
import {
  checkConsent,
  checkDecision,
  checkEnrolment,
  type EnrolmentCheck,
  MACHINE,
  transition,
} from './intake.rules.ts';

// The machine, written out independently of MACHINE: every allowed step and where it leads.
const ALLOWED: Record<IntakeAction, Partial<Record<IntakeStage, IntakeStage>>> = {
  bookFirstCall: { received: 'first_call_booked', first_call_booked: 'first_call_booked' },
  recordFirstCall: {
    received: 'needs_mapped',
    first_call_booked: 'needs_mapped',
    needs_mapped: 'needs_mapped',
    eligible: 'eligible',
    not_eligible: 'not_eligible',
    consented: 'consented',
    waiting_list: 'waiting_list',
    offered: 'offered',
  },
  // decideEligibility: checked separately per decision below; here with "eligible".
  decideEligibility: { needs_mapped: 'eligible', eligible: 'eligible', not_eligible: 'eligible' },
  recordConsent: {
    eligible: 'consented',
    consented: 'consented',
    waiting_list: 'waiting_list',
    offered: 'offered',
    enrolled: 'enrolled',
  },
  withdrawConsent: { consented: 'closed', waiting_list: 'closed', offered: 'closed', enrolled: 'exited' },
  enrol: { consented: 'enrolled', waiting_list: 'enrolled', offered: 'enrolled' },
  addToWaitingList: { consented: 'waiting_list' },
  declineOffer: { offered: 'closed' },
  exit: { enrolled: 'exited' },
  close: {
    received: 'closed',
    first_call_booked: 'closed',
    needs_mapped: 'closed',
    eligible: 'closed',
    not_eligible: 'closed',
    consented: 'closed',
    waiting_list: 'closed',
    offered: 'closed',
  },
};

// Every refused step and the code of its refusal (exited and closed refuse everything as ended).
const EARLY = { received: 1, first_call_booked: 1, needs_mapped: 1 } as Record<string, 1>;
function expectedRefusal(action: IntakeAction, stage: IntakeStage): string {
  if (stage === 'exited' || stage === 'closed') return 'registration_ended';
  switch (action) {
    case 'bookFirstCall':
      return stage === 'enrolled' ? 'already_enrolled' : 'first_call_done';
    case 'recordFirstCall':
      return 'already_enrolled';
    case 'decideEligibility':
      if (stage === 'received' || stage === 'first_call_booked') return 'needs_mapping_first';
      return stage === 'enrolled' ? 'already_enrolled' : 'decision_after_consent';
    case 'recordConsent':
      return stage === 'not_eligible' ? 'not_eligible' : 'no_decision';
    case 'withdrawConsent':
      return 'no_consent';
    case 'enrol':
      if (stage === 'enrolled') return 'already_enrolled';
      if (stage === 'not_eligible') return 'not_eligible';
      return stage === 'eligible' ? 'no_consent' : 'no_decision';
    case 'addToWaitingList':
      if (EARLY[stage]) return 'no_decision';
      return (
        {
          eligible: 'no_consent',
          not_eligible: 'not_eligible',
          waiting_list: 'already_waiting',
          offered: 'already_offered',
          enrolled: 'already_enrolled',
        } as Record<string, string>
      )[stage]!;
    case 'declineOffer':
      return stage === 'enrolled' ? 'already_enrolled' : 'not_offered';
    case 'exit':
      return 'not_enrolled';
    case 'close':
      return 'use_exit';
  }
}

const cases = INTAKE_ACTIONS.flatMap((action) => INTAKE_STAGES.map((stage) => [action, stage] as const));

describe('the intake state machine', () => {
  it('has a row for every action of the contract', () => {
    expect(Object.keys(MACHINE).sort()).toEqual([...INTAKE_ACTIONS].sort());
  });

  it.each(cases)(
    '%s from %s: allowed to the right stage, or refused with a clear message',
    (action, stage) => {
      const t = transition(stage, action, 'eligible');
      const target = ALLOWED[action][stage];
      if (target) {
        expect(t).toEqual({ ok: true, to: target });
        return;
      }
      expect(t.ok).toBe(false);
      if (t.ok) return;
      expect(t.problem.status).toBe(409);
      expect(t.problem.code).toBe(expectedRefusal(action, stage));
      expect(sv(t.problem).length).toBeGreaterThan(20);
      expect(en(t.problem).length).toBeGreaterThan(20);
      expect(sv(t.problem)).not.toBe(en(t.problem));
      expect(sv(t.problem)).toMatch(/[.!]$/);
      expect(en(t.problem)).toMatch(/[.!]$/);
    },
  );

  it('leads a decision to eligible, not eligible, or back to needs mapped for more information', () => {
    for (const from of ['needs_mapped', 'eligible', 'not_eligible'] as const) {
      expect(transition(from, 'decideEligibility', 'eligible')).toEqual({ ok: true, to: 'eligible' });
      expect(transition(from, 'decideEligibility', 'not_eligible')).toEqual({ ok: true, to: 'not_eligible' });
      expect(transition(from, 'decideEligibility', 'needs_more_info')).toEqual({
        ok: true,
        to: 'needs_mapped',
      });
    }
  });

  it('counts: 36 allowed steps and 74 refused ones over 11 stages × 10 actions', () => {
    const allowed = cases.filter(([a, s]) => transition(s, a, 'eligible').ok);
    expect(allowed).toHaveLength(36);
    expect(cases.length - allowed.length).toBe(74);
  });

  it('ends in exited or closed, from which nothing leads on', () => {
    for (const stage of ['exited', 'closed'] as const)
      for (const a of INTAKE_ACTIONS) expect(transition(stage, a).ok).toBe(false);
  });
});

const cap = (over: Partial<Capacity> = {}): Capacity => ({
  cap: 10,
  enrolled: 5,
  offered: 0,
  waiting: 0,
  ...over,
});
const ctx = (over: Partial<Parameters<typeof nextActions>[1]> = {}) => ({
  capacity: cap(),
  waitingAhead: 0,
  hasActiveConsent: true,
  mayStep: true,
  mayMap: true,
  ...over,
});

describe('next actions for the board’s buttons', () => {
  it('starts with the most likely step and lists only what the machine allows', () => {
    expect(nextActions('received', ctx())).toEqual(['bookFirstCall', 'recordFirstCall', 'close']);
    expect(nextActions('first_call_booked', ctx())[0]).toBe('recordFirstCall');
    expect(nextActions('needs_mapped', ctx())[0]).toBe('decideEligibility');
    expect(nextActions('eligible', ctx())[0]).toBe('recordConsent');
    expect(nextActions('enrolled', ctx())).toEqual(['recordConsent', 'withdrawConsent', 'exit']);
    expect(nextActions('exited', ctx())).toEqual([]);
    expect(nextActions('closed', ctx())).toEqual([]);
    for (const stage of INTAKE_STAGES)
      for (const a of nextActions(stage, ctx())) expect(transition(stage, a, 'eligible').ok).toBe(true);
  });

  it('offers enrolment only when a place is free and the person’s to take', () => {
    expect(nextActions('consented', ctx())[0]).toBe('enrol');
    const full = cap({ enrolled: 10 });
    expect(nextActions('consented', ctx({ capacity: full }))).not.toContain('enrol');
    expect(nextActions('consented', ctx({ capacity: full }))[0]).toBe('addToWaitingList');
    expect(nextActions('consented', ctx({ capacity: cap({ waiting: 2 }) }))).not.toContain('enrol');
    expect(
      nextActions('waiting_list', ctx({ capacity: cap({ waiting: 2 }), waitingAhead: 1 })),
    ).not.toContain('enrol');
    expect(nextActions('waiting_list', ctx({ capacity: cap({ waiting: 2 }), waitingAhead: 0 }))[0]).toBe(
      'enrol',
    );
    expect(nextActions('offered', ctx({ capacity: cap({ enrolled: 9, offered: 1 }) }))[0]).toBe('enrol');
  });

  it('gives a doctor or nurse only the needs mapping, and withdraws only a consent in force', () => {
    expect(nextActions('first_call_booked', ctx({ mayStep: false }))).toEqual(['recordFirstCall']);
    expect(nextActions('enrolled', ctx({ mayStep: false }))).toEqual([]);
    expect(nextActions('enrolled', ctx({ hasActiveConsent: false }))).toEqual(['recordConsent', 'exit']);
  });
});

const enrolment = (over: Partial<EnrolmentCheck> = {}): EnrolmentCheck => ({
  stage: 'consented',
  decision: 'eligible',
  participationConsent: true,
  identityNumber: makeTestIdentityNumber('1990-01-01', 980),
  birthDate: '1990-01-01',
  today: '2026-03-01',
  capacity: cap(),
  waitingAhead: 0,
  patient: null,
  ...over,
});

describe('enrolment', () => {
  it('is allowed with decision, consent, identity number, age 18 and a free place', () => {
    expect(checkEnrolment(enrolment())).toBeNull();
  });
  it.each([
    ['no decision', { decision: null }, 'no_decision'],
    ['a decision other than eligible', { decision: 'needs_more_info' }, 'no_decision'],
    ['no consent to take part', { participationConsent: false }, 'no_consent'],
    ['no identity number', { identityNumber: null, birthDate: null }, 'identity_number_required'],
    ['under 18 on the day', { birthDate: '2008-03-02' }, 'under_18'],
    ['past the cap', { capacity: cap({ enrolled: 10 }) }, 'unit_full'],
    ['past the cap with places held for offers', { capacity: cap({ enrolled: 8, offered: 2 }) }, 'unit_full'],
    ['others on the waiting list', { capacity: cap({ waiting: 1 }) }, 'waiting_list_first'],
    [
      'someone ahead in line',
      { stage: 'waiting_list', waitingAhead: 2, capacity: cap({ waiting: 3 }) },
      'not_first_in_line',
    ],
    [
      'a full unit when first in line',
      { stage: 'waiting_list', capacity: cap({ enrolled: 10, waiting: 1 }) },
      'unit_full',
    ],
    [
      'enrolled by another registration',
      { patient: { where: 'this_unit', status: 'enrolled' } },
      'already_enrolled',
    ],
    [
      'listed at another unit',
      { patient: { where: 'other_unit', status: 'listed_before_intake' } },
      'enrolled_elsewhere',
    ],
  ] as const)('is refused with %s', (_name, over, code) => {
    const p = checkEnrolment(enrolment(over as Partial<EnrolmentCheck>));
    expect(p).toMatchObject({ status: 409, code });
    expect(sv(p!)).not.toBe(en(p!));
  });
  it('says when the person turns 18', () => {
    expect(sv(checkEnrolment(enrolment({ birthDate: '2008-03-02' }))!)).toContain('2026-03-02');
    expect(checkEnrolment(enrolment({ birthDate: '2008-03-01' }))).toBeNull();
  });
  it('lets the offered person take the place held for them, even with others waiting', () => {
    expect(
      checkEnrolment(enrolment({ stage: 'offered', capacity: cap({ enrolled: 9, offered: 1, waiting: 4 }) })),
    ).toBeNull();
  });
  it('links a patient listed at the unit before intake without taking a new place', () => {
    const listed = { where: 'this_unit', status: 'listed_before_intake' } as const;
    expect(
      checkEnrolment(enrolment({ patient: listed, capacity: cap({ enrolled: 10, waiting: 2 }) })),
    ).toBeNull();
    expect(checkEnrolment(enrolment({ patient: { where: 'other_unit', status: 'ended' } }))).toBeNull();
  });
  it('never lets more than the cap in (property)', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.nat(20), fc.nat(20), (c, e, o, w) => {
        const capacity = { cap: c, enrolled: e, offered: o, waiting: w };
        if (checkEnrolment(enrolment({ capacity })) === null) expect(e + o + 1).toBeLessThanOrEqual(c);
        expect(freePlaces(capacity)).toBe(Math.max(0, c - e - o));
      }),
    );
  });
});

describe('the decision and the consent', () => {
  const base = { catchmentOverride: false, overrideReason: null, inCatchment: true, municipality: 'Kumla' };
  it('needs the override and its reason for someone outside the catchment area', () => {
    expect(checkDecision({ ...base, decision: 'eligible' })).toBeNull();
    expect(checkDecision({ ...base, decision: 'eligible', inCatchment: false })).toMatchObject({
      status: 400,
      code: 'outside_catchment',
    });
    expect(
      checkDecision({ ...base, decision: 'eligible', inCatchment: false, catchmentOverride: true }),
    ).toMatchObject({
      code: 'override_reason_required',
    });
    expect(
      checkDecision({
        ...base,
        decision: 'eligible',
        inCatchment: false,
        catchmentOverride: true,
        overrideReason: 'Flyttar hit i maj.',
      }),
    ).toBeNull();
    expect(checkDecision({ ...base, decision: 'not_eligible', inCatchment: false })).toBeNull();
    expect(checkDecision({ ...base, decision: 'needs_more_info', inCatchment: false })).toBeNull();
  });
  it('refuses a consent without participation, by a representative recorded as the patient, or in the future', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const ok = { givenBy: 'patient', method: 'spoken', givenAt: now, participation: true, now } as const;
    expect(checkConsent(ok)).toBeNull();
    expect(checkConsent({ ...ok, participation: false })?.code).toBe('participation_required');
    expect(checkConsent({ ...ok, method: 'by_representative' })?.code).toBe('consent_method');
    expect(checkConsent({ ...ok, givenAt: new Date('2026-03-01T11:00:00Z') })?.code).toBe(
      'consent_in_future',
    );
    expect(checkConsent({ ...ok, givenAt: new Date('2026-03-01T10:04:00Z') })).toBeNull();
  });
});

describe('age', () => {
  it('turns 18 on the 18th birthday; 29 February on 28 February in a common year', () => {
    expect(adultFrom('2008-06-15')).toBe('2026-06-15');
    expect(adultFrom('2008-02-29')).toBe('2026-02-28');
    expect(adultFrom('2010-02-29'.replace('2010', '2012'))).toBe('2030-02-28');
    expect(adultFrom('2014-02-28')).toBe('2032-02-28');
    expect(isAdultOn('2008-06-15', '2026-06-14')).toBe(false);
    expect(isAdultOn('2008-06-15', '2026-06-15')).toBe(true);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('1990-12-31', '2026-01-01')).toBe(35);
  });
  it('agrees with the age in years (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.nat(40_000),
        (d, n) => {
          const birth = d.toISOString().slice(0, 10);
          const day = new Date(d.getTime() + n * 86_400_000).toISOString().slice(0, 10);
          expect(isAdultOn(birth, day)).toBe(ageOn(birth, day) >= 18);
        },
      ),
    );
  });
});

const mapping = (over: Partial<NeedsMapping> = {}): NeedsMapping => ({
  communication: 'speaks',
  communicationNote: null,
  understanding: 'independent',
  understandingNote: null,
  mobility: 'walks',
  mobilityNote: null,
  environmentNote: null,
  dailySupport: 'independent',
  careContacts: null,
  careContactCount: 0,
  companionNeeded: false,
  companionWho: null,
  wishes: null,
  hardToday: null,
  ...over,
});

describe('the eligibility criteria', () => {
  const input: Parameters<typeof evaluateCriteria>[0] = {
    identityNumber: makeTestIdentityNumber('1990-01-01', 980),
    municipalityCode: '1881',
    catchment: ['1861', '1881', '1882'],
    diagnoses: ['Q90', 'F71'],
    needsMapping: mapping({ communication: 'aac', careContactCount: 3 }),
    today: '2026-03-01',
  };
  const result = (over: Partial<typeof input> = {}) =>
    Object.fromEntries(evaluateCriteria({ ...input, ...over }).map((c) => [c.criterion, c.result]));

  it('shows the five criteria in the brief’s order, each with a basis in both languages', () => {
    const all = evaluateCriteria(input);
    expect(all.map((c) => c.criterion)).toEqual([
      'adult',
      'catchment_area',
      'target_group',
      'reduced_autonomy_or_communication',
      'several_care_actors',
    ]);
    expect(
      all.every((c) => c.result === 'met' && c.basis.sv && c.basis.en && c.basis.sv !== c.basis.en),
    ).toBe(true);
  });
  it('judges age from the identity number on the Swedish date', () => {
    expect(result({ identityNumber: null }).adult).toBe('unknown');
    expect(result({ identityNumber: makeTestIdentityNumber('2008-03-02', 980) }).adult).toBe('not_met');
    expect(result({ identityNumber: makeTestIdentityNumber('2008-03-01', 980) }).adult).toBe('met');
    expect(result({ identityNumber: '99123456-7890'.replace('-', '') }).adult).not.toBe('met');
    const minor = evaluateCriteria({
      ...input,
      identityNumber: makeTestIdentityNumber('2008-03-02', 980),
    })[0]!;
    expect(minor.basis.sv).toContain('fyller 18 den 2026-03-02');
  });
  it('checks the municipality against the unit’s catchment', () => {
    expect(result({ municipalityCode: '1880' }).catchment_area).toBe('not_met');
    expect(evaluateCriteria({ ...input, municipalityCode: '1880' })[1]!.basis.sv).toContain('Örebro (1880)');
  });
  it('matches ICD-10-SE codes to the target group, unknown without codes', () => {
    expect(result({ diagnoses: [] }).target_group).toBe('unknown');
    expect(result({ diagnoses: ['J45'] }).target_group).toBe('not_met');
    expect(result({ diagnoses: ['G40'] }).target_group).toBe('not_met');
    expect(result({ diagnoses: ['G80.1'] }).target_group).toBe('met');
    expect(targetGroupDiagnosis('F71.1')?.code).toBe('F71');
    expect(targetGroupDiagnosis('F84.5')).toBeNull();
    expect(targetGroupDiagnosis('q90')?.code).toBe('Q90');
  });
  it('reads reduced autonomy or communication and several care actors from the needs mapping', () => {
    expect(result({ needsMapping: null }).reduced_autonomy_or_communication).toBe('unknown');
    expect(result({ needsMapping: null }).several_care_actors).toBe('unknown');
    expect(result({ needsMapping: mapping() }).reduced_autonomy_or_communication).toBe('not_met');
    expect(
      result({ needsMapping: mapping({ dailySupport: 'some_help' }) }).reduced_autonomy_or_communication,
    ).toBe('met');
    expect(
      result({ needsMapping: mapping({ understanding: 'needs_support' }) }).reduced_autonomy_or_communication,
    ).toBe('met');
    expect(result({ needsMapping: mapping({ careContactCount: 1 }) }).several_care_actors).toBe('not_met');
    expect(result({ needsMapping: mapping({ careContactCount: 2 }) }).several_care_actors).toBe('met');
  });
});

describe('days and the child-to-adult start', () => {
  it('counts Swedish calendar days, across daylight-saving changes and just after midnight', () => {
    expect(daysSince(new Date('2026-03-28T12:00:00Z'), new Date('2026-03-30T08:00:00Z'))).toBe(2);
    expect(daysSince(new Date('2026-06-30T21:59:00Z'), new Date('2026-06-30T22:01:00Z'))).toBe(1);
    expect(daysSince(new Date('2026-06-30T06:00:00Z'), new Date('2026-06-30T21:00:00Z'))).toBe(0);
    expect(calendarDaysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });
  it('shows a planned start within 60 days, or passed, while nothing has been done', () => {
    expect(startNearing('2026-04-30', 'received', '2026-03-01')).toBe(true);
    expect(startNearing('2026-05-01', 'received', '2026-03-01')).toBe(false);
    expect(startNearing('2026-01-01', 'received', '2026-03-01')).toBe(true);
    expect(startNearing('2026-04-01', 'first_call_booked', '2026-03-01')).toBe(false);
    expect(startNearing(null, 'received', '2026-03-01')).toBe(false);
  });
});

describe('the waiting list', () => {
  it('goes by waiting since, then arrival, then id', () => {
    const d = (s: string) => new Date(s);
    const rows = [
      { id: 'c', waitingSince: d('2026-02-01'), receivedAt: d('2025-12-01') },
      { id: 'b', waitingSince: d('2026-01-10'), receivedAt: d('2025-12-05') },
      { id: 'a', waitingSince: d('2026-01-10'), receivedAt: d('2025-12-01') },
      { id: 'd', waitingSince: d('2026-01-10'), receivedAt: d('2025-12-01') },
    ];
    expect(sortWaitingList(rows).map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
  });
});

describe('routing the public form', () => {
  const units = [
    {
      id: 'k',
      regionId: 'orebro',
      name: 'Kumla vårdcentral SMO',
      municipalityCodes: ['1861', '1881', '1882'],
    },
    {
      id: 'kh',
      regionId: 'sormland',
      name: 'Katrineholm vårdcentral SMO',
      municipalityCodes: ['0482', '0483'],
    },
    { id: 'ny', regionId: 'sormland', name: 'Nyköping vårdcentral SMO', municipalityCodes: ['0480'] },
  ];
  it('goes to the unit whose catchment has the municipality', () => {
    expect(routePublicRegistration('1882', units)).toEqual({ unit: units[0], rule: 'catchment' });
    expect(routePublicRegistration('0480', units)?.unit.id).toBe('ny');
  });
  it('otherwise to the county’s unit serving most of its municipalities, and nowhere outside the counties served', () => {
    expect(routePublicRegistration('1880', units)).toEqual({ unit: units[0], rule: 'county' });
    expect(routePublicRegistration('0484', units)).toEqual({ unit: units[1], rule: 'county' });
    expect(routePublicRegistration('0180', units)).toBeNull();
  });
});

describe('receipt references', () => {
  it('are two groups of four unambiguous characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        expect(makeReference(bytes)).toMatch(
          /^[ACDEFGHJKLMNPQRTUVWXY34679]{4}-[ACDEFGHJKLMNPQRTUVWXY34679]{4}$/,
        );
      }),
    );
  });
});

describe('a decision that no longer holds (issue 21)', () => {
  const crit = (results: Record<string, 'met' | 'not_met' | 'unknown'>) =>
    Object.entries(results).map(([criterion, result]) => ({
      criterion: criterion as 'adult',
      result,
      basis: { sv: `${criterion} ${result}`, en: `${criterion} ${result}` },
    }));
  const allMet = { adult: 'met', catchment_area: 'met', target_group: 'met' } as const;
  const basis = { municipalityCode: '1881', criteria: allMet };
  const decision = (over: Partial<Parameters<typeof outdatedDecision>[0]> = {}) =>
    outdatedDecision({
      decision: 'eligible',
      catchmentOverride: false,
      basis,
      municipalityCode: '1881',
      criteria: crit(allMet),
      ...over,
    });

  it('holds while nothing it rests on got worse', () => {
    expect(decision()).toBeNull();
    expect(
      decision({ decision: 'not_eligible', criteria: crit({ ...allMet, catchment_area: 'not_met' }) }),
    ).toBeNull();
    // Better than at the decision: an identity number came, the age is known now.
    expect(
      decision({ basis: { ...basis, criteria: { ...allMet, adult: 'unknown' } }, criteria: crit(allMet) }),
    ).toBeNull();
  });

  it('no longer holds outside the catchment without an exception for this municipality', () => {
    const outside = crit({ ...allMet, catchment_area: 'not_met' });
    const moved = decision({ municipalityCode: '0180', criteria: outside });
    expect(moved?.problem).toMatchObject({ status: 409, code: 'decision_outdated' });
    expect(moved?.changes).toEqual([{ criterion: 'catchment_area', was: 'met', now: 'not_met' }]);
    expect(sv(moved!.problem)).toMatch(/från Kumla till Stockholm/);
    // An exception made for Stockholm holds in Stockholm, not after a move to Eskilstuna.
    const stockholm = {
      municipalityCode: '0180',
      criteria: { ...allMet, catchment_area: 'not_met' as const },
    };
    expect(
      decision({ catchmentOverride: true, basis: stockholm, municipalityCode: '0180', criteria: outside }),
    ).toBeNull();
    expect(
      decision({ catchmentOverride: true, basis: stockholm, municipalityCode: '0484', criteria: outside }),
    ).not.toBeNull();
    // Without a stored basis, any exception counts; none does not.
    expect(decision({ basis: null, catchmentOverride: true, criteria: outside })).toBeNull();
    expect(decision({ basis: null, criteria: outside })?.changes).toHaveLength(1);
  });

  it('no longer holds when a criterion got worse', () => {
    const worse = decision({ criteria: crit({ ...allMet, target_group: 'unknown' }) });
    expect(worse?.changes).toEqual([{ criterion: 'target_group', was: 'met', now: 'unknown' }]);
  });

  it('after consent it may only be confirmed, and the buttons offer that first', () => {
    expect(transition('consented', 'decideEligibility', 'eligible', true)).toEqual({
      ok: true,
      to: 'consented',
    });
    expect(transition('offered', 'decideEligibility', 'eligible', true)).toEqual({ ok: true, to: 'offered' });
    const no = transition('consented', 'decideEligibility', 'not_eligible', true);
    expect(no.ok === false && no.problem.code).toBe('decision_after_consent');
    const held = transition('consented', 'decideEligibility', 'eligible', false);
    expect(held.ok === false && held.problem.code).toBe('decision_after_consent');
    expect(nextActions('consented', ctx({ decisionOutdated: true }))).toEqual([
      'decideEligibility',
      'recordFirstCall',
      'withdrawConsent',
      'close',
    ]);
    expect(nextActions('eligible', ctx({ decisionOutdated: true }))[0]).toBe('decideEligibility');
    expect(nextActions('eligible', ctx({ decisionOutdated: true }))).not.toContain('recordConsent');
  });
});
