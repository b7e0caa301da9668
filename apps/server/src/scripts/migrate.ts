// Applies the committed migrations to DATABASE_URL (or the embedded database) and exits.
import path from 'node:path';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';

const config = readConfig();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: path.join(config.LOTSA_DATA_DIR, 'pglite'),
});
await database.migrate();
await database.close();
console.log('Migrations applied.');
