import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';

let t: TestApp;
let nurse: Client;
let doctor: Client;
beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  doctor = await t.as('lakare');
});
afterAll(() => t?.close());

let serial = 0;
/** A fresh Kumla patient (born 1932: outside the demo's ages). */
async function newPatient(diagnoses: string[] = []): Promise<string> {
  serial++;
  const res = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1932-03-${String(serial).padStart(2, '0')}`, 982),
    givenName: 'Hälsa',
    familyName: `Testsson${serial}`,
    municipalityCode: '1881',
    diagnoses,
  });
  expect(res.status).toBe(201);
  // The doctor is the patient's fixed doctor: a care relationship, so the doctor may open the
  // record (issue 16, decision 0010). The nurse registered it, which is one too.
  const [lakare] = await queryRows<{ staff_id: string }>(
    t.database.db,
    sql`select staff_id from users where username = 'lakare'`,
  );
  const assigned = await nurse.put(`/api/patients/${res.body.id}/care-team/fixed_doctor`, {
    staffId: lakare!.staff_id,
    standInStaffId: null,
  });
  expect(assigned.status).toBe(200);
  return res.body.id;
}

const auditOf = (patientId: string) =>
  queryRows<{ user_id: string; action: string; entity_id: string; detail: Record<string, unknown> | null }>(
    t.database.db,
    sql`select user_id, action, entity_id, detail from audit_log
        where ${patientId} = any(patient_ids) and entity = 'health_check' order by id`,
  );
const v = (value: unknown, notDoneReason?: string) => ({
  value,
  ...(notDoneReason ? { notDoneReason } : {}),
});

describe('a health check from draft to signed', () => {
  it('prepares a draft with the current template and the patient’s diagnosis modules, one draft at a time', async () => {
    const tpl = await nurse.get('/api/health-check-templates/current');
    expect(tpl.body).toMatchObject({ resourceType: 'Questionnaire', version: 1 });
    const id = await newPatient(['Q90', 'F71']);
    const res = await nurse.post(`/api/patients/${id}/health-checks`, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      version: 1,
      templateVersion: 1,
      sections: [],
      canSign: false,
    });
    expect(res.body.sectionIds).toEqual(
      expect.arrayContaining(['measurements', 'medication', 'down-syndrome']),
    );
    expect(res.body.sectionIds).not.toContain('cerebral-palsy');
    expect(res.body.seriesId).toBe(res.body.id);
    const again = await doctor.post(`/api/patients/${id}/health-checks`, {});
    expect(again).toMatchObject({ status: 409, body: { code: 'health_check_draft_exists' } });
    expect((await doctor.get(`/api/health-checks/${res.body.id}`)).body.canSign).toBe(true);
    const list = await nurse.get(`/api/patients/${id}/health-checks`);
    expect(list.body.map((c: { id: string }) => c.id)).toEqual([res.body.id]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create', 'read', 'read']);
    const noBooking = await nurse.post(`/api/patients/${await newPatient()}/health-checks`, {
      bookingId: crypto.randomUUID(),
    });
    expect(noBooking.status).toBe(404);
  });

  it('saves sections on their own; a stale version is refused 409 and two sections never collide', async () => {
    const id = await newPatient();
    const check = (await nurse.post(`/api/patients/${id}/health-checks`, {})).body;
    const url = `/api/health-checks/${check.id}/sections`;
    const m1 = await nurse.put(`${url}/measurements`, {
      expectedVersion: 0,
      answers: {
        'measurements.weight': v(82),
        'measurements.height': v(170),
        'measurements.systolic': v(190),
        'measurements.diastolic': v(95),
      },
    });
    expect(m1.status).toBe(200);
    expect(m1.body.derived.bmi).toBe(28.4);
    expect(m1.body.derived.warnings.map((w: { linkId: string }) => w.linkId)).toEqual([
      'measurements.systolic',
    ]);
    // The doctor saves another section at the same time: no conflict.
    const [med, vision] = await Promise.all([
      doctor.put(`${url}/medication`, {
        expectedVersion: 0,
        answers: { 'medication.list': v([{ name: 'Levaxin', indication: 'Hypotyreos' }]) },
      }),
      nurse.put(`${url}/vision`, { expectedVersion: 0, answers: { 'vision.last-exam': v('2018-02-01') } }),
    ]);
    expect([med.status, vision.status]).toEqual([200, 200]);
    expect(vision.body.derived.prompts.map((p: { linkId: string }) => p.linkId)).toContain(
      'vision.last-exam',
    );
    // The doctor loaded measurements at version 1, the nurse saves version 2 first: the doctor is told.
    const m2 = await nurse.put(`${url}/measurements`, {
      expectedVersion: 1,
      answers: {
        'measurements.weight': v(81),
        'measurements.systolic': v(null, 'Tolererade inte blodtryck'),
      },
    });
    expect(m2.body.sections.find((s: { linkId: string }) => s.linkId === 'measurements')).toMatchObject({
      version: 2,
      updatedBy: 'Sanna Sköterman',
      answers: { 'measurements.systolic': { value: null, notDoneReason: 'Tolererade inte blodtryck' } },
    });
    const stale = await doctor.put(`${url}/measurements`, {
      expectedVersion: 1,
      answers: { 'measurements.weight': v(80) },
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'health_check_section_stale' } });
    expect(stale.body.detail).toContain('Sanna Sköterman');
    const twice = await nurse.put(`${url}/vision`, { expectedVersion: 0, answers: {} });
    expect(twice.status).toBe(409);
    // Bad input: refused with a message per item, nothing written.
    const before = await countRows(t.database, 'health_check_sections');
    const bad = await nurse.put(`${url}/measurements`, {
      expectedVersion: 2,
      answers: {
        'measurements.weight': v(700),
        'measurements.systolic': v(70),
        'measurements.diastolic': v(90),
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'answers.measurements.weight',
      'answers.measurements.systolic',
    ]);
    expect(bad.body.errors[0].message).toContain('700 kg');
    expect(bad.body.errors[0]).toMatchObject({
      code: 'health_check_out_of_range',
      params: { value: 700, max: 400 },
    });
    expect((await nurse.put(`${url}/cerebral-palsy`, { expectedVersion: 0, answers: {} })).status).toBe(404);
    expect(
      (await nurse.put(`${url}/measurements`, { expectedVersion: 2, answers: { x: { value: { a: 1 } } } }))
        .status,
    ).toBe(400);
    expect(await countRows(t.database, 'health_check_sections')).toBe(before);
    const saves = (await auditOf(id)).filter((a) => a.action === 'update');
    expect(saves.map((a) => [a.entity_id, a.detail?.section, a.detail?.version])).toEqual([
      [check.id, 'measurements', 1],
      expect.anything(),
      expect.anything(),
      [check.id, 'measurements', 2],
    ]);
  });

  it('is signed by the doctor only once STOMP and rule-outs are answered; then read-only, corrected as a new version', async () => {
    const id = await newPatient(['G80']);
    const check = (await nurse.post(`/api/patients/${id}/health-checks`, {})).body;
    const url = `/api/health-checks/${check.id}`;
    const save = async (who: Client, section: string, expectedVersion: number, answers: object) =>
      expect((await who.put(`${url}/sections/${section}`, { expectedVersion, answers })).status).toBe(200);
    await save(nurse, 'measurements', 0, { 'measurements.systolic': v(null, 'Tolererade inte') });
    await save(doctor, 'medication', 0, {
      'medication.list': v([{ name: 'Risperidon', dose: '0,5 mg', psychotropic: true }]),
    });
    await save(doctor, 'behaviour', 0, { 'behaviour.change': v(true) });
    expect((await nurse.post(`${url}/sign`)).status).toBe(403);
    const blocked = await doctor.post(`${url}/sign`);
    expect(blocked).toMatchObject({ status: 422, body: { code: 'health_check_sign_blocked' } });
    expect(blocked.body.detail).toContain('STOMP');
    expect(blocked.body.detail).toContain('Förstoppning');
    await save(doctor, 'medication', 1, {
      'medication.list': v([
        { name: 'Risperidon', psychotropic: true, indication: 'Utåtagerande', 'stomp-plan': 'reduce' },
      ]),
    });
    const ruled = Object.fromEntries(
      ['pain', 'constipation', 'ears-teeth', 'thyroid', 'medication'].map((k) => [
        `behaviour.rule-out-${k}`,
        v('ruled_out'),
      ]),
    );
    await save(doctor, 'behaviour', 1, { 'behaviour.change': v(true), ...ruled });
    const signed = await doctor.post(`${url}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', signedBy: 'Per Läkarsson', canSign: false });
    const late = await nurse.put(`${url}/sections/vision`, { expectedVersion: 0, answers: {} });
    expect(late).toMatchObject({ status: 409, body: { code: 'health_check_signed' } });
    expect((await doctor.post(`${url}/sign`)).status).toBe(409);

    const amend = await doctor.post(`${url}/amend`, { reason: 'Fel dos i läkemedelslistan' });
    expect(amend.status).toBe(201);
    expect(amend.body).toMatchObject({
      status: 'draft',
      version: 2,
      seriesId: check.id,
      amendReason: 'Fel dos i läkemedelslistan',
    });
    expect(amend.body.sections).toHaveLength(3);
    expect((await doctor.get(url)).body.status).toBe('amended');
    expect((await doctor.post(`${url}/amend`, { reason: 'Igen' })).status).toBe(409);
    expect((await doctor.post(`/api/health-checks/${amend.body.id}/sign`)).body.status).toBe('signed');

    // Next year's check starts with what was not done, and why.
    const next = await nurse.post(`/api/patients/${id}/health-checks`, {});
    expect(next.body.previous).toMatchObject({
      id: amend.body.id,
      notDone: [{ section: 'measurements', linkId: 'measurements.systolic', reason: 'Tolererade inte' }],
    });
    const versions = (await nurse.get(`/api/patients/${id}/health-checks`)).body;
    expect(versions.map((c: { version: number; status: string }) => [c.version, c.status])).toEqual([
      [1, 'draft'],
      [2, 'signed'],
      [1, 'amended'],
    ]);
  });

  it('refuses another region’s checks as not found, and signed-out requests', async () => {
    const id = await newPatient();
    const check = (await nurse.post(`/api/patients/${id}/health-checks`, {})).body;
    const sormland = await t.as('sormland');
    expect((await sormland.get(`/api/health-checks/${check.id}`)).status).toBe(404);
    expect(
      (
        await sormland.put(`/api/health-checks/${check.id}/sections/vision`, {
          expectedVersion: 0,
          answers: {},
        })
      ).status,
    ).toBe(404);
    expect((await sormland.get(`/api/patients/${id}/health-checks`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/health-checks/${check.id}`)).status).toBe(401);
  });
});
