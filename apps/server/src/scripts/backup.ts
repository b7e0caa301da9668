// npm run backup [-- <file>]: a consistent backup of Lotsa's database while it runs (README "Operating
// Lotsa"). Default file: ./backups/lotsa-<time>.backup.gz where npm was started.
import path from 'node:path';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { askForBackup, backupToFile, runningLotsa } from '../ops/backup.ts';

const config = readConfig();
const cwd = process.env.INIT_CWD ?? process.cwd();
const stamp = new Date()
  .toISOString()
  .replace(/[:.]/g, '-')
  .replace(/-\d{3}Z$/, 'Z');
const file = path.resolve(cwd, process.argv[2] ?? path.join('backups', `lotsa-${stamp}.backup.gz`));

if (config.DATABASE_URL) {
  // The owner role reads everything, sequences too (DATABASE_MIGRATION_URL when set).
  const database = await openDatabase({
    databaseUrl: config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL,
    poolSize: 1,
  });
  try {
    const h = await backupToFile(database, file);
    console.log(`Backup of the PostgreSQL database written: ${file} (${h.tables.length} tables).`);
  } finally {
    await database.close();
  }
} else {
  const root = config.LOTSA_DATA_DIR;
  const pid = runningLotsa(root);
  if (pid) {
    await askForBackup(root, pid, file);
    console.log(`Backup written by the running Lotsa (pid ${pid}): ${file}.`);
  } else {
    const database = await openDatabase({ dataDir: path.join(root, 'pglite') });
    try {
      const h = await backupToFile(database, file);
      console.log(`Backup of the embedded database written: ${file} (${h.tables.length} tables).`);
    } finally {
      await database.close();
    }
  }
}
