import { type SipContent, ZSipContent } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { easyReadCarePlan } from './care-plans.easy-read.ts';
import {
  changedParts,
  completenessOf,
  consentInForce,
  DEFAULT_LEGAL_REFERENCE,
  isFollowUpOverdue,
  isShared,
  legalReference,
  settleInterventions,
} from './care-plans.rules.ts';

const P1 = '00000000-0000-4000-8000-000000000001';
const A1 = '00000000-0000-4000-8000-0000000000a1';

const complete: SipContent = ZSipContent.parse({
  ownGoals: 'Jag vill bo kvar hemma.',
  interventions: [
    { text: 'Läkemedelsgenomgång', principal: 'region', responsibleName: 'Per Läkarsson' },
    { text: 'Hemsjukvård varje vecka', principal: 'municipality', responsibleName: 'Kumla kommun' },
    { text: 'Logoped', principal: 'other', responsibleName: 'Habiliteringen' },
  ],
  overallPrincipal: 'region',
  overallName: 'Elsa Lotsberg, vårdlots',
  followUpDate: '2027-03-01',
  followUpBy: 'Elsa Lotsberg',
});

describe('completeness: a SIP missing any legal part cannot be agreed, and says which', () => {
  it('is ready with consent, the four parts and the follow-up', () => {
    const c = completenessOf(complete, true);
    expect(c).toMatchObject({ ready: true, missing: [] });
    expect(c.requirements.map((r) => r.requirement)).toEqual([
      'consent',
      'interventions',
      'responsibilities',
      'others_measures',
      'overall_responsibility',
      'follow_up',
    ]);
  });

  it('names every missing requirement of an empty plan without consent', () => {
    expect(completenessOf(ZSipContent.parse({}), false).missing).toEqual([
      'consent',
      'interventions',
      'responsibilities',
      'others_measures',
      'overall_responsibility',
      'follow_up',
    ]);
  });

  it('part 2: every intervention names whose it is; the region’s and municipality’s say who does it', () => {
    const noPrincipal = {
      ...complete,
      interventions: [...complete.interventions, { ...complete.interventions[0]!, principal: null }],
    };
    expect(completenessOf(noPrincipal, true).missing).toEqual(['responsibilities']);
    const noName = {
      ...complete,
      interventions: complete.interventions.map((i, n) => (n === 1 ? { ...i, responsibleName: null } : i)),
    };
    expect(completenessOf(noName, true).missing).toEqual(['responsibilities']);
    const onlyOthers = { ...complete, interventions: [complete.interventions[2]!] };
    expect(completenessOf(onlyOthers, true).missing).toEqual(['responsibilities']);
  });

  it('part 3: measures by others, or said on purpose that there are none', () => {
    const none = { ...complete, interventions: complete.interventions.slice(0, 2) };
    expect(completenessOf(none, true).missing).toEqual(['others_measures']);
    expect(completenessOf({ ...none, noOthersMeasures: true }, true).ready).toBe(true);
    const nameless = {
      ...complete,
      interventions: complete.interventions.map((i, n) => (n === 2 ? { ...i, responsibleName: ' ' } : i)),
    };
    expect(completenessOf(nameless, true).missing).toEqual(['others_measures']);
  });

  it('part 4 and the follow-up: principal and name, date and who', () => {
    expect(completenessOf({ ...complete, overallName: null }, true).missing).toEqual([
      'overall_responsibility',
    ]);
    expect(completenessOf({ ...complete, overallPrincipal: null }, true).missing).toEqual([
      'overall_responsibility',
    ]);
    expect(completenessOf({ ...complete, followUpBy: null }, true).missing).toEqual(['follow_up']);
    expect(completenessOf(complete, false).missing).toEqual(['consent']);
  });
});

describe('versions', () => {
  it('the first version changed nothing; later ones name the parts that differ', () => {
    expect(changedParts(null, complete)).toEqual([]);
    expect(changedParts(complete, complete)).toEqual([]);
    const next = { ...complete, followUpDate: '2027-09-01', ownGoals: 'Jag vill träffa vänner.' };
    expect(changedParts(complete, next)).toEqual(['own_goals', 'follow_up']);
    const fewer = { ...complete, interventions: complete.interventions.slice(1) };
    expect(changedParts(complete, fewer)).toEqual(['interventions']);
  });

  it('interventions keep their ids, new ones get one; links must be known and a health action linked once', () => {
    const known = { participantIds: new Set([P1]), actionIds: new Set([A1]) };
    let n = 0;
    const id = () => `00000000-0000-4000-8000-00000000000${++n}`;
    const settled = settleInterventions(
      [
        { ...complete.interventions[0]!, id: P1, participantId: P1 },
        { ...complete.interventions[1]!, healthPlanActionId: A1 },
      ],
      known,
      id,
    );
    expect(settled?.map((i) => i.id)).toEqual([P1, '00000000-0000-4000-8000-000000000001']);
    const unknownParticipant = { ...complete.interventions[0]!, participantId: A1 };
    expect(settleInterventions([unknownParticipant], known, id)).toBeNull();
    const twice = { ...complete.interventions[0]!, healthPlanActionId: A1 };
    expect(settleInterventions([twice, twice], known, id)).toBeNull();
    expect(settleInterventions([{ ...twice, healthPlanActionId: P1 }], known, id)).toBeNull();
  });
});

describe('consent and sharing', () => {
  const at = (d: string) => new Date(`${d}T10:00:00Z`);
  const sip = { participantId: null, recordedAt: at('2026-01-01'), withdrawnAt: null };
  const toP1 = { participantId: P1, recordedAt: at('2026-01-02'), withdrawnAt: null };
  const partner = { id: P1, kind: 'municipality', removedAt: null };

  it('the newest consent is in force unless withdrawn', () => {
    const withdrawn = { ...toP1, recordedAt: at('2026-02-01'), withdrawnAt: at('2026-02-02') };
    expect(consentInForce([sip, toP1], P1)).toBe(toP1);
    expect(consentInForce([sip, toP1, withdrawn], P1)).toBeNull();
    expect(consentInForce([toP1], null)).toBeNull();
  });

  it('a partner sees the SIP only with consent to the SIP and to sharing with them', () => {
    expect(isShared(partner, [sip, toP1])).toBe(true);
    expect(isShared(partner, [sip])).toBe(false);
    expect(isShared(partner, [toP1])).toBe(false);
    expect(isShared(partner, [{ ...sip, withdrawnAt: at('2026-03-01') }, toP1])).toBe(false);
    expect(isShared({ ...partner, removedAt: at('2026-03-01') }, [sip, toP1])).toBe(false);
    expect(isShared({ id: P1, kind: 'region_staff', removedAt: null }, [])).toBe(true);
  });

  it('the follow-up is overdue after its agreed date; the legal reference is configurable', () => {
    expect(isFollowUpOverdue({ followUpDate: '2026-12-01', agreedAt: at('2026-06-01') }, '2026-12-02')).toBe(
      true,
    );
    expect(isFollowUpOverdue({ followUpDate: '2026-12-01', agreedAt: null }, '2026-12-02')).toBe(false);
    expect(isFollowUpOverdue({ followUpDate: '2026-12-02', agreedAt: at('2026-06-01') }, '2026-12-02')).toBe(
      false,
    );
    expect(legalReference({})).toBe(DEFAULT_LEGAL_REFERENCE);
    expect(legalReference({ LOTSA_SIP_LEGAL_REFERENCE: 'SoL (2025:400) 10 kap.' })).toBe(
      'SoL (2025:400) 10 kap.',
    );
  });
});

describe('the easy-read copy', () => {
  it('has one row per intervention with who does it, the overall responsibility and the next meeting; LIX at most 30', () => {
    const c = easyReadCarePlan({
      patientName: 'Anna Berg',
      unitName: 'Kumla vårdcentral',
      version: 2,
      content: {
        ...complete,
        interventions: [
          { ...complete.interventions[0]!, easyText: 'Vi går igenom dina mediciner.' },
          { ...complete.interventions[1]!, easyText: 'En sköterska kommer hem till dig.' },
          { ...complete.interventions[2]!, easyText: null, responsibleName: null },
        ],
      },
    });
    const rows = c.sections.find((s) => s.key === 'schedule')!.rows;
    expect(rows.map((r) => r.lines)).toEqual([
      ['Vi går igenom dina mediciner.', 'Per Läkarsson gör det.'],
      ['En sköterska kommer hem till dig.', 'Kumla kommun gör det.'],
      ['Logoped', 'Någon annan gör det.'],
    ]);
    expect(rows.map((r) => r.picture)).toEqual([
      { kind: 'pictogram', code: 'meet_team' },
      { kind: 'pictogram', code: 'home' },
      { kind: 'pictogram', code: 'talk' },
    ]);
    expect(c.sections.map((s) => s.key)).toEqual(['intro', 'people', 'schedule', 'call', 'when']);
    expect(c.sections.at(-1)!.rows[0]!.lines[0]).toBe('Vi ses igen 1 mars 2027.');
    expect(c.variant).toBe('easy_read');
    expect(c.copyNote).toBe('Version 2');
    expect(c.lix).toBeGreaterThan(0);
    expect(c.lix).toBeLessThanOrEqual(30);
    for (const line of c.sections.flatMap((s) => s.rows.flatMap((r) => r.lines)))
      expect(line.split(/\s+/).length).toBeLessThanOrEqual(15);
  });
});
