import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { migrateDatabase, openDatabase, queryRows } from './db/database.ts';
import { checkAppRole } from './db/roles.ts';
import { DEMO_PASSWORD, DEMO_USERS, hasAnyRegion, isDemoDatabase, seedDemo } from './demo/seed.ts';
import {
  describeSetup,
  readTotpKey,
  SetupRefused,
  setUpFirstRegion,
  setupInputFromEnv,
} from './modules/access/index.ts';
import { auditSealing } from './ops/audit-sealing.ts';
import { serveOnlineBackups } from './ops/backup.ts';
import { JOBS } from './ops/housekeeping.ts';
import { JobRunner } from './ops/jobs.ts';
import { DEMO_SEED_LOCK_KEY, waitForLock } from './ops/locks.ts';
import { stopGracefully } from './ops/shutdown.ts';

process.env.TZ = 'Europe/Stockholm';
const config = readConfig();
const embedded = !config.DATABASE_URL;
const dataDir = path.join(config.LOTSA_DATA_DIR, 'pglite');
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir });
await migrateDatabase(database, {
  migrationUrl: config.DATABASE_MIGRATION_URL,
  databaseUrl: config.DATABASE_URL,
});
if (!embedded) {
  const role = await checkAppRole((q) => queryRows(database.db, sql.raw(q)));
  if (role.superuser || role.ownsAuditLog)
    console.warn(
      `Lotsa: the database role "${role.role}" is ${role.superuser ? 'a superuser' : 'the owner of the audit log'}: it could alter the audit log. Run the app as a restricted role and the migrations as the owner (DATABASE_MIGRATION_URL; README, "Operating Lotsa").`,
    );
}

// The first region and its admin from LOTSA_SETUP_* (instead of the demo data); once: on a later start
// with the variables still set it says so and goes on.
const setup = setupInputFromEnv(process.env);
if (setup) {
  try {
    console.log(describeSetup(await setUpFirstRegion(database.db, setup)));
  } catch (err) {
    if (!(err instanceof SetupRefused && err.reason === 'already_set_up')) throw err;
    console.log(`LOTSA_SETUP_REGION ignored. ${err.message}`);
  }
}

const seed = !setup && (config.LOTSA_DEMO === 'on' || (config.LOTSA_DEMO === 'auto' && embedded));
if (seed) {
  // Several instances may start together on an empty server database: one seeds, the others wait.
  const lock = await waitForLock(database, DEMO_SEED_LOCK_KEY);
  try {
    if (!(await hasAnyRegion(database.db))) {
      console.log('Lotsa: creating demo data (first start)…');
      await seedDemo(database.db);
    }
  } finally {
    await lock.release();
  }
}

const secureCookies =
  config.LOTSA_SECURE_COOKIES === 'on' ||
  (config.LOTSA_SECURE_COOKIES === 'auto' && config.NODE_ENV === 'production');
const jobs = new JobRunner(database, JOBS, { loops: [auditSealing()] });
const app = await buildApp({
  database,
  jobs,
  logLevel: config.LOG_LEVEL,
  sessionHours: config.LOTSA_SESSION_HOURS,
  sessionIdleMinutes: config.LOTSA_SESSION_IDLE_MINUTES ?? null,
  sessionCacheMs: config.LOTSA_SESSION_CACHE_SECONDS * 1000,
  secureCookies,
  publicUrl: config.LOTSA_PUBLIC_URL,
  totpKey: readTotpKey(config.LOTSA_TOTP_KEY),
});
const address = await app.listen({ port: config.PORT, host: config.HOST });
jobs.log = app.log;
// `npm run backup` asks this process for a backup of the embedded database it holds (ops/backup.ts).
if (embedded) serveOnlineBackups(config.LOTSA_DATA_DIR, database, app.log);
stopGracefully(app, database, jobs, { timeoutMs: config.LOTSA_SHUTDOWN_SECONDS * 1000 });
jobs.start();

console.log(`
Lotsa is running at ${address.replace('127.0.0.1', 'localhost')}
  database: ${embedded ? `embedded PostgreSQL (PGlite) in ${dataDir}` : 'PostgreSQL server (DATABASE_URL)'}
  API documentation: ${address}/api/docs
${
  seed && (await isDemoDatabase(database.db))
    ? `  demo sign-ins (password "${DEMO_PASSWORD}" for all):\n${DEMO_USERS.map((u) => `    ${u.username.padEnd(18)} ${u.description}`).join('\n')}`
    : ''
}`);
