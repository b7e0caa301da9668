import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../../db/database.ts';
import type { GuardedAction, GuardedWork, GuardScope } from '../../kernel/index.ts';
import { type PatientRow, withPatient } from '../patients/index.ts';
import type { Answers } from './health-checks.rules.ts';
import { healthCheckSections, healthChecks, healthPlanActions } from './health-checks.tables.ts';

/**
 * The only file that touches health_checks and health_check_sections. Patient data is read and
 * written only inside the patients door's `withPatient` (region-bound, access-checked, audited as
 * entity `health_check` in the same transaction).
 */

export type HealthCheckRow = typeof healthChecks.$inferSelect;
export type SectionRow = typeof healthCheckSections.$inferSelect;
export const ENTITY = 'health_check';

/** Which patient a check belongs to (an id only, no patient data), bound to the region. */
export async function findPatientOfCheck(db: Db, regionId: string, checkId: string): Promise<string | null> {
  const [row] = await db
    .select({ patientId: healthChecks.patientId })
    .from(healthChecks)
    .where(and(eq(healthChecks.id, checkId), eq(healthChecks.regionId, regionId)));
  return row?.patientId ?? null;
}

export function onPatient<T>(
  scope: GuardScope,
  patientId: string,
  opts: { forUpdate: boolean; action: GuardedAction },
  work: (tx: Tx, patient: PatientRow) => Promise<GuardedWork<T>>,
) {
  return withPatient(scope, patientId, { ...opts, entity: ENTITY }, work);
}

export async function findCheck(tx: Queryable, patientId: string, checkId: string) {
  const [row] = await tx
    .select()
    .from(healthChecks)
    .where(and(eq(healthChecks.id, checkId), eq(healthChecks.patientId, patientId)));
  return row ?? null;
}

export function listChecks(tx: Queryable, patientId: string) {
  return tx
    .select()
    .from(healthChecks)
    .where(eq(healthChecks.patientId, patientId))
    .orderBy(desc(healthChecks.createdAt), desc(healthChecks.version));
}

export function findDraft(tx: Queryable, patientId: string) {
  return tx
    .select()
    .from(healthChecks)
    .where(and(eq(healthChecks.patientId, patientId), eq(healthChecks.status, 'draft')))
    .then((r) => r[0] ?? null);
}

/** The newest signed check of another series: last year's, whose not-done items carry forward. */
export async function findPreviousSigned(tx: Queryable, patientId: string, seriesId: string) {
  const [row] = await tx
    .select()
    .from(healthChecks)
    .where(
      and(
        eq(healthChecks.patientId, patientId),
        eq(healthChecks.status, 'signed'),
        ne(healthChecks.seriesId, seriesId),
      ),
    )
    .orderBy(desc(healthChecks.signedAt))
    .limit(1);
  return row ?? null;
}

export function sectionsOf(tx: Queryable, checkId: string): Promise<SectionRow[]> {
  return tx.select().from(healthCheckSections).where(eq(healthCheckSections.checkId, checkId));
}

export interface NewCheck {
  regionId: string;
  patientId: string;
  bookingId: string | null;
  templateUrl: string;
  templateVersion: number;
  sectionIds: string[];
  createdByUserId: string | null;
  createdByName: string;
  /** Amendments: the series and the next version number, and why. */
  seriesId?: string;
  version?: number;
  amendReason?: string;
  nextCheckDate?: string | null;
  /** Demo data only. */
  createdAt?: Date;
}

export async function insertCheck(tx: Tx, v: NewCheck): Promise<HealthCheckRow> {
  const id = crypto.randomUUID();
  const [row] = await tx
    .insert(healthChecks)
    .values({ ...v, id, seriesId: v.seriesId ?? id, version: v.version ?? 1 })
    .returning();
  return row!;
}

/**
 * Writes a section when its stored version is still `expected` (0: never saved). Returns the new
 * row, or null when someone saved it in between (the caller answers 409).
 */
export async function writeSection(
  tx: Tx,
  v: {
    regionId: string;
    checkId: string;
    linkId: string;
    expected: number;
    answers: Answers;
    userId: string | null;
    userName: string;
    at?: Date;
  },
): Promise<SectionRow | null> {
  const at = v.at ?? new Date();
  if (v.expected === 0) {
    const [row] = await tx
      .insert(healthCheckSections)
      .values({
        regionId: v.regionId,
        checkId: v.checkId,
        linkId: v.linkId,
        version: 1,
        answers: v.answers,
        updatedByUserId: v.userId,
        updatedByName: v.userName,
        updatedAt: at,
      })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await tx
    .update(healthCheckSections)
    .set({
      version: v.expected + 1,
      answers: v.answers,
      updatedByUserId: v.userId,
      updatedByName: v.userName,
      updatedAt: at,
    })
    .where(
      and(
        eq(healthCheckSections.checkId, v.checkId),
        eq(healthCheckSections.linkId, v.linkId),
        eq(healthCheckSections.version, v.expected),
      ),
    )
    .returning();
  return row ?? null;
}

export async function copySections(tx: Tx, fromCheckId: string, toCheckId: string) {
  const rows = await sectionsOf(tx, fromCheckId);
  if (rows.length === 0) return;
  await tx
    .insert(healthCheckSections)
    .values(rows.map(({ id: _, checkId: __, ...r }) => ({ ...r, checkId: toCheckId })));
}

export async function markSigned(
  tx: Tx,
  checkId: string,
  by: { userId: string | null; name: string },
  at = new Date(),
) {
  const [row] = await tx
    .update(healthChecks)
    .set({ status: 'signed', signedByUserId: by.userId, signedByName: by.name, signedAt: at })
    .where(and(eq(healthChecks.id, checkId), eq(healthChecks.status, 'draft')))
    .returning();
  return row ?? null;
}

export async function markAmended(tx: Tx, checkId: string) {
  await tx.update(healthChecks).set({ status: 'amended' }).where(eq(healthChecks.id, checkId));
}

// The health plan.

export type PlanActionRow = typeof healthPlanActions.$inferSelect;

export function actionsOf(tx: Queryable, seriesId: string): Promise<PlanActionRow[]> {
  return tx
    .select()
    .from(healthPlanActions)
    .where(eq(healthPlanActions.seriesId, seriesId))
    .orderBy(asc(healthPlanActions.dueDate), asc(healthPlanActions.createdAt));
}

export async function setNextCheckDate(tx: Tx, checkId: string, date: string) {
  await tx.update(healthChecks).set({ nextCheckDate: date }).where(eq(healthChecks.id, checkId));
}

export type NewPlanAction = Omit<typeof healthPlanActions.$inferInsert, 'id' | 'version'>;

export async function insertAction(tx: Tx, v: NewPlanAction): Promise<PlanActionRow> {
  const [row] = await tx.insert(healthPlanActions).values(v).returning();
  return row!;
}

/** Changes an action still at `expected`; null when it is not there or someone changed it first. */
export async function updateAction(
  tx: Tx,
  seriesId: string,
  actionId: string,
  expected: number,
  change: Partial<NewPlanAction>,
): Promise<PlanActionRow | null> {
  const [row] = await tx
    .update(healthPlanActions)
    .set({ ...change, version: expected + 1, updatedAt: new Date() })
    .where(
      and(
        eq(healthPlanActions.id, actionId),
        eq(healthPlanActions.seriesId, seriesId),
        eq(healthPlanActions.version, expected),
      ),
    )
    .returning();
  return row ?? null;
}

export async function findAction(tx: Queryable, seriesId: string, actionId: string) {
  const [row] = await tx
    .select()
    .from(healthPlanActions)
    .where(and(eq(healthPlanActions.id, actionId), eq(healthPlanActions.seriesId, seriesId)));
  return row ?? null;
}

export async function linkContactRequest(tx: Tx, actionId: string, requestId: string) {
  await tx
    .update(healthPlanActions)
    .set({ contactRequestId: requestId })
    .where(eq(healthPlanActions.id, actionId));
}

/** Every health-plan action of a patient (all series), for the SIP to bring in as linked interventions. */
export function actionsOfPatient(tx: Queryable, patientId: string): Promise<PlanActionRow[]> {
  return tx
    .select()
    .from(healthPlanActions)
    .where(eq(healthPlanActions.patientId, patientId))
    .orderBy(asc(healthPlanActions.dueDate), asc(healthPlanActions.createdAt));
}
