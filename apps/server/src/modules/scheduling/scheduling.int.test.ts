import { makeTestIdentityNumber, type Proposal, proposalRequest } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { localToday } from '../../lib/time.ts';
import { addDaysToLocalDate } from './scheduling.rules.ts';

let t: TestApp;
let nurse: Client;
let types: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  const list = (await nurse.get('/api/visit-types')).body as Array<{ id: string; code: string }>;
  types = Object.fromEntries(list.map((v) => [v.code, v.id]));
});
afterAll(() => t?.close());

let serial = 0;
/** A new Kumla patient with no adaptations and no fixed contacts: any nurse or doctor may come. */
export async function newPatient(client: Client, given = 'Boka'): Promise<string> {
  serial++;
  const month = String(1 + Math.floor(serial / 28)).padStart(2, '0');
  const day = String(1 + (serial % 28)).padStart(2, '0');
  const res = await client.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1931-${month}-${day}`, 984),
    givenName: given,
    familyName: `Testsson${serial}`,
    municipalityCode: '1881',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** A weekday `weeks` weeks ahead, away from the demo's own bookings (which fill the next three weeks). */
const dayIn = (weeks: number) => addDaysToLocalDate(localToday(), 28 + weeks * 7);

async function search(client: Client, patientId: string, code: string, fromDate: string, extra = {}) {
  const res = await client.post('/api/scheduling/search', {
    patientId,
    visitTypeId: types[code],
    fromDate,
    weeks: 1,
    ...extra,
  });
  expect(res.status).toBe(200);
  return res.body as {
    proposals: Array<{ start: string; end: string; steps: Array<Record<string, unknown>> }>;
    explanation: unknown;
    requirements: unknown;
  };
}

const bodyOf = (
  patientId: string,
  code: string,
  p: { start: string; steps: Array<Record<string, unknown>> },
  mode = 'book',
) => ({
  patientId,
  visitTypeId: types[code],
  proposal: proposalRequest(p as unknown as Proposal),
  mode,
});

const overlapping = () =>
  queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from allocations a join allocations b
        on a.resource_id = b.resource_id and a.id < b.id and a.active and b.active
        and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')`,
  );

describe('search, book, day list', () => {
  it('books a proposed health check with every resource, and shows it on the nurse’s day list with the banner', async () => {
    const patientId = await newPatient(nurse);
    const found = await search(nurse, patientId, 'health_check', dayIn(0));
    expect(found.proposals.length).toBeGreaterThan(0);
    const p = found.proposals[0]!;
    expect(p.steps.map((s) => s.key)).toEqual(['nurse', 'doctor']);
    expect(p.steps[0]!.staffName).toBeTruthy();
    expect(p.steps[0]!.roomName).toBeTruthy();
    const res = await nurse.post('/api/bookings', bodyOf(patientId, 'health_check', p));
    expect(res.status).toBe(201);
    const b = res.body;
    expect(b).toMatchObject({ status: 'booked', patientId, visitTypeCode: 'health_check', start: p.start });
    expect(b.allocations.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'patient',
      'room',
      'staff',
      'staff',
    ]);
    expect(b.allocations.every((a: { name: string }) => a.name.length > 0)).toBe(true);
    expect(b.steps[1].staffName).toBeTruthy();

    const nurseId = p.steps[0]!.staffId as string;
    const day = localToday(new Date(p.start));
    const list = await nurse.get(`/api/day-list?date=${day}&staffId=${nurseId}`);
    expect(list.status).toBe(200);
    const entry = list.body.entries.find((e: { bookingId: string }) => e.bookingId === b.id);
    expect(entry).toBeTruthy();
    expect(entry.steps.map((s: { key: string }) => s.key)).toEqual(['nurse']);
    expect(entry.banner).toEqual({ topThree: [], critical: [], requirements: [] });
    const unitList = await nurse.get(`/api/day-list?date=${day}`);
    expect(unitList.body.resource.kind).toBe('unit');
    expect(unitList.body.entries.some((e: { bookingId: string }) => e.bookingId === b.id)).toBe(true);

    const [audit] = await queryRows<{ action: string; patient_ids: string[]; user_id: string }>(
      t.database.db,
      sql`select action, patient_ids, user_id from audit_log where entity = 'booking' and entity_id = ${b.id} order by id`,
    );
    expect(audit).toMatchObject({ action: 'create', patient_ids: [patientId], user_id: nurse.me.user.id });
    expect((await overlapping())[0]!.n).toBe(0);
  });

  it('shows a demo patient’s banner on the day list, and the demo’s visits on the unit calendar', async () => {
    const today = localToday();
    const week = await nurse.get(`/api/day-list?date=${today}&days=7`);
    expect(week.status).toBe(200);
    expect(week.body.entries.length).toBeGreaterThan(3);
    expect(
      week.body.entries.some((e: { banner: { topThree: string[] } }) => e.banner.topThree.length > 0),
    ).toBe(true);
    const cal = await nurse.get(`/api/calendar?from=${today}&to=${addDaysToLocalDate(today, 6)}`);
    expect(cal.status).toBe(200);
    const kinds = new Set(cal.body.resources.map((r: { kind: string }) => r.kind));
    expect([...kinds].sort()).toEqual(['equipment', 'external', 'room', 'staff']);
    expect(cal.body.resources.some((r: { busy: unknown[] }) => r.busy.length > 0)).toBe(true);
    expect(cal.body.resources.some((r: { open: unknown[] }) => r.open.length > 0)).toBe(true);
  });
});

describe('holds, conflicts, reschedule, cancel', () => {
  it('a hold blocks others (409 with fresh alternatives); an expired hold frees its time and cannot be confirmed', async () => {
    const a = await newPatient(nurse, 'Hålla');
    const b = await newPatient(nurse, 'Vänta');
    const p = (await search(nurse, a, 'nurse_visit', dayIn(1))).proposals[0]!;
    const held = await nurse.post('/api/bookings', bodyOf(a, 'nurse_visit', p, 'hold'));
    expect(held.status).toBe(201);
    expect(held.body.status).toBe('held');
    expect(Date.parse(held.body.holdExpiresAt)).toBeGreaterThan(Date.now());

    const before = await countRows(t.database, 'bookings');
    const refused = await nurse.post('/api/bookings', bodyOf(b, 'nurse_visit', p));
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body.code).toBe('booking_conflict');
    expect(refused.body.detail).toMatch(/Välj en av de nya tiderna/);
    // The reasons travel as catalogue messages (issue 20): the web writes them in its own language.
    expect(Array.isArray(refused.body.params.problems)).toBe(true);
    for (const m of refused.body.params.problems)
      expect(m).toEqual({ code: expect.any(String), params: expect.any(Object) });
    expect(refused.body.alternatives.length).toBeGreaterThan(0);
    expect(refused.body.alternatives.some((x: { start: string }) => x.start === p.start)).toBe(false);
    expect(await countRows(t.database, 'bookings')).toBe(before);

    await t.database.db.execute(
      sql`update bookings set hold_expires_at = now() - interval '1 minute' where id = ${held.body.id}`,
    );
    await t.database.db.execute(
      sql`update allocations set hold_expires_at = now() - interval '1 minute' where booking_id = ${held.body.id}`,
    );
    const again = await search(nurse, b, 'nurse_visit', dayIn(1), { limit: 50 });
    expect(again.proposals.some((x) => x.start === p.start)).toBe(true);
    const taken = await nurse.post('/api/bookings', bodyOf(b, 'nurse_visit', p));
    expect(taken.status).toBe(201);
    const swept = (await nurse.get(`/api/bookings/${held.body.id}`)).body;
    expect(swept).toMatchObject({ status: 'cancelled', cancelReason: 'Reservationen gick ut' });
    const confirm = await nurse.post(`/api/bookings/${held.body.id}/confirm`);
    expect(confirm.status).toBe(410);
    expect(confirm.body.code).toBe('hold_expired');
    expect((await overlapping())[0]!.n).toBe(0);
  });

  it('confirms a live hold, and releases another', async () => {
    const a = await newPatient(nurse);
    const found = (await search(nurse, a, 'nurse_visit', dayIn(2))).proposals;
    const held = (await nurse.post('/api/bookings', bodyOf(a, 'nurse_visit', found[0]!, 'hold'))).body;
    const ok = await nurse.post(`/api/bookings/${held.id}/confirm`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'booked', holdExpiresAt: null });
    const other = await newPatient(nurse);
    const p2 = (await search(nurse, other, 'nurse_visit', dayIn(2))).proposals[0]!;
    const held2 = (await nurse.post('/api/bookings', bodyOf(other, 'nurse_visit', p2, 'hold'))).body;
    const released = await nurse.delete(`/api/bookings/${held2.id}/hold`);
    expect(released.status).toBe(200);
    expect(released.body.status).toBe('cancelled');
    expect((await nurse.delete(`/api/bookings/${held2.id}/hold`)).status).toBe(409);
  });

  it('reschedules in one step: the old booking is cancelled with the reason and its time is free', async () => {
    const a = await newPatient(nurse);
    const first = (await search(nurse, a, 'extended_doctor', dayIn(3))).proposals[0]!;
    const booked = (await nurse.post('/api/bookings', bodyOf(a, 'extended_doctor', first))).body;
    const next = (await search(nurse, a, 'extended_doctor', dayIn(4))).proposals[0]!;
    const moved = await nurse.post(`/api/bookings/${booked.id}/reschedule`, {
      proposal: bodyOf(a, 'extended_doctor', next).proposal,
      reason: 'Patienten är sjuk',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'booked', start: next.start, rescheduledFromId: booked.id });
    const old = (await nurse.get(`/api/bookings/${booked.id}`)).body;
    expect(old).toMatchObject({ status: 'cancelled', cancelReason: 'Patienten är sjuk' });
    // The old time is free again for someone else.
    const b = await newPatient(nurse);
    expect((await nurse.post('/api/bookings', bodyOf(b, 'extended_doctor', first))).status).toBe(201);
    const history = (await nurse.get(`/api/patients/${a}/bookings`)).body as Array<{ id: string }>;
    expect(history.map((x) => x.id)).toEqual([moved.body.id, booked.id]);
  });

  it('cancels with a reason, which frees the time; no-show and complete only once the visit has started', async () => {
    const a = await newPatient(nurse);
    const p = (await search(nurse, a, 'nurse_visit', dayIn(5))).proposals[0]!;
    const booked = (await nurse.post('/api/bookings', bodyOf(a, 'nurse_visit', p))).body;
    expect((await nurse.post(`/api/bookings/${booked.id}/complete`)).status).toBe(409);
    expect((await nurse.post(`/api/bookings/${booked.id}/no-show`)).status).toBe(409);
    const noReason = await nurse.post(`/api/bookings/${booked.id}/cancel`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    const cancelled = await nurse.post(`/api/bookings/${booked.id}/cancel`, { reason: 'Sjuk' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Sjuk' });
    const b = await newPatient(nurse);
    expect((await nurse.post('/api/bookings', bodyOf(b, 'nurse_visit', p))).status).toBe(201);
    expect((await nurse.post(`/api/bookings/${booked.id}/cancel`, { reason: 'Igen' })).status).toBe(409);
  });
});

describe('the database is the final guard', () => {
  it('refuses an overlap the calendar read cannot see (23P01): 409 with alternatives, nothing written', async () => {
    const a = await newPatient(nurse);
    const p = (await search(nurse, a, 'nurse_visit', dayIn(10))).proposals[0]!;
    const other = await newPatient(nurse);
    const q = (await search(nurse, other, 'nurse_visit', dayIn(11))).proposals[0]!;
    const blocker = (await nurse.post('/api/bookings', bodyOf(other, 'nurse_visit', q))).body;
    // An allocation longer than any visit, starting well before the horizon the booking reads: only the
    // exclusion constraint sees it.
    const start = new Date(Date.parse(p.start) - 6 * 86_400_000);
    const end = new Date(Date.parse(p.start) + 60_000);
    await t.database.db.execute(
      sql`insert into allocations (region_id, booking_id, resource_kind, resource_id, starts_at, ends_at)
          select region_id, id, 'room', ${p.steps[0]!.roomId as string}, ${start}, ${end} from bookings where id = ${blocker.id}`,
    );
    const before = await Promise.all(['bookings', 'allocations'].map((x) => countRows(t.database, x)));
    const res = await nurse.post('/api/bookings', bodyOf(a, 'nurse_visit', p));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('booking_conflict');
    expect(Array.isArray(res.body.alternatives)).toBe(true);
    expect(await Promise.all(['bookings', 'allocations'].map((x) => countRows(t.database, x)))).toEqual(
      before,
    );
    const direct = await t.database.db
      .execute(
        sql`insert into allocations (region_id, booking_id, resource_kind, resource_id, starts_at, ends_at)
            select region_id, id, 'room', ${p.steps[0]!.roomId as string}, ${start}, ${end} from bookings where id = ${blocker.id}`,
      )
      .then(
        () => 'inserted',
        (e: { code?: string; cause?: { code?: string } }) => e.code ?? e.cause?.code,
      );
    expect(direct).toBe('23P01');
  });
});

describe('recall', () => {
  it('lists overdue and due patients, oldest due first, with the requirements in short words', async () => {
    const res = await nurse.get('/api/recall?withinWeeks=8');
    expect(res.status).toBe(200);
    const items = res.body as Array<{
      status: string;
      dueDate: string;
      lastHealthCheck: string | null;
      bookedBookingId: string | null;
      requirementsSummary: string[];
    }>;
    const today = localToday();
    expect(items.some((i) => i.status === 'overdue')).toBe(true);
    expect(items.some((i) => i.status === 'due')).toBe(true);
    expect(items.every((i) => i.bookedBookingId === null)).toBe(true);
    for (const i of items) {
      if (i.status === 'overdue') expect(i.dueDate < today).toBe(true);
      if (i.lastHealthCheck)
        expect(i.dueDate.slice(5)).toBe(i.lastHealthCheck.slice(5).replace('02-29', '02-28'));
    }
    expect(items.map((i) => i.dueDate)).toEqual(items.map((i) => i.dueDate).sort());
    expect(items.some((i) => i.requirementsSummary.includes('golvlyft'))).toBe(true);
    const withBooked = (await nurse.get('/api/recall?withinWeeks=8&includeBooked=true')).body as typeof items;
    expect(withBooked.length).toBeGreaterThan(items.length);
    expect(withBooked.some((i) => i.bookedBookingId !== null)).toBe(true);
    const [audit] = await queryRows<{ action: string; n: number }>(
      t.database.db,
      sql`select action, cardinality(patient_ids) as n from audit_log where entity = 'recall' order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ action: 'list', n: withBooked.length });
  });
});

describe('.ics', () => {
  it('gives the visit in Stockholm time with the unit, the staff and only the first name; the read is audited', async () => {
    const a = await newPatient(nurse, 'Ingrid');
    const p = (await search(nurse, a, 'health_check', dayIn(6))).proposals[0]!;
    const booked = (await nurse.post('/api/bookings', bodyOf(a, 'health_check', p))).body;
    const res = await nurse.get(`/api/bookings/${booked.id}/ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = res.body as string;
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('TZID:Europe/Stockholm');
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      minute: '2-digit',
    })
      .format(new Date(p.start))
      .replace(':', '');
    expect(ics).toMatch(new RegExp(`DTSTART;TZID=Europe/Stockholm:\\d{8}T${local}00`));
    expect(ics).toContain('SUMMARY:Hälsokontroll – Ingrid');
    expect(ics).toContain('Kumla vårdcentral SMO');
    expect(ics).toContain(String(p.steps[0]!.staffName));
    expect(ics).not.toContain('Testsson');
    const [audit] = await queryRows<{ action: string; detail: { format: string } }>(
      t.database.db,
      sql`select action, detail from audit_log where entity = 'booking' and entity_id = ${booked.id} order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ action: 'read', detail: { format: 'ics' } });
  });
});

describe('bad input and access', () => {
  const tables = ['bookings', 'allocations', 'audit_log'];
  const snapshot = () => Promise.all(tables.map((x) => countRows(t.database, x)));
  it.each([
    ['no steps', (b: any) => ({ ...b, proposal: { ...b.proposal, steps: [] } })],
    ['a start that is not a time', (b: any) => ({ ...b, proposal: { ...b.proposal, start: 'i morgon' } })],
    ['an unknown mode', (b: any) => ({ ...b, mode: 'maybe' })],
    ['a patient id that is not an id', (b: any) => ({ ...b, patientId: '42' })],
  ])('refuses a booking with %s: 400 with a message, nothing written', async (_what, change) => {
    const a = await newPatient(nurse);
    const p = (await search(nurse, a, 'nurse_visit', dayIn(7))).proposals[0]!;
    const before = await snapshot();
    const res = await nurse.post('/api/bookings', change(bodyOf(a, 'nurse_visit', p)));
    expect(res.status).toBe(400);
    expect(res.body.detail.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a search too far ahead and a calendar with a wrong time, with messages', async () => {
    const a = await newPatient(nurse);
    const far = await nurse.post('/api/scheduling/search', {
      patientId: a,
      visitTypeId: types.nurse_visit,
      weeks: 60,
    });
    expect(far.status).toBe(400);
    const chef = await t.as('chef');
    const staff = (await chef.get('/api/organisation/staff')).body[0];
    const bad = await chef.put(`/api/calendars/staff/${staff.id}`, {
      hours: [{ weekday: 1, from: '8', to: '16:00', validFrom: '2026-01-01', validTo: null }],
      overrides: [],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/TT:MM/);
  });

  it('lets the unit manager replace a calendar, and refuses a nurse', async () => {
    const chef = await t.as('chef');
    const ext = await chef.post('/api/external-participants', {
      kind: 'companion',
      name: 'Anna Ledsagare',
      organisation: null,
    });
    expect(ext.status).toBe(201);
    const body = {
      hours: [{ weekday: 2, from: '09:00', to: '12:00', validFrom: '2026-01-01', validTo: null }],
      overrides: [{ date: '2026-12-24', from: null, to: null, reason: 'Julafton' }],
    };
    const saved = await chef.put(`/api/calendars/external/${ext.body.id}`, body);
    expect(saved.status).toBe(200);
    expect(saved.body.hours).toEqual(body.hours);
    expect((await nurse.get(`/api/calendars/external/${ext.body.id}`)).body.overrides).toHaveLength(1);
    // Overlapping rows of one weekday, or the same day twice: refused with the row named, nothing changed.
    const overlapping = await chef.put(`/api/calendars/external/${ext.body.id}`, {
      hours: [
        ...body.hours,
        { weekday: 2, from: '11:00', to: '14:00', validFrom: '2026-06-01', validTo: null },
        { weekday: 3, from: '11:00', to: '14:00', validFrom: '2026-06-01', validTo: null },
      ],
      overrides: [...body.overrides, { date: '2026-12-24', from: '10:00', to: '12:00', reason: null }],
    });
    expect(overlapping.status).toBe(400);
    const problems = JSON.stringify(overlapping.body);
    expect(problems).toContain('Tiden överlappar rad 1 samma veckodag.');
    expect(problems).toContain('Dagen finns redan på rad 1.');
    expect(problems).not.toContain('rad 2 samma');
    expect((await nurse.get(`/api/calendars/external/${ext.body.id}`)).body.hours).toEqual(body.hours);
    expect((await nurse.put(`/api/calendars/external/${ext.body.id}`, body)).status).toBe(403);
    expect((await nurse.post('/api/external-participants', { kind: 'other', name: 'X' })).status).toBe(403);
    const list = (await nurse.get('/api/external-participants')).body as Array<{ name: string }>;
    expect(list.map((e) => e.name)).toContain('Anna Ledsagare');
    const closed = (await nurse.get(`/api/closed-days?year=${new Date().getFullYear()}`)).body as Array<{
      date: string;
      kind: string;
    }>;
    expect(closed.some((d) => d.date.endsWith('-12-25') && d.kind === 'holiday')).toBe(true);
    expect(closed.some((d) => d.date.endsWith('-12-24') && d.kind === 'eve')).toBe(true);
  });

  it('answers 404 to another region, and (logged) to a user without a care role at the unit', async () => {
    const a = await newPatient(nurse);
    const p = (await search(nurse, a, 'nurse_visit', dayIn(8))).proposals[0]!;
    const booked = (await nurse.post('/api/bookings', bodyOf(a, 'nurse_visit', p))).body;
    const sormland = await t.as('sormland');
    expect((await sormland.get(`/api/bookings/${booked.id}`)).status).toBe(404);
    expect(
      (await sormland.post('/api/scheduling/search', { patientId: a, visitTypeId: types.nurse_visit }))
        .status,
    ).toBe(404);
    const before = await countRows(t.database, 'bookings');
    expect((await sormland.post('/api/bookings', bodyOf(a, 'nurse_visit', p))).status).toBe(404);
    expect(await countRows(t.database, 'bookings')).toBe(before);
    const admin = await t.as('admin');
    expect((await admin.get(`/api/bookings/${booked.id}`)).status).toBe(404);
    const [denied] = await queryRows<{ action: string; user_id: string }>(
      t.database.db,
      sql`select action, user_id from audit_log where entity = 'booking' and entity_id = ${booked.id} order by id desc limit 1`,
    );
    expect(denied).toMatchObject({ action: 'denied', user_id: admin.me.user.id });
    expect((await admin.get(`/api/bookings/${booked.id}/ics`)).status).toBe(404);
  });
});

describe('concurrency', () => {
  const rounds = t?.database?.kind === 'postgres' || process.env.LOTSA_TEST_DB === 'postgres' ? 10 : 5;
  it(`50 concurrent bookings of the same time give exactly one 201 and 49 409s, over ${rounds} rounds`, async () => {
    const patients: string[] = [];
    for (let i = 0; i < 10; i++) patients.push(await newPatient(nurse, 'Samtidig'));
    for (let round = 0; round < rounds; round++) {
      const from = addDaysToLocalDate(dayIn(9), round * 2);
      const p = (await search(nurse, patients[0]!, 'health_check', from)).proposals[0]!;
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          nurse.post('/api/bookings', bodyOf(patients[i % patients.length]!, 'health_check', p)),
        ),
      );
      const statuses = replies.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      expect(replies.filter((r) => r.status === 409).every((r) => r.body.code === 'booking_conflict')).toBe(
        true,
      );
    }
    expect((await overlapping())[0]!.n).toBe(0);
  }, 600_000);
});

describe('a hold is checked again when it is confirmed (issue 21)', () => {
  it('refuses to confirm a hold whose day the unit has closed since (409, the hold stays), then confirms once it is open again', async () => {
    const a = await newPatient(nurse);
    const p = (await search(nurse, a, 'nurse_visit', dayIn(12))).proposals[0]!;
    const held = await nurse.post('/api/bookings', bodyOf(a, 'nurse_visit', p, 'hold'));
    expect(held.status).toBe(201);
    const day = new Date(p.start).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await t.database.db.execute(
      sql`insert into closed_days (region_id, unit_id, date, name, kind)
          values (${nurse.me.user.regionId}, ${nurse.me.activeUnitId}, ${day}, 'Studiedag', 'other')`,
    );
    const refused = await nurse.post(`/api/bookings/${held.body.id}/confirm`);
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.code).toBe('booking_conflict');
    expect(Array.isArray(refused.body.alternatives)).toBe(true);
    expect((await nurse.get(`/api/bookings/${held.body.id}`)).body.status).toBe('held');
    await t.database.db.execute(sql`delete from closed_days where date = ${day} and name = 'Studiedag'`);
    const confirmed = await nurse.post(`/api/bookings/${held.body.id}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.status).toBe('booked');
  });
});
