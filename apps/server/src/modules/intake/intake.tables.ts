import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.ts';
import { regions, units } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import type { DecisionBasis } from './intake.decision.ts';

const STAGE_LIST = sql.raw(
  `'received','first_call_booked','needs_mapped','eligible','not_eligible','consented','waiting_list','offered','enrolled','exited','closed'`,
);

/**
 * Intresseanmälan: one row per person and path through the flow (received → … → enrolled / exited /
 * closed). `stage` is the state of the machine in intake.rules.ts; `stage_since` when it was entered.
 * Every step is also an event (intake_events), so the history and its timestamps stay.
 */
export const intakeRegistrations = pgTable(
  'intake_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The short reference on the sender's receipt, e.g. K7QX-M4PA. */
    reference: text('reference').notNull(),
    /** staff | public */
    channel: text('channel').notNull(),
    stage: text('stage').notNull(),
    stageSince: timestamp('stage_since', { withTimezone: true }).notNull().defaultNow(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    source: text('source').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    identityNumber: text('identity_number'),
    municipalityCode: text('municipality_code').notNull(),
    streetAddress: text('street_address'),
    postalCode: text('postal_code'),
    city: text('city'),
    phone: text('phone'),
    email: text('email'),
    applicantName: text('applicant_name'),
    applicantRelation: text('applicant_relation'),
    applicantPhone: text('applicant_phone'),
    applicantEmail: text('applicant_email'),
    contactPreference: text('contact_preference').notNull(),
    /** The public form's "we may contact you" box (staff registrations: the caller agreed by calling). */
    contactConsent: boolean('contact_consent').notNull().default(false),
    disabilities: text('disabilities'),
    diagnoses: text('diagnoses').array().notNull().default(sql`'{}'::text[]`),
    currentCareContacts: text('current_care_contacts'),
    hardToday: text('hard_today'),
    /** Child to adult: the date the registration becomes active (the 18th birthday or later). */
    plannedStartDate: date('planned_start_date', { mode: 'string' }),
    /** The booked (or, when recorded without booking, the held) first call. */
    firstCallAt: timestamp('first_call_at', { withTimezone: true }),
    /** Behovskartläggning (ZNeedsMapping). */
    needsMapping: jsonb('needs_mapping'),
    needsMappedAt: timestamp('needs_mapped_at', { withTimezone: true }),
    needsMappedByName: text('needs_mapped_by_name'),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
    catchmentOverride: boolean('catchment_override').notNull().default(false),
    overrideReason: text('override_reason'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /**
     * What the decision was made on: the municipality and each criterion's result then. Later steps
     * compare it with the data as it is (intake.decision.ts), so a later change cannot slip past it.
     */
    decisionBasis: jsonb('decision_basis').$type<DecisionBasis>(),
    /** When the person joined the waiting list: its order (oldest first). */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    patientId: uuid('patient_id').references(() => patients.id),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }),
    exitReason: text('exit_reason'),
    closeReason: text('close_reason'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    /**
     * A public-form registration for someone (same identity number) who had an open registration in
     * the region when it arrived: the earlier one. Kept when resolved, as the link.
     */
    possibleDuplicateOf: uuid('possible_duplicate_of').references((): AnyPgColumn => intakeRegistrations.id),
    /** null while open; merged (closed into the earlier one) | not_duplicate. */
    duplicateResolution: text('duplicate_resolution'),
    duplicateReason: text('duplicate_reason'),
    duplicateResolvedAt: timestamp('duplicate_resolved_at', { withTimezone: true }),
    duplicateResolvedByName: text('duplicate_resolved_by_name'),
  },
  (t) => [
    uniqueIndex('intake_registrations_reference_uq').on(t.reference),
    index('intake_registrations_unit_stage_idx').on(t.unitId, t.stage, t.receivedAt),
    index('intake_registrations_waiting_idx')
      .on(t.unitId, t.waitingSince)
      .where(sql`${t.stage} = 'waiting_list'`),
    index('intake_registrations_patient_idx').on(t.patientId),
    index('intake_registrations_identity_idx').on(t.regionId, t.identityNumber),
    check('intake_registrations_stage_ck', sql`${t.stage} in (${STAGE_LIST})`),
    check('intake_registrations_channel_ck', sql`${t.channel} in ('staff', 'public')`),
    index('intake_registrations_duplicate_idx').on(t.possibleDuplicateOf),
    check(
      'intake_registrations_duplicate_ck',
      sql`${t.duplicateResolution} is null or (${t.possibleDuplicateOf} is not null and ${t.duplicateResolution} in ('merged', 'not_duplicate') and ${t.duplicateReason} is not null)`,
    ),
    check(
      'intake_registrations_patient_ck',
      sql`${t.stage} not in ('enrolled', 'exited') or ${t.patientId} is not null`,
    ),
    check(
      'intake_registrations_waiting_ck',
      sql`${t.stage} <> 'waiting_list' or ${t.waitingSince} is not null`,
    ),
  ],
);

/**
 * Samtycke: who gave it, how, when and to what. History stays: a new consent replaces the previous
 * one (the newest not withdrawn is in force); withdrawing sets withdrawn_at.
 */
export const intakeConsents = pgTable(
  'intake_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => intakeRegistrations.id, { onDelete: 'cascade' }),
    givenBy: text('given_by').notNull(),
    representativeName: text('representative_name'),
    method: text('method').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    participation: boolean('participation').notNull(),
    sharingPartners: text('sharing_partners').array().notNull().default(sql`'{}'::text[]`),
    lettersToRepresentative: boolean('letters_to_representative').notNull().default(false),
    surveys: boolean('surveys').notNull().default(false),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    withdrawnByName: text('withdrawn_by_name'),
  },
  (t) => [index('intake_consents_registration_idx').on(t.registrationId, t.recordedAt)],
);

/** The timeline: every step, who took it (null: the public form), from and to which stage, when. */
export const intakeEvents = pgTable(
  'intake_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => intakeRegistrations.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    byName: text('by_name'),
    note: text('note'),
  },
  (t) => [index('intake_events_registration_idx').on(t.registrationId, t.at)],
);

/**
 * Accepted public-form submissions, for the rate limit per client address: only a SHA-256 of the
 * address is stored, kept a day. In the database, so the limit holds across app instances.
 */
export const intakePublicSubmissions = pgTable(
  'intake_public_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ipHash: text('ip_hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('intake_public_submissions_ip_idx').on(t.ipHash, t.at),
    index('intake_public_submissions_at_idx').on(t.at),
  ],
);

/**
 * The public form's repeated submissions: one row per key and region, pointing at the registration the
 * first submission created, until `expires_at`. A key is the form's own (`key:` + the client's
 * idempotency key, 24 hours) or, without one, derived from the content with an identity number
 * (`content:` + a SHA-256, 10 minutes). The unique index decides between concurrent submissions
 * (INSERT … ON CONFLICT DO NOTHING waits for the first to commit): never a read-then-write.
 */
export const intakePublicIdempotency = pgTable(
  'intake_public_idempotency',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    key: text('key').notNull(),
    /** A SHA-256 of the submitted content: the same key with other content is refused. */
    contentHash: text('content_hash').notNull(),
    /** Set in the same transaction that claims the key, so a committed row always has it. */
    registrationId: uuid('registration_id').references(() => intakeRegistrations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('intake_public_idempotency_key_uq').on(t.regionId, t.key),
    index('intake_public_idempotency_expires_idx').on(t.expiresAt),
  ],
);
