import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../test/harness.ts';
import { queryRows } from '../db/database.ts';
import { endOfLocalDay, localToday } from '../lib/time.ts';

// The care relationship (issue 16, decision 0010), through the whole server on both databases:
// derived from the data and ending with the role, reason-gated opening for the rest of the unit,
// time-limited and logged, search showing only who the patient is, and every module's patient data
// behind the same kernel rule.

let t: TestApp;
let nurse: Client; // sjukskoterska (Sanna): fixed nurse of most Kumla patients
let navigator: Client; // vardlots
let assistant: Client; // underskoterska: taken out of the unit's team here, so she has no relation
const staffOf = async (username: string) =>
  (
    await queryRows<{ staff_id: string; id: string }>(
      t.database.db,
      sql`select staff_id, id from users where username = ${username}`,
    )
  )[0]!;

let serial = 0;
/** A fresh Kumla patient registered by `who` (born 1932: outside the demo's ages). */
async function newPatient(who: Client, extra: Record<string, unknown> = {}): Promise<string> {
  serial++;
  const res = await who.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1932-03-${String(serial).padStart(2, '0')}`, 984),
    givenName: 'Relation',
    familyName: `Provsson${serial}`,
    municipalityCode: '1881',
    diagnoses: ['F84'],
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const entries = (patientId: string, since = 0) =>
  queryRows<{ id: number; action: string; entity: string; user_id: string; reason: string; detail: any }>(
    t.database.db,
    sql`select id, action, entity, user_id, reason, detail from audit_log
        where ${patientId} = any(patient_ids) and id > ${since} order by id`,
  );
const lastId = async () =>
  (
    await queryRows<{ id: number }>(t.database.db, sql`select coalesce(max(id), 0)::int as id from audit_log`)
  )[0]!.id;

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  navigator = await t.as('vardlots');
  const a = await staffOf('underskoterska');
  await t.database.db.execute(sql`delete from team_members where staff_id = ${a.staff_id}`);
  assistant = await t.as('underskoterska');
});
afterAll(() => t?.close());

describe('the care relationship, derived from the data', () => {
  it('shows the fixed nurse her relations with a demo patient, and ends with the role', async () => {
    const sanna = await staffOf('sjukskoterska');
    const [p] = await queryRows<{ patient_id: string }>(
      t.database.db,
      // … and none of whose visits she is booked on (that is a relation of its own).
      sql`select a.patient_id from care_team_assignments a
          where a.staff_id = ${sanna.staff_id} and a.role = 'fixed_nurse' and a.valid_to is null
            and not exists (select 1 from bookings b join allocations al on al.booking_id = b.id
                            where b.patient_id = a.patient_id and al.resource_id = ${sanna.staff_id})
          limit 1`,
    );
    const id = p!.patient_id;
    const access = await nurse.get(`/api/patients/${id}/access`);
    expect(access.status).toBe(200);
    const kinds = access.body.relations.map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['fixed_nurse', 'care_team']));
    expect(access.body.emergencyUntil).toBeNull();
    expect((await nurse.get(`/api/patients/${id}`)).status).toBe(200);

    // Out of the team, and the fixed nurse role handed to her colleague: the relation is gone.
    await t.database.db.execute(sql`delete from team_members where staff_id = ${sanna.staff_id}`);
    const [other] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select s.id from staff s where s.unit_id = (select unit_id from patients where id = ${id})
          and s.profession = 'nurse' and s.id <> ${sanna.staff_id} limit 1`,
    );
    const moved = await navigator.put(`/api/patients/${id}/care-team/fixed_nurse`, {
      staffId: other!.id,
      standInStaffId: null,
    });
    expect(moved.status).toBe(200);
    const after = (await nurse.get(`/api/patients/${id}/access`)).body.relations.map(
      (r: { kind: string }) => r.kind,
    );
    expect(after).toEqual([]);
    const refused = await nurse.get(`/api/patients/${id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('care_relation_required');
    // Given back, for the tests below.
    await t.database.db.execute(
      sql`insert into team_members (region_id, team_id, staff_id)
          select region_id, team_id, ${sanna.staff_id}::uuid from team_members where staff_id = ${other!.id} limit 1`,
    );
  });

  it('derives relations from a booked visit, the intake and the registration, each with its end', async () => {
    const id = await newPatient(navigator);
    // The registrar: a relation for a week after registering.
    const reg = (await navigator.get(`/api/patients/${id}/access`)).body.relations;
    expect(reg).toEqual([{ kind: 'registered', until: expect.any(String) }]);
    expect(new Date(reg[0].until).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    // Staff booked on the patient's visit: from the booking until 30 days after it.
    expect((await assistant.get(`/api/patients/${id}`)).status).toBe(403);
    const a = await staffOf('underskoterska');
    const [b] = await queryRows<{ id: string }>(
      t.database.db,
      sql`insert into bookings (region_id, unit_id, patient_id, visit_type_id, status, starts_at, ends_at, steps, created_by)
          select p.region_id, p.unit_id, p.id, (select id from visit_types where region_id = p.region_id limit 1),
                 'booked', now() - interval '3 days', now() - interval '3 days' + interval '1 hour', '[]'::jsonb, ${a.id}
            from patients p where p.id = ${id}
          returning id`,
    );
    await t.database.db.execute(
      sql`insert into allocations (region_id, booking_id, resource_kind, resource_id, starts_at, ends_at, active)
          select region_id, id, 'staff', ${a.staff_id}, starts_at, ends_at, true from bookings where id = ${b!.id}`,
    );
    const booked = (await assistant.get(`/api/patients/${id}/access`)).body.relations;
    expect(booked).toEqual([{ kind: 'booked_visit', until: expect.any(String) }]);
    expect((await assistant.get(`/api/patients/${id}`)).status).toBe(200);
    // A visit ended more than 30 days ago gives nothing any more; a cancelled one never did.
    await t.database.db.execute(
      sql`update bookings set starts_at = now() - interval '40 days', ends_at = now() - interval '40 days' + interval '1 hour' where id = ${b!.id}`,
    );
    expect((await assistant.get(`/api/patients/${id}`)).status).toBe(403);

    // The navigator handling an intake: the demo's enrolments were taken by the demo's navigator.
    const [intake] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from care_relations where kind = 'intake'`,
    );
    expect(intake!.n).toBeGreaterThan(0);
  });
});

describe('opening without a care relationship', () => {
  it('asks for a reason, writes nothing on a bad one, then opens for the rest of the day with the reason logged', async () => {
    const id = await newPatient(navigator);
    const since = await lastId();
    // Search: who the patient is, nothing more.
    const found = (await assistant.get('/api/patients?q=Provsson')).body.find(
      (p: { id: string }) => p.id === id,
    );
    expect(found).toMatchObject({ careRelation: false, diagnoses: [], givenName: 'Relation' });
    const mine = (await navigator.get('/api/patients?q=Provsson')).body.find(
      (p: { id: string }) => p.id === id,
    );
    expect(mine).toMatchObject({ careRelation: true, diagnoses: ['F84'] });

    // Every module's patient data is behind the same rule: the record, adaptations, care team, visits.
    for (const url of [
      `/api/patients/${id}`,
      `/api/patients/${id}/adaptations`,
      `/api/patients/${id}/care-team`,
      `/api/patients/${id}/network`,
    ]) {
      const res = await assistant.get(url);
      expect(res.status, url).toBe(403);
      expect(res.body.code, url).toBe('care_relation_required');
      expect(JSON.stringify(res.body), url).not.toContain('Provsson');
    }
    const denied = await entries(id, since);
    expect(denied.filter((e) => e.action === 'denied').length).toBeGreaterThanOrEqual(4);
    expect(denied.find((e) => e.action === 'denied')!.detail).toMatchObject({ why: 'reason_required' });

    // Bad reasons: nothing written.
    const grants = await countRows(t.database, 'access_grants');
    for (const body of [
      {},
      { reasonCode: 'because' },
      { reasonCode: 'other' },
      { reasonCode: 'other', reasonText: 'x'.repeat(301) },
    ]) {
      const res = await assistant.post(`/api/patients/${id}/access`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await countRows(t.database, 'access_grants')).toBe(grants);

    const ok = await assistant.post(`/api/patients/${id}/access`, {
      reasonCode: 'care_today',
      reasonText: 'Hjälper till vid dagens provtagning',
    });
    expect(ok.status).toBe(200);
    const until = ok.body.relations.find((r: { kind: string }) => r.kind === 'reason').until;
    expect(new Date(until).getTime()).toBe(endOfLocalDay(localToday()).getTime());
    const granted = (await entries(id, since)).find((e) => e.entity === 'care_relation')!;
    expect(granted).toMatchObject({
      action: 'create',
      reason: 'care_today: Hjälper till vid dagens provtagning',
      detail: { kind: 'reason', reasonCode: 'care_today', reasonText: 'Hjälper till vid dagens provtagning' },
    });

    const opened = await assistant.get(`/api/patients/${id}`);
    expect(opened.status).toBe(200);
    const read = (await entries(id, granted.id)).find((e) => e.action === 'read' && e.entity === 'patient')!;
    expect(read.detail).toMatchObject({ access: 'reason', flags: ['no_care_relation'] });
    expect((await assistant.get(`/api/patients/${id}/adaptations`)).status).toBe(200);
    expect((await assistant.get(`/api/patients/${id}/access`)).body.relations).toEqual([
      { kind: 'reason', until },
    ]);

    // Expired: asked again.
    await t.database.db.execute(
      sql`update access_grants set granted_at = now() - interval '2 days', expires_at = now() - interval '1 day'
          where patient_id = ${id} and kind = 'reason'`,
    );
    expect((await assistant.get(`/api/patients/${id}`)).body.code).toBe('care_relation_required');
  });

  it('lasts as long as the region configures, and a reason is not needed with a relation', async () => {
    const id = await newPatient(navigator);
    const regionId = navigator.me.user.regionId;
    await t.database.db.execute(
      sql`insert into access_settings (region_id, reason_hours) values (${regionId}, 2)
          on conflict (region_id) do update set reason_hours = 2`,
    );
    const ok = await assistant.post(`/api/patients/${id}/access`, { reasonCode: 'administrative' });
    expect(ok.status).toBe(200);
    const until = new Date(ok.body.relations[0].until).getTime();
    expect(Math.abs(until - (Date.now() + 2 * 3_600_000))).toBeLessThan(120_000);
    await t.database.db.execute(sql`delete from access_settings where region_id = ${regionId}`);
    // The registrar has a relation: stating a reason adds nothing.
    const before = await countRows(t.database, 'access_grants');
    expect((await navigator.post(`/api/patients/${id}/access`, { reasonCode: 'care_today' })).status).toBe(
      200,
    );
    expect(await countRows(t.database, 'access_grants')).toBe(before);
  });

  it('asks a confirmation too for a protected identity, and flags every opening of one', async () => {
    const id = await newPatient(navigator, { protectedIdentity: true });
    const since = await lastId();
    expect((await navigator.get(`/api/patients/${id}`)).status).toBe(200);
    const mine = (await entries(id, since)).find((e) => e.action === 'read')!;
    expect(mine.detail).toMatchObject({ access: 'care_relation', flags: ['protected_identity'] });

    expect((await assistant.get(`/api/patients/${id}`)).body.code).toBe('care_relation_required');
    const unconfirmed = await assistant.post(`/api/patients/${id}/access`, { reasonCode: 'care_today' });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.code).toBe('access_confirmation_required');
    const ok = await assistant.post(`/api/patients/${id}/access`, {
      reasonCode: 'care_today',
      confirmProtected: true,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ protectedIdentity: true, protectedConfirmedUntil: expect.any(String) });
    expect((await assistant.get(`/api/patients/${id}`)).status).toBe(200);
    const theirs = (await entries(id, since)).filter(
      (e) => e.action === 'read' && e.user_id === assistant.me.user.id,
    );
    expect(theirs.at(-1)!.detail).toMatchObject({
      access: 'reason',
      flags: expect.arrayContaining(['no_care_relation', 'protected_identity']),
    });
  });

  it('answers a patient outside the user’s units and region as absent, and gives no grant there', async () => {
    const sormland = await t.as('sormland');
    const id = await newPatient(navigator);
    for (const res of [
      await sormland.get(`/api/patients/${id}`),
      await sormland.get(`/api/patients/${id}/access`),
      await sormland.post(`/api/patients/${id}/access`, { reasonCode: 'care_today' }),
      await nurse.get('/api/patients/00000000-0000-4000-8000-000000000000'),
    ])
      expect(res.status).toBe(404);
    const admin = await t.as('admin');
    expect((await admin.post(`/api/patients/${id}/access`, { reasonCode: 'administrative' })).status).toBe(
      404,
    );
    expect((await admin.get(`/api/patients/${id}`)).status).toBe(404);
  });
});
