import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { localToday } from '../../lib/time.ts';
import { addDaysToLocalDate } from './scheduling.rules.ts';

let t: TestApp;
let nurse: Client;

beforeAll(async () => {
  t = await startTestApp();
  nurse = await t.as('sjukskoterska');
});
afterAll(() => t?.close());

const auditOf = (patientId: string) =>
  queryRows<{ entity: string; action: string; detail: Record<string, unknown> | null }>(
    t.database.db,
    sql`select entity, action, detail from audit_log where ${patientId} = any(patient_ids) order by id`,
  );

describe('one search, one audit entry', () => {
  it('reads the adaptations and the care team inside the search and writes exactly one entry for the patient', async () => {
    // A demo patient of the nurse's unit with an adaptation profile and fixed contacts: all three reads happen.
    const [p] = await queryRows<{ id: string; version: number; unit_id: string }>(
      t.database.db,
      sql`select p.id, p.unit_id, max(a.version)::int as version
          from patients p
          join adaptation_versions a on a.patient_id = p.id
          where p.unit_id = ${nurse.me.activeUnitId}
            and exists (select 1 from care_team_assignments c where c.patient_id = p.id and c.valid_to is null)
          group by p.id, p.unit_id
          order by p.id
          limit 1`,
    );
    expect(p).toBeDefined();
    const types = (await nurse.get('/api/visit-types')).body as Array<{ id: string; code: string }>;
    const team = types.find((v) => v.code === 'team_visit')!;
    const before = await auditOf(p!.id);
    const res = await nurse.post('/api/scheduling/search', {
      patientId: p!.id,
      visitTypeId: team.id,
      fromDate: addDaysToLocalDate(localToday(), 35),
      weeks: 2,
    });
    expect(res.status).toBe(200);
    expect(res.body.requirements).toBeDefined();
    const added = (await auditOf(p!.id)).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      entity: 'scheduling_search',
      action: 'read',
      detail: { visitTypeId: team.id, weeks: 2, adaptationsVersion: p!.version },
    });
  });
});

describe('.ics of a cancelled booking', () => {
  it('says STATUS:CANCELLED with a higher SEQUENCE; DTSTAMP is UTC', async () => {
    const [b] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from bookings where unit_id = ${nurse.me.activeUnitId} and status = 'booked'
          and starts_at > now() order by starts_at limit 1`,
    );
    const booked = (await nurse.get(`/api/bookings/${b!.id}/ics`)).body as string;
    expect(booked).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(booked).toContain('SEQUENCE:0');
    expect(booked).not.toContain('STATUS:CANCELLED');
    expect(booked).toMatch(/DTSTART;TZID=Europe\/Stockholm:\d{8}T\d{6}\r\n/);
    expect((await nurse.post(`/api/bookings/${b!.id}/cancel`, { reason: 'Sjuk' })).status).toBe(200);
    const cancelled = (await nurse.get(`/api/bookings/${b!.id}/ics`)).body as string;
    expect(cancelled).toContain('STATUS:CANCELLED');
    expect(cancelled).toContain('SEQUENCE:1');
    expect(cancelled).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(cancelled).toContain('Besöket är avbokat.');
  });
});
