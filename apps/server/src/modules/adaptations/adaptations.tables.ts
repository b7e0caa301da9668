import type { AdaptationItem } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.ts';
import { regions } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/**
 * Every saved adaptation profile is a new row: version 1, 2, … per patient, never changed after
 * it is written, so the history shows who recorded what and when.
 */
export const adaptationVersions = pgTable(
  'adaptation_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    items: jsonb('items').$type<AdaptationItem[]>().notNull(),
    topThree: jsonb('top_three').$type<string[]>().notNull(),
    consentBy: text('consent_by').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('adaptation_versions_patient_version_uq').on(t.patientId, t.version),
    index('adaptation_versions_region_idx').on(t.regionId),
    check('adaptation_versions_version_ck', sql`${t.version} >= 1`),
  ],
);
