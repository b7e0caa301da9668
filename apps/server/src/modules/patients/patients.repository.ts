import { and, asc, eq, inArray, like, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../../db/database.ts';
import {
  type Authorize,
  accessBasesOf,
  accessBasesSubquery,
  appendAudit,
  basesFromJson,
  canTakeLogExtract,
  careRelationReadAudit,
  type Guarded,
  type GuardedAction,
  type GuardedWork,
  type GuardScope,
  grantAccess,
  guardedRead,
  guardedRow,
} from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import { keepHiddenAddress, type PatientQuery } from './patients.rules.ts';
import { patients, representatives } from './patients.tables.ts';

/**
 * The only file that touches the patient tables. Every function that reads or writes patient data
 * appends its audit entry in the same transaction, so no caller can forget and nothing is answered
 * before its entry is committed. Every query is bound to the actor's region: tenants cannot cross.
 */

export type PatientRow = typeof patients.$inferSelect;
export type RepresentativeRow = typeof representatives.$inferSelect;
export type NewPatient = Omit<typeof patients.$inferInsert, 'id' | 'regionId' | 'createdAt' | 'updatedAt'>;
export type PatientChange = Partial<Omit<NewPatient, 'unitId'>>;
export type NewRepresentative = Omit<
  typeof representatives.$inferInsert,
  'id' | 'regionId' | 'patientId' | 'createdAt'
>;
export type { Guarded, GuardedAction } from '../../kernel/index.ts';

// Thrown inside the transaction, so it rolls back with nothing written.
const representativeNotFound = () => notFound('representative');

async function lockedPatient(tx: Tx, regionId: string, id: string, forUpdate: boolean) {
  const q = tx
    .select()
    .from(patients)
    .where(and(eq(patients.id, id), eq(patients.regionId, regionId)))
    .limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

async function representativesOf(tx: Tx, patientId: string) {
  return tx
    .select()
    .from(representatives)
    .where(eq(representatives.patientId, patientId))
    .orderBy(asc(representatives.createdAt));
}

export interface PatientGuard {
  /** Lock the patient's row (`FOR UPDATE`) for the transaction. */
  forUpdate: boolean;
  action: GuardedAction;
  /** The audit entry's entity. */
  entity: string;
  /** Default: the kernel's patient-access rule. */
  authorize?: Authorize;
  /** Default true: the user needs a care relationship (or reason, or emergency access). */
  careRelation?: boolean;
}

/**
 * Runs `work` on a patient the actor may use, in one transaction with its audit entry: the kernel's
 * `guardedRow` over the patient's row. A refusal is itself logged (action `denied`) and committed.
 * Other modules that own patient data (adaptations, care team, contact requests, intake, health
 * checks …) run their queries inside it (`withPatient` in the door), so the patient row is
 * region-bound, access-checked, optionally locked, and the access logged, in one place.
 */
export function withPatient<T>(
  scope: GuardScope,
  patientId: string,
  opts: PatientGuard,
  work: (tx: Tx, row: PatientRow) => Promise<GuardedWork<T>>,
): Promise<Guarded<T>> {
  return guardedRow(
    scope,
    {
      entity: opts.entity,
      action: opts.action,
      authorize: opts.authorize,
      careRelation: opts.careRelation,
      protectedIdentityOf: (row) => row.protectedIdentity,
      load: (tx, regionId) => lockedPatient(tx, regionId, patientId, opts.forUpdate),
      unitOf: (row) => row.unitId,
      patientIdsOf: (row) => [row.id],
    },
    work,
  );
}

export interface PatientWithReps {
  row: PatientRow;
  reps: RepresentativeRow[];
}

/** The representatives as one JSON column beside the patient (camelCase keys, as Drizzle names them). */
const representativesJson = (patientId: SQL) => sql<unknown>`coalesce((
  select json_agg(json_build_object(
    'id', r.id, 'regionId', r.region_id, 'patientId', r.patient_id, 'kind', r.kind, 'name', r.name,
    'phone', r.phone, 'email', r.email, 'streetAddress', r.street_address, 'postalCode', r.postal_code,
    'city', r.city, 'receivesLetters', r.receives_letters, 'receivesHealthInfo', r.receives_health_info,
    'mayBook', r.may_book, 'note', r.note, 'createdAt', r.created_at) order by r.created_at)
  from representatives r where r.patient_id = ${patientId}), '[]'::json)`;

function representativesFromJson(json: unknown): RepresentativeRow[] {
  const list = (typeof json === 'string' ? JSON.parse(json) : (json ?? [])) as Array<
    Omit<RepresentativeRow, 'createdAt'> & { createdAt: string }
  >;
  return list.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

/**
 * The patient page's read (#18): one statement reads the patient, the representatives and the actor's
 * access bases, and writes the read's audit entry when the rules allow it plainly (the kernel's
 * `guardedRead`); otherwise one more statement logs the access or the refusal.
 */
export async function readPatient(db: Db, actor: Actor, id: string): Promise<Guarded<PatientWithReps>> {
  const audited = db.$with('audited', { seq: sql<number>`seq` }).as(
    careRelationReadAudit(actor, 'patient', {
      patientId: sql`${patients.id}`,
      unitId: sql`${patients.unitId}`,
      protectedIdentity: sql`${patients.protectedIdentity}`,
      from: sql`from ${patients} where ${patients.id} = ${id} and ${patients.regionId} = ${actor.regionId}`,
    }),
  );
  const result = await guardedRead<PatientRow & { reps: RepresentativeRow[] }>(
    { db, actor },
    {
      entity: 'patient',
      protectedIdentityOf: (row) => row.protectedIdentity,
      unitOf: (row) => row.unitId,
      patientIdsOf: (row) => [row.id],
      load: async (q, regionId) => {
        const [found] = await q
          .with(audited)
          .select({
            audited: sql<boolean>`exists (select 1 from ${audited})`,
            row: patients,
            reps: representativesJson(sql`${patients.id}`),
            bases: accessBasesSubquery(actor, sql`${patients.id}`),
          })
          .from(patients)
          .where(and(eq(patients.id, id), eq(patients.regionId, regionId)))
          .limit(1);
        if (!found) return null;
        return {
          row: { ...found.row, reps: representativesFromJson(found.reps) },
          bases: basesFromJson(found.row.id, found.bases),
          audited: Boolean(found.audited),
        };
      },
    },
  );
  if (result.status !== 'ok') return result;
  const { reps, ...row } = result.value;
  return { status: 'ok', value: { row, reps } };
}

export function searchPatients(
  db: Db,
  actor: Actor,
  unitId: string,
  q: PatientQuery,
  limit: number,
): Promise<Array<PatientRow & { careRelation: boolean }>> {
  const where: SQL[] = [eq(patients.regionId, actor.regionId), eq(patients.unitId, unitId)];
  if (q.kind === 'identity') {
    where.push(
      q.century
        ? like(patients.identityNumber, `${q.digits}%`)
        : like(sql`substring(${patients.identityNumber} from 3)`, `${q.digits}%`),
    );
  } else {
    for (const w of q.words) {
      where.push(
        or(
          like(sql`lower(${patients.familyName})`, `${w}%`),
          like(sql`lower(${patients.givenName})`, `${w}%`),
        )!,
      );
    }
  }
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(patients)
      .where(and(...where))
      .orderBy(asc(patients.familyName), asc(patients.givenName))
      .limit(limit);
    if (rows.length > 0) {
      await appendAudit(tx, actor, {
        action: 'list',
        entity: 'patient',
        patientIds: rows.map((r) => r.id),
        detail: { query: q.kind },
      });
    }
    const related = new Set(
      (
        await accessBasesOf(
          tx,
          actor,
          rows.map((r) => r.id),
        )
      )
        .filter((b) => b.kind !== 'emergency' && b.kind !== 'protected_confirmed')
        .map((b) => b.patientId),
    );
    return rows.map((r) => ({ ...r, careRelation: related.has(r.id) }));
  });
}

export async function findPatientIdByIdentity(
  db: Db,
  regionId: string,
  identityNumber: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.regionId, regionId), eq(patients.identityNumber, identityNumber)))
    .limit(1);
  return row?.id ?? null;
}

export function insertPatient(db: Db, actor: Actor, values: NewPatient): Promise<PatientRow> {
  return db.transaction((tx) => createPatientRecord(tx, actor, values));
}

/**
 * Creates a patient inside the caller's transaction, with its audit entry: for modules whose step
 * creates the record together with their own rows (intake's enrolment).
 */
export async function createPatientRecord(
  tx: Tx,
  actor: Actor,
  values: NewPatient,
  detail?: Record<string, unknown>,
): Promise<PatientRow> {
  const [row] = await tx
    .insert(patients)
    .values({ ...values, regionId: actor.regionId })
    .returning();
  // Whoever registers the record has a care relationship with the patient for a while (decision 0010).
  await grantAccess(tx, actor, { patientId: row!.id, kind: 'registered' });
  await appendAudit(tx, actor, {
    action: 'create',
    entity: 'patient',
    entityId: row!.id,
    patientIds: [row!.id],
    detail,
  });
  return row!;
}

/**
 * The patient with this identity number in the region, if any: id and unit only. Unaudited by
 * itself: call it only inside a transaction that appends an audit entry naming the patient it finds.
 */
export async function findPatientByIdentity(
  q: Queryable,
  regionId: string,
  identityNumber: string,
): Promise<{ id: string; unitId: string } | null> {
  const [row] = await q
    .select({ id: patients.id, unitId: patients.unitId })
    .from(patients)
    .where(and(eq(patients.regionId, regionId), eq(patients.identityNumber, identityNumber)))
    .limit(1);
  return row ?? null;
}

/** How many patients a unit has, leaving out the given ids: a number for counting places. */
export async function countPatientsOfUnit(
  q: Queryable,
  regionId: string,
  unitId: string,
  excluding: readonly string[] = [],
): Promise<number> {
  const where = [eq(patients.regionId, regionId), eq(patients.unitId, unitId)];
  if (excluding.length > 0) where.push(notInArray(patients.id, [...excluding]));
  const [row] = await q
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(patients)
    .where(and(...where));
  return row?.n ?? 0;
}

/**
 * Moves a patient's listing to another unit of the region (a re-enrolment elsewhere). Call it only
 * inside a transaction that audits the step.
 */
export async function movePatientToUnit(tx: Tx, patientId: string, unitId: string) {
  await tx.update(patients).set({ unitId, updatedAt: new Date() }).where(eq(patients.id, patientId));
}

export function updatePatient(db: Db, actor: Actor, id: string, change: PatientChange) {
  return withPatient(
    { db, actor },
    id,
    { forUpdate: true, action: 'update', entity: 'patient' },
    async (tx, before) => {
      const changed = Object.keys(change).filter(
        (k) => (change as Record<string, unknown>)[k] !== (before as Record<string, unknown>)[k],
      );
      const [row] = await tx
        .update(patients)
        .set({ ...change, updatedAt: new Date() })
        .where(eq(patients.id, id))
        .returning();
      return { value: { row: row!, reps: await representativesOf(tx, id) }, detail: { fields: changed } };
    },
  );
}

export function insertRepresentative(db: Db, actor: Actor, patientId: string, values: NewRepresentative) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'create', entity: 'representative' },
    async (tx, patient) => {
      const [rep] = await tx
        .insert(representatives)
        .values({ ...values, patientId, regionId: actor.regionId })
        .returning();
      return { value: { rep: rep!, patient }, entityId: rep!.id };
    },
  );
}

export function updateRepresentative(
  db: Db,
  actor: Actor,
  patientId: string,
  representativeId: string,
  values: NewRepresentative,
) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'update', entity: 'representative' },
    async (tx, patient) => {
      const [rep] = await tx
        .update(representatives)
        .set(keepHiddenAddress(values, patient.protectedIdentity))
        .where(and(eq(representatives.id, representativeId), eq(representatives.patientId, patientId)))
        .returning();
      if (!rep) throw representativeNotFound();
      return { value: { rep, patient }, entityId: representativeId };
    },
  );
}

export function deleteRepresentative(db: Db, actor: Actor, patientId: string, representativeId: string) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'delete', entity: 'representative' },
    async (tx) => {
      const deleted = await tx
        .delete(representatives)
        .where(and(eq(representatives.id, representativeId), eq(representatives.patientId, patientId)))
        .returning({ kind: representatives.kind });
      if (!deleted[0]) throw representativeNotFound();
      return { value: true, entityId: representativeId, detail: { kind: deleted[0].kind } };
    },
  );
}

/**
 * The patient's unit and protected-identity flag, for the access use cases (care relationship,
 * stated reason, emergency access). Unaudited: it shows nothing of the patient; callers check scope.
 */
export async function findPatientAccessRow(
  q: Queryable,
  regionId: string,
  by: { id: string } | { identityNumber: string },
): Promise<{ id: string; unitId: string; protectedIdentity: boolean } | null> {
  const match = 'id' in by ? eq(patients.id, by.id) : eq(patients.identityNumber, by.identityNumber);
  const [row] = await q
    .select({ id: patients.id, unitId: patients.unitId, protectedIdentity: patients.protectedIdentity })
    .from(patients)
    .where(and(eq(patients.regionId, regionId), match))
    .limit(1);
  return row ?? null;
}

/** For the log extract: the patient's name and number, itself logged as an export. */
export function readPatientForExtract(db: Db, actor: Actor, id: string) {
  return withPatient(
    { db, actor },
    id,
    {
      forUpdate: false,
      action: 'export',
      entity: 'audit_extract',
      authorize: canTakeLogExtract,
      // The unit manager's oversight, not care: no care relationship needed.
      careRelation: false,
    },
    async (_tx, row) => ({
      value: row,
    }),
  );
}

/** Patients registered per unit of a region: a number, not patient data. */
export async function countPatientsByUnit(db: Db, regionId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ unitId: patients.unitId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(patients)
    .where(eq(patients.regionId, regionId))
    .groupBy(patients.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

/**
 * Sets the needs group (owned by the care-team module, stored on the patient). Call it only inside
 * `withPatient`, which checks access and writes the audit entry in the same transaction.
 */
export async function setNeedsGroup(tx: Tx, patientId: string, needsGroup: string | null) {
  await tx.update(patients).set({ needsGroup, updatedAt: new Date() }).where(eq(patients.id, patientId));
}

/**
 * Names of patients for lists other modules answer (the contact-request queue). Unaudited by
 * itself: call it only inside a transaction that appends the list's audit entry with these ids.
 */
/** The unit a patient belongs to (an id only), bound to the region: where a partner's read is logged. */
export async function findPatientUnit(db: Queryable, regionId: string, patientId: string) {
  const [row] = await db
    .select({ unitId: patients.unitId })
    .from(patients)
    .where(and(eq(patients.regionId, regionId), eq(patients.id, patientId)));
  return row?.unitId ?? null;
}

/** The units and names of these patients (region-bound), for work lists that log what they show. */
export async function findPatientUnits(db: Queryable, regionId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { unitId: string; name: string }>();
  const rows = await db
    .select({
      id: patients.id,
      unitId: patients.unitId,
      givenName: patients.givenName,
      familyName: patients.familyName,
    })
    .from(patients)
    .where(and(eq(patients.regionId, regionId), inArray(patients.id, ids)));
  return new Map(rows.map((r) => [r.id, { unitId: r.unitId, name: `${r.givenName} ${r.familyName}` }]));
}

export async function findPatientNames(
  tx: Tx,
  regionId: string,
  ids: string[],
): Promise<Map<string, { givenName: string; familyName: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: patients.id, givenName: patients.givenName, familyName: patients.familyName })
    .from(patients)
    .where(and(eq(patients.regionId, regionId), inArray(patients.id, ids)));
  return new Map(rows.map((r) => [r.id, { givenName: r.givenName, familyName: r.familyName }]));
}
