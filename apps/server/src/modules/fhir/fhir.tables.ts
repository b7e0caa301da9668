import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.ts';
import { regions } from '../organisation/organisation.tables.ts';

/**
 * A bulk-data export asked for (FHIR Bulk Data `$export`): who asked, which types, changed since when,
 * and the transaction time its files cover. The files are streamed from the database when
 * downloaded, so any instance serves them and nothing is stored but this row.
 */
export const fhirExports = pgTable(
  'fhir_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    types: text('types').array().notNull(),
    since: timestamp('since', { withTimezone: true }),
    transactionTime: timestamp('transaction_time', { withTimezone: true }).notNull().defaultNow(),
    request: text('request').notNull(),
  },
  (t) => [index('fhir_exports_region_idx').on(t.regionId)],
);
