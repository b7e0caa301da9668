import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { DemoUnit } from './profiles.ts';

/**
 * History for the follow-up (Uppföljning): the pilot patients listed before Lotsa's intake existed get
 * the dates they were listed on, spread over the unit's pilot (Kumla, the first unit, two years; the
 * others one year), so "enrolled against the cap" grows month by month instead of jumping on the day
 * the demo was made. Only patients without an enrolment through intake are moved.
 */
export async function seedFollowUpHistory(db: Db, units: DemoUnit[], today: Date) {
  for (const [u, unit] of units.entries()) {
    const months = u === 0 ? 24 : 12;
    const n = unit.patients.length;
    for (const p of unit.patients) {
      // The first quarter of the patients at the start, the rest a few a month (deterministic).
      const back = p.index < n / 4 ? months : Math.max(1, Math.round(months * (1 - p.index / n)));
      await db.execute(sql`update patients set created_at = ${today.toISOString()}::timestamptz
                             - make_interval(months => ${back}::int, days => ${(p.index * 7) % 27}::int)
                           where id = ${p.id} and not exists (
                             select 1 from intake_registrations r where r.patient_id = patients.id
                               and r.enrolled_at is not null)`);
    }
  }
}
