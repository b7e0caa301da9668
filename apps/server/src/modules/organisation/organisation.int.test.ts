import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let admin: Client;
let nurse: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.as('admin');
  nurse = await t.as('sjukskoterska');
});
afterAll(() => t?.close());

describe('the demo organisation', () => {
  it('has Kumla with cap 120, its three catchment municipalities and 38 patients', async () => {
    const [kumla] = (await admin.get('/api/organisation/units')).body;
    expect(kumla).toMatchObject({
      name: 'Kumla vårdcentral SMO',
      cap: 120,
      patientCount: 38,
      municipalityCodes: ['1861', '1881', '1882'],
    });
    const rooms = (await admin.get(`/api/organisation/rooms?unitId=${kumla.id}`)).body as Array<{
      features: string[];
    }>;
    expect(rooms.some((r) => r.features.includes('wide_bench') && r.features.includes('floor_lift'))).toBe(
      true,
    );
    const staff = (await admin.get(`/api/organisation/staff?unitId=${kumla.id}`)).body as Array<{
      profession: string;
    }>;
    for (const p of ['navigator', 'doctor', 'nurse', 'assistant_nurse', 'ot', 'pt'])
      expect(staff.map((s) => s.profession)).toContain(p);
  });

  it('gives Region Sörmland at least two SMO units of its own', async () => {
    const sormlandAdmin = await t.as('admin.sormland');
    const units = (await sormlandAdmin.get('/api/organisation/units')).body as Array<{ name: string }>;
    expect(units.length).toBeGreaterThanOrEqual(2);
    expect(units.map((u) => u.name)).not.toContain('Kumla vårdcentral SMO');
  });
});

describe('managing the organisation', () => {
  it('lets the region admin build a unit with catchment, staff, rooms, equipment and a team', async () => {
    const area = await admin.post('/api/organisation/areas', { name: 'Länsdel Test' });
    expect(area.status).toBe(201);
    const unit = await admin.post('/api/organisation/units', {
      name: 'Hallsberg vårdcentral SMO',
      areaId: area.body.id,
      cap: 80,
      hsaId: 'SE2321000164-hbg1',
      municipalityCodes: ['1861', '1860'],
    });
    expect(unit.status).toBe(201);
    expect(unit.body).toMatchObject({ cap: 80, municipalityCodes: ['1860', '1861'], patientCount: 0 });
    const doc = await admin.post('/api/organisation/staff', {
      unitId: unit.body.id,
      givenName: 'Dora',
      familyName: 'Doktor',
      profession: 'doctor',
    });
    const pt = await admin.post('/api/organisation/staff', {
      unitId: unit.body.id,
      givenName: 'Pia',
      familyName: 'Fysio',
      profession: 'pt',
      hsaId: 'SE2321000164-pia1',
    });
    expect([doc.status, pt.status]).toEqual([201, 201]);
    const room = await admin.post('/api/organisation/rooms', {
      unitId: unit.body.id,
      name: 'Liftrummet',
      features: ['floor_lift', 'wide_bench', 'floor_lift'],
    });
    expect(room.body.features).toEqual(['floor_lift', 'wide_bench']);
    const lift = await admin.post('/api/organisation/equipment', {
      unitId: unit.body.id,
      name: 'Mobil golvlyft',
      features: ['floor_lift'],
    });
    expect(lift.status).toBe(201);
    const team = await admin.post('/api/organisation/teams', {
      unitId: unit.body.id,
      name: 'SMO-team',
      memberIds: [doc.body.id, pt.body.id],
    });
    expect(team.status).toBe(201);
    expect(team.body.memberIds.sort()).toEqual([doc.body.id, pt.body.id].sort());
    const renamed = await admin.patch(`/api/organisation/teams/${team.body.id}`, {
      unitId: unit.body.id,
      name: 'Team Hallsberg',
      memberIds: [doc.body.id],
    });
    expect(renamed.body).toMatchObject({ name: 'Team Hallsberg', memberIds: [doc.body.id] });
    const changed = await admin.patch(`/api/organisation/units/${unit.body.id}`, {
      ...unit.body,
      cap: 90,
      municipalityCodes: ['1861'],
    });
    expect(changed.body).toMatchObject({ cap: 90, municipalityCodes: ['1861'] });
  });

  it.each([
    [
      'an unknown municipality code',
      { name: 'X', cap: 10, municipalityCodes: ['9999'] },
      'municipalityCodes.0',
    ],
    ['no catchment area', { name: 'X', cap: 10, municipalityCodes: [] }, 'municipalityCodes'],
    ['a negative cap', { name: 'X', cap: -1, municipalityCodes: ['1881'] }, 'cap'],
    ['a malformed HSA-id', { name: 'X', cap: 10, municipalityCodes: ['1881'], hsaId: 'abc' }, 'hsaId'],
  ])('refuses a unit with %s and writes nothing', async (_what, body, path) => {
    const before = await countRows(t.database, 'units');
    const res = await admin.post('/api/organisation/units', body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countRows(t.database, 'units')).toBe(before);
  });

  it('refuses changes from staff who are not region admins, and writes nothing', async () => {
    const before = await countRows(t.database, 'rooms');
    const res = await nurse.post('/api/organisation/rooms', {
      unitId: nurse.me.activeUnitId,
      name: 'Mitt rum',
      features: [],
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/administratör/);
    expect(await countRows(t.database, 'rooms')).toBe(before);
  });

  it('keeps regions apart: an admin cannot place things in, or change, another region', async () => {
    const sormlandAdmin = await t.as('admin.sormland');
    const theirUnit = (await sormlandAdmin.get('/api/organisation/units')).body[0];
    const theirStaff = (await sormlandAdmin.get('/api/organisation/staff')).body[0];
    const before = await countRows(t.database, 'rooms');
    expect(
      (await admin.post('/api/organisation/rooms', { unitId: theirUnit.id, name: 'Intrång', features: [] }))
        .status,
    ).toBe(400);
    expect(await countRows(t.database, 'rooms')).toBe(before);
    expect(
      (await admin.patch(`/api/organisation/units/${theirUnit.id}`, { ...theirUnit, areaId: null, cap: 1 }))
        .status,
    ).toBe(404);
    const ours = (await admin.get('/api/organisation/units')).body[0];
    const team = await admin.post('/api/organisation/teams', {
      unitId: ours.id,
      name: 'Blandat',
      memberIds: [theirStaff.id],
    });
    expect(team.status).toBe(400);
    expect((await sormlandAdmin.get('/api/organisation/units')).body[0].cap).toBe(theirUnit.cap);
  });
});
