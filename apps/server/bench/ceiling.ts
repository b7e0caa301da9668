import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../src/db/database.ts';

/**
 * The ceiling: the thinnest server that does the same patient read as `GET /api/patients/:id` on the same
 * database — `node:http` and one parameterised statement (the patient and its representatives), no
 * authentication, no scope, no audit, no framework. On PostgreSQL it has a `pg` pool of its own of the
 * app's default size (10); on PGlite it queries the same PGlite instance the app uses (one process, one
 * connection). Every Lotsa figure of the bench is also given as a ratio to it (issue #18).
 */
export interface Ceiling {
  baseUrl: string;
  /** `/patients/<id>`: the path of one read. */
  pathFor(patientId: string): string;
  close(): Promise<void>;
}

const READ = `
  select p.*, coalesce((select json_agg(r order by r.created_at) from representatives r
                        where r.patient_id = p.id), '[]'::json) as representatives
  from patients p where p.id = $1`;

const UUID = /^\/patients\/([0-9a-f-]{36})$/;

type Query = (text: string, params: unknown[]) => Promise<{ rows: unknown[] }>;

export async function startCeiling(database: Database, postgresUrl: string | undefined): Promise<Ceiling> {
  let query: Query;
  let pool: pg.Pool | null = null;
  if (database.kind === 'postgres') {
    if (!postgresUrl) throw new Error('the ceiling needs the PostgreSQL server address');
    const p = new pg.Pool({ connectionString: postgresUrl, max: 10 });
    pool = p;
    query = (text, params) => p.query(text, params);
  } else {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    query = (text, params) => client.query(text, params);
  }
  const server: Server = createServer((req, res) => {
    const m = req.method === 'GET' ? UUID.exec(req.url ?? '') : null;
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    query(READ, [m[1]]).then(
      ({ rows }) => {
        if (rows.length === 0) {
          res.writeHead(404).end();
          return;
        }
        const body = JSON.stringify(rows[0]);
        res
          .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
          .end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pathFor: (id) => `/patients/${id}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool?.end();
    },
  };
}
