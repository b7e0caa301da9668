import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTemplate, type DatabaseCopy, dbKind } from '../../test/harness.ts';
import { firstMigrations, restoreFromFile } from '../ops/backup.ts';
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

    // Migration 0025 (region_keys) gave the fixture's child rows the region of their parent (the fixture has two regions;
    // its requests are all in one, and it has no sessions: the test below has).
    expect(await childRegions(database)).toEqual({
      contact_request_events: { rows: 19, wrong: 0, regions: 1 },
      sessions: { rows: 0, wrong: 0, regions: 0 },
      team_members: { rows: 15, wrong: 0, regions: 2 },
      unit_municipalities: { rows: 7, wrong: 0, regions: 2 },
      user_unit_roles: { rows: 11, wrong: 0, regions: 2 },
    });
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
    // "Growth past one PostgreSQL server": only the regions themselves and per-deployment tables without
    // patient data. A new table gets region_id, or belongs in that list with a reason.
    expect(rows.map((r) => r.name)).toEqual([
      'intake_public_submissions',
      'job_runs',
      'rate_limit_hits',
      'regions',
      'sign_in_attempts',
    ]);
  });

  it('fills region_id from the parent when migrating rows made at the migration before region_keys, and then refuses a child in another region than its parent', async () => {
    const earlier = await copyTemplate({ empty: true });
    const db2 = earlier.databaseUrl
      ? await openDatabase({ databaseUrl: earlier.databaseUrl })
      : await openDatabase({ dataDir: earlier.dataDir });
    try {
      const before = firstMigrations(migrationIndex('region_keys'));
      try {
        await db2.migrate({ migrationsFolder: before.folder });
      } finally {
        before.cleanup();
      }
      // Two regions with a unit, a staff member, a team and a signed-in user each, as the schema before was.
      for (const code of ['A', 'B']) {
        const one = async (q: ReturnType<typeof sql>) => (await queryRows<{ id: string }>(db2.db, q))[0]!.id;
        const region = await one(
          sql`insert into regions (code, name) values (${code}, ${code}) returning id`,
        );
        const unit = await one(
          sql`insert into units (region_id, name, cap) values (${region}, ${`Enhet ${code}`}, 5) returning id`,
        );
        const member =
          await one(sql`insert into staff (region_id, unit_id, given_name, family_name, profession)
            values (${region}, ${unit}, 'Sara', ${code}, 'nurse') returning id`);
        const team = await one(
          sql`insert into teams (region_id, unit_id, name) values (${region}, ${unit}, 'Team') returning id`,
        );
        const user =
          await one(sql`insert into users (region_id, staff_id, username, display_name, password_hash)
            values (${region}, ${member}, ${`user.${code}`}, 'Sara', 'x') returning id`);
        await db2.db.execute(
          sql`insert into unit_municipalities (unit_id, municipality_code) values (${unit}, '1880')`,
        );
        await db2.db.execute(sql`insert into team_members (team_id, staff_id) values (${team}, ${member})`);
        await db2.db.execute(
          sql`insert into user_unit_roles (user_id, unit_id, role) values (${user}, ${unit}, 'nurse')`,
        );
        for (const n of [1, 2])
          await db2.db.execute(sql`insert into sessions (token_hash, user_id, csrf_token, active_unit_id, expires_at)
              values (${`${code}${n}`}, ${user}, 'c', ${unit}, now() + interval '1 hour')`);
      }
      await db2.migrate();
      const all = await childRegions(db2);
      expect(all).toMatchObject({
        sessions: { rows: 4, wrong: 0, regions: 2 },
        team_members: { rows: 2, wrong: 0, regions: 2 },
        unit_municipalities: { rows: 2, wrong: 0, regions: 2 },
        user_unit_roles: { rows: 2, wrong: 0, regions: 2 },
      });
      // The composite foreign key (region_id, team_id) and (region_id, staff_id): a member of region B in
      // region A's team is refused, whichever region the row claims.
      const refusal = (claimed: 'team' | 'staff') =>
        db2.db
          .execute(sql`insert into team_members (region_id, team_id, staff_id)
            select ${sql.raw(claimed === 'team' ? 't' : 's')}.region_id, t.id, s.id
            from teams t, staff s, regions rt, regions rs
            where rt.id = t.region_id and rt.code = 'A' and rs.id = s.region_id and rs.code = 'B'`)
          .then(
            () => 'inserted',
            (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
          );
      expect(await refusal('team')).toMatch(/violates foreign key constraint "team_members_staff_fk"/);
      expect(await refusal('staff')).toMatch(/violates foreign key constraint "team_members_team_fk"/);
    } finally {
      await db2.close();
      await earlier.cleanup();
    }
  }, 180_000);
});

/** The child tables migration 0025 (region_keys) gave region_id, with their parent and the column that names it. */
const parentOf: Record<string, [parent: string, column: string]> = {
  contact_request_events: ['contact_requests', 'request_id'],
  sessions: ['users', 'user_id'],
  team_members: ['teams', 'team_id'],
  unit_municipalities: ['units', 'unit_id'],
  user_unit_roles: ['users', 'user_id'],
};

/** Per child table: its rows, how many are in another region than their parent, and how many regions. */
async function childRegions(db: Database) {
  const out: Record<string, { rows: number; wrong: number; regions: number }> = {};
  for (const [child, [parent, column]] of Object.entries(parentOf)) {
    const [r] = await queryRows<{ rows: number; wrong: number; regions: number }>(
      db.db,
      sql.raw(`select count(*)::int as rows,
                 count(*) filter (where c.region_id is distinct from p.region_id)::int as wrong,
                 count(distinct c.region_id)::int as regions
               from "${child}" c left join "${parent}" p on p.id = c."${column}"`),
    );
    out[child] = r!;
  }
  return out;
}

/** How many migrations come before the one whose tag ends with this name. */
function migrationIndex(name: string): number {
  const journal = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../migrations/meta/_journal.json'), 'utf8'),
  ) as { entries: Array<{ tag: string }> };
  const i = journal.entries.findIndex((e) => e.tag.endsWith(`_${name}`));
  if (i < 0) throw new Error(`no migration named ${name}`);
  return i;
}
