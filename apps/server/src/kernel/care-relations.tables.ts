import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Access that a person asked for, time-limited (decision 0010): a reason given by unit staff without
 * a care relationship (`reason`), emergency access to a patient of another unit of the region
 * (`emergency`), the registrar of a new record (`registered`) and a confirmed opening of a patient
 * with protected identity (`protected_confirmed`). Never updated: a grant ends at `expires_at`.
 * The derived care relationships (fixed contacts, stand-ins, care team, booked staff, the intake's
 * navigator) are not stored: the view `care_relations` computes them from the modules' data.
 */
export const accessGrants = pgTable(
  'access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id').notNull(),
    userId: uuid('user_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    kind: text('kind').notNull(),
    reasonCode: text('reason_code'),
    reasonText: text('reason_text'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('access_grants_user_patient_idx').on(t.userId, t.patientId, t.expiresAt),
    index('access_grants_region_idx').on(t.regionId, t.grantedAt),
    check(
      'access_grants_kind_ck',
      sql`${t.kind} in ('reason', 'emergency', 'registered', 'protected_confirmed')`,
    ),
    check('access_grants_expiry_ck', sql`${t.expiresAt} > ${t.grantedAt}`),
  ],
);

/**
 * The region's access settings (one row per region; absent = the defaults in access-rules.ts):
 * how long a stated reason and an emergency access last, the log review's sample and flags.
 */
export const accessSettings = pgTable('access_settings', {
  regionId: uuid('region_id').primaryKey(),
  /** null: until the end of the local day. */
  reasonHours: integer('reason_hours'),
  emergencyHours: integer('emergency_hours').notNull().default(4),
  reviewSamplePerWeek: integer('review_sample_per_week').notNull().default(20),
  workdayStart: time('workday_start').notNull().default('07:00'),
  workdayEnd: time('workday_end').notNull().default('18:00'),
  manyPatientsPerDay: integer('many_patients_per_day').notNull().default(30),
  /** Roles (per unit) whose accounts must sign in with a second factor (TOTP). */
  totpRoles: text('totp_roles').array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
