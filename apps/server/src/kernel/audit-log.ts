import type { AuditEntry } from '@lotsa/contracts';
import { and, arrayContains, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { auditLog } from './audit-log.tables.ts';
import { sealAuditLog } from './audit-seal.ts';

export interface AuditEvent {
  action: 'read' | 'list' | 'create' | 'update' | 'delete' | 'export' | 'denied';
  entity: string;
  entityId?: string | null;
  patientIds: string[];
  detail?: Record<string, unknown> | null;
}

/**
 * Who the entry names: a signed-in user (an Actor), or no user at all (`userId: null`), as for the
 * public interest form.
 */
export type AuditActor = Pick<Actor, 'regionId' | 'userName' | 'activeUnitId' | 'reason'> & {
  userId: string | null;
};

/**
 * Appends one entry. Call it inside the transaction that reads or writes the data, so the entry
 * commits with the data and before the answer leaves.
 */
export async function appendAudit(tx: Queryable, actor: AuditActor, e: AuditEvent): Promise<void> {
  await tx.insert(auditLog).values({
    regionId: actor.regionId,
    userId: actor.userId,
    userName: actor.userName,
    unitId: actor.activeUnitId,
    patientIds: e.patientIds,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    reason: actor.reason,
    detail: e.detail ?? null,
  });
}

function toEntry(r: typeof auditLog.$inferSelect): AuditEntry {
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    userId: r.userId,
    userName: r.userName,
    unitId: r.unitId,
    patientIds: r.patientIds,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    reason: r.reason,
    detail: r.detail ?? null,
  };
}

export interface AuditFilter {
  regionId: string;
  unitId?: string;
  userId?: string;
  patientId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: number;
  limit: number;
}

export async function findAuditEntries(db: Queryable, f: AuditFilter): Promise<AuditEntry[]> {
  const where: SQL[] = [eq(auditLog.regionId, f.regionId)];
  if (f.unitId) where.push(eq(auditLog.unitId, f.unitId));
  if (f.userId) where.push(eq(auditLog.userId, f.userId));
  if (f.patientId) where.push(arrayContains(auditLog.patientIds, [f.patientId]));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lt(auditLog.at, f.to));
  if (f.beforeSeq) where.push(lt(auditLog.seq, f.beforeSeq));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(f.limit);
  return rows.map(toEntry);
}

/**
 * Verifies the region's log (decision 0009). Seals first what has committed (`sealAuditLog`), then, in
 * one query: every row's own hash against its content; every seal against the rows of its range (their
 * count and the hash of their hashes, in seq order) and against the region's previous seal (number, range
 * and hash: no seal removed, changed or put between); rows no seal covers yet (of transactions still open)
 * against their own hashes; rows before the first seal (there are none unless a seal was removed).
 * `firstBrokenSeq`: the first row whose hash does not match its content, or the
 * first row of the first seal whose rows changed (deleted, inserted, reordered or rehashed), or where the
 * chain of rows written before the seals was already broken.
 */
export async function verifyAuditChain(db: Queryable, regionId: string) {
  await sealAuditLog(db);
  const [row] = await queryRows<{
    checked: number;
    unsealed: number;
    seals: number;
    first_broken: string | number | null;
  }>(
    db,
    sql`
    with seals as (
      select t.seal_no, t.after_seq, t.last_seq, t.row_count, t.rows_hash, t.legacy_first_broken_seq,
             t.seal_hash = audit_seal_hash(t)
             and t.seal_no = row_number() over w
             and t.after_seq = coalesce(lag(t.last_seq) over w, 0)
             and t.prev_seal_hash = coalesce(lag(t.seal_hash) over w, '') as chained
      from audit_seals t where t.region_id = ${regionId}
      window w as (order by t.seal_no)
    ),
    per_seal as (
      select s.*, x.n, x.rh, x.bad, x.first
      from seals s cross join lateral (
        select count(*)::int as n,
               encode(sha256(convert_to(coalesce(string_agg(a.hash, '|' order by a.seq), ''), 'UTF8')), 'hex') as rh,
               min(a.seq) filter (where a.hash <> audit_log_row_hash(a)) as bad,
               min(a.seq) as first
        from audit_log a
        where a.region_id = ${regionId} and a.seq > s.after_seq and a.seq <= s.last_seq
      ) x
    ),
    head as (
      select count(*)::int as n, min(a.seq) as first
      from audit_log a
      where a.region_id = ${regionId}
        and a.seq <= coalesce((select after_seq from seals order by seal_no limit 1), 0)
    ),
    tail as (
      select count(*)::int as n, min(a.seq) filter (where a.hash <> audit_log_row_hash(a)) as bad
      from audit_log a
      where a.region_id = ${regionId} and a.seq > coalesce((select max(last_seq) from seals), 0)
    )
    select coalesce((select sum(n) from per_seal), 0)::int + (select n from tail) + (select n from head)
             as checked,
           (select n from tail) as unsealed,
           (select count(*)::int from seals) as seals,
           least(
             (select min(bad) from per_seal),
             (select bad from tail),
             (select first from head),
             (select min(coalesce(legacy_first_broken_seq, first, after_seq + 1)) from per_seal
               where not chained or n <> row_count or rh <> rows_hash or legacy_first_broken_seq is not null)
           ) as first_broken`,
  );
  const firstBroken = row?.first_broken == null ? null : Number(row.first_broken);
  return {
    checked: row?.checked ?? 0,
    intact: firstBroken === null,
    firstBrokenSeq: firstBroken,
    seals: row?.seals ?? 0,
    unsealed: row?.unsealed ?? 0,
  };
}
