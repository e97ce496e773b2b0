/**
 * After one visit the site works with no network: every page in both languages, search,
 * and the tools, which read and save in the browser's storage. (Project "offline":
 * service workers allowed.)
 */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { DIST } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';
import { collectErrors } from '../support/page-errors.ts';
import { search } from '../support/search.ts';
import { requireFinishedBuild, untilControlled } from '../support/service-worker.ts';
import { ALL_PAGES } from '../support/site-pages.ts';
import { serveStatic } from '../support/static-server.ts';

// Each worker: its own server, one visit to the home page, then the server is switched off,
// so the network really is gone, not just emulated away.
let context: BrowserContext;
let server: Server;
let base: string;

test.beforeAll(async ({ browser }) => {
  requireFinishedBuild();
  ({ server, url: base } = await serveStatic(resolve(DIST)));
  context = await browser.newContext({ serviceWorkers: 'allow' });
  const first = await context.newPage();
  await first.goto(`${base}/`);
  await untilControlled(first);
  await first.close();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await context.setOffline(true);
});
test.afterAll(async () => {
  await context?.close();
  if (server?.listening) server.close();
});

/** A new page of the offline context at `path`, with its errors collected. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(base + path);
  return { page, errors };
}

test('the network is really gone', async () => {
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

const PAGES = ALL_PAGES.filter((p) => p !== '/404.html');

test('the pages include both languages', () => {
  expect(PAGES.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
  expect(PAGES.filter((p) => !p.startsWith('/en/')).length).toBeGreaterThan(5);
});

for (const path of PAGES) {
  test(`${path} opens from the service worker`, async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(base + path);
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'zh-CN');
    await expect(page.locator('h1').first()).not.toBeEmpty();
    expect(errors).toEqual([]);
    await page.close();
  });
}

test('opens a page whose address has a query string or lacks its trailing slash; an unknown one gets the 404 page', async () => {
  const { page, errors } = await open('/en/glossary/?utm_source=chat');
  await expect(page).toHaveTitle(/Glossary/);
  await page.goto(`${base}/process/demo`);
  expect(new URL(page.url()).pathname).toBe('/process/demo/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const missing = await page.goto(`${base}/no-such-page/`);
  expect(missing?.status()).toBe(404);
  await expect(page).toHaveTitle(/^404 \|/);
  // The one error expected: the browser logs the unknown page's 404 status.
  expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  await page.close();
});

test('searches in Chinese and in English', async () => {
  const zh = await open('/process/demo/');
  expect((await search(zh.page, '客户')).length).toBeGreaterThan(0);
  const en = await open('/en/process/demo/');
  expect((await search(en.page, 'budget')).length).toBeGreaterThan(0);
  expect([...zh.errors, ...en.errors]).toEqual([]);
  await zh.page.close();
  await en.page.close();
});

test('a tool saves a new deal and finds the answers after a reload, in both languages', async () => {
  const { page, errors } = await open('/en/process/implementation/');
  // Storage is the context's, shared by this worker's tests: start from none.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await createDealThroughUi(page, 'en', 'Offline rollout', 'Harbour Foods');
  await page.getByRole('checkbox', { name: 'Payment collected and software installed' }).check();
  await expect(page.locator('.pb-summary')).toContainText('1 of 4 steps done');
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Payment collected and software installed' }),
  ).toBeChecked();

  await page.goto(`${base}/process/implementation/`);
  await expect(page.getByRole('checkbox', { name: '收款并安装软件' })).toBeChecked();
  await page.getByRole('checkbox', { name: '业务在系统里跑起来' }).check();
  await page.goto(`${base}/en/deals/`);
  await expect(page.getByRole('rowheader', { name: /Offline rollout/ })).toHaveCount(1);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('playbook:deal:')),
  );
  expect(stored).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.close();
});

for (const [path, manifest, name] of [
  ['/process/demo/', '/manifest.webmanifest', '软件销售流程'],
  ['/en/process/demo/', '/manifest.en.webmanifest', 'Software Sales Playbook'],
] as const) {
  test(`${path} is installable as an app, by Chromium’s own checks`, async () => {
    const { page } = await open(path);
    const cdp = await context.newCDPSession(page);
    const { url, errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe(manifest);
    expect(manifestErrors).toEqual([]);
    expect((JSON.parse(data ?? '{}') as { name?: string }).name).toBe(name);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Test contexts are incognito windows, where Chromium never installs apps; nothing else may be wrong.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await page.close();
  });
}

test('still has the manifests and icons', async () => {
  const { page, errors } = await open('/en/');
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
  expect(errors).toEqual([]);
  await page.close();
});
