import { makeTestIdentityNumber, type Registration } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';

/**
 * Shared set-up of intake's integration tests (not a test file itself): a private database copy,
 * signed-in demo users, and helpers that take a registration through the steps.
 */

export interface IntakeTest {
  t: TestApp;
  navigator: Client;
  chef: Client;
  doctor: Client;
  nurse: Client;
  ot: Client;
  admin: Client;
  sormland: Client;
  kumlaUnit: { id: string; name: string; cap: number; municipalityCodes: string[] };
}

export interface AuditRow {
  user_id: string | null;
  user_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  patient_ids: string[];
  // biome-ignore lint/suspicious/noExplicitAny: the audit entry's JSON detail, read by the tests
  detail: any;
}

/** Registers the hooks; the returned object is filled before the first test runs. */
export function useIntakeTest() {
  const f = {} as IntakeTest;
  beforeAll(async () => {
    f.t = await startTestApp();
    const users = ['vardlots', 'chef', 'lakare', 'sjukskoterska', 'arbetsterapeut', 'admin', 'sormland'];
    const [a, b, c, d, e, g, h] = await Promise.all(users.map((u) => f.t.as(u)));
    Object.assign(f, { navigator: a, chef: b, doctor: c, nurse: d, ot: e, admin: g, sormland: h });
    f.kumlaUnit = (await f.admin.get('/api/organisation/units')).body.find((u: { name: string }) =>
      u.name.startsWith('Kumla'),
    );
  });
  afterAll(() => f.t?.close());
  return { f, ...helpers(f) };
}

function helpers(f: IntakeTest) {
  // Unique test identity numbers: adults born 1960–1999, one per call.
  let serial = 0;
  function adultNumber(): string {
    serial++;
    const year = 1960 + (serial % 40);
    const month = String(1 + (Math.floor(serial / 40) % 12)).padStart(2, '0');
    const day = String(1 + (Math.floor(serial / 480) % 28)).padStart(2, '0');
    return makeTestIdentityNumber(`${year}-${month}-${day}`, 980 + (serial % 20));
  }

  const registration = (over: Record<string, unknown> = {}, person: Record<string, unknown> = {}) => ({
    source: 'relative',
    person: {
      givenName: 'Intag',
      familyName: `Testsson${serial}`,
      identityNumber: adultNumber(),
      municipalityCode: '1881',
      ...person,
    },
    applicant: { name: 'Maria Testsson', relation: 'mamma', phone: '070-123 45 67' },
    contactPreference: 'phone',
    disabilities: 'Downs syndrom och måttlig intellektuell funktionsnedsättning.',
    diagnoses: ['Q90', 'F71'],
    hardToday: 'Många olika mottagningar, svårt att hålla ihop.',
    ...over,
  });

  const mapping = {
    communication: 'aac',
    understanding: 'needs_support',
    mobility: 'walks_with_aid',
    dailySupport: 'extensive_help',
    careContacts: 'Habiliteringen, ortopeden, kommunens sjuksköterska',
    careContactCount: 3,
    companionNeeded: true,
    companionWho: 'Personal från gruppbostaden',
    wishes: 'En fast läkare som känner henne.',
  };
  const consent = (over: Record<string, unknown> = {}) => ({
    givenBy: 'representative',
    representativeName: 'Maria Testsson',
    method: 'by_representative',
    givenAt: new Date(Date.now() - 60_000).toISOString(),
    scopes: {
      participation: true,
      sharingPartners: ['Kumla kommun, kommunal hälso- och sjukvård'],
      lettersToRepresentative: true,
      surveys: true,
    },
    ...over,
  });
  const eligible = {
    decision: 'eligible',
    reason: 'Uppfyller kriterierna: måttlig IF, AKK, flera vårdgivare.',
  };

  const url = (id: string, step = '') => `/api/intake/registrations/${id}${step}`;

  async function create(
    c: Client = f.navigator,
    over: Record<string, unknown> = {},
    person: Record<string, unknown> = {},
  ) {
    const res = await c.post('/api/intake/registrations', registration(over, person));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Registration;
  }

  /** Takes a new registration to consented. */
  async function consented(person: Record<string, unknown> = {}, c: Client = f.navigator) {
    const r = await create(c, {}, person);
    expect((await c.post(url(r.id, '/first-call'), { at: new Date().toISOString() })).status).toBe(200);
    expect((await c.put(url(r.id, '/needs-mapping'), mapping)).status).toBe(200);
    expect((await c.post(url(r.id, '/decision'), eligible)).status).toBe(200);
    const res = await c.post(url(r.id, '/consents'), consent());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.stage).toBe('consented');
    return res.body as Registration;
  }

  const board = async (c: Client = f.navigator, q = '') =>
    (await c.get(`/api/intake/registrations${q}`)).body;

  /** Sets Kumla's cap so that exactly `free` places are free now. */
  async function setFreePlaces(free: number) {
    const { capacity } = await board();
    const cap = capacity.enrolled + capacity.offered + free;
    const res = await f.admin.patch(`/api/organisation/units/${f.kumlaUnit.id}`, { ...f.kumlaUnit, cap });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await board()).capacity.free).toBe(free);
  }

  const auditOf = (id: string) =>
    queryRows<AuditRow>(
      f.t.database.db,
      sql`select user_id, user_name, action, entity, entity_id, patient_ids, detail from audit_log
          where entity_id = ${id} order by id`,
    );
  const tables = ['intake_registrations', 'intake_events', 'intake_consents', 'patients', 'audit_log'];
  const snapshot = () => Promise.all(tables.map((x) => countRows(f.t.database, x)));

  return {
    adultNumber,
    registration,
    mapping,
    consent,
    eligible,
    url,
    create,
    consented,
    board,
    setFreePlaces,
    auditOf,
    snapshot,
  };
}
