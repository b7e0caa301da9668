import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.ts';
import { regions } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { bookings } from '../scheduling/scheduling.tables.ts';
import type { Answers } from './health-checks.rules.ts';

/**
 * One version of a patient's health check (a FHIR QuestionnaireResponse). A draft is filled in
 * section by section; signing makes it read-only; a correction is a new version of the same series
 * (`series_id` = the first version's id) and the old one becomes `amended`. At most one draft per
 * patient at a time.
 */
export const healthChecks = pgTable(
  'health_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    seriesId: uuid('series_id').notNull(),
    version: integer('version').notNull(),
    templateUrl: text('template_url').notNull(),
    templateVersion: integer('template_version').notNull(),
    /** The template sections this check has (general + the patient's diagnosis modules), fixed at creation. */
    sectionIds: text('section_ids').array().notNull(),
    status: text('status').notNull().default('draft'),
    amendReason: text('amend_reason'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    signedByUserId: uuid('signed_by_user_id').references(() => users.id),
    signedByName: text('signed_by_name'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** The health plan's recall: when the next check is due (default twelve months after this one). */
    nextCheckDate: date('next_check_date', { mode: 'string' }),
  },
  (t) => [
    unique('health_checks_series_version_uq').on(t.seriesId, t.version),
    uniqueIndex('health_checks_one_draft_uq').on(t.patientId).where(sql`${t.status} = 'draft'`),
    index('health_checks_patient_idx').on(t.patientId),
    index('health_checks_region_idx').on(t.regionId),
    check('health_checks_status_ck', sql`${t.status} in ('draft', 'signed', 'amended')`),
    check('health_checks_signed_ck', sql`(${t.status} = 'draft') = (${t.signedAt} is null)`),
  ],
);

/** A section's answers (QuestionnaireResponse group items), saved on its own with its own version. */
export const healthCheckSections = pgTable(
  'health_check_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    checkId: uuid('check_id')
      .notNull()
      .references(() => healthChecks.id, { onDelete: 'cascade' }),
    linkId: text('link_id').notNull(),
    version: integer('version').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('health_check_sections_uq').on(t.checkId, t.linkId),
    check('health_check_sections_version_ck', sql`${t.version} >= 1`),
  ],
);

/**
 * An action of the health plan (a CarePlan activity): what, who (a team member, the municipality, the
 * patient or representative, another clinic), by when, its status and follow-up. Actions belong to the
 * check's series, so a corrected check keeps its plan. `version` guards against overwriting (409).
 */
export const healthPlanActions = pgTable(
  'health_plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').notNull(),
    text: text('text').notNull(),
    easyText: text('easy_text'),
    topic: text('topic').notNull(),
    ownerKind: text('owner_kind').notNull(),
    ownerName: text('owner_name').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('planned'),
    followUp: text('follow_up'),
    /** The contact request (ärende) made for the action, if any (contact-requests' id). */
    contactRequestId: uuid('contact_request_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('health_plan_actions_series_idx').on(t.seriesId),
    index('health_plan_actions_patient_idx').on(t.patientId),
    check(
      'health_plan_actions_status_ck',
      sql`${t.status} in ('planned', 'in_progress', 'done', 'cancelled')`,
    ),
  ],
);
