import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { getSchedulingRequirements } from './index.ts';

let t: TestApp;
let nurse: Client;
beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
});
afterAll(() => t?.close());

let serial = 0;
/** A fresh Kumla patient (born 1931: outside the demo's ages, so never a clash). */
async function newPatient(): Promise<string> {
  serial++;
  const res = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1931-02-${String(serial).padStart(2, '0')}`, 982),
    givenName: 'Profil',
    familyName: `Testsson${serial}`,
    municipalityCode: '1881',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const profile = {
  items: [
    { code: 'MOB-FLOOR-LIFT', note: 'Två personal vid förflyttning.' },
    { code: 'MOB-WIDE-BENCH' },
    { code: 'LEN-EXTENDED', params: { minutes: 60 } },
    { code: 'ENV-FIRST-OF-DAY' },
    { code: 'ENV-TIME-WINDOW', params: { timeFrom: '09:00', timeTo: '12:00' } },
    { code: 'CMP-REQUIRED', params: { who: 'personal_assistant' } },
  ],
  topThree: ['Jag behöver golvlyft och bred brits.', 'Fråga mig ja/nej-frågor.'],
  consentBy: 'patient',
};

interface AuditRow {
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  patient_ids: string[];
  detail: Record<string, unknown> | null;
}
const auditOf = (patientId: string) =>
  queryRows<AuditRow>(
    t.database.db,
    sql`select user_id, action, entity, entity_id, patient_ids, detail from audit_log
        where ${patientId} = any(patient_ids) and entity = 'adaptations' order by id`,
  );

describe('the adaptation profile', () => {
  it('is version 0 and empty before anything is recorded, and the read is logged', async () => {
    const id = await newPatient();
    const res = await nurse.get(`/api/patients/${id}/adaptations`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      patientId: id,
      version: 0,
      items: [],
      topThree: [],
      consentBy: 'not_recorded',
      recordedAt: null,
      reviewDue: null,
    });
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({ action: 'read', user_id: nurse.me.user.id, patient_ids: [id] }),
    ]);
  });

  it('saves versions 1, 2 … each attributed, dated and logged with the user, with requirements derived', async () => {
    const id = await newPatient();
    const first = await nurse.put(`/api/patients/${id}/adaptations`, profile);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, recordedBy: 'Sanna Sköterman', consentBy: 'patient' });
    expect(first.body.requirements).toEqual({
      roomFeatures: ['floor_lift', 'wide_bench'],
      minDurationMinutes: 60,
      timeWindow: { from: '09:00', to: '10:00' },
      sameStaff: false,
      companion: { required: true, who: 'personal_assistant' },
      interpreter: null,
      signInterpreter: false,
      waitOutside: false,
    });
    const recordedAt = new Date(first.body.recordedAt);
    expect(Math.abs(Date.now() - recordedAt.getTime())).toBeLessThan(60_000);
    expect(first.body.reviewDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const changed = {
      ...profile,
      items: [
        ...profile.items.filter((i) => i.code !== 'ENV-FIRST-OF-DAY'),
        { code: 'CRT-ALLERGY', note: 'Latex' },
      ].map((i) => (i.code === 'LEN-EXTENDED' ? { ...i, params: { minutes: 90 } } : i)),
    };
    const second = await nurse.put(`/api/patients/${id}/adaptations`, changed);
    expect(second.body.version).toBe(2);
    expect(second.body.requirements.minDurationMinutes).toBe(90);
    expect((await nurse.get(`/api/patients/${id}/adaptations`)).body.version).toBe(2);

    const versions = (await nurse.get(`/api/patients/${id}/adaptations/versions`)).body;
    expect(versions).toEqual([
      expect.objectContaining({
        version: 2,
        recordedBy: 'Sanna Sköterman',
        added: ['CRT-ALLERGY'],
        removed: ['ENV-FIRST-OF-DAY'],
        changed: ['LEN-EXTENDED'],
      }),
      expect.objectContaining({ version: 1, added: profile.items.map((i) => i.code).sort(), removed: [] }),
    ]);

    const rows = await queryRows<{ version: number; recorded_by_user_id: string }>(
      t.database.db,
      sql`select version, recorded_by_user_id from adaptation_versions where patient_id = ${id} order by version`,
    );
    expect(rows).toEqual([
      { version: 1, recorded_by_user_id: nurse.me.user.id },
      { version: 2, recorded_by_user_id: nurse.me.user.id },
    ]);
    const writes = (await auditOf(id)).filter((a) => a.action === 'update');
    expect(writes.map((a) => [a.user_id, a.detail?.version])).toEqual([
      [nurse.me.user.id, 1],
      [nurse.me.user.id, 2],
    ]);
  });

  it('gives ten concurrent saves versions 1 to 10, with no gap and no duplicate', async () => {
    const id = await newPatient();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        nurse.put(`/api/patients/${id}/adaptations`, { ...profile, topThree: [`Version från klient ${i}`] }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.map((a) => a.body.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const rows = await queryRows<{ version: number }>(
      t.database.db,
      sql`select version from adaptation_versions where patient_id = ${id} order by version`,
    );
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await auditOf(id)).filter((a) => a.action === 'update')).toHaveLength(10);
  });

  it.each([
    ['an unknown code', { items: [{ code: 'MOB-JETPACK' }] }, 'items.0.code'],
    ['extended time without minutes', { items: [{ code: 'LEN-EXTENDED' }] }, 'items.0.params.minutes'],
    ['the same code twice', { items: [{ code: 'ENV-QUIET' }, { code: 'ENV-QUIET' }] }, 'items.1.code'],
    [
      'a reversed time window',
      { items: [{ code: 'ENV-TIME-WINDOW', params: { timeFrom: '14:00', timeTo: '09:00' } }] },
      'items.0.params.timeFrom',
    ],
    ['four “most important things”', { topThree: ['ett', 'två', 'tre', 'fyra'] }, 'topThree'],
    [
      'an interpreter without a language',
      { items: [{ code: 'COM-INTERPRETER' }] },
      'items.0.params.language',
    ],
  ])('refuses %s with the field named and writes nothing', async (_what, change, path) => {
    const id = await newPatient();
    const before = [
      await countRows(t.database, 'adaptation_versions'),
      await countRows(t.database, 'audit_log'),
    ];
    const res = await nurse.put(`/api/patients/${id}/adaptations`, { ...profile, ...change });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(res.body.detail.length).toBeGreaterThan(10);
    expect([
      await countRows(t.database, 'adaptation_versions'),
      await countRows(t.database, 'audit_log'),
    ]).toEqual(before);
  });
});

describe('access', () => {
  const patientOfUnit = async (unitPrefix: string) =>
    (
      await queryRows<{ id: string }>(
        t.database.db,
        sql`select p.id from patients p join units u on u.id = p.unit_id
            where u.name like ${`${unitPrefix}%`} order by p.identity_number limit 1`,
      )
    )[0]!.id;

  it('answers another unit’s patient as absent (404, issue 16) and logs the attempt as denied, writing nothing else', async () => {
    const sormland = await t.as('sormland'); // nurse at Katrineholm and Nyköping, not Eskilstuna
    const eskilstuna = await patientOfUnit('Eskilstuna');
    const versionsBefore = await countRows(t.database, 'adaptation_versions');
    const read = await sormland.get(`/api/patients/${eskilstuna}/adaptations`);
    expect(read.status).toBe(404);
    const save = await sormland.put(`/api/patients/${eskilstuna}/adaptations`, profile);
    expect(save.status).toBe(404);
    expect(await countRows(t.database, 'adaptation_versions')).toBe(versionsBefore);
    const denied = (await auditOf(eskilstuna)).filter((a) => a.action === 'denied');
    expect(denied.map((a) => [a.user_id, a.detail?.attempted])).toEqual([
      [sormland.me.user.id, 'read'],
      [sormland.me.user.id, 'update'],
    ]);
  });

  it('answers 404 for another region’s patient, and changes nothing there', async () => {
    const nykoping = await patientOfUnit('Nyköping');
    const before = await countRows(t.database, 'adaptation_versions');
    expect((await nurse.get(`/api/patients/${nykoping}/adaptations`)).status).toBe(404);
    expect((await nurse.put(`/api/patients/${nykoping}/adaptations`, profile)).status).toBe(404);
    expect((await nurse.get(`/api/patients/${nykoping}/adaptations/versions`)).status).toBe(404);
    expect(await countRows(t.database, 'adaptation_versions')).toBe(before);
  });

  it('gives a region admin without a care role nothing', async () => {
    const admin = await t.as('admin');
    const id = await newPatient();
    expect((await admin.get(`/api/patients/${id}/adaptations`)).status).toBe(404);
  });
});

describe('the scheduler’s door', () => {
  it('derives the requirements of the current profile, and logs the read', async () => {
    const id = await newPatient();
    await nurse.put(`/api/patients/${id}/adaptations`, profile);
    const unitId = nurse.me.activeUnitId!;
    const actor: Actor = {
      userId: nurse.me.user.id,
      userName: 'Sanna Sköterman',
      regionId: nurse.me.user.regionId,
      activeUnitId: unitId,
      unitRoles: new Map([[unitId, ['nurse']]]),
      isRegionAdmin: false,
      locale: 'sv',
      reason: 'bokning',
    };
    const req = await getSchedulingRequirements(t.database.db, actor, id);
    expect(req.roomFeatures).toEqual(['floor_lift', 'wide_bench']);
    expect(req.minDurationMinutes).toBe(60);
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: 'read', user_id: nurse.me.user.id });
  });
});

describe('the demo data', () => {
  it('gives every demo patient a profile, and Kumla the passports the issue asks for', async () => {
    const [counts] = await queryRows<{ patients: number; without: number }>(
      t.database.db,
      sql`select count(*)::int as patients,
                 count(*) filter (where not exists (select 1 from adaptation_versions v where v.patient_id = p.id))::int as without
          from patients p where family_name not like 'Testsson%'`,
    );
    expect(counts!.patients).toBeGreaterThan(50);
    expect(counts!.without).toBe(0);
    const kumla = await queryRows<{
      codes: string[];
      items: Array<{ code: string; params: { minutes?: number } }>;
    }>(
      t.database.db,
      sql`select distinct on (v.patient_id) v.items,
                 array(select jsonb_array_elements(v.items)->>'code') as codes
          from adaptation_versions v join patients p on p.id = v.patient_id join units u on u.id = p.unit_id
          where u.name like 'Kumla%' order by v.patient_id, v.version desc`,
    );
    const has = (...codes: string[]) => kumla.filter((k) => codes.every((c) => k.codes.includes(c)));
    expect(
      has('MOB-FLOOR-LIFT', 'MOB-WIDE-BENCH', 'LEN-EXTENDED').some((k) =>
        k.items.some((i) => i.code === 'LEN-EXTENDED' && i.params.minutes === 60),
      ),
    ).toBe(true);
    expect(has('ENV-LOW-STIMULUS', 'ENV-WAIT-OUTSIDE', 'ENV-FIRST-OF-DAY').length).toBeGreaterThan(0);
    expect(has('COM-AAC-DEVICE', 'COM-YES-NO', 'COM-PAIN').length).toBeGreaterThan(0);
    expect(has('UND-EASY-READ', 'COM-VIA-REPRESENTATIVE').length).toBeGreaterThan(0);
    expect(has('CRT-EPILEPSY-RESCUE').length).toBeGreaterThan(0);
    expect(has('CRT-SWALLOWING').length).toBeGreaterThan(0);
    expect(has('CRT-ALLERGY').length).toBeGreaterThan(0);
  });
});
