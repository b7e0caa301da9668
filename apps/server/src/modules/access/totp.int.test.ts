import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { buildApp } from '../../app.ts';
import { queryRows } from '../../db/database.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';

let t: TestApp;
let admin: Client;
const key = randomBytes(32);
beforeAll(async () => {
  t = await startTestApp({ totpKey: key });
  admin = await t.as('admin');
});
afterAll(() => t?.close());

/** A code of the app for the time step `steps` from now (the server accepts one step either side). */
const codeOf = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

/** Signs in with the password only: the client the sign-in gives, whatever it still owes. */
async function passwordSignIn(username: string, userAgent = 'vitest') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password: DEMO_PASSWORD },
    headers: { 'user-agent': userAgent },
    remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  expect(res.statusCode, res.body).toBe(200);
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
    me,
    cookie,
    get: (url: string) => send('GET', url),
    post: (url: string, body?: unknown) => send('POST', url, body),
    delete: (url: string) => send('DELETE', url),
  };
}

/** Enrols the user: answers the secret and the recovery codes. */
async function enrol(username: string) {
  const c = await passwordSignIn(username);
  const start = await c.post('/api/auth/totp/enrolment');
  expect(start.status, JSON.stringify(start.body)).toBe(200);
  const confirm = await c.post('/api/auth/totp/enrolment/confirm', { code: codeOf(start.body.secret) });
  expect(confirm.status, JSON.stringify(confirm.body)).toBe(200);
  return {
    secret: start.body.secret as string,
    recoveryCodes: confirm.body.recoveryCodes as string[],
    client: c,
  };
}

describe('TOTP enrolment', () => {
  it('shows the secret once as QR code and text, keeps it encrypted, and confirms it with a first code', async () => {
    const c = await passwordSignIn('arbetsterapeut');
    expect(c.me.secondFactor).toBe('none');
    expect(c.me.user.totpEnrolled).toBe(false);
    const start = await c.post('/api/auth/totp/enrolment');
    expect(start.status).toBe(200);
    expect(start.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.body.uri).toMatch(/^otpauth:\/\/totp\/Lotsa:arbetsterapeut\?/);
    expect(start.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const [stored] = await queryRows<{ secret: string; confirmed_at: Date | null }>(
      t.database.db,
      sql`select secret, confirmed_at from user_totp where user_id = ${c.me.user.id}`,
    );
    expect(stored!.secret).toMatch(/^v1\./);
    expect(stored!.secret).not.toContain(start.body.secret);
    expect(stored!.confirmed_at).toBeNull();

    // A wrong first code confirms nothing.
    const wrongCode = codeOf(start.body.secret) === '000000' ? '111111' : '000000';
    const wrong = await c.post('/api/auth/totp/enrolment/confirm', { code: wrongCode });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('wrong_totp_code');
    expect(await countRows(t.database, 'totp_recovery_codes')).toBe(0);

    const ok = await c.post('/api/auth/totp/enrolment/confirm', { code: codeOf(start.body.secret) });
    expect(ok.status).toBe(200);
    expect(ok.body.recoveryCodes).toHaveLength(10);
    expect(ok.body.me.user.totpEnrolled).toBe(true);
    const hashes = await queryRows<{ code_hash: string }>(
      t.database.db,
      sql`select code_hash from totp_recovery_codes where user_id = ${c.me.user.id}`,
    );
    expect(hashes).toHaveLength(10);
    for (const code of ok.body.recoveryCodes) expect(JSON.stringify(hashes)).not.toContain(code);

    // Never shown again: the status says enrolled and nothing more; a new enrolment is refused.
    const status = await c.get('/api/auth/totp');
    expect(status.body).toMatchObject({ enrolled: true, recoveryCodesLeft: 10, required: false });
    expect(JSON.stringify(status.body)).not.toContain(start.body.secret);
    const again = await c.post('/api/auth/totp/enrolment');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('totp_already_enrolled');
    const [audit] = await queryRows<{ action: string; detail: unknown }>(
      t.database.db,
      sql`select action, detail from audit_log where entity = 'user_totp' and entity_id = ${c.me.user.id}`,
    );
    expect(audit!.action).toBe('create');
    expect(JSON.stringify(audit!.detail)).not.toContain(start.body.secret);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const c = await passwordSignIn('fysioterapeut');
    const before = await countRows(t.database, 'user_totp');
    for (const code of ['12345', '1234567', 'abcdef', '', 'x'.repeat(100)]) {
      const res = await c.post('/api/auth/totp/enrolment/confirm', { code });
      expect(res.status, code).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ path: 'code', code: 'totp_code_format' });
    }
    expect((await c.post('/api/auth/totp/enrolment/confirm', { code: '123456' })).body.code).toBe(
      'totp_enrolment_not_started',
    );
    expect(await countRows(t.database, 'user_totp')).toBe(before);
    expect((await c.post('/api/auth/totp/recovery', { recoveryCode: 'not a code!' })).status).toBe(400);
  });
});

describe('signing in with TOTP', () => {
  it('asks for the code after the password and opens nothing else until it is given', async () => {
    const { secret } = await enrol('underskoterska');
    const c = await passwordSignIn('underskoterska');
    expect(c.me.secondFactor).toBe('verify');
    const fenced = await c.get('/api/patients?q=an');
    expect(fenced.status).toBe(403);
    expect(fenced.body.code).toBe('second_factor_required');
    expect((await c.get('/api/auth/sessions')).body.code).toBe('second_factor_required');
    expect((await c.get('/api/auth/me')).body.secondFactor).toBe('verify');
    // The code of the next step (the enrolment used this one): accepted once, then a replay.
    const code = codeOf(secret, 1);
    const ok = await c.post('/api/auth/totp/verify', { code });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.secondFactor).toBe('none');
    expect((await c.get('/api/patients?q=an')).status).toBe(200);
    expect((await c.post('/api/auth/totp/verify', { code })).body.code).toBe('no_second_factor_due');

    const other = await passwordSignIn('underskoterska');
    const replay = await other.post('/api/auth/totp/verify', { code });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('totp_code_used');
    // An older step's code is a replay too.
    expect((await other.post('/api/auth/totp/verify', { code: codeOf(secret, 0) })).body.code).toMatch(
      /totp_code_used|wrong_totp_code/,
    );
    expect((await other.get('/api/patients?q=an')).status).toBe(403);
  });

  it('locks the codes after five wrong ones, whichever session they come from', async () => {
    const { secret } = await enrol('vardlots');
    const right = codeOf(secret, 1);
    const wrong = right === '000000' ? '111111' : '000000';
    const c = await passwordSignIn('vardlots');
    for (let i = 0; i < 4; i++)
      expect((await c.post('/api/auth/totp/verify', { code: wrong })).status).toBe(401);
    const fifth = await (await passwordSignIn('vardlots')).post('/api/auth/totp/verify', { code: wrong });
    expect(fifth.status).toBe(429);
    expect(fifth.body).toMatchObject({ code: 'totp_locked', params: { minutes: 15 } });
    // Locked: the right code is refused too, and nothing of the step is taken.
    expect((await c.post('/api/auth/totp/verify', { code: right })).status).toBe(429);
    await t.database.db.execute(sql`update user_totp set locked_until = now() - interval '1 second'
                                    where user_id = ${c.me.user.id}`);
    expect((await c.post('/api/auth/totp/verify', { code: right })).status).toBe(200);
  });

  it('takes each recovery code once instead of the app, audited', async () => {
    const { recoveryCodes } = await enrol('chef');
    const c = await passwordSignIn('chef');
    const code = recoveryCodes[3]!;
    const ok = await c.post('/api/auth/totp/recovery', { recoveryCode: code.toUpperCase() });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.secondFactor).toBe('none');
    expect((await c.get('/api/auth/totp')).body.recoveryCodesLeft).toBe(9);
    const again = await (await passwordSignIn('chef')).post('/api/auth/totp/recovery', {
      recoveryCode: code,
    });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('wrong_recovery_code');
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'user_totp' and entity_id = ${c.me.user.id}
          and detail->>'recoveryCodeUsed' = 'true'`,
    );
    expect(row!.n).toBe(1);
  });

  it('makes a role the region admin chose enrol before anything else', async () => {
    // Only the region admin chooses; bad input is a 400 and changes nothing.
    expect((await (await t.as('chef')).put('/api/access/totp-roles', { roles: ['doctor'] })).status).toBe(
      403,
    );
    const bad = await admin.put('/api/access/totp-roles', { roles: ['doctor', 'wizard'] });
    expect(bad.status).toBe(400);
    const none = await admin.get('/api/access/totp-roles');
    expect(none.body, JSON.stringify(none.body)).toEqual({ roles: [] });
    const chosen = await admin.put('/api/access/totp-roles', { roles: ['doctor', 'doctor'] });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
    expect(chosen.body).toEqual({ roles: ['doctor'] });
    const [audited] = await queryRows<{ detail: { totpRoles: unknown } }>(
      t.database.db,
      sql`select detail from audit_log where entity = 'access_settings' and entity_id = ${admin.me.user.regionId}`,
    );
    expect(audited!.detail.totpRoles).toEqual({ before: [], after: ['doctor'] });
    const c = await passwordSignIn('lakare');
    expect(c.me.secondFactor).toBe('enrol');
    const fenced = await c.get('/api/patients?q=an');
    expect(fenced.status).toBe(403);
    expect(fenced.body.code).toBe('totp_enrolment_required');
    expect((await c.get('/api/auth/totp')).body).toMatchObject({ enrolled: false, required: true });
    const start = await c.post('/api/auth/totp/enrolment');
    const done = await c.post('/api/auth/totp/enrolment/confirm', { code: codeOf(start.body.secret) });
    expect(done.body.me.secondFactor).toBe('none');
    expect((await c.get('/api/patients?q=an')).status).toBe(200);
    // A nurse is not asked.
    expect((await passwordSignIn('sjukskoterska')).me.secondFactor).toBe('none');
  });
});

describe('the region admin', () => {
  it('resets an account’s TOTP after a lost phone: codes and sessions gone, audited', async () => {
    const { recoveryCodes } = await enrol('sormland');
    const c = await passwordSignIn('sormland');
    const account = c.me.user.id as string;
    // Another region's admin does not see the account.
    expect((await admin.post(`/api/access/accounts/${account}/totp-reset`)).status).toBe(404);
    const sormlandAdmin = await t.as('admin.sormland');
    const nurse = await t.as('sjukskoterska');
    expect((await nurse.post(`/api/access/accounts/${account}/totp-reset`)).status).toBe(403);
    const reset = await sormlandAdmin.post(`/api/access/accounts/${account}/totp-reset`);
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect(reset.body.totpEnrolled).toBe(false);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    const again = await sormlandAdmin.post(`/api/access/accounts/${account}/totp-reset`);
    expect(again.body.code).toBe('totp_not_enrolled');
    const fresh = await passwordSignIn('sormland');
    expect(fresh.me.secondFactor).toBe('none');
    expect((await fresh.post('/api/auth/totp/recovery', { recoveryCode: recoveryCodes[0] })).status).toBe(
      409,
    );
    const [audit] = await queryRows<{ action: string; user_name: string }>(
      t.database.db,
      sql`select action, user_name from audit_log where entity = 'user_totp' and entity_id = ${account}
          and action = 'delete'`,
    );
    expect(audit).toBeDefined();
  });
});

describe('sessions', () => {
  it('lists one’s own sessions with browser, start and last seen; signs out one, or everywhere else', async () => {
    const a = await passwordSignIn('kommun.kumla', 'Firefox på jobbet');
    const b = await passwordSignIn('kommun.kumla', 'Chrome hemma');
    const c = await passwordSignIn('kommun.kumla', 'Safari i mobilen');
    const list = await a.get('/api/auth/sessions');
    expect(list.status).toBe(200);
    expect(list.body.map((s: { userAgent: string }) => s.userAgent).sort()).toEqual([
      'Chrome hemma',
      'Firefox på jobbet',
      'Safari i mobilen',
    ]);
    expect(list.body.filter((s: { current: boolean }) => s.current)).toMatchObject([
      { userAgent: 'Firefox på jobbet' },
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/token|csrf/i);
    for (const s of list.body) expect(s).toHaveProperty('lastSeenAt');

    const chrome = list.body.find((s: { userAgent: string }) => s.userAgent === 'Chrome hemma');
    expect((await a.delete(`/api/auth/sessions/${chrome.id}`)).status).toBe(200);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    // Another user's session, or one gone already, is the same 404.
    const other = await passwordSignIn('sjukskoterska');
    const otherId = (await other.get('/api/auth/sessions')).body[0].id;
    expect((await a.delete(`/api/auth/sessions/${otherId}`)).status).toBe(404);
    expect((await a.delete(`/api/auth/sessions/${chrome.id}`)).status).toBe(404);
    expect((await a.delete('/api/auth/sessions/not-an-id')).status).toBe(400);
    expect((await other.get('/api/auth/me')).status).toBe(200);

    const ended = await a.post('/api/auth/sessions/sign-out-others');
    expect(ended.body).toEqual({ ended: 1 });
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await a.get('/api/auth/me')).status).toBe(200);
  });

  it('lets the region admin sign an account out everywhere (audited), no one else', async () => {
    const a = await passwordSignIn('lakare');
    const b = await passwordSignIn('lakare');
    const id = a.me.user.id as string;
    expect((await (await t.as('chef')).post(`/api/access/accounts/${id}/sign-out-everywhere`)).status).toBe(
      403,
    );
    expect(
      (await (await t.as('admin.sormland')).post(`/api/access/accounts/${id}/sign-out-everywhere`)).status,
    ).toBe(404);
    const res = await admin.post(`/api/access/accounts/${id}/sign-out-everywhere`);
    expect(res.status).toBe(200);
    expect(res.body.ended).toBeGreaterThanOrEqual(2);
    expect((await a.get('/api/auth/me')).status).toBe(401);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'user_account' and entity_id = ${id}
          and detail->>'signedOutEverywhere' = 'true'`,
    );
    expect(audit!.n).toBe(1);
  });
});

describe('session lifetime', () => {
  it('ends a session at its lifetime from sign-in however busy, and after the idle timeout when one is set', async () => {
    const c = await passwordSignIn('sjukskoterska');
    const id = (await c.get('/api/auth/sessions')).body.find((s: { current: boolean }) => s.current).id;
    // Signed in 11 hours ago (the lifetime is 10), last seen two minutes ago: this request is the last.
    // Read by an instance without the session cache: the change is made straight in the database here,
    // and a cached instance learns of it a moment later (NOTIFY; session-cache.int.test.ts times that).
    await t.database.db.execute(sql`update sessions set created_at = now() - interval '11 hours',
      last_seen_at = now() - interval '2 minutes' where id = ${id}`);
    const direct = await buildApp({
      database: t.database,
      logLevel: 'silent',
      webDist: '/nonexistent',
      sessionCacheMs: 0,
    });
    try {
      const me = () => direct.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: c.cookie } });
      expect((await me()).statusCode).toBe(200);
      expect((await me()).statusCode).toBe(401);
    } finally {
      await direct.close();
    }

    const idle = await buildApp({
      database: t.database,
      logLevel: 'silent',
      webDist: '/nonexistent',
      sessionCacheMs: 0,
      sessionIdleMinutes: 30,
    });
    try {
      const res = await idle.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: 'fysioterapeut', password: DEMO_PASSWORD },
        remoteAddress: '10.8.0.1',
      });
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      const expiry = async () =>
        (
          await queryRows<{ minutes: number }>(
            t.database.db,
            sql`select (extract(epoch from expires_at - now()) / 60)::float8 as minutes from sessions
                where user_id = ${res.json().user.id} order by created_at desc limit 1`,
          )
        )[0]!.minutes;
      expect(await expiry()).toBeGreaterThan(28);
      expect(await expiry()).toBeLessThanOrEqual(30);
      await t.database.db.execute(sql`update sessions set last_seen_at = now() - interval '5 minutes',
        expires_at = now() + interval '25 minutes' where user_id = ${res.json().user.id}`);
      expect(
        (await idle.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
      ).toBe(200);
      expect(await expiry()).toBeGreaterThan(29);
    } finally {
      await idle.close();
    }
  });
});
