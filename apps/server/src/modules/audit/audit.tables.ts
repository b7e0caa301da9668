import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.ts';

/**
 * The unit manager's log review (logguppföljning): one row per reviewed access (an audit entry) and
 * unit, with who reviewed it, when and the comment. Marking is itself logged (entity `audit_review`).
 */
export const auditReviews = pgTable(
  'audit_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    auditId: bigint('audit_id', { mode: 'number' }).notNull(),
    reviewedByUserId: uuid('reviewed_by_user_id')
      .notNull()
      .references(() => users.id),
    reviewedByName: text('reviewed_by_name').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment').notNull(),
  },
  (t) => [
    uniqueIndex('audit_reviews_unit_audit_uq').on(t.unitId, t.auditId),
    index('audit_reviews_region_at_idx').on(t.regionId, t.reviewedAt),
  ],
);
