import { and, asc, desc, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../../db/database.ts';
import type { Authorize, GuardedAction, GuardedWork, GuardScope } from '../../kernel/index.ts';
import { type PatientRow, withPatient } from '../patients/index.ts';
import {
  carePlanAcknowledgements,
  carePlanConsents,
  carePlanParticipants,
  carePlans,
  carePlanVersions,
} from './care-plans.tables.ts';

/**
 * The only file that touches the care_plan tables. Patient data is read and written only inside the
 * patients door's `withPatient` (region-bound, access-checked, audited as entity `care_plan` in the
 * same transaction). A plan id is first mapped to its patient id (region-bound, no patient data).
 */

export type CarePlanRow = typeof carePlans.$inferSelect;
export type ParticipantRow = typeof carePlanParticipants.$inferSelect;
export type ConsentRow = typeof carePlanConsents.$inferSelect;
export type VersionRow = typeof carePlanVersions.$inferSelect;
export type AcknowledgementRow = typeof carePlanAcknowledgements.$inferSelect;
export const ENTITY = 'care_plan';

export async function findPatientOfPlan(db: Db, regionId: string, planId: string): Promise<string | null> {
  const [row] = await db
    .select({ patientId: carePlans.patientId })
    .from(carePlans)
    .where(and(eq(carePlans.id, planId), eq(carePlans.regionId, regionId)));
  return row?.patientId ?? null;
}

export function onPatient<T>(
  scope: GuardScope,
  patientId: string,
  opts: { forUpdate: boolean; action: GuardedAction; authorize?: Authorize; careRelation?: boolean },
  work: (tx: Tx, patient: PatientRow) => Promise<GuardedWork<T>>,
) {
  return withPatient(scope, patientId, { ...opts, entity: ENTITY }, work);
}

export async function findPlan(tx: Queryable, patientId: string, planId: string, forUpdate = false) {
  const q = tx
    .select()
    .from(carePlans)
    .where(and(eq(carePlans.id, planId), eq(carePlans.patientId, patientId)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export function listPlans(tx: Queryable, patientId: string) {
  return tx
    .select()
    .from(carePlans)
    .where(eq(carePlans.patientId, patientId))
    .orderBy(desc(carePlans.createdAt));
}

export async function insertPlan(tx: Tx, v: typeof carePlans.$inferInsert): Promise<CarePlanRow> {
  const [row] = await tx.insert(carePlans).values(v).returning();
  return row!;
}

/** Writes the plan when its revision is still `expected`; null when someone wrote first. */
export async function updatePlan(
  tx: Tx,
  planId: string,
  expected: number,
  change: Partial<typeof carePlans.$inferInsert>,
): Promise<CarePlanRow | null> {
  const [row] = await tx
    .update(carePlans)
    .set({ ...change, revision: expected + 1, updatedAt: new Date() })
    .where(and(eq(carePlans.id, planId), eq(carePlans.revision, expected)))
    .returning();
  return row ?? null;
}

export function participantsOf(tx: Queryable, planId: string): Promise<ParticipantRow[]> {
  return tx
    .select()
    .from(carePlanParticipants)
    .where(eq(carePlanParticipants.planId, planId))
    .orderBy(asc(carePlanParticipants.createdAt));
}

export async function insertParticipant(tx: Tx, v: typeof carePlanParticipants.$inferInsert) {
  const [row] = await tx.insert(carePlanParticipants).values(v).returning();
  return row!;
}

export async function removeParticipant(tx: Tx, participantId: string) {
  await tx
    .update(carePlanParticipants)
    .set({ removedAt: new Date() })
    .where(eq(carePlanParticipants.id, participantId));
}

export function consentsOf(tx: Queryable, planId: string): Promise<ConsentRow[]> {
  return tx
    .select()
    .from(carePlanConsents)
    .where(eq(carePlanConsents.planId, planId))
    .orderBy(asc(carePlanConsents.recordedAt));
}

export async function insertConsent(tx: Tx, v: typeof carePlanConsents.$inferInsert) {
  const [row] = await tx.insert(carePlanConsents).values(v).returning();
  return row!;
}

export async function withdrawConsent(tx: Tx, consentId: string, reason: string, by: string) {
  const [row] = await tx
    .update(carePlanConsents)
    .set({ withdrawnAt: new Date(), withdrawnReason: reason, withdrawnByName: by })
    .where(and(eq(carePlanConsents.id, consentId), isNull(carePlanConsents.withdrawnAt)))
    .returning();
  return row ?? null;
}

export function versionsOf(tx: Queryable, planId: string): Promise<VersionRow[]> {
  return tx
    .select()
    .from(carePlanVersions)
    .where(eq(carePlanVersions.planId, planId))
    .orderBy(asc(carePlanVersions.version));
}

export async function insertVersion(tx: Tx, v: typeof carePlanVersions.$inferInsert) {
  const [row] = await tx.insert(carePlanVersions).values(v).returning();
  return row!;
}

export function acknowledgementsOf(tx: Queryable, planId: string): Promise<AcknowledgementRow[]> {
  return tx.select().from(carePlanAcknowledgements).where(eq(carePlanAcknowledgements.planId, planId));
}

export async function insertAcknowledgement(tx: Tx, v: typeof carePlanAcknowledgements.$inferInsert) {
  await tx.insert(carePlanAcknowledgements).values(v).onConflictDoNothing();
}

/**
 * The agreed plans a user takes part in (ids, the participant and consent dates only, no patient
 * data): the candidates whose sharing is then decided and read inside the guard.
 */
export async function plansOfParticipantUser(db: Db, regionId: string, userId: string) {
  const rows = await db
    .select({
      planId: carePlans.id,
      patientId: carePlans.patientId,
      participantId: carePlanParticipants.id,
      kind: carePlanParticipants.kind,
      removedAt: carePlanParticipants.removedAt,
    })
    .from(carePlanParticipants)
    .innerJoin(carePlans, eq(carePlans.id, carePlanParticipants.planId))
    .where(
      and(
        eq(carePlans.regionId, regionId),
        eq(carePlanParticipants.userId, userId),
        isNull(carePlanParticipants.removedAt),
        isNotNull(carePlans.agreedAt),
      ),
    )
    .orderBy(asc(carePlans.createdAt));
  if (rows.length === 0) return [];
  const consents = await db
    .select({
      planId: carePlanConsents.planId,
      participantId: carePlanConsents.participantId,
      recordedAt: carePlanConsents.recordedAt,
      withdrawnAt: carePlanConsents.withdrawnAt,
    })
    .from(carePlanConsents)
    .where(
      inArray(
        carePlanConsents.planId,
        rows.map((r) => r.planId),
      ),
    );
  return rows.map((r) => ({ ...r, consents: consents.filter((c) => c.planId === r.planId) }));
}

/** The region's agreed plans whose follow-up is on or before `until`, soonest first. */
export function plansWithFollowUpBy(db: Queryable, regionId: string, until: string) {
  return db
    .select()
    .from(carePlans)
    .where(
      and(
        eq(carePlans.regionId, regionId),
        isNotNull(carePlans.agreedAt),
        lte(carePlans.followUpDate, until),
      ),
    )
    .orderBy(asc(carePlans.followUpDate));
}
