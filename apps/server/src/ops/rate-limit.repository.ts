import { createHash } from 'node:crypto';
import { and, count, eq, gt, lt, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { rateLimitHits } from './ops.tables.ts';

/**
 * A sliding-window rate limit kept in the database, so it holds across every app instance (and a
 * restart): at most `limit` hits per `windowMs` per bucket and client key. One transaction under an
 * advisory lock per bucket and key counts and records, so concurrent requests cannot both slip in.
 * Only a SHA-256 of the key is stored (a client address is personal data).
 */
export interface RateLimit {
  bucket: string;
  limit: number;
  windowMs: number;
}

const hashKey = (bucket: string, key: string) =>
  createHash('sha256').update(`lotsa-rate:${bucket}:${key}`).digest('hex');

/** Records a hit and says whether it is within the limit (a refused hit is not recorded). */
export async function takeRateLimit(db: Queryable, rule: RateLimit, key: string, now = new Date()) {
  const keyHash = hashKey(rule.bucket, key);
  const since = new Date(now.getTime() - rule.windowMs);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`rate:${rule.bucket}:${keyHash}`}, 0))`,
    );
    const where = and(eq(rateLimitHits.bucket, rule.bucket), eq(rateLimitHits.keyHash, keyHash));
    // The client's own old hits go at once; those of clients never seen again go in housekeeping.
    await tx.delete(rateLimitHits).where(and(where, lte(rateLimitHits.at, since)));
    const [recent] = await tx
      .select({ n: count() })
      .from(rateLimitHits)
      .where(and(where, gt(rateLimitHits.at, since)));
    if ((recent?.n ?? 0) >= rule.limit) return false;
    await tx.insert(rateLimitHits).values({ bucket: rule.bucket, keyHash, at: now });
    return true;
  });
}

/** Takes every rule in order; the first refusal wins (later rules are not counted then). */
export async function takeRateLimits(db: Queryable, rules: RateLimit[], key: string, now = new Date()) {
  for (const rule of rules) if (!(await takeRateLimit(db, rule, key, now))) return false;
  return true;
}

/** Housekeeping: hits older than any window (a day) are removed. */
export async function deleteOldRateLimitHits(db: Queryable, before: Date): Promise<number> {
  const gone = await db
    .delete(rateLimitHits)
    .where(lt(rateLimitHits.at, before))
    .returning({ at: rateLimitHits.at });
  return gone.length;
}
