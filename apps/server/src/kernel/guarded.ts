import { type SQL, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { problem } from '../lib/errors.ts';
import {
  type AccessBasis,
  type AccessDecision,
  canAccessPatientsOf,
  decidePatientAccess,
  rolesIn,
} from './access-rules.ts';
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
        await auditRefusal(tx, actor, guard.entity, guard.action, defaultEntityId, patientIds, decision.why);
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
    .then((r): Guarded<T> => (r.status === 'refused' ? refusal(r.why) : r));
}

type Refusal = Extract<AccessDecision, { allow: false }>['why'];

/** A refused access is itself an entry (action `denied`): what was attempted and, beyond the rule, why. */
function auditRefusal(
  q: Queryable,
  actor: Actor,
  entity: string,
  attempted: GuardedAction,
  entityId: string | null,
  patientIds: string[],
  why: Refusal,
) {
  return appendAudit(q, actor, {
    action: 'denied',
    entity,
    entityId,
    patientIds,
    detail: { attempted, ...(why === 'rule' ? {} : { why }) },
  });
}

/** How a refusal is answered: denied (403), not found (404), or the reason / confirmation dialog. */
function refusal(why: Refusal): { status: 'not_found' } | { status: 'denied' } {
  if (why === 'rule') return { status: 'denied' };
  if (why === 'out_of_scope') return { status: 'not_found' };
  throw why === 'reason_required' ? reasonRequired() : confirmRequired();
}

/** What a read guard's loader answers: the row, its patients' access bases, and whether it logged. */
export interface ReadLoad<R> {
  row: R;
  /** The actor's bases for the row's patients, read in the same statement (`accessBasesSubquery`). */
  bases: AccessBasis[];
  /** The loader's statement wrote the plain read entry itself (`careRelationReadAudit`). */
  audited: boolean;
}

/** A read of one row of patient data in as few statements as possible: the loader does it all. */
export interface ReadGuard<R extends { regionId: string }> extends Omit<RowGuard<R>, 'load' | 'action'> {
  /** One statement: the row, the bases and (where it can) the audit entry. Filter on the region. */
  load: (q: Queryable, regionId: string) => Promise<ReadLoad<R> | null | undefined>;
}

/**
 * `guardedRow` for a plain read, without a transaction: the loader reads the row and the actor's
 * access bases in one statement and, in the common case (a care relationship in the actor's own
 * unit, no protected identity), writes the read's audit entry in that same statement
 * (`careRelationReadAudit`). The rules are then decided here, in memory, exactly as `guardedRow`
 * decides them; any other outcome (a reason, emergency access, a flag, a refusal) is logged by one
 * more statement before anything is answered. So a read is one statement, or two, never answered
 * unlogged; the entry commits on its own (autocommit) before the answer leaves.
 */
export async function guardedRead<R extends { regionId: string }>(
  scope: GuardScope,
  guard: ReadGuard<R>,
): Promise<Guarded<R>> {
  const { actor } = scope;
  const regionId = actor.regionId;
  const loaded = await guard.load(scope.db, regionId);
  if (!loaded || loaded.row.regionId !== regionId) return { status: 'not_found' };
  const { row } = loaded;
  const patientIds = guard.patientIdsOf(row);
  const entityId = guard.entityIdOf?.(row) ?? patientIds[0] ?? null;
  const decision = await decide(scope.db, actor, guard, row, patientIds, loaded.bases);
  const plain =
    decision.allow &&
    decision.flags.length === 0 &&
    decision.basis !== 'emergency' &&
    decision.basis !== 'reason';
  if (loaded.audited) {
    // The statement's condition is the plain case of the rules; anything else is a bug in a loader.
    if (!plain) throw new Error(`guardedRead: ${guard.entity} logged as a plain read but decided otherwise`);
    return { status: 'ok', value: row };
  }
  if (!decision.allow) {
    await auditRefusal(scope.db, actor, guard.entity, 'read', entityId, patientIds, decision.why);
    return refusal(decision.why);
  }
  await appendAudit(scope.db, actor, {
    action: 'read',
    entity: guard.entity,
    entityId,
    patientIds,
    detail: plain ? null : { access: decision.basis, flags: decision.flags },
  });
  return { status: 'ok', value: row };
}

/** The candidate row of a read, as the loader's SQL names it (`from` holds FROM and WHERE). */
export interface ReadCandidate {
  patientId: SQL;
  unitId: SQL;
  protectedIdentity: SQL;
  from: SQL;
}

/**
 * An `INSERT … SELECT` into the audit log, for a loader's CTE: it writes the plain read entry for the
 * candidate row only in the case the rules allow without flags — a patient of a unit where the actor
 * has a clinical role (the default `canAccessPatientsOf`), not of protected identity, with a derived
 * care relationship of the actor's — and returns its `seq` (no row: not written). `guardedRead` then
 * checks that its own decision agrees.
 */
export function careRelationReadAudit(actor: Actor, entity: string, c: ReadCandidate): SQL {
  const units = [...actor.unitRoles.keys()].filter((u) => canAccessPatientsOf(actor, u));
  const inUnits =
    units.length === 0
      ? sql`false`
      : sql`${c.unitId} in (${sql.join(
          units.map((u) => sql`${u}::uuid`),
          sql`, `,
        )})`;
  return sql`insert into audit_log
      (region_id, user_id, user_name, unit_id, patient_ids, action, entity, entity_id, reason, detail)
    select ${actor.regionId}::uuid, ${actor.userId}::uuid, ${actor.userName}, ${actor.activeUnitId}::uuid,
           array[${c.patientId}]::uuid[], 'read', ${entity}, ${c.patientId}::text, ${actor.reason}, null
      ${c.from}
       and ${inUnits} and not ${c.protectedIdentity}
       and exists (select 1 from care_relations cr
                    where cr.region_id = ${actor.regionId} and cr.user_id = ${actor.userId}
                      and cr.patient_id = ${c.patientId}
                      and cr.kind not in ('reason', 'emergency', 'protected_confirmed')
                      and (cr.until is null or cr.until > now()))
    returning seq`;
}

async function decide<R extends { regionId: string }>(
  tx: Queryable,
  actor: Actor,
  guard: Omit<RowGuard<R>, 'load' | 'action'>,
  row: R,
  patientIds: string[],
  preloaded?: AccessBasis[],
): Promise<AccessDecision> {
  const unitId = guard.unitOf(row);
  const inUnit = (guard.authorize ?? canAccessPatientsOf)(actor, unitId);
  const relationRequired = guard.careRelation !== false && !actor.patientLink;
  const memberOfUnit = rolesIn(actor, unitId).length > 0;
  const bases =
    relationRequired && patientIds.length > 0 && (inUnit || !memberOfUnit)
      ? (preloaded ?? (await accessBasesOf(tx, actor, patientIds)))
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
