import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { pdfFonts, pdfImageCount, pdfIsTagged, pdfText } from '../../../test/pdf.ts';
import { queryRows } from '../../db/database.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';
import { localToday } from '../../lib/time.ts';

let t: TestApp;
let nurse: Client;

/** A signed-in session whose answers are kept as bytes (PDFs, pictures). */
async function rawSession(username: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password: DEMO_PASSWORD },
    remoteAddress: `127.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  const setCookie = res.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0]! : String(setCookie)).split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  return (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: Buffer | object,
    contentType?: string,
  ) =>
    t.app.inject({
      method,
      url,
      headers: {
        cookie,
        ...(method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      ...(payload !== undefined ? { payload: payload as never } : {}),
    });
}
let raw: Awaited<ReturnType<typeof rawSession>>;

interface BookingRow {
  id: string;
  patient_id: string;
  protected_identity: boolean;
  street_address: string | null;
}
async function kumlaBookings(): Promise<BookingRow[]> {
  return queryRows<BookingRow>(
    t.database.db,
    sql`select b.id, b.patient_id, p.protected_identity, p.street_address from bookings b
        join patients p on p.id = b.patient_id join units u on u.id = b.unit_id
        where b.status = 'booked' and b.starts_at > now() and u.name like 'Kumla%'
        order by b.starts_at`,
  );
}

/** A booked visit for a patient with protected identity (booked through the scheduling API). */
async function protectedBooking(): Promise<BookingRow> {
  const existing = (await kumlaBookings()).find((b) => b.protected_identity);
  if (existing) return existing;
  const [p] = await queryRows<{ id: string; street_address: string }>(
    t.database.db,
    sql`select p.id, p.street_address from patients p join units u on u.id = p.unit_id
        where p.protected_identity and u.name like 'Kumla%' limit 1`,
  );
  const types = (await nurse.get('/api/visit-types')).body as Array<{ id: string; code: string }>;
  const type = types.find((v) => v.code === 'nurse_visit')!;
  const search = await nurse.post('/api/scheduling/search', {
    patientId: p!.id,
    visitTypeId: type.id,
    relax: ['staff', 'time_window'],
  });
  expect(search.status).toBe(200);
  const proposal = search.body.proposals[0];
  const booked = await nurse.post('/api/bookings', {
    patientId: p!.id,
    visitTypeId: type.id,
    proposal: { start: proposal.start, steps: proposal.steps },
    mode: 'book',
  });
  expect(booked.status).toBe(201);
  return {
    id: booked.body.id,
    patient_id: p!.id,
    protected_identity: true,
    street_address: p!.street_address,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  raw = await rawSession('sjukskoterska');
});
afterAll(async () => {
  await t?.close();
});

describe('letters from a booking', () => {
  it('creates the letters for the recipients, logs them and audits the reads', async () => {
    const booking = (await kumlaBookings()).find((b) => !b.protected_identity)!;
    const before = await countRows(t.database, 'letters');
    const res = await nurse.post(`/api/bookings/${booking.id}/letters`, {});
    expect(res.status).toBe(201);
    expect(res.body.length).toBeGreaterThanOrEqual(1);
    const letter = res.body[0];
    expect(letter).toMatchObject({
      bookingId: booking.id,
      recipient: expect.any(String),
      variant: expect.any(String),
    });
    expect(letter.lix).toBeGreaterThan(0);
    expect(letter.webUrl).toMatch(/\/brev\/[A-Za-z0-9_-]{30,}$/);
    expect(await countRows(t.database, 'letters')).toBe(before + res.body.length);
    // Only the hash of the link's secret is stored.
    const token = letter.webUrl.split('/').pop();
    const stored = await queryRows<{ link_token_hash: string }>(
      t.database.db,
      sql`select link_token_hash from letters where id = ${letter.id}`,
    );
    expect(stored[0]!.link_token_hash).not.toContain(token);
    expect(stored[0]!.link_token_hash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await queryRows<{ action: string; entity: string; patient_ids: string[] }>(
      t.database.db,
      sql`select action, entity, patient_ids from audit_log where entity = 'letter' order by seq desc limit 1`,
    );
    expect(audit[0]).toMatchObject({ action: 'create', entity: 'letter', patient_ids: [booking.patient_id] });

    const sent = await nurse.post(`/api/letters/${letter.id}/sent`, { via: 'print' });
    expect(sent.status).toBe(200);
    expect(sent.body.sentVia).toBe('print');
  });

  it('the PDF has the staff names, the pictograms as images, an embedded font and tags', async () => {
    const booking = (await kumlaBookings()).find((b) => !b.protected_identity)!;
    const made = (await nurse.post(`/api/bookings/${booking.id}/letters`, {})).body;
    const token = made[0].webUrl.split('/').pop();
    const res = await raw(
      'POST',
      '/api/letters/batch',
      { letters: [{ id: made[0].id, token }] },
      'application/json',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    const text = await pdfText(pdf);
    const detail = (await nurse.get(`/api/bookings/${booking.id}`)).body as {
      steps: Array<{ staffName: string | null }>;
    };
    for (const s of detail.steps) if (s.staffName) expect(text).toContain(s.staffName);
    if (made[0].variant !== 'plain') expect(await pdfImageCount(pdf)).toBeGreaterThanOrEqual(4);
    const fonts = await pdfFonts(pdf);
    expect(fonts.filter((f) => /AtkinsonHyperlegible/.test(f.name)).length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(await pdfIsTagged(pdf)).toBe(true);
  });

  it('a patient with protected identity: no address in the PDF, neither theirs nor a representative’s', async () => {
    const booking = await protectedBooking();
    const made = await nurse.post(`/api/bookings/${booking.id}/letters`, {});
    expect(made.status).toBe(201);
    const reps = await queryRows<{ street_address: string | null }>(
      t.database.db,
      sql`select street_address from representatives where patient_id = ${booking.patient_id}`,
    );
    for (const letter of made.body) {
      const res = await raw('GET', `/api/letters/${letter.id}/pdf`);
      expect(res.statusCode).toBe(200);
      const text = await pdfText(res.rawPayload);
      expect(text.length).toBeGreaterThan(200);
      expect(text).not.toContain(booking.street_address!.split(' (')[0]!);
      for (const r of reps) if (r.street_address) expect(text).not.toContain(r.street_address);
    }
  });

  it('the day’s bulk print gives one PDF with every letter', async () => {
    // No date: the next day the unit is open, on which the demo books visits (Monday after a Friday).
    const day = (await nurse.get('/api/letters')).body;
    expect(day.date > localToday()).toBe(true);
    expect(day.bookings.length).toBeGreaterThan(0);
    const res = await raw('POST', '/api/letters/batch', { date: day.date }, 'application/json');
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    for (const b of day.bookings) expect(text).toContain(b.patientName.split(' ')[0]);
    const after = (await nurse.get(`/api/letters?date=${day.date}`)).body;
    expect(after.letters.length).toBeGreaterThanOrEqual(day.bookings.length);
    expect(after.bookings.every((b: { letterCount: number }) => b.letterCount > 0)).toBe(true);
  });

  it('refuses a booking of another unit, and an anonymous caller', async () => {
    const [other] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select b.id from bookings b join units u on u.id = b.unit_id
          where u.name like 'Katrineholm%' and b.status = 'booked' limit 1`,
    );
    if (other) {
      const res = await nurse.post(`/api/bookings/${other.id}/letters`, {});
      expect([403, 404]).toContain(res.status);
    }
    const anon = t.anonymous();
    expect((await anon.get('/api/letters')).status).toBe(401);
  });
});

describe('the public letter page', () => {
  it('shows the letter by its link, audited as a read by the link; unknown and expired links give 404', async () => {
    const booking = (await kumlaBookings()).find((b) => !b.protected_identity)!;
    const made = (await nurse.post(`/api/bookings/${booking.id}/letters`, {})).body;
    const token = made[0].webUrl.split('/').pop();
    const anon = t.anonymous();
    const res = await anon.get(`/api/public/letters/${token}`);
    expect(res.status).toBe(200);
    expect(res.body.content.sections.map((s: { key: string }) => s.key)).toContain('schedule');
    const audit = await queryRows<{
      user_id: string | null;
      user_name: string;
      action: string;
      patient_ids: string[];
    }>(
      t.database.db,
      sql`select user_id, user_name, action, patient_ids from audit_log where entity = 'letter' order by seq desc limit 1`,
    );
    expect(audit[0]).toMatchObject({ user_id: null, action: 'read', patient_ids: [booking.patient_id] });
    expect((await anon.get(`/api/public/letters/${'x'.repeat(32)}`)).status).toBe(404);
    await queryRows(
      t.database.db,
      sql`update letters set link_expires_at = now() - interval '1 day' where id = ${made[0].id}`,
    );
    expect((await anon.get(`/api/public/letters/${token}`)).status).toBe(404);
  });

  it('serves the pictograms as SVG without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/pictograms/meet_nurse.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toContain('<svg');
  });
});

describe('staff photos', () => {
  let staffId: string;
  let chef: Awaited<ReturnType<typeof rawSession>>;
  beforeAll(async () => {
    const list = (await nurse.get('/api/organisation/staff')).body as Array<{
      id: string;
      givenName: string;
    }>;
    staffId = list.find((s) => s.givenName === 'Sanna')!.id;
    chef = await rawSession('chef');
  });

  it('stores a re-encoded 400 × 400 picture without its metadata', async () => {
    const photo = await sharp({ create: { width: 900, height: 700, channels: 3, background: '#c08040' } })
      .jpeg()
      .withMetadata({
        exif: { IFD0: { Copyright: 'secret-camera-owner', ImageDescription: 'GPS 59.1 15.1' } },
      })
      .toBuffer();
    expect(photo.includes(Buffer.from('secret-camera-owner'))).toBe(true);
    const res = await chef('PUT', `/api/staff/${staffId}/photo`, photo, 'image/jpeg');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ width: 400, height: 400, contentType: 'image/jpeg' });
    const got = await raw('GET', `/api/staff/${staffId}/photo`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.includes(Buffer.from('secret-camera-owner'))).toBe(false);
    const meta = await sharp(got.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([400, 400]);
  });

  it('refuses bad uploads with a clear message and stores nothing', async () => {
    await chef('DELETE', `/api/staff/${staffId}/photo`);
    const before = await countRows(t.database, 'images');
    // A text file named and declared as a JPEG: the content decides.
    const fake = await chef(
      'PUT',
      `/api/staff/${staffId}/photo`,
      Buffer.from('hello, not a picture'),
      'image/jpeg',
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.json().detail).toMatch(/JPEG|PNG|WebP/);
    // A GIF is a picture, but not one we take.
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect((await chef('PUT', `/api/staff/${staffId}/photo`, gif, 'image/gif')).statusCode).toBe(415);
    // Too large (over 5 MB).
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const tooBig = await chef('PUT', `/api/staff/${staffId}/photo`, big, 'image/jpeg');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().detail).toContain('5 MB');
    // A JPEG header with garbage after it: not readable.
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
      Buffer.alloc(200, 7),
    ]);
    expect((await chef('PUT', `/api/staff/${staffId}/photo`, broken, 'image/jpeg')).statusCode).toBe(400);
    expect(await countRows(t.database, 'images')).toBe(before);
  });

  it('only the unit manager or the region admin may change photos', async () => {
    const png = await sharp({ create: { width: 50, height: 50, channels: 4, background: '#00000000' } })
      .png()
      .toBuffer();
    expect((await raw('PUT', `/api/staff/${staffId}/photo`, png, 'image/png')).statusCode).toBe(403);
    expect((await raw('DELETE', `/api/staff/${staffId}/photo`)).statusCode).toBe(403);
    expect((await chef('PUT', `/api/staff/${staffId}/photo`, png, 'image/png')).statusCode).toBe(200);
    expect((await chef('DELETE', `/api/staff/${staffId}/photo`)).statusCode).toBe(200);
    expect((await raw('GET', `/api/staff/${staffId}/photo`)).statusCode).toBe(404);
  });

  it('the unit entrance picture works the same way', async () => {
    const unitId = nurse.me.activeUnitId!;
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#5080a0' } })
      .webp()
      .toBuffer();
    expect((await chef('PUT', `/api/units/${unitId}/entrance-photo`, photo, 'image/webp')).statusCode).toBe(
      200,
    );
    expect((await raw('GET', `/api/units/${unitId}/entrance-photo`)).statusCode).toBe(200);
  });

  it('"my contacts" prints as a PDF in the same picture style', async () => {
    const [p] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select p.id from patients p join units u on u.id = p.unit_id where u.name like 'Kumla%' limit 1`,
    );
    const res = await raw('GET', `/api/patients/${p!.id}/my-contacts.pdf`);
    expect(res.statusCode).toBe(200);
    expect(await pdfText(res.rawPayload)).toContain('Mina kontakter');
  });
});
