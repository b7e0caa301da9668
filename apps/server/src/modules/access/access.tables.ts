import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
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
    // What a child row's composite foreign key (region_id, user_id) points at: child and user in one region.
    unique('users_region_id_uq').on(t.regionId, t.id),
  ],
);

/**
 * Roles are per unit: a nurse at Kumla is not a nurse at Hallsberg. Keyed by region like the user and the unit:
 * the composite foreign keys keep all three in one region.
 */
export const userUnitRoles = pgTable(
  'user_unit_roles',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.unitId, t.role] }),
    foreignKey({
      name: 'user_unit_roles_user_fk',
      columns: [t.regionId, t.userId],
      foreignColumns: [users.regionId, users.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'user_unit_roles_unit_fk',
      columns: [t.regionId, t.unitId],
      foreignColumns: [units.regionId, units.id],
    }),
    index('user_unit_roles_region_unit_idx').on(t.regionId, t.unitId),
  ],
);

/**
 * Sessions live in the database so several app instances can serve one user. Only a hash of the token is
 * stored. Keyed by the user's region (and the active unit must be one of the region's).
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** The session's name in the user's session list (the token hash never leaves the server). */
    id: uuid('id').notNull().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    activeUnitId: uuid('active_unit_id'),
    /**
     * What the sign-in still owes: `verify` (a TOTP or recovery code), `enrol` (the account's role needs
     * TOTP and it has none yet), `none`. Until it is `none` only the second step's routes answer.
     */
    secondFactor: text('second_factor').notNull().default('none'),
    /** The browser's User-Agent at sign-in (cut to 300 characters), for the session list. */
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'sessions_user_fk',
      columns: [t.regionId, t.userId],
      foreignColumns: [users.regionId, users.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'sessions_active_unit_fk',
      columns: [t.regionId, t.activeUnitId],
      foreignColumns: [units.regionId, units.id],
    }),
    index('sessions_region_user_idx').on(t.regionId, t.userId),
    uniqueIndex('sessions_id_uq').on(t.id),
    check('sessions_second_factor_ck', sql`${t.secondFactor} in ('none', 'verify', 'enrol')`),
  ],
);

/**
 * A user's TOTP (RFC 6238) secret, encrypted (totp.crypto.ts). Unconfirmed until the first code is
 * entered; `last_used_step` refuses a code's replay in its time step, `failed_codes`/`locked_until`
 * the guessing.
 */
export const userTotp = pgTable('user_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  regionId: uuid('region_id')
    .notNull()
    .references(() => regions.id),
  secret: text('secret').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  failedCodes: integer('failed_codes').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes, SHA-256 of the code only; `used_at` set by the one use. */
export const totpRecoveryCodes = pgTable(
  'totp_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('totp_recovery_codes_uq').on(t.userId, t.codeHash)],
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
