// Applies the committed migrations to DATABASE_URL (or the embedded database) and exits; with
// DATABASE_MIGRATION_URL as that owner role, granting DATABASE_URL's role its privileges (db/roles.ts).
import path from 'node:path';
import { readConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/database.ts';

const config = readConfig();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: path.join(config.LOTSA_DATA_DIR, 'pglite'),
});
await migrateDatabase(database, {
  migrationUrl: config.DATABASE_MIGRATION_URL,
  databaseUrl: config.DATABASE_URL,
});
await database.close();
console.log('Migrations applied.');
