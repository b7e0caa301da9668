// npm run restore -- <file> [--replace]: restores a backup made by `npm run backup` (README "Operating
// Lotsa"), applies this version's newer migrations and verifies every region's audit chain. Into an
// empty database; --replace restores over an existing one (Lotsa stopped first): on a server its
// schemas are dropped, the embedded folder is kept beside as pglite.before-restore-<time>.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { roleOfUrl } from '../db/roles.ts';
import {
  dropEverything,
  isEmptyDatabase,
  type RestoreReport,
  restoreFromFile,
  runningLotsa,
} from '../ops/backup.ts';

const config = readConfig();
const cwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2);
const replace = args.includes('--replace');
const fileArg = args.find((a) => !a.startsWith('--'));
if (!fileArg) {
  console.error('Usage: npm run restore -- <backup file> [--replace]');
  process.exit(2);
}
const file = path.resolve(cwd, fileArg);
if (!existsSync(file)) {
  console.error(`No such backup file: ${file}`);
  process.exit(2);
}

function print(r: RestoreReport): boolean {
  console.log(`Restored ${r.rows} rows in ${r.tables} tables from ${file}.`);
  if (r.upgradedBy > 0) console.log(`Upgraded by ${r.upgradedBy} newer migrations.`);
  let ok = true;
  for (const c of r.auditChains) {
    console.log(
      `Audit chain of region ${c.regionId}: ${c.checked} entries, ${c.intact ? 'intact' : `BROKEN at entry ${c.firstBrokenSeq}`}.`,
    );
    ok &&= c.intact;
  }
  return ok;
}

let database: Database | undefined;
let ok = false;
try {
  if (config.DATABASE_URL) {
    // As the owner role when there is one (DATABASE_MIGRATION_URL), which then grants the app's role.
    database = await openDatabase({
      databaseUrl: config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL,
      poolSize: 2,
    });
    if (!(await isEmptyDatabase(database))) {
      if (!replace) {
        console.error(
          'The database is not empty. Stop every Lotsa instance and add --replace to restore over it.',
        );
        process.exit(2);
      }
      await dropEverything(database);
    }
    const grantAppRole = config.DATABASE_MIGRATION_URL ? roleOfUrl(config.DATABASE_URL) : undefined;
    ok = print(await restoreFromFile(database, file, { grantAppRole }));
  } else {
    const root = config.LOTSA_DATA_DIR;
    const pid = runningLotsa(root);
    if (pid) {
      console.error(`Lotsa (pid ${pid}) has the embedded database open: stop it first.`);
      process.exit(2);
    }
    const target = path.join(root, 'pglite');
    if (existsSync(target) && !replace) {
      console.error(`${target} exists. Add --replace to restore over it (it is kept beside).`);
      process.exit(2);
    }
    const work = path.join(root, 'pglite.restoring');
    rmSync(work, { recursive: true, force: true });
    database = await openDatabase({ dataDir: work });
    ok = print(await restoreFromFile(database, file));
    await database.close();
    database = undefined;
    if (existsSync(target)) {
      const kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(target, kept);
      console.log(`The database that was there is kept in ${kept}.`);
    }
    renameSync(work, target);
  }
} finally {
  await database?.close();
}
process.exit(ok ? 0 : 1);
