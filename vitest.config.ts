import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs before the build (pure logic, components in jsdom);
// "site" runs against the built site in dist/ (link checks, headless Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/site/**', 'tests/browser/**', 'tests/quality/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
