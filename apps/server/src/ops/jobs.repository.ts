import { eq, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../db/database.ts';
import { jobRuns } from './ops.tables.ts';

/**
 * Claims a job's run when its interval has passed since its last start (on any instance): one
 * statement, so two claimers of the same run cannot both win.
 */
export async function claimDueRun(
  db: Queryable,
  name: string,
  everyMs: number,
  now: Date,
  instance: string,
): Promise<boolean> {
  const due = new Date(now.getTime() - everyMs);
  const rows = await queryRows<{ name: string }>(
    db,
    sql`insert into job_runs (name, last_started_at, last_instance, runs) values (${name}, ${now}, ${instance}, 1)
        on conflict (name) do update set last_started_at = excluded.last_started_at,
          last_instance = excluded.last_instance, runs = job_runs.runs + 1
        where job_runs.last_started_at is null or job_runs.last_started_at <= ${due}
        returning name`,
  );
  return rows.length === 1;
}

export async function finishRun(db: Queryable, name: string, at: Date, error: string | null) {
  await db
    .update(jobRuns)
    .set(
      error
        ? { lastFinishedAt: at, lastError: error }
        : { lastFinishedAt: at, lastSucceededAt: at, lastError: null },
    )
    .where(eq(jobRuns.name, name));
}

export function findJobRuns(db: Queryable) {
  return db.select().from(jobRuns);
}
