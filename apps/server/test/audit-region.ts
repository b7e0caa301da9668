import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/database.ts';
import { regions } from '../src/db/schema.ts';
import { type AuditActor, appendAudit } from '../src/kernel/index.ts';
import type { TestApp } from './harness.ts';

type Db = TestApp['database']['db'];

/** A new region with `n` audit rows written as the app writes them; answers their seqs in order. */
export async function auditRegion(db: Db, n = 5): Promise<{ regionId: string; seqs: number[] }> {
  const regionId = randomUUID();
  await db.insert(regions).values({ id: regionId, code: `t-${regionId.slice(0, 8)}`, name: 'Testregion' });
  const actor: AuditActor = {
    regionId,
    userId: null,
    userName: 'Testare',
    activeUnitId: null,
    reason: 'test',
  };
  for (let i = 0; i < n; i++)
    await appendAudit(db, actor, {
      action: 'read',
      entity: 'patient',
      entityId: `p${i}`,
      patientIds: [randomUUID()],
      detail: { i },
    });
  return { regionId, seqs: await auditSeqs(db, regionId) };
}

/** The seqs of a region's audit rows, in order. */
async function auditSeqs(db: Db, regionId: string): Promise<number[]> {
  const rows = await queryRows<{ seq: string | number }>(
    db,
    sql`select seq from audit_log where region_id = ${regionId} order by seq`,
  );
  return rows.map((r) => Number(r.seq));
}
