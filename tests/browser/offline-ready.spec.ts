/**
 * The first visit says plainly when the site is ready offline: the footer shows the service
 * worker's progress ("Preparing for offline use… 45%") and then "Ready offline", after which
 * the site opens with no network. (Project "offline": service workers allowed.)
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import offlineStatus from '../../content/offline-status.json' with { type: 'json' };
import { DIST } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';
import { collectErrors } from '../support/page-errors.ts';
import { requireFinishedBuild } from '../support/service-worker.ts';
import { serveStatic } from '../support/static-server.ts';

const escape = (text = '') => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Holds every request for `path` until `release()`, so the precache is caught part-way. */
function holdRequests(server: Server, path: string): { held: Promise<void>; release: () => void } {
  const [serve] = server.listeners('request') as Listener[];
  let release!: () => void;
  let reached!: () => void;
  const released = new Promise<void>((done) => (release = done));
  const held = new Promise<void>((done) => (reached = done));
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== path) return serve!(req, res);
    reached();
    void released.then(() => serve!(req, res));
  });
  return { held, release };
}

for (const [lang, home, text] of [
  ['en', '/en/', offlineStatus.en],
  ['zh', '/', offlineStatus.zh],
] as const) {
  test(`${lang}: the footer shows the offline download's progress, then ready, and the site opens offline`, async ({
    browser,
  }) => {
    requireFinishedBuild();
    const { server, url: base } = await serveStatic(resolve(DIST), 0, { compress: true });
    // A page precached but not opened here: holding it stops the precache part-way.
    const { held, release } = holdRequests(server, '/en/glossary/index.html');
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(base + home);
      const status = page.locator('[data-offline-status]');
      const [before, after] = text.preparing.split('{percent}').map(escape);
      const preparing = new RegExp(`^${before}(\\d+)${after}$`);
      await held;
      await expect(status).toBeVisible();
      await expect(status).toHaveText(preparing);
      const percent = Number(preparing.exec((await status.textContent()) ?? '')?.[1]);
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThan(100);

      release();
      await expect(status).toHaveText(text.ready);

      // Now the network goes away, for real: the server stops.
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await context.setOffline(true);
      const offline = await context.newPage();
      const offlineErrors = collectErrors(offline);
      const response = await offline.goto(`${base}${home}glossary/`);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(offline.locator('h1')).not.toBeEmpty();
      await expect(offline.locator('[data-offline-status]')).toHaveText(text.ready);
      expect([...errors, ...offlineErrors]).toEqual([]);
    } finally {
      release();
      await context.close();
      if (server.listening) server.close();
    }
  });
}

test('nothing is said where service workers are unavailable', async ({ browser }) => {
  const { server, url: base } = await serveStatic(resolve(DIST), 0, { compress: true });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/en/glossary/`, { waitUntil: 'networkidle' });
    await expect(page.locator('[data-offline-status]')).toBeHidden();
    await expect(page.locator('[data-offline-status]')).toHaveText('');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  } finally {
    await context.close();
    server.close();
  }
});
