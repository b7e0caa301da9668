import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/database.ts';
import { auditLog, patients, users } from '../../src/db/schema.ts';
import type { Random } from '../../src/demo/random.ts';
import { DEFAULT_REASON } from '../../src/lib/actor.ts';
import type { Progress } from './progress.ts';

/** Entries per INSERT statement (10 bound parameters each). */
const ROWS_PER_INSERT = 2_000;

/**
 * Fills the audit log with past activity: mostly patient reads, then searches listing 5–50 patients of
 * one unit, a few changes. Plain INSERTs, so the chain trigger numbers and hashes every entry.
 */
export async function prefillAudit(db: Db, regionId: string, total: number, rnd: Random, progress: Progress) {
  const actors = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(eq(users.regionId, regionId));
  const rows = await db
    .select({ id: patients.id, unitId: patients.unitId })
    .from(patients)
    .where(eq(patients.regionId, regionId));
  const byUnit = new Map<string, string[]>();
  for (const r of rows) {
    const ids = byUnit.get(r.unitId) ?? [];
    ids.push(r.id);
    byUnit.set(r.unitId, ids);
  }
  const units = [...byUnit.entries()];

  const entry = () => {
    const [unitId, ids] = rnd.pick(units);
    const actor = rnd.pick(actors);
    const kind = rnd.next();
    const list = kind >= 0.7 && kind < 0.95;
    const patientIds = list ? Array.from({ length: rnd.int(5, 50) }, () => rnd.pick(ids)) : [rnd.pick(ids)];
    return {
      regionId,
      userId: actor.id,
      userName: actor.name,
      unitId,
      patientIds: [...new Set(patientIds)],
      action: list ? 'list' : kind < 0.7 ? 'read' : 'update',
      entity: 'patient',
      entityId: list ? null : patientIds[0]!,
      reason: DEFAULT_REASON,
      detail: list ? { query: 'name' } : kind < 0.7 ? null : { fields: ['phone'] },
    } satisfies typeof auditLog.$inferInsert;
  };
  for (let done = 0; done < total; ) {
    const batch = Array.from({ length: Math.min(ROWS_PER_INSERT, total - done) }, entry);
    await db.insert(auditLog).values(batch);
    done += batch.length;
    await progress(done, total);
  }
}
