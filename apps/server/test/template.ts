import type { Database } from '../src/db/database.ts';
import { seedDemo } from '../src/demo/seed.ts';

/** The state every integration test file starts from: migrated, with the demo data. */
export async function prepareTemplate(database: Database) {
  await database.migrate();
  await seedDemo(database.db);
}
