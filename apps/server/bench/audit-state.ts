import { count } from 'drizzle-orm';
import type { Db } from '../src/db/database.ts';
import { auditLog, regions } from '../src/db/schema.ts';
import { verifyAuditChain } from '../src/kernel/index.ts';

export async function countAuditRows(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row!.n;
}

/** Recomputes every region's hash chain; `intact` only if all are. */
export async function verifyAllChains(db: Db) {
  let checked = 0;
  let intact = true;
  for (const { id } of await db.select({ id: regions.id }).from(regions)) {
    const result = await verifyAuditChain(db, id);
    checked += result.checked;
    intact &&= result.intact;
  }
  return { checked, intact };
}
