// The first start without demo data: creates the first region and its first region admin, once.
//   npm run setup -- --region "Region Örebro län" --admin anna [--name "Anna Admin"] [--code orebro]
// The admin's temporary password: LOTSA_SETUP_PASSWORD, or one made here and printed once. On the embedded
// database stop Lotsa first (one process at a time); on a server it may run beside it (DATABASE_URL,
// DATABASE_MIGRATION_URL as for the app). Refuses, changing nothing, when the database has a region.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/database.ts';
import { describeSetup, SetupRefused, setUpFirstRegion } from '../modules/access/index.ts';

const USAGE = `Usage: npm run setup -- --region "<region name>" --admin <user name> [--name "<admin's name>"] [--code <region code>]
  The admin's temporary password: LOTSA_SETUP_PASSWORD (at least 12 characters), or one is made and printed once.`;

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      region: { type: 'string' },
      admin: { type: 'string' },
      name: { type: 'string' },
      code: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help || typeof values.region !== 'string' || typeof values.admin !== 'string') {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = readConfig();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: path.join(config.LOTSA_DATA_DIR, 'pglite'),
});
try {
  await migrateDatabase(database, {
    migrationUrl: config.DATABASE_MIGRATION_URL,
    databaseUrl: config.DATABASE_URL,
  });
  const done = await setUpFirstRegion(database.db, {
    regionName: values.region,
    regionCode: typeof values.code === 'string' ? values.code : undefined,
    adminUsername: values.admin,
    adminDisplayName: typeof values.name === 'string' ? values.name : undefined,
    password: process.env.LOTSA_SETUP_PASSWORD || undefined,
  });
  console.log(describeSetup(done));
} catch (err) {
  if (!(err instanceof SetupRefused)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
