import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../db/database.ts';

/**
 * The audit log's sealer (decision 0009). Rows are numbered from one sequence without a lock, so numbers
 * are handed out in one order and committed in another: a row with a lower number can still commit after
 * one with a higher number. A seal may only cover numbers that no open transaction can still commit.
 *
 * The horizon: read the sequence's last number N, then (in a later statement, so a later snapshot) the
 * snapshot's `xmax`. The insert trigger gives each transaction its id before it takes a number, so every
 * transaction that holds a number ≤ N had its id before `xmax`. Once the oldest running transaction id
 * (`pg_snapshot_xmin`) has passed that `xmax`, all of them have committed or rolled back, and numbers ≤ N
 * are final: seal up to N.
 */
export interface SealHorizon {
  /** The highest number that may be sealed once the horizon is reached. */
  upTo: number;
  /** The snapshot `xmax` (an xid8, as text) every transaction before must have ended. */
  xmax: string;
}

/** Rows per seal: the seal's hash covers this many row hashes at most. */
export const SEAL_BATCH = 10_000;

export async function captureSealHorizon(db: Queryable): Promise<SealHorizon> {
  const [seq] = await queryRows<{ last_value: string | number; is_called: boolean }>(
    db,
    sql`select last_value, is_called from audit_log_seq`,
  );
  const upTo = Number(seq!.last_value) - (seq!.is_called ? 0 : 1);
  const [snap] = await queryRows<{ xmax: string }>(
    db,
    sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`,
  );
  return { upTo, xmax: snap!.xmax };
}

export async function horizonReached(db: Queryable, h: SealHorizon): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(
    db,
    sql`select pg_snapshot_xmin(pg_current_snapshot()) >= ${h.xmax}::xid8 as ok`,
  );
  return row!.ok === true;
}

/** Seals every region's rows up to the horizon (one sealer at a time); answers the seals made. */
export async function sealUpTo(db: Queryable, h: SealHorizon): Promise<number> {
  const [row] = await queryRows<{ made: number }>(
    db,
    sql`select audit_seal(${h.upTo}::bigint, ${SEAL_BATCH}::int) as made`,
  );
  return Number(row!.made);
}

/**
 * Seals everything committed so far: takes a horizon and waits (polling) until every transaction that
 * could still commit a row under it has ended, at most `waitMs`; then seals. Verification runs it first,
 * so only rows of transactions still open stay unsealed. Answers the seals made (0 when it gave up).
 */
export async function sealAuditLog(db: Queryable, opts: { waitMs?: number } = {}): Promise<number> {
  const h = await captureSealHorizon(db);
  const until = Date.now() + (opts.waitMs ?? 5_000);
  while (!(await horizonReached(db, h))) {
    if (Date.now() > until) return 0;
    await new Promise((r) => setTimeout(r, 10));
  }
  return sealUpTo(db, h);
}
