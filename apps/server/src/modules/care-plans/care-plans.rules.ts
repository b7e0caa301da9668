import {
  SIP_REQUIREMENTS,
  type SipCompleteness,
  type SipContent,
  type SipParticipantKind,
  type SipRequirement,
} from '@lotsa/contracts';

/**
 * The SIP's pure rules: which requirement is missing before the plan can be agreed, what changed
 * between two versions, who may see the plan (consent), and when the follow-up is overdue.
 * Unit-tested in care-plans.rules.test.ts.
 */

/** The law's paragraphs, configurable (the 2025 social services act renumbered them). */
export const DEFAULT_LEGAL_REFERENCE = 'SoL 2 kap. 7 § och HSL 16 kap. 4 §';
export const legalReference = (env: NodeJS.ProcessEnv = process.env) =>
  env.LOTSA_SIP_LEGAL_REFERENCE?.trim() || DEFAULT_LEGAL_REFERENCE;

const has = (s: string | null | undefined) => !!s && s.trim().length > 0;

function isComplete(r: SipRequirement, c: SipContent, consentInForce: boolean): boolean {
  const shared = c.interventions.filter((i) => i.principal === 'region' || i.principal === 'municipality');
  switch (r) {
    case 'consent':
      return consentInForce;
    // (1) which interventions are needed
    case 'interventions':
      return c.interventions.length > 0;
    // (2) which of them the region and the municipality are each responsible for: every
    // intervention names whose it is, and the region's and municipality's name who does it
    case 'responsibilities':
      return (
        shared.length > 0 &&
        c.interventions.every((i) => i.principal !== null) &&
        shared.every((i) => has(i.responsibleName))
      );
    // (3) which measures others take: at least one, with who, or said on purpose that there are none
    case 'others_measures': {
      const others = c.interventions.filter((i) => i.principal === 'other');
      return others.length > 0 ? others.every((i) => has(i.responsibleName)) : c.noOthersMeasures;
    }
    // (4) who has the overall responsibility
    case 'overall_responsibility':
      return c.overallPrincipal !== null && has(c.overallName);
    case 'follow_up':
      return c.followUpDate !== null && has(c.followUpBy);
  }
}

/** Every requirement in order, and what is missing. A SIP with anything missing cannot be agreed. */
export function completenessOf(content: SipContent, consentInForce: boolean): SipCompleteness {
  const requirements = SIP_REQUIREMENTS.map((requirement) => ({
    requirement,
    complete: isComplete(requirement, content, consentInForce),
  }));
  const missing = requirements.filter((r) => !r.complete).map((r) => r.requirement);
  return { requirements, missing, ready: missing.length === 0 };
}

const PART_FIELDS: Record<string, Array<keyof SipContent>> = {
  own_goals: ['ownGoals', 'measurableGoals'],
  participation: ['participation'],
  disagreements: ['disagreements'],
  interventions: ['interventions'],
  others_measures: ['noOthersMeasures'],
  overall_responsibility: ['overallPrincipal', 'overallName'],
  follow_up: ['followUpDate', 'followUpBy'],
};

/** Which parts differ between two versions (for the history: "what changed"). */
export function changedParts(before: SipContent | null, after: SipContent): string[] {
  if (!before) return [];
  return Object.entries(PART_FIELDS)
    .filter(([, fields]) => fields.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])))
    .map(([part]) => part);
}

/** The region's team and the person see the plan without a consent of their own; others need one. */
export const consentNeeded = (kind: SipParticipantKind | string) =>
  kind !== 'region_staff' && kind !== 'patient';

export interface ConsentFacts {
  participantId: string | null;
  recordedAt: Date;
  withdrawnAt: Date | null;
}

/** The consent in force for the SIP (null) or a participant: the newest one, if not withdrawn. */
export function consentInForce<C extends ConsentFacts>(consents: readonly C[], participantId: string | null) {
  const newest = consents
    .filter((c) => c.participantId === participantId)
    .sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime())[0];
  return newest && newest.withdrawnAt === null ? newest : null;
}

/**
 * Whether the plan may be shared with a participant: with the person's consent to the SIP, and (for
 * those outside the region's team) to sharing with them. Without consent, nothing is shared.
 */
export function isShared(
  p: { id: string; kind: string; removedAt: Date | null },
  consents: readonly ConsentFacts[],
): boolean {
  if (p.removedAt) return false;
  if (!consentNeeded(p.kind)) return true;
  return consentInForce(consents, null) !== null && consentInForce(consents, p.id) !== null;
}

/** The agreed follow-up date has passed. */
export const isFollowUpOverdue = (p: { followUpDate: string | null; agreedAt: Date | null }, today: string) =>
  p.agreedAt !== null && p.followUpDate !== null && p.followUpDate < today;

/**
 * Interventions as saved: new ones get an id; links to participants and health-plan actions must be
 * to ones the plan has (a health-plan link can only be made by bringing the action in). Returns null
 * when a link is unknown.
 */
export function settleInterventions(
  next: SipContent['interventions'],
  known: { participantIds: ReadonlySet<string>; actionIds: ReadonlySet<string> },
  newId: () => string = () => crypto.randomUUID(),
): SipContent['interventions'] | null {
  const seenActions = new Set<string>();
  const out: SipContent['interventions'] = [];
  for (const i of next) {
    if (i.participantId && !known.participantIds.has(i.participantId)) return null;
    if (i.healthPlanActionId) {
      if (!known.actionIds.has(i.healthPlanActionId) || seenActions.has(i.healthPlanActionId)) return null;
      seenActions.add(i.healthPlanActionId);
    }
    out.push({ ...i, id: i.id ?? newId() });
  }
  return out;
}
