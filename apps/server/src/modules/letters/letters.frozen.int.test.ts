import { makeTestIdentityNumber, type Proposal, proposalRequest } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../../test/harness.ts';
import { pdfText } from '../../../test/pdf.ts';
import { queryRows } from '../../db/database.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';
import { addDaysToLocalDate, localToday } from '../../lib/time.ts';
import { sayDate, sayDateWithYear } from './letters.words.ts';

/**
 * A letter is frozen when it is made: moving or cancelling the visit afterwards does not change what
 * the staff view, the reprinted PDF or the web page say, but each says that the visit has changed.
 */

let t: TestApp;
let nurse: Client;
let visitTypeId: string;
type Injected = Awaited<ReturnType<TestApp['app']['inject']>>;
let raw: (method: 'GET' | 'POST', url: string, payload?: object) => Promise<Injected>;

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  const types = (await nurse.get('/api/visit-types')).body as Array<{ id: string; code: string }>;
  visitTypeId = types.find((v) => v.code === 'nurse_visit')!.id;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username: 'sjukskoterska', password: DEMO_PASSWORD },
    remoteAddress: '127.2.0.1',
  });
  const setCookie = res.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0]! : String(setCookie)).split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  raw = (method, url, payload) =>
    t.app.inject({
      method,
      url,
      headers: {
        cookie,
        ...(method !== 'GET' ? { 'x-csrf-token': csrf, 'content-type': 'application/json' } : {}),
      },
      ...(payload ? { payload } : {}),
    });
});
afterAll(async () => {
  await t?.close();
});

/** The words in order, whatever the line breaks between them. */
const wordsIn = (text: string, said: string) =>
  new RegExp(
    said
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  ).test(text);

let serial = 0;
async function newPatient(): Promise<string> {
  serial++;
  const res = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1932-03-${String(serial).padStart(2, '0')}`, 984),
    givenName: 'Frida',
    familyName: `Frystesson${serial}`,
    municipalityCode: '1881',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** A weekday-ish date `weeks` weeks ahead, away from the demo's own bookings (the next three weeks). */
const dayIn = (weeks: number) => addDaysToLocalDate(localToday(), 28 + weeks * 7);

async function proposal(patientId: string, fromDate: string) {
  const res = await nurse.post('/api/scheduling/search', { patientId, visitTypeId, fromDate, weeks: 1 });
  expect(res.status).toBe(200);
  const p = res.body.proposals[0] as Proposal;
  expect(p).toBeDefined();
  return proposalRequest(p);
}

async function bookedVisit() {
  const patientId = await newPatient();
  const res = await nurse.post('/api/bookings', {
    patientId,
    visitTypeId,
    proposal: await proposal(patientId, dayIn(2)),
    mode: 'book',
  });
  expect(res.status).toBe(201);
  return { patientId, booking: res.body as { id: string; start: string } };
}

async function makeLetter(bookingId: string) {
  const res = await nurse.post(`/api/bookings/${bookingId}/letters`, {});
  expect(res.status).toBe(201);
  const letter = res.body[0] as { id: string; webUrl: string; change: { state: string } };
  return { ...letter, token: letter.webUrl.split('/').pop()! };
}

async function reschedule(patientId: string, bookingId: string) {
  const res = await nurse.post(`/api/bookings/${bookingId}/reschedule`, {
    proposal: await proposal(patientId, dayIn(4)),
    reason: 'Sjuksköterskan är sjuk',
  });
  expect(res.status).toBe(200);
  return res.body as { id: string; start: string };
}

/** The "when" section of a letter's content, as one text. */
const whenText = (content: { sections: Array<{ key: string; rows: Array<{ lines: string[] }> }> }) =>
  content.sections
    .find((s) => s.key === 'when')!
    .rows.flatMap((r) => r.lines)
    .join(' ');

describe('a letter is frozen when it is made', () => {
  it('stores the facts it was made from, and reads the same while nothing changed', async () => {
    const { booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    expect(letter.change).toEqual({ state: 'same', start: null });
    const [stored] = await queryRows<{ facts: { version: number; visit: { start: string } } | null }>(
      t.database.db,
      sql`select facts from letters where id = ${letter.id}`,
    );
    expect(stored!.facts).not.toBeNull();
    expect(stored!.facts!.version).toBe(1);
    expect(new Date(stored!.facts!.visit.start).toISOString()).toBe(new Date(booking.start).toISOString());
    const view = await nurse.get(`/api/letters/${letter.id}`);
    expect(view.status).toBe(200);
    expect(view.body.letter.change).toEqual({ state: 'same', start: null });
    const page = await t.anonymous().get(`/api/public/letters/${letter.token}`);
    expect(page.status).toBe(200);
    expect(page.body.notice).toBeNull();
    // Every view renders from the stored facts, not from the booking and the patient as they are now.
    await queryRows(
      t.database.db,
      sql`update letters set facts = jsonb_set(facts, '{patient,givenName}', '"Fryst"') where id = ${letter.id}`,
    );
    const intro = (c: { sections: Array<{ key: string; heading: string }> }) =>
      c.sections.find((s) => s.key === 'intro')!.heading;
    expect(intro((await t.anonymous().get(`/api/public/letters/${letter.token}`)).body.content)).toBe(
      'Hej Fryst!',
    );
    expect(intro((await nurse.get(`/api/letters/${letter.id}`)).body.content)).toBe('Hej Fryst!');
    expect(await pdfText((await raw('GET', `/api/letters/${letter.id}/pdf`)).rawPayload)).toContain(
      'Hej Fryst!',
    );
  });

  it('moved: the web page, the staff view and the PDF keep the original time and say the new one', async () => {
    const { patientId, booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    const original = new Date(booking.start);
    const before = (await t.anonymous().get(`/api/public/letters/${letter.token}`)).body;
    const moved = await reschedule(patientId, booking.id);
    const now = new Date(moved.start);
    expect(sayDate(now)).not.toBe(sayDate(original));

    // The patient's web page: the letter as sent, and the notice with the new time.
    const page = await t.anonymous().get(`/api/public/letters/${letter.token}`);
    expect(page.status).toBe(200);
    expect(page.body.content).toEqual(before.content);
    expect(whenText(page.body.content)).toContain(sayDateWithYear(original));
    expect(whenText(page.body.content)).not.toContain(sayDateWithYear(now));
    expect(page.body.notice).toMatchObject({ state: 'moved', heading: 'Tiden är ändrad' });
    expect(page.body.notice.lines.join(' ')).toContain(sayDate(now));
    // Nothing the page did not already show: no cancel reason, no staff of the new visit.
    expect(JSON.stringify(page.body.notice)).not.toContain('sjuk');

    // The staff view.
    const view = await nurse.get(`/api/letters/${letter.id}`);
    expect(view.status).toBe(200);
    expect(view.body.content).toEqual(before.content);
    expect(view.body.letter.visitStart).toBe(original.toISOString());
    expect(view.body.letter.change).toEqual({ state: 'moved', start: now.toISOString() });

    // The booking's letter list: the new booking shows the letter of the visit it was moved from.
    for (const id of [moved.id, booking.id]) {
      const list = await nurse.get(`/api/bookings/${id}/letters`);
      expect(list.status).toBe(200);
      const found = (list.body as Array<{ id: string; change: unknown }>).find((l) => l.id === letter.id);
      expect(found?.change).toEqual({ state: 'moved', start: now.toISOString() });
    }

    // A reprint (new link) and a batch PDF with the link: the original time.
    for (const res of [
      await raw('GET', `/api/letters/${letter.id}/pdf`),
      await raw('POST', '/api/letters/batch', { letters: [{ id: letter.id }] }),
    ]) {
      expect(res.statusCode).toBe(200);
      const text = await pdfText(res.rawPayload);
      expect(wordsIn(text, sayDateWithYear(original))).toBe(true);
      expect(wordsIn(text, sayDateWithYear(now))).toBe(false);
    }
  });

  it('cancelled: the web page says so with the unit’s number; the staff view says cancelled', async () => {
    const { patientId, booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    const moved = await reschedule(patientId, booking.id);
    expect(
      (await nurse.post(`/api/bookings/${moved.id}/cancel`, { reason: 'Patienten avböjer' })).status,
    ).toBe(200);
    const page = await t.anonymous().get(`/api/public/letters/${letter.token}`);
    expect(page.status).toBe(200);
    expect(page.body.notice).toMatchObject({ state: 'cancelled', heading: 'Besöket är inställt' });
    expect(page.body.notice.lines[0]).toBe('Besöket är inställt.');
    const phone = page.body.content.sections
      .find((s: { key: string }) => s.key === 'cancel')
      .rows[0].lines.find((l: string) => l.startsWith('Numret är'));
    expect(phone).toBeDefined();
    expect(page.body.notice.lines).toContain(phone);
    expect(whenText(page.body.content)).toContain(sayDateWithYear(new Date(booking.start)));
    const view = await nurse.get(`/api/letters/${letter.id}`);
    expect(view.body.letter.change).toEqual({ state: 'cancelled', start: null });
    const list = await nurse.get(`/api/bookings/${booking.id}/letters`);
    expect(list.body[0].change.state).toBe('cancelled');
  });

  it('the web link works until 14 days after a visit moved later; else an expired link is 404 and no read of it is logged', async () => {
    const linkReads = async (id: string) =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from audit_log where detail->>'letterId' = ${id} and detail->>'via' = 'link'`,
        )
      )[0]!.n;
    const { patientId, booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    // As if the 14 days after the original visit had passed.
    const expire = () =>
      queryRows(
        t.database.db,
        sql`update letters set link_expires_at = now() - interval '1 hour' where id = ${letter.id}`,
      );
    await expire();
    expect((await t.anonymous().get(`/api/public/letters/${letter.token}`)).status).toBe(404);
    expect(await linkReads(letter.id)).toBe(0);

    // The visit is moved two weeks later: the link works again, until 14 days after the new visit.
    const moved = await reschedule(patientId, booking.id);
    const page = await t.anonymous().get(`/api/public/letters/${letter.token}`);
    expect(page.status).toBe(200);
    expect(page.body.notice.state).toBe('moved');
    // The new visit's end, as long as the visit the letter describes.
    const [length] = await queryRows<{ minutes: number }>(
      t.database.db,
      sql`select extract(epoch from ends_at - starts_at)::int / 60 as minutes from bookings where id = ${booking.id}`,
    );
    const newEnd = Date.parse(moved.start) + length!.minutes * 60_000;
    expect(page.body.expiresAt).toBe(new Date(newEnd + 14 * 86_400_000).toISOString());
    expect(await linkReads(letter.id)).toBe(1);

    // Cancelled after all: the stored expiry holds again, and it has passed.
    expect((await nurse.post(`/api/bookings/${moved.id}/cancel`, { reason: 'Avbokat' })).status).toBe(200);
    await expire();
    expect((await t.anonymous().get(`/api/public/letters/${letter.token}`)).status).toBe(404);
    expect(await linkReads(letter.id)).toBe(1);
  });

  it('the letters log of the original day keeps a letter whose visit was moved away, saying where it went', async () => {
    const { patientId, booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    const day = localToday(new Date(booking.start));
    const before = (await nurse.get(`/api/letters?date=${day}`)).body;
    expect(before.letters.find((l: { id: string }) => l.id === letter.id)?.change.state).toBe('same');

    const moved = await reschedule(patientId, booking.id);
    expect(localToday(new Date(moved.start))).not.toBe(day);
    const after = (await nurse.get(`/api/letters?date=${day}`)).body;
    // The visit is no longer on the day's list, but its letter is still in the day's log, marked as moved.
    expect(after.bookings.map((b: { bookingId: string }) => b.bookingId)).not.toContain(booking.id);
    const logged = after.letters.filter((l: { id: string }) => l.id === letter.id);
    expect(logged).toHaveLength(1);
    expect(logged[0].change).toEqual({ state: 'moved', start: new Date(moved.start).toISOString() });
    expect(logged[0].visitStart).toBe(new Date(booking.start).toISOString());
    // The new day lists the new visit; the old letter is not counted as its letter there.
    const newDay = (await nurse.get(`/api/letters?date=${localToday(new Date(moved.start))}`)).body;
    expect(newDay.bookings.find((b: { bookingId: string }) => b.bookingId === moved.id)?.letterCount).toBe(0);
    expect(newDay.letters.map((l: { id: string }) => l.id)).not.toContain(letter.id);

    // Cancelled after all: still in the original day's log, marked as cancelled.
    expect((await nurse.post(`/api/bookings/${moved.id}/cancel`, { reason: 'Avbokat' })).status).toBe(200);
    const cancelled = (await nurse.get(`/api/letters?date=${day}`)).body;
    expect(cancelled.letters.find((l: { id: string }) => l.id === letter.id)?.change.state).toBe('cancelled');
  });

  it('a letter made before freezing (facts null) is rebuilt from its booking, and still compared', async () => {
    const { patientId, booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    await queryRows(t.database.db, sql`update letters set facts = null where id = ${letter.id}`);
    const view = await nurse.get(`/api/letters/${letter.id}`);
    expect(view.status).toBe(200);
    expect(view.body.letter.change.state).toBe('same');
    expect(whenText(view.body.content)).toContain(sayDateWithYear(new Date(booking.start)));
    expect((await t.anonymous().get(`/api/public/letters/${letter.token}`)).body.notice).toBeNull();
    const moved = await reschedule(patientId, booking.id);
    // Rebuilt from the (now cancelled) booking it was made for: its own time, and the new time beside it.
    const after = await t.anonymous().get(`/api/public/letters/${letter.token}`);
    expect(after.status).toBe(200);
    expect(whenText(after.body.content)).toContain(sayDateWithYear(new Date(booking.start)));
    expect(after.body.notice.state).toBe('moved');
    const list = await nurse.get(`/api/bookings/${moved.id}/letters`);
    expect(list.body.find((l: { id: string }) => l.id === letter.id).change.state).toBe('moved');
    expect((await raw('GET', `/api/letters/${letter.id}/pdf`)).statusCode).toBe(200);
  });

  it('damaged stored facts: a clear 500 problem without a stack, for staff and the web page; lists still work', async () => {
    const { booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    await queryRows(
      t.database.db,
      sql`update letters set facts = '{"version": 1, "visit": {"start": "soon"}}'::jsonb where id = ${letter.id}`,
    );
    const view = await nurse.get(`/api/letters/${letter.id}`);
    expect(view.status).toBe(500);
    expect(view.body.code).toBe('letter_facts_unreadable');
    expect(view.body.detail).toContain('Skriv en ny kallelse');
    expect(JSON.stringify(view.body)).not.toMatch(/at .*\.ts|stack|ZodError/);
    const pdf = await raw('GET', `/api/letters/${letter.id}/pdf`);
    expect(pdf.statusCode).toBe(500);
    expect(pdf.json().code).toBe('letter_facts_unreadable');
    const page = await t.anonymous().get(`/api/public/letters/${letter.token}`);
    expect(page.status).toBe(500);
    expect(page.body.code).toBe('letter_facts_unreadable');
    expect(page.body.detail).toContain('Ring mottagningen');
    // The booking's list shows the letter (from its booking) so staff can make a new one.
    const list = await nurse.get(`/api/bookings/${booking.id}/letters`);
    expect(list.status).toBe(200);
    expect(list.body.map((l: { id: string }) => l.id)).toContain(letter.id);
  });
});

describe('a letter whose visit changed is not sent (issue 21)', () => {
  it('refuses to mark a letter sent after its visit moved or was cancelled; nothing is recorded', async () => {
    const { patientId, booking } = await bookedVisit();
    const letter = await makeLetter(booking.id);
    const moved = await reschedule(patientId, booking.id);
    const refused = await nurse.post(`/api/letters/${letter.id}/sent`, { via: 'print' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('letter_outdated');
    expect(refused.body.detail).toMatch(/Skriv en ny kallelse/);
    expect((await nurse.get(`/api/letters/${letter.id}`)).body.letter.sentAt).toBeNull();
    expect((await nurse.post(`/api/bookings/${moved.id}/cancel`, { reason: 'Avbokat' })).status).toBe(200);
    const cancelled = await nurse.post(`/api/letters/${letter.id}/sent`, { via: 'link' });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.detail).toMatch(/inställt/);
    // A new letter for the visit as it is now is sent as usual.
    const { booking: other } = await bookedVisit();
    const fresh = await makeLetter(other.id);
    expect((await nurse.post(`/api/letters/${fresh.id}/sent`, { via: 'print' })).status).toBe(200);
  });
});
