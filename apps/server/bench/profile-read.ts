// `npx tsx bench/profile-read.ts [--postgres]`: where the milliseconds of one audited patient read go
// (issue #18). One client, one request at a time, on the demo database: every statement's time is taken
// around node-postgres's `Client.query` (PostgreSQL) — a round trip each, measured from the call to its
// answer — and the request's whole time through `app.inject` (no socket); the rest is the app's own work
// (Fastify, the session hook, zod, drizzle's query building and mapping, JSON). Also the same for the
// ceiling's one statement. Prints medians per request.
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { patients } from '../src/db/schema.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed.ts';
import { openBenchDatabase } from './database.ts';
import { median } from './stats.ts';

const REQUESTS = 400;
const kind = process.argv.includes('--postgres') ? 'postgres' : 'pglite';
const bench = await openBenchDatabase(kind);
try {
  await bench.database.migrate();
  await seedDemo(bench.database.db);
  const ids = (await bench.database.db.select({ id: patients.id }).from(patients).limit(30)).map((r) => r.id);
  for (const cacheMs of [0, 30_000]) {
    const app = await buildApp({ database: bench.database, logLevel: 'silent', sessionCacheMs: cacheMs });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'sjukskoterska', password: DEMO_PASSWORD },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const read = (i: number) =>
      app.inject({ method: 'GET', url: `/api/patients/${ids[i % ids.length]}`, headers: { cookie } });
    for (let i = 0; i < 50; i++) await read(i); // warm-up
    // Statement times by the statement's first words, per request.
    let current: Array<{ what: string; ms: number }> = [];
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => Promise<unknown> };
    const original = proto.query;
    if (kind === 'postgres')
      proto.query = function (this: unknown, ...a: unknown[]) {
        const text =
          typeof a[0] === 'string' ? a[0] : ((a[0] as { text?: string; name?: string })?.text ?? '');
        const what = text.trim().split(/\s+/).slice(0, 3).join(' ').slice(0, 40) || 'prepared';
        const start = performance.now();
        const done = () => current.push({ what, ms: performance.now() - start });
        const last = a.at(-1);
        if (typeof last === 'function') {
          a[a.length - 1] = (...r: unknown[]) => {
            done();
            return (last as (...x: unknown[]) => unknown)(...r);
          };
          return original.apply(this, a) as Promise<unknown>;
        }
        const p = original.apply(this, a) as Promise<unknown>;
        p?.then?.(done, () => {});
        return p;
      };
    const totals: number[] = [];
    const perStatement = new Map<string, number[]>();
    const dbTotals: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      current = [];
      const start = performance.now();
      const res = await read(i);
      totals.push(performance.now() - start);
      if (res.statusCode !== 200) throw new Error(`read failed: ${res.statusCode}`);
      dbTotals.push(current.reduce((s, x) => s + x.ms, 0));
      current.forEach((x, k) => {
        const key = `${k + 1}. ${x.what}`;
        perStatement.set(key, [...(perStatement.get(key) ?? []), x.ms]);
      });
    }
    proto.query = original;
    console.log(`\n${kind}, session in memory: ${cacheMs > 0 ? 'yes' : 'no'} — median of ${REQUESTS} reads`);
    console.log(`  whole request (app.inject)          ${median(totals).toFixed(3)} ms`);
    if (kind === 'postgres') {
      for (const [k, v] of perStatement) console.log(`  ${k.padEnd(36)} ${median(v).toFixed(3)} ms`);
      console.log(`  all statements (round trips)        ${median(dbTotals).toFixed(3)} ms`);
      console.log(
        `  the app's own work (the rest)       ${(median(totals) - median(dbTotals)).toFixed(3)} ms`,
      );
    }
    await app.close();
  }
  if (kind === 'postgres' && bench.url) {
    const pool = new pg.Pool({ connectionString: bench.url, max: 1 });
    const times: number[] = [];
    for (let i = 0; i < REQUESTS + 50; i++) {
      const start = performance.now();
      await pool.query(
        `select p.*, coalesce((select json_agg(r order by r.created_at) from representatives r where r.patient_id = p.id), '[]'::json) as representatives from patients p where p.id = $1`,
        [ids[i % ids.length]],
      );
      if (i >= 50) times.push(performance.now() - start);
    }
    await pool.end();
    console.log(`\nthe ceiling's one statement: ${median(times).toFixed(3)} ms (median)`);
  }
  const n = await bench.database.db
    .select({ id: patients.id })
    .from(patients)
    .where(eq(patients.id, ids[0]!));
  if (n.length !== 1) throw new Error('patient vanished');
} finally {
  await bench.dispose();
}
