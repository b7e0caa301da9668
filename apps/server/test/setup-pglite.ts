import type { TestProject } from 'vitest/node';
import { sharedPgliteTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    postgresAdminUrl: string;
  }
}

/**
 * One migrated, seeded PGlite folder (shared with the other projects of the run, template.ts); each
 * test file copies it (seconds saved per file).
 */
export default async function setup(project: TestProject) {
  const template = sharedPgliteTemplate();
  project.provide('pgliteTemplateDir', await template.dir);
  return () => template.release();
}
