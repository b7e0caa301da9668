import { foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.ts';
import { regions, staff, units } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/** A call or message (ärende) about a patient, routed to the fixed nurse, the stand-in or the team. */
export const contactRequests = pgTable(
  'contact_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    callerKind: text('caller_kind').notNull(),
    callerName: text('caller_name').notNull(),
    callbackPhone: text('callback_phone').notNull(),
    subject: text('subject').notNull(),
    urgency: text('urgency').notNull(),
    status: text('status').notNull(),
    assignedStaffId: uuid('assigned_staff_id').references(() => staff.id),
    routedTo: text('routed_to').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('contact_requests_unit_status_idx').on(t.unitId, t.status, t.createdAt),
    index('contact_requests_patient_idx').on(t.patientId),
    index('contact_requests_assigned_idx').on(t.assignedStaffId),
    // What the events' composite foreign key (region_id, request_id) points at.
    unique('contact_requests_region_id_uq').on(t.regionId, t.id),
  ],
);

/**
 * Every step of a request: who moved it, to which status, to whom, with what note. In the request's region:
 * the composite foreign keys keep request, user, staff member and step in one.
 */
export const contactRequestEvents = pgTable(
  'contact_request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    requestId: uuid('request_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name').notNull(),
    status: text('status').notNull(),
    assignedStaffId: uuid('assigned_staff_id'),
    note: text('note'),
  },
  (t) => [
    foreignKey({
      name: 'contact_request_events_request_fk',
      columns: [t.regionId, t.requestId],
      foreignColumns: [contactRequests.regionId, contactRequests.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'contact_request_events_by_user_fk',
      columns: [t.regionId, t.byUserId],
      foreignColumns: [users.regionId, users.id],
    }),
    foreignKey({
      name: 'contact_request_events_staff_fk',
      columns: [t.regionId, t.assignedStaffId],
      foreignColumns: [staff.regionId, staff.id],
    }),
    index('contact_request_events_region_request_idx').on(t.regionId, t.requestId, t.at),
  ],
);
