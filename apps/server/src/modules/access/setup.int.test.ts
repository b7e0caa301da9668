import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTemplate, countRows, type DatabaseCopy, dbKind } from '../../../test/harness.ts';
import { HttpClient, startServerProcess } from '../../../test/server-process.ts';
import { buildApp } from '../../app.ts';
import { type Database, openDatabase } from '../../db/database.ts';
import { findAuditEntries, verifyAuditChain } from '../../kernel/index.ts';
import { SetupRefused, setUpFirstRegion, setupInputFromEnv } from './index.ts';

/*
 * The first start without demo data (issue #21 item 5): `npm run setup` (or LOTSA_SETUP_* at start)
 * makes the first region and its first region admin, audited, once.
 */
const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '../../..');

describe(`first-run setup on ${dbKind}`, () => {
  let copy: DatabaseCopy;
  let database: Database;
  beforeAll(async () => {
    copy = await copyTemplate({ empty: true });
    database = copy.databaseUrl
      ? await openDatabase({ databaseUrl: copy.databaseUrl, poolSize: 5 })
      : await openDatabase({ dataDir: copy.dataDir });
    await database.migrate();
  });
  afterAll(async () => {
    await database.close();
    await copy.cleanup();
  });

  it('bad input is refused with a clear message and changes nothing', async () => {
    const bad = setUpFirstRegion(database.db, { regionName: 'Region Test', adminUsername: 'A B' });
    await expect(bad).rejects.toThrow(SetupRefused);
    await expect(bad).rejects.toThrow(/adminUsername: The user name must have 3–40 characters/);
    await expect(
      setUpFirstRegion(database.db, { regionName: 'Region Test', adminUsername: 'anna', password: 'short' }),
    ).rejects.toThrow(/password: .*at least 12 characters/);
    expect(() => setupInputFromEnv({ LOTSA_SETUP_REGION: 'Region Test' })).toThrow(/LOTSA_SETUP_ADMIN/);
    expect(await countRows(database, 'regions')).toBe(0);
    expect(await countRows(database, 'users')).toBe(0);
  });

  it('two setups at once: one region and one admin, the other refused; audited; the admin signs in and works', async () => {
    const env = {
      LOTSA_SETUP_REGION: 'Region Västmanland',
      LOTSA_SETUP_ADMIN: 'Anna.Admin',
      LOTSA_SETUP_ADMIN_NAME: 'Anna Andersson',
      LOTSA_SETUP_PASSWORD: 'ett-langt-forsta-losenord',
    };
    const input = setupInputFromEnv(env)!;
    const results = await Promise.allSettled([
      setUpFirstRegion(database.db, input),
      setUpFirstRegion(database.db, { regionName: 'Region Dalarna', adminUsername: 'dalarna.admin' }),
    ]);
    const done = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason as SetupRefused;
    expect(reason).toBeInstanceOf(SetupRefused);
    expect(reason.reason).toBe('already_set_up');
    expect(reason.message).toMatch(
      /Lotsa is already set up: the database has the region "Region (Västmanland|Dalarna)"/,
    );
    expect(await countRows(database, 'regions')).toBe(1);
    expect(await countRows(database, 'users')).toBe(1);

    // Whichever won, run the rest with the env setup's region (the winner may be the other one).
    const first = (done[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof setUpFirstRegion>>>).value;
    const password = first.generatedPassword ?? env.LOTSA_SETUP_PASSWORD;
    if (first.generatedPassword) expect(first.generatedPassword.length).toBeGreaterThanOrEqual(20);
    else expect(first).toMatchObject({ regionCode: 'region-vastmanland', adminUsername: 'anna.admin' });

    // A second run later: refused, nothing changed.
    await expect(setUpFirstRegion(database.db, input)).rejects.toThrow(/already set up/);
    expect(await countRows(database, 'users')).toBe(1);

    // Audited in the new region's log, no user (nobody was signed in), never the password or its hash.
    const entries = await findAuditEntries(database.db, { regionId: first.regionId, limit: 10 });
    expect(entries.map((e) => [e.action, e.entity, e.userName]).sort()).toEqual([
      ['create', 'region', 'lotsa setup'],
      ['create', 'user_account', 'lotsa setup'],
    ]);
    expect(entries.find((e) => e.entity === 'user_account')?.entityId).toBe(first.adminUserId);
    expect(JSON.stringify(entries)).not.toContain(password);
    expect(JSON.stringify(entries)).not.toContain('argon2');
    expect((await verifyAuditChain(database.db, first.regionId)).intact).toBe(true);

    // The admin signs in, must choose their own password, then administers the region.
    const app = await buildApp({ database, logLevel: 'silent', webDist: '/nonexistent' });
    try {
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: first.adminUsername, password },
      });
      expect(signIn.statusCode).toBe(200);
      const me = signIn.json();
      expect(me.user.mustChangePassword).toBe(true);
      expect(me.user.isRegionAdmin).toBe(true);
      const headers = {
        cookie: String(signIn.headers['set-cookie']).split(';')[0]!,
        'x-csrf-token': me.csrfToken as string,
      };
      expect((await app.inject({ method: 'GET', url: '/api/organisation/region', headers })).statusCode).toBe(
        403,
      );
      const changed = await app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers,
        payload: { currentPassword: password, newPassword: 'mitt-eget-langa-losenord' },
      });
      expect(changed.statusCode).toBe(200);
      const region = await app.inject({ method: 'GET', url: '/api/organisation/region', headers });
      expect(region.statusCode).toBe(200);
      expect(region.json()).toMatchObject({ id: first.regionId, areas: [] });
      const area = await app.inject({
        method: 'POST',
        url: '/api/organisation/areas',
        headers,
        payload: { name: 'Västerås' },
      });
      expect(area.statusCode).toBe(201);
    } finally {
      await app.close();
    }
  });
});

describe(`npm run setup, then the first start (${dbKind})`, () => {
  it('prints the temporary password once, refuses a second run, and the start seeds no demo data', async () => {
    const copy = await copyTemplate({ empty: true });
    const dataRoot = mkdtempSync(path.join(tmpdir(), 'lotsa-setup-'));
    const env = {
      ...process.env,
      ...(copy.databaseUrl ? { DATABASE_URL: copy.databaseUrl } : { LOTSA_DATA_DIR: dataRoot }),
      LOTSA_SETUP_PASSWORD: '',
    };
    const setup = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/scripts/setup.ts', ...args], {
        cwd: serverDir,
        env,
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    try {
      const first = await setup(
        '--region',
        'Region Gävleborg',
        '--admin',
        'gavle.admin',
        '--name',
        'Gävle Admin',
      );
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/Lotsa is set up: region "Region Gävleborg" \(code region-gavleborg\)/);
      const password = /temporary password \(shown only now, stored only as a hash\): (\S+)/.exec(
        first.stdout,
      )?.[1];
      expect(password).toBeDefined();

      const second = await setup('--region', 'Region Gävleborg', '--admin', 'gavle.admin');
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(
        /Lotsa is already set up: the database has the region "Region Gävleborg"/,
      );
      expect(second.stdout).not.toContain('temporary password');

      // `npm start` afterwards: no demo data although the embedded database's default is to seed it, and
      // LOTSA_SETUP_* left set is ignored with a clear line.
      const server = await startServerProcess({
        ...(copy.databaseUrl ? { DATABASE_URL: copy.databaseUrl } : { LOTSA_DATA_DIR: dataRoot }),
        LOTSA_DEMO: 'auto',
        LOTSA_SETUP_REGION: 'Region Gävleborg',
        LOTSA_SETUP_ADMIN: 'gavle.admin',
      });
      try {
        expect(server.lines.join('\n')).toMatch(/LOTSA_SETUP_REGION ignored\. Lotsa is already set up/);
        expect(server.lines.join('\n')).not.toContain('demo sign-ins');
        const client = new HttpClient(server.url);
        expect((await client.signIn('gavle.admin', password)).status).toBe(200);
        expect((await new HttpClient(server.url).signIn('vardlots')).status).toBe(401);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dataRoot, { recursive: true, force: true });
      await copy.cleanup();
    }
  }, 120_000);
});
