import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions, units } from '../organisation/organisation.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { bookings } from '../scheduling/scheduling.tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Pictures shown on letters and "my contacts": a staff member's photo, a unit's entrance. Stored
 * re-encoded (type and size checked, metadata stripped); one picture per owner and kind.
 */
export const images = pgTable(
  'images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    contentType: text('content_type').notNull(),
    data: bytea('data').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('images_owner_uq').on(t.ownerKind, t.ownerId),
    check('images_owner_kind_ck', sql`${t.ownerKind} in ('staff', 'unit_entrance')`),
  ],
);

/** Every letter produced from a booking, and when and how it was sent: the letters log. */
export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    /** 'patient' or 'representative'. */
    recipient: text('recipient').notNull(),
    representativeId: uuid('representative_id'),
    /** 'easy_read', 'plain' or 'large_print'. */
    variant: text('variant').notNull(),
    /** Readability (LIX) of the generated text. */
    lix: numeric('lix', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    /**
     * What the letter said when it was made (the template's facts: times, steps, people, numbers), so
     * that it reads the same later even if the booking or the profile changes. Null for letters made
     * before this column existed: those are rebuilt from the booking.
     */
    facts: jsonb('facts'),
    /** Hash of the secret in the letter's web link / QR code; the secret itself is never stored. */
    linkTokenHash: text('link_token_hash').notNull().unique(),
    linkExpiresAt: timestamp('link_expires_at', { withTimezone: true }).notNull(),
    /** A bulk run (a day's or a recall list's letters) shares one batch id. */
    batchId: uuid('batch_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'print', 'link' or null while not sent. */
    sentVia: text('sent_via'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentBy: uuid('sent_by'),
  },
  (t) => [
    index('letters_booking_idx').on(t.bookingId),
    index('letters_unit_created_idx').on(t.unitId, t.createdAt),
  ],
);
