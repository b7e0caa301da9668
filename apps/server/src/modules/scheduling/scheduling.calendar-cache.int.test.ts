import { type Proposal, proposalRequest } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { localToday } from '../../lib/time.ts';
import { resolveSession, SESSION_COOKIE, toActor } from '../access/index.ts';
import { unwrapPatient, withPatient } from '../patients/index.ts';
import { calendarCacheStats } from './scheduling.calendar-cache.ts';
import { buildSearchContext } from './scheduling.input.service.ts';
import { addDaysToLocalDate } from './scheduling.rules.ts';
import type { Interval, SearchInput } from './search/search.types.ts';

// The search's calendar cache against the database it caches: for the same request, the input built from
// the cache must be exactly the input built from fresh reads, after bookings, cancellations, absences and
// changes written straight in SQL, and a transaction's own uncommitted writes must never reach the cache.

let t: TestApp;
let nurse: Client;
let actor: Actor;
let types: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  const token = decodeURIComponent(nurse.cookie!.slice(SESSION_COOKIE.length + 1));
  actor = toActor((await resolveSession(t.database.db, token, { sessionHours: 8 }))!);
  const list = (await nurse.get('/api/visit-types')).body as Array<{ id: string; code: string }>;
  types = Object.fromEntries(list.map((v) => [v.code, v.id]));
});
afterAll(() => t?.close());

interface Req {
  patientId: string;
  code: string;
  fromDate: string;
  days?: number;
  now?: Date;
  excludeBookingId?: string;
}

/** Builds the search input inside one audited transaction, from the cache or from the database. */
async function inputOf(r: Req, cache: boolean): Promise<SearchInput> {
  return unwrapPatient(
    await withPatient(
      { db: t.database.db, actor },
      r.patientId,
      { forUpdate: false, action: 'read', entity: 'scheduling_search' },
      async (tx, patient) => ({
        value: (
          await buildSearchContext(tx, actor, patient, {
            visitTypeId: types[r.code]!,
            fromDate: r.fromDate,
            days: r.days ?? 21,
            limit: 10,
            relax: [],
            now: r.now ?? new Date(),
            excludeBookingId: r.excludeBookingId,
            cache,
          })
        ).input,
      }),
    ),
  );
}

const sorted = (m: ReadonlyMap<string, readonly Interval[]>) =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
const comparable = (i: SearchInput) => ({
  ...i,
  relax: [...i.relax],
  free: sorted(i.free),
  busy: sorted(i.busy),
});

/** The cached input, after checking that it equals the database's and that the cache answered. */
async function expectSame(req: Req): Promise<SearchInput> {
  const r = { ...req, now: req.now ?? new Date() };
  const hits = calendarCacheStats.hits;
  const cached = await inputOf(r, true);
  expect(calendarCacheStats.hits).toBe(hits + 1);
  const fresh = await inputOf(r, false);
  expect(comparable(cached)).toEqual(comparable(fresh));
  return cached;
}

/** A booking request for a proposal the search answered, as the web client sends it. */
const bookingOf = (
  patientId: string,
  code: string,
  proposal: { start: string; steps: Array<Record<string, unknown>> },
  mode: 'book' | 'hold',
) => ({
  patientId,
  visitTypeId: types[code],
  mode,
  proposal: proposalRequest(proposal as unknown as Proposal),
});

const isBusy = (i: SearchInput, id: string, start: number, end: number) =>
  !(i.free.get(id) ?? []).some((f) => f.start <= start && end <= f.end);

async function kumlaPatients(n: number) {
  return queryRows<{ id: string }>(
    t.database.db,
    sql`select p.id from patients p
        where p.unit_id = ${nurse.me.activeUnitId}
          and exists (select 1 from care_team_assignments c where c.patient_id = p.id and c.valid_to is null)
        order by p.family_name, p.given_name limit ${n}`,
  );
}

describe('the calendar cache', () => {
  it('gives the same search input as the database for every visit type, patient and start', async () => {
    const today = localToday();
    for (const { id } of await kumlaPatients(4))
      for (const code of Object.keys(types))
        for (const fromDate of [today, addDaysToLocalDate(today, 9)])
          await expectSame({ patientId: id, code, fromDate });
  });

  it('sees a booking, its cancellation, an absence and a change written straight in SQL', async () => {
    const [p] = await kumlaPatients(1);
    const fromDate = addDaysToLocalDate(localToday(), 40);
    const req = { patientId: p!.id, code: 'health_check', fromDate, days: 7 };
    await expectSame(req);

    const found = await nurse.post('/api/scheduling/search', {
      patientId: p!.id,
      visitTypeId: types.health_check,
      fromDate,
      weeks: 1,
    });
    const proposal = found.body.proposals[0];
    const booked = await nurse.post('/api/bookings', bookingOf(p!.id, 'health_check', proposal, 'book'));
    expect(booked.status).toBe(201);
    const step = proposal.steps[0];
    const [start, end] = [Date.parse(step.start), Date.parse(step.end)];
    expect(isBusy(await expectSame(req), step.staffId, start, end)).toBe(true);

    expect((await nurse.post(`/api/bookings/${booked.body.id}/cancel`, { reason: 'Test' })).status).toBe(200);
    expect(isBusy(await expectSame(req), step.staffId, start, end)).toBe(false);

    // An absence for the whole week, written in SQL as another server instance or module might.
    await t.database.db.execute(
      sql`insert into staff_absences (region_id, staff_id, from_date, to_date, reason)
          values (${actor.regionId}, ${step.staffId}, ${fromDate}, ${addDaysToLocalDate(fromDate, 6)}, 'Kurs')`,
    );
    const loads = calendarCacheStats.fullLoads;
    const away = await expectSame(req);
    expect(calendarCacheStats.fullLoads).toBe(loads + 1);
    expect(away.free.get(step.staffId) ?? []).toEqual([]);

    // An allocation moved in SQL: the next search reads only that change.
    const [a] = await queryRows<{ id: string; resource_id: string; start: number; end: number }>(
      t.database.db,
      sql`select id, resource_id, (extract(epoch from starts_at) * 1000)::float8 as start,
            (extract(epoch from ends_at) * 1000)::float8 as end from allocations
          where region_id = ${actor.regionId} and active and resource_kind = 'room' and starts_at > now()
          order by starts_at limit 1`,
    );
    await inputOf(req, true); // Up to date before the change.
    const deltas = calendarCacheStats.deltaReads;
    await t.database.db.execute(sql`update allocations set active = false where id = ${a!.id}`);
    const roomDay = localToday(new Date(a!.start));
    const freed = await expectSame({ ...req, fromDate: roomDay, days: 1 });
    expect(calendarCacheStats.deltaReads).toBe(deltas + 1);
    expect(isBusy(freed, a!.resource_id, a!.start, a!.end)).toBe(false);
  });

  it('never keeps what a transaction wrote and then rolled back', async () => {
    const [a] = await queryRows<{ id: string; resource_id: string; start: number; end: number }>(
      t.database.db,
      sql`select id, resource_id, (extract(epoch from starts_at) * 1000)::float8 as start,
            (extract(epoch from ends_at) * 1000)::float8 as end from allocations
          where region_id = ${actor.regionId} and active and resource_kind = 'room' and starts_at > now()
          order by starts_at limit 1`,
    );
    const [p] = await kumlaPatients(1);
    const req = {
      patientId: p!.id,
      code: 'health_check',
      fromDate: localToday(new Date(a!.start)),
      days: 1,
    };
    expect(isBusy(await expectSame(req), a!.resource_id, a!.start, a!.end)).toBe(true);
    const bypasses = calendarCacheStats.bypasses;
    await expect(
      withPatient(
        { db: t.database.db, actor },
        p!.id,
        { forUpdate: false, action: 'read', entity: 'scheduling_search' },
        async (tx, patient) => {
          await tx.execute(sql`update allocations set active = false where id = ${a!.id}`);
          const inside = await buildSearchContext(tx, actor, patient, {
            visitTypeId: types.health_check!,
            fromDate: req.fromDate,
            days: 1,
            limit: 10,
            relax: [],
            now: new Date(),
          });
          // Inside the transaction its own change counts, read from the database, not the cache.
          expect(isBusy(inside.input, a!.resource_id, a!.start, a!.end)).toBe(false);
          throw new Error('roll back');
        },
      ),
    ).rejects.toThrow('roll back');
    expect(calendarCacheStats.bypasses).toBe(bypasses + 1);
    expect(isBusy(await expectSame(req), a!.resource_id, a!.start, a!.end)).toBe(true);
  });

  it('frees an expired hold, and the booking being rescheduled, as the database does', async () => {
    const [, p] = await kumlaPatients(2);
    const fromDate = addDaysToLocalDate(localToday(), 45);
    const found = await nurse.post('/api/scheduling/search', {
      patientId: p!.id,
      visitTypeId: types.nurse_visit,
      fromDate,
      weeks: 1,
    });
    const proposal = found.body.proposals[0];
    const held = await nurse.post('/api/bookings', bookingOf(p!.id, 'nurse_visit', proposal, 'hold'));
    expect(held.status).toBe(201);
    const step = proposal.steps[0];
    const [start, end] = [Date.parse(step.start), Date.parse(step.end)];
    const req = { patientId: p!.id, code: 'nurse_visit', fromDate, days: 7 };
    expect(isBusy(await expectSame(req), step.staffId, start, end)).toBe(true);
    const later = new Date(Date.now() + 10 * 60_000);
    expect(isBusy(await expectSame({ ...req, now: later }), step.staffId, start, end)).toBe(false);
    expect(
      isBusy(await expectSame({ ...req, excludeBookingId: held.body.id }), step.staffId, start, end),
    ).toBe(false);
  });
  it('stays equal to the database while bookings and searches run at the same time', async () => {
    const patients = await kumlaPatients(6);
    const base = addDaysToLocalDate(localToday(), 60);
    const plans = await Promise.all(
      patients.map(async ({ id }, i) => {
        const fromDate = addDaysToLocalDate(base, i * 7);
        const found = await nurse.post('/api/scheduling/search', {
          patientId: id,
          visitTypeId: types.nurse_visit,
          fromDate,
          weeks: 1,
        });
        return { id, fromDate, proposal: found.body.proposals[0] };
      }),
    );
    const results = await Promise.all(
      plans.flatMap(({ id, fromDate, proposal }) => [
        nurse.post('/api/bookings', bookingOf(id, 'nurse_visit', proposal, 'book')),
        nurse.post('/api/scheduling/search', {
          patientId: id,
          visitTypeId: types.team_visit,
          fromDate,
          weeks: 2,
        }),
      ]),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(plans.length);
    for (const { id, fromDate } of plans) {
      const input = await expectSame({ patientId: id, code: 'nurse_visit', fromDate, days: 7 });
      // Each patient's own booking is busy time for the patient.
      expect(input.free.get(id)).toBeDefined();
    }
  });
});
