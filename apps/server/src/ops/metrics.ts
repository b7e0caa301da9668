import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { queryRows } from '../db/database.ts';
import { findJobRuns } from './jobs.repository.ts';
import type { JobRunner } from './jobs.ts';

/*
 * `GET /metrics` in Prometheus' text format: requests and their latency per route (the route's pattern,
 * never the address, so no id or token is in a label), the database pool, the audit log and the
 * scheduled jobs. Counters are this instance's; the database figures are the deployment's.
 */

/** Upper bounds of the latency buckets, in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

class Histogram {
  private readonly series = new Map<
    string,
    { labels: string; counts: number[]; sum: number; count: number }
  >();

  observe(labels: Record<string, string>, seconds: number) {
    const text = Object.entries(labels)
      .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
      .join(',');
    let s = this.series.get(text);
    if (!s) {
      s = { labels: text, counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.series.set(text, s);
    }
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) s.counts[i]!++;
    s.sum += seconds;
    s.count++;
  }

  lines(name: string): string[] {
    const out: string[] = [];
    for (const s of [...this.series.values()].sort((a, b) => a.labels.localeCompare(b.labels))) {
      BUCKETS.forEach((le, i) => {
        out.push(`${name}_bucket{${s.labels},le="${le}"} ${s.counts[i]}`);
      });
      out.push(`${name}_bucket{${s.labels},le="+Inf"} ${s.count}`);
      out.push(`${name}_sum{${s.labels}} ${s.sum.toFixed(6)}`);
      out.push(`${name}_count{${s.labels}} ${s.count}`);
    }
    return out;
  }
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function metric(help: string, name: string, type: 'counter' | 'gauge', values: Array<[string, number]>) {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...values.map(([l, v]) => `${name}${l} ${v}`)];
}

export function registerMetrics(app: FastifyInstance, opts: { jobs?: JobRunner } = {}) {
  const started = Date.now();
  const latency = new Histogram();
  const statuses = new Map<string, number>();
  app.addHook('onResponse', async (req, reply) => {
    // Unmatched addresses (404s, the web client's pages) share one label: no address in a label.
    const route = req.routeOptions.url ?? 'unmatched';
    const labels = { method: req.method, route };
    latency.observe(labels, reply.elapsedTime / 1000);
    const key = `{method="${req.method}",route="${escapeLabel(route)}",status="${Math.floor(reply.statusCode / 100)}xx"}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  });

  app.get('/metrics', { schema: { hide: true }, config: { public: true } }, async (_req, reply) => {
    const mem = process.memoryUsage();
    const pool = app.database.poolStats();
    // The newest entry by its primary key: one index probe, however long the log.
    const [audit] = await queryRows<{ entries: string | number; last_at: Date | string }>(
      app.db,
      sql`select id as entries, at as last_at from audit_log order by id desc limit 1`,
    );
    const runs = await findJobRuns(app.db);
    const sorted = [...statuses.entries()].sort(([a], [b]) => a.localeCompare(b));
    reply.type('text/plain; version=0.0.4');
    return [
      ...metric(
        'HTTP requests answered, by route and status class.',
        'lotsa_http_requests_total',
        'counter',
        sorted,
      ),
      '# HELP lotsa_http_request_duration_seconds Time to answer a request, by route.',
      '# TYPE lotsa_http_request_duration_seconds histogram',
      ...latency.lines('lotsa_http_request_duration_seconds'),
      ...metric('Seconds since the process started.', 'lotsa_uptime_seconds', 'gauge', [
        ['', Math.round((Date.now() - started) / 1000)],
      ]),
      ...metric('V8 heap in use.', 'lotsa_heap_used_bytes', 'gauge', [['', mem.heapUsed]]),
      ...metric('Database connections the pool may open.', 'lotsa_db_pool_max', 'gauge', [['', pool.max]]),
      ...metric('Database connections open.', 'lotsa_db_pool_connections', 'gauge', [['', pool.total]]),
      ...metric('Open database connections not in use.', 'lotsa_db_pool_idle', 'gauge', [['', pool.idle]]),
      ...metric('Queries waiting for a connection.', 'lotsa_db_pool_waiting', 'gauge', [['', pool.waiting]]),
      ...metric('Entries written to the audit log (its highest id).', 'lotsa_audit_entries', 'gauge', [
        ['', Number(audit?.entries ?? 0)],
      ]),
      ...metric('Seconds since the newest audit entry.', 'lotsa_audit_last_entry_age_seconds', 'gauge', [
        [
          '',
          audit?.last_at
            ? Math.max(0, Math.round((Date.now() - new Date(audit.last_at).getTime()) / 1000))
            : -1,
        ],
      ]),
      ...metric('1 when this instance runs the scheduled jobs (the leader).', 'lotsa_jobs_leader', 'gauge', [
        ['', opts.jobs?.isLeader ? 1 : 0],
      ]),
      ...metric(
        'When each scheduled job last succeeded (Unix seconds; 0: never).',
        'lotsa_job_last_success_timestamp_seconds',
        'gauge',
        runs.map((r) => [
          `{job="${escapeLabel(r.name)}"}`,
          r.lastSucceededAt ? Math.round(r.lastSucceededAt.getTime() / 1000) : 0,
        ]),
      ),
      '',
    ].join('\n');
  });
}
