import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { users } from './access.tables.ts';
import { hidingParams } from './accounts.service.ts';

let t: TestApp;
let admin: Client;
let kumlaId: string;
let nadiaId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.as('admin');
  kumlaId = (await admin.get('/api/organisation/units')).body[0].id;
  const staff = (await admin.get(`/api/organisation/staff?unitId=${kumlaId}`)).body as Array<{
    id: string;
    givenName: string;
  }>;
  nadiaId = staff.find((s) => s.givenName === 'Nadia')!.id;
});
afterAll(() => t?.close());

const TEMPORARY = 'tillfälligt-lösen-1';
const CHOSEN = 'mitt eget långa lösenord';

/** Signs in an account that is not a demo user; answers the HTTP reply and, on success, a client. */
async function signInAs(username: string, password: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password },
    remoteAddress: `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  if (res.statusCode !== 200) return { status: res.statusCode, client: null };
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  const me = res.json();
  const send = async (method: string, url: string, body?: unknown) => {
    const r = await t.app.inject({
      method: method as 'GET',
      url,
      headers: {
        cookie,
        ...(method !== 'GET' ? { 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' } : {}),
      },
      ...(method !== 'GET' ? { payload: JSON.stringify(body ?? {}) } : {}),
    });
    return { status: r.statusCode, body: r.json() };
  };
  return {
    status: 200,
    client: {
      me,
      get: (url: string) => send('GET', url),
      post: (url: string, body?: unknown) => send('POST', url, body),
      put: (url: string, body?: unknown) => send('PUT', url, body),
    },
  };
}

const newAccount = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  displayName: 'Nadia Sköterman',
  staffId: null,
  units: [{ unitId: kumlaId, roles: ['nurse'] }],
  isRegionAdmin: false,
  temporaryPassword: TEMPORARY,
  ...extra,
});

async function create(username: string, extra: Record<string, unknown> = {}) {
  const res = await admin.post('/api/access/accounts', newAccount(username, extra));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; username: string };
}

describe('the region admin', () => {
  it('creates an account with a temporary password, and lists it with unit, roles and staff link', async () => {
    const res = await admin.post(
      '/api/access/accounts',
      newAccount('  Nadia.Skoterman ', { staffId: nadiaId }),
    ); // trimmed, lowercased
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: 'nadia.skoterman',
      displayName: 'Nadia Sköterman',
      staff: { id: nadiaId, name: 'Nadia Sköterman' },
      units: [{ id: kumlaId, name: 'Kumla vårdcentral SMO', roles: ['nurse'] }],
      active: true,
      isRegionAdmin: false,
      mustChangePassword: true,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|tillfälligt/i);

    const list = (await admin.get(`/api/access/accounts?unitId=${kumlaId}`)).body as Array<{
      username: string;
      mustChangePassword: boolean;
      isRegionAdmin: boolean;
    }>;
    expect(list.map((a) => a.username)).toContain('nadia.skoterman');
    expect(list.map((a) => a.username)).not.toContain('admin'); // no role at Kumla
    const all = (await admin.get('/api/access/accounts')).body as typeof list;
    expect(all.find((a) => a.username === 'admin')?.isRegionAdmin).toBe(true);
    expect(all.map((a) => a.username)).not.toContain('sormland'); // another region
    // The demo users sign in with their own passwords: none is flagged.
    for (const a of all.filter((a) => a.username !== 'nadia.skoterman'))
      expect(a.mustChangePassword).toBe(false);
  });

  it('refuses bad input with Swedish field messages and writes nothing', async () => {
    const before = await Promise.all(
      ['users', 'user_unit_roles', 'audit_log'].map((x) => countRows(t.database, x)),
    );
    const res = await admin.post('/api/access/accounts', {
      username: 'a b',
      displayName: ' ',
      staffId: null,
      units: [{ unitId: kumlaId, roles: [] }],
      isRegionAdmin: false,
      temporaryPassword: 'kort',
    });
    expect(res.status).toBe(400);
    const errors = res.body.errors as Array<{ path: string; message: string }>;
    expect(errors.map((e) => e.path).sort()).toEqual([
      'displayName',
      'temporaryPassword',
      'units.0.roles',
      'username',
    ]);
    expect(errors.find((e) => e.path === 'temporaryPassword')!.message).toBe(
      'Lösenordet måste ha minst 12 tecken.',
    );
    expect(errors.find((e) => e.path === 'username')!.message).toMatch(/^Användarnamnet ska ha 3–40 tecken/);
    expect(
      (
        await admin.post(
          '/api/access/accounts',
          newAccount('okand.roll', { units: [{ unitId: kumlaId, roles: ['chef'] }] }),
        )
      ).status,
    ).toBe(400);

    // A unit or staff member of another region: 400, naming the field.
    const sormland = await t.as('admin.sormland');
    const katrineholm =
      sormland.me.units[0]?.id ?? (await sormland.get('/api/organisation/units')).body[0].id;
    const otherUnit = await admin.post(
      '/api/access/accounts',
      newAccount('annan.enhet', { units: [{ unitId: katrineholm, roles: ['nurse'] }] }),
    );
    expect(otherUnit.status).toBe(400);
    expect(otherUnit.body.errors[0].path).toBe('units');
    const eva = ((await sormland.get('/api/organisation/staff')).body as Array<{ id: string }>)[0]!.id;
    const otherStaff = await admin.post(
      '/api/access/accounts',
      newAccount('annan.personal', { staffId: eva }),
    );
    expect(otherStaff.status).toBe(400);
    expect(otherStaff.body.errors[0].path).toBe('staffId');

    const after = await Promise.all(
      ['users', 'user_unit_roles', 'audit_log'].map((x) => countRows(t.database, x)),
    );
    expect(after).toEqual(before);
  });

  it('refuses a user name in use with 409 naming the field', async () => {
    const before = await countRows(t.database, 'users');
    const res = await admin.post('/api/access/accounts', newAccount('SJUKSKOTERSKA'));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('username_taken');
    expect(res.body.detail).toBe('Användarnamnet sjukskoterska används redan. Välj ett annat.');
    expect(res.body.params).toEqual({ username: 'sjukskoterska' });
    expect(res.body.errors).toEqual([
      {
        path: 'username',
        code: 'username_taken',
        params: { username: 'sjukskoterska' },
        message: res.body.detail,
      },
    ]);
    expect(await countRows(t.database, 'users')).toBe(before);
  });

  it('links a staff member to one account only: a second link is 409 at the field, nothing written', async () => {
    // Nadia got her account in the first test.
    const before = await countRows(t.database, 'users');
    const res = await admin.post('/api/access/accounts', newAccount('nadia.igen', { staffId: nadiaId }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('staff_has_account');
    expect(res.body.errors).toEqual([
      {
        path: 'staffId',
        code: 'staff_already_linked',
        params: { username: 'nadia.skoterman' },
        message: 'Medarbetaren har redan ett konto (nadia.skoterman).',
      },
    ]);
    expect(await countRows(t.database, 'users')).toBe(before);
    // Changing another account to her is refused the same way and leaves that account as it was.
    const { id } = await create('utan.koppling');
    const change = await admin.patch(`/api/access/accounts/${id}`, {
      displayName: 'Utan koppling',
      staffId: nadiaId,
      units: [],
      isRegionAdmin: false,
    });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('staff_has_account');
    const [row] = await queryRows<{ staff_id: string | null }>(
      t.database.db,
      sql`select staff_id from users where id = ${id}`,
    );
    expect(row!.staff_id).toBeNull();
  });

  it('changes name, staff link, roles and the region-admin flag', async () => {
    // A Kumla staff member nobody's account is linked to.
    const [free] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from staff where unit_id = ${kumlaId}
          and id not in (select staff_id from users where staff_id is not null) order by id limit 1`,
    );
    const { id } = await create('andra.mig');
    const res = await admin.patch(`/api/access/accounts/${id}`, {
      displayName: 'Ändrad Person',
      staffId: free!.id,
      units: [{ unitId: kumlaId, roles: ['nurse', 'navigator', 'nurse'] }],
      isRegionAdmin: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      displayName: 'Ändrad Person',
      staff: { id: free!.id },
      units: [{ id: kumlaId, roles: ['navigator', 'nurse'] }],
      isRegionAdmin: true,
    });
    const cleared = await admin.patch(`/api/access/accounts/${id}`, {
      displayName: 'Ändrad Person',
      staffId: null,
      units: [],
      isRegionAdmin: false,
    });
    expect(cleared.body).toMatchObject({ staff: null, units: [], isRegionAdmin: false });
  });

  it('is the only one who may: a nurse gets 403 and changes nothing', async () => {
    const nurse = await t.as('sjukskoterska');
    const { id } = await create('bara.admin');
    expect((await nurse.get('/api/access/accounts')).status).toBe(403);
    expect((await nurse.post('/api/access/accounts', newAccount('av.skoterska'))).status).toBe(403);
    expect((await nurse.put(`/api/access/accounts/${id}/active`, { active: false })).status).toBe(403);
    const res = await nurse.post(`/api/access/accounts/${id}/temporary-password`, {
      temporaryPassword: 'ett annat tillfälligt',
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toBe('Bara regionens administratör kan hantera konton.');
    expect((await signInAs('bara.admin', TEMPORARY)).status).toBe(200);
  });

  it('sees only its own region: another region’s account and an unknown id are 404', async () => {
    const { id } = await create('orebro.konto');
    const sormland = await t.as('admin.sormland');
    const list = (await sormland.get('/api/access/accounts')).body as Array<{ id: string }>;
    expect(list.map((a) => a.id)).not.toContain(id);
    expect(list.length).toBeGreaterThan(0);
    const body = { displayName: 'Kapad', staffId: null, units: [], isRegionAdmin: true };
    expect((await sormland.patch(`/api/access/accounts/${id}`, body)).status).toBe(404);
    expect((await sormland.put(`/api/access/accounts/${id}/active`, { active: false })).status).toBe(404);
    expect(
      (
        await sormland.post(`/api/access/accounts/${id}/temporary-password`, {
          temporaryPassword: 'x'.repeat(12),
        })
      ).status,
    ).toBe(404);
    const unknown = await admin.patch('/api/access/accounts/00000000-0000-4000-8000-000000000000', body);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/^Kontot finns inte/);
    expect((await signInAs('orebro.konto', TEMPORARY)).status).toBe(200);
  });

  it('cannot deactivate itself nor remove its own region-admin flag', async () => {
    const self = admin.me.user.id;
    const off = await admin.put(`/api/access/accounts/${self}/active`, { active: false });
    expect(off.status).toBe(409);
    expect(off.body.detail).toMatch(/^Du kan inte stänga av ditt eget konto/);
    const flag = await admin.patch(`/api/access/accounts/${self}`, {
      displayName: 'Agnes Admin',
      staffId: null,
      units: [],
      isRegionAdmin: false,
    });
    expect(flag.status).toBe(409);
    expect(flag.body.detail).toMatch(/^Du kan inte ta bort din egen administratörsbehörighet/);
    expect((await admin.get('/api/auth/me')).body.user.isRegionAdmin).toBe(true);
  });
});

describe('a temporary password', () => {
  it('opens only /api/auth/* until the user has chosen a new password', async () => {
    await create('ny.skoterska');
    const first = (await signInAs('ny.skoterska', TEMPORARY)).client!;
    expect(first.me.user.mustChangePassword).toBe(true);
    const second = (await signInAs('ny.skoterska', TEMPORARY)).client!;

    for (const url of [
      '/api/patients?q=an',
      '/api/organisation/units',
      '/api/access/accounts',
      '/api/audit',
    ]) {
      const res = await first.get(url);
      expect(res.status, url).toBe(403);
      expect(res.body.code).toBe('password_change_required');
    }
    expect((await first.post('/api/contact-requests', {})).status).toBe(403);
    expect((await first.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    expect((await first.put('/api/auth/locale', { locale: 'sv' })).status).toBe(200);

    const same = await first.post('/api/auth/password', {
      currentPassword: TEMPORARY,
      newPassword: TEMPORARY,
    });
    expect(same.status).toBe(400);
    expect(same.body.errors).toEqual([
      {
        path: 'newPassword',
        code: 'same_password',
        params: {},
        message: 'Det nya lösenordet måste skilja sig från det nuvarande.',
      },
    ]);
    const wrong = await first.post('/api/auth/password', { currentPassword: 'fel', newPassword: CHOSEN });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('currentPassword');
    const short = await first.post('/api/auth/password', { currentPassword: TEMPORARY, newPassword: 'kort' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toEqual({
      path: 'newPassword',
      code: 'password_too_short',
      params: { minimum: 12 },
      message: 'Lösenordet måste ha minst 12 tecken.',
    });

    const ok = await first.post('/api/auth/password', { currentPassword: TEMPORARY, newPassword: CHOSEN });
    expect(ok.status).toBe(200);
    expect(ok.body.user.mustChangePassword).toBe(false);
    expect((await first.get('/api/patients?q=an')).status).toBe(200);
    // The other session ended; the old password no longer works, the new one does.
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect((await signInAs('ny.skoterska', TEMPORARY)).status).toBe(401);
    const again = (await signInAs('ny.skoterska', CHOSEN)).client!;
    expect(again.me.user.mustChangePassword).toBe(false);
  });

  it('set again by the admin ends the user’s sessions and asks for a new password again', async () => {
    const { id } = await create('glomsk');
    const user = (await signInAs('glomsk', TEMPORARY)).client!;
    await user.post('/api/auth/password', { currentPassword: TEMPORARY, newPassword: CHOSEN });
    const res = await admin.post(`/api/access/accounts/${id}/temporary-password`, {
      temporaryPassword: 'nytt tillfälligt lösen',
    });
    expect(res.status).toBe(200);
    expect(res.body.mustChangePassword).toBe(true);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    expect((await signInAs('glomsk', CHOSEN)).status).toBe(401);
    const back = (await signInAs('glomsk', 'nytt tillfälligt lösen')).client!;
    expect(back.me.user.mustChangePassword).toBe(true);
    expect(
      (await admin.post(`/api/access/accounts/${id}/temporary-password`, { temporaryPassword: 'kort' }))
        .status,
    ).toBe(400);
    // Not for the admin's own account: that is what Byt lösenord is for.
    expect(
      (
        await admin.post(`/api/access/accounts/${admin.me.user.id}/temporary-password`, {
          temporaryPassword: 'x'.repeat(12),
        })
      ).status,
    ).toBe(409);
  });
});

describe('deactivation', () => {
  it('ends the account’s sessions and refuses sign-in until it is reactivated', async () => {
    const { id } = await create('slutar');
    const user = (await signInAs('slutar', TEMPORARY)).client!;
    expect((await user.get('/api/auth/me')).status).toBe(200);
    const off = await admin.put(`/api/access/accounts/${id}/active`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    expect((await signInAs('slutar', TEMPORARY)).status).toBe(401);
    const on = await admin.put(`/api/access/accounts/${id}/active`, { active: true });
    expect(on.body.active).toBe(true);
    expect((await signInAs('slutar', TEMPORARY)).status).toBe(200);
  });
});

describe('a failed write carrying a password hash', () => {
  it('is passed on with the database’s code but without the query’s parameters (the hash)', async () => {
    const hash = '$argon2id$v=19$m=65536,t=3,p=4$bm90LWEtc2FsdA$bm90LWEtcmVhbC1oYXNo';
    // A write the database refuses (not a uuid), as a failed password write would be.
    const write = () =>
      t.database.db.insert(users).values({
        id: 'not-a-uuid',
        regionId: admin.me.user.regionId,
        username: 'misslyckad.skrivning',
        displayName: 'Misslyckad',
        passwordHash: hash,
      });
    const everything = (e: unknown) =>
      `${String((e as Error).message)} ${(e as Error).stack ?? ''} ${JSON.stringify(e)}`;
    // Without it, Drizzle's error lists the parameters, the hash among them (so this test can fail).
    const bare = await write().then(
      () => null,
      (e: unknown) => e,
    );
    expect(everything(bare)).toContain(hash);
    const hidden = await hidingParams(write).then(
      () => null,
      (e: unknown) => e,
    );
    expect(hidden).toBeInstanceOf(Error);
    expect(everything(hidden)).not.toContain(hash);
    expect((hidden as { code?: string }).code).toBe('22P02');
  });
});

describe('the audit log', () => {
  it('has an entry for every account change, and never a password or a hash', async () => {
    const rows = await queryRows<{
      action: string;
      entity: string;
      user_name: string;
      reason: string;
      detail: unknown;
    }>(
      t.database.db,
      sql`select action, entity, user_name, reason, detail from audit_log
          where entity in ('user_account', 'user_password') order by seq`,
    );
    const text = JSON.stringify(rows);
    for (const secret of [TEMPORARY, CHOSEN, 'nytt tillfälligt lösen', '$argon2', 'passwordHash'])
      expect(text).not.toContain(secret);
    const creates = rows.filter((r) => r.action === 'create' && r.entity === 'user_account');
    expect(creates.length).toBeGreaterThanOrEqual(7);
    expect(creates[0]!.user_name).toBe('Agnes Admin');
    expect(creates[0]!.reason).toBe('kontoadministration');
    expect(creates[0]!.detail).toMatchObject({ after: { username: 'nadia.skoterman', staffId: nadiaId } });
    expect(rows.filter((r) => r.entity === 'user_password').length).toBeGreaterThanOrEqual(2);
    const deactivation = rows.find(
      (r) => (r.detail as { active?: { after: boolean } }).active?.after === false,
    );
    expect(deactivation?.detail).toMatchObject({ username: 'slutar', sessionsEnded: 1 });
    const change = rows.find(
      (r) => (r.detail as { after?: { displayName?: string } }).after?.displayName === 'Ändrad Person',
    );
    expect(change?.detail).toMatchObject({ before: { displayName: 'Nadia Sköterman' } });
  });
});
