import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../../test/harness.ts';
import { pdfImageCount, pdfText } from '../../../test/pdf.ts';
import { queryRows } from '../../db/database.ts';
import { lix } from '../letters/index.ts';

let t: TestApp;
let nurse: Client;
let doctor: Client;
let checkId: string;
let patientId: string;
beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  doctor = await t.as('lakare');
  const p = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber('1932-07-01', 982),
    givenName: 'Plan',
    familyName: 'Testsson',
    municipalityCode: '1881',
  });
  patientId = p.body.id;
  // The doctor is the patient's fixed doctor: a care relationship, so the doctor may open the record
  // (issue 16, decision 0010). The nurse registered the patient, which is one too.
  const [lakare] = await queryRows<{ staff_id: string }>(
    t.database.db,
    sql`select staff_id from users where username = 'lakare'`,
  );
  const assigned = await nurse.put(`/api/patients/${patientId}/care-team/fixed_doctor`, {
    staffId: lakare!.staff_id,
    standInStaffId: null,
  });
  expect(assigned.status).toBe(200);
  checkId = (await nurse.post(`/api/patients/${patientId}/health-checks`, {})).body.id;
  expect((await doctor.post(`/api/health-checks/${checkId}/sign`)).status).toBe(200);
});
afterAll(() => t?.close());

const audiometry = {
  text: 'Remiss för audiometri',
  easyText: 'Du ska testa hur du hör.',
  topic: 'nurse',
  ownerKind: 'team',
  ownerName: 'Sanna Sköterman',
  dueDate: '2027-03-01',
};

describe('the health action plan', () => {
  it('has the next check a year after the signed check, actions with owner, due date and status, and refuses stale changes', async () => {
    const plan = (await nurse.get(`/api/health-checks/${checkId}/plan`)).body;
    expect(plan).toMatchObject({ checkId, actions: [] });
    expect(plan.nextCheckDate.slice(0, 4)).toBe(String(new Date().getFullYear() + 1));
    const set = await doctor.put(`/api/health-checks/${checkId}/plan`, { nextCheckDate: '2027-10-15' });
    expect(set.body.nextCheckDate).toBe('2027-10-15');
    const added = await doctor.post(`/api/health-checks/${checkId}/plan/actions`, audiometry);
    expect(added.status).toBe(201);
    const a = added.body.actions[0];
    expect(a).toMatchObject({
      ...audiometry,
      status: 'planned',
      version: 1,
      overdue: false,
      updatedBy: 'Per Läkarsson',
    });
    const past = await doctor.post(`/api/health-checks/${checkId}/plan/actions`, {
      ...audiometry,
      text: 'TSH-prov',
      easyText: null,
      topic: 'blood_test',
      dueDate: '2020-01-01',
    });
    expect(past.body.actions.map((x: { overdue: boolean }) => x.overdue)).toEqual([true, false]);
    const url = `/api/health-checks/${checkId}/plan/actions/${a.id}`;
    const change = { ...audiometry, status: 'in_progress', followUp: 'Remiss skickad', expectedVersion: 1 };
    const moved = await nurse.put(url, change);
    expect(moved.status).toBe(200);
    expect(moved.body.actions.find((x: { id: string }) => x.id === a.id)).toMatchObject({
      status: 'in_progress',
      followUp: 'Remiss skickad',
      version: 2,
    });
    const stale = await doctor.put(url, { ...change, status: 'done' });
    expect(stale).toMatchObject({ status: 409, body: { code: 'health_plan_action_stale' } });
    expect(stale.body.detail).toContain('Sanna Sköterman');
    expect(
      (await nurse.post(`/api/health-checks/${checkId}/plan/actions`, { ...audiometry, topic: 'x' })).status,
    ).toBe(400);
    expect(
      (await nurse.put(`/api/health-checks/${checkId}/plan/actions/${crypto.randomUUID()}`, change)).status,
    ).toBe(404);
  });

  it('makes a contact request for an action, once, routed into the queue', async () => {
    const plan = (await nurse.get(`/api/health-checks/${checkId}/plan`)).body;
    const a = plan.actions.find((x: { text: string }) => x.text === 'Remiss för audiometri');
    const url = `/api/health-checks/${checkId}/plan/actions/${a.id}/contact-request`;
    const made = await nurse.post(url);
    expect(made.status).toBe(201);
    const linked = made.body.actions.find((x: { id: string }) => x.id === a.id).contactRequestId;
    expect(linked).toBeTruthy();
    const request = await nurse.get(`/api/contact-requests/${linked}`);
    expect(request.status).toBe(200);
    expect(request.body.subject).toContain('Remiss för audiometri');
    expect((await nurse.post(url)).status).toBe(409);
  });

  it('prints an easy-read copy: one pictogram per action, LIX at most 30, audited as an export', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/health-checks/${checkId}/plan/easy-read.pdf`,
      headers: { cookie: nurse.cookie! },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Hälsoplan för Plan Testsson');
    expect(text).toContain('Du ska testa hur du hör.');
    expect(text).toContain('TSH-prov');
    expect(lix(text)).toBeLessThanOrEqual(30);
    // Two actions + the intro and the calendar rows.
    expect(await pdfImageCount(res.rawPayload)).toBe(4);
    const audit = await queryRows<{ action: string; detail: Record<string, unknown> }>(
      t.database.db,
      sql`select action, detail from audit_log where ${patientId} = any(patient_ids) and entity = 'health_check' and action = 'export'`,
    );
    expect(audit).toHaveLength(1);
    expect(await t.anonymous().get(`/api/health-checks/${checkId}/plan/easy-read.pdf`)).toMatchObject({
      status: 401,
    });
  });

  it('keeps the plan through a correction, and refuses changes on the replaced version', async () => {
    const amended = await doctor.post(`/api/health-checks/${checkId}/amend`, { reason: 'Fel i mätningen' });
    const plan = (await nurse.get(`/api/health-checks/${amended.body.id}/plan`)).body;
    expect(plan.actions).toHaveLength(2);
    expect(plan.nextCheckDate).toBe('2027-10-15');
    const refused = await nurse.post(`/api/health-checks/${checkId}/plan/actions`, audiometry);
    expect(refused).toMatchObject({ status: 409, body: { code: 'health_plan_amended' } });
  });
});
