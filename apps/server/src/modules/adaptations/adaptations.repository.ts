import type { AdaptationItem } from '@lotsa/contracts';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { withPatient } from '../patients/index.ts';
import { adaptationVersions } from './adaptations.tables.ts';

/**
 * The only file that touches adaptation_versions. Every function runs inside the patients module's
 * `withPatient`: the patient row is bound to the actor's region, access is checked (a refusal is
 * logged as `denied`), and the audit entry (entity `adaptations`) commits with the data.
 */

export type AdaptationVersionRow = typeof adaptationVersions.$inferSelect;
const ENTITY = 'adaptations';

export interface NewAdaptationVersion {
  items: AdaptationItem[];
  topThree: string[];
  consentBy: string;
  /** Demo data only: when and by whom, instead of now and the actor. */
  recordedAt?: Date;
  recordedByName?: string;
}

/**
 * The current (newest) version, or null, for a module that already holds the patient in its own
 * audited `withPatient` transaction (the scheduler): no audit entry of its own.
 */
export async function findCurrentAdaptations(
  tx: Queryable,
  patientId: string,
): Promise<AdaptationVersionRow | null> {
  const [row] = await tx
    .select()
    .from(adaptationVersions)
    .where(eq(adaptationVersions.patientId, patientId))
    .orderBy(desc(adaptationVersions.version))
    .limit(1);
  return row ?? null;
}

export function readCurrentAdaptations(db: Db, actor: Actor, patientId: string) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: false, action: 'read', entity: ENTITY },
    async (tx) => {
      const row = await findCurrentAdaptations(tx, patientId);
      return { value: row, detail: { version: row?.version ?? 0 } };
    },
  );
}

/**
 * Saves the next version. The patient row is locked (`SELECT … FOR UPDATE`) before the next number
 * is read, so concurrent saves of one patient queue up and get consecutive versions.
 */
export function insertAdaptationVersion(db: Db, actor: Actor, patientId: string, v: NewAdaptationVersion) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'update', entity: ENTITY },
    async (tx, patient) => {
      const [last] = await tx
        .select({ n: sql<number>`coalesce(max(${adaptationVersions.version}), 0)`.mapWith(Number) })
        .from(adaptationVersions)
        .where(eq(adaptationVersions.patientId, patientId));
      const version = (last?.n ?? 0) + 1;
      const [row] = await tx
        .insert(adaptationVersions)
        .values({
          regionId: patient.regionId,
          patientId,
          version,
          items: v.items,
          topThree: v.topThree,
          consentBy: v.consentBy,
          recordedByUserId: actor.userId,
          recordedByName: v.recordedByName ?? actor.userName,
          ...(v.recordedAt ? { recordedAt: v.recordedAt } : {}),
        })
        .returning();
      return { value: row!, entityId: row!.id, detail: { version } };
    },
  );
}

export function listAdaptationVersions(db: Db, actor: Actor, patientId: string) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: false, action: 'read', entity: ENTITY },
    async (tx) => {
      const rows = await tx
        .select()
        .from(adaptationVersions)
        .where(eq(adaptationVersions.patientId, patientId))
        .orderBy(asc(adaptationVersions.version));
      return { value: rows, detail: { versions: rows.length } };
    },
  );
}
