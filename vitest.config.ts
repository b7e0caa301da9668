import { defineConfig } from 'vitest/config';

// Tiers by file name (see docs/ARCHITECTURE.md): *.test.ts pure, *.test.tsx web components in happy-dom,
// *.int.test.ts through the HTTP layer against a real database (PGlite in-process, then the same files
// against a PostgreSQL server the setup starts), e2e/*.spec.ts in headless Chromium.
const env = { TZ: 'Europe/Stockholm' };

export default defineConfig({
  test: {
    env,
    projects: [
      {
        test: {
          name: 'unit',
          env,
          include: [
            'packages/**/src/**/*.test.ts',
            'apps/server/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          // Components in happy-dom with React Testing Library, beside what they test (*.test.tsx).
          name: 'web-components',
          env,
          include: ['apps/web/src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['apps/web/test/setup.ts'],
          // Pages are tested against the real server on a copy of the demo database (apps/web/test/server.ts).
          globalSetup: ['apps/server/test/setup-pglite.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'int-pglite',
          // One worker runs its files one after another in one module graph: the server's modules load once
          // per worker instead of once per file (seconds each). Each file still has its own database copy
          // and app; module state is per process anyway (harness.ts renews what a copy shares).
          isolate: false,
          env: { ...env, LOTSA_TEST_DB: 'pglite' },
          include: ['apps/server/src/**/*.int.test.ts'],
          // *.pg.int.test.ts need what only a server has (roles, a second connection): PostgreSQL only.
          exclude: ['apps/server/src/**/*.pg.int.test.ts', '**/node_modules/**'],
          globalSetup: ['apps/server/test/setup-pglite.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'int-postgres',
          // One worker runs its files one after another in one module graph: the server's modules load once
          // per worker instead of once per file (seconds each). Each file still has its own database copy
          // and app; module state is per process anyway (harness.ts renews what a copy shares).
          isolate: false,
          env: { ...env, LOTSA_TEST_DB: 'postgres' },
          include: ['apps/server/src/**/*.int.test.ts'],
          globalSetup: ['apps/server/test/setup-postgres.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          env,
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['e2e/setup.ts'],
          fileParallelism: false,
          // One module graph for the specs (playwright and axe load once); one browser (setup.ts).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
