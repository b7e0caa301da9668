import type { Locale, Role, SecondFactorState } from '@lotsa/contracts';
import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { sessions, signInAttempts, users, userUnitRoles } from './access.tables.ts';

export async function findUserByUsername(db: Queryable, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row ?? null;
}

export async function countRecentFailures(db: Queryable, username: string, ip: string, since: Date) {
  const [row] = await db
    .select({
      byUser: sql<number>`count(*) filter (where ${signInAttempts.username} = ${username})`.mapWith(Number),
      byIp: sql<number>`count(*) filter (where ${signInAttempts.ip} = ${ip})`.mapWith(Number),
    })
    .from(signInAttempts)
    .where(
      and(
        gt(signInAttempts.at, since),
        sql`(${signInAttempts.username} = ${username} or ${signInAttempts.ip} = ${ip})`,
      ),
    );
  return { byUser: row?.byUser ?? 0, byIp: row?.byIp ?? 0 };
}

export async function recordFailedSignIn(db: Queryable, username: string, ip: string) {
  await db.insert(signInAttempts).values({ username, ip });
}

export async function clearFailedSignIns(db: Queryable, username: string) {
  await db.delete(signInAttempts).where(eq(signInAttempts.username, username));
}

export async function insertSession(
  db: Queryable,
  s: {
    tokenHash: string;
    regionId: string;
    userId: string;
    csrfToken: string;
    activeUnitId: string | null;
    expiresAt: Date;
    secondFactor: SecondFactorState;
    userAgent: string | null;
  },
) {
  await db.insert(sessions).values(s);
}

export interface SessionRow {
  tokenHash: string;
  /** The session's public id (the session list). */
  id: string;
  secondFactor: SecondFactorState;
  csrfToken: string;
  activeUnitId: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  user: {
    id: string;
    username: string;
    displayName: string;
    locale: Locale;
    isRegionAdmin: boolean;
    regionId: string;
    mustChangePassword: boolean;
  };
  /** The units where the user holds roles (ids only: names come from the organisation module). */
  units: Array<{ id: string; roles: Role[] }>;
}

/** A user's units with the roles held there, as JSON (`[{ id, roles }]`); null without roles. */
export const unitRolesOfUser = sql<Array<{ id: string; roles: Role[] }> | null>`(
  select json_agg(json_build_object('id', r.unit_id, 'roles', r.roles) order by r.unit_id)
  from (select unit_id, array_agg(role order by role) as roles from ${userUnitRoles}
        where ${userUnitRoles.regionId} = ${users.regionId} and ${userUnitRoles.userId} = ${users.id}
        group by unit_id) r)`;

/** The session with its user and roles per unit: one statement on access's own tables, run on every API request. */
function sessionQuery(db: Queryable) {
  return db
    .select({
      tokenHash: sessions.tokenHash,
      id: sessions.id,
      secondFactor: sessions.secondFactor,
      csrfToken: sessions.csrfToken,
      activeUnitId: sessions.activeUnitId,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      locale: users.locale,
      isRegionAdmin: users.isRegionAdmin,
      regionId: users.regionId,
      mustChangePassword: users.mustChangePassword,
      units: unitRolesOfUser,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.regionId, sessions.regionId), eq(users.id, sessions.userId)))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
        eq(users.active, true),
      ),
    )
    .limit(1)
    .prepare('lotsa_load_session');
}

/**
 * Prepared once per database handle (benchmarks finding 4: building the query and planning it were most of
 * its cost); a transaction's handle is short-lived, so it gets its own.
 */
const preparedSessionQueries = new WeakMap<Queryable, ReturnType<typeof sessionQuery>>();

export async function loadSession(db: Queryable, tokenHash: string, now: Date): Promise<SessionRow | null> {
  let query = preparedSessionQueries.get(db);
  if (!query) {
    query = sessionQuery(db);
    preparedSessionQueries.set(db, query);
  }
  const [row] = await query.execute({ tokenHash, now: now.toISOString() });
  if (!row) return null;
  return {
    tokenHash: row.tokenHash,
    id: row.id,
    secondFactor: row.secondFactor as SecondFactorState,
    csrfToken: row.csrfToken,
    activeUnitId: row.activeUnitId,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    user: {
      id: row.userId,
      username: row.username,
      displayName: row.displayName,
      locale: row.locale as Locale,
      isRegionAdmin: row.isRegionAdmin,
      regionId: row.regionId,
      mustChangePassword: row.mustChangePassword,
    },
    units: row.units ?? [],
  };
}

export async function touchSession(db: Queryable, tokenHash: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Queryable, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function setSessionUnit(db: Queryable, tokenHash: string, unitId: string) {
  await db.update(sessions).set({ activeUnitId: unitId }).where(eq(sessions.tokenHash, tokenHash));
}

export async function setUserLocale(db: Queryable, userId: string, locale: Locale) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function insertUser(
  db: Queryable,
  u: {
    regionId: string;
    staffId?: string | null;
    username: string;
    displayName: string;
    passwordHash: string;
    isRegionAdmin?: boolean;
  },
) {
  const [row] = await db.insert(users).values(u).returning({ id: users.id });
  return row!.id;
}

/** A role at a unit; user and unit must be in the region (the composite foreign keys refuse otherwise). */
export async function grantRole(db: Queryable, regionId: string, userId: string, unitId: string, role: Role) {
  await db.insert(userUnitRoles).values({ regionId, userId, unitId, role }).onConflictDoNothing();
}

/** The staff record a user account belongs to (users.staff_id), or null; bound to the region. */
export async function findStaffIdOfUser(db: Queryable, regionId: string, userId: string) {
  const [row] = await db
    .select({ staffId: users.staffId })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.regionId, regionId)))
    .limit(1);
  return row?.staffId ?? null;
}

/** Active partner accounts (role `partner`) at a unit of the region: SIP participants to choose from. */
export function findPartnerAccounts(db: Queryable, regionId: string, unitId: string) {
  return db
    .selectDistinct({ userId: users.id, name: users.displayName })
    .from(users)
    .innerJoin(userUnitRoles, eq(userUnitRoles.userId, users.id))
    .where(
      and(
        eq(users.regionId, regionId),
        eq(users.active, true),
        eq(userUnitRoles.unitId, unitId),
        eq(userUnitRoles.role, 'partner'),
      ),
    )
    .orderBy(users.displayName);
}

/** Housekeeping (ops/housekeeping.ts): sessions past their expiry. */
export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ id: sessions.tokenHash });
  return gone.length;
}

/** Housekeeping: failed sign-ins older than every throttling window. */
export async function deleteSignInAttemptsBefore(db: Queryable, before: Date): Promise<number> {
  const gone = await db
    .delete(signInAttempts)
    .where(lt(signInAttempts.at, before))
    .returning({ id: signInAttempts.id });
  return gone.length;
}

/** The second step done (or owed): the session's state and, once done, its full lifetime. */
export async function setSessionSecondFactor(
  db: Queryable,
  tokenHash: string,
  secondFactor: SecondFactorState,
  expiresAt: Date,
) {
  await db.update(sessions).set({ secondFactor, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

/** A user's live sessions, newest first, for their own list (never the token hash). Bound to the region. */
export async function findSessionsOf(db: Queryable, regionId: string, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      tokenHash: sessions.tokenHash,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.regionId, regionId), eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one session of the user by its public id; answers whether there was one. */
export async function deleteSessionById(
  db: Queryable,
  regionId: string,
  userId: string,
  id: string,
): Promise<boolean> {
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.regionId, regionId), eq(sessions.userId, userId), eq(sessions.id, id)))
    .returning({ id: sessions.id });
  return gone.length > 0;
}

/** Every role the user holds, at any unit (distinct). */
export async function findRolesOfUser(db: Queryable, regionId: string, userId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ role: userUnitRoles.role })
    .from(userUnitRoles)
    .where(and(eq(userUnitRoles.regionId, regionId), eq(userUnitRoles.userId, userId)));
  return rows.map((r) => r.role);
}
