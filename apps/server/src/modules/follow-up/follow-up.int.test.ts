import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';

// Uppföljning, checked figure by figure against values computed by hand on a small fixture: a new
// unit in the demo region with three patients, six registrations, five visits, three contact
// requests and three survey answers around the first quarter of 2025 (see the comments below).
let t: TestApp;
let chef: Client;
let admin: Client;
let nurse: Client;
let unitId: string;
const Q1 = 'from=2025-01-01&to=2025-03-31';

/** A local (Stockholm) time as an instant: winter, so UTC+1. */
const at = (date: string, hhmm = '10:00') => `${date}T${hhmm}:00+01:00`;

async function fixture(db: TestApp['database']['db'], regionId: string, chefUserId: string) {
  const one = async (q: ReturnType<typeof sql>) => (await queryRows<{ id: string }>(db, q))[0]!.id;
  const unit = await one(
    sql`insert into units (region_id, name, cap) values (${regionId}, 'Uppföljningsenheten', 10) returning id`,
  );
  await db.execute(
    sql`insert into user_unit_roles (region_id, user_id, unit_id, role)
        values (${regionId}, ${chefUserId}, ${unit}, 'unit_manager')`,
  );
  const staff = (given: string, profession: string) =>
    one(sql`insert into staff (region_id, unit_id, given_name, family_name, profession)
            values (${regionId}, ${unit}, ${given}, 'Testsson', ${profession}) returning id`);
  const doctor = await staff('Doris', 'doctor');
  const nurseA = await staff('Nils', 'nurse');
  const nurseB = await staff('Nora', 'nurse');
  const patient = (n: number, created: string, municipality: string, diagnoses: string[]) =>
    one(sql`insert into patients (region_id, unit_id, identity_kind, identity_number, given_name, family_name,
              municipality_code, diagnoses, created_at)
            values (${regionId}, ${unit}, 'reservnummer', ${`UPPF-${n}`}, ${`Person${n}`}, 'Uppföljning',
              ${municipality}, ${`{${diagnoses.join(',')}}`}::text[], ${created}::timestamptz) returning id`);
  // P1: listed before intake (2024-06-01); P2: enrolled through R2 on 2025-02-10; P3: enrolled through
  // R3 on 2024-11-15, exited 2025-03-05.
  const p1 = await patient(1, at('2024-06-01'), '1880', ['F84.0', 'F70']);
  const p2 = await patient(2, at('2025-02-10'), '1881', ['F84.1']);
  const p3 = await patient(3, at('2024-11-15'), '1881', []);
  let ref = 0;
  const registration = async (o: {
    received: string;
    stage: string;
    patientId?: string;
    extra?: ReturnType<typeof sql>;
    events: Array<[string, string]>;
  }) => {
    const id = await one(sql`insert into intake_registrations (region_id, unit_id, reference, channel, stage,
              received_at, source, given_name, family_name, municipality_code, contact_preference, patient_id)
            values (${regionId}, ${unit}, ${`UPPF-${++ref}`}, 'staff', 'received', ${o.received}::timestamptz,
              'relative', 'Reg', ${`Nummer${ref}`}, '1880', 'phone', ${o.patientId ?? null}) returning id`);
    await db.execute(
      sql`update intake_registrations set ${o.extra ? sql`${o.extra}, ` : sql``}stage = ${o.stage} where id = ${id}`,
    );
    let from = 'received';
    for (const [stage, when] of o.events) {
      await db.execute(sql`insert into intake_events (region_id, registration_id, at, kind, from_stage, to_stage)
                           values (${regionId}, ${id}, ${when}::timestamptz, 'step', ${from}, ${stage})`);
      from = stage;
    }
    return id;
  };
  // R2 (Q1): every step; waits 10 days (01-26 → offered 02-05); enrolled 02-10 as P2.
  await registration({
    received: at('2025-01-05'),
    stage: 'enrolled',
    patientId: p2,
    extra: sql`enrolled_at = ${at('2025-02-10')}::timestamptz`,
    events: [
      ['first_call_booked', at('2025-01-08')],
      ['needs_mapped', at('2025-01-15')],
      ['eligible', at('2025-01-20')],
      ['consented', at('2025-01-25')],
      ['waiting_list', at('2025-01-26')],
      ['offered', at('2025-02-05')],
      ['enrolled', at('2025-02-10')],
    ],
  });
  // R4 (Q1): first call after 10 days, then closed on 02-01.
  await registration({
    received: at('2025-01-10'),
    stage: 'closed',
    extra: sql`ended_at = ${at('2025-02-01')}::timestamptz, close_reason = 'declined'`,
    events: [
      ['first_call_booked', at('2025-01-20')],
      ['closed', at('2025-02-01')],
    ],
  });
  // R5 (Q1): decided without a first call or needs mapping, consented a day later, still waiting.
  await registration({
    received: at('2025-02-01'),
    stage: 'waiting_list',
    extra: sql`waiting_since = ${at('2025-02-12')}::timestamptz`,
    events: [
      ['eligible', at('2025-02-11')],
      ['consented', at('2025-02-12')],
      ['waiting_list', at('2025-02-12', '10:05')],
    ],
  });
  // R3 (Q4 2024): enrolled 2024-11-15 as P3, exited 2025-03-05.
  await registration({
    received: at('2024-10-01'),
    stage: 'exited',
    patientId: p3,
    extra: sql`enrolled_at = ${at('2024-11-15')}::timestamptz, ended_at = ${at('2025-03-05')}::timestamptz,
               exit_reason = 'moved_away'`,
    events: [
      ['first_call_booked', at('2024-10-05')],
      ['needs_mapped', at('2024-10-10')],
      ['eligible', at('2024-10-20')],
      ['consented', at('2024-10-25')],
      ['enrolled', at('2024-11-15')],
      ['exited', at('2025-03-05')],
    ],
  });
  // R6 (Q4 2024): not eligible, decided in Q1.
  await registration({
    received: at('2024-12-20'),
    stage: 'not_eligible',
    extra: sql`decided_at = ${at('2025-01-03')}::timestamptz, decision = 'not_eligible',
               decision_reason = 'Bor utanför länet'`,
    events: [['not_eligible', at('2025-01-03')]],
  });

  const assign = (p: string, role: string, s: string) =>
    db.execute(sql`insert into care_team_assignments (region_id, patient_id, role, staff_id, valid_from, assigned_by_name)
                   values (${regionId}, ${p}, ${role}, ${s}, ${at('2024-01-01')}::timestamptz, 'Test')`);
  await assign(p1, 'fixed_doctor', doctor);
  await assign(p1, 'fixed_nurse', nurseA);
  await assign(p2, 'fixed_nurse', nurseA);
  const visitType = (code: string) =>
    one(sql`insert into visit_types (region_id, unit_id, code, name, location, steps)
            values (${regionId}, ${unit}, ${code}, ${code}, 'clinic', '[]'::jsonb) returning id`);
  const hc = await visitType('health_check');
  const nv = await visitType('nurse_visit');
  const booking = async (
    p: string,
    vt: string,
    status: string,
    start: string,
    staffIds: string[],
    reason?: string,
  ) => {
    const id =
      await one(sql`insert into bookings (region_id, unit_id, patient_id, visit_type_id, status, starts_at,
              ends_at, steps, cancel_reason, created_by)
            values (${regionId}, ${unit}, ${p}, ${vt}, ${status}, ${start}::timestamptz,
              ${start}::timestamptz + interval '1 hour', '[]'::jsonb, ${reason ?? null}, ${chefUserId}) returning id`);
    for (const s of staffIds)
      await db.execute(sql`insert into allocations (region_id, booking_id, resource_kind, resource_id, starts_at, ends_at)
                           values (${regionId}, ${id}, 'staff', ${s}, ${start}::timestamptz,
                             ${start}::timestamptz + interval '1 hour')`);
  };
  await booking(p1, hc, 'completed', at('2025-01-15'), [doctor, nurseB]); // fixed doctor in, fixed nurse not
  await booking(p2, nv, 'completed', at('2025-02-20'), [nurseA]); // fixed nurse in
  await booking(p1, nv, 'no_show', at('2025-03-01'), [nurseA]);
  await booking(p2, hc, 'cancelled', at('2025-03-10'), [doctor], 'Sjuk');
  await booking(p1, hc, 'completed', at('2024-12-01'), [doctor]); // the previous quarter

  const request = async (p: string, created: string, routedTo: string, firstStep?: [string, string]) => {
    const id =
      await one(sql`insert into contact_requests (region_id, unit_id, patient_id, caller_kind, caller_name,
              callback_phone, subject, urgency, status, routed_to, created_at)
            values (${regionId}, ${unit}, ${p}, 'relative', 'Anhörig', '070-000 00 00', 'Fråga', 'normal', 'new',
              ${routedTo}, ${created}::timestamptz) returning id`);
    await db.execute(sql`insert into contact_request_events (region_id, request_id, at, by_name, status)
                         values (${regionId}, ${id}, ${created}::timestamptz, 'Test', 'new')`);
    if (firstStep)
      await db.execute(sql`insert into contact_request_events (region_id, request_id, at, by_name, status)
                           values (${regionId}, ${id}, ${firstStep[1]}::timestamptz, 'Test', ${firstStep[0]})`);
  };
  await request(p1, at('2025-01-10', '08:00'), 'fixed_nurse', ['in_progress', at('2025-01-10', '10:00')]); // 2 h
  await request(p2, at('2025-02-02', '08:00'), 'stand_in', ['done', at('2025-02-03', '08:00')]); // 24 h
  await request(p1, at('2024-12-01'), 'team');

  const answer = (date: string, answeredBy: string, s: Array<number | null>) =>
    db.execute(sql`insert into survey_responses (region_id, unit_id, visit_type_code, visit_date, version, answered_by,
              channel, accessibility, time, treatment, communication, participation)
            values (${regionId}, ${unit}, 'health_check', ${date}::date, 'patient', ${answeredBy}, 'link',
              ${s[0]}, ${s[1]}, ${s[2]}, ${s[3]}, ${s[4]})`);
  await answer('2025-01-15', 'patient_alone', [3, 2, 3, 3, 1]);
  await answer('2025-02-20', 'companion', [1, null, 3, 2, 3]);
  await answer('2024-12-01', 'patient_alone', [2, 2, 2, 2, 2]);
  return unit;
}

beforeAll(async () => {
  t = await startTestApp();
  chef = await t.as('chef');
  admin = await t.as('admin');
  nurse = await t.as('sjukskoterska');
  const [u] = await queryRows<{ id: string; region_id: string }>(
    t.database.db,
    sql`select id, region_id from users where username = 'chef'`,
  );
  unitId = await fixture(t.database.db, u!.region_id, u!.id);
});
afterAll(() => t?.close());

describe('a unit’s follow-up, against hand-computed figures', () => {
  it('enrolled and waiting month by month, at the end and at the previous period’s end', async () => {
    const res = await chef.get(`/api/follow-up/unit?${Q1}&unitId=${unitId}`);
    expect(res.status).toBe(200);
    const f = res.body as Record<string, any>;
    expect(f.unit).toMatchObject({ id: unitId, name: 'Uppföljningsenheten', cap: 10 });
    expect(f.previous).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(f.enrolment.months).toEqual([
      { month: '2025-01', enrolled: 2, waiting: 1 },
      { month: '2025-02', enrolled: 3, waiting: 1 },
      { month: '2025-03', enrolled: 2, waiting: 1 },
    ]);
    expect(f.enrolment.atEnd).toEqual({ enrolled: 2, waiting: 1 });
    expect(f.enrolment.atPreviousEnd).toEqual({ enrolled: 2, waiting: 0 });
    expect(f.enrolment.byMunicipality).toEqual([
      { code: '1880', name: 'Örebro', count: 1 },
      { code: '1881', name: 'Kumla', count: 1 },
    ]);
    expect(f.enrolment.byDiagnosis).toEqual([
      { code: 'F84', count: 2 },
      { code: 'F70', count: 1 },
    ]);
    expect(f.enrolment.waitingDays).toEqual({ n: 1, median: 10, p90: 10 });
  });

  it('a whole year has twelve months in order (more than ten counting days)', async () => {
    const f = (await chef.get(`/api/follow-up/unit?from=2025-01-01&to=2025-12-31&unitId=${unitId}`))
      .body as Record<string, any>;
    expect(f.previous).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(f.enrolment.months.map((m: { month: string }) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
    expect(f.enrolment.months.map((m: { enrolled: number }) => m.enrolled)).toEqual([
      2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    ]);
    expect(f.enrolment.months.map((m: { waiting: number }) => m.waiting)).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ]);
    // At the end of 2024: P1 and P3.
    expect(f.enrolment.atPreviousEnd).toEqual({ enrolled: 2, waiting: 0 });
  });

  it('the intake funnel, lead times and drop-outs with their reasons', async () => {
    const f = (await chef.get(`/api/follow-up/unit?${Q1}&unitId=${unitId}`)).body as Record<string, any>;
    expect(f.intake.steps).toEqual([
      { step: 'received', count: 3, previousCount: 2, days: { n: 0, median: null, p90: null } },
      { step: 'first_call', count: 3, previousCount: 2, days: { n: 2, median: 6.5, p90: 9.3 } },
      { step: 'needs_mapped', count: 2, previousCount: 2, days: { n: 1, median: 7, p90: 7 } },
      { step: 'decided', count: 2, previousCount: 2, days: { n: 1, median: 5, p90: 5 } },
      { step: 'consented', count: 2, previousCount: 1, days: { n: 2, median: 3, p90: 4.6 } },
      { step: 'enrolled', count: 1, previousCount: 1, days: { n: 1, median: 16, p90: 16 } },
    ]);
    expect(f.intake.dropOuts).toEqual([
      { outcome: 'closed', reason: 'declined', count: 1 },
      { outcome: 'exited', reason: 'moved_away', count: 1 },
      { outcome: 'not_eligible', reason: 'Bor utanför länet', count: 1 },
    ]);
  });

  it('visits by type and outcome, cancellation reasons and continuity with the fixed doctor and nurse', async () => {
    const f = (await chef.get(`/api/follow-up/unit?${Q1}&unitId=${unitId}`)).body as Record<string, any>;
    expect(f.visits.byType).toEqual([
      { visitTypeCode: 'health_check', completed: 1, noShow: 0, cancelled: 1, previousCompleted: 1 },
      { visitTypeCode: 'nurse_visit', completed: 1, noShow: 1, cancelled: 0, previousCompleted: 0 },
    ]);
    expect(f.visits.cancelReasons).toEqual([{ reason: 'Sjuk', count: 1 }]);
    expect(f.visits.continuity).toEqual({
      withDoctorPatients: 1,
      fixedDoctorPresent: 1,
      withNursePatients: 2,
      fixedNursePresent: 1,
    });
  });

  it('contact requests and survey answers', async () => {
    const f = (await chef.get(`/api/follow-up/unit?${Q1}&unitId=${unitId}`)).body as Record<string, any>;
    expect(f.contactRequests).toEqual({
      total: 2,
      previousTotal: 1,
      byRoute: [
        { routedTo: 'fixed_nurse', count: 1 },
        { routedTo: 'stand_in', count: 1 },
      ],
      firstAnswerHours: { n: 2, median: 13, p90: 21.8 },
    });
    expect(f.surveys.answers).toBe(2);
    expect(f.surveys.previousAnswers).toBe(1);
    const dim = (d: string, by: string) =>
      f.surveys.dimensions.find(
        (x: { dimension: string; answeredBy: string }) => x.dimension === d && x.answeredBy === by,
      );
    expect(dim('accessibility', 'patient_alone')).toEqual({
      dimension: 'accessibility',
      answeredBy: 'patient_alone',
      n: 1,
      mean: 3,
    });
    expect(dim('accessibility', 'companion')).toMatchObject({ n: 1, mean: 1 });
    expect(dim('time', 'companion')).toMatchObject({ n: 0, mean: null });
  });

  it('reading the figures is audited as a statistics access naming no patient', async () => {
    const before = await countRows(t.database, 'audit_log');
    await chef.get(`/api/follow-up/unit?${Q1}&unitId=${unitId}`);
    const [entry] = await queryRows<{
      entity: string;
      entity_id: string;
      patient_ids: string[];
      action: string;
    }>(
      t.database.db,
      sql`select entity, entity_id, patient_ids, action from audit_log order by seq desc limit 1`,
    );
    expect(await countRows(t.database, 'audit_log')).toBe(before + 1);
    expect(entry).toEqual({ entity: 'statistics', entity_id: unitId, patient_ids: [], action: 'read' });
  });
});

describe('the region’s view', () => {
  it('aggregates every unit with counts of 1–4 shown as "< 5"', async () => {
    const res = await admin.get(`/api/follow-up/region?${Q1}`);
    expect(res.status).toBe(200);
    const row = (res.body as { units: Array<Record<string, unknown>> }).units.find(
      (u) => u.unitId === unitId,
    );
    expect(row).toEqual({
      unitId,
      name: 'Uppföljningsenheten',
      cap: 10,
      enrolled: '<5',
      waiting: '<5',
      registrations: '<5',
      enrolments: '<5',
      completedVisits: '<5',
      noShows: '<5',
      contactRequests: '<5',
      surveyAnswers: '<5',
    });
    // A unit with nothing in a far period shows exact zeros.
    const empty = await admin.get('/api/follow-up/region?from=2001-01-01&to=2001-01-31');
    const zero = (empty.body as { units: Array<Record<string, unknown>> }).units.find(
      (u) => u.unitId === unitId,
    );
    expect(zero).toMatchObject({ registrations: 0, completedVisits: 0, surveyAnswers: 0 });
  });

  it('the region admin cannot read one unit’s exact figures; the unit manager cannot read the region’s', async () => {
    expect((await admin.get(`/api/follow-up/unit?${Q1}&unitId=${unitId}`)).status).toBe(403);
    expect((await chef.get(`/api/follow-up/region?${Q1}`)).status).toBe(403);
    expect((await nurse.get(`/api/follow-up/unit?${Q1}`)).status).toBe(403);
    expect((await t.anonymous().get(`/api/follow-up/unit?${Q1}`)).status).toBe(401);
  });
});

describe('exports', () => {
  const raw = (c: Client, url: string) =>
    t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });

  it('the unit’s workbook opens with one sheet per section and the same figures; the export is audited', async () => {
    const res = await raw(chef, `/api/follow-up/unit.xlsx?${Q1}&unitId=${unitId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Om rapporten',
      'Inskrivna',
      'Kommuner',
      'Diagnoser',
      'Intag',
      'Avslut',
      'Besök',
      'Kontinuitet',
      'Avbokningar',
      'Ärenden',
      'Enkät',
    ]);
    const rows = (name: string) =>
      (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows('Inskrivna')).toEqual([
      ['Månad', 'Inskrivna', 'På väntelistan', 'Tak'],
      ['2025-01', 2, 1, 10],
      ['2025-02', 3, 1, 10],
      ['2025-03', 2, 1, 10],
    ]);
    expect(rows('Intag')[2]).toEqual(['Första samtal', 3, 2, 2, 6.5, 9.3]);
    expect(rows('Kontinuitet')[2]).toEqual(['Fast sjuksköterska', 2, 1]);
    const [entry] = await queryRows<{ action: string; entity: string }>(
      t.database.db,
      sql`select action, entity from audit_log order by seq desc limit 1`,
    );
    expect(entry).toEqual({ action: 'export', entity: 'statistics' });
  });

  it('the CSV has every section with Swedish headers, semicolons and a byte-order mark', async () => {
    const res = await raw(chef, `/api/follow-up/unit.csv?${Q1}&unitId=${unitId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body.startsWith('\uFEFFInskrivna')).toBe(true);
    expect(res.body).toContain('2025-02;3;1;10');
    expect(res.body).toContain('Avslutad;Vill inte delta;1');
    expect(res.body).toContain('Utskriven;Har flyttat;1');
  });

  it('the region’s workbook suppresses small counts; the unit manager may not take it', async () => {
    const res = await raw(admin, `/api/follow-up/region.xlsx?${Q1}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const row = (wb.getWorksheet('Enheter')!.getSheetValues() as unknown[][])
      .filter(Boolean)
      .find((r) => r[1] === 'Uppföljningsenheten');
    expect(row?.slice(1)).toEqual([
      'Uppföljningsenheten',
      10,
      '< 5',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
    ]);
    expect((await raw(chef, `/api/follow-up/region.xlsx?${Q1}`)).statusCode).toBe(403);
    expect((await raw(admin, `/api/follow-up/unit.xlsx?${Q1}&unitId=${unitId}`)).statusCode).toBe(403);
    expect((await raw(chef, `/api/follow-up/unit.xlsx?from=2025-02-30&to=2025-01-01`)).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/follow-up/unit.csv?${Q1}` })).statusCode).toBe(
      401,
    );
  });
});

describe('bad input', () => {
  it('a period that ends before it starts, a wrong date or an unknown unit is refused and logs nothing', async () => {
    const before = await countRows(t.database, 'audit_log');
    const reversed = await chef.get(`/api/follow-up/unit?from=2025-03-01&to=2025-01-01&unitId=${unitId}`);
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(reversed.body)).toContain('före');
    expect((await chef.get(`/api/follow-up/unit?from=2025-02-30&to=2025-03-01`)).status).toBe(400);
    expect((await chef.get(`/api/follow-up/unit?from=2020-01-01&to=2026-01-01`)).status).toBe(400);
    expect((await chef.get(`/api/follow-up/unit?to=2025-03-01`)).status).toBe(400);
    expect(
      (await chef.get(`/api/follow-up/unit?${Q1}&unitId=00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(403);
    expect(await countRows(t.database, 'audit_log')).toBe(before);
  });
});
