import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRegion } from '../../test/audit-region.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { appendAudit, captureSealHorizon, horizonReached, sealAuditLog, verifyAuditChain } from './index.ts';

// Decision 0009, the one case PGlite cannot show: a second connection holding a transaction open while
// another commits a higher number (PGlite is one connection). *.pg.int.test.ts runs on the PostgreSQL
// server only (vitest.config.ts).

let t: TestApp;
const db = () => t.database.db;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const region = (n: number) => auditRegion(db(), n);

describe('sealing beside an open transaction (PostgreSQL server)', () => {
  it('leaves a lower number of a transaction still open unsealed until it ends (PostgreSQL)', async () => {
    const { regionId } = await region(1);
    await sealAuditLog(db());
    // A transaction takes a number and stays open; a later one commits a higher number.
    const url = (t.database.db as unknown as { $client: pg.Pool }).$client.options.connectionString;
    const open = new pg.Client({ connectionString: url });
    await open.connect();
    try {
      await open.query('begin');
      await open.query(
        `insert into audit_log (region_id, user_name, action, entity, reason) values ($1, 'Långsam', 'read', 'patient', 'test')`,
        [regionId],
      );
      await appendAudit(
        db(),
        { regionId, userId: null, userName: 'Snabb', activeUnitId: null, reason: 'test' },
        { action: 'read', entity: 'patient', patientIds: [] },
      );
      const h = await captureSealHorizon(db());
      expect(await horizonReached(db(), h)).toBe(false);
      expect(await sealAuditLog(db(), { waitMs: 300 })).toBe(0);
      await open.query('commit');
      expect(await sealAuditLog(db())).toBeGreaterThan(0);
    } finally {
      await open.end();
    }
    const v = await verifyAuditChain(db(), regionId);
    expect(v).toMatchObject({ intact: true, checked: 3, unsealed: 0, firstBrokenSeq: null });
  });
});
