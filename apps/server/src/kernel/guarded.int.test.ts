import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { queryRows, type Tx } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { resolveSession, SESSION_COOKIE, toActor } from '../modules/access/index.ts';
import { guardedRow, type RowGuard } from './index.ts';

// The kernel's one path to patient data, tried directly: region binding, the access rule, the
// audit entry committed with the work (and never without it), a refusal logged.

let t: TestApp;
let nurse: Actor;
let sormland: Actor;
type Row = { id: string; regionId: string; unitId: string };
let kumlaPatient: Row;
let katrineholmPatient: Row;

async function actorOf(username: string): Promise<Actor> {
  const c = await t.as(username);
  const token = decodeURIComponent(c.cookie!.slice(SESSION_COOKIE.length + 1));
  return toActor((await resolveSession(t.database.db, token, { sessionHours: 8 }))!);
}

const guard = (row: Row, entity = 'kernel_test'): RowGuard<Row> => ({
  entity,
  action: 'read',
  // Deliberately ignores the region it is given: the guard must still refuse a foreign row.
  load: async () => row,
  unitOf: (r) => r.unitId,
  patientIdsOf: (r) => [r.id],
});

const entriesOf = (entity: string) =>
  queryRows<{ action: string; user_id: string; patient_ids: string[]; detail: unknown }>(
    t.database.db,
    sql`select action, user_id, patient_ids, detail from audit_log where entity = ${entity} order by id`,
  );

beforeAll(async () => {
  t = await startTestApp();
  nurse = await actorOf('sjukskoterska');
  sormland = await actorOf('sormland');
  const first = async (regionId: string) =>
    (
      await queryRows<{ id: string; region_id: string; unit_id: string }>(
        t.database.db,
        sql`select id, region_id, unit_id from patients where region_id = ${regionId} order by id limit 1`,
      )
    ).map((r) => ({ id: r.id, regionId: r.region_id, unitId: r.unit_id }))[0]!;
  kumlaPatient = await first(nurse.regionId);
  katrineholmPatient = await first(sormland.regionId);
});
afterAll(() => t?.close());

describe('guardedRow', () => {
  it('runs the work and commits its audit entry with it', async () => {
    const r = await guardedRow(
      { db: t.database.db, actor: nurse },
      guard(kumlaPatient, 'k_ok'),
      async () => ({
        value: 42,
        detail: { why: 'test' },
      }),
    );
    expect(r).toEqual({ status: 'ok', value: 42 });
    expect(await entriesOf('k_ok')).toEqual([
      { action: 'read', user_id: nurse.userId, patient_ids: [kumlaPatient.id], detail: { why: 'test' } },
    ]);
  });

  it('treats a row of another region as absent, even when the loader returned it, and logs nothing', async () => {
    let ran = false;
    const r = await guardedRow(
      { db: t.database.db, actor: nurse },
      guard(katrineholmPatient, 'k_region'),
      async () => {
        ran = true;
        return { value: 1 };
      },
    );
    expect(r).toEqual({ status: 'not_found' });
    expect(ran).toBe(false);
    expect(await entriesOf('k_region')).toEqual([]);
  });

  it('answers a patient outside the user’s units as absent, logs the refusal as denied, and does not run the work', async () => {
    const otherUnit: Actor = {
      ...nurse,
      unitRoles: new Map([['00000000-0000-0000-0000-000000000000', ['nurse']]]),
    };
    let ran = false;
    const r = await guardedRow(
      { db: t.database.db, actor: otherUnit },
      guard(kumlaPatient, 'k_denied'),
      async () => {
        ran = true;
        return { value: 1 };
      },
    );
    // Out of scope is "not found", like an absent row (issue 16): nothing tells the two apart.
    expect(r).toEqual({ status: 'not_found' });
    expect(ran).toBe(false);
    expect(await entriesOf('k_denied')).toMatchObject([{ action: 'denied', detail: { attempted: 'read' } }]);
  });

  it('honours a custom rule instead of the default', async () => {
    const r = await guardedRow(
      { db: t.database.db, actor: nurse },
      { ...guard(kumlaPatient, 'k_custom'), authorize: () => false },
      async () => ({ value: 1 }),
    );
    expect(r.status).toBe('denied');
  });

  it('writes neither the data nor the entry when the work fails', async () => {
    await expect(
      guardedRow({ db: t.database.db, actor: nurse }, guard(kumlaPatient, 'k_fail'), async (tx: Tx) => {
        await tx.execute(
          sql`update patients set updated_at = '2000-01-01T00:00:00Z' where id = ${kumlaPatient.id}`,
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await entriesOf('k_fail')).toEqual([]);
    const [p] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from patients where id = ${kumlaPatient.id} and updated_at < '2001-01-01'`,
    );
    expect(p!.n).toBe(0);
  });

  it('names the patients the work gives (e.g. a record it created)', async () => {
    await guardedRow({ db: t.database.db, actor: nurse }, guard(kumlaPatient, 'k_ids'), async () => ({
      value: null,
      patientIds: [kumlaPatient.id, katrineholmPatient.id],
    }));
    expect((await entriesOf('k_ids'))[0]!.patient_ids).toEqual([kumlaPatient.id, katrineholmPatient.id]);
  });
});
