// The TOTP tables (user_totp, totp_recovery_codes): the only file that touches them.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { totpRecoveryCodes, userTotp } from './access.tables.ts';

export type TotpRow = typeof userTotp.$inferSelect;

export async function findTotp(db: Queryable, userId: string): Promise<TotpRow | null> {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId)).limit(1);
  return row ?? null;
}

/** A new, unconfirmed secret, replacing an earlier unconfirmed one; never a confirmed one (answers false). */
export async function putPendingTotp(
  db: Queryable,
  row: { userId: string; regionId: string; secret: string },
): Promise<boolean> {
  const done = await db
    .insert(userTotp)
    .values(row)
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: {
        secret: row.secret,
        failedCodes: 0,
        lockedUntil: null,
        lastUsedStep: null,
        createdAt: sql`now()`,
      },
      setWhere: isNull(userTotp.confirmedAt),
    })
    .returning({ userId: userTotp.userId });
  return done.length > 0;
}

/**
 * Takes a code's time step: refused (false) when that step or a later one has been used already, so a
 * code seen over someone's shoulder cannot be entered again. One statement, so two requests with the
 * same code cannot both pass.
 */
export async function claimStep(db: Queryable, userId: string, step: number): Promise<boolean> {
  const done = await db
    .update(userTotp)
    .set({ lastUsedStep: step, failedCodes: 0 })
    .where(
      and(eq(userTotp.userId, userId), or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, step))),
    )
    .returning({ userId: userTotp.userId });
  return done.length > 0;
}

/** Counts a wrong code; the `max`-th locks the codes until `lockUntil` (and starts the count again). Answers whether it locked. */
export async function recordWrongCode(db: Queryable, userId: string, max: number, lockUntil: Date) {
  const [row] = await db
    .update(userTotp)
    .set({
      failedCodes: sql`case when ${userTotp.failedCodes} + 1 >= ${max} then 0 else ${userTotp.failedCodes} + 1 end`,
      lockedUntil: sql`case when ${userTotp.failedCodes} + 1 >= ${max} then ${lockUntil.toISOString()}::timestamptz
                       else ${userTotp.lockedUntil} end`,
    })
    .where(eq(userTotp.userId, userId))
    .returning({ lockedUntil: userTotp.lockedUntil });
  return row?.lockedUntil != null && row.lockedUntil.getTime() === lockUntil.getTime();
}

export async function confirmTotp(db: Queryable, userId: string, step: number, now: Date) {
  await db
    .update(userTotp)
    .set({ confirmedAt: now, lastUsedStep: step, failedCodes: 0, lockedUntil: null })
    .where(eq(userTotp.userId, userId));
}

/** Replaces the user's recovery codes with these hashes. */
export async function replaceRecoveryCodes(
  db: Queryable,
  user: { userId: string; regionId: string },
  hashes: readonly string[],
) {
  await db.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, user.userId));
  if (hashes.length > 0)
    await db
      .insert(totpRecoveryCodes)
      .values(hashes.map((codeHash) => ({ userId: user.userId, regionId: user.regionId, codeHash })));
}

/** Uses a recovery code once: answers false when it is not the user's or has been used. One statement. */
export async function useRecoveryCode(db: Queryable, userId: string, codeHash: string, now: Date) {
  const done = await db
    .update(totpRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(totpRecoveryCodes.userId, userId),
        eq(totpRecoveryCodes.codeHash, codeHash),
        isNull(totpRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: totpRecoveryCodes.id });
  return done.length > 0;
}

export async function countRecoveryCodesLeft(db: Queryable, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(totpRecoveryCodes)
    .where(and(eq(totpRecoveryCodes.userId, userId), isNull(totpRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

export async function hasConfirmedTotp(db: Queryable, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ confirmedAt: userTotp.confirmedAt })
    .from(userTotp)
    .where(eq(userTotp.userId, userId))
    .limit(1);
  return row?.confirmedAt != null;
}

/** The admin's reset: the secret and the recovery codes go; answers whether there was a secret. */
export async function deleteTotp(db: Queryable, userId: string): Promise<boolean> {
  await db.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
  const gone = await db
    .delete(userTotp)
    .where(eq(userTotp.userId, userId))
    .returning({ id: userTotp.userId });
  return gone.length > 0;
}
