import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions, units } from '../organisation/organisation.tables.ts';
import { bookings } from '../scheduling/scheduling.tables.ts';

/**
 * An invitation to answer the after-visit survey: one per booking and audience, reached by a secret
 * link or QR code (only its hash is stored). Used once. It knows its booking so it is made only once;
 * the answer it leads to does not.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    bookingId: uuid('booking_id').references(() => bookings.id),
    /** 'patient' (easy-read version) or 'companion'. */
    audience: text('audience').notNull(),
    visitTypeCode: text('visit_type_code').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    used: boolean('used').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('survey_invitations_booking_audience_uq').on(t.bookingId, t.audience),
    check('survey_invitations_audience_ck', sql`${t.audience} in ('patient', 'companion')`),
  ],
);

/**
 * One answer, anonymous to the team: tied to unit, visit type and date, never to the patient or the
 * invitation. Scores are 1–3 (the three faces of the easy-read version; the companion version too).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    visitTypeCode: text('visit_type_code').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    /** 'patient' or 'companion': which version was answered. */
    version: text('version').notNull(),
    /** 'patient_alone', 'patient_with_help' or 'companion'. */
    answeredBy: text('answered_by').notNull(),
    /** 'link' or 'kiosk'. */
    channel: text('channel').notNull(),
    accessibility: smallint('accessibility'),
    time: smallint('time'),
    treatment: smallint('treatment'),
    communication: smallint('communication'),
    participation: smallint('participation'),
    comment: text('comment'),
  },
  (t) => [
    index('survey_responses_unit_date_idx').on(t.unitId, t.visitDate),
    check(
      'survey_responses_scores_ck',
      sql`coalesce(${t.accessibility}, 1) between 1 and 3 and coalesce(${t.time}, 1) between 1 and 3 and coalesce(${t.treatment}, 1) between 1 and 3 and coalesce(${t.communication}, 1) between 1 and 3 and coalesce(${t.participation}, 1) between 1 and 3`,
    ),
  ],
);

/**
 * A reception tablet in kiosk mode: started by a staff member for one unit, until the end of the day.
 * Kept in the database (only the key's hash) so any app instance can serve the tablet and a restart
 * does not end it. What the kiosk shows is fixed when it starts.
 */
export const surveyKiosks = pgTable(
  'survey_kiosks',
  {
    keyHash: text('key_hash').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitName: text('unit_name').notNull(),
    visitTypeCodes: text('visit_type_codes').array().notNull(),
    startedBy: uuid('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('survey_kiosks_expires_idx').on(t.expiresAt)],
);
