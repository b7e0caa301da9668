import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, dbKind, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { DEFAULT_REASON } from '../../lib/actor.ts';
import { insertUnit } from '../organisation/index.ts';
import { insertPatient } from '../patients/index.ts';

const LOOKUP = '/api/partner/patients/lookup';
let t: TestApp;
let partner: Client;
let nurse: Client;
let kumlaUnitId: string;
/** A fresh Kumla patient with one shared and one unshared network contact. */
let patient: { id: string; identityNumber: string };

type AuditRow = {
  user_id: string;
  unit_id: string | null;
  action: string;
  entity: string;
  patient_ids: string[];
  reason: string;
  detail: any;
};
const lastAudit = async () =>
  (
    await queryRows<AuditRow>(
      t.database.db,
      sql`select user_id, unit_id, action, entity, patient_ids, reason, detail from audit_log order by id desc limit 1`,
    )
  )[0]!;

beforeAll(async () => {
  t = await startTestApp();
  partner = await t.as('kommun.kumla');
  nurse = await t.as('sjukskoterska');
  kumlaUnitId = nurse.me.activeUnitId!;
  const identityNumber = makeTestIdentityNumber('1934-05-06', 984);
  const created = await nurse.post('/api/patients', {
    identityNumber,
    givenName: 'Samverka',
    familyName: 'Testsson',
    municipalityCode: '1881',
    diagnoses: ['G40'],
  });
  expect(created.status).toBe(201);
  patient = { id: created.body.id, identityNumber };
  const staff = (await nurse.get('/api/organisation/staff')).body as Array<{ id: string; givenName: string }>;
  const sanna = staff.find((s) => s.givenName === 'Sanna')!;
  expect(
    (await nurse.put(`/api/patients/${patient.id}/care-team/fixed_nurse`, { staffId: sanna.id })).status,
  ).toBe(200);
  for (const c of [
    {
      kind: 'municipal_health_care',
      organisation: 'Kumla kommun, kommunal hälso- och sjukvård',
      name: 'Karin Ek',
      role: 'Kommunsjuksköterska',
      phone: '019-58 80 41',
      consentToShare: true,
      note: 'Intern anteckning som bara vårdteamet ska se.',
    },
    {
      kind: 'dentist',
      organisation: 'Hemliga tandvården',
      phone: '019-11 11 11',
      consentToShare: false,
    },
  ])
    expect((await nurse.post(`/api/patients/${patient.id}/network`, c)).status).toBe(201);
});
afterAll(() => t?.close());

describe('the partner view', () => {
  it('shows a partner only the network contacts the patient agreed to share, and logs the read', async () => {
    expect(partner.me.units).toEqual([expect.objectContaining({ id: kumlaUnitId, roles: ['partner'] })]);
    const res = await partner.post(LOOKUP, { identityNumber: patient.identityNumber });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      patient: { name: 'Samverka Testsson', identityNumber: expect.stringMatching(/^19340506-984\d$/) },
      unit: { name: 'Kumla vårdcentral SMO', phone: '019-602 00 00' },
      fixedContacts: [{ role: 'fixed_nurse', name: 'Sanna Sköterman' }],
      sharedNetwork: [
        {
          id: expect.any(String),
          kind: 'municipal_health_care',
          organisation: 'Kumla kommun, kommunal hälso- och sjukvård',
          name: 'Karin Ek',
          role: 'Kommunsjuksköterska',
          phone: '019-58 80 41',
          email: null,
        },
      ],
    });
    const text = JSON.stringify(res.body);
    for (const hidden of ['Hemliga tandvården', 'Intern anteckning', 'G40', 'consentToShare'])
      expect(text).not.toContain(hidden);
    expect(await lastAudit()).toMatchObject({
      user_id: partner.me.user.id,
      unit_id: kumlaUnitId,
      action: 'read',
      entity: 'partner_view',
      patient_ids: [patient.id],
      reason: 'samverkan enligt patientens samtycke',
      detail: { shared: 1 },
    });
    // The unit manager's log review shows it.
    const chef = await t.as('chef');
    const log = await chef.get(`/api/audit?patientId=${patient.id}`);
    expect(log.body.entries[0]).toMatchObject({
      userName: 'Marie Kommunsson, Kumla kommun',
      action: 'read',
      entity: 'partner_view',
      reason: 'samverkan enligt patientens samtycke',
    });
  });

  it('accepts the number as people write it, and follows consent when it changes', async () => {
    const short = `${patient.identityNumber.slice(2, 8)}-${patient.identityNumber.slice(8)}`;
    const list = (await nurse.get(`/api/patients/${patient.id}/network`)).body as Array<{
      id: string;
      organisation: string;
    }>;
    const secret = list.find((c) => c.organisation === 'Hemliga tandvården')!;
    await nurse.patch(`/api/patients/${patient.id}/network/${secret.id}`, {
      kind: 'dentist',
      organisation: 'Hemliga tandvården',
      consentToShare: true,
    });
    const shared = await partner.post(LOOKUP, { identityNumber: ` ${short} ` });
    expect(shared.status).toBe(200);
    expect(shared.body.sharedNetwork.map((c: { organisation: string }) => c.organisation)).toContain(
      'Hemliga tandvården',
    );
    await nurse.patch(`/api/patients/${patient.id}/network/${secret.id}`, {
      kind: 'dentist',
      organisation: 'Hemliga tandvården',
      consentToShare: false,
    });
    const withdrawn = await partner.post(LOOKUP, { identityNumber: patient.identityNumber });
    expect(JSON.stringify(withdrawn.body)).not.toContain('Hemliga tandvården');
  });

  it('shows the demo patient’s shared contacts, never the unshared ones', async () => {
    // The partner demo's patient: Kumla's first, given a shared and an unshared contact by the seed.
    const rows = await queryRows<{
      identity_number: string;
      organisation: string;
      consent_to_share: boolean;
    }>(
      t.database.db,
      sql`select p.identity_number, n.organisation, n.consent_to_share
          from patients p join network_contacts n on n.patient_id = p.id
          where p.id = (select patient_id from network_contacts where phone = '019-602 55 20' limit 1)`,
    );
    const shared = rows.filter((r) => r.consent_to_share).map((r) => r.organisation);
    const hidden = rows.filter((r) => !r.consent_to_share).map((r) => r.organisation);
    expect(shared).toContain('Vuxenhabiliteringen, Region Örebro län');
    expect(hidden).toEqual(['Folktandvården Kumla']);
    const res = await partner.post(LOOKUP, { identityNumber: rows[0]!.identity_number });
    expect(res.status).toBe(200);
    expect(res.body.sharedNetwork.map((c: { organisation: string }) => c.organisation).sort()).toEqual(
      shared.sort(),
    );
    expect(JSON.stringify(res.body)).not.toContain('Folktandvården');
  });

  it('answers 404 alike for a number that matches nobody and for a patient outside the partner’s units', async () => {
    const [admin] = await queryRows<{ id: string; region_id: string }>(
      t.database.db,
      sql`select id, region_id from users where username = 'admin'`,
    );
    const unitId = await insertUnit(t.database.db, admin!.region_id, {
      name: 'Hallsberg vårdcentral SMO (test)',
      areaId: null,
      cap: 10,
      hsaId: null,
      phone: null,
      address: null,
      active: true,
      municipalityCodes: ['1861'],
    });
    const elsewhere = await insertPatient(
      t.database.db,
      {
        userId: admin!.id,
        userName: 'Test',
        regionId: admin!.region_id,
        activeUnitId: unitId,
        unitRoles: new Map(),
        isRegionAdmin: true,
        locale: 'sv',
        reason: DEFAULT_REASON,
      },
      {
        unitId,
        identityKind: 'personnummer',
        identityNumber: makeTestIdentityNumber('1935-07-08', 986),
        birthDate: '1935-07-08',
        sex: 'female',
        givenName: 'Annan',
        familyName: 'Enhetsson',
        municipalityCode: '1861',
        protectedIdentity: false,
        diagnoses: [],
      },
    );
    const other = await partner.post(LOOKUP, { identityNumber: elsewhere.identityNumber });
    expect(other.status).toBe(404);
    expect(await lastAudit()).toMatchObject({
      user_id: partner.me.user.id,
      unit_id: unitId,
      action: 'denied',
      entity: 'partner_view',
      patient_ids: [elsewhere.id],
    });

    // Another region's patient, and a valid number that belongs to no one.
    const [sormlandPatient] = await queryRows<{ identity_number: string }>(
      t.database.db,
      sql`select p.identity_number from patients p join units u on u.id = p.unit_id where u.name like 'Katrineholm%' limit 1`,
    );
    for (const identityNumber of [
      sormlandPatient!.identity_number,
      makeTestIdentityNumber('1936-09-10', 988),
    ]) {
      const res = await partner.post(LOOKUP, { identityNumber });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toBe(other.body.detail);
      expect(await lastAudit()).toMatchObject({
        user_id: partner.me.user.id,
        action: 'denied',
        entity: 'partner_view',
        patient_ids: [],
        detail: { attempted: 'read', found: false },
      });
    }
    expect(other.body.detail).toBe('Patienten finns inte, eller så har du inte behörighet att se den.');
  });

  it('refuses a bad identity number with a message, before anything is read or logged', async () => {
    const before = await countRows(t.database, 'audit_log');
    const bad = await partner.post(LOOKUP, { identityNumber: '19340506-9841x' });
    expect(bad.status).toBe(400);
    const checksum = await partner.post(LOOKUP, {
      identityNumber: `${patient.identityNumber.slice(0, 11)}${(Number(patient.identityNumber[11]) + 1) % 10}`,
    });
    expect(checksum.status).toBe(400);
    expect(checksum.body.errors[0]).toMatchObject({
      path: 'identityNumber',
      message: expect.stringMatching(/^Kontrollsiffran stämmer inte/),
    });
    expect((await partner.post(LOOKUP, {})).status).toBe(400);
    expect(await countRows(t.database, 'audit_log')).toBe(before);
  });

  it('is only for partners: care staff get 403, signed-out users 401', async () => {
    const res = await nurse.post(LOOKUP, { identityNumber: patient.identityNumber });
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/samverkanspartner/);
    expect((await t.anonymous().post(LOOKUP, { identityNumber: patient.identityNumber })).status).toBe(401);
  });
});

describe('a partner account outside the partner view', () => {
  it('gets a clear 403 from every clinical endpoint, in Swedish or English, and its session still works', async () => {
    const [absence] = (await nurse.get('/api/organisation/staff')).body as Array<{ id: string }>;
    const p = patient.id;
    const attempts: Array<[string, string, unknown?]> = [
      ['GET', '/api/patients?q=an'],
      ['GET', `/api/patients/${p}`],
      ['GET', `/api/patients/${p}/network`],
      ['GET', `/api/patients/${p}/my-contacts`],
      ['GET', `/api/patients/${p}/care-team`],
      ['GET', `/api/patients/${p}/adaptations`],
      ['GET', `/api/patients/${p}/intake`],
      ['GET', '/api/contact-requests'],
      ['GET', '/api/intake/registrations'],
      ['GET', '/api/organisation/staff'],
      ['GET', `/api/organisation/staff/${absence!.id}/absences`],
      ['GET', '/api/audit'],
      ['GET', `/api/audit/patients/${p}`],
      ['POST', '/api/patients', { identityNumber: makeTestIdentityNumber('1937-01-02', 990) }],
      ['PUT', `/api/patients/${p}/needs-group`, { needsGroup: 'complex' }],
      ['POST', `/api/patients/${p}/network`, { kind: 'other', organisation: 'X' }],
    ];
    const before = await countRows(t.database, 'audit_log');
    for (const [method, url, body] of attempts) {
      const res =
        method === 'GET'
          ? await partner.get(url)
          : method === 'PUT'
            ? await partner.put(url, body)
            : await partner.post(url, body);
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail, `${method} ${url}`).toMatch(/^Ditt konto är ett samverkanskonto/);
    }
    expect(await countRows(t.database, 'audit_log')).toBe(before);

    expect((await partner.put('/api/auth/locale', { locale: 'en' })).status).toBe(200);
    const en = await partner.get(`/api/patients/${p}`);
    expect(en.status).toBe(403);
    expect(en.body.detail).toMatch(/^Your account is a partner account/);
    expect((await partner.get('/api/auth/me')).status).toBe(200);
    expect((await partner.get('/api/no-such-route')).status).toBe(404);
  });

  it(`runs against ${dbKind}`, () => {
    expect(t.database.kind).toBe(dbKind);
  });
});
