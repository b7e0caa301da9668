// `npm run bench [-- --json] [-- --postgres] [-- --full]`: builds a large region in a fresh database, starts the app on
// loopback and measures it through the HTTP API with concurrent clients. See docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { countAuditRows, verifyAllChains } from './audit-state.ts';
import { startCeiling } from './ceiling.ts';
import { type DbKind, openBenchDatabase } from './database.ts';
import { startLoadRunner } from './load/runner.ts';
import { cpuSnapshot, loadAverage, otherProgramsShare } from './machine.ts';
import { buildRegion, KUMLA, type Region } from './region/build.ts';
import { ceilingRatios, formatReport, mergeFields } from './report.ts';
import { type Session, signIn, startServer } from './server.ts';
import { setupResult } from './setup-result.ts';
import type { BenchContext, SuiteResult } from './suite.ts';
import { SUITES } from './suites/index.ts';

const CLIENTS = 10;
/** The demo users with a care role at Kumla; the clients take them in turn, one session each. */
const KUMLA_USERS = [
  'sjukskoterska',
  'lakare',
  'vardlots',
  'underskoterska',
  'arbetsterapeut',
  'fysioterapeut',
  'chef',
];
const FLAGS = ['--json', '--postgres', '--full'];

const args = process.argv.slice(2);
const unknown = args.filter((a) => !FLAGS.includes(a));
if (unknown.length > 0) {
  console.error(
    `Unknown option ${unknown.join(' ')}. Usage: npm run bench [-- --json] [-- --postgres] [-- --full]`,
  );
  process.exit(2);
}
// LOTSA_BENCH_SUITES=scheduling runs only the named suites (comma-separated), for trying one out.
const only = process.env.LOTSA_BENCH_SUITES?.split(',').map((s) => s.trim());
const unknownSuites = only?.filter((name) => !SUITES.some((s) => s.name === name)) ?? [];
if (unknownSuites.length > 0) {
  console.error(
    `No suite named ${unknownSuites.join(', ')}. Suites: ${SUITES.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const json = args.includes('--json');
const kind: DbKind = args.includes('--postgres') ? 'postgres' : 'pglite';
// LOTSA_BENCH_KEEP=/some/folder (PGlite only), for working on the bench, not for figures: the region is built
// once into that folder and kept; later runs reuse it (with the bookings and audit entries earlier runs added).
const keepDir = kind === 'pglite' ? process.env.LOTSA_BENCH_KEEP : undefined;

const started = performance.now();
// Progress goes to stderr, so stdout holds only the report (and the JSON line).
const log = (message: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Undone in reverse order at the end, also after a failure or Ctrl-C. */
const cleanups: Array<() => unknown> = [];
async function cleanUp() {
  for (let fn = cleanups.pop(); fn; fn = cleanups.pop()) {
    try {
      await fn();
    } catch (err) {
      console.error('clean-up failed:', err);
    }
  }
}
// Ctrl-C reaches this process twice (from the terminal and relayed by tsx): clean up once, ignore the rest.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    void cleanUp().finally(() => process.exit(130));
  });

async function main() {
  log(`Building the region in a fresh ${kind === 'pglite' ? 'PGlite data folder' : 'PostgreSQL server'}`);
  if (keepDir) mkdirSync(keepDir, { recursive: true });
  const bench = await openBenchDatabase(kind, keepDir);
  cleanups.push(bench.dispose);
  const { db } = bench.database;
  const kept = keepDir ? path.join(keepDir, 'region.json') : null;
  let region: Region;
  if (kept && existsSync(kept)) {
    log(`Reusing the region kept in ${keepDir}`);
    await bench.database.migrate();
    region = JSON.parse(readFileSync(kept, 'utf8')) as Region;
  } else {
    region = await buildRegion(bench.database, log);
    if (kept) writeFileSync(kept, JSON.stringify(region));
  }
  const auditStart = await countAuditRows(db);

  const server = await startServer(bench.database);
  cleanups.push(() => server.app.close());
  const sessions: Session[] = [];
  for (let c = 0; c < CLIENTS; c++)
    sessions.push(await signIn(server.baseUrl, KUMLA_USERS[c % KUMLA_USERS.length]!));
  if (sessions.some((s) => s.activeUnitId !== region.kumlaUnitId))
    throw new Error(`a client is not working at ${KUMLA}`);
  const ceiling = await startCeiling(bench.database, bench.url);
  cleanups.push(() => ceiling.close());
  const load = startLoadRunner(server.baseUrl);
  cleanups.push(() => load.close());
  log(`App listening at ${server.baseUrl}, the ceiling at ${ceiling.baseUrl}; ${CLIENTS} clients signed in`);

  const ctx: BenchContext = {
    database: bench.database,
    region,
    sessions,
    load,
    ceiling: { server: ceiling },
    log,
  };
  const cpuAtStart = cpuSnapshot();
  const results: SuiteResult[] = [];
  const loads: Array<{ suite: string; before: number; after: number }> = [];
  for (const suite of SUITES.filter((s) => !only || only.includes(s.name))) {
    const before = loadAverage();
    log(`Suite ${suite.name} (load average ${before.toFixed(2)})`);
    results.push(await suite.run(ctx));
    loads.push({ suite: suite.name, before, after: loadAverage() });
  }

  const cpuAtEnd = cpuSnapshot();
  const othersShare = cpuAtStart && cpuAtEnd ? otherProgramsShare(cpuAtStart, cpuAtEnd) : null;
  log('Verifying the audit chain');
  const chain = await verifyAllChains(db);
  const setup = setupResult({
    kind,
    region,
    clients: CLIENTS,
    auditStart,
    auditEnd: await countAuditRows(db),
    chain,
    othersShare,
    loads,
  });
  const measured = [setup, ...results];
  const ratios = ceilingRatios(mergeFields(measured));
  const all = ratios ? [...measured, ratios] : measured;
  console.log(formatReport(`Lotsa benchmark (${((performance.now() - started) / 1000).toFixed(0)} s)`, all));
  if (json) console.log(JSON.stringify(mergeFields(all)));
  if (!chain.intact) throw new Error('the audit chain is broken');
}

try {
  await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
