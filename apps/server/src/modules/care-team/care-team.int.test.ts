import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { insertStaff, insertUnit } from '../organisation/index.ts';

let t: TestApp;
let nurse: Client;
let staff: Record<string, { id: string; unitId: string }>;
beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  const list = (await nurse.get('/api/organisation/staff')).body as Array<{
    id: string;
    unitId: string;
    givenName: string;
  }>;
  staff = Object.fromEntries(list.map((s) => [s.givenName, s]));
});
afterAll(() => t?.close());

let serial = 0;
async function newPatient(): Promise<string> {
  serial++;
  const res = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1932-03-${String(serial).padStart(2, '0')}`, 982),
    givenName: 'Team',
    familyName: `Testsson${serial}`,
    municipalityCode: '1881',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const lastAudit = async () =>
  (
    await queryRows<{ user_id: string; action: string; entity: string; patient_ids: string[]; detail: any }>(
      t.database.db,
      sql`select user_id, action, entity, patient_ids, detail from audit_log order by id desc limit 1`,
    )
  )[0]!;
const counts = async () => [
  await countRows(t.database, 'care_team_assignments'),
  await countRows(t.database, 'audit_log'),
];

describe('fixed contacts', () => {
  it('shows every demo patient’s fixed doctor, fixed nurse and navigator, and logs the read', async () => {
    const some = (await nurse.get('/api/patients?q=er')).body[0];
    const res = await nurse.get(`/api/patients/${some.id}/care-team`);
    expect(res.status).toBe(200);
    expect(res.body.current.map((a: { role: string }) => a.role)).toEqual([
      'fixed_doctor',
      'fixed_nurse',
      'navigator',
    ]);
    expect(res.body.needsGroup).toMatch(/^(simple|complicated|chronic|complex)$/);
    expect(await lastAudit()).toMatchObject({ action: 'read', entity: 'care_team', patient_ids: [some.id] });
  });

  it('assigns, and on reassignment keeps the previous one in the history with its end time', async () => {
    const id = await newPatient();
    const first = await nurse.put(`/api/patients/${id}/care-team/fixed_nurse`, {
      staffId: staff.Sanna!.id,
      standInStaffId: staff.Nadia!.id,
    });
    expect(first.status).toBe(200);
    expect(first.body.current).toEqual([
      expect.objectContaining({
        role: 'fixed_nurse',
        staffName: 'Sanna Sköterman',
        standInName: 'Nadia Sköterman',
        validTo: null,
        assignedBy: 'Sanna Sköterman',
      }),
    ]);
    expect(first.body.history).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: 'update',
      entity: 'care_team',
      user_id: nurse.me.user.id,
      detail: { role: 'fixed_nurse', staffId: staff.Sanna!.id },
    });

    const second = await nurse.put(`/api/patients/${id}/care-team/fixed_nurse`, { staffId: staff.Nadia!.id });
    expect(second.status).toBe(200);
    expect(second.body.current).toEqual([
      expect.objectContaining({ staffName: 'Nadia Sköterman', standInStaffId: null, validTo: null }),
    ]);
    expect(second.body.history).toHaveLength(1);
    const old = second.body.history[0];
    expect(old).toMatchObject({ role: 'fixed_nurse', staffName: 'Sanna Sköterman' });
    expect(old.validTo).not.toBeNull();
    expect(Date.parse(old.validTo)).toBeLessThanOrEqual(Date.parse(second.body.current[0].validFrom));

    const open = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from care_team_assignments
          where patient_id = ${id} and role = 'fixed_nurse' and valid_to is null`,
    );
    expect(open[0]!.n).toBe(1);
  });

  it('refuses a second open assignment of a role in the database itself', async () => {
    const id = await newPatient();
    await nurse.put(`/api/patients/${id}/care-team/navigator`, { staffId: staff.Elsa!.id });
    await expect(
      t.database.db.execute(
        sql`insert into care_team_assignments (region_id, patient_id, role, staff_id, assigned_by_name)
            select region_id, id, 'navigator', ${staff.Elsa!.id}, 'x' from patients where id = ${id}`,
      ),
    ).rejects.toThrow();
  });

  it.each([
    [
      'a nurse as fixed doctor',
      'fixed_doctor',
      () => ({ staffId: staff.Sanna!.id }),
      /^Sanna Sköterman är sjuksköterska och kan inte vara fast läkarkontakt\. Välj en läkare\.$/,
    ],
    ['a doctor as navigator', 'navigator', () => ({ staffId: staff.Per!.id }), /kan inte vara vårdlots/],
    [
      'a doctor as the nurse’s stand-in',
      'fixed_nurse',
      () => ({ staffId: staff.Sanna!.id, standInStaffId: staff.Per!.id }),
      /^Ersättare: Per Läkarsson är läkare och kan inte vara fast vårdkontakt/,
    ],
    [
      'the same person as stand-in',
      'fixed_nurse',
      () => ({ staffId: staff.Sanna!.id, standInStaffId: staff.Sanna!.id }),
      /samma person/,
    ],
  ])('refuses %s with a clear message and writes nothing', async (_what, role, body, message) => {
    const id = await newPatient();
    const before = await counts();
    const res = await nurse.put(`/api/patients/${id}/care-team/${role}`, body());
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses staff of another unit, and of another region, writing nothing', async () => {
    const id = await newPatient();
    const unitId = await insertUnit(t.database.db, nurse.me.user.regionId, {
      name: 'Hallsberg vårdcentral SMO',
      areaId: null,
      cap: 50,
      hsaId: null,
      phone: null,
      address: null,
      active: true,
      municipalityCodes: ['1861'],
    });
    const hallsberg = await insertStaff(t.database.db, nurse.me.user.regionId, {
      unitId,
      givenName: 'Hanna',
      familyName: 'Hallsberg',
      profession: 'nurse',
      hsaId: null,
      phone: null,
      email: null,
      active: true,
    });
    const before = await counts();
    const other = await nurse.put(`/api/patients/${id}/care-team/fixed_nurse`, { staffId: hallsberg.id });
    expect(other.status).toBe(400);
    expect(other.body.detail).toBe(
      'Hanna Hallsberg arbetar inte på patientens enhet. Välj någon som arbetar där.',
    );
    const sormland = await t.as('sormland');
    const stina = (await sormland.get('/api/organisation/staff')).body.find(
      (s: { givenName: string }) => s.givenName === 'Stina',
    );
    const region = await nurse.put(`/api/patients/${id}/care-team/fixed_nurse`, { staffId: stina.id });
    expect(region.status).toBe(400);
    expect(region.body.detail).toMatch(/finns inte bland medarbetarna i din region/);
    expect(await counts()).toEqual(before);
  });

  it('sets the needs group, logged', async () => {
    const id = await newPatient();
    const res = await nurse.put(`/api/patients/${id}/needs-group`, { needsGroup: 'complex' });
    expect(res.status).toBe(200);
    expect(res.body.needsGroup).toBe('complex');
    expect(await lastAudit()).toMatchObject({
      action: 'update',
      entity: 'care_team',
      detail: { needsGroup: 'complex' },
    });
    expect((await nurse.get(`/api/patients/${id}/care-team`)).body.needsGroup).toBe('complex');
    expect((await nurse.put(`/api/patients/${id}/needs-group`, { needsGroup: 'huge' })).status).toBe(400);
  });
});

describe('the care network and the “my contacts” sheet', () => {
  it('adds, changes and removes contacts, each logged, and shares only what the patient agreed to', async () => {
    const id = await newPatient();
    await nurse.put(`/api/patients/${id}/care-team/fixed_doctor`, { staffId: staff.Per!.id });
    await nurse.put(`/api/patients/${id}/care-team/fixed_nurse`, { staffId: staff.Sanna!.id });
    const shared = await nurse.post(`/api/patients/${id}/network`, {
      kind: 'municipal_health_care',
      organisation: 'Kumla kommun, kommunal hälso- och sjukvård',
      name: 'Karin Ek',
      role: 'Kommunsjuksköterska',
      phone: '019-58 80 41',
      consentToShare: true,
    });
    expect(shared.status).toBe(201);
    expect(await lastAudit()).toMatchObject({
      action: 'create',
      entity: 'network_contact',
      patient_ids: [id],
    });
    const secret = await nurse.post(`/api/patients/${id}/network`, {
      kind: 'dentist',
      organisation: 'Hemliga tandvården',
      phone: '019-11 11 11',
    });
    expect(secret.body.consentToShare).toBe(false);

    const sheet = await nurse.get(`/api/patients/${id}/my-contacts`);
    expect(sheet.status).toBe(200);
    expect(sheet.body).toMatchObject({
      patientName: `Team Testsson${serial}`,
      unitName: 'Kumla vårdcentral SMO',
    });
    expect(sheet.body.people.map((p: { role: string; name: string }) => [p.role, p.name])).toEqual([
      ['fixed_doctor', 'Per Läkarsson'],
      ['fixed_nurse', 'Sanna Sköterman'],
    ]);
    expect(sheet.body.network.map((n: { organisation: string }) => n.organisation)).toEqual([
      'Kumla kommun, kommunal hälso- och sjukvård',
    ]);
    expect(JSON.stringify(sheet.body)).not.toContain('Hemliga tandvården');
    expect(await lastAudit()).toMatchObject({
      action: 'read',
      entity: 'care_team',
      detail: { sheet: 'my_contacts' },
    });

    const consented = await nurse.patch(`/api/patients/${id}/network/${secret.body.id}`, {
      kind: 'dentist',
      organisation: 'Hemliga tandvården',
      consentToShare: true,
    });
    expect(consented.status).toBe(200);
    expect(await lastAudit()).toMatchObject({ action: 'update', entity: 'network_contact' });
    expect(JSON.stringify((await nurse.get(`/api/patients/${id}/my-contacts`)).body)).toContain(
      'Hemliga tandvården',
    );

    expect((await nurse.get(`/api/patients/${id}/network`)).body).toHaveLength(2);
    expect((await nurse.delete(`/api/patients/${id}/network/${secret.body.id}`)).status).toBe(200);
    expect(await lastAudit()).toMatchObject({ action: 'delete', entity: 'network_contact' });
    expect((await nurse.delete(`/api/patients/${id}/network/${secret.body.id}`)).status).toBe(404);
    expect((await nurse.get(`/api/patients/${id}/network`)).body).toHaveLength(1);
  });

  it('refuses a contact without an organisation, writing nothing', async () => {
    const id = await newPatient();
    const before = [
      await countRows(t.database, 'network_contacts'),
      await countRows(t.database, 'audit_log'),
    ];
    const res = await nurse.post(`/api/patients/${id}/network`, { kind: 'dentist', organisation: '  ' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('organisation');
    expect([
      await countRows(t.database, 'network_contacts'),
      await countRows(t.database, 'audit_log'),
    ]).toEqual(before);
  });

  it('refuses another unit’s patient with a logged denial, and another region’s with 404', async () => {
    const sormland = await t.as('sormland');
    const [eskilstuna] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select p.id from patients p join units u on u.id = p.unit_id where u.name like 'Eskilstuna%' limit 1`,
    );
    // Out of scope answers like absent (issue 16); the attempt is still logged.
    expect((await sormland.get(`/api/patients/${eskilstuna!.id}/my-contacts`)).status).toBe(404);
    expect(await lastAudit()).toMatchObject({
      action: 'denied',
      entity: 'care_team',
      user_id: sormland.me.user.id,
      patient_ids: [eskilstuna!.id],
    });
    expect((await nurse.get(`/api/patients/${eskilstuna!.id}/care-team`)).status).toBe(404);
    expect((await nurse.get(`/api/patients/${eskilstuna!.id}/network`)).status).toBe(404);
  });
});

describe('absences', () => {
  it('are recorded by the unit manager or the region admin, not by a nurse, and seen by anyone', async () => {
    const chef = await t.as('chef');
    const admin = await t.as('admin');
    const url = `/api/organisation/staff/${staff.Per!.id}/absences`;
    const refused = await nurse.post(url, { from: '2026-12-01', to: '2026-12-05' });
    expect(refused.status).toBe(403);
    const made = await chef.post(url, { from: '2026-12-01', to: '2026-12-05', reason: 'Kurs' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      staffId: staff.Per!.id,
      from: '2026-12-01',
      to: '2026-12-05',
      reason: 'Kurs',
    });
    expect((await admin.post(url, { from: '2027-01-10', to: '2027-01-10' })).status).toBe(201);
    const list = await nurse.get(url);
    expect(list.body.map((a: { from: string }) => a.from)).toEqual(['2026-12-01', '2027-01-10']);
  });

  it('refuses an end before the start, and another region’s staff', async () => {
    const chef = await t.as('chef');
    const before = await countRows(t.database, 'staff_absences');
    const res = await chef.post(`/api/organisation/staff/${staff.Per!.id}/absences`, {
      from: '2026-12-05',
      to: '2026-12-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('to');
    const sormland = await t.as('sormland');
    const stina = (await sormland.get('/api/organisation/staff')).body[0];
    expect((await chef.get(`/api/organisation/staff/${stina.id}/absences`)).status).toBe(404);
    expect(
      (
        await chef.post(`/api/organisation/staff/${stina.id}/absences`, {
          from: '2026-12-01',
          to: '2026-12-01',
        })
      ).status,
    ).toBe(404);
    expect(await countRows(t.database, 'staff_absences')).toBe(before);
  });
});
