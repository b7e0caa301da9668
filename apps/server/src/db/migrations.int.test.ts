import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { dbKind } from '../../test/harness.ts';
import { openDatabase, queryRows } from './database.ts';

async function migrationCount(db: Awaited<ReturnType<typeof openDatabase>>) {
  const [row] = await queryRows<{ n: number }>(
    db.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return row!.n;
}

describe(`migrations on ${dbKind}`, () => {
  it('apply once even when several instances start at the same time', async () => {
    if (dbKind === 'postgres') {
      const adminUrl = inject('postgresAdminUrl');
      const name = `m_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = adminUrl.replace(/\/postgres$/, `/${name}`);
      const instances = await Promise.all(
        [1, 2, 3, 4].map(() => openDatabase({ databaseUrl: url, poolSize: 2 })),
      );
      try {
        await Promise.all(instances.map((d) => d.migrate()));
        expect(await migrationCount(instances[0]!)).toBeGreaterThanOrEqual(2);
        await instances[1]!.migrate();
        expect(await migrationCount(instances[1]!)).toBe(await migrationCount(instances[0]!));
      } finally {
        await Promise.all(instances.map((d) => d.close()));
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      }
    } else {
      // PGlite is one process with one connection: the race cannot happen; re-running must be a no-op.
      const root = mkdtempSync(path.join(tmpdir(), 'lotsa-migrate-'));
      try {
        const first = await openDatabase({ dataDir: path.join(root, 'db') });
        await first.migrate();
        const n = await migrationCount(first);
        await first.close();
        const again = await openDatabase({ dataDir: path.join(root, 'db') });
        await again.migrate();
        expect(await migrationCount(again)).toBe(n);
        await again.close();
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });
});
