import type { Account, Role } from '@lotsa/contracts';
import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { unitRolesOfUser } from './access.repository.ts';
import { sessions, users, userTotp, userUnitRoles } from './access.tables.ts';

/** An account as stored: the staff member and the units by id (their names come from organisation). */
export type AccountRow = Omit<Account, 'staff' | 'units'> & {
  staffId: string | null;
  units: Array<{ id: string; roles: Role[] }>;
};

/** The accounts of a region, or one of them, or those with a role at one unit; never a password hash. */
export async function findAccounts(
  db: Queryable,
  regionId: string,
  filter: { id?: string; unitId?: string } = {},
): Promise<AccountRow[]> {
  const where: SQL[] = [eq(users.regionId, regionId)];
  if (filter.id) where.push(eq(users.id, filter.id));
  if (filter.unitId)
    where.push(
      sql`exists (select 1 from ${userUnitRoles} where ${userUnitRoles.regionId} = ${regionId}
                  and ${userUnitRoles.userId} = ${users.id} and ${userUnitRoles.unitId} = ${filter.unitId})`,
    );
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      staffId: users.staffId,
      active: users.active,
      isRegionAdmin: users.isRegionAdmin,
      mustChangePassword: users.mustChangePassword,
      totpEnrolled: sql<boolean>`exists (select 1 from ${userTotp} where ${userTotp.userId} = ${users.id}
                  and ${userTotp.confirmedAt} is not null)`,
      createdAt: users.createdAt,
      units: unitRolesOfUser,
    })
    .from(users)
    .where(and(...where))
    .orderBy(users.displayName, users.username);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    staffId: r.staffId,
    units: r.units ?? [],
    active: r.active,
    isRegionAdmin: r.isRegionAdmin,
    mustChangePassword: r.mustChangePassword,
    totpEnrolled: r.totpEnrolled,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function usernameTaken(db: Queryable, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return row !== undefined;
}

export async function insertAccount(
  db: Queryable,
  regionId: string,
  a: {
    username: string;
    displayName: string;
    staffId: string | null;
    isRegionAdmin: boolean;
    passwordHash: string;
  },
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ regionId, ...a, mustChangePassword: true })
    .returning({ id: users.id });
  return row!.id;
}

export async function updateAccount(
  db: Queryable,
  regionId: string,
  id: string,
  v: { displayName?: string; staffId?: string | null; isRegionAdmin?: boolean; active?: boolean },
) {
  await db
    .update(users)
    .set(v)
    .where(and(eq(users.id, id), eq(users.regionId, regionId)));
}

/** Replaces the account's roles with these, per unit (the account's and the units' region). */
export async function replaceRoles(
  db: Queryable,
  regionId: string,
  userId: string,
  list: Array<{ unitId: string; roles: Role[] }>,
) {
  await db
    .delete(userUnitRoles)
    .where(and(eq(userUnitRoles.regionId, regionId), eq(userUnitRoles.userId, userId)));
  const rows = list.flatMap((u) => u.roles.map((role) => ({ regionId, userId, unitId: u.unitId, role })));
  if (rows.length > 0) await db.insert(userUnitRoles).values(rows);
}

export async function setPassword(
  db: Queryable,
  userId: string,
  passwordHash: string,
  mustChangePassword: boolean,
) {
  await db.update(users).set({ passwordHash, mustChangePassword }).where(eq(users.id, userId));
}

export async function findPasswordHash(db: Queryable, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.hash ?? null;
}

/** Ends the user's sessions, all of them or all but one; answers how many were ended. Bound to the region. */
export async function deleteSessionsOf(
  db: Queryable,
  regionId: string,
  userId: string,
  keepTokenHash?: string,
) {
  const rows = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.regionId, regionId),
        eq(sessions.userId, userId),
        ...(keepTokenHash ? [ne(sessions.tokenHash, keepTokenHash)] : []),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

/** The user name of another account linked to this staff member, if any (one account per person). */
export async function accountOfStaff(
  db: Queryable,
  staffId: string,
  exceptUserId?: string,
): Promise<string | null> {
  const [row] = await db
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.staffId, staffId), exceptUserId ? ne(users.id, exceptUserId) : undefined))
    .limit(1);
  return row?.username ?? null;
}
