import type { CareTeamRole, NetworkContact, Staff } from '@lotsa/contracts';
import { and, asc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import { findStaff, findUnits } from '../organisation/index.ts';
import { type PatientRow, setNeedsGroup, withPatient } from '../patients/index.ts';
import { careTeamAssignments, networkContacts, staffAbsences } from './care-team.tables.ts';

/**
 * The only file that touches the care-team tables. Patient data (fixed contacts, needs group, the
 * network) is read and written inside the patients module's `withPatient`, so the patient is bound to
 * the actor's region, access is checked (refusals logged as `denied`) and the audit entry (entity
 * `care_team` or `network_contact`) commits with the data.
 */

export type AssignmentRow = typeof careTeamAssignments.$inferSelect;
export type NetworkContactRow = typeof networkContacts.$inferSelect;
export type NetworkContactValues = Omit<
  typeof networkContacts.$inferInsert,
  'id' | 'regionId' | 'patientId' | 'createdAt'
>;

async function staffMap(tx: Queryable, regionId: string): Promise<Map<string, Staff>> {
  return new Map((await findStaff(tx, regionId)).map((s) => [s.id, s]));
}

async function assignmentsOf(tx: Tx, patientId: string) {
  return tx
    .select()
    .from(careTeamAssignments)
    .where(eq(careTeamAssignments.patientId, patientId))
    .orderBy(asc(careTeamAssignments.validFrom));
}

async function careTeamOf(tx: Tx, patient: PatientRow, needsGroup = patient.needsGroup) {
  return {
    needsGroup,
    rows: await assignmentsOf(tx, patient.id),
    staffById: await staffMap(tx, patient.regionId),
  };
}

/**
 * The patient's current (open) assignments, oldest first, for a module that already holds the patient
 * in its own audited `withPatient` transaction (the scheduler): no audit entry of its own.
 */
export async function findCurrentAssignments(tx: Queryable, regionId: string, patientId: string) {
  return tx
    .select()
    .from(careTeamAssignments)
    .where(
      and(
        eq(careTeamAssignments.regionId, regionId),
        eq(careTeamAssignments.patientId, patientId),
        isNull(careTeamAssignments.validTo),
      ),
    )
    .orderBy(asc(careTeamAssignments.validFrom));
}

export function readCareTeam(db: Db, actor: Actor, patientId: string) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: false, action: 'read', entity: 'care_team' },
    async (tx, patient) => ({ value: await careTeamOf(tx, patient) }),
  );
}

export interface NewAssignment {
  role: CareTeamRole;
  staffId: string;
  standInStaffId: string | null;
  assignedByName: string;
  /** Demo data only: when the change happened, instead of now. */
  at?: Date;
}

/**
 * Closes the open assignment of the role (valid_to) and opens the new one, in one transaction with
 * the patient row locked; `check` refuses (throws) before anything is written.
 */
export function insertAssignment(
  db: Db,
  actor: Actor,
  patientId: string,
  a: NewAssignment,
  check: (patient: PatientRow, staffById: ReadonlyMap<string, Staff>) => void,
) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'update', entity: 'care_team' },
    async (tx, patient) => {
      check(patient, await staffMap(tx, patient.regionId));
      const at: Date | SQL = a.at ?? sql`now()`;
      await tx
        .update(careTeamAssignments)
        .set({ validTo: at })
        .where(
          and(
            eq(careTeamAssignments.patientId, patientId),
            eq(careTeamAssignments.role, a.role),
            isNull(careTeamAssignments.validTo),
          ),
        );
      const [row] = await tx
        .insert(careTeamAssignments)
        .values({
          regionId: patient.regionId,
          patientId,
          role: a.role,
          staffId: a.staffId,
          standInStaffId: a.standInStaffId,
          validFrom: at,
          assignedByName: a.assignedByName,
        })
        .returning({ id: careTeamAssignments.id });
      return {
        value: await careTeamOf(tx, patient),
        entityId: row!.id,
        detail: { role: a.role, staffId: a.staffId, standInStaffId: a.standInStaffId },
      };
    },
  );
}

export function updateNeedsGroup(db: Db, actor: Actor, patientId: string, needsGroup: string | null) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'update', entity: 'care_team' },
    async (tx, patient) => {
      await setNeedsGroup(tx, patientId, needsGroup);
      return { value: await careTeamOf(tx, patient, needsGroup), detail: { needsGroup } };
    },
  );
}

// --- The external network ---------------------------------------------------------------------

export function toNetworkContact(r: NetworkContactRow): NetworkContact {
  return {
    id: r.id,
    kind: r.kind as NetworkContact['kind'],
    organisation: r.organisation,
    name: r.name,
    role: r.role,
    phone: r.phone,
    email: r.email,
    consentToShare: r.consentToShare,
    note: r.note,
  };
}

async function networkOf(tx: Tx, patientId: string) {
  const rows = await tx
    .select()
    .from(networkContacts)
    .where(eq(networkContacts.patientId, patientId))
    .orderBy(asc(networkContacts.createdAt), asc(networkContacts.organisation));
  return rows.map(toNetworkContact);
}

export function readNetwork(db: Db, actor: Actor, patientId: string) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: false, action: 'read', entity: 'network_contact' },
    async (tx) => ({ value: await networkOf(tx, patientId) }),
  );
}

export function insertNetworkContact(db: Db, actor: Actor, patientId: string, v: NetworkContactValues) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'create', entity: 'network_contact' },
    async (tx, patient) => {
      const [row] = await tx
        .insert(networkContacts)
        .values({ ...v, patientId, regionId: patient.regionId })
        .returning();
      return { value: toNetworkContact(row!), entityId: row!.id };
    },
  );
}

export function updateNetworkContact(
  db: Db,
  actor: Actor,
  patientId: string,
  contactId: string,
  v: NetworkContactValues,
) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'update', entity: 'network_contact' },
    async (tx) => {
      const [row] = await tx
        .update(networkContacts)
        .set(v)
        .where(and(eq(networkContacts.id, contactId), eq(networkContacts.patientId, patientId)))
        .returning();
      // Thrown inside the transaction: it rolls back with nothing written, its entry included.
      if (!row) throw notFound('contact');
      return { value: toNetworkContact(row), entityId: contactId };
    },
  );
}

export function deleteNetworkContact(db: Db, actor: Actor, patientId: string, contactId: string) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: true, action: 'delete', entity: 'network_contact' },
    async (tx) => {
      const [row] = await tx
        .delete(networkContacts)
        .where(and(eq(networkContacts.id, contactId), eq(networkContacts.patientId, patientId)))
        .returning({ kind: networkContacts.kind });
      if (!row) throw notFound('contact');
      return { value: true as const, entityId: contactId, detail: { kind: row.kind } };
    },
  );
}

/** What the "my contacts" sheet needs, read (and logged as one read of the care team) at once. */
export function readMyContacts(db: Db, actor: Actor, patientId: string) {
  return withPatient(
    { db, actor },
    patientId,
    { forUpdate: false, action: 'read', entity: 'care_team' },
    async (tx, patient) => {
      const [unit] = await findUnits(tx, patient.regionId, [patient.unitId]);
      const rows = await tx
        .select()
        .from(careTeamAssignments)
        .where(and(eq(careTeamAssignments.patientId, patientId), isNull(careTeamAssignments.validTo)));
      return {
        value: {
          patient,
          unit: { name: unit?.name ?? '', phone: unit?.phone ?? null },
          current: rows,
          network: await networkOf(tx, patientId),
          staffById: await staffMap(tx, patient.regionId),
        },
        detail: { sheet: 'my_contacts' },
      };
    },
  );
}

// --- Absences (staff data, not patient data) --------------------------------------------------

export type AbsenceRow = typeof staffAbsences.$inferSelect;

export async function findStaffMember(db: Queryable, regionId: string, staffId: string) {
  return (await staffMap(db, regionId)).get(staffId) ?? null;
}

export async function findAbsences(db: Queryable, regionId: string, staffId: string) {
  return db
    .select()
    .from(staffAbsences)
    .where(and(eq(staffAbsences.regionId, regionId), eq(staffAbsences.staffId, staffId)))
    .orderBy(asc(staffAbsences.fromDate));
}

/** The absences of these staff members that touch the local dates [from, to], in one query. */
export async function findAbsencesInRange(
  q: Queryable,
  regionId: string,
  staffIds: readonly string[],
  from: string,
  to: string,
): Promise<AbsenceRow[]> {
  if (staffIds.length === 0) return [];
  return q
    .select()
    .from(staffAbsences)
    .where(
      and(
        eq(staffAbsences.regionId, regionId),
        inArray(staffAbsences.staffId, [...staffIds]),
        lte(staffAbsences.fromDate, to),
        gte(staffAbsences.toDate, from),
      ),
    )
    .orderBy(asc(staffAbsences.staffId), asc(staffAbsences.fromDate));
}

export async function insertAbsence(
  db: Queryable,
  regionId: string,
  staffId: string,
  v: { from: string; to: string; reason: string | null },
): Promise<AbsenceRow> {
  const [row] = await db
    .insert(staffAbsences)
    .values({ regionId, staffId, fromDate: v.from, toDate: v.to, reason: v.reason })
    .returning();
  return row!;
}

/**
 * For routing a contact request: the patient's fixed nurse and stand-in, and their absences that
 * cover `date`. Run it inside the caller's audited transaction on the patient.
 */
export async function findNurseRouting(tx: Queryable, regionId: string, patientId: string, date: string) {
  const [nurse] = await tx
    .select({ staffId: careTeamAssignments.staffId, standInStaffId: careTeamAssignments.standInStaffId })
    .from(careTeamAssignments)
    .where(
      and(
        eq(careTeamAssignments.regionId, regionId),
        eq(careTeamAssignments.patientId, patientId),
        eq(careTeamAssignments.role, 'fixed_nurse'),
        isNull(careTeamAssignments.validTo),
      ),
    )
    .limit(1);
  if (!nurse) return { fixedNurse: null, absences: [] };
  const ids = [nurse.staffId, ...(nurse.standInStaffId ? [nurse.standInStaffId] : [])];
  const absences = await tx
    .select({ staffId: staffAbsences.staffId, from: staffAbsences.fromDate, to: staffAbsences.toDate })
    .from(staffAbsences)
    .where(
      and(
        eq(staffAbsences.regionId, regionId),
        inArray(staffAbsences.staffId, ids),
        lte(staffAbsences.fromDate, date),
        gte(staffAbsences.toDate, date),
      ),
    );
  return { fixedNurse: nurse, absences };
}
