import { type Criterion, municipalityName, type NeedsMapping } from '@lotsa/contracts';
import { evaluateCriteria } from './intake.criteria.ts';
import type { Problem } from './intake.rules.ts';

/**
 * Does the eligibility decision still hold? Pure. A decision rests on the data it was made on: the
 * criteria as they were (each met / not met / unknown) and the person's municipality. Every step that
 * relies on the decision (consent, the waiting list, enrolment) asks again against the data as it is
 * now, so a later correction (another municipality, the unit's catchment changed, a diagnosis removed)
 * cannot slip past it: the decision is outdated and the navigator decides again, with the exception
 * and its reason when the person now lives outside the catchment area.
 */

type Result = Criterion['result'];

/** What a decision was made on (intake_registrations.decision_basis). */
export interface DecisionBasis {
  municipalityCode: string;
  criteria: Partial<Record<Criterion['criterion'], Result>>;
}

export const basisOf = (municipalityCode: string, criteria: readonly Criterion[]): DecisionBasis => ({
  municipalityCode,
  criteria: Object.fromEntries(criteria.map((c) => [c.criterion, c.result])),
});

const RANK: Record<Result, number> = { met: 2, unknown: 1, not_met: 0 };

const NAMES: Record<Criterion['criterion'], [string, string]> = {
  adult: ['Vuxen', 'Adult'],
  catchment_area: ['Upptagningsområde', 'Catchment area'],
  target_group: ['Målgrupp', 'Target group'],
  reduced_autonomy_or_communication: [
    'Nedsatt autonomi eller kommunikation',
    'Reduced autonomy or communication',
  ],
  several_care_actors: ['Flera vårdaktörer', 'Several care actors'],
};

export interface DecisionNow {
  decision: string | null;
  catchmentOverride: boolean;
  /** Null for decisions recorded before the basis was kept. */
  basis: DecisionBasis | null;
  municipalityCode: string;
  /** The criteria evaluated on the registration and the unit as they are now. */
  criteria: readonly Criterion[];
}

export interface OutdatedDecision {
  /** The criteria that no longer hold as they did, with what they rest on now. */
  changes: Array<{ criterion: Criterion['criterion']; was: Result | null; now: Result }>;
  problem: Problem;
}

/**
 * Pure: null while the decision "eligible" still holds; otherwise what changed. It no longer holds when
 * the person is outside the catchment area without an exception made for this very municipality, or
 * when a criterion has got worse since the decision (met → unknown or not met, unknown → not met).
 * Criteria that got better (an identity number added, so the age is now known) leave it standing.
 * Only "eligible" is relied on by later steps; other decisions are never outdated.
 */
export function outdatedDecision(d: DecisionNow): OutdatedDecision | null {
  if (d.decision !== 'eligible') return null;
  const changes: OutdatedDecision['changes'] = [];
  for (const c of d.criteria) {
    const was = d.basis?.criteria[c.criterion] ?? null;
    if (c.criterion === 'catchment_area') {
      if (c.result === 'met') continue;
      const exceptionHere =
        d.catchmentOverride && (d.basis === null || d.basis.municipalityCode === d.municipalityCode);
      if (!exceptionHere) changes.push({ criterion: c.criterion, was, now: c.result });
    } else if (was !== null && RANK[c.result] < RANK[was]) {
      changes.push({ criterion: c.criterion, was, now: c.result });
    }
  }
  if (changes.length === 0) return null;
  const basisOfNow = new Map(d.criteria.map((c) => [c.criterion, c.basis]));
  const list = (lang: 0 | 1) =>
    changes
      .map((c) => `${NAMES[c.criterion][lang]}: ${basisOfNow.get(c.criterion)![lang === 0 ? 'sv' : 'en']}`)
      .join(' ');
  const moved =
    d.basis && d.basis.municipalityCode !== d.municipalityCode
      ? {
          sv: ` Kommunen har ändrats från ${municipalityName(d.basis.municipalityCode)} till ${municipalityName(d.municipalityCode)}.`,
          en: ` The municipality has changed from ${municipalityName(d.basis.municipalityCode)} to ${municipalityName(d.municipalityCode)}.`,
        }
      : { sv: '', en: '' };
  const outside = changes.some((c) => c.criterion === 'catchment_area');
  return {
    changes,
    problem: {
      status: 409,
      code: 'decision_outdated',
      params: {
        detail: {
          sv: `Bedömningen gäller inte längre: uppgifterna den vilar på har ändrats.${moved.sv} ${list(0)} Gör en ny bedömning${outside ? ' (med undantag från upptagningsområdet och skälet, om personen ändå ska tas emot)' : ''} innan nästa steg.`,
          en: `The decision no longer holds: the details it rests on have changed.${moved.en} ${list(1)} Decide again${outside ? ' (with the exception to the catchment area and its reason, if the person is to be accepted anyway)' : ''} before the next step.`,
        },
      },
    },
  };
}

/** The registration's columns a decision rests on (intake_registrations). */
export interface DecisionRow {
  decision: string | null;
  catchmentOverride: boolean;
  decisionBasis: DecisionBasis | null;
  identityNumber: string | null;
  municipalityCode: string;
  diagnoses: string[];
  needsMapping: unknown;
}

/** Pure: the criteria on the registration and the unit's catchment as they are on `today`. */
export const criteriaNow = (r: DecisionRow, catchment: readonly string[], today: string) =>
  evaluateCriteria({
    identityNumber: r.identityNumber,
    municipalityCode: r.municipalityCode,
    catchment,
    diagnoses: r.diagnoses,
    needsMapping: (r.needsMapping as NeedsMapping | null) ?? null,
    today,
  });

/** Pure: does the registration's decision still hold against the data and the unit's catchment now? */
export const decisionOutdatedNow = (r: DecisionRow, catchment: readonly string[], today: string) =>
  outdatedDecision({
    decision: r.decision,
    catchmentOverride: r.catchmentOverride,
    basis: r.decisionBasis,
    municipalityCode: r.municipalityCode,
    criteria: criteriaNow(r, catchment, today),
  });
