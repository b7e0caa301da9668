import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';

// The public interest form: no account, a receipt only, routing, refusals, the rate limit.
let t: TestApp;
let navigator: Client;
let sormland: Client;
let kumlaUnitId: string;
beforeAll(async () => {
  t = await startTestApp();
  navigator = await t.as('vardlots');
  sormland = await t.as('sormland');
  kumlaUnitId = navigator.me.activeUnitId!;
});
afterAll(() => t?.close());

const board = async (c: Client = navigator) => (await c.get('/api/intake/registrations')).body;
const auditOf = (id: string) =>
  queryRows<{ user_id: string | null; user_name: string; action: string; detail: any }>(
    t.database.db,
    sql`select user_id, user_name, action, detail from audit_log where entity_id = ${id} order by id`,
  );

describe('the public form', () => {
  let ipCounter = 0;
  const nextIp = () => `10.77.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
  const form = (over: Record<string, unknown> = {}, person: Record<string, unknown> = {}) => ({
    source: 'relative',
    person: { givenName: 'Webb', familyName: 'Formsson', municipalityCode: '1881', ...person },
    applicant: { name: 'Kalle Formsson', relation: 'bror', phone: '070-111 22 33' },
    contactPreference: 'phone',
    disabilities: 'Hon har en hjärnskada sedan en olycka.',
    currentCareContacts: 'Habiliteringen och kommunens sjuksköterska.',
    hardToday: 'Att få hjälp med flera saker på en gång.',
    consentToContact: true,
    website: '',
    ...over,
  });
  const submit = (body: unknown, ip = nextIp(), headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/registrations',
      remoteAddress: ip,
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const stored = () =>
    Promise.all(
      ['intake_registrations', 'intake_public_submissions', 'audit_log'].map((x) => countRows(t.database, x)),
    );

  it('answers a receipt that reveals nothing, stores the registration at the catchment unit and logs it with no user', async () => {
    const res = await submit(form());
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['received', 'reference']);
    expect(body.received).toBe(true);
    const card = (await board()).registrations.find((x: any) => x.reference === body.reference);
    expect(card).toMatchObject({
      stage: 'received',
      channel: 'public',
      source: 'relative',
      unitId: kumlaUnitId,
    });
    const full = (await navigator.get(`/api/intake/registrations/${card.id}`)).body;
    expect(full.events[0]).toMatchObject({ kind: 'registered', byName: null });
    expect(full.applicant).toMatchObject({ name: 'Kalle Formsson', relation: 'bror' });
    expect((await auditOf(card.id))[0]).toMatchObject({
      action: 'create',
      user_id: null,
      user_name: 'Webbformuläret (intresseanmälan)',
      detail: { channel: 'public' },
    });
    const [hash] = await queryRows<{ ip_hash: string }>(
      t.database.db,
      sql`select ip_hash from intake_public_submissions order by at desc limit 1`,
    );
    expect(hash!.ip_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('routes outside every catchment to a unit of the county’s region, and refuses a county with no unit', async () => {
    const örebro = await submit(form({}, { municipalityCode: '1880' }));
    expect(örebro.statusCode).toBe(202);
    expect((await board()).registrations.some((x: any) => x.reference === örebro.json().reference)).toBe(
      true,
    );
    const flen = await submit(form({}, { municipalityCode: '0482' }));
    const sormlandBoard = (await sormland.get('/api/intake/registrations')).body;
    expect(sormlandBoard.registrations.some((x: any) => x.reference === flen.json().reference)).toBe(true);
    const before = await stored();
    const stockholm = await submit(form({}, { municipalityCode: '0180' }));
    expect(stockholm.statusCode).toBe(422);
    expect(stockholm.json().code).toBe('no_unit_for_municipality');
    expect(await stored()).toEqual(before);
  });

  it('refuses malformed input, the honeypot and oversized bodies, and stores nothing', async () => {
    const before = await stored();
    for (const bad of [
      form({ consentToContact: false }),
      form({ website: 'http://spam.example' }),
      form({}, { givenName: '' }),
      form({}, { municipalityCode: '9999' }),
      form({}, { identityNumber: '19900101-0000' }),
      form({ source: 'self', applicant: null, contactPreference: 'pigeon' }),
      form({ source: 'relative', applicant: null }),
      '{"source": "relative", "person": ',
    ]) {
      const res = await submit(bad);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const huge = await submit(form({ hardToday: 'x'.repeat(40_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('application/problem+json');
    expect(await stored()).toEqual(before);
  });

  it('limits floods per client address (429, nothing stored) and keeps other addresses open', async () => {
    const ip = '10.66.66.66';
    for (let i = 0; i < 5; i++) expect((await submit(form(), ip)).statusCode).toBe(202);
    const before = await stored();
    const flood = await Promise.all([1, 2, 3].map(() => submit(form(), ip, { 'accept-language': 'en' })));
    for (const res of flood) {
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({
        code: 'too_many_registrations',
        detail: expect.stringContaining('Wait 10 minutes'),
      });
    }
    expect((await submit(form(), ip)).json().detail).toContain('Vänta 10 minuter');
    expect(await stored()).toEqual(before);
    expect((await submit(form(), '10.66.66.67')).statusCode).toBe(202);
  });

  it('needs no session and no CSRF token, even with a staff member’s cookie in the browser', async () => {
    const res = await navigator.post('/api/public/registrations', form(), { 'x-csrf-token': '' });
    expect(res.status).toBe(202);
    expect(Object.keys(res.body).sort()).toEqual(['received', 'reference']);
  });
});
