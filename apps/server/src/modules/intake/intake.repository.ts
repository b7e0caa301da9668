import type { INTAKE_EVENT_KINDS, IntakeStage } from '@lotsa/contracts';
import { and, asc, desc, eq, inArray, ne, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../../db/database.ts';
import {
  type AuditActor,
  type Authorize,
  appendAudit,
  type GuardedAction,
  type GuardedWork,
  guardedRow,
  type RowGuard,
} from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { findUnits } from '../organisation/index.ts';
import { countPatientsOfUnit, withPatient } from '../patients/index.ts';
import { type Capacity, sortWaitingList } from './intake.places.ts';
import { intakeConsents, intakeEvents, intakeRegistrations } from './intake.tables.ts';

/**
 * With intake.steps.repository.ts (the steps) and intake.public.repository.ts (the public form), the
 * only code that touches the intake tables. Registrations are patient data: every read and write appends its
 * audit entry (entity `intake_registration`) in the same transaction, a refused access is logged as
 * `denied`, and every query is bound to the actor's region. Every step locks the unit's row first and
 * then the registration's, so steps that take or free places run one at a time per unit.
 */

export type RegistrationRow = typeof intakeRegistrations.$inferSelect;
export type RegistrationValues = typeof intakeRegistrations.$inferInsert;
export type ConsentRow = typeof intakeConsents.$inferSelect;
export type EventRow = typeof intakeEvents.$inferSelect;
export type EventKind = (typeof INTAKE_EVENT_KINDS)[number];
export const ENTITY = 'intake_registration';
/** At most this many registrations on the board. */
export const BOARD_LIMIT = 500;

/** Who a step is recorded as (the demo data names staff and past times; live steps the actor and now). */
export interface StepBy {
  userId: string | null;
  name: string;
}

/** A unit's places and catchment, as a step or an answer sees them. */
export interface UnitContext {
  unitId: string;
  name: string;
  municipalityCodes: string[];
  capacity: Capacity;
  /** Waiting registrations in list order. */
  waiting: Array<{ id: string; waitingSince: Date | null; receivedAt: Date }>;
}

/** A registration with everything its answer needs. */
export interface RegistrationView {
  row: RegistrationRow;
  /** Newest first. */
  consents: ConsentRow[];
  /** Oldest first. */
  events: EventRow[];
  unit: UnitContext;
  /** The registrations linked as possible duplicates: the earlier one it is marked against, later ones marked against it. */
  links: DuplicateLink[];
}

export interface DuplicateLink {
  id: string;
  reference: string;
  possibleDuplicateOf: string | null;
  duplicateResolution: string | null;
}

export const patientIdsOf = (row: { patientId: string | null }) => (row.patientId ? [row.patientId] : []);

/** Patients whose enrolment has ended: an exited registration and no enrolled one. */
export async function endedPatientIds(q: Queryable, regionId: string): Promise<string[]> {
  const rows = await q
    .selectDistinct({ id: intakeRegistrations.patientId })
    .from(intakeRegistrations)
    .where(
      and(
        eq(intakeRegistrations.regionId, regionId),
        eq(intakeRegistrations.stage, 'exited'),
        sql`not exists (select 1 from ${intakeRegistrations} e where e.patient_id = ${intakeRegistrations.patientId} and e.stage = 'enrolled')`,
      ),
    );
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}

/**
 * The unit's places: listed patients (the unit's patient records, less those whose enrolment has
 * ended), offered places, and the waiting list in order.
 */
export async function unitContext(
  q: Queryable,
  regionId: string,
  unit: { id: string; name: string; cap: number; municipalityCodes: string[] },
): Promise<UnitContext> {
  const enrolled = await countPatientsOfUnit(q, regionId, unit.id, await endedPatientIds(q, regionId));
  const held = await q
    .select({
      id: intakeRegistrations.id,
      stage: intakeRegistrations.stage,
      waitingSince: intakeRegistrations.waitingSince,
      receivedAt: intakeRegistrations.receivedAt,
    })
    .from(intakeRegistrations)
    .where(
      and(
        eq(intakeRegistrations.regionId, regionId),
        eq(intakeRegistrations.unitId, unit.id),
        inArray(intakeRegistrations.stage, ['offered', 'waiting_list']),
      ),
    );
  const waiting = sortWaitingList(held.filter((r) => r.stage === 'waiting_list'));
  return {
    unitId: unit.id,
    name: unit.name,
    municipalityCodes: unit.municipalityCodes,
    capacity: {
      cap: unit.cap,
      enrolled,
      offered: held.filter((r) => r.stage === 'offered').length,
      waiting: waiting.length,
    },
    waiting,
  };
}

async function unitContextById(q: Queryable, regionId: string, unitId: string): Promise<UnitContext> {
  const [unit] = await findUnits(q, regionId, [unitId]);
  return unitContext(q, regionId, {
    id: unitId,
    name: unit?.name ?? '',
    cap: unit?.cap ?? 0,
    municipalityCodes: unit?.municipalityCodes ?? [],
  });
}

export async function viewOf(tx: Tx, row: RegistrationRow, unit?: UnitContext): Promise<RegistrationView> {
  const consents = await tx
    .select()
    .from(intakeConsents)
    .where(eq(intakeConsents.registrationId, row.id))
    .orderBy(desc(intakeConsents.recordedAt), desc(intakeConsents.id));
  const events = await tx
    .select()
    .from(intakeEvents)
    .where(eq(intakeEvents.registrationId, row.id))
    .orderBy(asc(intakeEvents.at), asc(intakeEvents.id));
  const links = await tx
    .select({
      id: intakeRegistrations.id,
      reference: intakeRegistrations.reference,
      possibleDuplicateOf: intakeRegistrations.possibleDuplicateOf,
      duplicateResolution: intakeRegistrations.duplicateResolution,
    })
    .from(intakeRegistrations)
    .where(
      and(
        eq(intakeRegistrations.regionId, row.regionId),
        row.possibleDuplicateOf
          ? or(
              eq(intakeRegistrations.id, row.possibleDuplicateOf),
              eq(intakeRegistrations.possibleDuplicateOf, row.id),
            )
          : eq(intakeRegistrations.possibleDuplicateOf, row.id),
      ),
    )
    .orderBy(asc(intakeRegistrations.receivedAt), asc(intakeRegistrations.id));
  return {
    row,
    consents,
    events,
    links,
    unit: unit ?? (await unitContextById(tx, row.regionId, row.unitId)),
  };
}

export async function findRow(tx: Tx, regionId: string, id: string, lock: boolean) {
  const q = tx
    .select()
    .from(intakeRegistrations)
    .where(and(eq(intakeRegistrations.id, id), eq(intakeRegistrations.regionId, regionId)))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertEvent(
  tx: Tx,
  row: { id: string; regionId: string },
  e: { kind: EventKind; from: string | null; to: string; by: StepBy | null; at: Date; note: string | null },
) {
  await tx.insert(intakeEvents).values({
    regionId: row.regionId,
    registrationId: row.id,
    at: e.at,
    kind: e.kind,
    fromStage: e.from,
    toStage: e.to,
    byUserId: e.by?.userId ?? null,
    byName: e.by?.name ?? null,
    note: e.note,
  });
}

// --- Reading -------------------------------------------------------------------------------------

/** One registration, its audit entry (`read`) committed with it; a refusal is logged as `denied`. */
export function readRegistration(db: Db, actor: Actor, id: string, authorize: Authorize) {
  return guardedRow(
    { db, actor },
    { ...registrationGuard(id, 'read', false), authorize },
    async (tx, row): Promise<GuardedWork<RegistrationView>> => ({ value: await viewOf(tx, row) }),
  );
}

/** The kernel's guard over one registration: region-bound, audited as `intake_registration`. */
export function registrationGuard(
  id: string,
  action: GuardedAction,
  lock: boolean,
): RowGuard<RegistrationRow> {
  return {
    entity: ENTITY,
    action,
    load: (tx, regionId) => findRow(tx, regionId, id, lock),
    unitOf: (row) => row.unitId,
    patientIdsOf,
    entityIdOf: () => id,
    // The intake board is the navigators' work list: its roles decide, not a care relationship
    // (handling the intake gives one, decision 0010).
    careRelation: false,
  };
}

export interface BoardFilter {
  unitId: string;
  stage?: IntakeStage;
  municipalityCode?: string;
  state: 'open' | 'all';
}

/** The unit's registrations for the board, and its places; one audit entry (`list`) naming them all. */
export function listBoard(db: Db, actor: Actor, f: BoardFilter) {
  const where: SQL[] = [
    eq(intakeRegistrations.regionId, actor.regionId),
    eq(intakeRegistrations.unitId, f.unitId),
  ];
  if (f.stage) where.push(eq(intakeRegistrations.stage, f.stage));
  if (f.municipalityCode) where.push(eq(intakeRegistrations.municipalityCode, f.municipalityCode));
  if (f.state === 'open') where.push(notInArray(intakeRegistrations.stage, ['exited', 'closed']));
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(intakeRegistrations)
      .where(and(...where))
      .orderBy(asc(intakeRegistrations.receivedAt), asc(intakeRegistrations.id))
      .limit(BOARD_LIMIT);
    const unit = await unitContextById(tx, actor.regionId, f.unitId);
    if (rows.length > 0)
      await appendAudit(tx, actor, {
        action: 'list',
        entity: ENTITY,
        patientIds: [...new Set(rows.flatMap(patientIdsOf))],
        detail: { board: true, state: f.state, count: rows.length, registrationIds: rows.map((r) => r.id) },
      });
    return { rows, unit };
  });
}

/** An enrolled patient's registrations with their timelines, inside the patients module's guard. */
export function readPatientIntake(db: Db, actor: Actor, patientId: string, authorize: Authorize) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: false, action: 'read', entity: ENTITY, authorize },
    async (tx, patient) => {
      const rows = await tx
        .select()
        .from(intakeRegistrations)
        .where(
          and(
            eq(intakeRegistrations.regionId, patient.regionId),
            eq(intakeRegistrations.patientId, patient.id),
          ),
        )
        .orderBy(desc(intakeRegistrations.receivedAt));
      const units = new Map<string, UnitContext>();
      const views: RegistrationView[] = [];
      for (const row of rows) {
        let unit = units.get(row.unitId);
        if (!unit) {
          unit = await unitContextById(tx, row.regionId, row.unitId);
          units.set(row.unitId, unit);
        }
        views.push(await viewOf(tx, row, unit));
      }
      return { value: views, detail: { registrationIds: rows.map((r) => r.id) } };
    },
  );
}

/**
 * An open registration with this identity number in the region (for refusing a duplicate), or null.
 * Only its reference leaves this function.
 */
export async function findOpenRegistrationByIdentity(
  db: Queryable,
  regionId: string,
  identityNumber: string,
  /** A registration not to count (its own number when it is corrected). */
  exceptId?: string,
) {
  const [row] = await db
    .select({ reference: intakeRegistrations.reference })
    .from(intakeRegistrations)
    .where(
      and(
        eq(intakeRegistrations.regionId, regionId),
        eq(intakeRegistrations.identityNumber, identityNumber),
        notInArray(intakeRegistrations.stage, ['exited', 'closed']),
        exceptId ? ne(intakeRegistrations.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

// --- Creating ------------------------------------------------------------------------------------

export type NewRegistration = Omit<
  RegistrationValues,
  'id' | 'regionId' | 'stage' | 'stageSince' | 'receivedAt' | 'createdByUserId'
>;

/**
 * Inserts a registration (stage received) with its first event and audit entry (`create`), in the
 * caller's transaction. `by` null: the public form (the event and the audit entry name no user).
 */
export async function insertRegistrationIn(
  tx: Tx,
  auditActor: AuditActor,
  values: NewRegistration & { regionId: string },
  by: StepBy | null,
  at: Date,
  /** The first event's note (a public registration marked as a possible duplicate says so). */
  note: string | null = null,
): Promise<RegistrationRow> {
  const [row] = await tx
    .insert(intakeRegistrations)
    .values({
      ...values,
      stage: 'received',
      stageSince: at,
      receivedAt: at,
      createdByUserId: by?.userId ?? null,
    })
    .returning();
  await insertEvent(tx, row!, { kind: 'registered', from: null, to: 'received', by, at, note });
  await appendAudit(tx, auditActor, {
    action: 'create',
    entity: ENTITY,
    entityId: row!.id,
    patientIds: [],
    detail: {
      channel: values.channel,
      source: values.source,
      ...(values.possibleDuplicateOf ? { possibleDuplicateOf: values.possibleDuplicateOf } : {}),
    },
  });
  return row!;
}

/** A staff registration (the service has checked the actor may register at the unit). */
export function insertRegistration(db: Db, actor: Actor, values: NewRegistration, by: StepBy, at: Date) {
  return db.transaction(async (tx) => {
    const row = await insertRegistrationIn(tx, actor, { ...values, regionId: actor.regionId }, by, at);
    return viewOf(tx, row);
  });
}

/** Logs a refused attempt that concerns no particular registration (the board, registering). */
export async function auditDenied(db: Db, actor: Actor, detail: Record<string, unknown>) {
  await appendAudit(db, actor, { action: 'denied', entity: ENTITY, patientIds: [], detail });
}
