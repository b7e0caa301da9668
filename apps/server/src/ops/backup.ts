import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type Database, type Queryable, queryRows } from '../db/database.ts';
import { verifyAuditChain } from '../kernel/index.ts';

/*
 * Backup and restore of Lotsa's database, the same for the embedded PGlite and a PostgreSQL server
 * (README "Operating Lotsa"). A backup is a gzip'd text file:
 *   line 1: a header (JSON): the applied migrations' hashes, every table's columns and row count, the
 *           sequences' values;
 *   then one line per row: `<table number>\t<the row as PostgreSQL's row_to_json wrote it>`.
 * Every table is read in one REPEATABLE READ, READ ONLY transaction, so the copy is consistent while
 * Lotsa runs (one snapshot of the whole database). Rows are never parsed in JavaScript: PostgreSQL
 * writes them (row_to_json) and reads them back (json_populate_recordset), so numbers, timestamps with
 * microseconds, ranges and bytes come back exactly.
 *
 * Restore goes into an empty database: the migrations the backup was made with are applied first, the
 * rows are loaded with the tables' own triggers off (the audit log's hash chain is the backup's, not
 * recomputed) and the foreign keys added back afterwards (so they are checked over all rows), the
 * sequences are set, then the newer migrations of this version of Lotsa run over the restored data (an
 * upgrade), and each region's audit chain is verified.
 */

const FORMAT = 'lotsa-backup';
const VERSION = 1;
const BATCH = 500;

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  source: Database['kind'];
  /** sha256 of each applied migration file, in order (drizzle's `__drizzle_migrations.hash`). */
  migrations: string[];
  tables: Array<{ name: string; columns: string[]; rows: number }>;
  sequences: Array<{ name: string; lastValue: string; isCalled: boolean }>;
}

export interface RestoreReport {
  tables: number;
  rows: number;
  /** Migrations applied after the rows were loaded (a backup of an older version). */
  upgradedBy: number;
  /** Each region's audit log verified by the kernel's `verifyAuditChain` (which seals what is unsealed). */
  auditChains: Array<{ regionId: string; checked: number; intact: boolean; firstBrokenSeq: number | null }>;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function tablesOf(db: Queryable) {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
  );
  const cols = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`,
  );
  return tables.map((t) => ({
    name: t.name,
    columns: cols.filter((c) => c.table_name === t.name).map((c) => c.column_name),
  }));
}

/** The hashes of the migrations applied to this database, in order (none: not a Lotsa database). */
async function appliedMigrations(db: Queryable): Promise<string[]> {
  const [exists] = await queryRows<{ ok: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
  );
  if (!exists?.ok) return [];
  const rows = await queryRows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return rows.map((r) => r.hash);
}

/**
 * Writes a consistent backup of `database` to `out` (gzip it on the way: see `backupToFile`). Runs in
 * one read-only transaction; on the embedded database that holds other requests until it is done.
 */
export async function writeBackup(database: Database, out: Writable): Promise<BackupHeader> {
  // `once` rejects when the stream fails while we wait for it to drain.
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  return database.db.transaction(
    async (tx) => {
      const migrations = await appliedMigrations(tx);
      if (migrations.length === 0) throw new Error('Not a Lotsa database: no migrations have been applied.');
      const tables = await tablesOf(tx);
      const counted = [];
      for (const t of tables) {
        const [n] = await queryRows<{ n: number }>(
          tx,
          sql.raw(`select count(*)::int as n from ${ident(t.name)}`),
        );
        counted.push({ ...t, rows: n!.n });
      }
      const seqs = await queryRows<{ name: string }>(
        tx,
        sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
      );
      const sequences = [];
      for (const s of seqs) {
        const [v] = await queryRows<{ last_value: string; is_called: boolean }>(
          tx,
          sql.raw(`select last_value::text as last_value, is_called from ${ident(s.name)}`),
        );
        sequences.push({ name: s.name, lastValue: v!.last_value, isCalled: v!.is_called });
      }
      const header: BackupHeader = {
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        source: database.kind,
        migrations,
        tables: counted,
        sequences,
      };
      await write(`${JSON.stringify(header)}\n`);
      for (const [i, t] of counted.entries()) {
        if (t.rows === 0) continue;
        // A cursor, so a large table is never all in memory.
        await tx.execute(
          sql.raw(
            `declare lotsa_backup no scroll cursor for select row_to_json(t)::text as j from ${ident(t.name)} t`,
          ),
        );
        for (;;) {
          const rows = await queryRows<{ j: string }>(tx, sql.raw(`fetch ${BATCH} from lotsa_backup`));
          if (rows.length === 0) break;
          await write(rows.map((r) => `${i}\t${r.j}\n`).join(''));
        }
        await tx.execute(sql.raw('close lotsa_backup'));
      }
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The lines of a gzip'd stream (a damaged or cut file rejects, as the stream does). */
async function* gunzipLines(input: Readable): AsyncGenerator<string> {
  const gz = input.pipe(createGunzip());
  input.once('error', (err) => gz.destroy(err));
  // Decoded by the stream, so a character split between two chunks stays whole.
  gz.setEncoding('utf8');
  let rest = '';
  for await (const chunk of gz as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest !== '') yield rest;
}

/** Reads a backup (gzip'd) into its header and a reader of its row lines. */
async function openBackup(input: Readable) {
  const it = gunzipLines(input);
  const first = await it.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value);
  } catch {
    throw new Error('Not a Lotsa backup: the first line is not its header.');
  }
  if (header.format !== FORMAT) throw new Error('Not a Lotsa backup.');
  if (header.version !== VERSION)
    throw new Error(`Backup format ${header.version} is not known to this Lotsa.`);
  return { header, rows: { [Symbol.asyncIterator]: () => it } as AsyncIterable<string> };
}

/** This version's migrations; refuses a backup whose migrations are not a beginning of them. */
function migrationsFor(header: BackupHeader) {
  const ours = readMigrationFiles({ migrationsFolder });
  const n = header.migrations.length;
  const prefix = ours.slice(0, n).map((m) => m.hash);
  if (n > ours.length || prefix.some((h, i) => h !== header.migrations[i]))
    throw new Error(
      n > ours.length
        ? `The backup was made by a newer Lotsa (${n} migrations, this one has ${ours.length}): restore it with that version or newer.`
        : 'The backup was made by a Lotsa whose migrations differ from this one: restore it with the version that made it.',
    );
  return { total: ours.length, applied: n };
}

/**
 * A migrations folder with only the first `n` migrations (the schema the backup was made with; the upgrade
 * test's earlier schema).
 */
export function firstMigrations(n: number): { folder: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'lotsa-restore-migrations-'));
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
  journal.entries = journal.entries.slice(0, n);
  mkdirSync(path.join(root, 'meta'));
  writeFileSync(path.join(root, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries as Array<{ tag: string }>)
    cpSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(root, `${e.tag}.sql`));
  return { folder: root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** True when the database has no tables of its own and no migrations (a new, empty database). */
export async function isEmptyDatabase(database: Database): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p')`,
  );
  return row!.n === 0;
}

/**
 * Empties a PostgreSQL database for a restore over it: drops the schemas `public` (with everything in
 * it, also the btree_gist extension, which the migrations create again) and `drizzle`. The owner's job.
 */
export async function dropEverything(database: Database): Promise<void> {
  await database.db.execute(sql.raw('drop schema if exists drizzle cascade'));
  await database.db.execute(sql.raw('drop schema if exists public cascade'));
  await database.db.execute(sql.raw('create schema public'));
}

/**
 * Restores a backup (gzip'd, as `writeBackup` wrote it through gzip) into an empty database.
 * `grantAppRole`: `database` is the owner role's, and the app's role gets its privileges afterwards (as
 * `Database.migrate` grants them).
 */
export async function restoreBackup(
  database: Database,
  input: Readable,
  opts: { grantAppRole?: string } = {},
): Promise<RestoreReport> {
  if (!(await isEmptyDatabase(database)))
    throw new Error(
      'The database is not empty: restore into a new database (or replace it, see the README).',
    );
  const { header, rows } = await openBackup(input);
  const { total, applied } = migrationsFor(header);
  const first = firstMigrations(applied);
  try {
    await database.migrate({ migrationsFolder: first.folder });
  } finally {
    first.cleanup();
  }
  const present = new Map((await tablesOf(database.db)).map((t) => [t.name, t.columns]));
  for (const t of header.tables)
    if (!present.has(t.name)) throw new Error(`The backup has a table this schema lacks: ${t.name}.`);

  let loaded = 0;
  await database.db.transaction(async (tx) => {
    const fks = await queryRows<{ tbl: string; name: string; def: string }>(
      tx,
      sql`select c.conrelid::regclass::text as tbl, c.conname as name, pg_get_constraintdef(c.oid) as def
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = 'public' and c.contype = 'f'`,
    );
    for (const fk of fks)
      await tx.execute(sql.raw(`alter table ${fk.tbl} drop constraint ${ident(fk.name)}`));
    for (const t of header.tables) {
      await tx.execute(sql.raw(`alter table ${ident(t.name)} disable trigger user`));
      // Rows a migration put there (code lists) are the backup's to give.
      await tx.execute(sql.raw(`delete from ${ident(t.name)}`));
    }
    const pending: string[][] = header.tables.map(() => []);
    const flush = async (i: number) => {
      const t = header.tables[i]!;
      const batch = pending[i]!;
      if (batch.length === 0) return;
      const cols = t.columns.map(ident).join(', ');
      await tx.execute(
        sql`${sql.raw(`insert into ${ident(t.name)} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${ident(t.name)}, `)}${`[${batch.join(',')}]`}::json)`,
      );
      loaded += batch.length;
      pending[i] = [];
    };
    for await (const line of rows) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      const i = Number(line.slice(0, tab));
      if (!header.tables[i] || tab < 0)
        throw new Error('The backup is damaged: a row line without its table.');
      pending[i]!.push(line.slice(tab + 1));
      if (pending[i]!.length >= BATCH) await flush(i);
    }
    for (const i of header.tables.keys()) await flush(i);
    const expected = header.tables.reduce((a, t) => a + t.rows, 0);
    if (loaded !== expected) throw new Error(`The backup is cut short: ${loaded} of ${expected} rows.`);
    for (const t of header.tables)
      await tx.execute(sql.raw(`alter table ${ident(t.name)} enable trigger user`));
    // Added back (and so checked over every row) once all rows are in.
    for (const fk of fks)
      await tx.execute(sql.raw(`alter table ${fk.tbl} add constraint ${ident(fk.name)} ${fk.def}`));
    for (const s of header.sequences)
      await tx.execute(sql`select setval(${s.name}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`);
  });
  // The newer migrations of this Lotsa, over the restored rows (and the app role's privileges).
  await database.migrate(opts);
  // A restored database is a new one to every instance's calendar cache (see scheduling.calendar-cache).
  await database.db.execute(sql`update calendar_versions set epoch = gen_random_uuid()`);
  const regions = await queryRows<{ id: string }>(
    database.db,
    sql`select id::text as id from regions order by id`,
  );
  const auditChains = [];
  for (const r of regions)
    auditChains.push({ regionId: r.id, ...(await verifyAuditChain(database.db, r.id)) });
  return { tables: header.tables.length, rows: loaded, upgradedBy: total - applied, auditChains };
}

/**
 * A digest per table of every row (order-independent), to compare two databases in tests and checks.
 * `ignore`: columns left out per table (e.g. `calendar_versions.epoch`, which a restore renews).
 */
export async function tableDigests(
  db: Queryable,
  ignore: Record<string, string[]> = {},
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of await tablesOf(db)) {
    const skip = (ignore[t.name] ?? []).map((c) => `'${c.replaceAll("'", "''")}'`).join(', ');
    const row = skip ? `(to_jsonb(t) - array[${skip}]::text[])::text` : 'to_jsonb(t)::text';
    const rows = await queryRows<{ j: string }>(db, sql.raw(`select ${row} as j from ${ident(t.name)} t`));
    const h = createHash('sha256');
    for (const j of rows.map((r) => r.j).sort()) h.update(j).update('\n');
    out[t.name] = `${rows.length}:${h.digest('hex').slice(0, 16)}`;
  }
  return out;
}

/** Writes a gzip'd backup to `file` (first as `<file>.partial`, renamed when complete). */
export async function backupToFile(database: Database, file: string): Promise<BackupHeader> {
  const partial = `${file}.partial`;
  mkdirSync(path.dirname(file), { recursive: true });
  const gz = createGzip();
  const done = pipeline(gz, createWriteStream(partial, { mode: 0o600 }));
  try {
    const header = await writeBackup(database, gz);
    gz.end();
    await done;
    renameSync(partial, file);
    return header;
  } catch (err) {
    gz.destroy();
    await done.catch(() => {});
    rmSync(partial, { force: true });
    throw err;
  }
}

/** Restores the gzip'd backup in `file` into an empty database. */
export function restoreFromFile(
  database: Database,
  file: string,
  opts: { grantAppRole?: string } = {},
): Promise<RestoreReport> {
  return restoreBackup(database, createReadStream(file), opts);
}

/*
 * The embedded database is one process's (PGlite has no server): while Lotsa runs on it, nothing else
 * may open its folder. So a running Lotsa keeps its pid in `<LOTSA_DATA_DIR>/lotsa.pid`, and
 * `npm run backup` asks it for a backup: it writes the wanted file name to
 * `<LOTSA_DATA_DIR>/backup-request.json` and sends SIGUSR2; Lotsa writes the backup (one consistent
 * snapshot, as always) and `<file>.failed` with the reason if it cannot.
 */
export const pidFile = (dataRoot: string) => path.join(dataRoot, 'lotsa.pid');
const requestFile = (dataRoot: string) => path.join(dataRoot, 'backup-request.json');

/** The pid of the Lotsa that has the embedded database open, or null. */
export function runningLotsa(dataRoot: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile(dataRoot), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: alive, but another user's.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** In a running Lotsa on the embedded database: answers `npm run backup` (see above). */
export function serveOnlineBackups(
  dataRoot: string,
  database: Database,
  log: { info(o: object, msg: string): void; error(o: object, msg: string): void },
): () => void {
  mkdirSync(dataRoot, { recursive: true });
  writeFileSync(pidFile(dataRoot), `${process.pid}\n`);
  const onSignal = () => {
    let file: string;
    try {
      file = JSON.parse(readFileSync(requestFile(dataRoot), 'utf8')).file;
      rmSync(requestFile(dataRoot), { force: true });
    } catch {
      log.error({}, 'backup asked for (SIGUSR2) without a readable backup-request.json');
      return;
    }
    backupToFile(database, file).then(
      (h) => log.info({ file, tables: h.tables.length }, 'backup written'),
      (err: Error) => {
        log.error({ err, file }, 'backup failed');
        writeFileSync(`${file}.failed`, `${err.message}\n`);
      },
    );
  };
  process.on('SIGUSR2', onSignal);
  const removePid = () => rmSync(pidFile(dataRoot), { force: true });
  process.once('exit', removePid);
  return () => {
    process.off('SIGUSR2', onSignal);
    removePid();
  };
}

/** From `npm run backup`: asks the running Lotsa `pid` for a backup into `file` and waits for it. */
export async function askForBackup(dataRoot: string, pid: number, file: string, timeoutMs = 300_000) {
  rmSync(`${file}.failed`, { force: true });
  rmSync(file, { force: true });
  writeFileSync(requestFile(dataRoot), JSON.stringify({ file }), { mode: 0o600 });
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(file)) return;
    if (existsSync(`${file}.failed`))
      throw new Error(`Lotsa could not write the backup: ${readFileSync(`${file}.failed`, 'utf8').trim()}`);
    if (Date.now() > deadline) throw new Error('Lotsa did not write the backup in time (see its log).');
    await new Promise((r) => setTimeout(r, 200));
  }
}
