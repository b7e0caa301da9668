import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { type AppOptions, buildApp } from '../src/app.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';

export type DbKind = 'pglite' | 'postgres';
export const dbKind = (process.env.LOTSA_TEST_DB ?? 'pglite') as DbKind;

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** A client signed in as a demo user (password `lotsa-demo`). */
  as(username: string): Promise<Client>;
  /** A client with no session. */
  anonymous(): Client;
  close(): Promise<void>;
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export interface Client {
  csrf: string;
  /** The session cookie (`lotsa_session=…`), for tests that call services with the user's actor. */
  cookie: string | null;
  me: {
    user: { id: string; regionId: string };
    units: Array<{ id: string; name: string; roles: string[] }>;
    activeUnitId: string | null;
  };
  get<T = any>(url: string, headers?: Record<string, string>): Promise<Reply<T>>;
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  put<T = any>(url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  patch<T = any>(url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  delete<T = any>(url: string, headers?: Record<string, string>): Promise<Reply<T>>;
}

/** Where a private copy of the template is: a PGlite folder or a PostgreSQL server database. */
export interface DatabaseCopy {
  dataDir?: string;
  databaseUrl?: string;
  cleanup: () => Promise<void>;
}

/**
 * A private copy of the migrated, seeded template database (not opened), e.g. for a server process of
 * its own. `empty`: a new database with nothing in it instead (PostgreSQL: no tables; PGlite: a folder
 * that does not exist yet).
 */
export async function copyTemplate(opts: { empty?: boolean } = {}): Promise<DatabaseCopy> {
  if (dbKind === 'pglite') {
    const root = mkdtempSync(path.join(tmpdir(), 'lotsa-test-'));
    const dir = path.join(root, 'db');
    if (!opts.empty) cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
    return { dataDir: dir, cleanup: async () => rmSync(root, { recursive: true, force: true }) };
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    opts.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE lotsa_template`,
  );
  await admin.end();
  return {
    databaseUrl: adminUrl.replace(/\/postgres$/, `/${name}`),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Opens a private copy of the migrated, seeded template database for one test file. */
async function openCopy(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const copy = await copyTemplate();
  const database = copy.databaseUrl
    ? await openDatabase({ databaseUrl: copy.databaseUrl, poolSize: 25 })
    : await openDatabase({ dataDir: copy.dataDir });
  // A copy is a new database, as a restored one is: a new calendar epoch, so the scheduling search's
  // in-process calendar cache (module state, shared by the files one worker runs, vitest.config.ts
  // `isolate: false`) never takes an earlier file's copy of the same region for this one.
  await database.db.execute(sql`update calendar_versions set epoch = gen_random_uuid()`);
  return { database, cleanup: copy.cleanup };
}

function makeClient(app: FastifyInstance, cookie: string | null, csrf: string): Omit<Client, 'me'> {
  const send = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method !== 'GET' && csrf ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    let parsed: unknown = res.body;
    try {
      parsed = res.json();
    } catch {}
    return { status: res.statusCode, body: parsed, headers: res.headers } as Reply<any>;
  };
  return {
    csrf,
    cookie,
    get: (url, h) => send('GET', url, undefined, h),
    post: (url, b, h) => send('POST', url, b ?? {}, h),
    put: (url, b, h) => send('PUT', url, b ?? {}, h),
    patch: (url, b, h) => send('PATCH', url, b ?? {}, h),
    delete: (url, h) => send('DELETE', url, undefined, h),
  };
}

/** A fresh copy of the demo database and the app on it; `opts` sets app options such as `publicUrl`. */
export async function startTestApp(opts: Omit<Partial<AppOptions>, 'database'> = {}): Promise<TestApp> {
  const { database, cleanup } = await openCopy();
  const app = await buildApp({ database, logLevel: 'silent', webDist: '/nonexistent', ...opts });
  await app.ready();
  return {
    app,
    database,
    anonymous: () => ({ ...makeClient(app, null, ''), me: null as never }),
    async as(username: string) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username, password: DEMO_PASSWORD },
        remoteAddress: `127.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      });
      if (res.statusCode !== 200)
        throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const raw = Array.isArray(setCookie) ? setCookie[0]! : String(setCookie);
      const me = res.json();
      return { ...makeClient(app, raw.split(';')[0]!, me.csrfToken), me };
    },
    async close() {
      await app.close();
      await database.close();
      await cleanup();
    },
  };
}

/** Counts rows of a table (tests check that refused requests wrote nothing). */
export async function countRows(database: Database, table: string): Promise<number> {
  const { sql } = await import('drizzle-orm');
  const { queryRows } = await import('../src/db/database.ts');
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql.raw(`select count(*)::int as n from ${table}`),
  );
  return row!.n;
}

/**
 * Counts the statements `work` sends to the database, each a round trip on a PostgreSQL server
 * (node-postgres sends one query per call: parse, bind, execute and sync together, BEGIN and COMMIT
 * each their own). PostgreSQL: every `pg` client of this process; PGlite (in-process, so statements
 * rather than round trips): the instance's queries, execs and each transaction's BEGIN and COMMIT.
 * The statements of the work only: nothing else may use the database meanwhile.
 */
export async function countRoundTrips(database: Database, work: () => Promise<unknown>): Promise<number> {
  let n = 0;
  if (database.kind === 'postgres') {
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function (this: unknown, ...a: unknown[]) {
      n++;
      return original.apply(this, a);
    };
    try {
      await work();
    } finally {
      proto.query = original;
    }
    return n;
  }
  type Q = (...a: unknown[]) => Promise<unknown>;
  const client = (database.db as unknown as { $client: Record<string, Q> }).$client;
  const saved = { query: client.query!, exec: client.exec!, transaction: client.transaction! };
  const counted =
    (f: Q, self: unknown): Q =>
    (...a) => {
      n++;
      return f.apply(self, a);
    };
  client.query = counted(saved.query, client);
  client.exec = counted(saved.exec, client);
  client.transaction = (callback: unknown) =>
    saved.transaction.call(client, async (tx: Record<string, Q>) => {
      n += 2; // BEGIN, COMMIT (or ROLLBACK)
      tx.query = counted(tx.query!, tx);
      tx.exec = counted(tx.exec!, tx);
      return (callback as (t: unknown) => Promise<unknown>)(tx);
    });
  try {
    await work();
  } finally {
    Object.assign(client, saved);
  }
  return n;
}
