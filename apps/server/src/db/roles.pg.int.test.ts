import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.ts';
import { type Database, migrateDatabase, openDatabase, queryRows } from './database.ts';
import { checkAppRole } from './roles.ts';

/*
 * The two PostgreSQL roles (README, "Operating Lotsa"; issue #21 item 6): the migrations run as the owner
 * role (DATABASE_MIGRATION_URL), the app as a role that owns nothing and may only SELECT and INSERT on the
 * audit log. PGlite is one process with one role and no privileges to test: PostgreSQL server only
 * (*.pg.int.test.ts, vitest.config.ts).
 */
describe('PostgreSQL roles: the app role cannot change the audit log (PostgreSQL server only: PGlite has a single role)', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `lotsa_owner_${suffix}`;
  const appRole = `lotsa_app_${suffix}`;
  const dbName = `roles_${suffix}`;
  let admin: pg.Client;
  let ownerUrl: string;
  let appUrl: string;
  let database: Database;
  let asApp: pg.Client;

  beforeAll(async () => {
    const adminUrl = inject('postgresAdminUrl');
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // Neither role is a superuser (the default); the owner owns the database, the app role nothing.
    await admin.query(`CREATE ROLE ${owner} LOGIN`);
    await admin.query(`CREATE ROLE ${appRole} LOGIN`);
    await admin.query(`CREATE DATABASE ${dbName} OWNER ${owner}`);
    const url = (role: string) =>
      adminUrl.replace(/\/\/[^@]+@/, `//${role}@`).replace(/\/postgres$/, `/${dbName}`);
    ownerUrl = url(owner);
    appUrl = url(appRole);
    // What main.ts does at start with DATABASE_URL + DATABASE_MIGRATION_URL.
    database = await openDatabase({ databaseUrl: appUrl, poolSize: 5 });
    await migrateDatabase(database, { migrationUrl: ownerUrl, databaseUrl: appUrl });
    // The demo seed (LOTSA_DEMO=on) runs as the app role: every table's inserts, the audit chain's trigger.
    await seedDemo(database.db);
    asApp = new pg.Client({ connectionString: appUrl });
    await asApp.connect();
  }, 180_000);

  afterAll(async () => {
    await asApp?.end();
    await database?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${appRole}`);
    await admin.query(`DROP ROLE IF EXISTS ${owner}`);
    await admin.end();
  });

  const refusal = async (statement: string) => {
    try {
      await asApp.query(statement);
      return 'allowed';
    } catch (err) {
      return (err as Error).message;
    }
  };

  it('the app role is refused ALTER TABLE … DISABLE TRIGGER, UPDATE, DELETE and TRUNCATE on audit_log', async () => {
    const before = (await asApp.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n as number;
    expect(before).toBeGreaterThan(0);
    // Not the owner: the triggers that keep the log append-only cannot be switched off or dropped.
    expect(await refusal('ALTER TABLE audit_log DISABLE TRIGGER ALL')).toMatch(
      /must be owner of table audit_log/,
    );
    expect(await refusal('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete')).toMatch(
      /must be owner/,
    );
    expect(await refusal('DROP TRIGGER audit_log_no_truncate ON audit_log')).toMatch(/must be owner/);
    expect(await refusal('ALTER TABLE audit_log ADD COLUMN x int')).toMatch(/must be owner/);
    // No privilege at all (refused before any trigger runs: the message is the privilege system's).
    expect(await refusal(`UPDATE audit_log SET reason = 'x'`)).toMatch(
      /permission denied for table audit_log/,
    );
    expect(await refusal('DELETE FROM audit_log')).toMatch(/permission denied for table audit_log/);
    expect(await refusal('TRUNCATE audit_log')).toMatch(/permission denied for table audit_log/);
    // Its seals likewise (decision 0009).
    expect(await refusal('UPDATE audit_seals SET row_count = 0')).toMatch(
      /permission denied for table audit_seals/,
    );
    expect(await refusal('DELETE FROM audit_seals')).toMatch(/permission denied for table audit_seals/);
    expect(await refusal('CREATE TABLE lotsa_x (id int)')).toMatch(/permission denied for schema public/);
    // The start-up check agrees.
    expect(await checkAppRole(async (q) => (await asApp.query(q)).rows)).toEqual({
      role: appRole,
      superuser: false,
      ownsAuditLog: false,
    });
    expect((await asApp.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(before);
    // The owner is the owner (for contrast: it could switch the triggers off).
    const ownerRole = await checkAppRole(async (q) => queryRows(await ownerDb(), sql.raw(q)));
    expect(ownerRole.ownsAuditLog).toBe(true);
  });

  let ownerDatabase: Database | undefined;
  const ownerDb = async () => {
    ownerDatabase ??= await openDatabase({ databaseUrl: ownerUrl, poolSize: 1 });
    return ownerDatabase.db;
  };
  afterAll(async () => {
    await ownerDatabase?.close();
  });

  it('the app works as that role: sign-in, patient data with its audit entries, a step that writes, the chain check', async () => {
    const app = await buildApp({ database, logLevel: 'silent', webDist: '/nonexistent' });
    try {
      const signIn = async (username: string) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { username, password: DEMO_PASSWORD },
        });
        expect(res.statusCode).toBe(200);
        const cookie = String(res.headers['set-cookie']).split(';')[0]!;
        return { cookie, csrf: res.json().csrfToken as string };
      };
      const nurse = await signIn('sjukskoterska');
      const auditRows = async () =>
        (await asApp.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n as number;
      const before = await auditRows();
      const search = await app.inject({
        method: 'GET',
        url: '/api/patients?q=an',
        headers: { cookie: nurse.cookie },
      });
      expect(search.statusCode).toBe(200);
      const first = search.json()[0];
      const patient = await app.inject({
        method: 'GET',
        url: `/api/patients/${first.id}`,
        headers: { cookie: nurse.cookie },
      });
      expect(patient.statusCode).toBe(200);
      const request = await app.inject({
        method: 'POST',
        url: '/api/contact-requests',
        headers: { cookie: nurse.cookie, 'x-csrf-token': nurse.csrf },
        payload: {
          patientId: first.id,
          callerKind: 'municipal_nurse',
          callerName: 'Karin Ek, kommunsjuksköterska',
          callbackPhone: '019-58 80 41',
          subject: 'Frågar om provsvar.',
          urgency: 'today',
        },
      });
      expect(request.statusCode, request.body).toBe(201);
      expect(await auditRows()).toBeGreaterThanOrEqual(before + 3);
      const chef = await signIn('chef');
      const verify = await app.inject({
        method: 'GET',
        url: '/api/audit/verify',
        headers: { cookie: chef.cookie },
      });
      expect(verify.statusCode).toBe(200);
      expect(verify.json().intact).toBe(true);
      // The verification sealed what the app role wrote (the sealer runs as the app role).
      expect(verify.json().unsealed).toBe(0);
      expect(verify.json().seals).toBeGreaterThan(0);
      // A second start (migrations already applied) is a no-op and keeps the grants.
      await migrateDatabase(database, { migrationUrl: ownerUrl, databaseUrl: appUrl });
      expect(await refusal('TRUNCATE audit_log')).toMatch(/permission denied/);
      expect(await auditRows()).toBeGreaterThan(before);
    } finally {
      await app.close();
    }
  });

  it('refuses one role for both: the app must not own the audit log', async () => {
    const solo = await openDatabase({ databaseUrl: ownerUrl, poolSize: 1 });
    try {
      await expect(migrateDatabase(solo, { migrationUrl: ownerUrl, databaseUrl: ownerUrl })).rejects.toThrow(
        /same role/,
      );
    } finally {
      await solo.close();
    }
  });
});
