import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The audit log: who, when, which patient(s), what and why. Append-only (triggers refuse UPDATE,
 * DELETE and TRUNCATE). A trigger numbers each row from one sequence (`seq`, no lock) and stores the
 * row's own content hash (`hash`); the sealer chains the rows into `audit_seals` afterwards (decision
 * 0009). `prev_hash` is the link of the chain that rows written before migration 0014 formed ('' after).
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

/**
 * Seals of the audit log (decision 0009): each covers a region's rows with `after_seq < seq <= last_seq`,
 * in `seq` order — their count and the hash of their row hashes — and is chained to the region's previous
 * seal. Written only by the sealer (`audit_seal()`), never updated; triggers refuse UPDATE, DELETE and
 * TRUNCATE. `legacy_first_broken_seq`: the seals migration 0014 made over the earlier hash chain record
 * where that chain was already broken (null: intact).
 */
export const auditSeals = pgTable(
  'audit_seals',
  {
    regionId: uuid('region_id').notNull(),
    sealNo: bigint('seal_no', { mode: 'number' }).notNull(),
    afterSeq: bigint('after_seq', { mode: 'number' }).notNull(),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
    rowCount: integer('row_count').notNull(),
    rowsHash: text('rows_hash').notNull(),
    prevSealHash: text('prev_seal_hash').notNull(),
    sealHash: text('seal_hash').notNull(),
    sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    legacyFirstBrokenSeq: bigint('legacy_first_broken_seq', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.regionId, t.sealNo] }),
    unique('audit_seals_region_last_uq').on(t.regionId, t.lastSeq),
  ],
);
