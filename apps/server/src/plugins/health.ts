import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

/** `/health`: the process is up. `/ready`: it can reach its database. `/metrics`: Prometheus text. */
export function registerHealth(app: FastifyInstance) {
  const started = Date.now();
  let requests = 0;
  let errors = 0;
  app.addHook('onResponse', async (_req, reply) => {
    requests++;
    if (reply.statusCode >= 500) errors++;
  });
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await app.db.execute(sql`select 1`);
      return { status: 'ready', database: app.database.kind };
    } catch (err) {
      app.log.error({ err }, 'database not reachable');
      return reply.status(503).send({ status: 'unavailable', database: app.database.kind });
    }
  });
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    const mem = process.memoryUsage();
    reply.type('text/plain; version=0.0.4');
    return [
      '# HELP lotsa_http_requests_total HTTP requests answered.',
      '# TYPE lotsa_http_requests_total counter',
      `lotsa_http_requests_total ${requests}`,
      '# HELP lotsa_http_errors_total HTTP requests answered with a 5xx status.',
      '# TYPE lotsa_http_errors_total counter',
      `lotsa_http_errors_total ${errors}`,
      '# HELP lotsa_uptime_seconds Seconds since the process started.',
      '# TYPE lotsa_uptime_seconds gauge',
      `lotsa_uptime_seconds ${Math.round((Date.now() - started) / 1000)}`,
      '# HELP lotsa_heap_used_bytes V8 heap in use.',
      '# TYPE lotsa_heap_used_bytes gauge',
      `lotsa_heap_used_bytes ${mem.heapUsed}`,
      '',
    ].join('\n');
  });
}
