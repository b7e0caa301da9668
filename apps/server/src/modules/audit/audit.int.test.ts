import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, dbKind, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';

let t: TestApp;
let nurse: Client;
let manager: Client;
let patientId: string;
beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  manager = await t.as('chef');
  patientId = (await nurse.get('/api/patients?q=er')).body[0].id;
});
afterAll(() => t?.close());

describe('the audit log is append-only', () => {
  it.each([
    ['UPDATE', sql`update audit_log set reason = 'ändrad' where seq = 1`],
    ['DELETE', sql`delete from audit_log where seq = 1`],
    ['TRUNCATE', sql`truncate audit_log`],
  ])('the database refuses %s', async (_op, statement) => {
    const before = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log`,
    );
    await expect(t.database.db.execute(statement)).rejects.toThrow();
    const after = await queryRows<{ n: number; reasons: string[] }>(
      t.database.db,
      sql`select count(*)::int as n, array_agg(distinct reason) as reasons from audit_log`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(after[0]!.reasons).not.toContain('ändrad');
  });
});

describe('the hash chain', () => {
  it('stays intact under concurrent writers', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => nurse.get(`/api/patients/${patientId}`)),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const v = (await manager.get('/api/audit/verify')).body;
    expect(v.intact).toBe(true);
    expect(v.firstBrokenSeq).toBeNull();
    const [{ n }] = (await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where region_id = ${nurse.me.user.regionId}`,
    )) as [{ n: number }];
    expect(v.checked).toBe(n);
  });

  it('shows tampering: an entry changed behind the triggers breaks the chain at that entry', async () => {
    // Only a database superuser can switch the guard off; the chain still shows what they did.
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    const [victim] = await queryRows<{ seq: number }>(
      t.database.db,
      sql`select seq from audit_log where region_id = ${nurse.me.user.regionId} and action = 'read' order by seq limit 1`,
    );
    await t.database.db.execute(
      sql`update audit_log set user_name = 'Någon annan' where region_id = ${nurse.me.user.regionId} and seq = ${victim!.seq}`,
    );
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    const v = (await manager.get('/api/audit/verify')).body;
    expect(v.intact).toBe(false);
    expect(v.firstBrokenSeq).toBe(Number(victim!.seq));
  });
});

describe('log review', () => {
  it('lets the unit manager filter by patient, action and date', async () => {
    const res = await manager.get(`/api/audit?patientId=${patientId}&action=read`);
    expect(res.status).toBe(200);
    expect(res.body.entries.length).toBeGreaterThanOrEqual(20);
    for (const e of res.body.entries) {
      expect(e.action).toBe('read');
      expect(e.patientIds).toContain(patientId);
    }
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const todays = await manager.get(`/api/audit?from=${today}&to=${today}&limit=5`);
    expect(todays.body.entries).toHaveLength(5);
    expect(todays.body.nextBeforeSeq).toBe(todays.body.entries[4].seq);
    const none = await manager.get('/api/audit?from=2001-01-01&to=2001-01-31');
    expect(none.body.entries).toEqual([]);
    expect((await manager.get('/api/audit?from=igår')).status).toBe(400);
  });

  it('is refused to staff who are not unit managers', async () => {
    const res = await nurse.get('/api/audit');
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/verksamhetschefen/);
    expect((await nurse.get(`/api/audit/patients/${patientId}`)).status).toBe(403);
  });

  it('gives a patient extract of every access, and logs the extract itself', async () => {
    const res = await manager.get(`/api/audit/patients/${patientId}`);
    expect(res.status).toBe(200);
    expect(res.body.patient.id).toBe(patientId);
    const actions = new Set(res.body.entries.map((e: { action: string }) => e.action));
    expect(actions).toContain('read');
    expect(actions).toContain('list');
    expect(actions).toContain('create');
    expect(actions).toContain('export');
  });

  it(`runs against ${dbKind}`, () => {
    expect(t.database.kind).toBe(dbKind);
  });
});
