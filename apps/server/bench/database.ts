import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase, queryRows } from '../src/db/database.ts';
import { startPostgres } from '../test/postgres-server.ts';

export type DbKind = Database['kind'];

export interface BenchDatabase {
  database: Database;
  /** The PostgreSQL server's address (for the ceiling's own pool); undefined on PGlite. */
  url?: string;
  /** Closes the database and deletes its folder or server. */
  dispose(): Promise<void>;
}

const FOLDER_PREFIX = 'lotsa-bench-';
const OWNER_FILE = 'owner.pid';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Deletes PGlite folders of earlier runs whose process is gone. Ctrl-C while PGlite runs a long statement
 * can leave one behind: tsx kills a process that does not answer its signal within 60 ms.
 */
function sweepAbandonedFolders() {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(FOLDER_PREFIX))) {
    const dir = path.join(tmpdir(), name);
    try {
      if (isRunning(Number(readFileSync(path.join(dir, OWNER_FILE), 'utf8')))) continue;
    } catch {
      continue; // No owner file: not ours to judge.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh, empty database: PGlite in a temporary folder, or a throwaway PostgreSQL server. */
export async function openBenchDatabase(kind: DbKind, keepDir?: string): Promise<BenchDatabase> {
  if (kind === 'pglite' && keepDir) {
    // For working on the bench: the folder stays, and the next run with the same folder reuses the region.
    const database = await openDatabase({ dataDir: path.join(keepDir, 'pglite') });
    return { database, dispose: () => database.close() };
  }
  if (kind === 'pglite') {
    sweepAbandonedFolders();
    const dir = mkdtempSync(path.join(tmpdir(), FOLDER_PREFIX));
    writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
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
  // The app's default pool size, as in production. The pool connects on first use.
  const database = await openDatabase({ databaseUrl: server.url('postgres') });
  let postmaster: number | null = null;
  const dispose = async () => {
    try {
      await database.close();
    } finally {
      if (postmaster !== null) stopPostmaster(postmaster);
      await server.stop();
    }
  };
  try {
    postmaster = await postmasterPid(database);
  } catch (err) {
    await dispose();
    throw err;
  }
  return { database, url: server.url('postgres'), dispose };
}

/**
 * startPostgres()'s stop() asks for a smart shutdown (SIGTERM), which waits for every client to leave. The
 * bench asks the postmaster for a fast shutdown (SIGINT) first, so a client it left behind cannot hold the
 * stop; stop() then sees the server exit and deletes the folder.
 */
async function postmasterPid(database: Database): Promise<number> {
  const [row] = await queryRows<{ dir: string }>(
    database.db,
    sql`select current_setting('data_directory') as dir`,
  );
  return Number(readFileSync(path.join(row!.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function stopPostmaster(pid: number) {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // Already gone.
  }
}
