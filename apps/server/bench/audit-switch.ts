import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/database.ts';

/**
 * Runs `work` while the database drops every audit_log INSERT, without changing the app: a BEFORE INSERT
 * trigger that returns NULL. Triggers fire in name order, so `a_bench_audit_off` runs before
 * `audit_log_stamp` and skips the number, the hash, the row and its index entries. The app still
 * sends its INSERT inside the same transaction.
 */
export async function withAuditLoggingOff<T>(db: Db, work: () => Promise<T>): Promise<T> {
  await db.execute(
    sql`CREATE FUNCTION bench_skip_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
  );
  await db.execute(
    sql`CREATE TRIGGER a_bench_audit_off BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION bench_skip_row()`,
  );
  try {
    return await work();
  } finally {
    await db.execute(sql`DROP TRIGGER a_bench_audit_off ON audit_log`);
    await db.execute(sql`DROP FUNCTION bench_skip_row()`);
  }
}
