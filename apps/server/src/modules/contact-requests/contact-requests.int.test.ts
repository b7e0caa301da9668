import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { localToday } from '../../lib/time.ts';

let t: TestApp;
let nurse: Client;
let chef: Client;
let staff: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  chef = await t.as('chef');
  const list = (await nurse.get('/api/organisation/staff')).body as Array<{ id: string; givenName: string }>;
  staff = Object.fromEntries(list.map((s) => [s.givenName, s.id]));
});
afterAll(() => t?.close());

let serial = 0;
async function newPatient(): Promise<string> {
  serial++;
  const res = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1933-04-${String(serial).padStart(2, '0')}`, 982),
    givenName: 'Ärende',
    familyName: `Testsson${serial}`,
    municipalityCode: '1881',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const request = (patientId: string, over: Record<string, unknown> = {}) => ({
  patientId,
  callerKind: 'municipal_nurse',
  callerName: 'Karin Ek, kommunsjuksköterska',
  callbackPhone: '019-58 80 41',
  subject: 'Trycksår på hälen, behöver bedömning.',
  urgency: 'today',
  ...over,
});

interface AuditRow {
  user_id: string;
  action: string;
  entity: string;
  entity_id: string | null;
  patient_ids: string[];
  detail: any;
}
const auditOfRequest = (id: string) =>
  queryRows<AuditRow>(
    t.database.db,
    sql`select user_id, action, entity, entity_id, patient_ids, detail from audit_log
        where entity = 'contact_request' and entity_id = ${id} order by id`,
  );
const lastAudit = async () =>
  (
    await queryRows<AuditRow>(
      t.database.db,
      sql`select user_id, action, entity, entity_id, patient_ids, detail from audit_log order by id desc limit 1`,
    )
  )[0]!;

describe('routing', () => {
  it('lands with the stand-in when the fixed nurse is away today', async () => {
    const id = await newPatient();
    await nurse.put(`/api/patients/${id}/care-team/fixed_nurse`, {
      staffId: staff.Nadia,
      standInStaffId: staff.Sanna,
    });
    const today = localToday();
    // The demo already has Nadia away this week; a second, one-day absence exactly today must also count.
    expect(
      (await chef.post(`/api/organisation/staff/${staff.Nadia}/absences`, { from: today, to: today })).status,
    ).toBe(201);
    const res = await nurse.post('/api/contact-requests', request(id));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      patientId: id,
      patientName: `Ärende Testsson${serial}`,
      status: 'new',
      routedTo: 'stand_in',
      assignedStaffId: staff.Sanna,
      assignedStaffName: 'Sanna Sköterman',
      doneAt: null,
    });
    expect(res.body.events).toEqual([
      expect.objectContaining({
        status: 'new',
        byName: 'Sanna Sköterman',
        assignedStaffName: 'Sanna Sköterman',
      }),
    ]);
    expect(await auditOfRequest(res.body.id)).toEqual([
      expect.objectContaining({
        action: 'create',
        user_id: nurse.me.user.id,
        patient_ids: [id],
        detail: expect.objectContaining({ routedTo: 'stand_in' }),
      }),
    ]);
  });

  it('lands with the fixed nurse when she is at work, and with the team when there is none', async () => {
    const withNurse = await newPatient();
    await nurse.put(`/api/patients/${withNurse}/care-team/fixed_nurse`, {
      staffId: staff.Sanna,
      standInStaffId: staff.Nadia,
    });
    const a = (await nurse.post('/api/contact-requests', request(withNurse))).body;
    expect(a).toMatchObject({ routedTo: 'fixed_nurse', assignedStaffId: staff.Sanna });
    const without = await newPatient();
    const b = (await nurse.post('/api/contact-requests', request(without))).body;
    expect(b).toMatchObject({ routedTo: 'team', assignedStaffId: null, assignedStaffName: null });
  });
});

describe('the queue', () => {
  const rank = { urgent: 0, today: 1, normal: 2 } as Record<string, number>;
  it('shows open requests, most urgent first and then the longest waiting, and logs every patient shown', async () => {
    const id = await newPatient();
    const fresh = (await nurse.post('/api/contact-requests', request(id, { urgency: 'urgent' }))).body;
    const queue = (await nurse.get('/api/contact-requests')).body as Array<{
      id: string;
      urgency: string;
      createdAt: string;
      status: string;
      waitedMinutes: number;
      patientId: string;
    }>;
    expect(queue.length).toBeGreaterThanOrEqual(8);
    expect(queue.every((r) => r.status !== 'done')).toBe(true);
    for (let i = 1; i < queue.length; i++) {
      const [a, b] = [queue[i - 1]!, queue[i]!];
      expect(
        rank[a.urgency]! < rank[b.urgency]! || (a.urgency === b.urgency && a.createdAt <= b.createdAt),
      ).toBe(true);
    }
    const urgent = queue.filter((r) => r.urgency === 'urgent');
    expect(urgent.length).toBeGreaterThanOrEqual(2);
    expect(urgent.at(-1)!.id).toBe(fresh.id); // the newest urgent waits behind older urgent ones…
    expect(queue.findIndex((r) => r.id === fresh.id)).toBeLessThan(
      queue.findIndex((r) => r.urgency === 'today'),
    );
    expect(queue.find((r) => r.urgency === 'normal')!.waitedMinutes).toBeGreaterThan(60 * 20);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'list', entity: 'contact_request', user_id: nurse.me.user.id });
    expect([...audit.patient_ids].sort()).toEqual([...new Set(queue.map((r) => r.patientId))].sort());
  });

  it('shows the done ones on request, and “mine” only what is assigned to the signed-in user', async () => {
    const done = (await nurse.get('/api/contact-requests?state=done')).body as Array<{
      status: string;
      doneAt: string;
    }>;
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.every((r) => r.status === 'done' && r.doneAt)).toBe(true);
    const doctor = await t.as('lakare');
    const mine = (await doctor.get('/api/contact-requests?mine=true')).body as Array<{
      assignedStaffId: string;
    }>;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.assignedStaffId === staff.Per)).toBe(true);
    const sannas = (await nurse.get('/api/contact-requests?mine=true')).body as Array<{
      assignedStaffId: string;
    }>;
    expect(sannas.every((r) => r.assignedStaffId === staff.Sanna)).toBe(true);
    // The demo's Nadia is away: her patients' requests went to Sanna.
    expect(sannas.some((r: any) => r.routedTo === 'stand_in')).toBe(true);
  });
});

describe('moving a request on', () => {
  it('goes new → in progress → done with an event and a log entry per step; done sets doneAt; reopen is logged', async () => {
    const id = await newPatient();
    const created = (await nurse.post('/api/contact-requests', request(id))).body;
    const step1 = await nurse.post(`/api/contact-requests/${created.id}/events`, {
      status: 'in_progress',
      note: 'Ringt upp, bokar hembesök.',
    });
    expect(step1.status).toBe(200);
    expect(step1.body).toMatchObject({ status: 'in_progress', doneAt: null });
    expect(step1.body.events.map((e: { status: string }) => e.status)).toEqual(['new', 'in_progress']);
    const step2 = await nurse.post(`/api/contact-requests/${created.id}/events`, {
      status: 'done',
      note: 'Hembesök gjort.',
      assignToStaffId: staff.Per,
    });
    expect(step2.body).toMatchObject({ status: 'done', assignedStaffName: 'Per Läkarsson' });
    expect(Date.parse(step2.body.doneAt)).toBeGreaterThanOrEqual(Date.parse(created.createdAt));
    expect(step2.body.events.map((e: { status: string; note: string | null }) => [e.status, e.note])).toEqual(
      [
        ['new', null],
        ['in_progress', 'Ringt upp, bokar hembesök.'],
        ['done', 'Hembesök gjort.'],
      ],
    );
    let audit = await auditOfRequest(created.id);
    expect(audit.map((a) => [a.action, a.detail?.status])).toEqual([
      ['create', undefined],
      ['update', 'in_progress'],
      ['update', 'done'],
    ]);
    expect(audit.every((a) => a.user_id === nurse.me.user.id && a.patient_ids[0] === id)).toBe(true);

    const refused = await nurse.post(`/api/contact-requests/${created.id}/events`, { status: 'waiting' });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toMatch(/Öppna det igen/);
    const reopened = await nurse.post(`/api/contact-requests/${created.id}/events`, {
      status: 'in_progress',
      note: 'Ringde igen, fortfarande ont.',
    });
    expect(reopened.body).toMatchObject({ status: 'in_progress', doneAt: null });
    expect(reopened.body.events).toHaveLength(4);
    audit = await auditOfRequest(created.id);
    expect(audit.at(-1)!.detail).toMatchObject({ from: 'done', status: 'in_progress', reopened: true });
    expect((await nurse.get(`/api/contact-requests/${created.id}`)).body.events).toHaveLength(4);
    expect((await auditOfRequest(created.id)).at(-1)!.action).toBe('read');
  });

  it('refuses handing a request to someone outside the unit, writing nothing', async () => {
    const id = await newPatient();
    const created = (await nurse.post('/api/contact-requests', request(id))).body;
    const sormland = await t.as('sormland');
    const stina = (await sormland.get('/api/organisation/staff')).body[0];
    const before = [
      await countRows(t.database, 'contact_request_events'),
      await countRows(t.database, 'audit_log'),
    ];
    const res = await nurse.post(`/api/contact-requests/${created.id}/events`, {
      status: 'in_progress',
      assignToStaffId: stina.id,
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/samma enhet/);
    expect([
      await countRows(t.database, 'contact_request_events'),
      await countRows(t.database, 'audit_log'),
    ]).toEqual(before);
  });
});

describe('bad input and access', () => {
  const tables = ['contact_requests', 'contact_request_events', 'audit_log'];
  const snapshot = async () => Promise.all(tables.map((x) => countRows(t.database, x)));

  it.each([
    ['a bad phone number', { callbackPhone: 'ring mig' }, 'callbackPhone'],
    ['an unknown urgency', { urgency: 'asap' }, 'urgency'],
    ['an empty subject', { subject: '   ' }, 'subject'],
    ['an unknown caller', { callerKind: 'alien' }, 'callerKind'],
  ])('refuses %s with the field named and writes nothing', async (_what, change, path) => {
    const id = await newPatient();
    const before = await snapshot();
    const res = await nurse.post('/api/contact-requests', request(id, change));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe(path);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown status on update, writing nothing', async () => {
    const id = await newPatient();
    const created = (await nurse.post('/api/contact-requests', request(id))).body;
    const before = await snapshot();
    const res = await nurse.post(`/api/contact-requests/${created.id}/events`, { status: 'lost' });
    expect(res.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 for another region’s patient and request, and (logged) without a care role', async () => {
    const sormland = await t.as('sormland');
    const theirPatient = (await sormland.get('/api/patients?q=er')).body[0];
    const before = await countRows(t.database, 'contact_requests');
    expect((await nurse.post('/api/contact-requests', request(theirPatient.id))).status).toBe(404);
    expect(await countRows(t.database, 'contact_requests')).toBe(before);

    const ours = (await nurse.get('/api/contact-requests')).body[0];
    expect((await sormland.get(`/api/contact-requests/${ours.id}`)).status).toBe(404);
    expect((await sormland.post(`/api/contact-requests/${ours.id}/events`, { status: 'done' })).status).toBe(
      404,
    );

    const admin = await t.as('admin');
    expect((await admin.get(`/api/contact-requests/${ours.id}`)).status).toBe(404);
    expect(await lastAudit()).toMatchObject({
      action: 'denied',
      entity: 'contact_request',
      entity_id: ours.id,
      user_id: admin.me.user.id,
      patient_ids: [ours.patientId],
    });
    expect((await admin.get('/api/contact-requests')).status).toBeGreaterThanOrEqual(400);
  });
});
