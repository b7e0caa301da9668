import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTemplate, countRoundTrips, type DatabaseCopy, dbKind } from '../../../test/harness.ts';
import { buildApp } from '../../app.ts';
import { type Database, openDatabase, queryRows } from '../../db/database.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';

/*
 * #18: fewer round trips per request. Two apps on one database (PostgreSQL: each with its own pool and
 * its own listening connection, as two instances have; PGlite: one database, in-process), both keeping
 * resolved sessions in memory; a third app looks the session up on every request, for comparison.
 */

let copy: DatabaseCopy;
let dbA: Database;
let dbB: Database;
let a: FastifyInstance;
let b: FastifyInstance;
let uncached: FastifyInstance;

beforeAll(async () => {
  copy = await copyTemplate();
  const open = () =>
    copy.databaseUrl
      ? openDatabase({ databaseUrl: copy.databaseUrl, poolSize: 4 })
      : openDatabase({ dataDir: copy.dataDir });
  dbA = await open();
  dbB = dbKind === 'postgres' ? await open() : dbA;
  const build = (database: Database, sessionCacheMs?: number) =>
    buildApp({ database, logLevel: 'silent', webDist: '/nonexistent', sessionCacheMs });
  a = await build(dbA);
  b = await build(dbB);
  uncached = await build(dbA, 0);
}, 120_000);

afterAll(async () => {
  for (const app of [a, b, uncached]) await app?.close();
  await dbA?.close();
  if (dbB !== dbA) await dbB?.close();
  await copy?.cleanup();
});

async function signIn(app: FastifyInstance, username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password: DEMO_PASSWORD },
    remoteAddress: `10.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  expect(res.statusCode).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return { cookie, csrf: res.json().csrfToken as string, userId: res.json().user.id as string };
}

const get = (app: FastifyInstance, url: string, cookie: string) =>
  app.inject({ method: 'GET', url, headers: { cookie } });

/** Polls until `done` answers true; the milliseconds it took (fails after 2 s). */
async function within(done: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > 2_000) throw new Error('did not happen within 2 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

describe(`sessions kept in memory, on ${dbKind}`, () => {
  it('an audited patient read is one statement with the session in memory, two without', async () => {
    const nurse = await signIn(a, 'sjukskoterska');
    const search = await get(a, '/api/patients?q=an', nurse.cookie);
    const id = search.json()[0].id as string;
    await get(a, `/api/patients/${id}`, nurse.cookie); // the session is now in a's memory
    const read = (app: FastifyInstance) => async () =>
      expect((await get(app, `/api/patients/${id}`, nurse.cookie)).statusCode).toBe(200);
    await read(uncached)();
    const withCache = await countRoundTrips(dbA, read(a));
    const without = await countRoundTrips(dbA, read(uncached));
    // Without: the session, then one statement that reads the patient, the representatives and the
    // care relation (the access law, issue 16) and writes the audit row (the kernel's guardedRead).
    expect(without).toBe(2);
    expect(withCache).toBe(without - 1);
    // Each of those reads wrote exactly one plain read entry (no flags: a care relationship).
    const entries = await queryRows<{ n: number; plain: number }>(
      dbA.db,
      sql`select count(*)::int as n, count(*) filter (where detail is null)::int as plain from audit_log
           where user_id = ${nurse.userId} and action = 'read' and entity = 'patient' and entity_id = ${id}`,
    );
    expect(entries[0]).toEqual({ n: 4, plain: 4 });
  });

  it('signing out on one instance ends the session on the other within 1 s', async () => {
    const nurse = await signIn(a, 'underskoterska');
    expect((await get(b, '/api/auth/me', nurse.cookie)).statusCode).toBe(200);
    expect((await get(b, '/api/auth/me', nurse.cookie)).statusCode).toBe(200); // held in b's memory
    const out = await a.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: nurse.cookie, 'x-csrf-token': nurse.csrf },
    });
    expect(out.statusCode).toBeLessThan(300);
    // On the instance that signed out, at once.
    expect((await get(a, '/api/auth/me', nurse.cookie)).statusCode).toBe(401);
    const ms = await within(async () => (await get(b, '/api/auth/me', nurse.cookie)).statusCode === 401);
    expect(ms).toBeLessThan(1_000);
  });

  it('a role taken away takes effect on every instance within 1 s', async () => {
    const ot = await signIn(a, 'arbetsterapeut');
    const search = await get(b, '/api/patients?q=an', ot.cookie);
    expect(search.statusCode).toBe(200);
    const id = search.json()[0].id as string;
    expect((await get(a, `/api/patients/${id}`, ot.cookie)).statusCode).toBe(200);
    expect((await get(b, `/api/patients/${id}`, ot.cookie)).statusCode).toBe(200);
    // However the change is made (here straight in the database), the trigger tells every instance.
    await dbA.db.execute(sql`delete from user_unit_roles where user_id = ${ot.userId}`);
    const refused = (app: FastifyInstance) => async () =>
      (await get(app, `/api/patients/${id}`, ot.cookie)).statusCode !== 200;
    expect(await within(refused(a))).toBeLessThan(1_000);
    expect(await within(refused(b))).toBeLessThan(1_000);
    const [row] = await queryRows<{ n: number }>(
      dbA.db,
      sql`select count(*)::int as n from audit_log where user_id = ${ot.userId} and action = 'denied'`,
    );
    expect(row!.n).toBeGreaterThanOrEqual(2);
  });
});
