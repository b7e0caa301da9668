import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../apps/server/src/app.ts';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { seedDemo } from '../apps/server/src/demo/seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the web client as users get it, and serves it with the real server on a fresh embedded
 * database with the demo data, on a free loopback port.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync('npm', ['run', 'build', '--workspace', '@lotsa/web'], { cwd: root, stdio: 'pipe' });
  const dir = mkdtempSync(path.join(tmpdir(), 'lotsa-e2e-'));
  const database = await openDatabase({ dataDir: path.join(dir, 'db') });
  await database.migrate();
  await seedDemo(database.db);
  const app = await buildApp({ database, logLevel: 'silent' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', address);
  return async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
