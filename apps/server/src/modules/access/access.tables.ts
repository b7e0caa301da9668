import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions, staff, units } from '../organisation/organisation.tables.ts';

/** A local account. Production sign-in through OpenID Connect maps onto the same row. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    staffId: uuid('staff_id').references(() => staff.id),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    isRegionAdmin: boolean('is_region_admin').notNull().default(false),
    locale: text('locale').notNull().default('sv'),
    active: boolean('active').notNull().default(true),
    /** Set when an administrator gives a temporary password: the next sign-in must choose a new one. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('users_region_idx').on(t.regionId),
    // One account per staff member: the log must say which person acted.
    uniqueIndex('users_staff_uq').on(t.staffId).where(sql`${t.staffId} is not null`),
  ],
);

/** Roles are per unit: a nurse at Kumla is not a nurse at Hallsberg. */
export const userUnitRoles = pgTable(
  'user_unit_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId, t.role] })],
);

/** Sessions live in the database so several app instances can serve one user. Only a hash of the token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    activeUnitId: uuid('active_unit_id').references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins, kept in the database so the limit holds across app instances. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sign_in_attempts_username_idx').on(t.username, t.at),
    index('sign_in_attempts_ip_idx').on(t.ip, t.at),
  ],
);
