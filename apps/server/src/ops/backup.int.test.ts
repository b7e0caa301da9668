import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTemplate, type DatabaseCopy, dbKind, startTestApp } from '../../test/harness.ts';
import { startServerProcess } from '../../test/server-process.ts';
import { type Database, openDatabase, queryRows } from '../db/database.ts';
import { verifyAuditChain } from '../kernel/index.ts';
import { backupToFile, restoreBackup, restoreFromFile, tableDigests } from './backup.ts';

/*
 * `npm run backup` / `npm run restore` and what they are built on (backup.ts), on the demo database:
 * back up, change data, restore, and every table is as it was, with the audit chains intact.
 */

const run = promisify(execFile);
const scripts = path.resolve(import.meta.dirname, '../scripts');
const dir = mkdtempSync(path.join(tmpdir(), 'lotsa-backup-test-'));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

/** Runs one of the npm scripts (src/scripts/<name>.ts) as npm would, with `env`. */
async function npmScript(name: string, args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', path.join(scripts, `${name}.ts`), ...args], {
      cwd: path.dirname(scripts),
      env: { ...process.env, INIT_CWD: dir, ...env },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** An empty database (a new PostgreSQL database, or a PGlite folder that does not exist yet), opened. */
async function emptyDatabase(): Promise<{ copy: DatabaseCopy; database: Database }> {
  const copy = await copyTemplate({ empty: true });
  const database = copy.databaseUrl
    ? await openDatabase({ databaseUrl: copy.databaseUrl })
    : await openDatabase({ dataDir: copy.dataDir });
  cleanups.push(async () => {
    await database.close().catch(() => {});
    await copy.cleanup();
  });
  return { copy, database };
}

const sealAll = async (db: Database) => {
  for (const r of await queryRows<{ id: string }>(db.db, sql`select id from regions`))
    expect(await verifyAuditChain(db.db, r.id)).toMatchObject({ intact: true });
};
const migrations = async (db: Database) =>
  (
    await queryRows<{ hash: string }>(db.db, sql`select hash from drizzle.__drizzle_migrations order by id`)
  ).map((r) => r.hash);
/** A restore renews the calendar epochs (so every instance's calendar cache reloads): not compared. */
const digests = (db: Database) => tableDigests(db.db, { calendar_versions: ['epoch'] });
/** Also the time a seal was made: two restores of one backup seal its unsealed rows alike, but not at once. */
const digestsBesideSealTimes = (db: Database) =>
  tableDigests(db.db, { calendar_versions: ['epoch'], audit_seals: ['sealed_at'] });

describe(`backup and restore on ${dbKind}`, () => {
  it('backs up the demo while in use, and a restore after changes gives back every table as it was, audit chains intact', async () => {
    const t = await startTestApp();
    cleanups.push(() => t.close());
    const nurse = await t.as('sjukskoterska');
    expect((await nurse.get('/api/patients?q=an')).status).toBe(200); // an audited read
    const file = path.join(dir, 'demo.backup.gz');
    // Sealed first (verification seals what is committed), so the restore's verification seals nothing new.
    await sealAll(t.database);
    const before = await digests(t.database);
    const header = await backupToFile(t.database, file);
    expect(header.tables.map((x) => x.name)).toEqual(Object.keys(before));
    expect(Object.values(before).filter((d) => !d.startsWith('0:')).length).toBeGreaterThan(20);

    // Changes after the backup: a new patient, more audit entries, a deleted row.
    const created = await nurse.post('/api/patients', {
      identityNumber: makeTestIdentityNumber('1931-02-12', 983),
      givenName: 'Efter',
      familyName: 'Säkerhetskopian',
      municipalityCode: '1881',
    });
    expect(created.status).toBe(201);
    await t.database.db.execute(sql`delete from sessions`);
    const changed = await digests(t.database);
    for (const table of ['patients', 'audit_log', 'sessions']) expect(changed[table]).not.toBe(before[table]);

    const { database } = await emptyDatabase();
    const report = await restoreFromFile(database, file);
    expect(await digests(database)).toEqual(before);
    expect(await migrations(database)).toEqual(await migrations(t.database));
    expect(report.rows).toBe(header.tables.reduce((a, x) => a + x.rows, 0));
    expect(report.upgradedBy).toBe(0);
    expect(report.auditChains.length).toBeGreaterThanOrEqual(2);
    for (const c of report.auditChains) expect(c).toMatchObject({ intact: true, firstBrokenSeq: null });
    expect(report.auditChains.some((c) => c.checked > 0)).toBe(true);

    // The restored database works: sequences and triggers are back (a new audit entry chains on).
    const [next] = await queryRows<{ ok: boolean }>(
      database.db,
      sql`select count(*) = count(distinct id) as ok from audit_log`,
    );
    expect(next!.ok).toBe(true);
    const [region] = await queryRows<{ id: string }>(
      database.db,
      sql`select id from regions order by name limit 1`,
    );
    await database.db.execute(
      sql`insert into audit_log (region_id, user_name, action, entity, reason, patient_ids)
          values (${region!.id}, 'test', 'read', 'patient', 'test', '{}')`,
    );
    expect(await verifyAuditChain(database.db, region!.id)).toMatchObject({ intact: true });

    // Refused, with nothing changed: a database that is not empty, a damaged file, another schema.
    await expect(restoreFromFile(database, file)).rejects.toThrow(/not empty/);
    const other = await emptyDatabase();
    const cut = path.join(dir, 'cut.backup.gz');
    writeFileSync(cut, gzipSync('{"format":"lotsa-backup","version":1'));
    await expect(restoreFromFile(other.database, cut)).rejects.toThrow(/Not a Lotsa backup/);
    const newer = path.join(dir, 'newer.backup.gz');
    writeFileSync(
      newer,
      gzipSync(`${JSON.stringify({ ...header, migrations: [...header.migrations, 'f'.repeat(64)] })}\n`),
    );
    await expect(restoreBackup(other.database, createReadStream(newer))).rejects.toThrow(/newer Lotsa/);
    expect(await tableDigests(other.database.db)).toEqual({});
  }, 120_000);

  it('npm run backup and npm run restore: a running Lotsa is backed up, and restore --replace puts it back', async () => {
    const copy = await copyTemplate();
    cleanups.push(() => copy.cleanup());
    const file = path.join(dir, 'running.backup.gz');
    let env: Record<string, string>;
    if (copy.databaseUrl) env = { DATABASE_URL: copy.databaseUrl };
    else {
      // The embedded database as `npm start` keeps it: <LOTSA_DATA_DIR>/pglite, held by a running Lotsa.
      const root = path.join(dir, 'data');
      const { renameSync, mkdirSync } = await import('node:fs');
      mkdirSync(root);
      renameSync(copy.dataDir!, path.join(root, 'pglite'));
      env = { LOTSA_DATA_DIR: root };
    }
    const server = await startServerProcess(env);
    cleanups.push(() => server.stop());
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'sjukskoterska', password: 'lotsa-demo' }),
    });
    expect(signIn.status).toBe(200);

    const backup = await npmScript('backup', ['running.backup.gz'], env);
    expect(backup.out).toContain(
      copy.databaseUrl ? 'PostgreSQL database written' : 'written by the running Lotsa',
    );
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    if (!copy.databaseUrl) {
      // Restore refuses while Lotsa holds the folder.
      const refused = await npmScript('restore', [file, '--replace'], env);
      expect(refused.code).toBe(2);
      expect(refused.out).toContain('stop it first');
    }
    await server.stop();

    // What was backed up, for comparison: the backup restored into an empty database.
    const reference = await emptyDatabase();
    await restoreFromFile(reference.database, file);
    const expected = await digestsBesideSealTimes(reference.database);

    // Changes after the backup, then restore over them.
    const database = copy.databaseUrl
      ? await openDatabase({ databaseUrl: copy.databaseUrl })
      : await openDatabase({ dataDir: path.join(env.LOTSA_DATA_DIR!, 'pglite') });
    await database.db.execute(sql`delete from sessions`);
    await database.db.execute(sql`update patients set given_name = 'Ändrad'`);
    expect((await digestsBesideSealTimes(database)).patients).not.toBe(expected.patients);
    await database.close();

    const withoutReplace = await npmScript('restore', [file], env);
    expect(withoutReplace.code).toBe(2);
    const restore = await npmScript('restore', [file, '--replace'], env);
    expect(restore.out).toMatch(/Restored \d+ rows in \d+ tables/);
    expect(restore.out).toMatch(/Audit chain of region .*: \d+ entries, intact\./);
    expect(restore.out).not.toContain('BROKEN');
    expect(restore.code).toBe(0);
    const restored = copy.databaseUrl
      ? await openDatabase({ databaseUrl: copy.databaseUrl })
      : await openDatabase({ dataDir: path.join(env.LOTSA_DATA_DIR!, 'pglite') });
    try {
      expect(await digestsBesideSealTimes(restored)).toEqual(expected);
    } finally {
      await restored.close();
    }
  }, 180_000);
});
