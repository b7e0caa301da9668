import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRegion } from '../../test/audit-region.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { queryRows } from '../db/database.ts';
import { auditSealing } from '../ops/audit-sealing.ts';
import { JobRunner } from '../ops/jobs.ts';
import { appendAudit, sealAuditLog, verifyAuditChain } from './index.ts';

// Decision 0009: rows are written without a lock and sealed afterwards. Each tampering case runs in a
// region of its own (fresh rows, sealed or not), done the way only a database superuser can: with the
// append-only triggers switched off.

let t: TestApp;
const db = () => t.database.db;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const region = (n = 5) => auditRegion(db(), n);

/** Runs statements as a superuser would: with the append-only guards (and the numbering) off. */
async function behindTheTriggers(...statements: ReturnType<typeof sql>[]) {
  await db().execute(sql`alter table audit_log disable trigger user`);
  await db().execute(sql`alter table audit_seals disable trigger user`);
  try {
    for (const s of statements) await db().execute(s);
  } finally {
    await db().execute(sql`alter table audit_log enable trigger user`);
    await db().execute(sql`alter table audit_seals enable trigger user`);
  }
}

const rehash = (regionId: string) =>
  sql`update audit_log a set hash = audit_log_row_hash(a) where region_id = ${regionId}`;

describe('writing and sealing', () => {
  it('numbers rows from one sequence without a lock, and seals them in seq order', async () => {
    const { regionId, seqs } = await region(4);
    expect(seqs).toHaveLength(4);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);
    const before = await verifyAuditChain(db(), regionId); // seals first
    expect(before).toMatchObject({ intact: true, checked: 4, unsealed: 0, seals: 1, firstBrokenSeq: null });
    const [seal] = await queryRows<{ after_seq: string; last_seq: string; row_count: number }>(
      db(),
      sql`select after_seq, last_seq, row_count from audit_seals where region_id = ${regionId}`,
    );
    expect([Number(seal!.after_seq), Number(seal!.last_seq), seal!.row_count]).toEqual([0, seqs[3], 4]);
    // Sealing again makes no new seal for the region; new rows get the next one, chained to the first.
    await sealAuditLog(db());
    const seals = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from audit_seals where region_id = ${regionId}`,
    );
    expect(seals[0]!.n).toBe(1);
    await appendAudit(
      db(),
      { regionId, userId: null, userName: 'Testare', activeUnitId: null, reason: 'test' },
      { action: 'list', entity: 'patient', patientIds: [] },
    );
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: true, checked: 5, seals: 2 });
  });

  it('seals are append-only too', async () => {
    const { regionId } = await region(1);
    await sealAuditLog(db());
    await expect(
      db().execute(sql`update audit_seals set row_count = 0 where region_id = ${regionId}`),
    ).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_seals where region_id = ${regionId}`)).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_seals`)).rejects.toThrow();
  });
});

describe('tampering with sealed rows is found', () => {
  it('an edited row (hash left as it was): that row', async () => {
    const { regionId, seqs } = await region();
    await sealAuditLog(db());
    await behindTheTriggers(
      sql`update audit_log set user_name = 'Någon annan' where region_id = ${regionId} and seq = ${seqs[2]}`,
    );
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: false, firstBrokenSeq: seqs[2] });
  });

  it('an edited row with its hash computed again: the seal over it', async () => {
    const { regionId, seqs } = await region();
    await sealAuditLog(db());
    await behindTheTriggers(
      sql`update audit_log set reason = 'annat' where region_id = ${regionId} and seq = ${seqs[3]}`,
      rehash(regionId),
    );
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: false, firstBrokenSeq: seqs[0] });
  });

  it('a deleted row', async () => {
    const { regionId, seqs } = await region();
    await sealAuditLog(db());
    await behindTheTriggers(sql`delete from audit_log where region_id = ${regionId} and seq = ${seqs[1]}`);
    const v = await verifyAuditChain(db(), regionId);
    expect(v).toMatchObject({ intact: false, firstBrokenSeq: seqs[0], checked: 4 });
  });

  it('an inserted row, with a number inside the sealed range and a correct hash', async () => {
    const { regionId, seqs } = await region();
    await sealAuditLog(db());
    const forged = seqs[0]! - 1; // free in this region: another region's number, or 0
    await behindTheTriggers(
      sql`insert into audit_log (region_id, seq, user_name, action, entity, reason)
          values (${regionId}, ${forged}, 'Testare', 'read', 'patient', 'test')`,
      rehash(regionId),
    );
    const v = await verifyAuditChain(db(), regionId);
    expect(v.intact).toBe(false);
    expect(v.firstBrokenSeq).toBe(forged);
  });

  it('two rows swapped in order (numbers exchanged), with or without their hashes computed again', async () => {
    for (const again of [false, true]) {
      const { regionId, seqs } = await region();
      await sealAuditLog(db());
      const [a, b] = [seqs[1]!, seqs[3]!];
      await behindTheTriggers(
        sql`update audit_log set seq = -1 where region_id = ${regionId} and seq = ${a}`,
        sql`update audit_log set seq = ${a} where region_id = ${regionId} and seq = ${b}`,
        sql`update audit_log set seq = ${b} where region_id = ${regionId} and seq = -1`,
        ...(again ? [rehash(regionId)] : []),
      );
      const v = await verifyAuditChain(db(), regionId);
      expect(v.intact).toBe(false);
      // The seal's hash of row hashes in seq order breaks either way: the seal's first row.
      expect(v.firstBrokenSeq).toBe(seqs[0]);
    }
  });

  it('a seal removed, or changed', async () => {
    const { regionId, seqs } = await region(2);
    await sealAuditLog(db());
    await appendAudit(
      db(),
      { regionId, userId: null, userName: 'Testare', activeUnitId: null, reason: 'test' },
      { action: 'read', entity: 'patient', patientIds: [] },
    );
    await sealAuditLog(db());
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: true, seals: 2 });
    await behindTheTriggers(sql`delete from audit_seals where region_id = ${regionId} and seal_no = 1`);
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: false, firstBrokenSeq: seqs[0] });

    const other = await region(3);
    await sealAuditLog(db());
    await behindTheTriggers(sql`update audit_seals set row_count = 2 where region_id = ${other.regionId}`);
    expect(await verifyAuditChain(db(), other.regionId)).toMatchObject({
      intact: false,
      firstBrokenSeq: other.seqs[0],
    });
  });
});

describe('tampering with rows not sealed yet', () => {
  // Verification seals first; a row changed before any seal covered it is still found by its own hash.
  it('an edited row: that row', async () => {
    const { regionId, seqs } = await region();
    await behindTheTriggers(
      sql`update audit_log set action = 'list' where region_id = ${regionId} and seq = ${seqs[4]}`,
    );
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: false, firstBrokenSeq: seqs[4] });
  });

  it('two rows swapped in order: the first of them', async () => {
    const { regionId, seqs } = await region();
    const [a, b] = [seqs[0]!, seqs[2]!];
    await behindTheTriggers(
      sql`update audit_log set seq = -1 where region_id = ${regionId} and seq = ${a}`,
      sql`update audit_log set seq = ${a} where region_id = ${regionId} and seq = ${b}`,
      sql`update audit_log set seq = ${b} where region_id = ${regionId} and seq = -1`,
    );
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: false, firstBrokenSeq: a });
  });

  it('an inserted row with a number under a seal already made', async () => {
    const { regionId, seqs } = await region(2);
    await sealAuditLog(db());
    await appendAudit(
      db(),
      { regionId, userId: null, userName: 'Testare', activeUnitId: null, reason: 'test' },
      { action: 'read', entity: 'patient', patientIds: [] },
    );
    // The new row is not sealed yet; a forged one slipped in below the seal is found.
    const forged = seqs[0]! - 1;
    await behindTheTriggers(
      sql`insert into audit_log (region_id, seq, user_name, action, entity, reason)
          values (${regionId}, ${forged}, 'Testare', 'read', 'patient', 'test')`,
      rehash(regionId),
    );
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: false, firstBrokenSeq: forged });
  });
});

describe('chains written before the seals (migration 0014)', () => {
  it('a chain that was already broken when it was sealed stays broken at that row', async () => {
    const { regionId, seqs } = await region(3);
    // What the migration does for each region: seal as it is, noting where the old chain broke.
    await queryRows(
      db(),
      sql`select audit_seal_region(${regionId}::uuid, ${seqs[2]}::bigint, 10000, ${seqs[1]}::bigint)`,
    );
    expect(await verifyAuditChain(db(), regionId)).toMatchObject({ intact: false, firstBrokenSeq: seqs[1] });
    const fine = await region(3);
    await queryRows(
      db(),
      sql`select audit_seal_region(${fine.regionId}::uuid, ${fine.seqs[2]}::bigint, 10000, null)`,
    );
    expect(await verifyAuditChain(db(), fine.regionId)).toMatchObject({ intact: true, seals: 1 });
  });
});

describe('the sealer of the deployment', () => {
  it('runs on the jobs leader and seals new rows within a few rounds, without anyone verifying', async () => {
    const runner = new JobRunner(t.database, [], { loops: [auditSealing(50)], tickMs: 60_000 });
    runner.start();
    try {
      const { regionId } = await region(3);
      const sealed = async () =>
        (
          await queryRows<{ n: number }>(
            db(),
            sql`select coalesce(sum(row_count), 0)::int as n from audit_seals where region_id = ${regionId}`,
          )
        )[0]!.n;
      const until = Date.now() + 10_000;
      while ((await sealed()) < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(await sealed()).toBe(3);
    } finally {
      await runner.stop();
    }
  });
});
