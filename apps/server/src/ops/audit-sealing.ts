import { sql } from 'drizzle-orm';
import { queryRows } from '../db/database.ts';
import { captureSealHorizon, horizonReached, type SealHorizon, sealUpTo } from '../kernel/index.ts';
import type { LeaderLoop } from './jobs.ts';

/**
 * The audit log's sealer (decision 0009), run by the jobs' leader once per deployment, every second. Each
 * round seals up to the horizon the previous round took, if every transaction under it has ended (else
 * it waits for the next round), then takes a new horizon: a row is sealed one to two seconds after it was
 * written, plus however long its transaction stays open. Each seal's head (region, last seq, hash) goes
 * to the log, so a copy of the chain's heads lives outside the database.
 */
export function auditSealing(everyMs = 1_000): LeaderLoop {
  let pending: SealHorizon | null = null;
  return {
    name: 'audit-sealing',
    everyMs,
    async run(db) {
      let made = 0;
      if (pending && (await horizonReached(db, pending))) {
        made = await sealUpTo(db, pending);
        pending = null;
      }
      if (!pending) pending = await captureSealHorizon(db);
      if (made === 0) return undefined;
      const heads = await queryRows<{
        region_id: string;
        seal_no: number;
        last_seq: number;
        seal_hash: string;
      }>(
        db,
        sql`select s.region_id, s.seal_no, s.last_seq, s.seal_hash from regions r
              cross join lateral (select * from audit_seals where region_id = r.id
                                  order by seal_no desc limit 1) s`,
      );
      return `${made} seals; heads ${heads.map((h) => `${h.region_id}:${h.seal_no}:${h.last_seq}:${h.seal_hash}`).join(' ')}`;
    },
  };
}
