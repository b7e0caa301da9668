import type { Database, Leadership } from '../db/database.ts';

/** Advisory lock keys of the start-up steps one instance does for all (the migrations' is in db/). */
export const DEMO_SEED_LOCK_KEY = 7_105_117_3;

/** Waits until this instance holds `key` (another instance holding it finishes first). */
export async function waitForLock(database: Database, key: number, pollMs = 250): Promise<Leadership> {
  for (;;) {
    const held = await database.tryLeadership(key);
    if (held) return held;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
