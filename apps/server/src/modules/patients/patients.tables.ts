import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { regions, units } from '../organisation/organisation.tables.ts';

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    identityKind: text('identity_kind').notNull(),
    identityNumber: text('identity_number').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    sex: text('sex'),
    municipalityCode: text('municipality_code').notNull(),
    streetAddress: text('street_address'),
    postalCode: text('postal_code'),
    city: text('city'),
    phone: text('phone'),
    email: text('email'),
    protectedIdentity: boolean('protected_identity').notNull().default(false),
    /** ICD-10-SE codes of the disabilities and diagnoses that matter for SMO. */
    diagnoses: text('diagnoses').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    /** Needs group of the regional guideline (simple, complicated, chronic, complex); set by care-team. */
    needsGroup: text('needs_group'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('patients_region_identity_uq').on(t.regionId, t.identityNumber),
    index('patients_unit_idx').on(t.unitId),
    // Searches run within one unit; see docs/benchmarks.md for the measurements behind these indexes.
    index('patients_unit_family_name_idx').on(t.unitId, sql`lower(${t.familyName}) text_pattern_ops`),
    index('patients_unit_given_name_idx').on(t.unitId, sql`lower(${t.givenName}) text_pattern_ops`),
    index('patients_identity_idx').on(t.regionId, sql`${t.identityNumber} text_pattern_ops`),
    index('patients_identity_short_idx').on(
      t.regionId,
      sql`substring(${t.identityNumber} from 3) text_pattern_ops`,
    ),
  ],
);

/** God man, förvaltare, anhörig or a contact at the group home, and what they may receive. */
export const representatives = pgTable(
  'representatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    streetAddress: text('street_address'),
    postalCode: text('postal_code'),
    city: text('city'),
    receivesLetters: boolean('receives_letters').notNull().default(false),
    receivesHealthInfo: boolean('receives_health_info').notNull().default(false),
    mayBook: boolean('may_book').notNull().default(false),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('representatives_patient_idx').on(t.patientId)],
);
