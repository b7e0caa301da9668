// Wipes the embedded database folder and creates it again with fresh demo data.
// Against a server (DATABASE_URL) it refuses: dropping a server's data is a job for its owner.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { seedDemo } from '../demo/seed.ts';

const config = readConfig();
if (config.DATABASE_URL) {
  console.error(
    'demo:reset only resets the embedded database. Unset DATABASE_URL, or create a fresh database on the server and start Lotsa with LOTSA_DEMO=on.',
  );
  process.exit(2);
}
const dataDir = path.join(config.LOTSA_DATA_DIR, 'pglite');
rmSync(dataDir, { recursive: true, force: true });
const database = await openDatabase({ dataDir });
await database.migrate();
await seedDemo(database.db);
await database.close();
console.log(`Demo data created in ${dataDir}.`);
