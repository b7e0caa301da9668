import type { VisitStep } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions, units } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/** A kind of visit made of steps (health check, team visit, …), per unit. */
export const visitTypes = pgTable(
  'visit_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    location: text('location').notNull(),
    steps: jsonb('steps').$type<VisitStep[]>().notNull(),
    recurrence: jsonb('recurrence').$type<{ everyWeeks: number; weekday: number; time: string } | null>(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [unique('visit_types_unit_code_uq').on(t.unitId, t.code)],
);

/** Someone outside the unit whose availability can be entered: municipal nurse, habilitation, companion. */
export const externalParticipants = pgTable(
  'external_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    phone: text('phone'),
    email: text('email'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('external_participants_unit_idx').on(t.unitId)],
);

/**
 * Weekly working pattern of a resource (staff, room, equipment, external): one row per weekday interval,
 * valid between two local dates. Local times, so a 08:00 start stays 08:00 across daylight-saving changes.
 */
export const workingHours = pgTable(
  'working_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    resourceKind: text('resource_kind').notNull(),
    resourceId: uuid('resource_id').notNull(),
    weekday: integer('weekday').notNull(),
    fromTime: text('from_time').notNull(),
    toTime: text('to_time').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('working_hours_resource_idx').on(t.resourceId),
    check('working_hours_weekday_ck', sql`${t.weekday} between 1 and 7`),
    check('working_hours_times_ck', sql`${t.fromTime} < ${t.toTime}`),
  ],
);

/** A date override of one resource: closed that day (null times) or open only these hours. */
export const dateOverrides = pgTable(
  'date_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    resourceKind: text('resource_kind').notNull(),
    resourceId: uuid('resource_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    fromTime: text('from_time'),
    toTime: text('to_time'),
    reason: text('reason'),
  },
  (t) => [index('date_overrides_resource_idx').on(t.resourceId, t.date)],
);

/**
 * A region's (unit null) or unit's own extra closed days, as local dates. The Swedish public holidays and
 * closed eves are computed (search/holidays.ts), not stored; read both through `readClosedDays`.
 */
export const closedDays = pgTable(
  'closed_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** Null: the whole region is closed. */
    unitId: uuid('unit_id').references(() => units.id),
    date: date('date', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [index('closed_days_region_date_idx').on(t.regionId, t.date)],
);

/** A visit: held while the booker confirms, then booked, and finally completed, cancelled or no-show. */
export const bookings = pgTable(
  'bookings',
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
      .references(() => patients.id),
    visitTypeId: uuid('visit_type_id')
      .notNull()
      .references(() => visitTypes.id),
    status: text('status').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }),
    /** The steps as booked (key, label, times, who, room, equipment). */
    steps: jsonb('steps').notNull(),
    note: text('note'),
    cancelReason: text('cancel_reason'),
    rescheduledFromId: uuid('rescheduled_from_id'),
    /** The series the visit was booked in (`POST /api/bookings/series`), shared by its dates. */
    seriesId: uuid('series_id'),
    /** Booked without the room features the visit needs (the booker arranges them another way). */
    waivedRoomFeatures: boolean('waived_room_features').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_patient_idx').on(t.patientId, t.startsAt),
    index('bookings_unit_start_idx').on(t.unitId, t.startsAt),
    index('bookings_series_idx').on(t.seriesId).where(sql`${t.seriesId} is not null`),
    check('bookings_times_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check('bookings_status_ck', sql`${t.status} in ('held', 'booked', 'cancelled', 'no_show', 'completed')`),
  ],
);

/**
 * One resource's time in a booking: staff, room, equipment, external participant, and the patient.
 * While `active`, an exclusion constraint (migration 0005) forbids any overlap per resource, so no
 * interleaving of requests can double-book anyone or anything.
 */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    resourceKind: text('resource_kind').notNull(),
    resourceId: uuid('resource_id').notNull(),
    stepKey: text('step_key'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    active: boolean('active').notNull().default(true),
    /** Copied from the booking's hold, so expired holds can be swept without a join. */
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }),
    /**
     * The region's calendar version of the transaction that last wrote this row; set by a trigger
     * (migration 0007), so the search's calendar cache can read only what changed since it last looked.
     */
    changeVersion: bigint('change_version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    index('allocations_booking_idx').on(t.bookingId),
    index('allocations_change_idx').on(t.regionId, t.changeVersion),
    index('allocations_resource_idx').on(t.resourceId, t.startsAt),
    check('allocations_times_ck', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Per region, a counter that every change to calendar data moves on, kept by triggers (migration 0007):
 * `version` by any change to allocations, `staticVersion` (and `version`) by changes to staff, rooms,
 * equipment, external participants, working hours, overrides, closed days, absences and visit types, and
 * by deleted allocations. The writers of a region take turns on its row, so versions follow commit order.
 * `epoch` tells a recreated row from the old one. Read by the search's calendar cache.
 */
export const calendarVersions = pgTable('calendar_versions', {
  regionId: uuid('region_id')
    .primaryKey()
    .references(() => regions.id),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  staticVersion: bigint('static_version', { mode: 'number' }).notNull().default(0),
  epoch: uuid('epoch').notNull().defaultRandom(),
});
