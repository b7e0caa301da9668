import type { IntakeStage } from '@lotsa/contracts';
import type { Db } from '../../db/database.ts';
import { hasRoleIn } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, forbidden } from '../../lib/errors.ts';
import { mergeNote, planMerge } from './intake.duplicates.ts';
import type { RegistrationRow } from './intake.repository.ts';
import { isEnded } from './intake.rules.ts';
import { STEP_ROLES, type StepOptions } from './intake.service.ts';
import { step } from './intake.steps.service.ts';

/**
 * The navigator's answer to a possible duplicate (a later public-form registration for someone with
 * an open registration): merge it into the earlier one (the later closes as `duplicate`, what it adds
 * is carried over, the reason recorded on both) or say it is not one (the mark is resolved, the
 * reason recorded). Both are steps: access (navigator, unit manager), locks, events and audit entries
 * as every step; a refusal writes nothing.
 */

/** The mark must be there and still open. */
function checkOpenMark(row: RegistrationRow): string {
  if (!row.possibleDuplicateOf) throw conflict('not_a_possible_duplicate');
  if (row.duplicateResolution !== null) throw conflict('duplicate_already_resolved');
  return row.possibleDuplicateOf;
}

const resolved = (kind: 'merged' | 'not_duplicate', reason: string, at: Date, byName: string) => ({
  duplicateResolution: kind,
  duplicateReason: reason,
  duplicateResolvedAt: at,
  duplicateResolvedByName: byName,
});

export const mergeDuplicate = (db: Db, actor: Actor, id: string, i: { reason: string }, o?: StepOptions) =>
  step(db, actor, id, 'close', o, async (s, _to, at, by) => {
    const earlierId = checkOpenMark(s.row);
    const earlier = await s.lockOther(earlierId);
    if (!earlier) throw conflict('not_a_possible_duplicate');
    if (isEnded(earlier.stage as IntakeStage))
      throw conflict('duplicate_target_ended', { reference: earlier.reference });
    if (!hasRoleIn(actor, earlier.unitId, STEP_ROLES)) throw forbidden('merge_registration_other_unit');
    // An enrolled person's details live in the patient registry: nothing is changed, all goes in the note.
    const plan = planMerge(earlier, s.row, s.row.reference, earlier.stage === 'enrolled');
    return {
      kind: 'merged',
      note: `Sammanslagen med anmälan ${earlier.reference}. Skäl: ${i.reason}`,
      set: {
        closeReason: 'duplicate',
        endedAt: at,
        ...resolved('merged', i.reason, at, by.name),
      },
      freesPlace: s.row.stage === 'offered',
      detail: { mergedInto: earlier.id, reason: i.reason },
      other: {
        row: earlier,
        set: plan.set,
        kind: 'merged_in',
        note: mergeNote(s.row.reference, plan, i.reason),
        detail: { mergedFrom: s.row.id, carried: plan.carried, reason: i.reason },
      },
    };
  });

export const markNotDuplicate = (db: Db, actor: Actor, id: string, i: { reason: string }, o?: StepOptions) =>
  step(db, actor, id, null, o, (s, _to, at, by) => {
    const earlierId = checkOpenMark(s.row);
    return {
      kind: 'not_duplicate',
      note: `Inte en dubblett. Skäl: ${i.reason}`,
      set: resolved('not_duplicate', i.reason, at, by.name),
      detail: { possibleDuplicateOf: earlierId, reason: i.reason },
    };
  });
