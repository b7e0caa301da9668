import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit log: who, when, which patient(s), what and why. Append-only (triggers refuse UPDATE,
 * DELETE and TRUNCATE) and hash-chained per region (a trigger sets seq, prev_hash and hash under an
 * advisory lock), see the migration `audit_log_guards`.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regionId: uuid('region_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    userId: uuid('user_id'),
    userName: text('user_name').notNull(),
    unitId: uuid('unit_id'),
    patientIds: uuid('patient_ids').array().notNull().default(sql`'{}'::uuid[]`),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    reason: text('reason').notNull(),
    detail: jsonb('detail'),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    unique('audit_log_region_seq_uq').on(t.regionId, t.seq),
    index('audit_log_region_at_idx').on(t.regionId, t.at),
    index('audit_log_user_idx').on(t.userId, t.at),
    index('audit_log_patients_idx').using('gin', t.patientIds),
  ],
);
