// What the database knows of a user's relation to patients: the derived care relationships (the
// view `care_relations`, decision 0010) and the time-limited grants (stated reasons, emergency
// access, registrations, confirmed openings of protected identities). The decisions are the pure
// rules in access-rules.ts; this file only reads and writes.
import { eq, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import {
  type AccessBasis,
  type AccessSettings,
  DEFAULT_ACCESS_SETTINGS,
  type GrantKind,
  grantExpiry,
} from './access-rules.ts';
import { appendAudit } from './audit-log.ts';
import { accessGrants, accessSettings } from './care-relations.tables.ts';

const idList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * Every basis the user has for these patients now: care relationships (derived or a stated reason)
 * and active emergency or protected-identity grants. Region-bound.
 */
export async function accessBasesOf(
  q: Queryable,
  actor: Pick<Actor, 'regionId' | 'userId'>,
  patientIds: readonly string[],
): Promise<AccessBasis[]> {
  if (patientIds.length === 0) return [];
  const rows = await queryRows<{
    patient_id: string;
    kind: AccessBasis['kind'];
    until: Date | string | null;
  }>(
    q,
    sql`
    select patient_id, kind, until from care_relations
     where region_id = ${actor.regionId} and user_id = ${actor.userId}
       and patient_id in (${idList(patientIds)}) and (until is null or until > now())
    union all
    select patient_id, kind, expires_at from access_grants
     where region_id = ${actor.regionId} and user_id = ${actor.userId}
       and patient_id in (${idList(patientIds)})
       and kind in ('emergency', 'protected_confirmed') and expires_at > now()`,
  );
  return rows.map((r) => ({
    patientId: r.patient_id,
    kind: r.kind,
    until: r.until == null ? null : new Date(r.until),
  }));
}

/**
 * The same bases as `accessBasesOf`, for one patient, as a scalar subquery (a JSON array of
 * `{kind, until}`): a loader puts it beside the row it reads, so the row and the access basis come in
 * one statement. Read it back with `basesFromJson`.
 */
export function accessBasesSubquery(actor: Pick<Actor, 'regionId' | 'userId'>, patientId: SQL): SQL {
  return sql`coalesce((select json_agg(json_build_object('kind', b.kind, 'until', b.until)) from (
    select kind, until from care_relations
     where region_id = ${actor.regionId} and user_id = ${actor.userId}
       and patient_id = ${patientId} and (until is null or until > now())
    union all
    select kind, expires_at from access_grants
     where region_id = ${actor.regionId} and user_id = ${actor.userId}
       and patient_id = ${patientId}
       and kind in ('emergency', 'protected_confirmed') and expires_at > now()) b), '[]'::json)`;
}

/** The bases `accessBasesSubquery` answered (a driver gives JSON parsed or as text). */
export function basesFromJson(patientId: string, json: unknown): AccessBasis[] {
  const list = (typeof json === 'string' ? JSON.parse(json) : (json ?? [])) as Array<{
    kind: AccessBasis['kind'];
    until: string | null;
  }>;
  return list.map((b) => ({ patientId, kind: b.kind, until: b.until == null ? null : new Date(b.until) }));
}

export async function accessSettingsOf(q: Queryable, regionId: string): Promise<AccessSettings> {
  const [row] = await q.select().from(accessSettings).where(eq(accessSettings.regionId, regionId)).limit(1);
  if (!row) return DEFAULT_ACCESS_SETTINGS;
  return {
    reasonHours: row.reasonHours,
    emergencyHours: row.emergencyHours,
    reviewSamplePerWeek: row.reviewSamplePerWeek,
    workdayStart: row.workdayStart.slice(0, 5),
    workdayEnd: row.workdayEnd.slice(0, 5),
    manyPatientsPerDay: row.manyPatientsPerDay,
    totpRoles: row.totpRoles as AccessSettings['totpRoles'],
  };
}

/** The region admin's choice of roles that must sign in with TOTP (the row is made with the defaults when absent). */
export async function setTotpRoles(q: Queryable, regionId: string, roles: readonly string[]) {
  await q
    .insert(accessSettings)
    .values({ regionId, totpRoles: [...roles] })
    .onConflictDoUpdate({
      target: accessSettings.regionId,
      set: { totpRoles: [...roles], updatedAt: sql`now()` },
    });
}

export interface GrantInput {
  patientId: string;
  kind: GrantKind;
  reasonCode?: string | null;
  reasonText?: string | null;
  /** The patient's unit, for the audit entry. */
  unitId?: string | null;
  now?: Date;
}

/**
 * Records a time-limited grant and its audit entry (entity `care_relation`, the reason in it), in
 * the caller's transaction. The caller has decided the user may have it.
 */
export async function grantAccess(q: Queryable, actor: Actor, g: GrantInput) {
  const now = g.now ?? new Date();
  const settings = await accessSettingsOf(q, actor.regionId);
  const expiresAt = grantExpiry(g.kind, settings, now);
  const [row] = await q
    .insert(accessGrants)
    .values({
      regionId: actor.regionId,
      userId: actor.userId,
      patientId: g.patientId,
      kind: g.kind,
      reasonCode: g.reasonCode ?? null,
      reasonText: g.reasonText ?? null,
      grantedAt: now,
      expiresAt,
    })
    .returning();
  // A registration is logged as the record's creation; every other grant is an entry of its own.
  if (g.kind === 'registered') return { id: row!.id, kind: g.kind, expiresAt };
  await appendAudit(
    q,
    { ...actor, reason: g.reasonText ? `${g.reasonCode}: ${g.reasonText}` : (g.reasonCode ?? actor.reason) },
    {
      action: 'create',
      entity: 'care_relation',
      entityId: row!.id,
      patientIds: [g.patientId],
      detail: {
        kind: g.kind,
        reasonCode: g.reasonCode ?? null,
        reasonText: g.reasonText ?? null,
        until: expiresAt.toISOString(),
        ...(g.kind === 'emergency' ? { flags: ['emergency'] } : {}),
        ...(g.unitId ? { patientUnitId: g.unitId } : {}),
      },
    },
  );
  return { id: row!.id, kind: g.kind, expiresAt };
}
