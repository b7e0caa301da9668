// The log review's queries (logguppföljning, issue 16). A reporting query over the audit log, the
// patients of the unit and the staff behind the accounts, like the follow-up module's figures: read
// only, bound to the region and the unit.
import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.ts';
import { auditReviews } from './audit.tables.ts';

export interface AccessRow {
  id: number;
  at: string;
  user_id: string | null;
  user_name: string;
  action: string;
  entity: string;
  reason: string;
  detail: Record<string, unknown> | null;
  patient_id: string;
  patient_name: string;
  same_surname: boolean;
  local_time: string;
  local_day: string;
  dow: number;
  patients_that_day: number;
  reviewed_by_name: string | null;
  reviewed_at: string | Date | null;
  comment: string | null;
}

export interface AccessWindow {
  regionId: string;
  unitId: string;
  from: Date;
  to: Date;
  /** Only these audit entries (by id). */
  ids?: readonly number[];
}

/**
 * Every access (read, change, export; not lists or refusals) by a signed-in user to a patient of the
 * unit in the window, newest first, with what the flags need: local time, same surname as the
 * user's staff member, how many patients the user opened that day, and the review if any.
 */
export function findAccesses(q: Queryable, w: AccessWindow, limit = 5000): Promise<AccessRow[]> {
  const only = w.ids
    ? sql`and a.id in (${sql.join(
        w.ids.map((i) => sql`${i}`),
        sql`, `,
      )})`
    : sql``;
  return queryRows<AccessRow>(
    q,
    sql`
    with acc as (
      select a.id, a.at, a.user_id, a.user_name, a.action, a.entity, a.reason, a.detail,
             p.id as patient_id, p.given_name || ' ' || p.family_name as patient_name,
             coalesce(lower(s.family_name) = lower(p.family_name), false) as same_surname,
             to_char(a.at at time zone 'Europe/Stockholm', 'HH24:MI') as local_time,
             to_char(a.at at time zone 'Europe/Stockholm', 'YYYY-MM-DD') as local_day,
             extract(isodow from a.at at time zone 'Europe/Stockholm')::int as dow
        from audit_log a
        join patients p on p.id = any(a.patient_ids) and p.unit_id = ${w.unitId} and p.region_id = ${w.regionId}
        left join users u on u.id = a.user_id
        left join staff s on s.id = u.staff_id
       where a.region_id = ${w.regionId} and a.at >= ${w.from} and a.at < ${w.to}
         and a.user_id is not null
         and a.action in ('read', 'create', 'update', 'delete', 'export')
         and a.entity <> 'audit_review'
         ${only}
    ),
    days as (
      select user_id, local_day, count(distinct patient_id)::int as n
        from acc where action = 'read' group by user_id, local_day
    )
    select acc.*, coalesce(d.n, 0) as patients_that_day,
           r.reviewed_by_name, r.reviewed_at, r.comment
      from acc
      left join days d on d.user_id = acc.user_id and d.local_day = acc.local_day
      left join audit_reviews r on r.audit_id = acc.id and r.unit_id = ${w.unitId}
     order by acc.id desc
     limit ${limit}`,
  );
}

/**
 * The week's sample: `n` reads of the unit's patients, drawn at random but the same every time it
 * is asked (ordered by a hash of the entry, the unit and the week).
 */
export function sampleAccessIds(
  q: Queryable,
  w: AccessWindow & { seed: string },
  n: number,
): Promise<Array<{ id: number }>> {
  return queryRows<{ id: number }>(
    q,
    sql`
    select distinct a.id, md5(a.id::text || ${w.seed}) as h
      from audit_log a
      join patients p on p.id = any(a.patient_ids) and p.unit_id = ${w.unitId} and p.region_id = ${w.regionId}
     where a.region_id = ${w.regionId} and a.at >= ${w.from} and a.at < ${w.to}
       and a.user_id is not null and a.action = 'read'
     order by h
     limit ${n}`,
  );
}

export async function insertReview(
  q: Queryable,
  r: { regionId: string; unitId: string; auditId: number; userId: string; userName: string; comment: string },
) {
  const [row] = await q
    .insert(auditReviews)
    .values({
      regionId: r.regionId,
      unitId: r.unitId,
      auditId: r.auditId,
      reviewedByUserId: r.userId,
      reviewedByName: r.userName,
      comment: r.comment,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function countReviews(q: Queryable, unitId: string, from: Date, to: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    q,
    sql`select count(*)::int as n from audit_reviews where unit_id = ${unitId} and reviewed_at >= ${from} and reviewed_at < ${to}`,
  );
  return row?.n ?? 0;
}
