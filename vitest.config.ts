import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs before the build (pure logic, components in jsdom);
// "site" reads the built site in dist/ (anchors, links, the policy in each page, page weight).
// The browser tests are Playwright Test's (`*.spec.ts`, playwright.config.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/site/**', 'tests/quality/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
