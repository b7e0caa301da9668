import { deleteExpiredSessions, deleteSignInAttemptsBefore } from '../modules/access/index.ts';
import type { Job } from './jobs.ts';
import { deleteOldRateLimitHits } from './rate-limit.repository.ts';

const DAY_MS = 86_400_000;

/**
 * Removes what has expired and is never read again: sessions past their expiry, failed sign-ins and
 * rate-limit hits older than a day (every window is shorter). Later jobs (recall, reminders) are added to `JOBS` beside it and run the same way, once per deployment.
 */
export const housekeeping: Job = {
  name: 'housekeeping',
  everyMs: 60 * 60_000,
  async run(db, now) {
    const dayAgo = new Date(now.getTime() - DAY_MS);
    const sessions = await deleteExpiredSessions(db, now);
    const attempts = await deleteSignInAttemptsBefore(db, dayAgo);
    const hits = await deleteOldRateLimitHits(db, dayAgo);
    return `removed ${sessions} expired sessions, ${attempts} old failed sign-ins, ${hits} old rate-limit hits`;
  },
};

/** Every scheduled job of Lotsa. */
export const JOBS: Job[] = [housekeeping];
