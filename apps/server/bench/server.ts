import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/database.ts';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';
import { SESSION_COOKIE } from '../src/modules/access/index.ts';

export interface Server {
  app: FastifyInstance;
  baseUrl: string;
}

/** The app as it runs in production, on a free loopback port, without request logging. */
export async function startServer(database: Database): Promise<Server> {
  const app = await buildApp({ database, logLevel: 'silent' });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, baseUrl };
}

/** A signed-in demo user: the session cookie, and the CSRF token that state-changing requests send. */
export interface Session {
  cookie: string;
  csrfToken: string;
  activeUnitId: string | null;
}

export async function signIn(baseUrl: string, username: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`sign-in as ${username} set no ${SESSION_COOKIE} cookie`);
  const me = (await res.json()) as { csrfToken: string; activeUnitId: string | null };
  return { cookie: cookie.split(';')[0]!, csrfToken: me.csrfToken, activeUnitId: me.activeUnitId };
}
