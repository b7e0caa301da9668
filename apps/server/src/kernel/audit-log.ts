import type { AuditEntry } from '@lotsa/contracts';
import { and, arrayContains, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { auditLog } from './audit-log.tables.ts';

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
 * Recomputes every hash of the region's chain in the database and returns the first entry whose
 * hash or link to its predecessor does not match.
 */
export async function verifyAuditChain(db: Queryable, regionId: string) {
  const [row] = await queryRows<{ checked: number; first_broken: string | number | null }>(
    db,
    sql`
    select count(*)::int as checked,
           min(seq) filter (where not ok) as first_broken
    from (
      select seq,
             hash = audit_log_row_hash(a)
             and prev_hash = coalesce(lag(hash) over (order by seq), '')
             and seq = row_number() over (order by seq) as ok
      from audit_log a where region_id = ${regionId}
    ) s`,
  );
  const firstBroken = row?.first_broken == null ? null : Number(row.first_broken);
  return { checked: row?.checked ?? 0, intact: firstBroken === null, firstBrokenSeq: firstBroken };
}
