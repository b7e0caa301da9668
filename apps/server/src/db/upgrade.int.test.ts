import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTemplate, type DatabaseCopy, dbKind } from '../../test/harness.ts';
import { restoreFromFile } from '../ops/backup.ts';
import { type Database, openDatabase, queryRows } from './database.ts';

/*
 * Upgrades: a database made by an earlier schema (the fixture, a backup of the demo at migration 0015)
 * brought to this version's schema by its migrations, without losing a row.
 */

const fixture = path.resolve(import.meta.dirname, '../../test/fixtures/demo-0015.backup.gz');
/** What a restore renews on purpose (the calendar cache's epoch); every other value must stay. */
const renewed: Record<string, string[]> = { calendar_versions: ['epoch'] };

/** The fixture's header and its rows as JSON text, per table. */
async function readFixture() {
  let text = '';
  for await (const chunk of createReadStream(fixture).pipe(createGunzip()).setEncoding('utf8')) text += chunk;
  const [head, ...lines] = text.split('\n');
  const header = JSON.parse(head!) as { migrations: string[]; tables: Array<{ name: string; rows: number }> };
  const rows = new Map<string, string[]>(header.tables.map((t) => [t.name, []]));
  for (const line of lines) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    rows.get(header.tables[Number(line.slice(0, tab))]!.name)!.push(line.slice(tab + 1));
  }
  return { header, rows };
}

let copy: DatabaseCopy | undefined;
let database: Database | undefined;
afterAll(async () => {
  await database?.close();
  await copy?.cleanup();
});

describe(`upgrade from an earlier schema on ${dbKind}`, () => {
  it('restores the demo made by migrations 0000–0015 and migrates it to this schema with every row kept', async () => {
    copy = await copyTemplate({ empty: true });
    database = copy.databaseUrl
      ? await openDatabase({ databaseUrl: copy.databaseUrl })
      : await openDatabase({ dataDir: copy.dataDir });
    const { header, rows } = await readFixture();
    const report = await restoreFromFile(database, fixture);
    const [applied] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied!.n).toBe(header.migrations.length + report.upgradedBy);
    for (const c of report.auditChains) expect(c).toMatchObject({ intact: true });
    expect(report.auditChains.some((c) => c.checked > 0)).toBe(true);

    // Every row of the fixture is still there with every value it had (new columns may be added).
    const lost: string[] = [];
    for (const t of header.tables) {
      const mine = rows.get(t.name)!;
      expect(mine.length, t.name).toBe(t.rows);
      if (mine.length === 0) continue;
      const drop = (renewed[t.name] ?? []).map((c) => `'${c}'`).join(', ');
      const want = drop ? `(e::jsonb - array[${drop}]::text[])` : 'e::jsonb';
      const [missing] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from json_array_elements(${`[${mine.join(',')}]`}::json) e
            where not exists (select 1 from ${sql.raw(`"${t.name}"`)} t where to_jsonb(t) @> ${sql.raw(want)})`,
      );
      if (missing!.n > 0) lost.push(`${t.name}: ${missing!.n} of ${mine.length} rows`);
    }
    expect(lost).toEqual([]);
  }, 180_000);

  it('keys every tenant table by region: the tables without region_id are exactly those docs/ARCHITECTURE.md lists', async () => {
    const rows = await queryRows<{ name: string }>(
      database!.db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
            and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'region_id'
                            and not a.attisdropped)
          order by c.relname`,
    );
    // "Growth past one PostgreSQL server": child rows still to get region_id, the sessions, the regions
    // themselves, and per-deployment tables without patient data. A new table belongs in that list or
    // gets region_id.
    expect(rows.map((r) => r.name)).toEqual([
      'contact_request_events',
      'intake_public_submissions',
      'job_runs',
      'rate_limit_hits',
      'regions',
      'sessions',
      'sign_in_attempts',
      'team_members',
      'unit_municipalities',
      'user_unit_roles',
    ]);
  });
});
