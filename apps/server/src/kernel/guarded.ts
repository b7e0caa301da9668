import type { Queryable, Tx } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { problem } from '../lib/errors.ts';
import { type AccessDecision, canAccessPatientsOf, decidePatientAccess, rolesIn } from './access-rules.ts';
import { appendAudit } from './audit-log.ts';
import { accessBasesOf } from './care-relations.ts';

export type GuardedAction = 'read' | 'update' | 'create' | 'delete' | 'export';
/** A guarded row's outcome: absent (or of another region) and refused are kept apart for the caller. */
export type Guarded<T> = { status: 'ok'; value: T } | { status: 'not_found' } | { status: 'denied' };
/** Who may use the patient data of a unit; the default is the patient-access rule. */
export type Authorize = (actor: Actor, unitId: string) => boolean;

/** How to find, scope and log one row of patient data. */
export interface RowGuard<R extends { regionId: string }> {
  /** The audit entry's entity, e.g. `patient`, `booking`, `contact_request`. */
  entity: string;
  action: GuardedAction;
  /**
   * Loads the row (optionally `FOR UPDATE`). It is given the scope's region and should filter on it;
   * the guard checks the row's region again, so a row of another tenant is never used.
   */
  load: (tx: Tx, regionId: string) => Promise<R | null | undefined>;
  /** The unit whose patients the row belongs to: access is decided on it. */
  unitOf: (row: R) => string;
  /** The patients the audit entry names. */
  patientIdsOf: (row: R) => string[];
  /** The audit entry's entity id when the work does not give one (default: the first patient). */
  entityIdOf?: (row: R) => string;
  /** Default: `canAccessPatientsOf`, the one patient-access rule. */
  authorize?: Authorize;
  /**
   * Whether the row's patients need a care relationship (or a stated reason, or emergency access).
   * Default true: every patient record. False only for work that is not care of the patient: the
   * log extract, the partner view (consent-scoped), the intake board (the navigators' work list).
   */
  careRelation?: boolean;
  /** Whether the patient has protected identity: opening needs a confirmation, and is flagged. */
  protectedIdentityOf?: (row: R) => boolean;
}

/** What the work returns: its value, and what the audit entry should say beyond the defaults. */
export interface GuardedWork<T> {
  value: T;
  entityId?: string;
  detail?: Record<string, unknown>;
  /** The patients the entry names when the work changed them (e.g. an enrolment created the record). */
  patientIds?: string[];
}

/**
 * Who acts, on which database handle: a request's `Scope`, or `{ db, actor }` (the region is the
 * actor's). The handle may be an open transaction: the guard then runs in a savepoint of it.
 */
export type GuardScope = { db: Queryable; actor: Actor };

/**
 * The one path to patient data: in one transaction, load the row, bind it to the scope's region,
 * decide access, run the work and append its audit entry, which commits with the data and before
 * the answer leaves. A refusal is itself logged (action `denied`) and committed. Modules that own
 * patient data build their loaders on it (the patients door's `withPatient` is one), so no module
 * writes its own "load → check region → check access → audit" again.
 *
 * The region is the actor's: a row of another region is "not found", whatever the loader did.
 */
export function guardedRow<R extends { regionId: string }, T>(
  scope: GuardScope,
  guard: RowGuard<R>,
  work: (tx: Tx, row: R) => Promise<GuardedWork<T>>,
): Promise<Guarded<T>> {
  const { actor } = scope;
  const regionId = actor.regionId;
  return (scope.db as Tx)
    .transaction(async (tx) => {
      const row = await guard.load(tx, regionId);
      if (!row || row.regionId !== regionId) return { status: 'not_found' as const };
      const patientIds = guard.patientIdsOf(row);
      const defaultEntityId = guard.entityIdOf?.(row) ?? patientIds[0] ?? null;
      const decision = await decide(tx, actor, guard, row, patientIds);
      if (!decision.allow) {
        await appendAudit(tx, actor, {
          action: 'denied',
          entity: guard.entity,
          entityId: defaultEntityId,
          patientIds,
          detail: { attempted: guard.action, ...(decision.why === 'rule' ? {} : { why: decision.why }) },
        });
        return { status: 'refused' as const, why: decision.why };
      }
      const done = await work(tx, row);
      const flagged =
        decision.flags.length > 0 || decision.basis === 'emergency' || decision.basis === 'reason';
      await appendAudit(tx, actor, {
        action: guard.action,
        entity: guard.entity,
        entityId: done.entityId ?? defaultEntityId,
        patientIds: done.patientIds ?? patientIds,
        detail: flagged ? { ...done.detail, access: decision.basis, flags: decision.flags } : done.detail,
      });
      const { value } = done;
      return { status: 'ok' as const, value };
    })
    .then((r): Guarded<T> => {
      if (r.status !== 'refused') return r;
      if (r.why === 'rule') return { status: 'denied' };
      if (r.why === 'out_of_scope') return { status: 'not_found' };
      throw r.why === 'reason_required' ? reasonRequired() : confirmRequired();
    });
}

async function decide<R extends { regionId: string }>(
  tx: Tx,
  actor: Actor,
  guard: RowGuard<R>,
  row: R,
  patientIds: string[],
): Promise<AccessDecision> {
  const unitId = guard.unitOf(row);
  const inUnit = (guard.authorize ?? canAccessPatientsOf)(actor, unitId);
  const relationRequired = guard.careRelation !== false && !actor.patientLink;
  const memberOfUnit = rolesIn(actor, unitId).length > 0;
  const bases =
    relationRequired && patientIds.length > 0 && (inUnit || !memberOfUnit)
      ? await accessBasesOf(tx, actor, patientIds)
      : [];
  const isProtected = guard.protectedIdentityOf?.(row) ?? false;
  return decidePatientAccess({
    inUnit,
    memberOfUnit,
    relationRequired,
    patients: patientIds.map((id) => ({
      bases: bases.filter((b) => b.patientId === id).map((b) => b.kind),
      protectedIdentity: isProtected,
    })),
  });
}

/** 403 with a code the web answers with the reason dialog (nothing of the patient is shown). */
export const reasonRequired = () => problem(403, 'care_relation_required');

/** 403 with a code the web answers with the protected-identity confirmation. */
export const confirmRequired = () => problem(403, 'protected_identity_confirm');
