import { type Message, makeTestIdentityNumber, renderAnyMessage } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, countRows, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { localToday, TIME_ZONE } from '../../lib/time.ts';
import { addDaysToLocalDate, seriesDates } from './scheduling.rules.ts';

// Booking a recurring visit (the demo's joint session with the municipality and habilitation, every
// other Wednesday at 13:00) for a patient several times in one go.

let t: TestApp;
let nurse: Client;
let types: Record<
  string,
  { id: string; recurrence: { everyWeeks: number; weekday: number; time: string } | null }
>;

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  const list = (await nurse.get('/api/visit-types')).body as Array<{
    id: string;
    code: string;
    recurrence: { everyWeeks: number; weekday: number; time: string } | null;
  }>;
  types = Object.fromEntries(list.map((v) => [v.code, v]));
});
afterAll(() => t?.close());

let serial = 0;
async function newPatient(): Promise<string> {
  serial++;
  const res = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber(`1932-03-${String(serial).padStart(2, '0')}`, 987),
    givenName: 'Serie',
    familyName: `Testsson${serial}`,
    municipalityCode: '1881',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const localDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
const localTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const overlapping = async () =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from allocations a join allocations b
          on a.resource_id = b.resource_id and a.id < b.id and a.active and b.active
          and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')`,
    )
  )[0]!.n;

describe('booking a series', () => {
  // Eight weeks ahead: away from the demo's own bookings.
  const fromDate = addDaysToLocalDate(localToday(), 56);

  it('books every series date at the series time, each as its own booking', async () => {
    const joint = types.joint_session!;
    expect(joint.recurrence).toEqual({ everyWeeks: 2, weekday: 3, time: '13:00' });
    const patientId = await newPatient();
    const res = await nurse.post('/api/bookings/series', {
      patientId,
      visitTypeId: joint.id,
      fromDate,
      count: 4,
      note: 'Gemensam mottagning',
    });
    expect(res.status).toBe(200);
    const dates = seriesDates(fromDate, joint.recurrence!, 4);
    expect(res.body.occurrences.map((o: { date: string }) => o.date)).toEqual(dates);
    expect(res.body.booked).toBe(4);
    for (const [i, o] of res.body.occurrences.entries()) {
      expect(o).toMatchObject({ status: 'booked', atSeriesTime: true, reasons: [] });
      expect(localDate(o.booking.start)).toBe(dates[i]);
      expect(localTime(o.booking.start)).toBe('13:00');
      expect(o.booking).toMatchObject({
        status: 'booked',
        note: 'Gemensam mottagning',
        visitTypeCode: 'joint_session',
      });
      // The municipal nurse and the habilitation are booked with the patient's nurse.
      expect(o.booking.allocations.filter((a: { kind: string }) => a.kind === 'external')).toHaveLength(2);
    }
    const list = await nurse.get(`/api/patients/${patientId}/bookings`);
    expect(list.body.filter((b: { status: string }) => b.status === 'booked')).toHaveLength(4);
    // One audit entry per date.
    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where ${patientId} = any(patient_ids) and entity = 'booking'
          and action = 'create'`,
    );
    expect(audit!.n).toBe(4);
  });

  it('moves a date to another time when the series time is taken, and reports a closed date', async () => {
    const joint = types.joint_session!;
    const dates = seriesDates(fromDate, joint.recurrence!, 3);
    // The unit is closed on the series' second date.
    await t.database.db.execute(
      sql`insert into closed_days (region_id, unit_id, date, name, kind)
          values (${nurse.me.user.regionId}, ${nurse.me.activeUnitId}, ${dates[1]}, 'Studiedag', 'other')`,
    );
    const patientId = await newPatient();
    const res = await nurse.post('/api/bookings/series', {
      patientId,
      visitTypeId: joint.id,
      fromDate,
      count: 3,
    });
    expect(res.status).toBe(200);
    const [first, second, third] = res.body.occurrences;
    // The first patient has the external participants at 13:00 on the first and third dates.
    expect(first).toMatchObject({ status: 'booked', atSeriesTime: false });
    expect(localDate(first.booking.start)).toBe(dates[0]);
    expect(localTime(first.booking.start)).not.toBe('13:00');
    expect(second).toMatchObject({ status: 'not_booked', booking: null });
    expect(second.reasons.map((m: Message) => renderAnyMessage('sv', m.code, m.params)).join(' ')).toMatch(
      /stäng|closed/i,
    );
    expect(second.reasons).toContainEqual({
      code: 'series_unit_closed',
      params: { name: expect.any(String) },
    });
    expect(third.status).toBe('booked');
    expect(res.body.booked).toBe(2);
    expect(await overlapping()).toBe(0);
  });

  it('cancels the rest of a series in one step, with one reason, and frees the times', async () => {
    const joint = types.joint_session!;
    const patientId = await newPatient();
    const later = addDaysToLocalDate(fromDate, 84);
    const res = await nurse.post('/api/bookings/series', {
      patientId,
      visitTypeId: joint.id,
      fromDate: later,
      count: 3,
    });
    const booked = res.body.occurrences.filter((o: { status: string }) => o.status === 'booked');
    expect(booked.length).toBeGreaterThan(1);
    const seriesId = booked[0].booking.seriesId as string;
    expect(seriesId).toMatch(/^[0-9a-f-]{36}$/);
    for (const o of booked) expect(o.booking.seriesId).toBe(seriesId);

    const cancel = await nurse.post(`/api/bookings/series/${seriesId}/cancel`, {
      reason: 'Slutar i gruppen',
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.cancelled).toHaveLength(booked.length);
    for (const b of cancel.body.cancelled)
      expect(b).toMatchObject({ status: 'cancelled', cancelReason: 'Slutar i gruppen', seriesId });
    const [active] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from allocations a join bookings b on b.id = a.booking_id
          where b.series_id = ${seriesId} and a.active`,
    );
    expect(active!.n).toBe(0);
    const [audit] = await queryRows<{ detail: Record<string, unknown> }>(
      t.database.db,
      sql`select detail from audit_log where entity = 'booking' and entity_id = ${seriesId}`,
    );
    expect(audit!.detail).toMatchObject({ action: 'cancel_series', reason: 'Slutar i gruppen' });

    // Nothing left ahead: an empty answer; an unknown series: 404; no reason: 400.
    const again = await nurse.post(`/api/bookings/series/${seriesId}/cancel`, { reason: 'Igen' });
    expect(again.body.cancelled).toEqual([]);
    const unknown = await nurse.post('/api/bookings/series/00000000-0000-4000-8000-000000000000/cancel', {
      reason: 'X',
    });
    expect(unknown.status).toBe(404);
    const noReason = await nurse.post(`/api/bookings/series/${seriesId}/cancel`, {});
    expect(noReason.status).toBe(400);
  });

  it('refuses a visit type that does not recur and a bad count, and books nothing', async () => {
    const patientId = await newPatient();
    const before = await countRows(t.database, 'bookings');
    const single = await nurse.post('/api/bookings/series', {
      patientId,
      visitTypeId: types.health_check!.id,
      fromDate,
      count: 3,
    });
    expect(single.status).toBe(400);
    expect(single.body.code).toBe('visit_type_not_recurring');
    expect(single.body.detail).toMatch(/återkommande/);
    const zero = await nurse.post('/api/bookings/series', {
      patientId,
      visitTypeId: types.joint_session!.id,
      count: 0,
    });
    expect(zero.status).toBe(400);
    expect(JSON.stringify(zero.body)).toMatch(/Minst ett tillfälle/);
    const many = await nurse.post('/api/bookings/series', {
      patientId,
      visitTypeId: types.joint_session!.id,
      count: 27,
    });
    expect(many.status).toBe(400);
    expect(await countRows(t.database, 'bookings')).toBe(before);
  });

  it('answers 404 for a patient of another region and writes nothing', async () => {
    const before = await countRows(t.database, 'bookings');
    const res = await nurse.post('/api/bookings/series', {
      patientId: '00000000-0000-4000-8000-000000000000',
      visitTypeId: types.joint_session!.id,
      fromDate,
      count: 2,
    });
    expect(res.status).toBe(404);
    expect(await countRows(t.database, 'bookings')).toBe(before);
  });
});
