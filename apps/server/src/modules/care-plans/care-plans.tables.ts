import type { SipContent } from '@lotsa/contracts';
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
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.ts';
import { regions } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/**
 * A SIP (samordnad individuell plan) of a patient. `content` is the working text (the legal parts,
 * goals, follow-up) as the contract's ZSipContent; `version` is the version being worked on (draft) or
 * the last agreed one (agreed). Agreeing freezes a copy in care_plan_versions; a change after that
 * starts version + 1 as a draft. `revision` counts every write: a change names the one it saw (409).
 */
export const carePlans = pgTable(
  'care_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    revision: integer('revision').notNull().default(1),
    trigger: text('trigger').notNull(),
    /** The law's paragraphs as configured when the SIP was started (the 2025 act renumbered them). */
    legalReference: text('legal_reference').notNull(),
    content: jsonb('content').$type<SipContent>().notNull(),
    /** The last agreed version's follow-up date: the team's reminder. */
    followUpDate: date('follow_up_date', { mode: 'string' }),
    followUpBy: text('follow_up_by'),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('care_plans_patient_idx').on(t.patientId),
    index('care_plans_follow_up_idx').on(t.regionId, t.followUpDate),
    check('care_plans_status_ck', sql`${t.status} in ('draft', 'agreed')`),
    check('care_plans_version_ck', sql`${t.version} >= 1 and ${t.revision} >= 1`),
  ],
);

/** Who takes part. `userId`: a partner account, who sees the agreed SIP in /samverkan with consent. */
export const carePlanParticipants = pgTable(
  'care_plan_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => carePlans.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    role: text('role'),
    userId: uuid('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Removed from the draft: kept for the consents and versions that name them. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    index('care_plan_participants_plan_idx').on(t.planId),
    index('care_plan_participants_user_idx').on(t.userId),
    check(
      'care_plan_participants_kind_ck',
      sql`${t.kind} in ('region_staff', 'municipality', 'patient', 'representative', 'other')`,
    ),
  ],
);

/**
 * The person's consent: to the SIP itself (`participant_id` null) or to sharing it with one
 * participant. History stays: the newest not withdrawn is in force; withdrawing sets withdrawn_at.
 */
export const carePlanConsents = pgTable(
  'care_plan_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => carePlans.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').references(() => carePlanParticipants.id, { onDelete: 'cascade' }),
    givenBy: text('given_by').notNull(),
    representativeName: text('representative_name'),
    method: text('method').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    withdrawnByName: text('withdrawn_by_name'),
  },
  (t) => [index('care_plan_consents_plan_idx').on(t.planId, t.recordedAt)],
);

export interface SipVersionParticipant {
  id: string;
  kind: string;
  name: string;
  organisation: string | null;
}

/** An agreed version, frozen: what was agreed, with whom, by whom and when. Never updated. */
export const carePlanVersions = pgTable(
  'care_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => carePlans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    legalReference: text('legal_reference').notNull(),
    content: jsonb('content').$type<SipContent>().notNull(),
    participants: jsonb('participants').$type<SipVersionParticipant[]>().notNull(),
    agreedByUserId: uuid('agreed_by_user_id').references(() => users.id),
    agreedByName: text('agreed_by_name').notNull(),
    agreedAt: timestamp('agreed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('care_plan_versions_uq').on(t.planId, t.version)],
);

/** A partner's acknowledgement (kvittens) of an agreed version, from /samverkan. */
export const carePlanAcknowledgements = pgTable(
  'care_plan_acknowledgements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => carePlans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => carePlanParticipants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id),
    userName: text('user_name').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('care_plan_acknowledgements_uq').on(t.planId, t.version, t.participantId)],
);
