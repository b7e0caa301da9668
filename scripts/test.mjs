#!/usr/bin/env node
// The whole test suite, as the README and .ci/run call it: static checks (format and lint, types,
// import cycles), then every Vitest project (unit, web components, integration on PGlite, integration
// on a PostgreSQL server, end-to-end in Chromium). Ends with one line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const extra = process.argv.slice(2);
const env = { ...process.env, TZ: 'Europe/Stockholm' };
let passed = 0;
let failed = 0;

const checks = [
  ['format and lint (biome)', 'npx', ['biome', 'check', '.']],
  ['types (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['types of the web client (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'apps/web/tsconfig.json']],
  ['import cycles (dpdm)', 'npm', ['run', '--silent', 'cycles']],
  ['module doors and module cycles (check-doors)', 'npm', ['run', '--silent', 'doors']],
];
// The checks run two at a time (the CI machine has two cores), beside the web client's build for the
// e2e tests (e2e/setup.ts skips its own build when LOTSA_WEB_BUILT says it is done); each one's output is
// printed whole when it ends.
function runQuiet(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}
async function inTwos(jobs) {
  const results = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}
const runEverything = extra.length === 0;
const wantsE2e = runEverything || extra.some((a) => a === 'e2e' || a.includes('e2e/'));
const jobs = [];
if (wantsE2e)
  jobs.push(async () => {
    const r = await runQuiet('npm', ['run', '--silent', 'build', '--workspace', '@lotsa/web']);
    if (r.code === 0) env.LOTSA_WEB_BUILT = '1';
    else process.stdout.write(`web client build failed (e2e/setup.ts will try again):\n${r.out}`);
  });
if (runEverything)
  for (const [name, cmd, args] of checks)
    jobs.push(async () => {
      const r = await runQuiet(cmd, args);
      process.stdout.write(r.out);
      if (r.code === 0) {
        passed++;
        console.log(`✓ check: ${name}`);
      } else {
        failed++;
        console.log(`✗ check: ${name} failed`);
      }
    });
await inTwos(jobs);

const outDir = path.join(root, 'node_modules', '.cache', 'lotsa-test');
mkdirSync(outDir, { recursive: true });
const report = path.join(outDir, 'vitest.json');
rmSync(report, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { cwd: root, env, stdio: 'inherit' },
);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that failed to load counts as a failure even though it ran no test.
  failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} catch {
  failed++;
  console.log('✗ vitest wrote no report');
}
if (vitest.status !== 0 && failed === 0) failed++;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
