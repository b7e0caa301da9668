import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../test/harness.ts';
import { queryRows } from '../db/database.ts';

// Emergency access (nödåtkomst, issue 16, decision 0010) on both databases: a patient of another
// unit in the same region, a mandatory reason, time-limited, flagged in the log; never across
// regions; a protected identity confirmed first.

let t: TestApp;
let sormland: Client; // nurse at Katrineholm and Nyköping (Region Sörmland), no role at Eskilstuna
let nurse: Client; // sjukskoterska, Kumla (Region Örebro)

const patientOf = async (unitPrefix: string, protectedIdentity = false) =>
  (
    await queryRows<{ id: string; identity_number: string }>(
      t.database.db,
      sql`select p.id, p.identity_number from patients p join units u on u.id = p.unit_id
          where u.name like ${`${unitPrefix}%`} and p.protected_identity = ${protectedIdentity}
          order by p.identity_number limit 1`,
    )
  )[0]!;

const entriesOf = (patientId: string) =>
  queryRows<{ action: string; entity: string; reason: string; detail: any; user_id: string }>(
    t.database.db,
    sql`select action, entity, reason, detail, user_id from audit_log where ${patientId} = any(patient_ids) order by id`,
  );

const reasonText = 'Patienten kom in akut till Katrineholm, behöver läkemedelslistan';

beforeAll(async () => {
  t = await startTestApp();
  sormland = await t.as('sormland');
  nurse = await t.as('sjukskoterska');
});
afterAll(() => t?.close());

describe('emergency access', () => {
  it('opens another unit’s patient of the region for a few hours, every access flagged, with a banner', async () => {
    const p = await patientOf('Eskilstuna');
    expect((await sormland.get(`/api/patients/${p.id}`)).status).toBe(404);
    const grants = await countRows(t.database, 'access_grants');
    for (const body of [
      { identityNumber: p.identity_number },
      { identityNumber: p.identity_number, reasonText: 'akut' },
      { identityNumber: p.identity_number, reasonText: 'x'.repeat(301) },
      { identityNumber: '19000101-0000', reasonText },
    ])
      expect((await sormland.post('/api/emergency-access', body)).status, JSON.stringify(body)).toBe(400);
    expect(await countRows(t.database, 'access_grants')).toBe(grants);

    const res = await sormland.post('/api/emergency-access', {
      identityNumber: p.identity_number,
      reasonText,
    });
    expect(res.status).toBe(201);
    expect(res.body.patientId).toBe(p.id);
    const until = new Date(res.body.emergencyUntil).getTime();
    expect(Math.abs(until - (Date.now() + 4 * 3_600_000))).toBeLessThan(120_000);
    expect(res.body.relations).toEqual([]);

    expect((await sormland.get(`/api/patients/${p.id}`)).status).toBe(200);
    expect((await sormland.get(`/api/patients/${p.id}/adaptations`)).status).toBe(200);
    expect((await sormland.get(`/api/patients/${p.id}/access`)).body.emergencyUntil).toBe(
      res.body.emergencyUntil,
    );
    const mine = (await entriesOf(p.id)).filter((e) => e.user_id === sormland.me.user.id);
    expect(mine.find((e) => e.entity === 'care_relation')).toMatchObject({
      action: 'create',
      reason: `emergency: ${reasonText}`,
      detail: { kind: 'emergency', reasonText, flags: ['emergency'] },
    });
    const reads = mine.filter((e) => e.action === 'read');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const r of reads) expect(r.detail).toMatchObject({ access: 'emergency', flags: ['emergency'] });
    // Only the patient opened: the unit's search stays closed (the active unit is another).
    expect(
      ((await sormland.get(`/api/patients?q=${p.identity_number}`)).body as Array<{ id: string }>).some(
        (x) => x.id === p.id,
      ),
    ).toBe(false);

    // Ended: out of scope again.
    await t.database.db.execute(
      sql`update access_grants set granted_at = now() - interval '6 hours', expires_at = now() - interval '1 hour'
          where patient_id = ${p.id} and kind = 'emergency'`,
    );
    expect((await sormland.get(`/api/patients/${p.id}`)).status).toBe(404);
    expect((await sormland.get(`/api/patients/${p.id}/access`)).status).toBe(404);
  });

  it('never crosses regions: another region’s patient answers like one that does not exist, and is logged', async () => {
    const theirs = await patientOf('Eskilstuna');
    const before = await countRows(t.database, 'access_grants');
    const cross = await nurse.post('/api/emergency-access', {
      identityNumber: theirs.identity_number,
      reasonText,
    });
    const none = await nurse.post('/api/emergency-access', {
      identityNumber: makeTestIdentityNumber('1930-01-01', 990),
      reasonText,
    });
    expect(cross.status).toBe(404);
    expect(none.status).toBe(404);
    expect(cross.body).toEqual(none.body);
    expect(await countRows(t.database, 'access_grants')).toBe(before);
    expect((await nurse.get(`/api/patients/${theirs.id}`)).status).toBe(404);
    const [denied] = await queryRows<{ action: string; patient_ids: string[]; detail: any }>(
      t.database.db,
      sql`select action, patient_ids, detail from audit_log
          where entity = 'emergency_access' and user_id = ${nurse.me.user.id} order by id desc limit 1`,
    );
    expect(denied).toMatchObject({ action: 'denied', patient_ids: [], detail: { flags: ['emergency'] } });
  });

  it('is not for one’s own unit, nor for someone without a care role', async () => {
    const own = await patientOf('Kumla');
    const res = await nurse.post('/api/emergency-access', {
      identityNumber: own.identity_number,
      reasonText,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('emergency_not_needed');
    const admin = await t.as('admin.sormland');
    const p = await patientOf('Eskilstuna');
    expect(
      (await admin.post('/api/emergency-access', { identityNumber: p.identity_number, reasonText })).status,
    ).toBe(404);
  });

  it('asks a confirmation for a protected identity, and flags the opening as both', async () => {
    const p = await patientOf('Nyköping');
    await t.database.db.execute(sql`update patients set protected_identity = true where id = ${p.id}`);
    const other = await t.as('vardlots.sormland');
    const unitsOf = other.me.units.map((u) => u.name);
    // vardlots.sormland works at Katrineholm only: Nyköping is another unit of the region.
    expect(unitsOf.some((n) => n.startsWith('Nyköping'))).toBe(false);
    const unconfirmed = await other.post('/api/emergency-access', {
      identityNumber: p.identity_number,
      reasonText,
    });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.code).toBe('access_confirmation_required');
    const ok = await other.post('/api/emergency-access', {
      identityNumber: p.identity_number,
      reasonText,
      confirmProtected: true,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ protectedIdentity: true, protectedConfirmedUntil: expect.any(String) });
    const opened = await other.get(`/api/patients/${p.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.address).toBeNull();
    const read = (await entriesOf(p.id))
      .filter((e) => e.user_id === other.me.user.id && e.action === 'read')
      .at(-1);
    expect(read!.detail).toMatchObject({
      access: 'emergency',
      flags: expect.arrayContaining(['emergency', 'protected_identity']),
    });
  });
});
