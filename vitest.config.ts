import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs before the build (pure logic, components in jsdom);
// "site" reads the built site in dist/ (anchors, links, the policy in each page, page weight).
// The browser tests are Playwright Test's (`*.spec.ts`, playwright.config.ts).
export default defineConfig({
  test: {
    // Every core: nothing else of `npm test` runs beside the unit tests (vitest keeps one back by default).
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/site/**', 'tests/quality/**'],
          environment: 'node',
          // Generous: on a busy 2-core machine a component test with typed input can take
          // several seconds; a limit is a hang guard, never what a test checks.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
