import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../test/harness.ts';
import { queryRows } from '../db/database.ts';

// LOTSA_PUBLIC_URL: the links and QR codes patients get point at the public address, not at the host
// name the staff member happened to use.
let t: TestApp;
let nurse: Client;

const PUBLIC = 'https://lotsa.region.example';

beforeAll(async () => {
  t = await startTestApp({ publicUrl: `${PUBLIC}/` });
  nurse = await t.as('sjukskoterska');
});
afterAll(() => t?.close());

const bookingOf = async (status: string, when: 'past' | 'future') => {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from bookings where unit_id = ${nurse.me.activeUnitId} and status = ${status}
        and starts_at ${when === 'past' ? sql`< now() - interval '1 day'` : sql`> now() + interval '2 days'`}
        order by starts_at limit 1`,
  );
  if (!row) throw new Error(`the demo has no ${status} booking in the nurse's unit`);
  return row.id;
};

describe('with LOTSA_PUBLIC_URL set', () => {
  it("a letter's web link starts with the public address, and the link works", async () => {
    const res = await nurse.post(
      `/api/bookings/${await bookingOf('booked', 'future')}/letters`,
      {},
      {
        host: 'intern-server:3000',
      },
    );
    expect(res.status).toBe(201);
    const letters = res.body as { webUrl: string }[];
    expect(letters.length).toBeGreaterThan(0);
    for (const l of letters) expect(l.webUrl).toMatch(new RegExp(`^${PUBLIC}/brev/[A-Za-z0-9_-]{30,}$`));
    const token = letters[0]!.webUrl.split('/').pop();
    expect((await t.anonymous().get(`/api/public/letters/${token}`)).status).toBe(200);
  });

  it("a survey invitation's link starts with the public address", async () => {
    const res = await nurse.post(
      `/api/bookings/${await bookingOf('completed', 'past')}/survey-invitations`,
      {},
      {
        host: 'intern-server:3000',
      },
    );
    expect(res.status).toBe(200);
    for (const inv of res.body.invitations) expect(inv.url).toMatch(new RegExp(`^${PUBLIC}/enkat/`));
  });
});
