import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import type { JobRunner } from './jobs.ts';

/**
 * A graceful stop on SIGTERM (what a container runtime or systemd sends) and SIGINT (Ctrl-C):
 *   1. `/ready` answers 503 at once, so a load balancer sends no more;
 *   2. the scheduled jobs stop (a job under way finishes) and the leadership is given up;
 *   3. the server stops accepting connections; requests under way finish and are answered; a new
 *      request on a kept-alive connection is answered 503 (Fastify's `return503OnClosing`);
 *   4. the database is closed (PGlite writes its files; the pool's connections end);
 *   5. the process exits 0. If all this takes longer than `timeoutMs`, it exits 1 anyway.
 */
export function stopGracefully(
  app: FastifyInstance,
  database: Database,
  jobs: JobRunner | undefined,
  opts: { timeoutMs: number; exit?: (code: number) => void },
) {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests under way');
    app.shuttingDown = true;
    const timer = setTimeout(() => {
      app.log.error({ timeoutMs: opts.timeoutMs }, 'shutdown took too long; exiting');
      exit(1);
    }, opts.timeoutMs);
    timer.unref();
    try {
      await jobs?.stop();
      await app.close();
      await database.close();
      app.log.info('shut down: requests answered, database closed');
      exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(signal));
  return stop;
}
