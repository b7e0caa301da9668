#!/usr/bin/env node
// The whole test suite, as the README and .ci/run call it: static checks (format and lint, types,
// import cycles), then every Vitest project (unit, web components, integration on PGlite, integration
// on a PostgreSQL server, end-to-end in Chromium). Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
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
if (extra.length === 0) {
  for (const [name, cmd, args] of checks) {
    const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
    if (r.status === 0) {
      passed++;
      console.log(`✓ check: ${name}`);
    } else {
      failed++;
      console.log(`✗ check: ${name} failed`);
    }
  }
}

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
