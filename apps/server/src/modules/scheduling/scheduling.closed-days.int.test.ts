import { makeTestIdentityNumber } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { TIME_ZONE } from '../../lib/time.ts';
import { nextOpenDay, readClosedDays } from './index.ts';

// Closed days for any year: the Swedish public holidays and closed eves are computed (date-holidays),
// not seeded, and a region's or unit's own closed days (closed_days) come on top. Issue 21, item 1.

let t: TestApp;
let nurse: Client;
let types: Record<string, string>;
let patientId: string;

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
  const list = (await nurse.get('/api/visit-types')).body as Array<{ id: string; code: string }>;
  types = Object.fromEntries(list.map((v) => [v.code, v.id]));
  const res = await nurse.post('/api/patients', {
    identityNumber: makeTestIdentityNumber('1933-02-11', 983),
    givenName: 'Stängd',
    familyName: 'Dagsson',
    municipalityCode: '1881',
  });
  expect(res.status).toBe(201);
  patientId = res.body.id;
});
afterAll(() => t?.close());

const localDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });

/** The local dates a week's search from `fromDate` proposes a nurse visit on. */
async function proposedDates(fromDate: string): Promise<Set<string>> {
  const res = await nurse.post('/api/scheduling/search', {
    patientId,
    visitTypeId: types.nurse_visit,
    fromDate,
    weeks: 1,
    limit: 50,
  });
  expect(res.status).toBe(200);
  const dates = new Set((res.body.proposals as Array<{ start: string }>).map((p) => localDate(p.start)));
  expect(dates.size).toBeGreaterThan(0);
  return dates;
}

describe('closed days after the demo years', () => {
  it('stores no Swedish holidays: the demo seeds none, closed_days holds only own days', async () => {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from closed_days where kind in ('holiday', 'eve')`,
    );
    expect(row!.n).toBe(0);
  });

  it('does not propose trettondedag jul 2028 nor Easter 2028, but the days around them', async () => {
    const epiphany = await proposedDates('2028-01-06'); // Thursday
    expect(epiphany.has('2028-01-06')).toBe(false);
    expect(epiphany.has('2028-01-07')).toBe(true);
    const easter = await proposedDates('2028-04-13'); // skärtorsdag, a working day
    expect(easter.has('2028-04-13')).toBe(true);
    expect(easter.has('2028-04-14')).toBe(false); // långfredagen
    expect(easter.has('2028-04-17')).toBe(false); // annandag påsk
    expect(easter.has('2028-04-18')).toBe(true);
  });

  it('lists holidays and closed eves of any year, and the unit calendar shows them closed', async () => {
    const list = (await nurse.get('/api/closed-days?year=2031')).body as Array<{
      date: string;
      name: string;
      kind: string;
    }>;
    expect(list).toContainEqual({ date: '2031-01-06', name: 'trettondedag jul', kind: 'holiday' });
    expect(list).toContainEqual({ date: '2031-06-20', name: 'midsommarafton', kind: 'eve' });
    expect(list).toContainEqual({ date: '2031-12-24', name: 'julafton', kind: 'eve' });
    expect(list).toContainEqual({ date: '2031-12-31', name: 'nyårsafton', kind: 'eve' });
    const cal = await nurse.get('/api/calendar?from=2028-04-13&to=2028-04-18');
    expect(cal.status).toBe(200);
    expect(cal.body.closedDays.map((d: { date: string }) => d.date)).toEqual([
      '2028-04-14',
      '2028-04-15',
      '2028-04-16',
      '2028-04-17',
    ]);
    const openOn = (date: string) =>
      cal.body.resources.some((r: { open: Array<{ start: string }> }) =>
        r.open.some((i) => localDate(i.start) === date),
      );
    expect(openOn('2028-04-13')).toBe(true);
    expect(openOn('2028-04-14')).toBe(false);
  });

  it("closes a region's own day for every unit of the region, and a unit's own day for that unit", async () => {
    const regionId = nurse.me.user.regionId;
    const unitId = nurse.me.activeUnitId!;
    // Wednesday 8 March 2028 region-wide, Thursday 9 March for the unit only.
    await t.database.db.execute(
      sql`insert into closed_days (region_id, unit_id, date, name, kind) values
          (${regionId}, null, '2028-03-08', 'Regionens planeringsdag', 'other'),
          (${regionId}, ${unitId}, '2028-03-09', 'Enhetens utbildningsdag', 'other')`,
    );
    const dates = await proposedDates('2028-03-07');
    expect(dates.has('2028-03-07')).toBe(true);
    expect(dates.has('2028-03-08')).toBe(false);
    expect(dates.has('2028-03-09')).toBe(false);
    expect(dates.has('2028-03-10')).toBe(true);
    const list = (await nurse.get('/api/closed-days?year=2028')).body as Array<{
      date: string;
      kind: string;
    }>;
    expect(list).toContainEqual({ date: '2028-03-08', name: 'Regionens planeringsdag', kind: 'other' });
    expect(list).toContainEqual({ date: '2028-03-09', name: 'Enhetens utbildningsdag', kind: 'other' });
    expect(list).toContainEqual({ date: '2028-01-06', name: 'trettondedag jul', kind: 'holiday' });
    // The letters page's "next open day": past both, and the region's day alone for the region.
    expect(await nextOpenDay(t.database.db, regionId, unitId, '2028-03-07')).toBe('2028-03-10');
    expect(await nextOpenDay(t.database.db, regionId, null, '2028-03-07')).toBe('2028-03-09');
    // The series' reason names the day.
    const closed = await readClosedDays(t.database.db, regionId, unitId, { from: '2028-03-09' });
    expect(closed.between('2028-03-09', '2028-03-09')).toEqual([
      { date: '2028-03-09', name: 'Enhetens utbildningsdag', kind: 'other' },
    ]);
  });
});

describe('a region without any demo data', () => {
  it('has the Swedish closed days of any year as soon as it exists', async () => {
    // Nothing is seeded for a new region (what an install without the demo has), and no row is stored.
    const [region] = await queryRows<{ id: string }>(
      t.database.db,
      sql`insert into regions (code, name) values ('99', 'Ny region') returning id`,
    );
    const closed = await readClosedDays(t.database.db, region!.id, null, { from: '2029-12-01' });
    expect(closed.between('2029-12-20', '2030-01-07').map((d) => d.date)).toEqual([
      '2029-12-24',
      '2029-12-25',
      '2029-12-26',
      '2029-12-31',
      '2030-01-01',
      '2030-01-06',
    ]);
    expect(closed.has('2029-12-27')).toBe(false);
    expect(await nextOpenDay(t.database.db, region!.id, null, '2029-12-21')).toBe('2029-12-27');
  });
});
