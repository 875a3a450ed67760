import {defineConfig} from 'vitest/config';

// Two projects: `unit` (pure, fast, no services) and `pg` (*.pg.test.ts, against
// one real stack — embedded PostgreSQL, zero-cache, Express — started once).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'schema/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}', 'sync-server/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.pg.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'pg',
          include: ['**/*.pg.test.ts'],
          exclude: ['node_modules/**'],
          globalSetup: ['sync-server/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
