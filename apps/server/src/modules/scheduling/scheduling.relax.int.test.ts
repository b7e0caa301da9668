import { makeTestIdentityNumber, proposalRequest } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';
import { localToday } from '../../lib/time.ts';
import { addDaysToLocalDate } from './scheduling.rules.ts';

// "If the floor lift can be arranged another way there is a time": the booker searches without the room
// requirements and books such a time, which the server then accepts only when the booking says so.

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

describe('searching and booking without the room requirements', () => {
  it('proposes rooms without the lift only when asked, and books one only when the booking waives them', async () => {
    const created = await nurse.post('/api/patients', {
      identityNumber: makeTestIdentityNumber('1933-04-05', 989),
      givenName: 'Lyft',
      familyName: 'Testsson',
      municipalityCode: '1881',
    });
    const patientId = created.body.id as string;
    const saved = await nurse.put(`/api/patients/${patientId}/adaptations`, {
      items: [{ code: 'MOB-FLOOR-LIFT' }, { code: 'MOB-WIDE-BENCH' }],
      topThree: [],
      consentBy: 'patient',
    });
    expect(saved.status).toBe(200);
    const rooms = await queryRows<{ id: string; features: string[] }>(
      t.database.db,
      sql`select id, features from rooms where unit_id = ${nurse.me.activeUnitId}`,
    );
    const lacksLift = (roomId: unknown) =>
      rooms.find((r) => r.id === roomId)?.features.includes('floor_lift') === false;
    const fromDate = addDaysToLocalDate(localToday(), 35);
    const search = (relax: string[]) =>
      nurse.post('/api/scheduling/search', {
        patientId,
        visitTypeId: types.nurse_visit,
        fromDate,
        weeks: 2,
        limit: 50,
        relax,
      });

    // As the patient needs: a room with the lift, or the mobile lift brought to another room.
    const strict = await search([]);
    expect(strict.status).toBe(200);
    for (const p of strict.body.proposals)
      for (const s of p.steps)
        if (lacksLift(s.roomId)) expect((s.equipmentIds as string[]).length).toBeGreaterThan(0);

    const relaxed = await search(['equipment']);
    expect(relaxed.status).toBe(200);
    const bare = relaxed.body.proposals.find((p: { steps: Array<Record<string, unknown>> }) =>
      p.steps.every((s) => lacksLift(s.roomId) && (s.equipmentIds as string[]).length === 0),
    );
    expect(bare).toBeDefined();

    const body = {
      patientId,
      visitTypeId: types.nurse_visit,
      mode: 'book',
      proposal: proposalRequest(bare),
    };
    const refused = await nurse.post('/api/bookings', body);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/golvlyft|floor lift/i);

    const booked = await nurse.post('/api/bookings', { ...body, waiveRoomFeatures: true });
    expect(booked.status).toBe(201);
    const [audit] = await queryRows<{ detail: Record<string, unknown> }>(
      t.database.db,
      sql`select detail from audit_log where entity = 'booking' and entity_id = ${booked.body.id}`,
    );
    expect(audit!.detail).toMatchObject({ waivedRoomFeatures: true });
  });
});
