import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../apps/server/src/app.ts';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { sharedPgliteTemplate } from '../apps/server/test/template.ts';
import { launchOptions } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The browser server every spec connects to (browser.ts `launch()`). */
    chromiumEndpoint: string;
  }
}

/**
 * Builds the web client as users get it, and serves it with the real server on a copy of the
 * migrated embedded database with the demo data, on a free loopback port; starts the one headless
 * Chromium the specs share.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '..');
  // scripts/test.mjs (npm test) builds it beside the static checks and says so.
  if (process.env.LOTSA_WEB_BUILT !== '1')
    execFileSync('npm', ['run', 'build', '--workspace', '@lotsa/web'], { cwd: root, stdio: 'pipe' });
  const dir = mkdtempSync(path.join(tmpdir(), 'lotsa-e2e-'));
  // A copy of the migrated, seeded PGlite folder the other projects of the run share (template.ts).
  const template = sharedPgliteTemplate();
  cpSync(await template.dir, path.join(dir, 'db'), { recursive: true });
  const database = await openDatabase({ dataDir: path.join(dir, 'db') });
  const app = await buildApp({ database, logLevel: 'silent' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', address);
  const browserServer = await chromium.launchServer(launchOptions());
  project.provide('chromiumEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await app.close();
    await database.close();
    template.release();
    rmSync(dir, { recursive: true, force: true });
  };
}
