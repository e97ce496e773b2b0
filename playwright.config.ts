import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/support/find-chromium.ts';

// Browser tests run against the built site (npm run build first), served with gzip like a production host.
// Debian's Chromium drives them (CHROMIUM, /usr/bin/chromium or `chromium` on the PATH); no browser is
// downloaded. `npm test` runs tests/support/find-chromium.ts first, which installs one where it can.
// The port: PORT, or one derived from this checkout's folder, so two checkouts testing at once
// on one machine never meet; the server is never reused, so tests always see this build.
const PORT = Number(process.env.PORT ?? 4300 + (hash(process.cwd()) % 600));

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return h;
}

/** The tests that need the service worker (offline use, a new release): their own project. */
const SERVICE_WORKER_SPECS = ['**/offline.spec.ts', '**/offline-ready.spec.ts', '**/update.spec.ts'];

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two cores here, shared with whatever else runs: two workers, with time limits sized for a busy machine.
  workers: process.env.PLAYWRIGHT_WORKERS ? Number(process.env.PLAYWRIGHT_WORKERS) : 2,
  // Hang guards, not checks: an axe scan with a filled deal took close to 60 s at load average 25.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: 'block',
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      // A closed network: stop Chromium's own background requests.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'default', testIgnore: SERVICE_WORKER_SPECS },
    { name: 'offline', testMatch: SERVICE_WORKER_SPECS, use: { serviceWorkers: 'allow' } },
  ],
  webServer: {
    command: 'node tests/support/serve.ts',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    env: { PORT: String(PORT) },
  },
});
