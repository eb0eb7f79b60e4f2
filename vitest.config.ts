import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // One migrated database per engine, copied by each test (test/support/templates.ts).
    // …and the browser's bundled scripts (test/support/client-bundles.ts).
    globalSetup: ['test/support/templates.ts', 'test/support/client-bundles.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { LOG_LEVEL: 'silent' },
  },
});
