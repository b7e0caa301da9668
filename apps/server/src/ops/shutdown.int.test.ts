import { renameSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTemplate, type DatabaseCopy, dbKind } from '../../test/harness.ts';
import { type ServerProcess, startServerProcess } from '../../test/server-process.ts';
import { openDatabase, queryRows } from '../db/database.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';

/*
 * Lotsa in a process of its own (src/main.ts), as operators run it: its JSON log and its stop on
 * SIGTERM, with a request under way.
 */

let copy: DatabaseCopy;
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
  await copy?.cleanup();
});

/** Env for a server process on a copy of the demo database. */
async function serverEnv(): Promise<Record<string, string>> {
  copy = await copyTemplate();
  if (copy.databaseUrl) return { DATABASE_URL: copy.databaseUrl };
  // main.ts keeps PGlite in <LOTSA_DATA_DIR>/pglite.
  const root = path.dirname(copy.dataDir!);
  renameSync(copy.dataDir!, path.join(root, 'pglite'));
  copy.dataDir = path.join(root, 'pglite');
  return { LOTSA_DATA_DIR: root };
}

/** Sends a request's head and the first half of its body, and keeps the connection open. */
function startRequest(url: string, body: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let answer = '';
  socket.on('data', (d) => {
    answer += d.toString();
  });
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /api/auth/sign-in HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
  );
  return {
    finish: () => socket.write(body.slice(half)),
    answer: async () => {
      await closed;
      return answer;
    },
  };
}

const refusesConnections = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const s = net.connect(Number(port), hostname);
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });

describe(`Lotsa as a process on ${dbKind}`, () => {
  it('logs JSON lines with request ids and without tokens or search words; SIGTERM finishes the request under way, refuses new ones and closes the database', async () => {
    server = await startServerProcess(await serverEnv());
    const url = server.url;

    // Logs: a request id kept from the load balancer, a fresh one otherwise, both in the answer.
    const traced = await fetch(`${url}/api/patients?q=Svenssonsdotter`, {
      headers: { 'x-request-id': 'lb-4711' },
    });
    expect(traced.status).toBe(401);
    expect(traced.headers.get('x-request-id')).toBe('lb-4711');
    const fresh = await fetch(`${url}/api/public/letters/SecretLetterToken0123456789abcdefghijklmnopq`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${url}/api/public/questionnaires/SecretQuestionnaireToken42?lang=en`);

    // A request under way: its head and half its body are in when the stop is asked for.
    const inFlight = startRequest(url, JSON.stringify({ username: 'chef', password: DEMO_PASSWORD }));
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    const deadline = Date.now() + 10_000;
    while (!(await refusesConnections(url)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(await refusesConnections(url)).toBe(true);
    expect(server.child.exitCode).toBeNull();

    // The rest of the body arrives after the stop began: it is answered, with the database still open.
    inFlight.finish();
    const answer = await inFlight.answer();
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('"csrfToken"');
    const code = await server.exited;
    expect(code, server.lines.slice(-3).join('\n')).toBe(0);

    const logs = server.logs();
    expect(logs.length).toBeGreaterThan(5);
    const traceLines = logs.filter((l) => l.reqId === 'lb-4711');
    expect(traceLines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['incoming request', 'request completed']),
    );
    const text = server.lines.join('\n');
    expect(text).toContain('/api/patients?q=…');
    expect(text).toContain('/api/public/letters/…');
    expect(text).toContain('/api/public/questionnaires/…?lang=en');
    for (const secret of [
      'Svenssonsdotter',
      'SecretLetterToken',
      'SecretQuestionnaireToken',
      DEMO_PASSWORD,
      'lotsa_session=',
    ])
      expect(text).not.toContain(secret);
    expect(logs.map((l) => l.msg)).toEqual(
      expect.arrayContaining([
        'shutting down: finishing requests under way',
        'shut down: requests answered, database closed',
      ]),
    );

    // The database was closed cleanly: it opens again and holds the session the last request made.
    const again = copy.databaseUrl
      ? await openDatabase({ databaseUrl: copy.databaseUrl, poolSize: 1 })
      : await openDatabase({ dataDir: copy.dataDir });
    const [n] = await queryRows<{ n: number }>(
      again.db,
      sql`select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.username = 'chef'`,
    );
    expect(n!.n).toBe(1);
    await again.close();
  }, 120_000);
});
