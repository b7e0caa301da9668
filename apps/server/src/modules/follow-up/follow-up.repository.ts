import type { Spread } from '@lotsa/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.ts';

/**
 * The follow-up's figures as SQL aggregates. This module is the one reader of other modules' tables
 * by name (intake, patients, scheduling, care team, contact requests, surveys): a read model, like a
 * report on a read replica — it never writes them. Each figure is defined in docs/follow-up.md.
 * Instants are passed in: a period's local dates become [start of its first day, end of its last day)
 * in Europe/Stockholm before they reach here.
 */

export interface Window {
  unitId: string;
  /** Inclusive start and exclusive end instants. */
  start: Date;
  end: Date;
}

type Num = number | string | null;
const int = (v: Num | undefined) => Number(v ?? 0);
const num = (v: Num | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
const spread = (r: { n: Num; median: Num; p90: Num } | undefined): Spread => ({
  n: int(r?.n),
  median: num(r?.median),
  p90: num(r?.p90),
});

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Who holds a place at the unit, as intervals [a, b): from enrolment (or listing) to exit. */
const places = (unitId: string) => sql`
  select p.id, p.municipality_code, p.diagnoses,
    coalesce(min(r.enrolled_at), p.created_at) as a,
    coalesce(max(r.ended_at) filter (where r.stage = 'exited'), 'infinity'::timestamptz) as b
  from patients p
  left join intake_registrations r on r.patient_id = p.id and r.unit_id = p.unit_id
  where p.unit_id = ${unitId}
  group by p.id`;

/** Times on the unit's waiting list, as intervals [a, b): from joining it to the next step. */
const waitingSpells = (unitId: string) => sql`
  select e.registration_id, e.at as a, coalesce(e.next_at, 'infinity'::timestamptz) as b, e.next_at
  from (
    select ev.registration_id, ev.at, ev.to_stage,
      lead(ev.at) over (partition by ev.registration_id order by ev.at, ev.id) as next_at
    from intake_events ev join intake_registrations r on r.id = ev.registration_id
    where r.unit_id = ${unitId}
  ) e
  where e.to_stage = 'waiting_list'`;

/** Enrolled and waiting at each instant (the end of each month's counting day). */
export async function placesAt(
  db: Queryable,
  unitId: string,
  instants: Date[],
): Promise<Array<{ enrolled: number; waiting: number }>> {
  if (instants.length === 0) return [];
  const list = sql.join(
    instants.map((d, i) => sql`(${i}::int, ${ts(d)})`),
    sql`, `,
  );
  const rows = await queryRows<{ i: number; enrolled: Num; waiting: Num }>(
    db,
    sql`with pl as (${places(unitId)}), w as (${waitingSpells(unitId)}),
        t(i, at) as (values ${list})
        select t.i,
          (select count(*) from pl where pl.a <= t.at and pl.b > t.at) as enrolled,
          (select count(*) from w where w.a <= t.at and w.b > t.at) as waiting
        from t order by t.i`,
  );
  return rows.map((r) => ({ enrolled: int(r.enrolled), waiting: int(r.waiting) }));
}

/** Patients holding a place at an instant, by municipality and by diagnosis (ICD-10 category). */
export async function placesBreakdown(db: Queryable, unitId: string, at: Date) {
  const [byMunicipality, byDiagnosis] = await Promise.all([
    queryRows<{ code: string; count: Num }>(
      db,
      sql`with pl as (${places(unitId)})
          select municipality_code as code, count(*) as count from pl
          where pl.a <= ${ts(at)} and pl.b > ${ts(at)}
          group by municipality_code order by count(*) desc, municipality_code`,
    ),
    queryRows<{ code: string; count: Num }>(
      db,
      sql`with pl as (${places(unitId)})
          select left(d.code, 3) as code, count(distinct pl.id) as count
          from pl cross join lateral unnest(pl.diagnoses) as d(code)
          where pl.a <= ${ts(at)} and pl.b > ${ts(at)}
          group by left(d.code, 3) order by count(distinct pl.id) desc, left(d.code, 3)`,
    ),
  ]);
  return {
    byMunicipality: byMunicipality.map((r) => ({ code: r.code, count: int(r.count) })),
    byDiagnosis: byDiagnosis.map((r) => ({ code: r.code, count: int(r.count) })),
  };
}

const days = (later: SQL, earlier: SQL) => sql`extract(epoch from (${later} - ${earlier})) / 86400.0`;

/** Days on the waiting list of those who left it within the window. */
export async function waitingDays(db: Queryable, w: Window): Promise<Spread> {
  const [row] = await queryRows<{ n: Num; median: Num; p90: Num }>(
    db,
    sql`with s as (${waitingSpells(w.unitId)})
        select count(*) as n,
          percentile_cont(0.5) within group (order by ${days(sql`s.b`, sql`s.a`)}) as median,
          percentile_cont(0.9) within group (order by ${days(sql`s.b`, sql`s.a`)}) as p90
        from s where s.next_at >= ${ts(w.start)} and s.next_at < ${ts(w.end)}`,
  );
  return spread(row);
}

const STEP_STAGES: Array<{ key: string; stages: string[] }> = [
  { key: 't1', stages: ['first_call_booked'] },
  { key: 't2', stages: ['needs_mapped'] },
  { key: 't3', stages: ['eligible', 'not_eligible'] },
  { key: 't4', stages: ['consented'] },
  { key: 't5', stages: ['enrolled'] },
];

export interface FunnelRow {
  count: number;
  days: Spread;
}

/**
 * The intake funnel of the registrations received in the window: how many reached each step (or a
 * later one: a skipped step counts as passed), and the days from the step before for those with both.
 */
export async function intakeFunnel(db: Queryable, w: Window): Promise<FunnelRow[]> {
  const firsts = sql.join(
    STEP_STAGES.map(
      (s) =>
        sql`min(e.at) filter (where e.to_stage in (${sql.join(
          s.stages.map((x) => sql`${x}`),
          sql`, `,
        )})) as ${sql.raw(s.key)}`,
    ),
    sql`, `,
  );
  const keys = ['t0', ...STEP_STAGES.map((s) => s.key)];
  const reached = (k: number) => sql.raw(`coalesce(${keys.slice(k).join(', ')}) is not null`);
  const parts: SQL[] = [sql`count(*) as n0`];
  for (let k = 1; k < keys.length; k++) {
    const cur = sql.raw(keys[k] as string);
    const prev = sql.raw(keys[k - 1] as string);
    const d = days(cur, prev);
    const both = sql`${cur} is not null and ${prev} is not null`;
    parts.push(sql`count(*) filter (where ${reached(k)}) as ${sql.raw(`n${k}`)}`);
    parts.push(sql`count(*) filter (where ${both}) as ${sql.raw(`d${k}`)}`);
    parts.push(
      sql`percentile_cont(0.5) within group (order by ${d}) filter (where ${both}) as ${sql.raw(`m${k}`)}`,
    );
    parts.push(
      sql`percentile_cont(0.9) within group (order by ${d}) filter (where ${both}) as ${sql.raw(`p${k}`)}`,
    );
  }
  const [row] = await queryRows<Record<string, Num>>(
    db,
    sql`with c as (
          select r.id, r.received_at as t0, ${firsts}
          from intake_registrations r left join intake_events e on e.registration_id = r.id
          where r.unit_id = ${w.unitId} and r.received_at >= ${ts(w.start)} and r.received_at < ${ts(w.end)}
          group by r.id, r.received_at)
        select ${sql.join(parts, sql`, `)} from c`,
  );
  const r = row ?? {};
  return keys.map((_, k) => ({
    count: int(r[`n${k}`]),
    days:
      k === 0
        ? { n: 0, median: null, p90: null }
        : spread({ n: r[`d${k}`] ?? 0, median: r[`m${k}`] ?? null, p90: r[`p${k}`] ?? null }),
  }));
}

/** Registrations that ended in the window (not eligible, closed, exited), by the reason recorded. */
export async function dropOuts(db: Queryable, w: Window) {
  const rows = await queryRows<{ outcome: 'not_eligible' | 'closed' | 'exited'; reason: string; count: Num }>(
    db,
    sql`select outcome, reason, count(*) as count from (
          select 'not_eligible' as outcome, coalesce(nullif(trim(decision_reason), ''), '') as reason
          from intake_registrations
          where unit_id = ${w.unitId} and stage = 'not_eligible'
            and decided_at >= ${ts(w.start)} and decided_at < ${ts(w.end)}
          union all
          select stage as outcome,
            coalesce(nullif(trim(case when stage = 'closed' then close_reason else exit_reason end), ''), '') as reason
          from intake_registrations
          where unit_id = ${w.unitId} and stage in ('closed', 'exited')
            and ended_at >= ${ts(w.start)} and ended_at < ${ts(w.end)}
        ) x group by outcome, reason order by count(*) desc, outcome, reason`,
  );
  return rows.map((r) => ({ outcome: r.outcome, reason: r.reason, count: int(r.count) }));
}

/** Visits that started in the window, per visit type and outcome. */
export async function visitsByType(db: Queryable, w: Window) {
  const rows = await queryRows<{ code: string; completed: Num; no_show: Num; cancelled: Num }>(
    db,
    sql`select vt.code,
          count(*) filter (where b.status = 'completed') as completed,
          count(*) filter (where b.status = 'no_show') as no_show,
          count(*) filter (where b.status = 'cancelled') as cancelled
        from bookings b join visit_types vt on vt.id = b.visit_type_id
        where b.unit_id = ${w.unitId} and b.starts_at >= ${ts(w.start)} and b.starts_at < ${ts(w.end)}
          and b.status in ('completed', 'no_show', 'cancelled')
        group by vt.code order by vt.code`,
  );
  return rows.map((r) => ({
    visitTypeCode: r.code,
    completed: int(r.completed),
    noShow: int(r.no_show),
    cancelled: int(r.cancelled),
  }));
}

/** Cancelled visits in the window by their reason. */
export async function cancelReasons(db: Queryable, w: Window) {
  const rows = await queryRows<{ reason: string; count: Num }>(
    db,
    sql`select coalesce(nullif(trim(b.cancel_reason), ''), '') as reason, count(*) as count
        from bookings b
        where b.unit_id = ${w.unitId} and b.status = 'cancelled'
          and b.starts_at >= ${ts(w.start)} and b.starts_at < ${ts(w.end)}
        group by 1 order by count(*) desc, 1`,
  );
  return rows.map((r) => ({ reason: r.reason, count: int(r.count) }));
}

/**
 * Continuity: completed visits of patients who had a fixed doctor (nurse) on the visit's day, and those
 * the fixed one took part in.
 */
export async function continuity(db: Queryable, w: Window) {
  const [row] = await queryRows<Record<string, Num>>(
    db,
    sql`select
          count(*) filter (where d.staff_id is not null) as with_doctor,
          count(*) filter (where d.staff_id is not null and exists (
            select 1 from allocations a where a.booking_id = b.id and a.resource_kind = 'staff'
              and a.resource_id = d.staff_id)) as doctor_present,
          count(*) filter (where n.staff_id is not null) as with_nurse,
          count(*) filter (where n.staff_id is not null and exists (
            select 1 from allocations a where a.booking_id = b.id and a.resource_kind = 'staff'
              and a.resource_id = n.staff_id)) as nurse_present
        from bookings b
        left join care_team_assignments d on d.patient_id = b.patient_id and d.role = 'fixed_doctor'
          and d.valid_from <= b.starts_at and (d.valid_to is null or d.valid_to > b.starts_at)
        left join care_team_assignments n on n.patient_id = b.patient_id and n.role = 'fixed_nurse'
          and n.valid_from <= b.starts_at and (n.valid_to is null or n.valid_to > b.starts_at)
        where b.unit_id = ${w.unitId} and b.status = 'completed'
          and b.starts_at >= ${ts(w.start)} and b.starts_at < ${ts(w.end)}`,
  );
  return {
    withDoctorPatients: int(row?.with_doctor),
    fixedDoctorPresent: int(row?.doctor_present),
    withNursePatients: int(row?.with_nurse),
    fixedNursePresent: int(row?.nurse_present),
  };
}

/** Contact requests made in the window: how many, routed where, hours to the first step by staff. */
export async function contactRequestFigures(db: Queryable, w: Window) {
  const [byRoute, [first]] = await Promise.all([
    queryRows<{ routed_to: string; count: Num }>(
      db,
      sql`select routed_to, count(*) as count from contact_requests
          where unit_id = ${w.unitId} and created_at >= ${ts(w.start)} and created_at < ${ts(w.end)}
          group by routed_to order by routed_to`,
    ),
    queryRows<{ n: Num; median: Num; p90: Num }>(
      db,
      sql`with f as (
            select extract(epoch from (min(e.at) - c.created_at)) / 3600.0 as h
            from contact_requests c join contact_request_events e
              on e.region_id = c.region_id and e.request_id = c.id and e.status <> 'new'
            where c.unit_id = ${w.unitId} and c.created_at >= ${ts(w.start)} and c.created_at < ${ts(w.end)}
            group by c.id, c.created_at)
          select count(*) as n, percentile_cont(0.5) within group (order by h) as median,
            percentile_cont(0.9) within group (order by h) as p90 from f`,
    ),
  ]);
  const routes = byRoute.map((r) => ({ routedTo: r.routed_to, count: int(r.count) }));
  return { total: routes.reduce((s, r) => s + r.count, 0), byRoute: routes, firstAnswerHours: spread(first) };
}

/** Survey answers (anonymous) for visits on the window's local dates: mean score per dimension and who answered. */
export async function surveyFigures(db: Queryable, unitId: string, fromDate: string, toDate: string) {
  const rows = await queryRows<{ dimension: string; answered_by: string; n: Num; mean: Num }>(
    db,
    sql`select d.dimension, s.answered_by, count(d.score) as n, avg(d.score) as mean
        from survey_responses s cross join lateral (values
          ('accessibility', s.accessibility), ('time', s.time), ('treatment', s.treatment),
          ('communication', s.communication), ('participation', s.participation)) as d(dimension, score)
        where s.unit_id = ${unitId} and s.visit_date >= ${fromDate}::date and s.visit_date <= ${toDate}::date
        group by d.dimension, s.answered_by order by d.dimension, s.answered_by`,
  );
  const [count] = await queryRows<{ n: Num }>(
    db,
    sql`select count(*) as n from survey_responses
        where unit_id = ${unitId} and visit_date >= ${fromDate}::date and visit_date <= ${toDate}::date`,
  );
  return {
    answers: int(count?.n),
    dimensions: rows.map((r) => ({
      dimension: r.dimension,
      answeredBy: r.answered_by,
      n: int(r.n),
      mean: r.mean === null ? null : Math.round(Number(r.mean) * 100) / 100,
    })),
  };
}

/** Registrations received and enrolments made in the window (the region's table). */
export async function intakeCounts(db: Queryable, w: Window) {
  const [row] = await queryRows<{ received: Num; enrolled: Num }>(
    db,
    sql`select
          count(*) filter (where received_at >= ${ts(w.start)} and received_at < ${ts(w.end)}) as received,
          count(*) filter (where enrolled_at >= ${ts(w.start)} and enrolled_at < ${ts(w.end)}) as enrolled
        from intake_registrations where unit_id = ${w.unitId}`,
  );
  return { registrations: int(row?.received), enrolments: int(row?.enrolled) };
}
