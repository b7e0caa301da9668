import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { buildApp } from '../../app.ts';
import { queryRows } from '../../db/database.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const signIn = (username: string, password: string, ip = '10.9.9.9') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('sign-in', () => {
  it('answers the user, units and a CSRF token, and sets a strict http-only cookie', async () => {
    const res = await signIn('sjukskoterska', 'lotsa-demo');
    expect(res.statusCode).toBe(200);
    const me = res.json();
    expect(me.user.username).toBe('sjukskoterska');
    expect(me.units).toEqual([expect.objectContaining({ name: 'Kumla vårdcentral SMO', roles: ['nurse'] })]);
    expect(me.activeUnitId).toBe(me.units[0].id);
    expect(me.csrfToken.length).toBeGreaterThan(20);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/lotsa_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('stores passwords as argon2id hashes and sessions as token hashes only', async () => {
    const users = await queryRows<{ password_hash: string }>(
      t.database.db,
      sql`select password_hash from users`,
    );
    expect(users.length).toBeGreaterThan(5);
    for (const u of users) expect(u.password_hash).toMatch(/^\$argon2id\$/);
    const res = await signIn('lakare', 'lotsa-demo');
    const token = String(res.headers['set-cookie']).split(';')[0]!.split('=')[1]!;
    const stored = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from sessions where token_hash = ${token}`,
    );
    expect(stored[0]!.n).toBe(0);
  });

  it('gives the same message for a wrong password and an unknown user', async () => {
    const wrong = await signIn('lakare', 'fel-lösenord', '10.1.1.1');
    const unknown = await signIn('ingen-alls', 'lotsa-demo', '10.1.1.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.json().detail).toBe('Fel användarnamn eller lösenord.');
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('locks a user name after five failures, even for the right password, in the asked language', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn('arbetsterapeut', `fel-${i}`, `10.2.0.${i}`)).statusCode).toBe(401);
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'arbetsterapeut', password: 'lotsa-demo' },
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
      remoteAddress: '10.2.0.99',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().detail).toMatch(/Too many failed sign-ins/);
    // Another user is not affected.
    expect((await signIn('fysioterapeut', 'lotsa-demo', '10.2.0.100')).statusCode).toBe(200);
  });

  it('refuses an empty form with field messages and writes nothing', async () => {
    const before = await countRows(t.database, 'sign_in_attempts');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: '', password: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['password', 'username']);
    expect(await countRows(t.database, 'sign_in_attempts')).toBe(before);
  });
});

describe('sessions', () => {
  it('answers 401 as problem+json without a session', async () => {
    const res = await t.anonymous().get('/api/patients?q=an');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('are stored in the database, so a second app instance serves the same user', async () => {
    const nurse = await t.as('sjukskoterska');
    const second = await buildApp({ database: t.database, logLevel: 'silent', webDist: '/nonexistent' });
    try {
      const cookie = (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { username: 'vardlots', password: 'lotsa-demo' },
        })
      ).headers['set-cookie'];
      const res = await second.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: String(cookie).split(';')[0]! },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().user.username).toBe('vardlots');
      expect(nurse.me.user.id).not.toBe(res.json().user.id);
    } finally {
      await second.close();
    }
  });

  it('end at sign-out', async () => {
    const c = await t.as('underskoterska');
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('refuse a state-changing request without the CSRF token', async () => {
    const c = await t.as('sjukskoterska');
    const unitId = c.me.activeUnitId!;
    const res = await c.put('/api/auth/active-unit', { unitId }, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf');
    expect((await c.put('/api/auth/active-unit', { unitId })).status).toBe(200);
  });

  it('let a user choose only units where they hold a role', async () => {
    const sormland = await t.as('sormland');
    expect(sormland.me.units.map((u) => u.name).sort()).toEqual([
      'Katrineholm vårdcentral SMO',
      'Nyköping vårdcentral SMO',
    ]);
    const other = sormland.me.units.find((u) => u.id !== sormland.me.activeUnitId)!;
    expect((await sormland.put('/api/auth/active-unit', { unitId: other.id })).body.activeUnitId).toBe(
      other.id,
    );
    const kumla = (await t.as('sjukskoterska')).me.units[0]!.id;
    expect((await sormland.put('/api/auth/active-unit', { unitId: kumla })).status).toBe(403);
  });

  it('remember the language choice', async () => {
    const c = await t.as('lakare');
    expect((await c.put('/api/auth/locale', { locale: 'en' })).body.user.locale).toBe('en');
    const res = await c.get('/api/patients?q=x');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/Type at least two characters/);
    expect((await c.put('/api/auth/locale', { locale: 'de' })).status).toBe(400);
  });
});
