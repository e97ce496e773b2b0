/**
 * After one visit the site works with no network: every page in both languages, search,
 * and the tools, which read and save in the browser's storage.
 */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeal, requireFinishedBuild, search, untilControlled } from '../pwa/browser-support.ts';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { builtPages, DIST } from '../support/dist.ts';
import { serveStatic } from '../support/static-server.ts';

let browser: Browser;
let context: BrowserContext;
let server: Server;
let base: string;
const errors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  errors.push(...collectErrors(page).map((e) => `${path} ${e}`));
  await page.goto(base + path);
  return page;
}

beforeAll(async () => {
  requireFinishedBuild();
  // A server of its own, to switch off: the network really is gone, not just emulated away.
  ({ server, url: base } = await serveStatic(resolve(DIST)));
  browser = await launchBrowser({ serviceWorkers: 'allow' });
  context = await browser.newContext();
  const first = await open('/');
  await untilControlled(first);
  await first.close();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await context.setOffline(true);
});
afterAll(async () => {
  await browser?.close();
  if (server?.listening) server.close();
});

describe('offline, after one visit to the home page', () => {
  it('the network is really gone', async () => {
    const page = await context.newPage();
    const status = await page.evaluate(async (url) => {
      try {
        return (await fetch(url, { cache: 'no-store' })).status;
      } catch {
        return 'failed';
      }
    }, `${base}/sitemap-index.xml`);
    expect(status).toBe('failed');
    await page.close();
  });

  it('opens every page in both languages, from the service worker', async () => {
    const paths = [...builtPages().keys()].filter((p) => p !== '/404.html');
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
    expect(paths.filter((p) => !p.startsWith('/en/')).length).toBeGreaterThan(5);
    for (const path of paths) {
      const page = await context.newPage();
      errors.push(...collectErrors(page).map((e) => `${path} ${e}`));
      const response = await page.goto(base + path);
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(await page.getAttribute('html', 'lang'), path).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
      expect(await page.locator('h1').first().textContent(), path).toBeTruthy();
      await page.close();
    }
  });

  it('opens a page whose address has a query string or lacks its trailing slash; an unknown one gets the 404 page', async () => {
    const page = await open('/en/glossary/?utm_source=chat');
    expect(await page.title()).toContain('Glossary');
    await page.goto(`${base}/process/demo`);
    expect(new URL(page.url()).pathname).toBe('/process/demo/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const missing = await page.goto(`${base}/no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.title()).toMatch(/^404 \|/);
    await page.close();
  });

  it('searches in Chinese and in English', async () => {
    const zh = await open('/process/demo/');
    expect((await search(zh, '客户')).length).toBeGreaterThan(0);
    await zh.close();
    const en = await open('/en/process/demo/');
    const titles = await search(en, 'budget');
    expect(titles.length).toBeGreaterThan(0);
    await en.close();
  });

  it('a tool saves a new deal and finds the answers after a reload, in both languages', async () => {
    const page = await open('/en/process/implementation/');
    await createDeal(page, 'en', 'Offline rollout', 'Harbour Foods');
    await page.getByLabel('Payment collected and software installed').check();
    await expect.poll(() => page.locator('.pb-summary').textContent()).toContain('1 of 4 steps done');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Payment collected and software installed').isChecked())
      .toBe(true);

    await page.goto(`${base}/process/implementation/`);
    await expect.poll(() => page.getByLabel('收款并安装软件').isChecked()).toBe(true);
    await page.getByLabel('业务在系统里跑起来').check();
    await page.goto(`${base}/en/deals/`);
    await expect.poll(() => page.getByRole('rowheader', { name: /Offline rollout/ }).count()).toBe(1);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('playbook:deal:')),
    );
    expect(stored).toHaveLength(1);
    await page.close();
  });

  it.each([
    ['/process/demo/', '/manifest.webmanifest', '软件销售流程'],
    ['/en/process/demo/', '/manifest.en.webmanifest', 'Software Sales Playbook'],
  ])('%s is installable as an app, by Chromium’s own checks', async (path, manifest, name) => {
    const page = await open(path);
    const cdp = await context.newCDPSession(page);
    const { url, errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe(manifest);
    expect(manifestErrors).toEqual([]);
    expect(JSON.parse(data ?? '{}').name).toBe(name);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Test contexts are incognito windows, where Chromium never installs apps; nothing else may be wrong.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await page.close();
  });

  it('still has the manifests and icons, and saw no errors', async () => {
    const page = await open('/en/');
    const statuses = await page.evaluate(() =>
      Promise.all(
        [
          '/manifest.webmanifest',
          '/manifest.en.webmanifest',
          '/icons/icon-512.png',
          '/icons/apple-touch-icon.png',
        ].map(async (url) => (await fetch(url)).status),
      ),
    );
    expect(statuses).toEqual([200, 200, 200, 200]);
    await page.close();
    expect(errors).toEqual([]);
  });
});
