import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database.ts';
import { prepareTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    postgresAdminUrl: string;
  }
}

/** Migrates and seeds one PGlite folder; each test file copies it (seconds saved per file). */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), 'lotsa-pglite-template-'));
  const dir = path.join(root, 'db');
  const database = await openDatabase({ dataDir: dir });
  await prepareTemplate(database);
  await database.close();
  project.provide('pgliteTemplateDir', dir);
  return () => rmSync(root, { recursive: true, force: true });
}
