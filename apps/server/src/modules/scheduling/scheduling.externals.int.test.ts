import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../db/database.ts';

// External participants (the municipal nurse, habilitation, a companion …): the unit manager adds them,
// changes them, and takes them out of use once no visit ahead needs them.

let t: TestApp;
let chef: Client;
let nurse: Client;

beforeAll(async () => {
  t = await startTestApp();
  chef = await t.as('chef');
  nurse = await t.as('sjukskoterska');
});
afterAll(() => t?.close());

const listed = async () =>
  (
    (await chef.get('/api/external-participants')).body as Array<{
      id: string;
      name: string;
      phone: string | null;
    }>
  )
    .map((x) => x.name)
    .sort();

describe('external participants', () => {
  it('are changed by the unit manager only, with messages for bad input', async () => {
    const added = await chef.post('/api/external-participants', {
      kind: 'interpreter',
      name: 'Tolk Testsson',
      organisation: 'Tolkservice',
    });
    expect(added.status).toBe(201);
    const id = added.body.id as string;

    const changed = await chef.put(`/api/external-participants/${id}`, {
      kind: 'interpreter',
      name: 'Tolk Testsson-Ek',
      organisation: 'Tolkservice',
      phone: '019-55 55 55',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id, name: 'Tolk Testsson-Ek', phone: '019-55 55 55' });
    expect(await listed()).toContain('Tolk Testsson-Ek');

    const empty = await chef.put(`/api/external-participants/${id}`, { kind: 'interpreter', name: '' });
    expect(empty.status).toBe(400);
    const byNurse = await nurse.put(`/api/external-participants/${id}`, { kind: 'interpreter', name: 'X' });
    expect(byNurse.status).toBe(403);
    const unknown = await chef.put('/api/external-participants/00000000-0000-4000-8000-000000000000', {
      kind: 'other',
      name: 'X',
    });
    expect(unknown.status).toBe(404);
    expect(await listed()).toContain('Tolk Testsson-Ek');

    // Out of use: gone from the list; the row stays for the visits it was part of.
    const off = await chef.put(`/api/external-participants/${id}`, {
      kind: 'interpreter',
      name: 'Tolk Testsson-Ek',
      active: false,
    });
    expect(off.status).toBe(200);
    expect(await listed()).not.toContain('Tolk Testsson-Ek');
  });

  it('refuses to take out of use someone booked for visits ahead, and says how many', async () => {
    const [busy] = await queryRows<{ id: string; name: string; kind: string; n: number }>(
      t.database.db,
      sql`select e.id, e.name, e.kind, count(*)::int as n from external_participants e
          join allocations a on a.resource_id = e.id and a.active and a.ends_at > now()
          where e.unit_id = ${chef.me.activeUnitId}
          group by e.id, e.name, e.kind order by e.name limit 1`,
    );
    expect(busy).toBeDefined();
    const res = await chef.put(`/api/external-participants/${busy!.id}`, {
      kind: busy!.kind,
      name: busy!.name,
      active: false,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('external_has_visits');
    expect(res.body.detail).toContain(`${busy!.n} kommande besök`);
    expect(await listed()).toContain(busy!.name);
  });
});
