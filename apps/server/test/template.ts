import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../src/db/database.ts';
import { seedDemo } from '../src/demo/seed.ts';

/** The state every integration test file starts from: migrated, with the demo data. */
export async function prepareTemplate(database: Database) {
  await database.migrate();
  await seedDemo(database.db);
}

interface Shared {
  dir: Promise<string>;
  root: string;
  users: number;
}
const KEY = Symbol.for('lotsa.test.pgliteTemplate');
const holder = globalThis as unknown as { [KEY]?: Shared };

/**
 * One migrated, seeded PGlite folder for every project of a test run that needs it (int-pglite,
 * web-components, e2e): their global setups run in the same Vitest process, so the first builds it and
 * the others wait for it (kept on `globalThis`: each project may load this module afresh). Each user
 * copies the folder and never writes to it. `release()` removes it after the last user.
 */
export function sharedPgliteTemplate(): { dir: Promise<string>; release: () => void } {
  let shared = holder[KEY];
  if (!shared) {
    const root = mkdtempSync(path.join(tmpdir(), 'lotsa-pglite-template-'));
    const dir = path.join(root, 'db');
    shared = {
      root,
      users: 0,
      dir: (async () => {
        const database = await openDatabase({ dataDir: dir });
        await prepareTemplate(database);
        await database.close();
        return dir;
      })(),
    };
    holder[KEY] = shared;
  }
  const s = shared;
  s.users++;
  let released = false;
  return {
    dir: s.dir,
    release: () => {
      if (released) return;
      released = true;
      if (--s.users > 0) return;
      if (holder[KEY] === s) delete holder[KEY];
      rmSync(s.root, { recursive: true, force: true });
    },
  };
}
