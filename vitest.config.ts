import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { dedupe: ['yjs'] },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A UI settling on a loaded 2-core machine (CI runs the integration suite's hubs
          // beside it) can take longer than expect.poll's default second; waiting longer
          // for a condition asserts no time.
          expect: { poll: { timeout: 10_000 } },
          // Each file drives its own Chromium: two at once is what 2 cores take. Its own
          // group, run after unit and integration, so the worker limit applies to it alone.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
