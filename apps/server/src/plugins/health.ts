import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

/**
 * `/health`: the process is up. `/ready`: it can reach its database and is not shutting down (a load
 * balancer stops sending it requests). `/metrics` is in ops/metrics.ts.
 */
export function registerHealth(app: FastifyInstance) {
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_req, reply) => {
    if (app.shuttingDown)
      return reply.status(503).send({ status: 'shutting down', database: app.database.kind });
    try {
      await app.db.execute(sql`select 1`);
      return { status: 'ready', database: app.database.kind };
    } catch (err) {
      app.log.error({ err }, 'database not reachable');
      return reply.status(503).send({ status: 'unavailable', database: app.database.kind });
    }
  });
}
