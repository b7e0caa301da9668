import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { grantAppRole, roleOfUrl } from './roles.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A handle that can run queries: the database or an open transaction. */
export type Queryable = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /**
   * Apply the committed migrations; safe when several instances start at once. `grantAppRole`: this
   * connection is the owner role's (DATABASE_MIGRATION_URL), and afterwards the app's restricted role gets
   * exactly its privileges (db/roles.ts), under the same lock. PGlite has one role and ignores it.
   * `migrationsFolder`: another folder of them (a restore applies the backup's first migrations only,
   * ops/backup.ts).
   */
  migrate(opts?: { grantAppRole?: string; migrationsFolder?: string }): Promise<void>;
  /**
   * Tries to become the one holder of `key` across every instance on this database (a session-level
   * advisory lock on a connection of its own): null when another instance holds it. The holder keeps it
   * until `release()` or until its connection is lost (`lost` turns true; the lock is then free for
   * another instance). PGlite is one process: it always gets it.
   */
  tryLeadership(key: number): Promise<Leadership | null>;
  /**
   * Listens to a `NOTIFY` channel (PostgreSQL: a connection of its own, reconnected every second when lost;
   * PGlite: in-process). `onState(false)` when the connection is lost (messages may have been missed),
   * `onState(true)` once listening again.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<Listener>;
  /** Connections of the pool, for /metrics (PGlite: one connection, never waiting). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface Leadership {
  readonly lost: boolean;
  release(): Promise<void>;
}

export interface ListenHandlers {
  onMessage(payload: string): void;
  onState?(listening: boolean): void;
}

export interface Listener {
  readonly listening: boolean;
  close(): Promise<void>;
}

export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
/** Arbitrary constant key for the migration advisory lock. */
const MIGRATION_LOCK_KEY = 7_105_117_1;

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Pool size for a PostgreSQL server. */
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, extensions: { btree_gist } });
  await client.exec(`SET TIME ZONE 'Europe/Stockholm'`);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    // PGlite is one process with one connection: nothing can run migrations beside it.
    migrate: async (opts) => {
      await client.exec('CREATE EXTENSION IF NOT EXISTS btree_gist');
      await migratePglite(drizzlePglite(client, { schema }), {
        migrationsFolder: opts?.migrationsFolder ?? migrationsFolder,
      });
    },
    tryLeadership: async () => {
      let lost = false;
      return {
        get lost() {
          return lost || client.closed;
        },
        release: async () => {
          lost = true;
        },
      };
    },
    listen: async (channel, handlers) => {
      const unlisten = await client.listen(channel, (payload) => handlers.onMessage(payload));
      let closed = false;
      return {
        get listening() {
          return !closed && !client.closed;
        },
        close: async () => {
          if (closed || client.closed) return;
          closed = true;
          await unlisten();
        },
      };
    },
    poolStats: () => ({ max: 1, total: 1, idle: 1, waiting: 0 }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, options: '-c TimeZone=Europe/Stockholm' });
  let closing = false;
  // An idle connection the server drops (restart, failover) must not crash the process: the pool
  // replaces it on next use. Without this handler node-postgres throws it as uncaught.
  pool.on('error', (err) => {
    if (!closing) console.error('PostgreSQL connection lost; the pool will reconnect:', err.message);
  });
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    migrate: async (opts) => {
      // A session-level advisory lock on one dedicated connection: a second instance waits here,
      // then finds every migration applied and does nothing.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await client.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
          await migrateNodePg(drizzleNodePg(client, { schema }), {
            migrationsFolder: opts?.migrationsFolder ?? migrationsFolder,
          });
          // Under the lock too: two instances granting at once can fail ("tuple concurrently updated").
          if (opts?.grantAppRole) await grantAppRole(client, opts.grantAppRole);
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    tryLeadership: async (key) => {
      // Not from the pool: the lock lives as long as this connection, which nothing else uses.
      const client = new pg.Client({ connectionString: url });
      let lost = false;
      client.on('error', () => {
        lost = true;
      });
      client.on('end', () => {
        lost = true;
      });
      await client.connect();
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]);
      if (!rows[0]?.ok) {
        await client.end();
        return null;
      }
      return {
        get lost() {
          return lost;
        },
        release: async () => {
          if (lost) return;
          lost = true;
          await client.end().catch(() => {});
        },
      };
    },
    listen: (channel, handlers) => listenPostgres(url, channel, handlers),
    poolStats: () => ({ max, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      closing = true;
      await pool.end();
    },
  };
}

/**
 * The start's (and `npm run db:migrate`'s) migrations. With `migrationUrl` (DATABASE_MIGRATION_URL) they
 * run on a connection of the owner role, which then grants the app's role (the user of `database`'s URL)
 * its privileges (db/roles.ts); without it, on the app's own connection (one role owns all: fine for
 * PGlite and a laptop, not for production).
 */
export async function migrateDatabase(
  database: Database,
  opts: { migrationUrl?: string; databaseUrl?: string },
): Promise<void> {
  if (!opts.migrationUrl) return database.migrate();
  if (!opts.databaseUrl) throw new Error('DATABASE_MIGRATION_URL needs DATABASE_URL (the app role).');
  const owner = await openPostgres(opts.migrationUrl, 1);
  try {
    await owner.migrate({ grantAppRole: roleOfUrl(opts.databaseUrl) });
  } finally {
    await owner.close();
  }
}

async function listenPostgres(url: string, channel: string, h: ListenHandlers): Promise<Listener> {
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const lost = () => {
    if (!listening && client === null) return;
    listening = false;
    client = null;
    h.onState?.(false);
    if (!closed) retry = setTimeout(() => void connect().catch(lostAfterFailure), 1_000);
  };
  const lostAfterFailure = () => {
    client = null;
    if (!closed) retry = setTimeout(() => void connect().catch(lostAfterFailure), 1_000);
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (m) => {
      if (m.channel === channel) h.onMessage(m.payload ?? '');
    });
    c.on('error', () => {
      if (client === c) lost();
    });
    c.on('end', () => {
      if (client === c) lost();
    });
    await c.connect();
    await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    if (closed) {
      await c.end();
      return;
    }
    client = c;
    listening = true;
    h.onState?.(true);
  };
  await connect();
  return {
    get listening() {
      return listening;
    },
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      listening = false;
      await c?.end().catch(() => {});
    },
  };
}

/** Runs raw SQL and returns its rows: both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
