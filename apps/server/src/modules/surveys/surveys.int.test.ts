import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { buildApp } from '../../app.ts';
import { queryRows } from '../../db/database.ts';
import { localToday } from '../../lib/time.ts';
import { hashToken } from './surveys.tokens.ts';

// After-visit surveys: invitation → answer → results; replay; what a token can read; anonymity;
// bad input; the kiosk; who may do what.
let t: TestApp;
let nurse: Client;
let manager: Client;
let sormland: Client;
let kumlaUnitId: string;
let completedId: string;
/** A second completed visit, for the tests after the first one's links are answered. */
let otherCompletedId: string;
let bookedId: string;

const answer = {
  answeredBy: 'patient_with_help',
  scores: { accessibility: 3, time: 2, treatment: 3, communication: 3, participation: 1 },
  comment: 'Bra att vi fick vara i det lugna rummet.',
};

let ipCounter = 0;
const nextIp = () => `10.66.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const pub = (method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) =>
  t.app
    .inject({
      method,
      url,
      remoteAddress: nextIp(),
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    })
    .then((r) => ({ status: r.statusCode, body: r.json(), headers: r.headers }));
const tokenOf = (url: string) => url.split('/enkat/')[1]!;
const responses = () => countRows(t.database, 'survey_responses');

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  manager = await t.as('chef');
  sormland = await t.as('sormland');
  kumlaUnitId = nurse.me.activeUnitId!;
  const pick = async (status: string, when: 'past' | 'future', offset = 0) => {
    const [row] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from bookings where unit_id = ${kumlaUnitId} and status = ${status}
          and starts_at ${when === 'past' ? sql`< now() - interval '1 day'` : sql`> now() + interval '2 days'`}
          order by starts_at desc limit 1 offset ${offset}`,
    );
    if (!row) throw new Error(`the demo has no ${status} booking in Kumla`);
    return row.id;
  };
  completedId = await pick('completed', 'past');
  bookedId = await pick('booked', 'future');
  otherCompletedId = await pick('completed', 'past', 1);
});
afterAll(() => t?.close());

describe('invitation → answer → results', () => {
  it('makes a link and a QR code per audience, stores only the hash, and logs it on the patient', async () => {
    const res = await nurse.post(`/api/bookings/${completedId}/survey-invitations`);
    expect(res.status).toBe(200);
    expect(res.body.invitations.map((i: any) => i.audience)).toEqual(['patient', 'companion']);
    for (const inv of res.body.invitations) {
      expect(inv.url).toMatch(/^http:\/\/localhost(:\d+)?\/enkat\/[A-Za-z0-9_-]{43}$/);
      expect(inv.qrSvg).toMatch(/^<svg/);
      expect(inv.answered).toBe(false);
    }
    const token = tokenOf(res.body.invitations[0].url);
    const stored = await queryRows<{ token_hash: string }>(
      t.database.db,
      sql`select token_hash from survey_invitations where booking_id = ${completedId}`,
    );
    expect(stored.map((s) => s.token_hash)).toContain(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const [audit] = await queryRows<{ action: string; patient_ids: string[] }>(
      t.database.db,
      sql`select action, patient_ids from audit_log where entity = 'survey_invitation' and entity_id = ${completedId}`,
    );
    expect(audit?.action).toBe('create');
    expect(audit?.patient_ids).toHaveLength(1);
  });

  it('a new call gives new links; the earlier one stops working; still one invitation per audience', async () => {
    const first = await nurse.post(`/api/bookings/${bookedId}/survey-invitations`);
    const second = await nurse.post(`/api/bookings/${bookedId}/survey-invitations`);
    expect((await pub('GET', `/api/public/surveys/${tokenOf(first.body.invitations[0].url)}`)).status).toBe(
      404,
    );
    const [n] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from survey_invitations where booking_id = ${bookedId}`,
    );
    expect(n?.n).toBe(2);
    // The visit is in the future: the link says when it opens, and takes no answer yet.
    const early = await pub('GET', `/api/public/surveys/${tokenOf(second.body.invitations[0].url)}`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('survey_not_open');
  });

  it('the patient answers anonymously; the results count it; a replay is refused', async () => {
    const inv = await nurse.post(`/api/bookings/${completedId}/survey-invitations`);
    const token = tokenOf(inv.body.invitations[0].url);
    const form = await pub('GET', `/api/public/surveys/${token}`);
    expect(form.status).toBe(200);
    expect(Object.keys(form.body).sort()).toEqual(['unitName', 'version', 'visitDate', 'visitTypeCode']);
    expect(form.body.version).toBe('patient');
    expect(form.body.unitName).toBe('Kumla vårdcentral SMO');

    const before = await manager.get('/api/surveys/results');
    const n = await responses();
    const sent = await pub('POST', `/api/public/surveys/${token}`, answer);
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({ received: true });
    expect(await responses()).toBe(n + 1);

    const after = await manager.get('/api/surveys/results');
    expect(after.body.totals.responses).toBe(before.body.totals.responses + 1);
    expect(after.body.totals.answered).toBe(before.body.totals.answered + 1);
    expect(after.body.comments.map((c: any) => c.text)).toContain(answer.comment);

    // Replay: refused with a clear message, nothing more stored; the GET shows nothing any more.
    const again = await pub('POST', `/api/public/surveys/${token}`, answer);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('survey_already_answered');
    expect(again.body.detail).toMatch(/redan besvarad/);
    const reread = await pub('GET', `/api/public/surveys/${token}`);
    expect(reread.status).toBe(410);
    expect(Object.keys(reread.body)).not.toContain('unitName');
    expect(JSON.stringify(reread.body)).not.toContain('Kumla');
    expect(await responses()).toBe(n + 1);
    // Asking for new links leaves the answered one answered.
    const renewed = await nurse.post(`/api/bookings/${completedId}/survey-invitations`);
    expect(renewed.body.invitations[0]).toMatchObject({ audience: 'patient', answered: true, url: null });
  });

  it('two answers at once: exactly one is stored', async () => {
    const inv = await nurse.post(`/api/bookings/${completedId}/survey-invitations`);
    const token = tokenOf(inv.body.invitations[1].url);
    const n = await responses();
    const results = await Promise.all(
      [1, 2, 3].map(() => pub('POST', `/api/public/surveys/${token}`, answer)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await responses()).toBe(n + 1);
  });
});

describe('what a token can read', () => {
  it('unknown tokens, other shapes and other paths find nothing', async () => {
    const shapes = [
      'A'.repeat(43),
      'short',
      `${'a'.repeat(42)}%2F`,
      "x' or '1'='1",
      hashToken('whatever'),
      '..%2F..%2Fapi%2Fpatients',
    ];
    for (const s of shapes) {
      const res = await pub('GET', `/api/public/surveys/${s}`);
      expect([400, 404]).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toMatch(/Kumla|patient/i);
      const post = await pub('POST', `/api/public/surveys/${s}`, answer);
      expect([400, 404]).toContain(post.status);
    }
    // A stored hash is not a token.
    const [stored] = await queryRows<{ token_hash: string }>(
      t.database.db,
      sql`select token_hash from survey_invitations where used = false limit 1`,
    );
    expect((await pub('GET', `/api/public/surveys/${stored!.token_hash}`)).status).toBe(404);
  });

  it('a token is no session: staff routes stay closed to it', async () => {
    const inv = await nurse.post(`/api/bookings/${otherCompletedId}/survey-invitations`);
    const token = tokenOf(inv.body.invitations[0].url);
    for (const url of ['/api/surveys/results', `/api/bookings/${completedId}`, '/api/patients']) {
      const res = await pub('GET', url, undefined, {
        authorization: `Bearer ${token}`,
        cookie: `lotsa_session=${token}`,
      });
      expect(res.status).toBe(401);
    }
  });

  it('an answer carries no patient, booking or invitation', async () => {
    const cols = await queryRows<{ column_name: string }>(
      t.database.db,
      sql`select column_name from information_schema.columns where table_name = 'survey_responses' order by column_name`,
    );
    const names = cols.map((c) => c.column_name);
    expect(names).toEqual(
      [
        'id',
        'region_id',
        'unit_id',
        'visit_type_code',
        'visit_date',
        'version',
        'answered_by',
        'channel',
        'accessibility',
        'time',
        'treatment',
        'communication',
        'participation',
        'comment',
      ].sort(),
    );
    expect(names.some((n) => /patient|booking|invitation|token|created|user/.test(n))).toBe(false);
  });
});

describe('bad input', () => {
  it('is refused 400 with a message, and nothing is written', async () => {
    const inv = await nurse.post(`/api/bookings/${otherCompletedId}/survey-invitations`);
    const token = tokenOf(inv.body.invitations[1].url);
    const n = await responses();
    const bad = [
      { ...answer, scores: { ...answer.scores, time: 4 } },
      { ...answer, scores: { ...answer.scores, time: 0 } },
      { ...answer, answeredBy: 'robot' },
      { ...answer, comment: 'x'.repeat(2001) },
      { answeredBy: 'patient_alone', scores: {}, comment: '' },
      { ...answer, patientId: '00000000-0000-0000-0000-000000000000' },
      '{not json',
    ];
    for (const body of bad) {
      const res = await pub('POST', `/api/public/surveys/${token}`, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(res.body.detail.length).toBeGreaterThan(5);
    }
    const big = await pub('POST', `/api/public/surveys/${token}`, { ...answer, comment: 'x'.repeat(40_000) });
    expect(big.status).toBe(413);
    expect(await responses()).toBe(n);
    // The link still works after the refusals.
    expect((await pub('POST', `/api/public/surveys/${token}`, answer)).status).toBe(201);
  });
});

describe('the kiosk', () => {
  it('a nurse starts it; answers are stored for today with channel kiosk; ending it closes it', async () => {
    const start = await nurse.post('/api/surveys/kiosk');
    expect(start.status).toBe(201);
    const key = start.body.key as string;
    expect(start.body.unitName).toBe('Kumla vårdcentral SMO');
    expect(start.body.visitTypeCodes.length).toBeGreaterThan(0);
    expect(start.body.visitTypeCodes).not.toContain('home_visit');
    const h = { 'x-survey-kiosk': key };

    const info = await pub('GET', '/api/public/survey-kiosk', undefined, h);
    expect(info.status).toBe(200);
    expect(info.body).not.toHaveProperty('key');

    const n = await responses();
    const body = { ...answer, visitTypeCode: start.body.visitTypeCodes[0], version: 'patient' };
    const sent = await pub('POST', '/api/public/survey-kiosk/responses', body, h);
    expect(sent.status).toBe(201);
    const [row] = await queryRows<{ channel: string; visit_date: string; unit_id: string }>(
      t.database.db,
      sql`select channel, visit_date::text, unit_id from survey_responses where channel = 'kiosk' and comment = ${answer.comment} order by visit_date desc limit 1`,
    );
    expect(row).toEqual({ channel: 'kiosk', visit_date: localToday(), unit_id: kumlaUnitId });

    // Rate-limited: the next answer a moment later is refused, nothing written.
    const fast = await pub('POST', '/api/public/survey-kiosk/responses', body, h);
    expect(fast.status).toBe(429);
    expect(await responses()).toBe(n + 1);

    // A visit type not offered, no key, a wrong key.
    expect(
      (await pub('POST', '/api/public/survey-kiosk/responses', { ...body, visitTypeCode: 'home_visit' }, h))
        .status,
    ).toBe(400);
    expect((await pub('POST', '/api/public/survey-kiosk/responses', body)).status).toBe(401);
    expect(
      (await pub('POST', '/api/public/survey-kiosk/responses', body, { 'x-survey-kiosk': 'B'.repeat(43) }))
        .status,
    ).toBe(401);

    expect((await pub('POST', '/api/public/survey-kiosk/end', undefined, h)).status).toBe(200);
    expect((await pub('GET', '/api/public/survey-kiosk', undefined, h)).status).toBe(401);
    expect(await responses()).toBe(n + 1);
  });

  it('a kiosk started on one app instance is served by another, and ending it on either ends it on both', async () => {
    // A second instance of the app on the same database, as behind a load balancer.
    const other = await buildApp({ database: t.database, logLevel: 'silent', webDist: '/nonexistent' });
    try {
      const start = await nurse.post('/api/surveys/kiosk');
      expect(start.status).toBe(201);
      const h = { 'x-survey-kiosk': start.body.key as string };
      const stored = await queryRows<{ key_hash: string; unit_id: string }>(
        t.database.db,
        sql`select key_hash, unit_id from survey_kiosks where ended_at is null and expires_at > now()`,
      );
      // Only the key's hash is kept.
      expect(stored.map((s) => s.key_hash)).toContain(hashToken(start.body.key));
      expect(JSON.stringify(stored)).not.toContain(start.body.key);

      const viaOther = (method: 'GET' | 'POST', url: string, body?: unknown) =>
        other.inject({
          method,
          url,
          remoteAddress: nextIp(),
          headers: { ...h, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { payload: JSON.stringify(body) } : {}),
        });
      const info = await viaOther('GET', '/api/public/survey-kiosk');
      expect(info.statusCode).toBe(200);
      expect(info.json().unitName).toBe('Kumla vårdcentral SMO');
      const n = await responses();
      const body = {
        ...answer,
        comment: 'Svar via den andra instansen.',
        visitTypeCode: start.body.visitTypeCodes[0],
        version: 'patient',
      };
      expect((await viaOther('POST', '/api/public/survey-kiosk/responses', body)).statusCode).toBe(201);
      expect(await responses()).toBe(n + 1);

      // Ended through the other instance: this one refuses the key too.
      expect((await viaOther('POST', '/api/public/survey-kiosk/end')).statusCode).toBe(200);
      expect((await pub('GET', '/api/public/survey-kiosk', undefined, h)).status).toBe(401);
      expect((await pub('POST', '/api/public/survey-kiosk/responses', body, h)).status).toBe(401);
      expect(await responses()).toBe(n + 1);
    } finally {
      await other.close();
    }
  });

  it('an expired kiosk is refused', async () => {
    const start = await nurse.post('/api/surveys/kiosk');
    const h = { 'x-survey-kiosk': start.body.key as string };
    await t.database.db.execute(
      sql`update survey_kiosks set expires_at = now() - interval '1 minute' where key_hash = ${hashToken(start.body.key)}`,
    );
    expect((await pub('GET', '/api/public/survey-kiosk', undefined, h)).status).toBe(401);
  });
});

describe('access', () => {
  it('results and the kiosk need a care role in the active unit', async () => {
    const admin = await t.as('admin');
    expect((await admin.get('/api/surveys/results')).status).toBe(403);
    expect((await admin.post('/api/surveys/kiosk')).status).toBe(403);
    expect((await t.anonymous().get('/api/surveys/results')).status).toBe(401);
    expect((await t.anonymous().get('/api/surveys/results.csv')).status).toBe(401);
    const partner = await t.as('kommun.kumla');
    expect((await partner.get('/api/surveys/results')).status).toBe(403);
  });

  it('another region sees its own unit only, and cannot invite for Kumla’s bookings', async () => {
    const own = await sormland.get('/api/surveys/results');
    expect(own.status).toBe(200);
    expect(own.body.unitId).not.toBe(kumlaUnitId);
    const refused = await sormland.post(`/api/bookings/${completedId}/survey-invitations`);
    expect([403, 404]).toContain(refused.status);
  });

  it('a cancelled visit gets no survey', async () => {
    const [row] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from bookings where unit_id = ${kumlaUnitId} and status = 'cancelled' limit 1`,
    );
    if (!row) return;
    const res = await nurse.post(`/api/bookings/${row.id}/survey-invitations`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('survey_booking_not_open');
  });
});

describe('results and export', () => {
  it('shows the demo’s twelve months, filters by visit type and period', async () => {
    const res = await manager.get('/api/surveys/results');
    expect(res.status).toBe(200);
    expect(res.body.months).toHaveLength(12);
    const full = res.body.months.slice(0, 11);
    expect(full.every((m: any) => m.responses > 0 && m.invitations > 0)).toBe(true);
    const rate = res.body.totals.responseRate;
    expect(rate).toBeGreaterThan(0.3);
    expect(rate).toBeLessThan(0.8);
    const hc = await manager.get('/api/surveys/results?visitTypeCode=health_check');
    expect(hc.body.totals.responses).toBeLessThan(res.body.totals.responses);
    expect(hc.body.comments.every((c: any) => c.visitTypeCode === 'health_check')).toBe(true);
    const three = await manager.get(`/api/surveys/results?from=${res.body.months[9].month}`);
    expect(three.body.months[0].month).toBe(res.body.months[9].month);
    expect((await manager.get('/api/surveys/results?from=2026-13')).status).toBe(400);
    expect((await manager.get('/api/surveys/results?from=2026-05&to=2026-01')).status).toBe(400);
  });

  it('exports CSV with a BOM, Swedish headers and semicolons', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/surveys/results.csv',
      headers: { cookie: await cookieOf('chef') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="enkatsvar-/);
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const lines = res.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Månad;Besökstyp;Version;Vem svarade;Kanal;Tillgänglighet;Tidsaspekt;Bemötande;Kommunikation;Delaktighet;Kommentar',
    );
    expect(lines.length).toBeGreaterThan(50);
    expect(res.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

async function cookieOf(username: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password: 'lotsa-demo' },
    remoteAddress: nextIp(),
  });
  const raw = res.headers['set-cookie'];
  return (Array.isArray(raw) ? raw[0]! : String(raw)).split(';')[0]!;
}
