import type { Database } from '../src/db/database.ts';
import type { Ceiling } from './ceiling.ts';
import type { LoadRunner } from './load/runner.ts';
import type { Region } from './region/build.ts';
import type { Session } from './server.ts';
import { type LatencySummary, type Percentiles, percentiles } from './stats.ts';

export type Field = number | string | boolean;

export interface ReportRow {
  label: string;
  value: string;
  /** The target for this figure, and whether the run met it. */
  target?: { text: string; met: boolean };
}

/** What a suite measured: rows for the printed table, fields for the `--json` object. */
export interface SuiteResult {
  title: string;
  rows: ReportRow[];
  /** Merged with every other suite's fields into one JSON object: names must be unique. */
  fields: Record<string, Field>;
  notes: string[];
}

export interface BenchContext {
  database: Database;
  region: Region;
  /** One signed-in session per concurrent client, all with the Kumla unit active. */
  sessions: Session[];
  load: LoadRunner;
  /** The thin server every figure is set against; the reads suite (first) fills in its figures. */
  ceiling: {
    server: Ceiling;
    tenClients?: LatencySummary;
    oneClient?: Percentiles;
  };
  log(message: string): void;
}

/** One area of measurement; add a file under suites/ and list it in suites/index.ts. */
export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<SuiteResult>;
}

export interface Measured extends LatencySummary {
  /** Percentiles of the requests `keep` selects, by client and request number. */
  subset(keep: (client: number, i: number) => boolean): Percentiles;
}

/**
 * The first `clients` sessions (default: all) each send `perClient` requests, all clients at once, each
 * waiting for its answer before the next request; `pathFor` picks each request. `target: 'ceiling'` sends
 * them to the ceiling instead of the app, without the session.
 */
export async function measure(
  ctx: BenchContext,
  opts: { perClient: number; clients?: number; target?: 'app' | 'ceiling' },
  pathFor: (client: number, i: number) => string,
): Promise<Measured> {
  const toCeiling = opts.target === 'ceiling';
  const plans = ctx.sessions.slice(0, opts.clients).map((s, c) => ({
    cookie: toCeiling ? '' : s.cookie,
    paths: Array.from({ length: opts.perClient }, (_, i) => pathFor(c, i)),
  }));
  const { latencies, wallMs } = await ctx.load.run(
    plans,
    toCeiling ? { baseUrl: ctx.ceiling.server.baseUrl } : {},
  );
  const all = latencies.flat();
  return {
    ...percentiles(all),
    rps: all.length / (wallMs / 1000),
    subset: (keep) => percentiles(latencies.flatMap((l, c) => l.filter((_, i) => keep(c, i)))),
  };
}
