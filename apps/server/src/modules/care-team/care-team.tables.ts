import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions, staff } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/**
 * Fast läkarkontakt, fast vårdkontakt and navigator per patient. Assigning closes the open row
 * (valid_to) and opens a new one, so the history stays; at most one open row per patient and role.
 */
export const careTeamAssignments = pgTable(
  'care_team_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    standInStaffId: uuid('stand_in_staff_id').references(() => staff.id),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull().defaultNow(),
    validTo: timestamp('valid_to', { withTimezone: true }),
    assignedByName: text('assigned_by_name').notNull(),
  },
  (t) => [
    uniqueIndex('care_team_assignments_open_uq').on(t.patientId, t.role).where(sql`${t.validTo} is null`),
    index('care_team_assignments_patient_idx').on(t.patientId, t.validFrom),
    index('care_team_assignments_staff_idx').on(t.staffId),
  ],
);

/** The external care network: municipal health care, group home, habilitation, dentist… */
export const networkContacts = pgTable(
  'network_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    organisation: text('organisation').notNull(),
    name: text('name'),
    role: text('role'),
    phone: text('phone'),
    email: text('email'),
    consentToShare: boolean('consent_to_share').notNull().default(false),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_contacts_patient_idx').on(t.patientId)],
);

/** A staff member's absence (local dates, both inclusive): contact requests go to the stand-in. */
export const staffAbsences = pgTable(
  'staff_absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('staff_absences_staff_idx').on(t.staffId, t.fromDate),
    check('staff_absences_dates_ck', sql`${t.toDate} >= ${t.fromDate}`),
  ],
);
