import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { grantRole, hashPassword, insertUser } from '../access/index.ts';
import { insertUnit } from '../organisation/index.ts';

// The unit manager's log review (logguppföljning, issue 16) on both databases: each flag of the queue
// triggered by a fixture, marking reviewed (logged), the week's sample, the month's summary, the CSV
// export, and the log extract with the reasons.

let t: TestApp;
let chef: Client;
let navigator: Client;
let nurse: Client;
let assistant: Client;
let visitor: Client; // a nurse of another unit of the region
let regionId: string;

let serial = 0;
async function newPatient(who: Client, extra: Record<string, unknown> = {}): Promise<string> {
  serial++;
  const res = await who.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1934-04-${String(serial).padStart(2, '0')}`, 988),
    givenName: 'Logg',
    familyName: `Granskningsson${serial}`,
    municipalityCode: '1881',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

const setSettings = (values: ReturnType<typeof sql>) =>
  t.database.db
    .execute(
      sql`insert into access_settings (region_id) values (${regionId}) on conflict (region_id) do nothing;`,
    )
    .then(() =>
      t.database.db.execute(sql`update access_settings set ${values} where region_id = ${regionId}`),
    );

type Item = {
  auditId: number;
  patientId: string;
  userId: string;
  flags: string[];
  reason: string;
  entity: string;
  review: unknown;
};
const queue = async (query = '') => {
  const res = await chef.get(`/api/audit/review?state=all${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Item[];
};

beforeAll(async () => {
  t = await startTestApp();
  chef = await t.as('chef');
  navigator = await t.as('vardlots');
  nurse = await t.as('sjukskoterska');
  regionId = chef.me.user.regionId;
  const [a] = await queryRows<{ staff_id: string }>(
    t.database.db,
    sql`select staff_id from users where username = 'underskoterska'`,
  );
  await t.database.db.execute(sql`delete from team_members where staff_id = ${a!.staff_id}`);
  assistant = await t.as('underskoterska');
  const unitId = await insertUnit(t.database.db, regionId, {
    name: 'Askersund vårdcentral SMO',
    areaId: null,
    cap: 10,
    hsaId: null,
    phone: null,
    address: null,
    active: true,
    municipalityCodes: ['1882'],
  });
  const userId = await insertUser(t.database.db, {
    regionId,
    username: 'askersund.ssk',
    displayName: 'Asta Askersson',
    passwordHash: await hashPassword('lotsa-demo'),
  });
  await grantRole(t.database.db, regionId, userId, unitId, 'nurse');
  visitor = await t.as('askersund.ssk');
});
afterAll(() => t?.close());

describe('the review queue', () => {
  it('flags emergency access, access without a care relationship and a protected identity, with the reasons', async () => {
    const emergencyPatient = await newPatient(navigator);
    const number = (await navigator.get(`/api/patients/${emergencyPatient}`)).body.identityNumber;
    const reasonText = 'Akut besök på Askersund, behöver läkemedelslistan';
    expect((await visitor.post('/api/emergency-access', { identityNumber: number, reasonText })).status).toBe(
      201,
    );
    expect((await visitor.get(`/api/patients/${emergencyPatient}`)).status).toBe(200);

    const reasonPatient = await newPatient(navigator);
    await assistant.post(`/api/patients/${reasonPatient}/access`, {
      reasonCode: 'administrative',
      reasonText: 'Post',
    });
    expect((await assistant.get(`/api/patients/${reasonPatient}`)).status).toBe(200);

    const protectedPatient = await newPatient(navigator, { protectedIdentity: true });
    expect((await navigator.get(`/api/patients/${protectedPatient}`)).status).toBe(200);

    const items = await queue();
    const emergency = items.filter(
      (i) => i.patientId === emergencyPatient && i.userId === visitor.me.user.id,
    );
    expect(emergency.map((i) => i.entity)).toEqual(expect.arrayContaining(['care_relation', 'patient']));
    for (const i of emergency) expect(i.flags).toContain('emergency');
    expect(emergency.find((i) => i.entity === 'care_relation')!.reason).toBe(`emergency: ${reasonText}`);
    const noRelation = items.find((i) => i.patientId === reasonPatient && i.entity === 'patient')!;
    expect(noRelation.flags).toContain('no_care_relation');
    expect(items.find((i) => i.patientId === protectedPatient && i.entity === 'patient')!.flags).toContain(
      'protected_identity',
    );
    // Accesses with nothing to flag stay out; the filter narrows by flag.
    const onlyEmergency = await queue('&flag=emergency');
    expect(onlyEmergency.length).toBeGreaterThan(0);
    for (const i of onlyEmergency) expect(i.flags).toContain('emergency');

    // The patient's log extract carries the reasons.
    const extract = await chef.get(`/api/audit/patients/${reasonPatient}`);
    expect(extract.status).toBe(200);
    expect(extract.body.entries.find((e: { entity: string }) => e.entity === 'care_relation')).toMatchObject({
      reason: 'administrative: Post',
      detail: { reasonCode: 'administrative', reasonText: 'Post' },
    });
  });

  it('flags outside working hours, the same surname as the staff member, and many patients in a day', async () => {
    const [sanna] = await queryRows<{ family_name: string }>(
      t.database.db,
      sql`select s.family_name from staff s join users u on u.staff_id = s.id where u.username = 'sjukskoterska'`,
    );
    const kin = await newPatient(nurse, { familyName: sanna!.family_name });
    expect((await nurse.get(`/api/patients/${kin}`)).status).toBe(200);
    // A working day that has already ended (or not begun) puts every access now outside it.
    await setSettings(sql`workday_start = '00:00', workday_end = '00:01', many_patients_per_day = 2`);
    const a = await newPatient(nurse);
    const b = await newPatient(nurse);
    for (const id of [a, b]) expect((await nurse.get(`/api/patients/${id}`)).status).toBe(200);
    let items = await queue();
    const kinRead = items.find(
      (i) => i.patientId === kin && i.entity === 'patient' && i.userId === nurse.me.user.id,
    )!;
    expect(kinRead.flags).toEqual(expect.arrayContaining(['same_surname', 'outside_hours']));
    const many = items.filter((i) => i.userId === nurse.me.user.id && i.flags.includes('many_patients'));
    expect(many).toHaveLength(1); // one item for the day, not every read
    expect((many[0] as unknown as { patientsThatDay: number }).patientsThatDay).toBeGreaterThan(2);

    // The whole day as working hours, and a high limit: on a weekday those flags go.
    await setSettings(sql`workday_start = '00:00', workday_end = '23:59', many_patients_per_day = 1000`);
    items = await queue();
    const again = items.find((i) => i.auditId === kinRead.auditId)!;
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short' }).format(
      new Date(),
    );
    const weekend = day === 'Sat' || day === 'Sun';
    if (!weekend) expect(again.flags).not.toContain('outside_hours');
    expect(again.flags).toContain('same_surname');
    expect(items.some((i) => i.flags.includes('many_patients'))).toBe(false);
  });
});

describe('reviewing', () => {
  it('marks an access reviewed with a comment, logged; refuses bad comments, twice, others and other units', async () => {
    const item = (await queue()).find((i) => !i.review)!;
    const reviews = await countRows(t.database, 'audit_reviews');
    for (const body of [
      { auditId: item.auditId },
      { auditId: item.auditId, comment: 'x' },
      { auditId: item.auditId, comment: 'x'.repeat(501) },
    ])
      expect((await chef.post('/api/audit/review', body)).status).toBe(400);
    expect(
      (await nurse.post('/api/audit/review', { auditId: item.auditId, comment: 'Jag tittar' })).status,
    ).toBe(403);
    expect((await nurse.get('/api/audit/review')).status).toBe(403);
    expect(await countRows(t.database, 'audit_reviews')).toBe(reviews);

    const ok = await chef.post('/api/audit/review', {
      auditId: item.auditId,
      comment: 'Kontrollerad: deltog i vården.',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.review).toMatchObject({
      byName: 'Cecilia Chefsson',
      comment: 'Kontrollerad: deltog i vården.',
    });
    expect((await chef.post('/api/audit/review', { auditId: item.auditId, comment: 'Igen' })).status).toBe(
      409,
    );
    const [logged] = await queryRows<{ action: string; entity_id: string; detail: any }>(
      t.database.db,
      sql`select action, entity_id, detail from audit_log where entity = 'audit_review' and action = 'update' order by id desc limit 1`,
    );
    expect(logged).toMatchObject({
      entity_id: String(item.auditId),
      detail: { comment: 'Kontrollerad: deltog i vården.' },
    });
    expect((await chef.get('/api/audit/review')).body.some((i: Item) => i.auditId === item.auditId)).toBe(
      false,
    );

    // An entry that names no patient of the unit (another region's) is not the chef's to review.
    const [foreign] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select id from audit_log where region_id <> ${regionId} order by id desc limit 1`,
    );
    expect(
      (await chef.post('/api/audit/review', { auditId: Number(foreign!.id), comment: 'Inte min' })).status,
    ).toBe(404);
  });

  it('draws the week’s sample (the region’s size, the same every time), sums up the month, exports CSV', async () => {
    await setSettings(sql`review_sample_per_week = 3`);
    const first = await chef.get('/api/audit/review/sample');
    expect(first.status).toBe(200);
    expect(first.body.items.length).toBeGreaterThan(0);
    expect(new Set(first.body.items.map((i: Item) => i.auditId)).size).toBeLessThanOrEqual(3);
    const second = await chef.get('/api/audit/review/sample');
    expect(second.body.items.map((i: Item) => i.auditId)).toEqual(
      first.body.items.map((i: Item) => i.auditId),
    );

    // The sample may hold the entry the test before reviewed (the demo's rows change with the clock):
    // review one it has not, so the month counts two reviews.
    const sampled = (first.body.items as Item[]).find((i) => !i.review);
    expect(sampled).toBeDefined();
    if (sampled)
      expect(
        (
          await chef.post('/api/audit/review', {
            auditId: sampled.auditId,
            comment: 'Stickprov: i sin ordning.',
          })
        ).status,
      ).toBe(200);
    const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })
      .format(new Date())
      .slice(0, 7);
    const summary = await chef.get(`/api/audit/review/summary?month=${month}`);
    expect(summary.status).toBe(200);
    expect(summary.body.flagged).toBeGreaterThan(0);
    expect(summary.body.byFlag.emergency).toBeGreaterThan(0);
    expect(summary.body.reviews).toBeGreaterThanOrEqual(2);
    expect(summary.body.flaggedReviewed).toBeGreaterThanOrEqual(1);
    expect((await chef.get('/api/audit/review/summary?month=2026-13x')).status).toBe(400);

    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/audit/review.csv',
      headers: { cookie: chef.cookie! },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('tid;användare;patient;åtgärd;vad;flaggor;skäl;granskad av;granskad;kommentar');
    expect(lines.some((l) => l.includes('emergency') && l.includes('Akut besök på Askersund'))).toBe(true);
    expect(lines.some((l) => l.includes('Kontrollerad: deltog i vården.'))).toBe(true);
  });
});
