import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../src/db/database.ts';
import { startPostgres } from '../test/postgres-server.ts';

export type DbKind = Database['kind'];

export interface BenchDatabase {
  database: Database;
  /** Closes the database and deletes its folder or server. */
  dispose(): Promise<void>;
}

/** A fresh, empty database: PGlite in a temporary folder, or a throwaway PostgreSQL server. */
export async function openBenchDatabase(kind: DbKind): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'lotsa-bench-'));
    try {
      const database = await openDatabase({ dataDir: path.join(dir, 'pglite') });
      return {
        database,
        dispose: async () => {
          try {
            await database.close();
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      };
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }
  const server = await startPostgres();
  try {
    // The app's default pool size, as in production.
    const database = await openDatabase({ databaseUrl: server.url('postgres') });
    return {
      database,
      dispose: async () => {
        try {
          await database.close();
        } finally {
          await server.stop();
        }
      },
    };
  } catch (err) {
    await server.stop();
    throw err;
  }
}
