import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The Dockerfile and compose.yaml, checked without a container runtime (none on the CI machine): they
 * parse, name only files and scripts that exist, and keep what operators rely on (a non-root user, the
 * readiness check, SIGTERM, two app instances on one PostgreSQL 15).
 */

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(' ') };
    });
}

describe('Dockerfile', () => {
  const steps = instructions(read('Dockerfile'));
  const known = new Set([
    'FROM',
    'WORKDIR',
    'COPY',
    'RUN',
    'ENV',
    'USER',
    'EXPOSE',
    'HEALTHCHECK',
    'STOPSIGNAL',
    'CMD',
    'ARG',
  ]);

  it('uses only known instructions, starts from Node 20 and runs as a user that is not root', () => {
    for (const s of steps) expect(known, `unknown instruction ${s.op}`).toContain(s.op);
    const froms = steps.filter((s) => s.op === 'FROM');
    expect(froms.length).toBeGreaterThan(0);
    for (const f of froms) expect(f.args).toMatch(/^node:20[-.\w]*/);
    const lastFrom = steps.lastIndexOf(froms.at(-1)!);
    const user = steps.slice(lastFrom).find((s) => s.op === 'USER');
    expect(user?.args).toBe('node');
    expect(steps.find((s) => s.op === 'STOPSIGNAL')?.args).toBe('SIGTERM');
  });

  it('copies files that exist and runs scripts that exist', () => {
    for (const s of steps.filter((x) => x.op === 'COPY' && !x.args.includes('--from'))) {
      const parts = s.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      for (const src of parts.slice(0, -1))
        if (src !== '.') expect(existsSync(path.join(root, src)), src).toBe(true);
    }
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    for (const s of steps.filter((x) => x.op === 'RUN')) {
      for (const m of s.args.matchAll(/npm run (?:--\S+ )*([\w:-]+)/g))
        expect(scripts, m[1]).toHaveProperty(m[1]!);
    }
    const cmd = JSON.parse(steps.find((s) => s.op === 'CMD')!.args) as string[];
    expect(cmd.slice(0, 4)).toEqual(['npm', 'run', '--workspace', '@lotsa/server']);
    expect(JSON.parse(read('apps/server/package.json')).scripts).toHaveProperty(cmd[4]!);
  });

  it('listens where it says, on all addresses, and checks readiness on /ready', () => {
    const env = steps
      .filter((s) => s.op === 'ENV')
      .map((s) => s.args)
      .join(' ');
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
    const port = /PORT=(\d+)/.exec(env)?.[1];
    expect(steps.find((s) => s.op === 'EXPOSE')?.args).toBe(port);
    expect(steps.find((s) => s.op === 'HEALTHCHECK')?.args).toContain('/ready');
  });

  it('.dockerignore keeps node_modules and local data out of the image', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data']));
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, Record<string, any>>;
    volumes?: Record<string, unknown>;
  };

  it('runs two app instances from this Dockerfile on one PostgreSQL 15 server', () => {
    const apps = Object.entries(compose.services).filter(([, s]) => s.build === '.');
    expect(apps.map(([n]) => n).sort()).toEqual(['app1', 'app2']);
    const db = compose.services.db!;
    expect(db.image).toMatch(/^postgres:15/);
    expect(db.healthcheck?.test?.join(' ')).toContain('pg_isready');
    const user = db.environment.POSTGRES_USER;
    const password = db.environment.POSTGRES_PASSWORD;
    const name = db.environment.POSTGRES_DB;
    for (const [, app] of apps) {
      expect(app.environment.DATABASE_URL).toBe(`postgres://${user}:${password}@db:5432/${name}`);
      expect(app.depends_on.db.condition).toBe('service_healthy');
      // Longer than the app's own shutdown wait (LOTSA_SHUTDOWN_SECONDS, 25 s by default).
      expect(Number.parseInt(app.stop_grace_period, 10)).toBeGreaterThan(25);
    }
    const ports = apps.flatMap(([, a]) => a.ports as string[]);
    expect(new Set(ports).size).toBe(2);
    for (const p of ports) expect(p).toMatch(/^127\.0\.0\.1:\d+:3000$/);
    for (const v of db.volumes as string[]) expect(compose.volumes).toHaveProperty(v.split(':')[0]!);
  });
});
