import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/*
 * What running several instances of Lotsa needs to share, kept in the database (not in a process):
 * rate-limit counts and the scheduled jobs' runs. Neither holds tenant data, so neither has a region
 * (docs/ARCHITECTURE.md, "Growth past one PostgreSQL server").
 */

/**
 * One row per counted hit of a rate limit (`bucket`, e.g. `survey_read`), per client: only a SHA-256 of
 * the client's key (an address, a kiosk key hash). Rows older than the longest window are removed.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    bucket: text('bucket').notNull(),
    keyHash: text('key_hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('rate_limit_hits_key_idx').on(t.bucket, t.keyHash, t.at),
    index('rate_limit_hits_at_idx').on(t.at),
  ],
);

/** The scheduled jobs (ops/jobs.ts): when each last ran, on which instance, and how it went. */
export const jobRuns = pgTable('job_runs', {
  name: text('name').primaryKey(),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  lastSucceededAt: timestamp('last_succeeded_at', { withTimezone: true }),
  lastError: text('last_error'),
  lastInstance: text('last_instance'),
  runs: integer('runs').notNull().default(0),
});
