// A timing script for the slot search (not a test): the issue #5 team visit over 8 weeks, 300 runs.
// Run: npx tsx apps/server/src/modules/scheduling/search/bench-search.ts
//
// 1. `searchSlots` alone: p50/p95 of wall time and of the process's CPU time (on a loaded machine the
//    wall time includes waiting for a core; CPU time does not).
// 2. `searchSlots` (branch and bound over the days) interleaved with `searchSlotsFullScan` (every start
//    of the horizon placed and scored, the approach it replaced) in the same run, so the ratio holds
//    however loaded the machine is. With BASELINE=<path to another copy's search.ts>, that copy's
//    `searchSlots` is timed too (used while tuning against the original code).
import { performance } from 'node:perf_hooks';
import { searchSlots, searchSlotsFullScan } from './search.ts';
import type { SearchInput, SearchOutcome } from './search.types.ts';
import { buildInput, teamVisitWorld } from './test-fixtures.ts';

const RUNS = 300;
const WARMUP = 30;

type Search = (input: SearchInput) => SearchOutcome;

function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

function timeAlone(fn: Search, input: SearchInput): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(input);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

async function main() {
  const input = buildInput(teamVisitWorld());
  const contenders: Array<[string, Search]> = [
    ['searchSlots (bounded)', searchSlots],
    ['full scan (previous)', searchSlotsFullScan],
  ];
  if (process.env.BASELINE) {
    const mod = (await import(process.env.BASELINE)) as { searchSlots: Search };
    contenders.push(['BASELINE searchSlots', mod.searchSlots]);
  }
  const same = JSON.stringify(searchSlots(input).proposals);
  for (const [name, fn] of contenders)
    if (JSON.stringify(fn(input).proposals) !== same) throw new Error(`${name} proposes something else`);
  for (let i = 0; i < WARMUP; i++) for (const [, fn] of contenders) fn(input); // JIT

  const proposals = searchSlots(input).proposals.length;
  console.log(`team visit, 8 weeks, ${proposals} proposals, ${RUNS} runs per line`);
  const alone = timeAlone(searchSlots, input);
  console.log(
    `searchSlots alone         wall p50 ${ms(pct(alone.wall, 50))}  p95 ${ms(pct(alone.wall, 95))}` +
      `   cpu p50 ${ms(pct(alone.cpu, 50))}  p95 ${ms(pct(alone.cpu, 95))}`,
  );

  const times = contenders.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++)
    contenders.forEach(([, fn], c) => {
      const t0 = performance.now();
      fn(input);
      times[c]!.push(performance.now() - t0);
    });
  const p50 = times.map((t) => pct(t, 50));
  const p95 = times.map((t) => pct(t, 95));
  console.log('interleaved, same run:');
  contenders.forEach(([name], c) => {
    const ratio =
      c === 0 ? '' : `   ×${(p50[c]! / p50[0]!).toFixed(1)} p50, ×${(p95[c]! / p95[0]!).toFixed(1)} p95`;
    console.log(`  ${name.padEnd(24)} p50 ${ms(p50[c]!)}  p95 ${ms(p95[c]!)}${ratio}`);
  });
}

await main();
